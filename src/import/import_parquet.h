/*
 * src/import/import_parquet.h
 *
 * Parquet as a record source of the importers: each row of a Parquet file
 * (hub-stats models/datasets/spaces.parquet, a weekly snapshot partition) is
 * handed out as its value tree (the importers keep a copy for the batch),
 * which record_parquet.c reads into the typed record a JSON Lines record of
 * the same object reads into; from there both take the same path.  The
 * "line" of a Parquet record is its 1-based row number.
 */
#ifndef HF_IMPORT_PARQUET_H
#define HF_IMPORT_PARQUET_H

#include "postgres.h"

#include "lib/stringinfo.h"

#include "import/import_source.h"
#include "parquet/pq.h"
#include "import/import_split.h"

typedef struct HfParquet HfParquet;

extern HfParquet *hf_parquet_open(HfSource *src, const char *kind);
extern HfSplitResult hf_parquet_next(HfParquet *pq, const pq_value **out, int64 *line);
extern int64 hf_parquet_num_rows(HfParquet *pq);
extern int	hf_parquet_longest_name(HfParquet *pq);
extern void hf_parquet_close(HfParquet *pq);

#endif							/* HF_IMPORT_PARQUET_H */
