/*
 * src/import_keys.h
 *
 * Integer keys for a batch of parsed records: looked up by lower-cased id,
 * created for new ids, and for models also for every parent the Hub names.
 */
#ifndef HF_IMPORT_KEYS_H
#define HF_IMPORT_KEYS_H

#include "postgres.h"

#include "import_record.h"

/* per-import state of key resolution */
typedef struct HfKeys
{
	struct bloom_filter *inserted;	/* lids this import put into an empty
									 * model_nodes, or NULL */
	struct HTAB *nodes;			/* lid -> key and present of those nodes, or
								 * NULL */
	bool		nodes_all;		/* nodes holds all of them (else it filled
								 * its budget and stopped growing) */
	MemoryContext cxt;			/* nodes and its lids */
	char	   *arena;			/* lid copies: free space of the current block */
	Size		arena_left;
} HfKeys;

extern void hf_keys_begin(HfKeys *keys, HfKind kind, const char *schema, int64 expected_ids);
extern void hf_keys_end(HfKeys *keys);
extern bool hf_resolve_keys(HfKeys *keys, HfKind kind, const char *schema, HfRow **rows, int nrows);

#endif							/* HF_IMPORT_KEYS_H */
