/*
 * src/aggregate/wsample.c
 *
 * The hfstate.wsample type: its expanded (appendable) form, its flat varlena
 * form, the text format and the binary wire format.  See wsample.h for the
 * layout and invariants.
 *
 * Text format, version 1 (what Citus ships between nodes, so it round-trips
 * exactly; floats are printed in the shortest form that reads back to the
 * same double):
 *
 *		v1;<params>;<pairs>
 *
 * <params> is a comma-separated list of float8 (may be empty); <pairs> is a
 * comma-separated list of "value:weight", or just "value" when the weight is
 * 1 (may be empty).  Examples: "v1;;" (empty), "v1;0.5;3:10,7,1e+20:2".
 *
 * Binary format, version 1: int32 version, int32 nparams, int64 npairs,
 * nparams float8, then npairs times (float8 value, float8 weight), all in
 * network byte order through pq_sendint32/pq_sendint64/pq_sendfloat8.
 */
#include "postgres.h"

#include <math.h>

#include "common/shortest_dec.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/float.h"
#include "utils/memutils.h"

#include "aggregate/wsample.h"

static Size hf_ws_get_flat_size(ExpandedObjectHeader *eohptr);
static void hf_ws_flatten_into(ExpandedObjectHeader *eohptr,
							   void *result, Size allocated_size);

static const ExpandedObjectMethods hf_ws_methods = {
	hf_ws_get_flat_size,
	hf_ws_flatten_into
};

/*
 * Largest number of pairs a state with nparams parameters may hold so that
 * its flat form stays a valid (< 1 GB) varlena.
 */
static int64
hf_ws_max_pairs(int32 nparams)
{
	return (int64) ((MaxAllocSize - HF_WS_FLAT_SIZE(nparams, 0)) /
					sizeof(WSamplePair));
}

/*
 * Raise the program-limit error for a state that would exceed 1 GB.
 */
static void
hf_ws_too_big(int64 npairs)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("weighted sample is too large"),
			 errdetail("A group would hold " INT64_FORMAT " (value, weight) pairs, more than fit in 1 GB.",
					   npairs),
			 errhint("Aggregate smaller groups, or aggregate a sample of the rows.")));
}

/*
 * Check the invariants of one (value, weight) pair read from outside (text or
 * binary input): value not NaN, weight finite and > 0.  Raises 22023.
 */
void
hf_ws_check_pair(float8 value, float8 weight)
{
	if (isnan(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weighted sample value must not be NaN")));
	if (isnan(weight) || isinf(weight) || weight <= 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weighted sample weight must be finite and positive"),
				 errdetail("Value %g has weight %g.", value, weight)));
}

/*
 * Create an empty expanded state in its own memory context below parent.
 */
ExpandedWSample *
hf_ws_new(MemoryContext parent)
{
	MemoryContext objcxt;
	ExpandedWSample *ews;

	objcxt = AllocSetContextCreate(parent, "hfstate wsample",
								   ALLOCSET_SMALL_SIZES);
	ews = (ExpandedWSample *) MemoryContextAllocZero(objcxt,
													 sizeof(ExpandedWSample));
	EOH_init_header(&ews->hdr, &hf_ws_methods, objcxt);
	ews->magic = HF_WS_MAGIC;
	return ews;
}

/*
 * Make room for at least need pairs, doubling the array (amortised O(1) per
 * appended pair).  Raises 54000 past the 1 GB limit.
 */
static void
hf_ws_reserve(ExpandedWSample *ews, int64 need)
{
	int64		maxpairs = hf_ws_max_pairs(ews->nparams);
	int64		newcap;

	if (need <= ews->capacity)
		return;
	if (need > maxpairs)
		hf_ws_too_big(need);
	newcap = Max(ews->capacity * 2, 16);
	newcap = Max(newcap, need);
	newcap = Min(newcap, maxpairs);
	if (ews->pairs == NULL)
		ews->pairs = (WSamplePair *)
			MemoryContextAllocExtended(ews->hdr.eoh_context,
									   (Size) newcap * sizeof(WSamplePair),
									   MCXT_ALLOC_HUGE);
	else
		ews->pairs = (WSamplePair *)
			repalloc_huge(ews->pairs, (Size) newcap * sizeof(WSamplePair));
	ews->capacity = newcap;
}

/*
 * Append one pair; the caller has checked it.
 */
void
hf_ws_append(ExpandedWSample *ews, float8 value, float8 weight)
{
	if (ews->npairs >= ews->capacity)
		hf_ws_reserve(ews, ews->npairs + 1);
	ews->pairs[ews->npairs].value = value;
	ews->pairs[ews->npairs].weight = weight;
	ews->npairs++;
}

/*
 * Append n checked pairs at once (combine); n = 0 is a no-op.
 */
void
hf_ws_append_many(ExpandedWSample *ews, const WSamplePair *pairs, int64 n)
{
	if (n <= 0)
		return;
	hf_ws_reserve(ews, ews->npairs + n);
	memcpy(ews->pairs + ews->npairs, pairs, (Size) n * sizeof(WSamplePair));
	ews->npairs += n;
}

/*
 * Replace the parameters of the state by a copy of params[0..nparams-1].
 * Raises 54000 for more than HF_WS_MAX_PARAMS parameters.
 */
void
hf_ws_set_params(ExpandedWSample *ews, const float8 *params, int32 nparams)
{
	if (nparams < 0 || nparams > HF_WS_MAX_PARAMS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many aggregate parameters in a weighted sample"),
				 errdetail("%d parameters were given, the limit is %d.",
						   nparams, HF_WS_MAX_PARAMS)));
	if (ews->params != NULL)
		pfree(ews->params);
	ews->params = NULL;
	ews->nparams = nparams;
	if (nparams > 0)
	{
		ews->params = (float8 *) MemoryContextAlloc(ews->hdr.eoh_context,
													nparams * sizeof(float8));
		memcpy(ews->params, params, nparams * sizeof(float8));
	}
	if (ews->npairs > hf_ws_max_pairs(nparams))
		hf_ws_too_big(ews->npairs);
}

