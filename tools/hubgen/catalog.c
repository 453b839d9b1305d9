/*
 * catalog.c
 *		The fixed catalogue of base models published by the real organisations
 *		(real-looking names with their sizes; dates near the real releases),
 *		the architecture dimensions behind them, and the parameter counts
 *		computed from those dimensions so that names, configs and safetensors
 *		totals agree.
 *
 * tools/hubgen/catalog.c
 */
#include <math.h>
#include <string.h>

#include "hubgen.h"

/* model_type, arch, H, L, nq, nkv, I, V, head_dim, E, k, I_e, I_shared, tied, ctx */
static const Dims dims_table[] = {
	/* 0 */ {"llama", "LlamaForCausalLM", 4096, 32, 32, 8, 14336, 128256, 0, 0, 0, 0, 0, 0, 131072},
	/* 1 */ {"llama", "LlamaForCausalLM", 2048, 16, 32, 8, 8192, 128256, 64, 0, 0, 0, 0, 1, 131072},
	/* 2 */ {"llama", "LlamaForCausalLM", 3072, 28, 24, 8, 8192, 128256, 128, 0, 0, 0, 0, 1, 131072},
	/* 3 */ {"llama", "LlamaForCausalLM", 8192, 80, 64, 8, 28672, 128256, 0, 0, 0, 0, 0, 0, 131072},
	/* 4 */ {"qwen2", "Qwen2ForCausalLM", 896, 24, 14, 2, 4864, 151936, 0, 0, 0, 0, 0, 1, 32768},
	/* 5 */ {"qwen2", "Qwen2ForCausalLM", 1536, 28, 12, 2, 8960, 151936, 0, 0, 0, 0, 0, 1, 32768},
	/* 6 */ {"qwen2", "Qwen2ForCausalLM", 2048, 36, 16, 2, 11008, 151936, 0, 0, 0, 0, 0, 1, 32768},
	/* 7 */ {"qwen2", "Qwen2ForCausalLM", 3584, 28, 28, 4, 18944, 152064, 0, 0, 0, 0, 0, 0, 32768},
	/* 8 */ {"qwen2", "Qwen2ForCausalLM", 5120, 48, 40, 8, 13824, 152064, 0, 0, 0, 0, 0, 0, 32768},
	/* 9 */ {"qwen2", "Qwen2ForCausalLM", 5120, 64, 40, 8, 27648, 152064, 0, 0, 0, 0, 0, 0, 32768},
	/* 10 */ {"qwen2", "Qwen2ForCausalLM", 8192, 80, 64, 8, 29568, 152064, 0, 0, 0, 0, 0, 0, 32768},
	/* 11 */ {"qwen3", "Qwen3ForCausalLM", 1024, 28, 16, 8, 3072, 151936, 128, 0, 0, 0, 0, 1, 40960},
	/* 12 */ {"qwen3", "Qwen3ForCausalLM", 2560, 36, 32, 8, 9728, 151936, 128, 0, 0, 0, 0, 1, 40960},
	/* 13 */ {"qwen3", "Qwen3ForCausalLM", 4096, 36, 32, 8, 12288, 151936, 128, 0, 0, 0, 0, 0, 40960},
	/* 14 */ {"qwen3", "Qwen3ForCausalLM", 5120, 64, 64, 8, 25600, 151936, 128, 0, 0, 0, 0, 0, 40960},
	/* 15 */ {"qwen3_moe", "Qwen3MoeForCausalLM", 2048, 48, 32, 4, 6144, 151936, 128, 128, 8, 768, 0, 0, 40960},
	/* 16 */ {"qwen3_moe", "Qwen3MoeForCausalLM", 4096, 94, 64, 4, 12288, 151936, 128, 128, 8, 1536, 0, 0, 40960},
	/* 17 */ {"qwen2_moe", "Qwen2MoeForCausalLM", 2048, 24, 16, 16, 5632, 151936, 0, 60, 4, 1408, 5632, 0, 8192},
	/* 18 */ {"mistral", "MistralForCausalLM", 4096, 32, 32, 8, 14336, 32768, 0, 0, 0, 0, 0, 0, 32768},
	/* 19 */ {"mixtral", "MixtralForCausalLM", 4096, 32, 32, 8, 14336, 32000, 0, 8, 2, 14336, 0, 0, 32768},
	/* 20 */ {"mistral", "MistralForCausalLM", 5120, 40, 32, 8, 32768, 131072, 128, 0, 0, 0, 0, 0, 32768},
	/* 21 */ {"gemma2", "Gemma2ForCausalLM", 3584, 42, 16, 8, 14336, 256000, 256, 0, 0, 0, 0, 1, 8192},
	/* 22 */ {"gemma2", "Gemma2ForCausalLM", 2304, 26, 8, 4, 9216, 256000, 256, 0, 0, 0, 0, 1, 8192},
	/* 23 */ {"gemma3_text", "Gemma3ForCausalLM", 1152, 26, 4, 1, 6912, 262144, 256, 0, 0, 0, 0, 1, 32768},
	/* 24 */ {"gemma3_text", "Gemma3ForCausalLM", 5376, 62, 32, 16, 21504, 262208, 128, 0, 0, 0, 0, 1, 131072},
	/* 25 */ {"phi3", "Phi3ForCausalLM", 3072, 32, 32, 32, 8192, 32064, 0, 0, 0, 0, 0, 0, 4096},
	/* 26 */ {"phi3", "Phi3ForCausalLM", 5120, 40, 40, 10, 17920, 100352, 0, 0, 0, 0, 0, 0, 16384},
	/* 27 */ {"deepseek_v3", "DeepseekV3ForCausalLM", 7168, 61, 128, 128, 18432, 129280, 0, 256, 8, 2048, 2048, 0, 163840},
	/* 28 */ {"gpt_oss", "GptOssForCausalLM", 2880, 24, 64, 8, 2880, 201088, 64, 32, 4, 2880, 0, 0, 131072},
	/* 29 */ {"gpt_oss", "GptOssForCausalLM", 2880, 36, 64, 8, 2880, 201088, 64, 128, 4, 2880, 0, 0, 131072},
	/* 30 */ {"olmoe", "OlmoeForCausalLM", 2048, 16, 16, 16, 1024, 50304, 0, 64, 8, 1024, 0, 0, 4096},
	/* 31 */ {"granitemoe", "GraniteMoeForCausalLM", 1024, 24, 16, 8, 512, 49155, 0, 32, 8, 512, 0, 1, 4096},
	/* 32 */ {"granite", "GraniteForCausalLM", 4096, 40, 32, 8, 12800, 49155, 0, 0, 0, 0, 0, 1, 131072},
	/* 33 */ {"llama", "LlamaForCausalLM", 3072, 28, 12, 4, 23040, 131072, 256, 0, 0, 0, 0, 0, 32768},
	/* 34 */ {"llama", "LlamaForCausalLM", 2048, 24, 32, 32, 8192, 49152, 0, 0, 0, 0, 0, 1, 8192},
	/* 35 */ {"llama", "LlamaForCausalLM", 576, 30, 9, 3, 1536, 49152, 0, 0, 0, 0, 0, 1, 8192},
	/* 36 */ {"bert", "BertModel", 768, 12, 12, 12, 3072, 30522, 0, 0, 0, 0, 0, 1, 512},
	/* 37 */ {"mixtral", "MixtralForCausalLM", 6144, 56, 48, 8, 16384, 32768, 0, 8, 2, 16384, 0, 0, 65536}
};

