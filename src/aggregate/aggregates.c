/*
 * src/aggregate/aggregates.c
 *
 * Transition, combine and final functions of the distribution aggregates:
 * weighted quantiles and median, Gini coefficient, top-k and top-fraction
 * shares (all on the hfstate.wsample state), HHI and share_below (on small
 * float8[] states).  Every state type is a plain SQL type, so the aggregates
 * run in parallel plans and can be pushed down by Citus; every combine and
 * final function accepts the empty INITCOND state.
 *
 * Weights are counts: a pair (v, w) stands for w copies of v, and every
 * statistic is that of the expanded multiset.  With integer weights whose
 * sums stay below 2^53 all comparisons of cumulative weights are exact, so
 * the weighted quantile equals percentile_disc on the expanded rows.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/memutils.h"

#include "aggregate/wsample.h"

#define ST_SORT hf_agg_sort_pairs
#define ST_ELEMENT_TYPE WSamplePair
#define ST_COMPARE(a, b) \
	(((a)->value < (b)->value) ? -1 : (((a)->value > (b)->value) ? 1 : 0))
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"

/* ----------------------------------------------------------------
 * helpers for the wsample family
 * ----------------------------------------------------------------
 */

/*
 * Open the wsample state in argument 0 for appending.  Inside an aggregate
 * the state is a read-write expanded object below the aggregate context (set
 * *inagg); called as a plain function it is a fresh copy in the current
 * context.
 */
static ExpandedWSample *
hf_agg_open(FunctionCallInfo fcinfo, bool *inagg)
{
	MemoryContext aggcontext;

	*inagg = AggCheckCallContext(fcinfo, &aggcontext) != 0;
	if (!*inagg)
		aggcontext = CurrentMemoryContext;
	return hf_ws_rw_state(fcinfo, 0, aggcontext, *inagg);
}

/*
 * Return an updated state: the expanded object itself inside an aggregate,
 * its flat form otherwise.
 */
static Datum
hf_agg_close(ExpandedWSample *ews, bool inagg)
{
	if (inagg)
		return EOHPGetRWDatum(&ews->hdr);
	return hf_ws_flat_datum(ews);
}

/*
 * Bind the constant aggregate parameters to the state: the first row sets
 * them, later rows must repeat them exactly (22023 otherwise).
 */
static void
hf_agg_bind(ExpandedWSample *ews, const float8 *params, int32 nparams,
			const char *what)
{
	if (ews->nparams == 0)
	{
		hf_ws_set_params(ews, params, nparams);
		return;
	}
	if (ews->nparams != nparams ||
		memcmp(ews->params, params, nparams * sizeof(float8)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be constant within a group", what),
				 errdetail("The aggregate saw a different %s on a later row.", what),
				 errhint("Pass a constant, or aggregate the groups with different %s separately.", what)));
}

/*
 * Check a quantile level: not NaN and within [0, 1] (22023 otherwise).
 */
static void
hf_agg_check_q(float8 q)
{
	if (isnan(q) || q < 0.0 || q > 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("quantile level %g is not between 0 and 1", q),
				 errhint("Use a level such as 0.5 for the median.")));
}

/*
 * Check one weighted row: value not NaN, weight finite and >= 0 (22023
 * naming the value otherwise).  Returns false for weight 0 (row skipped).
 */
static bool
hf_agg_check_weighted(float8 value, float8 weight)
{
	if (isnan(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value must not be NaN in a weighted quantile")));
	if (isnan(weight) || isinf(weight) || weight < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weight %g of value %g is not a finite non-negative number",
						weight, value),
				 errdetail("Weights are counts, such as downloads."),
				 errhint("Filter out or clamp invalid weights before aggregating.")));
	return weight > 0.0;
}

/*
 * Check one value of a concentration statistic (gini, hhi, top shares):
 * finite and >= 0 (22023 otherwise).
 */
static void
hf_agg_check_nonneg(float8 value, const char *fn)
{
	if (isnan(value) || isinf(value) || value < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs finite non-negative values, got %g", fn, value),
				 errhint("Filter out negative or infinite values before aggregating.")));
}

