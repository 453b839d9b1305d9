/*
 * pq_fuzz.c
 *		libFuzzer target for the Parquet reader: open the input as a Parquet
 *		file, walk the schema, select every column and assemble every row of
 *		every row group, writing each row as JSON.  Allocations are capped at
 *		64 MiB so absurd sizes in the input report PQ_ERR_LIMIT, not OOM.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/parquet/pq.h"

typedef struct
{
	const uint8_t *data;
	size_t		size;
} fuzz_src;

static void *
fz_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
fz_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

/* read_at over the fuzz input, failing on out-of-range requests */
static int
fz_read_at(void *ctx, uint64_t off, void *buf, size_t len, char *err,
		   size_t errlen)
{
	fuzz_src   *s = ctx;

	(void) err;
	(void) errlen;
	if (off > s->size || len > s->size - off)
		return -1;
	memcpy(buf, s->data + off, len);
	return 0;
}

/* count the schema nodes so the tree is fully walked */
static int
walk(const pq_schema_node *n)
{
	int			k = 1,
				i;

	for (i = 0; i < n->nchildren; i++)
		k += walk(n->children[i]);
	return k;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_src	fs = {data, size};
	pq_allocator alloc = {fz_alloc, fz_free, NULL};
	pq_source	src = {fz_read_at, &fs, size};
	pq_options	opt = {64u << 20};
	pq_file    *f;
	char		err[512];
	int			rg;
	pq_buf		buf;

	if (pq_open(&src, &alloc, &opt, &f, err, sizeof(err)) != PQ_OK)
		return 0;
	(void) walk(pq_schema_root(f));
	pq_buf_init(&buf, &alloc);
	if (pq_select(f, NULL, 0) == PQ_OK)
	{
		for (rg = 0; rg < pq_num_row_groups(f); rg++)
		{
			const pq_value *row;
			long		n = 0;

			if (pq_read_row_group(f, rg) != PQ_OK)
				continue;
			while (n++ < 100000 && pq_next_row(f, &row) == 1)
			{
				pq_buf_reset(&buf);
				pq_value_to_json(&buf, row);
			}
		}
	}
	pq_buf_free(&buf);
	pq_close(f);
	return 0;
}
