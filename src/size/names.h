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
 * What a name states.  total and active are -1 when not stated.  token and
 * token_len give the word(s) of the name the counts were read from (for a
 * NULL total: the size-like word that was not taken), token is NULL when
 * there is none; it points into the name passed in.  reason is a static
 * string saying why total is not stated, NULL when it is.  line is the Hub
 * id of the official release whose published counts were taken because the
 * name gives its model line and size (name_lines.c), NULL when the counts
 * are the words' own.
 */
typedef struct HfNameParams
{
	int64		total;
	int64		active;
	const char *token;
	int			token_len;
	const char *reason;
	const char *line;
} HfNameParams;

extern void hf_name_strip_namespace(const char **name, int *len);
extern void hf_name_parse_params(const char *name, int len, HfNameParams *out);

#endif							/* HF_NAMES_H */