/*
 * Copy the pairs of a state into a scratch array in the current context (the
 * final functions never reorder the state itself, so repeated finalisation
 * in window frames stays correct).  Sets *total to the total weight.
 */
static WSamplePair *
hf_agg_copy_pairs(const WSampleView *view, float8 *total)
{
	WSamplePair *a;
	float8		w = 0.0;
	int64		i;

	a = (WSamplePair *) palloc_extended((Size) Max(view->npairs, 1) *
										sizeof(WSamplePair), MCXT_ALLOC_HUGE);
	memcpy(a, view->pairs, (Size) view->npairs * sizeof(WSamplePair));
	for (i = 0; i < view->npairs; i++)
		w += a[i].weight;
	*total = w;
	return a;
}

/*
 * Weighted selection: the smallest value x of a[0..n-1] such that the total
 * weight of the values <= x is >= target.  Randomised three-way quickselect,
 * expected O(n); after too many rounds the rest is sorted (O(n log n) worst
 * case).  Reorders a; n must be >= 1.
 */
static float8
hf_agg_weighted_select(WSamplePair *a, int64 n, float8 target)
{
	int64		lo = 0;
	int64		hi = n;
	float8		base = 0.0;
	uint64		rng = 0x9E3779B97F4A7C15ULL ^ (uint64) n;
	int			rounds = 0;
	int			maxrounds = 16;
	int64		m;

	for (m = n; m > 1; m >>= 1)
		maxrounds += 2;

	while (hi - lo > 1)
	{
		float8		pivot;
		float8		wl = 0.0;
		float8		we = 0.0;
		int64		lt = lo;
		int64		i = lo;
		int64		gt = hi;
		WSamplePair tmp;

		CHECK_FOR_INTERRUPTS();
		if (++rounds > maxrounds)
		{
			hf_agg_sort_pairs(a + lo, hi - lo);
			for (i = lo; i < hi; i++)
			{
				base += a[i].weight;
				if (base >= target)
					return a[i].value;
			}
			return a[hi - 1].value;
		}

		rng ^= rng << 13;
		rng ^= rng >> 7;
		rng ^= rng << 17;
		pivot = a[lo + (int64) (rng % (uint64) (hi - lo))].value;

		/* [lo,lt) < pivot, [lt,i) = pivot, [gt,hi) > pivot */
		while (i < gt)
		{
			if (a[i].value < pivot)
			{
				tmp = a[lt];
				a[lt] = a[i];
				a[i] = tmp;
				wl += a[lt].weight;
				lt++;
				i++;
			}
			else if (a[i].value > pivot)
			{
				gt--;
				tmp = a[gt];
				a[gt] = a[i];
				a[i] = tmp;
			}
			else
			{
				we += a[i].weight;
				i++;
			}
		}
		if (lt > lo && base + wl >= target)
			hi = lt;
		else if (gt == hi || base + wl + we >= target)
			return pivot;
		else
		{
			base += wl + we;
			lo = gt;
		}
	}
	return a[lo].value;
}

/*
 * Weighted quantiles of a state at levels q[0..nq-1] into out[]; returns
 * false (no answer) for an empty state.  One level uses quickselect, more
 * levels sort once and binary-search the cumulative weights.
 */
static bool
hf_agg_quantiles(const WSampleView *view, const float8 *q, int nq,
				 float8 *out)
{
	WSamplePair *a;
	float8		total;
	int64		n = view->npairs;
	int64		i;
	int			j;

	if (n == 0)
		return false;
	a = hf_agg_copy_pairs(view, &total);
	if (total <= 0.0)
		return false;
	if (nq == 1)
	{
		out[0] = hf_agg_weighted_select(a, n, q[0] * total);
		pfree(a);
		return true;
	}

	hf_agg_sort_pairs(a, n);
	/* turn the weights into cumulative weights, summed in sorted order */
	for (i = 1; i < n; i++)
		a[i].weight += a[i - 1].weight;
	total = a[n - 1].weight;
	for (j = 0; j < nq; j++)
	{
		float8		target = q[j] * total;
		int64		lo = 0;
		int64		hi = n - 1;

		/* smallest i with cum[i] >= target; the last pair if rounding */
		while (lo < hi)
		{
			int64		mid = lo + (hi - lo) / 2;

			if (a[mid].weight >= target)
				hi = mid;
			else
				lo = mid + 1;
		}
		out[j] = a[lo].value;
	}
	pfree(a);
	return true;
}