/*
 * Fill view with a read-only look at a wsample datum, flat (possibly toasted
 * or short-header) or expanded.  A flat datum is detoasted into the current
 * memory context; a corrupt one raises XX001.
 */
void
hf_ws_view(Datum d, WSampleView *view)
{
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		ExpandedWSample *ews = (ExpandedWSample *) DatumGetEOHP(d);

		if (ews->magic != HF_WS_MAGIC)
			elog(ERROR, "expanded object is not a weighted sample");
		view->nparams = ews->nparams;
		view->params = ews->params;
		view->npairs = ews->npairs;
		view->pairs = ews->pairs;
	}
	else
	{
		WSample    *ws = (WSample *) PG_DETOAST_DATUM(d);

		if (VARSIZE(ws) < HF_WS_HDRSZ || ws->version != HF_WS_VERSION ||
			ws->nparams < 0 || ws->npairs < 0 ||
			VARSIZE(ws) != HF_WS_FLAT_SIZE(ws->nparams, ws->npairs))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("invalid hfstate.wsample value"),
					 errdetail("The stored header does not match the value's size or version.")));
		view->nparams = ws->nparams;
		view->params = HF_WS_PARAMS(ws);
		view->npairs = ws->npairs;
		view->pairs = HF_WS_PAIRS(ws);
	}
}

/*
 * Return the state in argument argno as a read-write expanded object living
 * below aggcontext.  With reuse, a read-write expanded argument is updated in
 * place (the amortised O(1) path inside an aggregate); a NULL, flat (the
 * INITCOND) or read-only argument, or any argument without reuse, is copied
 * into a new expanded object.
 */
ExpandedWSample *
hf_ws_rw_state(FunctionCallInfo fcinfo, int argno, MemoryContext aggcontext,
			   bool reuse)
{
	Datum		d;
	ExpandedWSample *ews;
	WSampleView view;

	if (PG_ARGISNULL(argno))
		return hf_ws_new(aggcontext);
	d = PG_GETARG_DATUM(argno);
	if (reuse && VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)))
	{
		ews = (ExpandedWSample *) DatumGetEOHP(d);
		if (ews->magic != HF_WS_MAGIC)
			elog(ERROR, "expanded object is not a weighted sample");
		return ews;
	}
	hf_ws_view(d, &view);
	ews = hf_ws_new(aggcontext);
	hf_ws_set_params(ews, view.params, view.nparams);
	hf_ws_append_many(ews, view.pairs, view.npairs);
	return ews;
}

/*
 * Flat size of an expanded state.
 */
