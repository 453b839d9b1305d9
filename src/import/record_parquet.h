/*
 * src/import/record_parquet.h
 *
 * The Parquet reader of Hub records: a row of a hub-stats Parquet file (the
 * value tree import_parquet.c hands out) read straight into an HfRecord,
 * without building the row's jsonb.  A reader is made once per file, for the
 * fields of a kind; it maps the row's columns to those fields at its first
 * row.
 */
#ifndef HF_RECORD_PARQUET_H
#define HF_RECORD_PARQUET_H

#include "postgres.h"

#include "import/record.h"
#include "parquet/pq.h"

typedef struct HfPqRecordReader HfPqRecordReader;

extern HfPqRecordReader *hf_pq_record_reader(const HfField *fields, int nfields, int longest_name);
extern bool hf_record_from_parquet(HfPqRecordReader *rd, const pq_value *row, Size rowsize,
								   HfRecord *rec, FieldError *err);

#endif							/* HF_RECORD_PARQUET_H */