/*
 * Check that every value of a state is finite and >= 0 (states built by
 * wsample_agg may hold anything that is not NaN).
 */
static void
hf_agg_check_view_nonneg(const WSampleView *view, const char *fn)
{
	int64		i;

	for (i = 0; i < view->npairs; i++)
		hf_agg_check_nonneg(view->pairs[i].value, fn);
}

/*
 * Share of sum(value * weight) held by the k largest elements of the
 * expanded multiset (k counted in weight units); NULL-result (false) when
 * the state is empty or the sum is 0.  k >= count gives 1.
 */
static bool
hf_agg_top_share(const WSampleView *view, float8 k, float8 *result)
{
	WSamplePair *a;
	float8		total;
	long double sum = 0.0;
	long double top = 0.0;
	float8		left = k;
	int64		i;

	if (view->npairs == 0)
		return false;
	a = hf_agg_copy_pairs(view, &total);
	for (i = 0; i < view->npairs; i++)
		sum += (long double) a[i].value * a[i].weight;
	if (sum <= 0.0)
	{
		pfree(a);
		return false;
	}
	hf_agg_sort_pairs(a, view->npairs);
	for (i = view->npairs - 1; i >= 0 && left > 0.0; i--)
	{
		float8		take = Min(left, a[i].weight);

		top += (long double) a[i].value * take;
		left -= take;
	}
	pfree(a);
	*result = (float8) (top / sum);
	if (*result > 1.0)
		*result = 1.0;
	return true;
}

/*
 * Read the single float8 parameter of a final function: the explicit second
 * argument when given, else the one the aggregate stored in the state.
 */
static float8
hf_agg_param(FunctionCallInfo fcinfo, const WSampleView *view,
			 const char *what)
{
	if (PG_NARGS() >= 2)
		return PG_GETARG_FLOAT8(1);
	if (view->nparams != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weighted sample carries no %s", what),
				 errdetail("The state holds %d parameters, 1 is needed.",
						   view->nparams),
				 errhint("Pass the %s as the second argument.", what)));
	return view->params[0];
}

/* ----------------------------------------------------------------
 * wsample transition functions (all STRICT: NULL rows are skipped)
 * ----------------------------------------------------------------
 */

/*
 * wsample_agg / weighted_median transition: append (value, weight).  Weight
 * 0 rows are skipped; negative, NaN or infinite weight or NaN value: 22023.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_add);
Datum
hfstate_agg_ws_add(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(1);
	float8		weight = PG_GETARG_FLOAT8(2);
	bool		inagg;
	ExpandedWSample *ews;

	ews = hf_agg_open(fcinfo, &inagg);
	if (hf_agg_check_weighted(value, weight))
		hf_ws_append(ews, value, weight);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/*
 * weighted_quantile transition: as hfstate_agg_ws_add, plus the level q
 * (in [0,1], constant within the group) stored in the state.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_add_q);
Datum
hfstate_agg_ws_add_q(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(1);
	float8		weight = PG_GETARG_FLOAT8(2);
	float8		q = PG_GETARG_FLOAT8(3);
	bool		inagg;
	ExpandedWSample *ews;

	ews = hf_agg_open(fcinfo, &inagg);
	if (ews->nparams == 0)
		hf_agg_check_q(q);
	hf_agg_bind(ews, &q, 1, "quantile level");
	if (hf_agg_check_weighted(value, weight))
		hf_ws_append(ews, value, weight);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/*
 * Read a float8[] of quantile levels: one dimension, no NULLs, at least one
 * element, each in [0,1] (22023 otherwise).  Sets *nq.
 */