#define N_DIMS ((int) (sizeof(dims_table) / sizeof(dims_table[0])))

/* org, name, date, family, dims, params (when no dims), pipeline, library, log10 downloads */
static const CatalogEntry catalog[] = {
	{"sentence-transformers", "all-MiniLM-L6-v2", "2021-08-30", FAM_OTHER, -1, 22713216, "sentence-similarity", "sentence-transformers", 8.0},
	{"sentence-transformers", "all-mpnet-base-v2", "2021-08-30", FAM_OTHER, -1, 109486464, "sentence-similarity", "sentence-transformers", 7.4},
	{"google", "flan-t5-base", "2022-10-21", FAM_OTHER, -1, 247577856, "text2text-generation", "transformers", 6.9},
	{"google", "vit-base-patch16-224", "2022-03-29", FAM_OTHER, -1, 86567656, "image-classification", "transformers", 6.5},
	{"openai", "clip-vit-large-patch14", "2022-03-03", FAM_OTHER, -1, 427616513, "zero-shot-image-classification", "transformers", 7.2},
	{"facebook", "opt-125m", "2022-05-11", FAM_OTHER, -1, 125239296, "text-generation", "transformers", 6.7},
	{"Salesforce", "blip-image-captioning-large", "2022-12-13", FAM_OTHER, -1, 469733194, "image-to-text", "transformers", 6.3},
	{"stabilityai", "stable-diffusion-2-1", "2022-12-06", FAM_IMAGE, -1, 0, "text-to-image", "diffusers", 6.2},
	{"tiiuae", "falcon-7b", "2023-04-24", FAM_OTHER, -1, 7217189760, "text-generation", "transformers", 5.8},
	{"meta-llama", "Llama-2-7b-hf", "2023-07-13", FAM_LLAMA, 0, 0, "text-generation", "transformers", 6.7},
	{"meta-llama", "Llama-2-7b-chat-hf", "2023-07-13", FAM_LLAMA, 0, 0, "text-generation", "transformers", 6.6},
	{"stabilityai", "stable-diffusion-xl-base-1.0", "2023-07-25", FAM_IMAGE, -1, 0, "text-to-image", "diffusers", 6.7},
	{"Qwen", "Qwen-7B", "2023-08-03", FAM_QWEN, 7, 0, "text-generation", "transformers", 5.9},
	{"BAAI", "bge-small-en-v1.5", "2023-09-12", FAM_OTHER, -1, 33360000, "feature-extraction", "sentence-transformers", 7.0},
	{"mistralai", "Mistral-7B-v0.1", "2023-09-20", FAM_MISTRAL, 18, 0, "text-generation", "transformers", 6.5},
	{"deepseek-ai", "deepseek-coder-6.7b-instruct", "2023-10-29", FAM_DEEPSEEK, 0, 0, "text-generation", "transformers", 5.7},
	{"openai", "whisper-large-v3", "2023-11-07", FAM_OTHER, -1, 1543490560, "automatic-speech-recognition", "transformers", 7.0},
	{"mistralai", "Mixtral-8x7B-v0.1", "2023-12-01", FAM_MISTRAL, 19, 0, "text-generation", "transformers", 5.8},
	{"mistralai", "Mixtral-8x7B-Instruct-v0.1", "2023-12-10", FAM_MISTRAL, 19, 0, "text-generation", "transformers", 6.2},
	{"mistralai", "Mistral-7B-Instruct-v0.2", "2023-12-11", FAM_MISTRAL, 18, 0, "text-generation", "transformers", 6.8},
	{"upstage", "SOLAR-10.7B-v1.0", "2023-12-12", FAM_OTHER, -1, 10731524096, "text-generation", "transformers", 5.3},
	{"microsoft", "phi-2", "2023-12-13", FAM_PHI, -1, 2779683840, "text-generation", "transformers", 6.3},
	{"Qwen", "Qwen1.5-0.5B", "2024-01-22", FAM_QWEN, 4, 0, "text-generation", "transformers", 6.2},
	{"BAAI", "bge-m3", "2024-01-27", FAM_OTHER, -1, 567754752, "feature-extraction", "sentence-transformers", 7.3},
	{"google", "gemma-2b", "2024-02-08", FAM_GEMMA, 22, 0, "text-generation", "transformers", 6.4},
	{"Qwen", "Qwen1.5-MoE-A2.7B", "2024-02-29", FAM_QWEN, 17, 0, "text-generation", "transformers", 5.8},
	{"meta-llama", "Meta-Llama-3-8B-Instruct", "2024-04-17", FAM_LLAMA, 0, 0, "text-generation", "transformers", 7.0},
	{"mistralai", "Mixtral-8x22B-v0.1", "2024-04-16", FAM_MISTRAL, 37, 0, "text-generation", "transformers", 5.2},
	{"microsoft", "Phi-3-mini-4k-instruct", "2024-04-22", FAM_PHI, 25, 0, "text-generation", "transformers", 6.7},
	{"microsoft", "Phi-3-medium-4k-instruct", "2024-05-07", FAM_PHI, 26, 0, "text-generation", "transformers", 5.6},
	{"Qwen", "Qwen2-7B-Instruct", "2024-06-04", FAM_QWEN, 7, 0, "text-generation", "transformers", 6.5},
	{"internlm", "internlm2_5-7b-chat", "2024-06-28", FAM_OTHER, -1, 7737708544, "text-generation", "transformers", 5.0},
	{"zai-org", "glm-4-9b-chat", "2024-06-04", FAM_OTHER, -1, 9399951360, "text-generation", "transformers", 5.3},
	{"google", "gemma-2-9b", "2024-06-24", FAM_GEMMA, 21, 0, "text-generation", "transformers", 6.2},
	{"meta-llama", "Llama-3.1-8B", "2024-07-14", FAM_LLAMA, 0, 0, "text-generation", "transformers", 6.9},
	{"meta-llama", "Llama-3.1-70B-Instruct", "2024-07-16", FAM_LLAMA, 3, 0, "text-generation", "transformers", 6.3},
	{"google", "gemma-2-2b-it", "2024-07-16", FAM_GEMMA, 22, 0, "text-generation", "transformers", 6.7},
	{"meta-llama", "Llama-3.1-8B-Instruct", "2024-07-18", FAM_LLAMA, 0, 0, "text-generation", "transformers", 7.4},
	{"black-forest-labs", "FLUX.1-dev", "2024-07-31", FAM_IMAGE, -1, 0, "text-to-image", "diffusers", 6.5},
	{"black-forest-labs", "FLUX.1-schnell", "2024-07-31", FAM_IMAGE, -1, 0, "text-to-image", "diffusers", 6.3},
	{"allenai", "OLMoE-1B-7B-0924", "2024-09-07", FAM_OTHER, 30, 0, "text-generation", "transformers", 4.8},
	{"Qwen", "Qwen2.5-0.5B-Instruct", "2024-09-16", FAM_QWEN, 4, 0, "text-generation", "transformers", 7.1},
	{"Qwen", "Qwen2.5-1.5B-Instruct", "2024-09-17", FAM_QWEN, 5, 0, "text-generation", "transformers", 7.0},
	{"Qwen", "Qwen2.5-3B-Instruct", "2024-09-17", FAM_QWEN, 6, 0, "text-generation", "transformers", 6.7},
	{"Qwen", "Qwen2.5-7B", "2024-09-15", FAM_QWEN, 7, 0, "text-generation", "transformers", 6.6},
	{"Qwen", "Qwen2.5-7B-Instruct", "2024-09-16", FAM_QWEN, 7, 0, "text-generation", "transformers", 7.2},
	{"Qwen", "Qwen2.5-14B-Instruct", "2024-09-16", FAM_QWEN, 8, 0, "text-generation", "transformers", 6.4},
	{"Qwen", "Qwen2.5-32B-Instruct", "2024-09-17", FAM_QWEN, 9, 0, "text-generation", "transformers", 6.3},
	{"Qwen", "Qwen2.5-72B-Instruct", "2024-09-16", FAM_QWEN, 10, 0, "text-generation", "transformers", 6.2},
	{"Qwen", "Qwen2.5-Coder-7B-Instruct", "2024-09-17", FAM_QWEN, 7, 0, "text-generation", "transformers", 6.4},
	{"meta-llama", "Llama-3.2-1B-Instruct", "2024-09-18", FAM_LLAMA, 1, 0, "text-generation", "transformers", 7.2},
	{"meta-llama", "Llama-3.2-3B-Instruct", "2024-09-18", FAM_LLAMA, 2, 0, "text-generation", "transformers", 7.0},
	{"ibm-granite", "granite-3.0-1b-a400m-instruct", "2024-10-02", FAM_OTHER, 31, 0, "text-generation", "transformers", 5.2},
	{"stabilityai", "stable-diffusion-3.5-large", "2024-10-22", FAM_IMAGE, -1, 0, "text-to-image", "diffusers", 5.5},
	{"CohereLabs", "aya-expanse-8b", "2024-10-23", FAM_OTHER, -1, 8028033024, "text-generation", "transformers", 5.2},
	{"HuggingFaceTB", "SmolLM2-1.7B-Instruct", "2024-10-31", FAM_OTHER, 34, 0, "text-generation", "transformers", 6.2},
	{"HuggingFaceTB", "SmolLM2-135M", "2024-10-31", FAM_OTHER, 35, 0, "text-generation", "transformers", 6.5},
	{"LGAI-EXAONE", "EXAONE-3.5-7.8B-Instruct", "2024-12-06", FAM_OTHER, -1, 7818448896, "text-generation", "transformers", 5.2},
	{"microsoft", "phi-4", "2024-12-11", FAM_PHI, 26, 0, "text-generation", "transformers", 6.1},
	{"tiiuae", "Falcon3-7B-Instruct", "2024-12-14", FAM_OTHER, 33, 0, "text-generation", "transformers", 5.3},
	{"tencent", "HunyuanVideo", "2024-12-01", FAM_OTHER, -1, 12821012480, "text-to-video", "diffusers", 5.0},
	{"deepseek-ai", "DeepSeek-V3", "2024-12-25", FAM_DEEPSEEK, 27, 0, "text-generation", "transformers", 6.3},
	{"deepseek-ai", "DeepSeek-R1", "2025-01-20", FAM_DEEPSEEK, 27, 0, "text-generation", "transformers", 6.9},
	{"deepseek-ai", "DeepSeek-R1-Distill-Qwen-1.5B", "2025-01-20", FAM_DEEPSEEK, 5, 0, "text-generation", "transformers", 7.0},
	{"deepseek-ai", "DeepSeek-R1-Distill-Qwen-7B", "2025-01-20", FAM_DEEPSEEK, 7, 0, "text-generation", "transformers", 6.7},
	{"Qwen", "Qwen2.5-VL-7B-Instruct", "2025-01-26", FAM_QWEN, 7, 0, "image-text-to-text", "transformers", 7.0},
	{"mistralai", "Mistral-Small-24B-Instruct-2501", "2025-01-28", FAM_MISTRAL, 20, 0, "text-generation", "transformers", 6.1},
	{"lerobot", "pi0", "2025-02-04", FAM_OTHER, -1, 3501372176, "robotics", "lerobot", 4.8},
	{"google", "gemma-3-27b-it", "2025-03-01", FAM_GEMMA, 24, 0, "image-text-to-text", "transformers", 6.5},
	{"google", "gemma-3-1b-it", "2025-03-10", FAM_GEMMA, 23, 0, "text-generation", "transformers", 6.9},
	{"ibm-granite", "granite-3.3-8b-instruct", "2025-04-10", FAM_OTHER, 32, 0, "text-generation", "transformers", 5.5},
	{"ByteDance-Seed", "UI-TARS-1.5-7B", "2025-04-16", FAM_OTHER, -1, 8292166656, "image-text-to-text", "transformers", 5.3},
	{"naver-hyperclovax", "HyperCLOVAX-SEED-Text-Instruct-1.5B", "2025-04-22", FAM_OTHER, -1, 1595027456, "text-generation", "transformers", 5.3},
	{"Qwen", "Qwen3-0.6B", "2025-04-27", FAM_QWEN, 11, 0, "text-generation", "transformers", 7.4},
	{"Qwen", "Qwen3-4B", "2025-04-27", FAM_QWEN, 12, 0, "text-generation", "transformers", 7.2},
	{"Qwen", "Qwen3-8B", "2025-04-27", FAM_QWEN, 13, 0, "text-generation", "transformers", 7.3},
	{"Qwen", "Qwen3-32B", "2025-04-27", FAM_QWEN, 14, 0, "text-generation", "transformers", 6.8},
	{"Qwen", "Qwen3-30B-A3B", "2025-04-27", FAM_QWEN, 15, 0, "text-generation", "transformers", 7.0},
	{"Qwen", "Qwen3-235B-A22B", "2025-04-27", FAM_QWEN, 16, 0, "text-generation", "transformers", 6.3},
	{"nvidia", "parakeet-tdt-0.6b-v2", "2025-05-01", FAM_OTHER, -1, 600000000, "automatic-speech-recognition", "nemo", 6.2},
	{"sarvamai", "sarvam-m", "2025-05-21", FAM_OTHER, -1, 23572403200, "text-generation", "transformers", 4.8},
	{"lerobot", "smolvla_base", "2025-06-02", FAM_OTHER, -1, 450046212, "robotics", "lerobot", 5.2},
	{"Qwen", "Qwen3-Embedding-0.6B", "2025-06-03", FAM_QWEN, 11, 0, "feature-extraction", "sentence-transformers", 7.2},
	{"mistralai", "Magistral-Small-2506", "2025-06-10", FAM_MISTRAL, 20, 0, "text-generation", "transformers", 5.5},
	{"baidu", "ERNIE-4.5-0.3B-PT", "2025-06-28", FAM_OTHER, -1, 360748160, "text-generation", "transformers", 5.6},
	{"baidu", "ERNIE-4.5-21B-A3B-PT", "2025-06-28", FAM_OTHER, -1, 21825437696, "text-generation", "transformers", 5.4},
	{"LGAI-EXAONE", "EXAONE-4.0-32B", "2025-07-08", FAM_OTHER, -1, 32003076096, "text-generation", "transformers", 5.0},
	{"moonshotai", "Kimi-K2-Instruct", "2025-07-11", FAM_DEEPSEEK, 27, 0, "text-generation", "transformers", 5.6},
	{"zai-org", "GLM-4.5-Air", "2025-07-20", FAM_OTHER, -1, 110468824832, "text-generation", "transformers", 5.6},
	{"tencent", "Hunyuan-7B-Instruct", "2025-07-30", FAM_OTHER, -1, 7505707008, "text-generation", "transformers", 5.0},
	{"Qwen", "Qwen3-Coder-30B-A3B-Instruct", "2025-07-31", FAM_QWEN, 15, 0, "text-generation", "transformers", 6.7},
	{"openai", "gpt-oss-20b", "2025-08-04", FAM_OPENAI, 28, 0, "text-generation", "transformers", 6.9},
	{"openai", "gpt-oss-120b", "2025-08-04", FAM_OPENAI, 29, 0, "text-generation", "transformers", 6.5},
	{"Qwen", "Qwen3-4B-Instruct-2507", "2025-08-05", FAM_QWEN, 12, 0, "text-generation", "transformers", 7.0},
	{"nvidia", "NVIDIA-Nemotron-Nano-9B-v2", "2025-08-12", FAM_OTHER, -1, 8888227328, "text-generation", "transformers", 5.6},
	{"ByteDance-Seed", "Seed-OSS-36B-Instruct", "2025-08-20", FAM_OTHER, -1, 36151104512, "text-generation", "transformers", 5.2},
	{"deepseek-ai", "DeepSeek-V3.1", "2025-08-21", FAM_DEEPSEEK, 27, 0, "text-generation", "transformers", 6.2},
	{"swiss-ai", "Apertus-8B-Instruct-2509", "2025-09-01", FAM_OTHER, -1, 8053338176, "text-generation", "transformers", 5.0},
	{"google", "embeddinggemma-300m", "2025-09-03", FAM_GEMMA, -1, 302863104, "sentence-similarity", "sentence-transformers", 6.6},
	{"Qwen", "Qwen3-VL-8B-Instruct", "2025-10-11", FAM_QWEN, 13, 0, "image-text-to-text", "transformers", 6.7},
	{"deepseek-ai", "DeepSeek-OCR", "2025-10-20", FAM_DEEPSEEK, -1, 3336106240, "image-text-to-text", "transformers", 6.5},
	{"MiniMaxAI", "MiniMax-M2", "2025-10-27", FAM_OTHER, -1, 228700000000, "text-generation", "transformers", 5.6},
	{"apple", "FastVLM-0.5B", "2025-08-28", FAM_OTHER, -1, 758832000, "image-text-to-text", "transformers", 5.0},
	{"zai-org", "GLM-4.7-Flash", "2026-01-19", FAM_OTHER, -1, 31221488576, "text-generation", "transformers", 5.5},
	{"moonshotai", "Kimi-K2.5", "2026-01-27", FAM_DEEPSEEK, 27, 0, "image-text-to-text", "transformers", 5.3},
	{"Qwen", "Qwen3.5-4B", "2026-02-03", FAM_QWEN, 12, 0, "text-generation", "transformers", 6.3}
};

