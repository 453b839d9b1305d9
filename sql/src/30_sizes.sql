/* sql/src/30_sizes.sql */

-- Model sizes: parameter counts from repo names, config.json (MoE active parameters) and packed
-- safetensors counts, quantization detection, the size buckets and the fine scale (C: src/size/),
-- and the resolved sizes of every model, materialised by refresh_sizes() in model_sizes (report
-- tables T6, T7, T15).

------------------------------------------------------------------------------
-- Names, size buckets, packed safetensors counts, quantization
------------------------------------------------------------------------------
-- Sizes parsed from repo names, size buckets, packed safetensors counts and
-- quantization detection (report table T6, T7).  C sources: src/size/names.c, src/size/name_lines.c,
-- src/size/size.c, src/size/quant.c.

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

-- C rather than an inlinable SQL CASE: a negative or NaN count must raise
-- SQLSTATE 22023 naming the value, which a SQL-language function cannot do.
CREATE FUNCTION @extschema@.size_bucket(params bigint)
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
-- C code: src/size/config_read.c (reader), src/size/config_params.c (SQL entry points), src/size/config_families.c (formulas).

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

-- refresh_sizes: recompute model_sizes from models, model_configs and model_edges, for every model
-- or for the given keys only (the incremental refresh() passes the changed models and the quantized
-- children of changed base models)
CREATE FUNCTION @extschema@.refresh_sizes(keys integer[]) RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
    src text := 'models';       -- the models whose own size is computed
    target text := '';          -- the filter of the models sized