static float8 *
hf_agg_levels(ArrayType *arr, int *nq, bool check)
{
	float8	   *q;
	int			i;

	if (ARR_NDIM(arr) != 1 || ARR_HASNULL(arr) ||
		ARR_ELEMTYPE(arr) != FLOAT8OID || ARR_DIMS(arr)[0] < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("quantile levels must be a one-dimensional float8 array without NULLs"),
				 errhint("Pass for example ARRAY[0.25, 0.5, 0.75].")));
	*nq = ARR_DIMS(arr)[0];
	/* one dimension and no NULL bitmap: the data follow the fixed header */
	q = (float8 *) (((char *) arr) + ARR_OVERHEAD_NONULLS(1));
	if (check)
		for (i = 0; i < *nq; i++)
			hf_agg_check_q(q[i]);
	return q;
}

/*
 * weighted_quantiles transition: as hfstate_agg_ws_add_q with an array of
 * levels, compared element by element with the stored ones on every row.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_add_qs);
Datum
hfstate_agg_ws_add_qs(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(1);
	float8		weight = PG_GETARG_FLOAT8(2);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(3);
	bool		inagg;
	ExpandedWSample *ews;
	float8	   *q;
	int			nq;

	ews = hf_agg_open(fcinfo, &inagg);
	q = hf_agg_levels(arr, &nq, ews->nparams == 0);
	hf_agg_bind(ews, q, nq, "array of quantile levels");
	if (hf_agg_check_weighted(value, weight))
		hf_ws_append(ews, value, weight);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/*
 * gini transition: append (value, 1); value must be finite and >= 0.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_add_value);
Datum
hfstate_agg_ws_add_value(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(1);
	bool		inagg;
	ExpandedWSample *ews;

	hf_agg_check_nonneg(value, "gini");
	ews = hf_agg_open(fcinfo, &inagg);
	hf_ws_append(ews, value, 1.0);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/*
 * top_share transition: append (value, 1) and store k (>= 1, constant).
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_add_top);
Datum
hfstate_agg_ws_add_top(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(1);
	int64		k = PG_GETARG_INT64(2);
	float8		kf;
	bool		inagg;
	ExpandedWSample *ews;

	if (k < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("top_share needs k >= 1, got " INT64_FORMAT, k)));
	hf_agg_check_nonneg(value, "top_share");
	kf = (float8) k;
	ews = hf_agg_open(fcinfo, &inagg);
	hf_agg_bind(ews, &kf, 1, "k");
	hf_ws_append(ews, value, 1.0);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/*
 * Check a top fraction: in (0, 1] (22023 otherwise).
 */
static void
hf_agg_check_fraction(float8 fraction)
{
	if (isnan(fraction) || fraction <= 0.0 || fraction > 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("top fraction %g is not in (0, 1]", fraction),
				 errhint("Use for example 0.01 for the top 1%%.")));
}

/*
 * top_fraction_share transition: append (value, 1) and store the fraction
 * (in (0,1], constant).
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_add_frac);
Datum
hfstate_agg_ws_add_frac(PG_FUNCTION_ARGS)
{
	float8		value = PG_GETARG_FLOAT8(1);
	float8		fraction = PG_GETARG_FLOAT8(2);
	bool		inagg;
	ExpandedWSample *ews;

	hf_agg_check_fraction(fraction);
	hf_agg_check_nonneg(value, "top_fraction_share");
	ews = hf_agg_open(fcinfo, &inagg);
	hf_agg_bind(ews, &fraction, 1, "fraction");
	hf_ws_append(ews, value, 1.0);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/*
 * Combine two wsample states (not STRICT: a NULL state is treated as
 * empty; both NULL gives NULL).  Parameters must agree when both states
 * carry some.  In an aggregate the first state is extended in place.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_combine);
Datum
hfstate_agg_ws_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	bool		inagg;
	ExpandedWSample *ews;
	WSampleView view;

	if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
		PG_RETURN_NULL();
	inagg = AggCheckCallContext(fcinfo, &aggcontext) != 0;
	if (!inagg)
		aggcontext = CurrentMemoryContext;
	ews = hf_ws_rw_state(fcinfo, 0, aggcontext, inagg);
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(hf_agg_close(ews, inagg));

	hf_ws_view(PG_GETARG_DATUM(1), &view);
	if (view.nparams > 0)
	{
		if (ews->nparams == 0)
			hf_ws_set_params(ews, view.params, view.nparams);
		else if (ews->nparams != view.nparams ||
				 memcmp(ews->params, view.params,
						view.nparams * sizeof(float8)) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot combine weighted samples built with different parameters"),
					 errdetail("The states carry different quantile levels, k or fractions."),
					 errhint("Combine only states of the same aggregate call.")));
	}
	if (view.pairs == ews->pairs)
	{
		/* combining a state with itself: reserve first, then copy */
		int64		n = ews->npairs;

		if (n > 0)
		{
			WSamplePair *copy = palloc_extended((Size) n * sizeof(WSamplePair),
												MCXT_ALLOC_HUGE);

			memcpy(copy, ews->pairs, (Size) n * sizeof(WSamplePair));
			hf_ws_append_many(ews, copy, n);
			pfree(copy);
		}
	}
	else
		hf_ws_append_many(ews, view.pairs, view.npairs);
	PG_RETURN_DATUM(hf_agg_close(ews, inagg));
}