#define N_CATALOG ((int) (sizeof(catalog) / sizeof(catalog[0])))

static const char *const family_names[FAM_COUNT] = {
	"qwen", "llama", "mistral", "gemma", "phi", "deepseek", "openai", "image", "other"
};

/* catalog_entries: the catalogue and its length in *n. */
const CatalogEntry *
catalog_entries(int *n)
{
	*n = N_CATALOG;
	return catalog;
}

/* dims_get: dimensions preset i (NULL when i is out of range). */
const Dims *
dims_get(int i)
{
	return (i >= 0 && i < N_DIMS) ? &dims_table[i] : NULL;
}

/* dims_count: number of dimension presets. */
int
dims_count(void)
{
	return N_DIMS;
}

/* family_name: lower-case name of a family ("other" when out of range). */
const char *
family_name(int f)
{
	return (f >= 0 && f < FAM_COUNT) ? family_names[f] : "other";
}

/*
 * dims_for_size: the dense llama/qwen2 preset closest (in log scale) to the
 * given size in billions; non-positive sizes give the smallest.
 */
int
dims_for_size(double billions)
{
	static const int dense[] = {35, 4, 5, 1, 6, 2, 0, 7, 8, 9, 3, 10};
	int			best = dense[0];
	double		bestd = 1e300;
	int			i;

	if (billions <= 0)
		return best;
	for (i = 0; i < (int) (sizeof(dense) / sizeof(dense[0])); i++)
	{
		int64_t		p = dims_params(&dims_table[dense[i]], NULL);
		double		d = fabs(log((double) p / 1e9) - log(billions));

		if (d < bestd)
		{
			bestd = d;
			best = dense[i];
		}
	}
	return best;
}

