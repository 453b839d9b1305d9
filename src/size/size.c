/*
 * src/size/size.c
 *
 * Size classes of parameter counts (report table T6), returned as values of
 * the enum types @extschema@.size_bucket and @extschema@.size_scale.
 *
 * The functions are in C rather than SQL CASE expressions so that a
 * negative or NaN count raises a specific SQLSTATE (22023) with the value in
 * the detail, which an inlinable SQL function cannot do.  The enum label
 * OIDs are looked up once per call site, by name, and kept in fn_extra.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "size/size.h"

/* Labels in enum order; "\xe2\x80\x93" is U+2013 EN DASH in UTF-8. */
static const char *const hf_size_bucket_labels[HF_SIZE_NBUCKETS] = {
	"<1B",
	"1" "\xe2\x80\x93" "9B",
	"10" "\xe2\x80\x93" "99B",
	"100B+"
};

static const char *const hf_size_scale_labels[HF_SIZE_NSCALES] = {
	"<100M",
	"100M" "\xe2\x80\x93" "1B",
	"1" "\xe2\x80\x93" "3B",
	"3" "\xe2\x80\x93" "10B",
	"10" "\xe2\x80\x93" "30B",
	"30" "\xe2\x80\x93" "100B",
	"100" "\xe2\x80\x93" "300B",
	"300B" "\xe2\x80\x93" "1T",
	"1T+"
};

/* Lower bounds of buckets 1.. and scales 1.. (intervals are [a, b)). */
static const double hf_size_bucket_bounds[HF_SIZE_NBUCKETS - 1] = {
	1e9, 1e10, 1e11
};

static const double hf_size_scale_bounds[HF_SIZE_NSCALES - 1] = {
	1e8, 1e9, 3e9, 1e10, 3e10, 1e11, 3e11, 1e12
};

typedef struct HfSizeEnumCache
{
	int			nlabels;
	Oid			labels[HF_SIZE_NSCALES];
} HfSizeEnumCache;

/*
 * Number of bounds that are <= params: the 0-based class index.
 */
static int
size_index(double params, const double *bounds, int nbounds)
{
	int			i;

	for (i = 0; i < nbounds; i++)
	{
		if (params < bounds[i])
			return i;
	}
	return nbounds;
}

/*
 * Coarse bucket index: <1B, 1–9B, 10–99B, 100B+.
 */
int
hf_size_bucket_index(double params)
{
	return size_index(params, hf_size_bucket_bounds, HF_SIZE_NBUCKETS - 1);
}

/*
 * Fine scale index: <100M, 100M–1B, 1–3B, ..., 300B–1T, 1T+.
 */
int
hf_size_scale_index(double params)
{
	return size_index(params, hf_size_scale_bounds, HF_SIZE_NSCALES - 1);
}

/*
 * OID of label idx of the function's own result enum type, cached in
 * fn_extra.  Labels are converted from UTF-8 to the database encoding
 * before the catalog lookup.  A missing label is a broken installation.
 */
static Oid
size_enum_oid(FunctionCallInfo fcinfo, const char *const *labels,
			  int nlabels, int idx)
{
	HfSizeEnumCache *cache = (HfSizeEnumCache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		Oid			typid = get_func_rettype(fcinfo->flinfo->fn_oid);
		int			i;

		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									   sizeof(HfSizeEnumCache));
		for (i = 0; i < nlabels; i++)
		{
			char	   *label;
			HeapTuple	tup;

			label = pg_any_to_server(labels[i], strlen(labels[i]), PG_UTF8);
			tup = SearchSysCache2(ENUMTYPOIDNAME, ObjectIdGetDatum(typid),
								  CStringGetDatum(label));
			if (!HeapTupleIsValid(tup))
				elog(ERROR, "enum label \"%s\" of type %u not found",
					 labels[i], typid);
			cache->labels[i] = ((Form_pg_enum) GETSTRUCT(tup))->oid;
			ReleaseSysCache(tup);
		}
		cache->nlabels = nlabels;
		fcinfo->flinfo->fn_extra = cache;
	}
	Assert(idx >= 0 && idx < cache->nlabels);
	return cache->labels[idx];
}

/*
 * Reject a negative bigint count with 22023, naming the value.
 */
static void
size_check_int8(int64 params)
{
	if (params < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("parameter count must not be negative"),
				 errdetail("The value was " INT64_FORMAT ".", params),
				 errhint("Pass NULL for an unknown parameter count.")));
}

/*
 * Reject a negative or NaN double precision count with 22023, naming the
 * value.  +Infinity is accepted and falls in the top class.
 */
static void
size_check_float8(double params)
{
	if (isnan(params) || params < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("parameter count must be a non-negative number"),
				 errdetail("The value was %s.", float8out_internal(params)),
				 errhint("Pass NULL for an unknown parameter count.")));
}

/*
 * size_bucket(bigint): coarse bucket of a parameter count.  Strict (NULL
 * gives NULL); a negative count is an error (22023).
 */
PG_FUNCTION_INFO_V1(hfstate_size_bucket_int8);
Datum
hfstate_size_bucket_int8(PG_FUNCTION_ARGS)
{
	int64		params = PG_GETARG_INT64(0);

	size_check_int8(params);
	PG_RETURN_OID(size_enum_oid(fcinfo, hf_size_bucket_labels,
								HF_SIZE_NBUCKETS,
								hf_size_bucket_index((double) params)));
}

/*
 * size_bucket(double precision): as the bigint version, for averages and
 * other fractional counts.  NaN and negative values are errors (22023).
 */
PG_FUNCTION_INFO_V1(hfstate_size_bucket_float8);
Datum
hfstate_size_bucket_float8(PG_FUNCTION_ARGS)
{
	double		params = PG_GETARG_FLOAT8(0);

	size_check_float8(params);
	PG_RETURN_OID(size_enum_oid(fcinfo, hf_size_bucket_labels,
								HF_SIZE_NBUCKETS,
								hf_size_bucket_index(params)));
}

/*
 * size_scale(bigint): fine scale class of a parameter count.  Strict; a
 * negative count is an error (22023).
 */
PG_FUNCTION_INFO_V1(hfstate_size_scale_int8);
Datum
hfstate_size_scale_int8(PG_FUNCTION_ARGS)
{
	int64		params = PG_GETARG_INT64(0);

	size_check_int8(params);
	PG_RETURN_OID(size_enum_oid(fcinfo, hf_size_scale_labels,
								HF_SIZE_NSCALES,
								hf_size_scale_index((double) params)));
}

/*
 * size_scale(double precision): as the bigint version; NaN and negative
 * values are errors (22023).
 */
PG_FUNCTION_INFO_V1(hfstate_size_scale_float8);
Datum
hfstate_size_scale_float8(PG_FUNCTION_ARGS)
{
	double		params = PG_GETARG_FLOAT8(0);

	size_check_float8(params);
	PG_RETURN_OID(size_enum_oid(fcinfo, hf_size_scale_labels,
								HF_SIZE_NSCALES,
								hf_size_scale_index(params)));
}