/* ----------------------------------------------------------------
 * wsample final functions (STRICT, read-only: they work on a copy)
 * ----------------------------------------------------------------
 */

/*
 * Weighted quantile of a state at the stored level, or at the level given
 * as second argument.  Empty state or total weight 0: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_quantile);
Datum
hfstate_agg_ws_quantile(PG_FUNCTION_ARGS)
{
	WSampleView view;
	float8		q;
	float8		result;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	if (view.npairs == 0)
		PG_RETURN_NULL();
	q = hf_agg_param(fcinfo, &view, "quantile level");
	hf_agg_check_q(q);
	if (!hf_agg_quantiles(&view, &q, 1, &result))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

/*
 * Weighted median (level 0.5) of a state.  Empty state: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_median);
Datum
hfstate_agg_ws_median(PG_FUNCTION_ARGS)
{
	WSampleView view;
	float8		q = 0.5;
	float8		result;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	if (!hf_agg_quantiles(&view, &q, 1, &result))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

/*
 * Weighted quantiles of a state at the stored levels, or at the float8[]
 * given as second argument; result[i] answers level i.  Empty state: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_quantiles);
Datum
hfstate_agg_ws_quantiles(PG_FUNCTION_ARGS)
{
	WSampleView view;
	const float8 *q;
	int			nq;
	float8	   *out;
	Datum	   *elems;
	int			i;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	if (view.npairs == 0)
		PG_RETURN_NULL();
	if (PG_NARGS() >= 2)
		q = hf_agg_levels(PG_GETARG_ARRAYTYPE_P(1), &nq, true);
	else
	{
		if (view.nparams < 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("weighted sample carries no quantile levels"),
					 errhint("Pass the levels as the second argument.")));
		q = view.params;
		nq = view.nparams;
		for (i = 0; i < nq; i++)
			hf_agg_check_q(q[i]);
	}
	out = (float8 *) palloc(nq * sizeof(float8));
	if (!hf_agg_quantiles(&view, q, nq, out))
		PG_RETURN_NULL();
	elems = (Datum *) palloc(nq * sizeof(Datum));
	for (i = 0; i < nq; i++)
		elems[i] = Float8GetDatum(out[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, nq, FLOAT8OID, sizeof(float8),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * Gini coefficient of the expanded multiset:
 * G = sum_i (2i - n - 1) x_(i) / (n sum x), x ascending, i = 1..n; a pair
 * (x, w) covering positions a+1..a+w contributes x w (2a + w - n).  Values
 * must be finite and >= 0 (22023).  Empty state or sum 0: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_gini);
Datum
hfstate_agg_ws_gini(PG_FUNCTION_ARGS)
{
	WSampleView view;
	WSamplePair *a;
	float8		n;
	long double num = 0.0;
	long double sumx = 0.0;
	long double before = 0.0;
	int64		i;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	if (view.npairs == 0)
		PG_RETURN_NULL();
	hf_agg_check_view_nonneg(&view, "gini");
	a = hf_agg_copy_pairs(&view, &n);
	hf_agg_sort_pairs(a, view.npairs);
	for (i = 0; i < view.npairs; i++)
	{
		long double x = a[i].value;
		long double w = a[i].weight;

		num += x * w * (2.0L * before + w - (long double) n);
		sumx += x * w;
		before += w;
	}
	pfree(a);
	if (sumx <= 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((float8) (num / ((long double) n * sumx)));
}

/*
 * Share of the total held by the k largest values, k stored in the state or
 * given as bigint second argument (k >= 1, 22023 otherwise).  k larger than
 * the count gives 1.  Empty state or total 0: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_top_share);
Datum
hfstate_agg_ws_top_share(PG_FUNCTION_ARGS)
{
	WSampleView view;
	float8		k;
	float8		result;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	if (view.npairs == 0)
		PG_RETURN_NULL();
	if (PG_NARGS() >= 2)
		k = (float8) PG_GETARG_INT64(1);
	else
		k = hf_agg_param(fcinfo, &view, "k");
	if (!(k >= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("top_share needs k >= 1, got %g", k)));
	hf_agg_check_view_nonneg(&view, "top_share");
	if (!hf_agg_top_share(&view, k, &result))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

/*
 * Share of the total held by the ceil(fraction * n) largest values (n the
 * total weight, i.e. the row count), fraction stored in the state or given
 * as second argument, in (0, 1] (22023 otherwise).  Empty or total 0: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_ws_top_fraction_share);
Datum
hfstate_agg_ws_top_fraction_share(PG_FUNCTION_ARGS)
{
	WSampleView view;
	float8		fraction;
	float8		n = 0.0;
	float8		result;
	int64		i;

	hf_ws_view(PG_GETARG_DATUM(0), &view);
	if (view.npairs == 0)
		PG_RETURN_NULL();
	fraction = hf_agg_param(fcinfo, &view, "fraction");
	hf_agg_check_fraction(fraction);
	hf_agg_check_view_nonneg(&view, "top_fraction_share");
	for (i = 0; i < view.npairs; i++)
		n += view.pairs[i].weight;
	if (!hf_agg_top_share(&view, ceil(fraction * n), &result))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(result);
}

/* ----------------------------------------------------------------
 * float8[] states: hhi {n, sum, sumsq} and share_below {n, nbelow, threshold}
 * ----------------------------------------------------------------
 */

