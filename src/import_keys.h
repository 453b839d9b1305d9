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

extern bool hf_resolve_keys(HfKind kind, const char *schema, HfRow **rows, int nrows);

#endif							/* HF_IMPORT_KEYS_H */
