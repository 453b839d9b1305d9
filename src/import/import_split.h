/*
 * src/import/import_split.h
 *
 * Splits a byte source into JSON records: one per line (JSON Lines), or one
 * per element of top-level arrays (JSON-array files, possibly several pages
 * one after the other).  Each record carries the line number it starts on.
 */
#ifndef HF_IMPORT_SPLIT_H
#define HF_IMPORT_SPLIT_H

#include "postgres.h"

#include "lib/stringinfo.h"

#include "import/import_source.h"

/* longest record accepted; longer ones are rejected and skipped */
#define HF_MAX_RECORD	(64 * 1024 * 1024)

typedef enum HfSplitResult
{
	HF_SPLIT_EOF = 0,
	HF_SPLIT_RECORD,			/* out holds a record */
	HF_SPLIT_BAD				/* a bad record (message in error); go on */
} HfSplitResult;

typedef struct HfSplitter
{
	HfSource   *src;
	char	   *buf;
	size_t		len;
	size_t		pos;
	bool		eof;
	bool		started;
	bool		array_mode;
	bool		in_array;
	bool		stop;			/* unrecoverable: no more records */
	bool		failed;			/* the source reported corrupt or truncated data */
	int64		line;			/* line number at buf[pos] */
	char		error[256];
} HfSplitter;

extern void hf_split_init(HfSplitter *sp, HfSource *src);
extern HfSplitResult hf_split_next(HfSplitter *sp, StringInfo out, int64 *line);

#endif							/* HF_IMPORT_SPLIT_H */