/*
 * Check that a float8[] state has exactly nelems non-NULL elements and return
 * a pointer to them (22023 for a malformed state).
 */
static float8 *
hf_agg_f8state(ArrayType *arr, int nelems, const char *fn)
{
	if (ARR_NDIM(arr) != 1 || ARR_DIMS(arr)[0] != nelems || ARR_HASNULL(arr) ||
		ARR_ELEMTYPE(arr) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s state", fn),
				 errdetail("The state must be a float8 array of %d elements without NULLs.",
						   nelems)));
	/* one dimension and no NULL bitmap: the data follow the fixed header */
	return (float8 *) (((char *) arr) + ARR_OVERHEAD_NONULLS(1));
}

/*
 * Build a new 3-element float8[] state in the current context.
 */
static ArrayType *
hf_agg_f8state3(const float8 *v)
{
	Datum		elems[3];

	elems[0] = Float8GetDatum(v[0]);
	elems[1] = Float8GetDatum(v[1]);
	elems[2] = Float8GetDatum(v[2]);
	return construct_array(elems, 3, FLOAT8OID, sizeof(float8),
						   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/*
 * hhi transition: n += 1, sum += x, sumsq += x^2; x finite and >= 0
 * (22023).  Updates the state in place inside an aggregate.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_hhi_trans);
Datum
hfstate_agg_hhi_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	float8		x = PG_GETARG_FLOAT8(1);
	float8	   *s = hf_agg_f8state(arr, 3, "hhi");
	float8		v[3];

	hf_agg_check_nonneg(x, "hhi");
	if (AggCheckCallContext(fcinfo, NULL))
	{
		s[0] += 1.0;
		s[1] += x;
		s[2] += x * x;
		PG_RETURN_ARRAYTYPE_P(arr);
	}
	v[0] = s[0] + 1.0;
	v[1] = s[1] + x;
	v[2] = s[2] + x * x;
	PG_RETURN_ARRAYTYPE_P(hf_agg_f8state3(v));
}

/*
 * hhi combine: element-wise sum (not STRICT: a NULL state is treated as
 * empty, both NULL gives NULL).
 */
PG_FUNCTION_INFO_V1(hfstate_agg_hhi_combine);
Datum
hfstate_agg_hhi_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a;
	float8	   *s1;
	float8	   *s2;
	float8		v[3];

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
		PG_RETURN_DATUM(PG_GETARG_DATUM(1));
	a = PG_GETARG_ARRAYTYPE_P(0);
	s1 = hf_agg_f8state(a, 3, "hhi");
	s2 = hf_agg_f8state(PG_GETARG_ARRAYTYPE_P(1), 3, "hhi");
	if (AggCheckCallContext(fcinfo, NULL))
	{
		s1[0] += s2[0];
		s1[1] += s2[1];
		s1[2] += s2[2];
		PG_RETURN_ARRAYTYPE_P(a);
	}
	v[0] = s1[0] + s2[0];
	v[1] = s1[1] + s2[1];
	v[2] = s1[2] + s2[2];
	PG_RETURN_ARRAYTYPE_P(hf_agg_f8state3(v));
}

/*
 * hhi final: 10000 * sumsq / sum^2, from 0 to 10000.  No rows or sum 0:
 * NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_hhi_final);
Datum
hfstate_agg_hhi_final(PG_FUNCTION_ARGS)
{
	float8	   *s = hf_agg_f8state(PG_GETARG_ARRAYTYPE_P(0), 3, "hhi");

	if (s[0] <= 0.0 || s[1] <= 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(10000.0 * s[2] / (s[1] * s[1]));
}

/*
 * share_below transition: n += 1, nbelow += (x < threshold); the threshold
 * (not NaN, constant within the group) is kept in the third element, which
 * is NaN in the empty INITCOND state.  NaN x: 22023.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_below_trans);
Datum
hfstate_agg_below_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	float8		x = PG_GETARG_FLOAT8(1);
	float8		t = PG_GETARG_FLOAT8(2);
	float8	   *s = hf_agg_f8state(arr, 3, "share_below");
	float8		v[3];

	if (isnan(x) || isnan(t))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("share_below does not accept NaN values or thresholds")));
	if (s[0] > 0.0 && s[2] != t)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("threshold must be constant within a group"),
				 errdetail("The aggregate saw threshold %g, then %g.", s[2], t)));
	v[0] = s[0] + 1.0;
	v[1] = s[1] + (x < t ? 1.0 : 0.0);
	v[2] = t;
	if (AggCheckCallContext(fcinfo, NULL))
	{
		memcpy(s, v, sizeof(v));
		PG_RETURN_ARRAYTYPE_P(arr);
	}
	PG_RETURN_ARRAYTYPE_P(hf_agg_f8state3(v));
}

/*
 * share_below combine: add counts; thresholds must agree when both states
 * saw rows (22023).  Not STRICT: NULL is treated as empty.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_below_combine);
Datum
hfstate_agg_below_combine(PG_FUNCTION_ARGS)
{
	float8	   *s1;
	float8	   *s2;
	float8		v[3];

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
		PG_RETURN_DATUM(PG_GETARG_DATUM(1));
	s1 = hf_agg_f8state(PG_GETARG_ARRAYTYPE_P(0), 3, "share_below");
	s2 = hf_agg_f8state(PG_GETARG_ARRAYTYPE_P(1), 3, "share_below");
	if (s2[0] <= 0.0)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	if (s1[0] <= 0.0)
		PG_RETURN_DATUM(PG_GETARG_DATUM(1));
	if (s1[2] != s2[2])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine share_below states with different thresholds"),
				 errdetail("Thresholds %g and %g differ.", s1[2], s2[2])));
	v[0] = s1[0] + s2[0];
	v[1] = s1[1] + s2[1];
	v[2] = s1[2];
	PG_RETURN_ARRAYTYPE_P(hf_agg_f8state3(v));
}

/*
 * share_below final: nbelow / n.  No rows: NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_agg_below_final);
Datum
hfstate_agg_below_final(PG_FUNCTION_ARGS)
{
	float8	   *s = hf_agg_f8state(PG_GETARG_ARRAYTYPE_P(0), 3, "share_below");

	if (s[0] <= 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(s[1] / s[0]);
}