static Size
hf_ws_get_flat_size(ExpandedObjectHeader *eohptr)
{
	ExpandedWSample *ews = (ExpandedWSample *) eohptr;

	Assert(ews->magic == HF_WS_MAGIC);
	if (ews->npairs > hf_ws_max_pairs(ews->nparams))
		hf_ws_too_big(ews->npairs);
	return HF_WS_FLAT_SIZE(ews->nparams, ews->npairs);
}

/*
 * Write the flat form of an expanded state into result.
 */
static void
hf_ws_flatten_into(ExpandedObjectHeader *eohptr, void *result,
				   Size allocated_size)
{
	ExpandedWSample *ews = (ExpandedWSample *) eohptr;
	WSample    *ws = (WSample *) result;

	Assert(allocated_size == HF_WS_FLAT_SIZE(ews->nparams, ews->npairs));
	memset(ws, 0, HF_WS_HDRSZ);
	SET_VARSIZE(ws, allocated_size);
	ws->version = HF_WS_VERSION;
	ws->nparams = ews->nparams;
	ws->npairs = (int32) ews->npairs;
	if (ews->nparams > 0)
		memcpy(HF_WS_PARAMS(ws), ews->params, ews->nparams * sizeof(float8));
	if (ews->npairs > 0)
		memcpy(HF_WS_PAIRS(ws), ews->pairs,
			   (Size) ews->npairs * sizeof(WSamplePair));
}

/*
 * Flatten an expanded state into a palloc'd varlena in the current context
 * and free the expanded object.
 */
Datum
hf_ws_flat_datum(ExpandedWSample *ews)
{
	Size		size = EOH_get_flat_size(&ews->hdr);
	void	   *flat = palloc_extended(size, MCXT_ALLOC_HUGE);

	EOH_flatten_into(&ews->hdr, flat, size);
	DeleteExpandedObject(EOHPGetRWDatum(&ews->hdr));
	return PointerGetDatum(flat);
}

/*
 * Append one float8 to buf in the shortest form that reads back exactly.
 */
static void
hf_ws_put_float(StringInfo buf, float8 x)
{
	char		tmp[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(x, tmp);
	appendStringInfoString(buf, tmp);
}

/*
 * Raise the 22P02 syntax error for wsample text input.
 */
static void
hf_ws_syntax_error(const char *str, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type hfstate.wsample: \"%.60s\"",
					str),
			 errdetail("%s", why),
			 errhint("The format is v1;<params>;<value>[:<weight>],... for example \"v1;0.5;3:10,7\".")));
}

/*
 * Text input: parse the v1 format described at the top of this file.  Every
 * pair is checked (value not NaN, weight finite > 0).
 */
PG_FUNCTION_INFO_V1(hfstate_wsample_in);
Datum
hfstate_wsample_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	char	   *p = str;
	char	   *end;
	ExpandedWSample *ews;
	float8	   *params;
	int32		nparams = 0;
	int32		maxparams = 8;

	if (strncmp(p, "v1;", 3) != 0)
		hf_ws_syntax_error(str, "The value must start with \"v1;\".");
	p += 3;
	ews = hf_ws_new(CurrentMemoryContext);

	params = (float8 *) palloc(maxparams * sizeof(float8));
	while (*p != ';')
	{
		if (*p == '\0')
			hf_ws_syntax_error(str, "The parameter list is not terminated by \";\".");
		if (nparams >= HF_WS_MAX_PARAMS)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many aggregate parameters in a weighted sample"),
					 errdetail("The limit is %d parameters.", HF_WS_MAX_PARAMS)));
		if (nparams == maxparams)
		{
			maxparams *= 2;
			params = (float8 *) repalloc(params, maxparams * sizeof(float8));
		}
		params[nparams] = float8in_internal(p, &end, "hfstate.wsample", str);
		if (isnan(params[nparams]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("weighted sample parameter must not be NaN")));
		nparams++;
		p = end;
		if (*p == ',')
			p++;
		else if (*p != ';')
			hf_ws_syntax_error(str, "Parameters must be separated by \",\".");
	}
	p++;						/* skip ';' */
	hf_ws_set_params(ews, params, nparams);

	while (*p != '\0')
	{
		float8		value;
		float8		weight = 1.0;

		CHECK_FOR_INTERRUPTS();
		value = float8in_internal(p, &end, "hfstate.wsample", str);
		p = end;
		if (*p == ':')
		{
			p++;
			weight = float8in_internal(p, &end, "hfstate.wsample", str);
			p = end;
		}
		hf_ws_check_pair(value, weight);
		hf_ws_append(ews, value, weight);
		if (*p == ',')
		{
			p++;
			if (*p == '\0')
				hf_ws_syntax_error(str, "A pair is missing after \",\".");
		}
		else if (*p != '\0')
			hf_ws_syntax_error(str, "Pairs must be separated by \",\".");
	}
	PG_RETURN_DATUM(hf_ws_flat_datum(ews));
}