/*
 * dims_params: total parameters implied by the dimensions (the formulas of
 * docs/moe.md, simplified to the families used here); *active, when not
 * NULL, receives the parameters touched per token (A_all convention).
 */
int64_t
dims_params(const Dims *d, int64_t *active)
{
	int64_t		H = d->hidden,
				L = d->layers,
				V = d->vocab;
	int64_t		hd = d->head_dim ? d->head_dim : H / d->heads;
	int64_t		nq = d->heads,
				nkv = d->kv_heads;
	int64_t		attn,
				ffn,
				ffn_act,
				total,
				act;
	int64_t		emb = V * H * (d->tied ? 1 : 2);
	int			is_ds = strcmp(d->model_type, "deepseek_v3") == 0;
	int			is_oss = strcmp(d->model_type, "gpt_oss") == 0;

	if (is_ds)
	{
		/* MLA: q_lora 1536, kv_lora 512, nope 128, rope 64, v 128 */
		int64_t		rq = 1536,
					rkv = 512,
					dn = 128,
					dr = 64,
					dv = 128;

		attn = H * rq + rq + rq * nq * (dn + dr) + H * (rkv + dr) + rkv +
			rkv * nq * (dn + dv) + nq * dv * H;
	}
	else
	{
		attn = H * nq * hd + 2 * H * nkv * hd + nq * hd * H;
		if (strncmp(d->model_type, "qwen2", 5) == 0)
			attn += nq * hd + 2 * nkv * hd;
		if (strncmp(d->model_type, "qwen3", 5) == 0)
			attn += 2 * hd;
		if (is_oss)
			attn += nq * hd + 2 * nkv * hd + H + nq;
	}
	if (d->experts > 0)
	{
		int64_t		E = d->experts,
					k = d->topk,
					Ie = d->moe_inter;
		int64_t		x = 3 * H * Ie + (is_oss ? 2 * Ie + H : 0);
		int64_t		shared = d->shared_inter ? 3 * H * d->shared_inter +
			(is_ds ? 0 : H) : 0;
		int64_t		router = E * H + ((is_oss || is_ds) ? E : 0);

		ffn = E * x + router + shared;
		ffn_act = k * x + router + shared;
	}
	else
	{
		ffn = 3 * H * d->inter;
		ffn_act = ffn;
	}
	if (is_ds)
	{
		/* three dense layers first */
		int64_t		dense = 3 * H * d->inter;

		total = emb + L * (attn + 2 * H) + 3 * dense + (L - 3) * ffn + H;
		act = emb + L * (attn + 2 * H) + 3 * dense + (L - 3) * ffn_act + H;
	}
	else
	{
		total = emb + L * (attn + ffn + 2 * H) + H;
		act = emb + L * (attn + ffn_act + 2 * H) + H;
	}
	if (active)
		*active = act;
	return total;
}