BEGIN
    IF pg_catalog.to_regclass('pg_temp.hfstate_size_keys') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_size_keys;
    END IF;
    IF pg_catalog.to_regclass('pg_temp.hfstate_size_own_keys') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_size_own_keys;
    END IF;
    IF keys IS NOT NULL THEN
        -- the models sized, and the own sizes they read: theirs and their parents' (the base-model lookup)
        CREATE TEMP TABLE hfstate_size_keys ON COMMIT DROP AS SELECT DISTINCT k AS key FROM unnest(keys) k;
        CREATE INDEX ON hfstate_size_keys (key);
        ANALYZE hfstate_size_keys;
        CREATE TEMP TABLE hfstate_size_own_keys ON COMMIT DROP AS
        SELECT k.key FROM hfstate_size_keys k
        UNION
        SELECT e.parent FROM hfstate_size_keys k JOIN model_edges e ON e.child = k.key AND e.parent <> e.child;
        ANALYZE hfstate_size_own_keys;
        src := '(SELECT mm.* FROM models mm WHERE mm.key IN (SELECT ok.key FROM pg_temp.hfstate_size_own_keys ok))';
        target := 'WHERE o.key IN (SELECT sk.key FROM pg_temp.hfstate_size_keys sk)';
    END IF;
    IF pg_catalog.to_regclass('pg_temp.hfstate_own_sizes') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_own_sizes;
    END IF;
    EXECUTE pg_catalog.format($q$
    CREATE TEMP TABLE hfstate_own_sizes ON COMMIT DROP AS
    WITH raw AS (
        SELECT m.key, m.base_relation, m.gguf_total, q.method AS quant_method, q.bits AS quant_bits,
               safetensors_params(m.safetensors) AS st_raw,
               safetensors_params(m.safetensors, q.method) AS st_unpacked,
               cp.total AS cfg_total, cp.active AS cfg_active, coalesce(cp.is_moe, false) AS cfg_moe,
               cp.routed_experts, np.total AS name_total, np.active AS name_active, np.token AS name_token,
               np.line AS name_line,
               coalesce('moe' = ANY (m.tags), false) AS tag_moe
          FROM %s m
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
      FROM st$q$, src);
    -- the base-model lookup of quantized repos probes this table by key
    CREATE INDEX ON hfstate_own_sizes (key);
    ANALYZE hfstate_own_sizes;

    -- the new rows, then only the row-level changes into model_sizes: no TRUNCATE, so readers of the size
    -- views neither wait for a refresh nor make it wait, and see the old rows until it commits
    IF pg_catalog.to_regclass('pg_temp.hfstate_sizes_new') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_sizes_new;
    END IF;
    EXECUTE pg_catalog.format($q$
    CREATE TEMP TABLE hfstate_sizes_new ON COMMIT DROP AS
    SELECT o.key,
           coalesce(b.total, o.total) AS total,
           CASE WHEN b.total IS NOT NULL THEN 'base_model' ELSE o.total_source END AS total_source,
           CASE WHEN b.total IS NOT NULL THEN 'quantized repo: its base model''s size (' || b.total_rule || ')'
                ELSE o.total_rule END AS total_rule,
           coalesce(b.active, o.active) AS active,
           CASE WHEN b.active IS NOT NULL THEN 'base_model' ELSE o.active_source END AS active_source,
           CASE WHEN coalesce(b.is_moe, o.is_moe) AND coalesce(b.active, o.active) IS NOT NULL
                THEN coalesce(b.active, o.active) ELSE coalesce(b.total, o.total) END AS effective,
           coalesce(b.is_moe, o.is_moe) AS is_moe, coalesce(o.routed_experts, b.routed_experts) AS routed_experts,
           size_bucket(coalesce(b.total, o.total)) AS bucket,
           size_bucket(CASE WHEN coalesce(b.is_moe, o.is_moe) AND coalesce(b.active, o.active) IS NOT NULL
                            THEN coalesce(b.active, o.active) ELSE coalesce(b.total, o.total) END) AS effective_bucket,
           o.quant_method, o.quant_bits
      FROM hfstate_own_sizes o
      LEFT JOIN LATERAL (
            -- a quantized repo: the own size of its (first) base model that has one
            SELECT p.total, p.total_rule, p.active, p.is_moe, p.routed_experts
              FROM model_edges e JOIN hfstate_own_sizes p ON p.key = e.parent
             WHERE o.base_relation = 'quantized' AND e.child = o.key AND e.parent <> e.child
               AND p.total IS NOT NULL
             ORDER BY p.key
             LIMIT 1) b ON true
     %s$q$, target);
    GET DIAGNOSTICS n = ROW_COUNT;
    DROP TABLE hfstate_own_sizes;
    -- the anti-join below probes this table by key: with model_sizes estimated at one row (analyzed
    -- when it held only the dead rows of a rolled-back refresh, or when its pages were empty) the
    -- planner takes a nested loop whose inner side, without this index, is a scan of the whole table
    -- for every row of model_sizes (quadratic: 9M rows read for 3,000 models)
    CREATE INDEX ON hfstate_sizes_new (key);
    ANALYZE hfstate_sizes_new;

    IF keys IS NULL THEN
        DELETE FROM model_sizes s WHERE NOT EXISTS (SELECT 1 FROM hfstate_sizes_new w WHERE w.key = s.key);
    ELSE
        -- a key given that is no model (any more)
        DELETE FROM model_sizes s
         WHERE s.key IN (SELECT k.key FROM hfstate_size_keys k)
           AND NOT EXISTS (SELECT 1 FROM hfstate_sizes_new w WHERE w.key = s.key);
        DROP TABLE hfstate_size_keys;
        DROP TABLE hfstate_size_own_keys;
    END IF;
    INSERT INTO model_sizes AS s (key, total, total_source, total_rule, active, active_source, effective, is_moe,
                                  routed_experts, bucket, effective_bucket, quant_method, quant_bits)
    SELECT key, total, total_source, total_rule, active, active_source, effective, is_moe,
           routed_experts, bucket, effective_bucket, quant_method, quant_bits
      FROM hfstate_sizes_new
    ON CONFLICT (key) DO UPDATE
       SET total = excluded.total, total_source = excluded.total_source, total_rule = excluded.total_rule,
           active = excluded.active, active_source = excluded.active_source, effective = excluded.effective,
           is_moe = excluded.is_moe, routed_experts = excluded.routed_experts, bucket = excluded.bucket,
           effective_bucket = excluded.effective_bucket, quant_method = excluded.quant_method,
           quant_bits = excluded.quant_bits
     WHERE (s.*) IS DISTINCT FROM (excluded.*);
    DROP TABLE hfstate_sizes_new;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.refresh_sizes(integer[]) IS
'Recomputes the rows of hfstate.model_sizes of the given model keys (NULL: of every model, as refresh_sizes()) from models, model_configs and model_edges, reading the own sizes of those models and of their parents only (a quantized repo takes its base model''s size; a caller that changed a base model passes its quantized children too); a key that is no model loses its row. Changes only the rows whose values changed. Returns the number of models sized. The incremental refresh() calls it with the models recorded in model_changes.';

CREATE FUNCTION @extschema@.refresh_sizes() RETURNS bigint
LANGUAGE sql VOLATILE
RETURN @extschema@.refresh_sizes(NULL::integer[]);
COMMENT ON FUNCTION @extschema@.refresh_sizes() IS
'Recomputes hfstate.model_sizes (resolved total, active and effective parameters with their sources, MoE flag, buckets, quantization) from models, model_configs and model_edges, changing only the rows whose values changed (no TRUNCATE: readers of the size views are never blocked and see the old rows until the caller commits). Returns the number of models sized. Run it after imports (hfstate.refresh() does).';