/*
 * Text output in the v1 format; weights equal to 1 are left out.
 */
PG_FUNCTION_INFO_V1(hfstate_wsample_out);
Datum
hfstate_wsample_out(PG_FUNCTION_ARGS)
{
	WSampleView view;
	StringInfoData buf;
	int64		i;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	initStringInfo(&buf);
	appendStringInfoString(&buf, "v1;");
	for (i = 0; i < view.nparams; i++)
	{
		if (i > 0)
			appendStringInfoChar(&buf, ',');
		hf_ws_put_float(&buf, view.params[i]);
	}
	appendStringInfoChar(&buf, ';');
	for (i = 0; i < view.npairs; i++)
	{
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (i > 0)
			appendStringInfoChar(&buf, ',');
		hf_ws_put_float(&buf, view.pairs[i].value);
		if (view.pairs[i].weight != 1.0)
		{
			appendStringInfoChar(&buf, ':');
			hf_ws_put_float(&buf, view.pairs[i].weight);
		}
	}
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary output, version 1 (see the top of this file).
 */
PG_FUNCTION_INFO_V1(hfstate_wsample_send);
Datum
hfstate_wsample_send(PG_FUNCTION_ARGS)
{
	WSampleView view;
	StringInfoData buf;
	int64		i;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, HF_WS_VERSION);
	pq_sendint32(&buf, view.nparams);
	pq_sendint64(&buf, view.npairs);
	for (i = 0; i < view.nparams; i++)
		pq_sendfloat8(&buf, view.params[i]);
	for (i = 0; i < view.npairs; i++)
	{
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		pq_sendfloat8(&buf, view.pairs[i].value);
		pq_sendfloat8(&buf, view.pairs[i].weight);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Binary input, version 1.  Counts are checked against the bytes actually
 * present before anything is allocated; every pair is checked.
 */
PG_FUNCTION_INFO_V1(hfstate_wsample_recv);
Datum
hfstate_wsample_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		version;
	int32		nparams;
	int64		npairs;
	int64		remaining;
	float8	   *params = NULL;
	ExpandedWSample *ews;
	int64		i;

	version = pq_getmsgint(buf, 4);
	if (version != HF_WS_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported hfstate.wsample binary version %d", version),
				 errdetail("This build reads version %d.", HF_WS_VERSION)));
	nparams = pq_getmsgint(buf, 4);
	npairs = pq_getmsgint64(buf);
	remaining = buf->len - buf->cursor;
	if (nparams < 0 || nparams > HF_WS_MAX_PARAMS || npairs < 0 ||
		npairs > hf_ws_max_pairs(nparams) ||
		remaining != (int64) nparams * 8 + npairs * 16)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid hfstate.wsample binary value"),
				 errdetail("Header announces %d parameters and " INT64_FORMAT " pairs, but %d bytes follow.",
						   nparams, npairs, (int) remaining)));

	ews = hf_ws_new(CurrentMemoryContext);
	if (nparams > 0)
	{
		params = (float8 *) palloc(nparams * sizeof(float8));
		for (i = 0; i < nparams; i++)
		{
			params[i] = pq_getmsgfloat8(buf);
			if (isnan(params[i]))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("weighted sample parameter must not be NaN")));
		}
	}
	hf_ws_set_params(ews, params, nparams);
	if (npairs > 0)
		hf_ws_reserve(ews, npairs);
	for (i = 0; i < npairs; i++)
	{
		float8		value = pq_getmsgfloat8(buf);
		float8		weight = pq_getmsgfloat8(buf);

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		hf_ws_check_pair(value, weight);
		hf_ws_append(ews, value, weight);
	}
	PG_RETURN_DATUM(hf_ws_flat_datum(ews));
}
