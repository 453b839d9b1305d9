/*
 * src/util/result_row.c
 *
 * The row type of a C function that returns a composite value.  The SQL
 * declaration (OUT parameters) decides it; it is looked up and blessed once
 * per call site and kept in fn_extra, in fn_mcxt, which lives as long as the
 * call site does, so a function called once per row of a large table does
 * not look its type up again for every row.
 */
#include "postgres.h"

#include "funcapi.h"

#include "util/result_row.h"

/*
 * The blessed tuple descriptor of the calling function's composite result,
 * from fn_extra when this call site already looked it up.  fn_extra must be
 * the caller's for nothing else.
 */
TupleDesc
hf_result_tupdesc(FunctionCallInfo fcinfo)
{
	TupleDesc	tupdesc = (TupleDesc) fcinfo->flinfo->fn_extra;

	if (tupdesc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	td;

		if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		tupdesc = BlessTupleDesc(CreateTupleDescCopy(td));
		fcinfo->flinfo->fn_extra = tupdesc;
		MemoryContextSwitchTo(old);
	}
	return tupdesc;
}
