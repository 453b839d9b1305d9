/*
 * src/size/names.h
 *
 * Parameter counts parsed from Hugging Face repository names
 * ("Llama-3.1-8B-Instruct", "Qwen3-30B-A3B", "Mixtral-8x7B-v0.1").
 */
#ifndef HF_NAMES_H
#define HF_NAMES_H

#include "postgres.h"

/* Largest parameter count a name may claim (1,000T); larger is not a size. */
#define HF_NAME_MAX_PARAMS	INT64CONST(1000000000000000)

/*
 * Parse a repository name ("owner/name" or a bare name, not necessarily
 * NUL-terminated) into a total and an active parameter count.  Each output
 * is set to -1 when the name does not state it.  Returns true when at least
 * one of the two was found.
 */
extern void hf_name_strip_namespace(const char **name, int *len);
extern bool hf_name_parse_params(const char *name, int len,
								 int64 *total, int64 *active);

#endif							/* HF_NAMES_H */
