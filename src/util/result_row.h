/*
 * src/util/result_row.h
 *
 * The row type of a C function that returns a composite value, looked up
 * once per call site.
 */
#ifndef HF_RESULT_ROW_H
#define HF_RESULT_ROW_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "fmgr.h"

extern TupleDesc hf_result_tupdesc(FunctionCallInfo fcinfo);

#endif							/* HF_RESULT_ROW_H */
