/*
 * src/import/import_keys.h
 *
 * Integer keys for a batch of parsed records: looked up by lower-cased id,
 * created for new ids, and for models also for every parent the Hub names.
 */
#ifndef HF_IMPORT_KEYS_H
#define HF_IMPORT_KEYS_H

#include "postgres.h"

#include "import/import_record.h"

/* per-import state of key resolution */
typedef struct HfKeys
{
	struct HTAB *nodes;			/* lid -> key and present of the nodes this
								 * import put into an empty model_nodes, or
								 * NULL */
	struct bloom_filter *inserted;	/* once nodes is full (it then stops
									 * growing): the lids inserted after,
									 * else NULL */
	int64		expected_ids;	/* sizes the filter */
	MemoryContext cxt;			/* nodes and its lids */
	char	   *arena;			/* lid copies: free space of the current block */
	Size		arena_left;
} HfKeys;

extern void hf_keys_begin(HfKeys *keys, HfKind kind, const char *schema, int64 expected_ids);
extern void hf_keys_end(HfKeys *keys);
extern bool hf_resolve_keys(HfKeys *keys, HfKind kind, const char *schema, HfRow **rows, int nrows);

#endif							/* HF_IMPORT_KEYS_H */
