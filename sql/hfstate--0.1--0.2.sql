/* sql/hfstate--0.1--0.2.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION hfstate UPDATE TO '0.2'" to load this file. \quit

-- 0.2: the C analytics core: parameter counts from config.json (MoE active
-- parameters), sizes from names, size buckets in C, packed safetensors counts,
-- quantization detection, lineage over the model graph, and exact
-- parallel-safe aggregates whose states survive Citus.

------------------------------------------------------------------------------
-- Names, size buckets, packed safetensors counts, quantization
------------------------------------------------------------------------------
-- Sizes parsed from repo names, size buckets, packed safetensors counts and
-- quantization detection (report table T6, T7).  C sources: src/names.c,
-- src/size.c, src/quant.c.

-- Parameters from the repo name --------------------------------------------

CREATE FUNCTION @extschema@.name_params(name text, OUT total bigint, OUT active bigint,
                                        OUT token text, OUT reason text, OUT line text)
RETURNS record
AS 'MODULE_PATHNAME', 'hfstate_name_params'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.name_params(text) IS
'Total and active parameter counts stated by a repo name ("owner/name" or a bare name; only the part after the last "/" is read), the name word(s) they were read from (token), when total is NULL, why (reason: no size token, zero size, token count, draft head, active count only, effective count only), and the official release whose published counts were taken instead of the rounded size (line). '
'The examples below give what the words state; for a known model line (at the end) total and active are that line''s published counts instead. '
'The name is cut into words at every character that is not an ASCII letter or digit, except a "." between digits, a decimal point ("3.1", "0.5B"). '
'A size is a whole word NUM UNIT, NUM = up to 5 digits with up to 4 decimals, UNIT = B (1e9), M (1e6) or T (1e12) in either case, '
'optionally BLOOM decimals after the unit ("7b1" = 7.1e9) or an attached active part ("30BA3B"); a one-digit word, "_" and a size are one size with a decimal point when the digit is 0 or 1 or follows a version ("stablelm-2-1_6b" = 1.6e9), otherwise the digit is a version ("LLAMA-3_8B" = 8e9, "llama_3_1_8b" = 8e9). '
'"A<size>" ("A3B", "a400m") is an active count, "E<size>" ("E4B", gemma-3n) an effective (active) count, "<N>x<size>" ("8x7B") '
'an MoE total of N*size with active NULL; this is an upper bound, since attention and embeddings are shared (Beyonder-4x7B gives 28e9, its true total is 24.2e9). '
'Draft and speculator heads carry the size of the model they serve and give no counts (reason draft head): names with the word eagle3, speculator(s) or dflash, with eagle or eagle2 not followed by a size, starting or ending with medusa, or ending with accelerator; after the word draft, a size is the draft model''s own. '
'The first size word decides, except that a plain size below 1e9 yields to a later, not adjacent, size from 1e9 to below 1e12 ("Infinity-Instruct-3M-0625-Llama3-70B" = 70e9); the next word may refine it: "A<size>" sets active ("Qwen3-30B-A3B" = 30e9/3e9), an expert count '
'"<N>E" makes the size the active count with total NULL ("Llama-4-Scout-17B-16E" = NULL/17e9), a larger plain size at most 12 times as large makes the pair '
'active/total ("OLMoE-1B-7B" = 7e9/1e9). Training-token counts are not sizes: a larger size still right after the size ("bitnet-b1.58-2B-4T" = 2e9, "transformer-1.3B-100B" = 1.3e9) and a size next to the word tokens, token or tok ("nucleus-22B-token-500B" = 22e9). '
'Versions (v0.2, 3.1), context lengths (4k, 128K), dates, GGUF types (Q4_K_M), int4, 4bit, 8x and counts above 1e15 are not sizes. '
'Known model lines: when the words right before the size words name one of 42 open model lines (Gemma 1/2/3, Llama 2/3/3.1/3.2/3.3/4, Qwen 1/1.5/2/2.5/3, Qwen2-VL, Mistral, Mixtral, DeepSeek-R1-Distill, Pythia, OPT, BLOOM, Falcon, SmolLM, TinyLlama, Yi, OLMo(E), Granite 3.0/3.1, ...) and the size is one the line was released in, total and active are the published counts of that release (safetensors totals of the official repos; the model card''s figures or the official config.json''s count where that total counts something else) and line is its Hub id: "gemma-2b" = 2,506,172,416 (google/gemma-2b), "Llama-3.2-1B-Instruct" = 1,235,814,400, "Mixtral-8x7B-v0.1" = 46,702,792,704 with 12.9e9 active, "Llama-4-Scout-17B-16E" = 109e9/17e9. '
'For such a line, "pythia2-8b" is 2.8e9 and "qwen_1_8b" 1.8e9 (a "-" or "_" between digits as a decimal point when only that reading is a size of the line). NULL name gives NULL.';

-- Size buckets ---------------------------------------------------------------

CREATE TYPE @extschema@.size_scale AS ENUM
	('<100M', '100M–1B', '1–3B', '3–10B', '10–30B', '30–100B', '100–300B', '300B–1T', '1T+');

COMMENT ON TYPE @extschema@.size_scale IS
'Fine size class of a parameter count, half-open intervals [a, b): <100M, 100M–1B, 1–3B, 3–10B, 10–30B, 30–100B, 100–300B, 300B–1T, 1T+. Labels use an en dash (U+2013).';

-- C rather than an inlinable SQL CASE: a negative or NaN count must raise
-- SQLSTATE 22023 naming the value, which a SQL-language function cannot do.
CREATE OR REPLACE FUNCTION @extschema@.size_bucket(params bigint)
RETURNS @extschema@.size_bucket
AS 'MODULE_PATHNAME', 'hfstate_size_bucket_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.size_bucket(bigint) IS
'Coarse size bucket of a parameter count: <1B below 1e9, 1–9B in [1e9, 1e10), 10–99B in [1e10, 1e11), 100B+ from 1e11. NULL gives NULL; a negative count raises 22023.';

CREATE FUNCTION @extschema@.size_bucket(params double precision)
RETURNS @extschema@.size_bucket
AS 'MODULE_PATHNAME', 'hfstate_size_bucket_float8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.size_bucket(double precision) IS
'Coarse size bucket of a fractional parameter count (means, numeric input): same bounds as size_bucket(bigint). NULL gives NULL; negative or NaN raises 22023; +Infinity is 100B+.';

CREATE FUNCTION @extschema@.size_scale(params bigint)
RETURNS @extschema@.size_scale
AS 'MODULE_PATHNAME', 'hfstate_size_scale_int8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.size_scale(bigint) IS
'Fine size class of a parameter count, bounds 1e8, 1e9, 3e9, 1e10, 3e10, 1e11, 3e11, 1e12 (intervals [a, b)). NULL gives NULL; a negative count raises 22023.';

CREATE FUNCTION @extschema@.size_scale(params double precision)
RETURNS @extschema@.size_scale
AS 'MODULE_PATHNAME', 'hfstate_size_scale_float8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.size_scale(double precision) IS
'Fine size class of a fractional parameter count: same bounds as size_scale(bigint). NULL gives NULL; negative or NaN raises 22023; +Infinity is 1T+.';

-- Packed safetensors counts --------------------------------------------------

-- Not STRICT: quant_method may be NULL (no correction); a NULL safetensors
-- gives NULL inside the function.
CREATE FUNCTION @extschema@.safetensors_params(safetensors jsonb, quant_method text DEFAULT NULL)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_quant_safetensors_params'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.safetensors_params(jsonb, text) IS
'Parameter count of a Hub safetensors object {"parameters": {DTYPE: n, ...}, "total": n}: the sum of parameters (JSON nulls skipped), '
'with U8 counts doubled when quant_method is mxfp4, nvfp4 or bitsandbytes 4-bit (bitsandbytes, bitsandbytes_4bit, bnb4, bnb-4bit, nf4; '
'bitsandbytes_8bit stores I8 and is not corrected) and I32 counts multiplied by 8 when it is gptq, awq, autoround (GPTQ-style int32 qweight) or compressed-tensors '
'(4-bit pack-quantized, the only compressed-tensors format stored as I32); other methods and NULL apply no factor. '
'Quantization scales stored in the same dtype are multiplied too (mxfp4: +1/16 of the expert weights). '
'When parameters is absent, null or empty, total is returned uncorrected; when both exist the sum wins, since dumps carry totals '
'read from file metadata that disagree with the tensors. NULL safetensors, a non-object, parameters not an object, a count that is '
'not a whole non-negative number, or overflow gives NULL. Feed it RAW element counts: recent Hub dumps already unpack mxfp4, gptq/awq '
'qweight, bitsandbytes 4-bit and compressed-tensors counts, and correcting those again doubles (gpt-oss-20b, 21.5e9, would become 41e9).';

-- Quantization ---------------------------------------------------------------

-- Not STRICT: every argument may be NULL; a NULL argument is simply not a source.
CREATE FUNCTION @extschema@.quantization(name text, tags text[], quant_method text, files text[], relation text,
	OUT method text, OUT bits smallint)
RETURNS record
AS 'MODULE_PATHNAME', 'hfstate_quant_quantization'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.quantization(text, text[], text, text[], text) IS
'Quantization method and bit width of a model repo. Method, from the first source that names one: quant_method '
'(config.json quantization_config.quant_method; "modelopt" is refined to fp8/nvfp4 from tags or name), tags (gguf, gptq, awq, exl2, '
'bitsandbytes, fp8, mlx, compressed-tensors, autoround, ...), file names (any *.gguf; *.exl2, *.mlx, gptq_model-4bit-*), words of the '
'name (GGUF, AWQ, GPTQ, EXL2, MLX, FP8, bnb, nf4, MXFP4, NVFP4, AutoRound, W4A16, Q4_K_M, IQ2_XS). Canonical methods: gguf, gptq, awq, '
'exl2, bitsandbytes, fp8, mxfp4, nvfp4, mlx, compressed-tensors, hqq, aqlm, eetq, torchao, quanto, bitnet, autoround, other. '
'An unknown quant_method (vptq, spqr, ...) is other; a repo quantized only by a "4-bit"/"8-bit" tag, a base_model:quantized: tag, a '
'bits-only name word (int4, 4bit) or relation = quantized is other. Bits: the method''s own width (fp8 8, mxfp4/nvfp4 4, eetq 8, '
'bitnet 2), else quant_method (bitsandbytes_4bit), the N-bit tags, the lowest GGUF type among *.gguf files (Q4_K_M 4, IQ2_XS 2, '
'F16/BF16 16), name words (4bit, int4, Q8_0, W4A16), AWQ default 4; NULL when unstated. 16bit name words are not quantization. '
'Not quantized: (NULL, NULL).';

------------------------------------------------------------------------------
-- Parameters from config.json
------------------------------------------------------------------------------
-- Total and active (MoE) parameter counts from a Hugging Face config.json.
-- C code: src/config_params.c (reader, SQL entry points), src/config_families.c (formulas).

CREATE FUNCTION @extschema@.config_params(
    config jsonb,
    OUT family text,
    OUT is_moe boolean,
    OUT total bigint,
    OUT active bigint,
    OUT active_compute bigint,
    OUT active_nonemb bigint,
    OUT embedding bigint,
    OUT routed_experts integer,
    OUT experts_per_token integer,
    OUT moe_layers integer,
    OUT counted text,
    OUT reason text)
RETURNS record
AS 'MODULE_PATHNAME', 'hfstate_config_params'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.config_params(jsonb) IS
'Parameter counts of a model from its config.json: total (text model as published: MTP layers, vision tower and quantization scales excluded), active = every parameter a token touches with embeddings as stored, active_compute = active minus the untied input embedding (OpenAI convention), active_nonemb = active minus all embedding/unembedding matrices; NULL counts and a reason when the family is unknown or a key is missing or invalid';

CREATE FUNCTION @extschema@.config_total_params(config jsonb)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_config_total_params'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.config_total_params(jsonb) IS
'Total parameters of a model from its config.json (the total column of config_params); NULL when the config cannot be evaluated';

CREATE FUNCTION @extschema@.config_active_params(config jsonb)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_config_active_params'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.config_active_params(jsonb) IS
'Parameters active per token (all touched parameters, embeddings as stored) of a model from its config.json (the active column of config_params); NULL when the config cannot be evaluated';

------------------------------------------------------------------------------
-- Aggregates
------------------------------------------------------------------------------
-- Distribution aggregates: weighted quantiles, Gini, HHI, top shares, share_below.
-- C sources: src/wsample.c (the wsample type), src/aggregates.c (aggregate support).
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

------------------------------------------------------------------------------
-- Lineage over the model graph
------------------------------------------------------------------------------

CREATE TABLE @extschema@.lineage (
    key              integer PRIMARY KEY,
    depth_max        integer,
    depth_min        integer,
    n_parents        integer NOT NULL,
    dangling_parents integer NOT NULL,
    n_roots          integer NOT NULL,
    primary_root     integer,
    in_cycle         boolean NOT NULL,
    children         integer NOT NULL,
    descendants      integer NOT NULL,
    desc_finetune    integer NOT NULL,
    desc_adapter     integer NOT NULL,
    desc_quantized   integer NOT NULL,
    desc_merge       integer NOT NULL
);
COMMENT ON TABLE @extschema@.lineage IS
'Lineage of every model node, materialised by refresh_lineage(): depth_max/depth_min = longest/shortest chain up to a root (a root has 0; NULL on or below a cycle), parents (self-loops dropped), dangling parents (not imported), roots reached and the primary root (the root with most descendants, then the smallest key), in_cycle, direct children and distinct transitive descendants, split by the descendant''s own relation (the greatest over its parent edges: any merge edge makes a merge).';
-- Lineage over the model graph (src/lineage.c, src/graph.c).
-- Relies on @extschema@.relation, model_nodes, model_edges and lineage, which the extension script creates.

CREATE FUNCTION @extschema@.lineage_graph(
    child integer[],
    parent integer[],
    relation text[] DEFAULT NULL,
    OUT node integer,
    OUT depth_max integer,
    OUT depth_min integer,
    OUT n_parents integer,
    OUT n_roots integer,
    OUT primary_root integer,
    OUT in_cycle boolean,
    OUT children integer,
    OUT descendants integer,
    OUT desc_finetune integer,
    OUT desc_adapter integer,
    OUT desc_quantized integer,
    OUT desc_merge integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'hfstate_lineage_graph'
-- not STRICT: relation may be NULL (every edge a finetune); a NULL child or parent array returns no rows, as STRICT would
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
ROWS 1000;

COMMENT ON FUNCTION @extschema@.lineage_graph(integer[], integer[], text[]) IS
'Lineage measures of the edge list child[i] -> parent[i] (relation[i] finetune/adapter/quantized/merge, NULL = finetune): one row per distinct node with longest and shortest depth to a root (NULL on or below a cycle), parents, roots, primary root (most descendants, then smallest id), children and distinct descendants split by relation. Self-loops are ignored; NULL nodes and unequal array lengths are errors.';

CREATE FUNCTION @extschema@.refresh_lineage(
    OUT nodes bigint,
    OUT edges bigint,
    OUT self_loops bigint,
    OUT cycle_nodes bigint,
    OUT max_depth integer,
    OUT peak_bytes bigint,
    OUT millis double precision)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'hfstate_lineage_refresh'
-- STRICT is moot: the function takes no arguments
LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
ROWS 1;

COMMENT ON FUNCTION @extschema@.refresh_lineage() IS
'Recompute the lineage table from model_nodes and model_edges in memory and replace its rows (TRUNCATE and bulk load in the calling transaction). Returns nodes and edges read, self-loops dropped, nodes on or below a cycle, the greatest depth, the peak working memory in bytes and the elapsed milliseconds.';

------------------------------------------------------------------------------
-- Resolved model sizes (the derived table the size reports read)
------------------------------------------------------------------------------

CREATE TABLE @extschema@.model_sizes (
    key              integer PRIMARY KEY,
    total            bigint,
    total_source     text CHECK (total_source IN ('safetensors', 'gguf', 'config', 'name', 'base_model')),
    total_rule       text,
    active           bigint,
    active_source    text CHECK (active_source IN ('config', 'name', 'base_model')),
    effective        bigint,
    is_moe           boolean NOT NULL,
    routed_experts   integer,
    bucket           @extschema@.size_bucket,
    effective_bucket @extschema@.size_bucket,
    quant_method     text,
    quant_bits       smallint
);
COMMENT ON TABLE @extschema@.model_sizes IS
'Resolved size of every model, materialised by refresh_sizes(). total: the first known of the safetensors count (raw, or unpacked for packed low-bit formats when that lands closer to the config or name size), the gguf total, the config.json computation (model_configs), the size in the repo name; a quantized repo (base relation quantized) takes its base model''s own size instead. total_source and total_rule say which. active: MoE active parameters per token (config.json, else the name: A3B, 17B-16E), effective = active for MoE models, total otherwise. quant_method/quant_bits from quantization().';

-- refresh_sizes: recompute model_sizes from models, model_configs and model_edges
CREATE FUNCTION @extschema@.refresh_sizes() RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    IF pg_catalog.to_regclass('pg_temp.hfstate_own_sizes') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_own_sizes;
    END IF;
    CREATE TEMP TABLE hfstate_own_sizes ON COMMIT DROP AS
    WITH raw AS (
        SELECT m.key, m.base_relation, m.gguf_total, q.method AS quant_method, q.bits AS quant_bits,
               safetensors_params(m.safetensors) AS st_raw,
               safetensors_params(m.safetensors, q.method) AS st_unpacked,
               cp.total AS cfg_total, cp.active AS cfg_active, coalesce(cp.is_moe, false) AS cfg_moe,
               cp.routed_experts, np.total AS name_total, np.active AS name_active, np.token AS name_token,
               np.line AS name_line,
               coalesce('moe' = ANY (m.tags), false) AS tag_moe
          FROM models m
          LEFT JOIN model_configs c ON c.model = m.key
          LEFT JOIN LATERAL config_params(c.config) cp ON true
          LEFT JOIN LATERAL name_params(m.id) np ON true
          LEFT JOIN LATERAL quantization(m.id, m.tags, m.quant_method, m.siblings, m.base_relation::text) q ON true
    ), st AS (
        -- packed low-bit counts: the unpacked figure only when it lands closer to the config or name size
        SELECT r.*,
               CASE WHEN r.st_unpacked IS DISTINCT FROM r.st_raw AND r.st_raw > 0 AND r.st_unpacked > 0
                         AND coalesce(r.cfg_total, r.name_total) > 0
                         AND abs(ln(r.st_unpacked::float8 / coalesce(r.cfg_total, r.name_total)))
                             < abs(ln(r.st_raw::float8 / coalesce(r.cfg_total, r.name_total)))
                    THEN true ELSE false END AS use_unpacked
          FROM raw r
    )
    SELECT key, base_relation, quant_method, quant_bits, routed_experts,
           coalesce(CASE WHEN use_unpacked THEN st_unpacked ELSE st_raw END, gguf_total, cfg_total, name_total) AS total,
           CASE WHEN st_raw IS NOT NULL THEN 'safetensors' WHEN gguf_total IS NOT NULL THEN 'gguf'
                WHEN cfg_total IS NOT NULL THEN 'config' WHEN name_total IS NOT NULL THEN 'name' END AS total_source,
           CASE WHEN st_raw IS NOT NULL AND use_unpacked
                     THEN 'safetensors count with packed ' || quant_method || ' elements unpacked'
                WHEN st_raw IS NOT NULL THEN 'safetensors count'
                WHEN gguf_total IS NOT NULL THEN 'gguf total'
                WHEN cfg_total IS NOT NULL THEN 'computed from config.json'
                WHEN name_total IS NOT NULL AND name_line IS NOT NULL
                     THEN 'parsed from the repo name: ' || name_token || ', the published count of ' || name_line
                WHEN name_total IS NOT NULL THEN 'parsed from the repo name: ' || name_token END AS total_rule,
           CASE WHEN cfg_moe THEN cfg_active
                WHEN name_active IS NOT NULL AND (name_total IS NULL OR name_active < name_total) THEN name_active
           END AS active,
           CASE WHEN cfg_moe THEN 'config'
                WHEN name_active IS NOT NULL AND (name_total IS NULL OR name_active < name_total) THEN 'name'
           END AS active_source,
           cfg_moe OR tag_moe OR (name_active IS NOT NULL AND name_total IS NOT NULL AND name_active < name_total)
               AS is_moe
      FROM st;
    -- the base-model lookup of quantized repos probes this table by key
    CREATE INDEX ON hfstate_own_sizes (key);
    ANALYZE hfstate_own_sizes;

    TRUNCATE model_sizes;
    INSERT INTO model_sizes (key, total, total_source, total_rule, active, active_source, effective, is_moe,
                             routed_experts, bucket, effective_bucket, quant_method, quant_bits)
    SELECT o.key,
           coalesce(b.total, o.total),
           CASE WHEN b.total IS NOT NULL THEN 'base_model' ELSE o.total_source END,
           CASE WHEN b.total IS NOT NULL THEN 'quantized repo: its base model''s size (' || b.total_rule || ')'
                ELSE o.total_rule END,
           coalesce(b.active, o.active),
           CASE WHEN b.active IS NOT NULL THEN 'base_model' ELSE o.active_source END,
           CASE WHEN coalesce(b.is_moe, o.is_moe) AND coalesce(b.active, o.active) IS NOT NULL
                THEN coalesce(b.active, o.active) ELSE coalesce(b.total, o.total) END,
           coalesce(b.is_moe, o.is_moe), coalesce(o.routed_experts, b.routed_experts),
           size_bucket(coalesce(b.total, o.total)),
           size_bucket(CASE WHEN coalesce(b.is_moe, o.is_moe) AND coalesce(b.active, o.active) IS NOT NULL
                            THEN coalesce(b.active, o.active) ELSE coalesce(b.total, o.total) END),
           o.quant_method, o.quant_bits
      FROM hfstate_own_sizes o
      LEFT JOIN LATERAL (
            -- a quantized repo: the own size of its (first) base model that has one
            SELECT p.total, p.total_rule, p.active, p.is_moe, p.routed_experts
              FROM model_edges e JOIN hfstate_own_sizes p ON p.key = e.parent
             WHERE o.base_relation = 'quantized' AND e.child = o.key AND e.parent <> e.child
               AND p.total IS NOT NULL
             ORDER BY p.key
             LIMIT 1) b ON true;
    GET DIAGNOSTICS n = ROW_COUNT;
    DROP TABLE hfstate_own_sizes;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.refresh_sizes() IS
'Recomputes hfstate.model_sizes (resolved total, active and effective parameters with their sources, MoE flag, buckets, quantization) from models, model_configs and model_edges. Returns the rows written. Run it after imports (hfstate.refresh() does).';

------------------------------------------------------------------------------
-- Report views on the C core (same columns as in 0.1)
------------------------------------------------------------------------------

CREATE OR REPLACE VIEW @extschema@.report_concentration AS
WITH d AS (
    SELECT downloads_all_time::double precision AS x FROM @extschema@.models WHERE downloads_all_time IS NOT NULL
), n AS (
    SELECT count(*) AS n FROM d
), authors AS (
    SELECT sum(downloads_all_time)::double precision AS x FROM @extschema@.models
     WHERE downloads_all_time IS NOT NULL GROUP BY pg_catalog.lower(author)
), countries AS (
    SELECT sum(downloads_all_time)::double precision AS x FROM @extschema@.model_attribution
     WHERE downloads_all_time IS NOT NULL AND country NOT IN ('unknown', 'none') GROUP BY country
)
SELECT count(*)::bigint AS models,
       sum(x)::bigint AS downloads,
       @extschema@.top_share(x, (SELECT greatest(ceil(n * 0.0001), 1)::bigint FROM n)) AS top_0_01pct_share,
       @extschema@.top_share(x, (SELECT greatest(ceil(n * 0.001), 1)::bigint FROM n)) AS top_0_1pct_share,
       @extschema@.top_share(x, (SELECT greatest(ceil(n * 0.01), 1)::bigint FROM n)) AS top_1pct_share,
       @extschema@.top_share(x, 200) AS top_200_share,
       @extschema@.share_below(x, 200) AS share_under_200,
       @extschema@.weighted_median(x, 1) AS median_downloads,
       @extschema@.gini(x) AS gini,
       @extschema@.hhi(x) AS hhi_model,
       (SELECT @extschema@.hhi(x) FROM authors) AS hhi_author,
       (SELECT @extschema@.hhi(x) FROM countries) AS hhi_country
  FROM d;
COMMENT ON VIEW @extschema@.report_concentration IS
'T2 Download concentration over all-time downloads per model (models with a downloadsAllTime): shares of the top 0.01%, 0.1%, 1% of models (ceil of the fraction of models, at least 1) and of the top 200; share of models with fewer than 200 downloads; median (lower median); Gini; HHI with shares in percent (0–10,000) over models, namespaces, and countries (attributed countries only). Computed with the hfstate aggregates (parallel-safe).';

CREATE OR REPLACE VIEW @extschema@.report_size_buckets AS
WITH b AS (
    SELECT s.bucket, m.downloads_all_time
      FROM @extschema@.models m LEFT JOIN @extschema@.model_sizes s ON s.key = m.key
), g AS (
    SELECT bucket, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads FROM b GROUP BY bucket
)
SELECT bucket, coalesce(bucket::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(models::numeric / NULLIF(sum(models) OVER (), 0), 0)::double precision AS share_models,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads
  FROM g
 ORDER BY bucket NULLS LAST;
COMMENT ON VIEW @extschema@.report_size_buckets IS
'T6 Model size: models and all-time downloads per size bucket of the resolved total (model_sizes: safetensors, gguf, config.json, name; quantized repos take their base model''s size); unknown = no size known. Run hfstate.refresh_sizes() after imports.';

CREATE VIEW @extschema@.report_size_by_year AS
SELECT m.created_year::integer AS year,
       coalesce(m.created_year::text, 'unknown (<= 2022)') AS period,
       count(*)::bigint AS models_with_size,
       sum(m.downloads_all_time)::bigint AS downloads,
       (sum(s.total::float8 * m.downloads_all_time) / NULLIF(sum(m.downloads_all_time), 0)) AS mean_total,
       @extschema@.weighted_median(s.total::float8, m.downloads_all_time::float8) AS median_total,
       (sum(s.effective::float8 * m.downloads_all_time) / NULLIF(sum(m.downloads_all_time), 0)) AS mean_effective,
       @extschema@.weighted_median(s.effective::float8, m.downloads_all_time::float8) AS median_effective
  FROM @extschema@.models m JOIN @extschema@.model_sizes s ON s.key = m.key
 WHERE s.total IS NOT NULL
 GROUP BY m.created_year
 ORDER BY m.created_year NULLS FIRST;
COMMENT ON VIEW @extschema@.report_size_by_year IS
'T6 per year: download-weighted mean and median of total and effective (MoE active) parameters of the models created that year with a known size, each all-time download being one observation (weighted_median).';
