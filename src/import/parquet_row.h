/*
 * src/import/parquet_row.h
 *
 * One row of a hub-stats Parquet file as the Hub API record it stands for:
 * copied out of the reader for the life of an import batch; built as jsonb
 * directly from the typed values (no JSON text in between) for
 * parquet_rows(), or written as JSON text where text is wanted (the raw
 * start of a rejected row).  The importers read the copy itself into a
 * record (record_parquet.c).
 */
#ifndef HF_PARQUET_ROW_H
#define HF_PARQUET_ROW_H

#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/jsonb.h"

#include "parquet/pq.h"

extern pq_value *hf_pq_row_copy(const pq_value *row, Size *size);
extern Jsonb *hf_pq_row_jsonb(const pq_value *row, bool keep_nulls, const char **bad);
extern void hf_pq_row_text(const pq_value *row, bool keep_nulls, StringInfo out);

#endif							/* HF_PARQUET_ROW_H */
