/*
 * src/import_parquet.h
 *
 * Parquet as a record source of the importers: each row of a Parquet file
 * (hub-stats models/datasets/spaces.parquet, a weekly snapshot partition) is
 * turned into the text of the Hub API JSON object it stands for, so it takes
 * exactly the path of a JSON Lines record.  The "line" of a Parquet record is
 * its 1-based row number.
 */
#ifndef HF_IMPORT_PARQUET_H
#define HF_IMPORT_PARQUET_H

#include "postgres.h"

#include "lib/stringinfo.h"

#include "import_source.h"
#include "import_split.h"

typedef struct HfParquet HfParquet;

extern HfParquet *hf_parquet_open(HfSource *src, const char *kind);
extern HfSplitResult hf_parquet_next(HfParquet *pq, StringInfo out, int64 *line);
extern void hf_parquet_close(HfParquet *pq);

#endif							/* HF_IMPORT_PARQUET_H */
