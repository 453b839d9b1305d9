/*
 * src/size/quant.h
 *
 * Quantization method and bit width of a Hub model repository, and
 * parameter counts of safetensors checkpoints corrected for packed low-bit
 * storage.
 */
#ifndef HF_QUANT_H
#define HF_QUANT_H

#include "postgres.h"

/* Canonical methods, in the order of hf_quant_method_names[]. */
typedef enum HfQuantMethod
{
	HF_QUANT_NONE = -1,
	HF_QUANT_GGUF = 0,
	HF_QUANT_GPTQ,
	HF_QUANT_AWQ,
	HF_QUANT_EXL2,
	HF_QUANT_BITSANDBYTES,
	HF_QUANT_FP8,
	HF_QUANT_MXFP4,
	HF_QUANT_NVFP4,
	HF_QUANT_MLX,
	HF_QUANT_COMPRESSED_TENSORS,
	HF_QUANT_HQQ,
	HF_QUANT_AQLM,
	HF_QUANT_EETQ,
	HF_QUANT_TORCHAO,
	HF_QUANT_QUANTO,
	HF_QUANT_BITNET,
	HF_QUANT_AUTOROUND,
	HF_QUANT_OTHER,
	HF_QUANT_NMETHODS
} HfQuantMethod;

extern const char *const hf_quant_method_names[HF_QUANT_NMETHODS];

/*
 * Canonical method (HF_QUANT_NONE for NULL/empty input) and bits stated by
 * the method string itself ("bitsandbytes_4bit" → 4; 0 when not stated) of a
 * config.json quantization_config.quant_method value.  A non-empty unknown
 * value is HF_QUANT_OTHER.
 */
extern HfQuantMethod hf_quant_parse_method(const char *s, int len, int *bits);

#endif							/* HF_QUANT_H */
