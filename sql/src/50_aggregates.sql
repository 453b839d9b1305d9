/* sql/src/50_aggregates.sql */

-- Distribution aggregates over float8 values: weighted quantiles and median, Gini, top shares on
-- the state type wsample, and HHI and share_below on float8[] states (C: src/aggregate/wsample.c,
-- src/aggregate/aggregates.c).  Used by the report tables T2, T6 and T9.

------------------------------------------------------------------------------
-- Aggregates
------------------------------------------------------------------------------
-- Distribution aggregates: weighted quantiles, Gini, HHI, top shares, share_below.
-- C sources: src/aggregate/wsample.c (the wsample type), src/aggregate/aggregates.c (aggregate support).
-- Every aggregate has a combine function and PARALLEL = SAFE, and no state type is
-- internal, so the aggregates run in parallel plans and Citus can push them down.

-- ---------------------------------------------------------------------------
-- the weighted-sample state type
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.wsample;

CREATE FUNCTION @extschema@.wsample_in(pg_catalog.cstring)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_wsample_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.wsample_out(@extschema@.wsample)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'hfstate_wsample_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.wsample_recv(pg_catalog.internal)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_wsample_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.wsample_send(@extschema@.wsample)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'hfstate_wsample_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.wsample (
	INPUT = @extschema@.wsample_in,
	OUTPUT = @extschema@.wsample_out,
	RECEIVE = @extschema@.wsample_recv,
	SEND = @extschema@.wsample_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.wsample IS
'Weighted sample: a multiset of (value, weight) pairs plus the constant parameters of the aggregate that built it; state of the quantile, Gini and top-share aggregates. Text form v1;<params>;<value>[:<weight>],...';
COMMENT ON FUNCTION @extschema@.wsample_in(pg_catalog.cstring) IS
'Text input of hfstate.wsample (format v1;<params>;<value>[:<weight>],...).';
COMMENT ON FUNCTION @extschema@.wsample_out(@extschema@.wsample) IS
'Text output of hfstate.wsample; floats in shortest exact form, so text round-trips exactly.';
COMMENT ON FUNCTION @extschema@.wsample_recv(pg_catalog.internal) IS
'Binary input of hfstate.wsample (versioned wire format).';
COMMENT ON FUNCTION @extschema@.wsample_send(@extschema@.wsample) IS
'Binary output of hfstate.wsample (versioned wire format).';

-- ---------------------------------------------------------------------------
-- transition functions (STRICT: rows with a NULL argument are skipped; the
-- INITCOND is never NULL, so no first-row special case is needed)
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.wsample_add(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_add'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_add(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8) IS
'Transition of wsample_agg and weighted_median: add (value, weight); weight 0 skipped, negative or non-finite weight is an error.';

CREATE FUNCTION @extschema@.wsample_add_quantile(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_add_q'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_add_quantile(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
'Transition of weighted_quantile: add (value, weight) and record the level q (in [0,1], constant within a group).';

CREATE FUNCTION @extschema@.wsample_add_quantiles(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8[])
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_add_qs'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_add_quantiles(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8[]) IS
'Transition of weighted_quantiles: add (value, weight) and record the array of levels (constant within a group).';

CREATE FUNCTION @extschema@.wsample_add_value(@extschema@.wsample, pg_catalog.float8)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_add_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_add_value(@extschema@.wsample, pg_catalog.float8) IS
'Transition of gini: add a finite non-negative value with weight 1.';

CREATE FUNCTION @extschema@.wsample_add_top(@extschema@.wsample, pg_catalog.float8, pg_catalog.int8)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_add_top'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_add_top(@extschema@.wsample, pg_catalog.float8, pg_catalog.int8) IS
'Transition of top_share: add a finite non-negative value with weight 1 and record k (>= 1, constant within a group).';

CREATE FUNCTION @extschema@.wsample_add_fraction(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_add_frac'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_add_fraction(@extschema@.wsample, pg_catalog.float8, pg_catalog.float8) IS
'Transition of top_fraction_share: add a finite non-negative value with weight 1 and record the fraction (in (0,1], constant within a group).';

-- not STRICT: a NULL state is treated as empty (both NULL gives NULL)
CREATE FUNCTION @extschema@.wsample_combine(@extschema@.wsample, @extschema@.wsample)
RETURNS @extschema@.wsample
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_combine(@extschema@.wsample, @extschema@.wsample) IS
'Union of two weighted samples (combine function of the wsample aggregates); parameters must agree; NULL counts as empty.';

-- ---------------------------------------------------------------------------
-- final functions; the one-argument forms read the parameter stored in the
-- state, the two-argument forms take it explicitly (for states built by
-- wsample_agg, e.g. per-shard partial states)
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.wsample_quantile(@extschema@.wsample)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_quantile'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_quantile(@extschema@.wsample) IS
'Weighted quantile (percentile_disc of the expanded multiset) at the level stored in the state; NULL when empty.';

CREATE FUNCTION @extschema@.wsample_quantile(@extschema@.wsample, pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_quantile'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_quantile(@extschema@.wsample, pg_catalog.float8) IS
'Weighted quantile (percentile_disc of the expanded multiset) at level q in [0,1]; NULL when empty.';

CREATE FUNCTION @extschema@.wsample_quantiles(@extschema@.wsample)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_quantiles'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_quantiles(@extschema@.wsample) IS
'Weighted quantiles at the levels stored in the state; NULL when empty.';

CREATE FUNCTION @extschema@.wsample_quantiles(@extschema@.wsample, pg_catalog.float8[])
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_quantiles'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_quantiles(@extschema@.wsample, pg_catalog.float8[]) IS
'Weighted quantiles at the given levels (element i answers level i); NULL when empty.';

CREATE FUNCTION @extschema@.wsample_median(@extschema@.wsample)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_median'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_median(@extschema@.wsample) IS
'Weighted median (level 0.5, the lower median of the expanded multiset); NULL when empty.';

CREATE FUNCTION @extschema@.wsample_gini(@extschema@.wsample)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_gini'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_gini(@extschema@.wsample) IS
'Gini coefficient of the expanded multiset (weights as multiplicities); NULL when empty or the sum is 0.';

CREATE FUNCTION @extschema@.wsample_top_share(@extschema@.wsample)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_top_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_top_share(@extschema@.wsample) IS
'Share of the total held by the k largest values, k stored in the state; NULL when empty or the sum is 0.';

CREATE FUNCTION @extschema@.wsample_top_share(@extschema@.wsample, pg_catalog.int8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_top_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_top_share(@extschema@.wsample, pg_catalog.int8) IS
'Share of the total held by the k largest values (k >= 1); NULL when empty or the sum is 0.';

CREATE FUNCTION @extschema@.wsample_top_fraction_share(@extschema@.wsample)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_top_fraction_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_top_fraction_share(@extschema@.wsample) IS
'Share of the total held by the ceil(fraction * n) largest values, fraction stored in the state; NULL when empty or the sum is 0.';

CREATE FUNCTION @extschema@.wsample_top_fraction_share(@extschema@.wsample, pg_catalog.float8)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_ws_top_fraction_share'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.wsample_top_fraction_share(@extschema@.wsample, pg_catalog.float8) IS
'Share of the total held by the ceil(fraction * n) largest values, fraction in (0,1]; NULL when empty or the sum is 0.';

-- ---------------------------------------------------------------------------
-- wsample aggregates
-- ---------------------------------------------------------------------------

CREATE AGGREGATE @extschema@.wsample_agg(pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.wsample_add,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wsample_agg(pg_catalog.float8, pg_catalog.float8) IS
'The weighted sample of (value, weight) rows itself, e.g. a per-shard partial state; finalise with wsample_quantile and friends.';

CREATE AGGREGATE @extschema@.wsample_union(@extschema@.wsample) (
	SFUNC = @extschema@.wsample_combine,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.wsample_union(@extschema@.wsample) IS
'Union of weighted samples (e.g. combining per-shard partial states); NULL inputs are skipped.';

CREATE AGGREGATE @extschema@.weighted_quantile(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.wsample_add_quantile,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	FINALFUNC = @extschema@.wsample_quantile,
	FINALFUNC_MODIFY = READ_ONLY,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weighted_quantile(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
'weighted_quantile(value, weight, q): smallest value whose cumulative weight reaches q times the total (percentile_disc of the multiset where each value appears weight times). NULL rows and weight 0 skipped; NULL when no weight.';

CREATE AGGREGATE @extschema@.weighted_quantiles(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8[]) (
	SFUNC = @extschema@.wsample_add_quantiles,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	FINALFUNC = @extschema@.wsample_quantiles,
	FINALFUNC_MODIFY = READ_ONLY,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weighted_quantiles(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8[]) IS
'weighted_quantiles(value, weight, q[]): weighted_quantile at each level of q, in the order given.';

CREATE AGGREGATE @extschema@.weighted_median(pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.wsample_add,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	FINALFUNC = @extschema@.wsample_median,
	FINALFUNC_MODIFY = READ_ONLY,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weighted_median(pg_catalog.float8, pg_catalog.float8) IS
'weighted_median(value, weight): weighted_quantile at level 0.5 (lower median of the expanded multiset).';

CREATE AGGREGATE @extschema@.gini(pg_catalog.float8) (
	SFUNC = @extschema@.wsample_add_value,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	FINALFUNC = @extschema@.wsample_gini,
	FINALFUNC_MODIFY = READ_ONLY,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gini(pg_catalog.float8) IS
'Gini coefficient of non-negative values, sum((2i-n-1) x_i)/(n sum x) over ascending x; NULLs skipped; NULL when empty or the sum is 0.';

CREATE AGGREGATE @extschema@.top_share(pg_catalog.float8, pg_catalog.int8) (
	SFUNC = @extschema@.wsample_add_top,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	FINALFUNC = @extschema@.wsample_top_share,
	FINALFUNC_MODIFY = READ_ONLY,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.top_share(pg_catalog.float8, pg_catalog.int8) IS
'top_share(value, k): share of the sum held by the k largest values (1 when k exceeds the count); NULLs skipped; NULL when empty or the sum is 0.';

CREATE AGGREGATE @extschema@.top_fraction_share(pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.wsample_add_fraction,
	STYPE = @extschema@.wsample,
	COMBINEFUNC = @extschema@.wsample_combine,
	FINALFUNC = @extschema@.wsample_top_fraction_share,
	FINALFUNC_MODIFY = READ_ONLY,
	INITCOND = 'v1;;',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.top_fraction_share(pg_catalog.float8, pg_catalog.float8) IS
'top_fraction_share(value, fraction): share of the sum held by the ceil(fraction * n) largest values; NULLs skipped; NULL when empty or the sum is 0.';

-- ---------------------------------------------------------------------------
-- HHI and share_below on float8[] states
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.hhi_trans(pg_catalog.float8[], pg_catalog.float8)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'hfstate_agg_hhi_trans'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hhi_trans(pg_catalog.float8[], pg_catalog.float8) IS
'Transition of hhi: state {n, sum, sum of squares}; value must be finite and non-negative.';

-- not STRICT: a NULL state is treated as empty (both NULL gives NULL)
CREATE FUNCTION @extschema@.hhi_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'hfstate_agg_hhi_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hhi_combine(pg_catalog.float8[], pg_catalog.float8[]) IS
'Combine function of hhi: element-wise sum of two {n, sum, sum of squares} states.';

CREATE FUNCTION @extschema@.hhi_final(pg_catalog.float8[])
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_hhi_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hhi_final(pg_catalog.float8[]) IS
'Final function of hhi: 10000 * sum of squares / sum^2; NULL when empty or the sum is 0.';

CREATE AGGREGATE @extschema@.hhi(pg_catalog.float8) (
	SFUNC = @extschema@.hhi_trans,
	STYPE = pg_catalog.float8[],
	COMBINEFUNC = @extschema@.hhi_combine,
	FINALFUNC = @extschema@.hhi_final,
	INITCOND = '{0,0,0}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hhi(pg_catalog.float8) IS
'Herfindahl-Hirschman index, shares in percent (0 to 10000), one value per market participant; NULLs skipped; NULL when empty or the sum is 0.';

CREATE FUNCTION @extschema@.share_below_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'hfstate_agg_below_trans'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.share_below_trans(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8) IS
'Transition of share_below: state {n, n below threshold, threshold}.';

-- not STRICT: a NULL state is treated as empty (both NULL gives NULL)
CREATE FUNCTION @extschema@.share_below_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'hfstate_agg_below_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.share_below_combine(pg_catalog.float8[], pg_catalog.float8[]) IS
'Combine function of share_below: adds counts; thresholds must agree.';

CREATE FUNCTION @extschema@.share_below_final(pg_catalog.float8[])
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'hfstate_agg_below_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.share_below_final(pg_catalog.float8[]) IS
'Final function of share_below: fraction of rows below the threshold; NULL when empty.';

CREATE AGGREGATE @extschema@.share_below(pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.share_below_trans,
	STYPE = pg_catalog.float8[],
	COMBINEFUNC = @extschema@.share_below_combine,
	FINALFUNC = @extschema@.share_below_final,
	INITCOND = '{0,0,NaN}',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.share_below(pg_catalog.float8, pg_catalog.float8) IS
'share_below(value, threshold): fraction of non-NULL rows with value < threshold (threshold constant within a group); NULL when empty.';
