/*
 * src/import/parquet_cell.h
 *
 * A cell of a hub-stats Parquet row as the jsonb value it stands for in the
 * Hub API record (the rules are in parquet_cell.c), built straight from the
 * typed values with pushJsonbValue.  Used for a whole row (parquet_row.c)
 * and for single cells (record_parquet.c): a cell comes out the same either
 * way, and raises the same errors.
 */
#ifndef HF_PARQUET_CELL_H
#define HF_PARQUET_CELL_H

#include "postgres.h"

#include "utils/jsonb.h"

#include "parquet/pq.h"

/* how a top-level cell enters the record */
typedef enum HfPqUse
{
	HF_PQ_SKIP,					/* left out */
	HF_PQ_EMBED,				/* JSON object text held in a string, embedded */
	HF_PQ_VALUE,				/* the value itself */
	HF_PQ_VALUE_DROP_NULLS		/* the value, null struct members left out */
} HfPqUse;

/* the state of building jsonb from Parquet values */
typedef struct HfPqJsonb
{
	JsonbParseState *st;		/* the containers open */
	JsonbValue *done;			/* the outermost container, once closed */
	bool		server_utf8;	/* strings need no conversion */
	pq_buf		scratch;		/* JSON text of one leaf */
	const char *bad;			/* why the row cannot be a record */
} HfPqJsonb;

extern const pq_allocator hf_pq_palloc_allocator;

extern void hf_pqj_init(HfPqJsonb *b);
extern void hf_pqj_free(HfPqJsonb *b);
extern HfPqUse hf_pq_use(const pq_value *v, const char *name, bool keep_nulls);
extern void hf_pq_string(HfPqJsonb *b, const uint8 *p, uint32 len, JsonbValue *v);
extern void hf_pq_push(HfPqJsonb *b, const pq_value *pv, bool drop_nulls);
extern void hf_pq_push_embedded(HfPqJsonb *b, const uint8 *p, uint32 len);
extern bool hf_pq_cell(HfPqJsonb *b, const pq_value *v, HfPqUse use, JsonbValue *out);
extern void hf_pq_check(HfPqJsonb *b, const pq_value *pv, bool drop_nulls);

#endif							/* HF_PARQUET_CELL_H */
