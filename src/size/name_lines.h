/*
 * src/size/name_lines.h
 *
 * Published parameter counts of well-known open model lines, by the size
 * their names state: "gemma-2b" is 2,506,172,416 parameters, not 2e9.
 */
#ifndef HF_NAME_LINES_H
#define HF_NAME_LINES_H

#include "postgres.h"

/*
 * One published size of a model line: the words that name the line
 * (alternatives separated by '|': "gemma|gemma 1.1"), the counts a name
 * states (total or active -1 when the name does not state it) and the
 * counts the line's official release has (active -1 for a dense model),
 * with the Hub id of that release.
 */
typedef struct HfNameLineSize
{
	const char *keys;
	int64		stated_total;
	int64		stated_active;
	int64		total;
	int64		active;
	const char *release;
} HfNameLineSize;

extern const HfNameLineSize *hf_name_line_find(const char *prefix, int len,
											   int64 stated_total,
											   int64 stated_active);

#endif							/* HF_NAME_LINES_H */
