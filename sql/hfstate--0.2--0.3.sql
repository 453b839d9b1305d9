/* sql/hfstate--0.2--0.3.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION hfstate UPDATE TO '0.3'" to load this file. \quit

------------------------------------------------------------------------------
-- Editable choices.  Every rule table has a source column: 'seed' rows ship
-- with the extension (recreated by CREATE EXTENSION, not dumped), 'user' rows
-- are yours (kept by pg_dump).  A user row wins over a seed row with the same
-- key; to switch a seeded rule off, add a user row with enabled = false.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.settings (
    name        text NOT NULL,
    value       text NOT NULL,
    source      text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'seed')),
    description text,
    PRIMARY KEY (name, source)
);
COMMENT ON TABLE @extschema@.settings IS
'Report choices the sources leave open, one value per name (a user row overrides the seed row): derived_root (which root of a model with several roots takes its derived attribution and family: primary_root = the reachable root with most descendants, then the smallest key), depth_measure (max or min: which chain length T9 headlines), lifespan_threshold (T14: weekly downloads below this fraction of the peak end the attention span), family_top_n (T8 monthly shares: families beyond the top n by derivatives are "other"), window_months (the "last 12 months" window of T3/T4).';

INSERT INTO @extschema@.settings (name, value, source, description) VALUES
    ('derived_root', 'primary_root', 'seed', 'root whose namespace takes derived attribution and names the family of a model with several roots'),
    ('depth_measure', 'max', 'seed', 'T9 headline depth: max = longest chain to a root, min = shortest'),
    ('lifespan_threshold', '0.1', 'seed', 'T14: the attention span ends at the first week after the peak whose downloads are below this fraction of the peak'),
    ('family_top_n', '10', 'seed', 'T8 monthly shares: number of families shown by name; the rest are other'),
    ('window_months', '12', 'seed', 'T3/T4 trailing window in months, ending at the latest snapshot');

CREATE VIEW @extschema@.effective_settings AS
SELECT DISTINCT ON (name) name, value, source, description
  FROM @extschema@.settings
 ORDER BY name, source = 'seed';
COMMENT ON VIEW @extschema@.effective_settings IS
'One value per setting: the user''s row if any, else the seed''s.';

CREATE TABLE @extschema@.families (
    namespace text NOT NULL CHECK (namespace <> ''),
    family    text NOT NULL,
    source    text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'seed'))
);
CREATE UNIQUE INDEX families_ns_source ON @extschema@.families (pg_catalog.lower(namespace), source);
COMMENT ON TABLE @extschema@.families IS
'Family name of the namespace of a root model (T8, T9): several namespaces of one developer map to one family (meta-llama and facebook → Meta). A root whose namespace has no row forms its own family named by its lower-cased namespace. User rows win over seed rows for the same namespace.';

INSERT INTO @extschema@.families (namespace, family, source) VALUES
    ('qwen', 'Qwen', 'seed'), ('alibaba-nlp', 'Qwen', 'seed'),
    ('meta-llama', 'Meta', 'seed'), ('facebook', 'Meta', 'seed'), ('facebookai', 'Meta', 'seed'),
    ('google', 'Google', 'seed'), ('google-bert', 'Google', 'seed'), ('google-t5', 'Google', 'seed'),
    ('openai', 'OpenAI', 'seed'), ('openai-community', 'OpenAI', 'seed'),
    ('mistralai', 'Mistral', 'seed'), ('deepseek-ai', 'DeepSeek', 'seed'),
    ('microsoft', 'Microsoft', 'seed'), ('nvidia', 'NVIDIA', 'seed'),
    ('black-forest-labs', 'Black Forest Labs', 'seed'), ('stabilityai', 'Stability AI', 'seed'),
    ('thudm', 'Zhipu AI', 'seed'), ('zai-org', 'Zhipu AI', 'seed'),
    ('tiiuae', 'TII', 'seed'), ('allenai', 'Ai2', 'seed'), ('ibm-granite', 'IBM', 'seed'),
    ('huggingfacetb', 'Hugging Face', 'seed'), ('moonshotai', 'Moonshot AI', 'seed'),
    ('minimaxai', 'MiniMax', 'seed'), ('baidu', 'Baidu', 'seed'), ('tencent', 'Tencent', 'seed'),
    ('bytedance-seed', 'ByteDance', 'seed'), ('bytedance', 'ByteDance', 'seed'),
    ('sentence-transformers', 'Sentence Transformers', 'seed'), ('lgai-exaone', 'LG AI Research', 'seed'),
    ('cohereforai', 'Cohere', 'seed'), ('coherelabs', 'Cohere', 'seed'), ('01-ai', '01.AI', 'seed'),
    ('swiss-ai', 'Swiss AI', 'seed');

CREATE VIEW @extschema@.effective_families AS
SELECT DISTINCT ON (pg_catalog.lower(namespace)) pg_catalog.lower(namespace) AS namespace_key, family, source
  FROM @extschema@.families
 ORDER BY pg_catalog.lower(namespace), source = 'seed';
COMMENT ON VIEW @extschema@.effective_families IS
'One family per namespace (lower-cased key): the user''s row if any, else the seed''s.';

CREATE TABLE @extschema@.tag_rules (
    rule_set text NOT NULL CHECK (rule_set IN ('science', 'hardware', 'quantized', 'moe', 'multimodal')),
    category text NOT NULL,
    match    text NOT NULL CHECK (match IN ('tag', 'pipeline', 'library')),
    pattern  text NOT NULL,
    enabled  boolean NOT NULL DEFAULT true,
    source   text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'seed'))
);
CREATE UNIQUE INDEX tag_rules_key ON @extschema@.tag_rules (rule_set, match, pg_catalog.lower(pattern), source);
COMMENT ON TABLE @extschema@.tag_rules IS
'Tag rules of T7 (quantized, moe, multimodal signals), T11 (science domains) and T12 (non-NVIDIA hardware targets): a repo matches a rule when one of its tags (match = tag), its pipeline_tag (pipeline) or its library_name (library) equals pattern, case-insensitively; category names the domain or target. A user row overrides the seed row of the same rule_set, match and pattern (enabled = false switches it off). T7 also counts a model as quantized when quantization() finds a method and as MoE when model_sizes says so.';

INSERT INTO @extschema@.tag_rules (rule_set, category, match, pattern, source)
SELECT 'science', c, 'tag', p, 'seed' FROM (VALUES
    ('biology', 'biology'), ('biology', 'bioinformatics'), ('biology', 'single-cell'), ('biology', 'dna'),
    ('chemistry', 'chemistry'), ('chemistry', 'smiles'), ('medical', 'medical'), ('medical', 'clinical'),
    ('medical', 'healthcare'), ('medical', 'radiology'), ('protein', 'protein'), ('protein', 'proteins'),
    ('protein', 'protein-language-model'), ('genomics', 'genomics'), ('genomics', 'genetics'),
    ('physics', 'physics'), ('climate', 'climate'), ('climate', 'weather'), ('climate', 'earth-observation'),
    ('materials', 'materials'), ('materials', 'materials-science'), ('molecules', 'molecules'),
    ('molecules', 'molecule'), ('molecules', 'drug-discovery'), ('mathematics', 'math'),
    ('astronomy', 'astronomy')) v(c, p)
UNION ALL
SELECT 'hardware', c, m, p, 'seed' FROM (VALUES
    ('amd', 'tag', 'rocm'), ('amd', 'tag', 'amd'), ('amd', 'tag', 'ryzenai'),
    ('huawei', 'tag', 'ascend'), ('huawei', 'tag', 'npu'), ('huawei', 'tag', 'mindspore'), ('huawei', 'library', 'mindspore'),
    ('intel', 'tag', 'openvino'), ('intel', 'library', 'openvino'), ('intel', 'tag', 'intel'), ('intel', 'tag', 'gaudi'),
    ('intel', 'tag', 'habana'), ('apple', 'tag', 'mlx'), ('apple', 'library', 'mlx'), ('apple', 'tag', 'coreml'),
    ('apple', 'library', 'coreml'), ('google', 'tag', 'tpu'), ('qualcomm', 'tag', 'qualcomm'),
    ('qualcomm', 'tag', 'qnn'), ('aws', 'tag', 'neuron'), ('aws', 'tag', 'inferentia')) v(c, m, p)
UNION ALL
SELECT 'quantized', c, 'tag', p, 'seed' FROM (VALUES
    ('gguf', 'gguf'), ('gptq', 'gptq'), ('awq', 'awq'), ('exl2', 'exl2'), ('bitsandbytes', 'bitsandbytes'),
    ('fp8', 'fp8'), ('low-bit', '4-bit'), ('low-bit', '8-bit')) v(c, p)
UNION ALL
SELECT 'moe', 'moe', 'tag', p, 'seed' FROM (VALUES ('moe'), ('mixture-of-experts')) v(p)
UNION ALL
SELECT 'multimodal', c, 'pipeline', p, 'seed' FROM (VALUES
    ('vision-language', 'image-text-to-text'), ('vision-language', 'visual-question-answering'),
    ('vision-language', 'video-text-to-text'), ('vision-language', 'image-to-text'),
    ('vision-language', 'document-question-answering'), ('audio-language', 'audio-text-to-text'),
    ('any-to-any', 'any-to-any'), ('generation', 'text-to-image'), ('generation', 'text-to-video'),
    ('generation', 'image-to-video'), ('generation', 'image-to-image'), ('generation', 'text-to-3d'),
    ('generation', 'image-to-3d')) v(c, p)
UNION ALL
SELECT 'multimodal', 'multimodal', 'tag', 'multimodal', 'seed';

CREATE VIEW @extschema@.effective_tag_rules AS
SELECT rule_set, category, match, pattern_key AS pattern
  FROM (SELECT DISTINCT ON (rule_set, match, pg_catalog.lower(pattern))
               rule_set, category, match, pg_catalog.lower(pattern) AS pattern_key, enabled
          FROM @extschema@.tag_rules
         ORDER BY rule_set, match, pg_catalog.lower(pattern), source = 'seed') r
 WHERE enabled;
COMMENT ON VIEW @extschema@.effective_tag_rules IS
'The tag rules in force: per rule set, match kind and lower-cased pattern the user''s row if any, else the seed''s, when enabled.';

CREATE TABLE @extschema@.sovereignty (
    country   text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    namespace text,
    programme text NOT NULL,
    enabled   boolean NOT NULL DEFAULT true,
    source    text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'seed'))
);
CREATE UNIQUE INDEX sovereignty_key ON @extschema@.sovereignty (country, pg_catalog.lower(coalesce(namespace, '')), source);
COMMENT ON TABLE @extschema@.sovereignty IS
'T13 sovereignty: the countries followed (a row with namespace NULL: every model attributed to that country through the author registry) and their national-programme namespaces (a row with a namespace: the models of that namespace, named by programme, whatever the registry says). A user row overrides the seed row with the same country and namespace; enabled = false removes it.';

INSERT INTO @extschema@.sovereignty (country, namespace, programme, source) VALUES
    ('KR', NULL, 'all KR developers', 'seed'),
    ('KR', 'LGAI-EXAONE', 'LG AI Research (EXAONE)', 'seed'),
    ('KR', 'skt', 'SK Telecom (A.X)', 'seed'),
    ('KR', 'naver-hyperclovax', 'Naver Cloud (HyperCLOVA X)', 'seed'),
    ('KR', 'NCSOFT', 'NC AI (VARCO)', 'seed'),
    ('KR', 'upstage', 'Upstage (Solar)', 'seed'),
    ('CH', NULL, 'all CH developers', 'seed'),
    ('CH', 'swiss-ai', 'Swiss AI (Apertus)', 'seed');

CREATE VIEW @extschema@.effective_sovereignty AS
SELECT country, namespace_key, programme
  FROM (SELECT DISTINCT ON (country, pg_catalog.lower(coalesce(namespace, '')))
               country, pg_catalog.lower(namespace) AS namespace_key, programme, enabled
          FROM @extschema@.sovereignty
         ORDER BY country, pg_catalog.lower(coalesce(namespace, '')), source = 'seed') s
 WHERE enabled;
COMMENT ON VIEW @extschema@.effective_sovereignty IS
'The sovereignty rows in force (user over seed, enabled only); namespace_key NULL = the whole country.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.settings', 'WHERE source <> ''seed''');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.families', 'WHERE source <> ''seed''');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tag_rules', 'WHERE source <> ''seed''');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.sovereignty', 'WHERE source <> ''seed''');

-- setting: the effective value of a setting (NULL when unknown)
CREATE FUNCTION @extschema@.setting(name text) RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.value FROM @extschema@.effective_settings s WHERE s.name = setting.name;
END;
COMMENT ON FUNCTION @extschema@.setting(text) IS
'Effective value of a report setting (hfstate.settings: the user''s row, else the seed''s); NULL for an unknown name.';

------------------------------------------------------------------------------
-- Derived tables, rebuilt by refresh()
------------------------------------------------------------------------------

CREATE TABLE @extschema@.model_snapshots (
    snapshot date PRIMARY KEY,
    no       integer NOT NULL,
    models   bigint NOT NULL
);
COMMENT ON TABLE @extschema@.model_snapshots IS
'The model snapshots in history, numbered 1, 2, ... in date order, with the models each holds. Rebuilt by refresh().';

CREATE TABLE @extschema@.model_downloads (
    repo               integer NOT NULL,
    snapshot           date NOT NULL,
    prev_snapshot      date,
    downloads_all_time bigint,
    downloads          bigint,
    clamped            boolean NOT NULL,
    PRIMARY KEY (repo, snapshot)
);
CREATE INDEX model_downloads_snapshot ON @extschema@.model_downloads (snapshot);
COMMENT ON TABLE @extschema@.model_downloads IS
'Downloads of each model in each step between snapshots: downloads = downloads_all_time minus its value at the model''s previous snapshot (prev_snapshot), clamped to 0 when negative (clamped = true: counters stall and catch up). At the first snapshot holding a model, downloads = downloads_all_time when the model was created after the previous snapshot of the data (all its downloads fall in the step), else NULL (a baseline: its earlier downloads cannot be placed in time). A period''s downloads are the steps whose closing snapshot falls in it. Maintained incrementally by refresh(): only snapshots not yet processed are added, unless an older snapshot was (re)imported.';

CREATE TABLE @extschema@.model_facts (
    key                    integer PRIMARY KEY,
    id                     text NOT NULL,
    namespace              text,
    created_at             timestamptz,
    created_year           smallint,
    created_month          date,
    downloads_all_time     bigint,
    pipeline_tag           text,
    country                text NOT NULL,
    developer_type         text NOT NULL,
    root_key               integer NOT NULL,
    root_namespace         text,
    derived_country        text NOT NULL,
    derived_developer_type text NOT NULL,
    family                 text,
    relation               @extschema@.relation,
    n_parents              integer NOT NULL,
    total                  bigint,
    effective              bigint,
    bucket                 @extschema@.size_bucket,
    is_quantized           boolean NOT NULL,
    is_moe                 boolean NOT NULL,
    is_multimodal          boolean NOT NULL,
    science                text[] NOT NULL,
    hardware               text[] NOT NULL
);
COMMENT ON TABLE @extschema@.model_facts IS
'One row per imported model with what the report views read, rebuilt by refresh(): namespace (lower case), creation month and year (NULL for the createdAt sentinel), direct attribution (country: ISO code, none or unknown; developer_type or unknown) from the author registry, the root that takes derived attribution (setting derived_root: the primary root of lineage; a model without parents, or only on a cycle, is its own root) with its namespace, derived country and type, family (families table, else the root''s namespace), own relation (greatest over its parent edges; NULL without parents), resolved total and effective size and bucket (model_sizes), flags quantized (quantization() method or a quantized tag rule), MoE (model_sizes or a moe tag rule), multimodal (multimodal tag rules), and the science domains and hardware targets its tags, pipeline or library match (tag_rules).';

CREATE TABLE @extschema@.model_root_namespaces (
    key            integer NOT NULL,
    root_namespace text NOT NULL,
    family         text NOT NULL,
    PRIMARY KEY (key, root_namespace)
);
COMMENT ON TABLE @extschema@.model_root_namespaces IS
'For every model node with at least one parent (self-loops dropped): each distinct lower-cased namespace of the roots it reaches by walking its parents (a root reached through a cycle counts; a node that reaches no root has no rows), with that namespace''s family. A merge of two Qwen models has one row, a cross-family merge one row per family namespace. Rebuilt by refresh().';

CREATE TABLE @extschema@.refresh_log (
    run_id     bigint NOT NULL,
    step       text NOT NULL,
    rows       bigint,
    millis     double precision NOT NULL,
    finished   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    PRIMARY KEY (run_id, step)
);
CREATE SEQUENCE @extschema@.refresh_run_seq;
COMMENT ON TABLE @extschema@.refresh_log IS
'What each refresh() did: per step the rows written (or counted) and the milliseconds taken.';
COMMENT ON SEQUENCE @extschema@.refresh_run_seq IS 'Run numbers of refresh().';

------------------------------------------------------------------------------
-- refresh(): one call rebuilds everything the report views read
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.refresh(full_rebuild boolean DEFAULT false)
RETURNS TABLE (step text, rows bigint, millis double precision)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    run bigint := nextval('refresh_run_seq');
    t0 timestamptz;
    n bigint;
    last_done date;
    last_refresh timestamptz;
    incremental boolean;
    lt record;
BEGIN
    -- one refresh at a time; readers keep reading until the swap at commit
    PERFORM pg_advisory_xact_lock(hashtext('hfstate.refresh'));

    t0 := clock_timestamp();
    n := refresh_sizes();
    step := 'sizes'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    t0 := clock_timestamp();
    SELECT * INTO lt FROM refresh_lineage();
    step := 'lineage'; rows := lt.nodes; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- snapshots
    t0 := clock_timestamp();
    DELETE FROM model_snapshots;
    INSERT INTO model_snapshots (snapshot, no, models)
    SELECT s.snapshot, row_number() OVER (ORDER BY s.snapshot), s.models
      FROM (SELECT h.snapshot, count(*) AS models FROM history h WHERE h.kind = 'm' GROUP BY h.snapshot) s;
    GET DIAGNOSTICS n = ROW_COUNT;
    step := 'snapshots'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- per-step downloads: incremental unless an already processed snapshot changed
    t0 := clock_timestamp();
    SELECT max(d.snapshot) INTO last_done FROM model_downloads d;
    SELECT max(l.finished) INTO last_refresh FROM refresh_log l WHERE l.step = 'downloads';
    incremental := NOT full_rebuild AND last_done IS NOT NULL AND last_refresh IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM import_runs r
                         WHERE r.kind = 'models' AND r.snapshot <= last_done
                           AND coalesce(r.finished_at, r.started_at) > last_refresh);
    IF NOT incremental THEN
        DELETE FROM model_downloads;
        INSERT INTO model_downloads (repo, snapshot, prev_snapshot, downloads_all_time, downloads, clamped)
        SELECT x.repo, x.snapshot, x.prev_snapshot, x.dat,
               CASE WHEN x.prev_snapshot IS NOT NULL THEN greatest(x.dat - x.prev_dat, 0)
                    WHEN x.global_prev IS NOT NULL AND x.created_at > x.global_prev::timestamp AT TIME ZONE 'UTC'
                        THEN x.dat END,
               coalesce(x.dat < x.prev_dat, false)
          FROM (SELECT h.repo, h.snapshot, h.downloads_all_time AS dat,
                       lag(h.snapshot) OVER w AS prev_snapshot, lag(h.downloads_all_time) OVER w AS prev_dat,
                       p.snapshot AS global_prev, m.created_at
                  FROM history h
                  JOIN model_snapshots s ON s.snapshot = h.snapshot
                  LEFT JOIN model_snapshots p ON p.no = s.no - 1
                  LEFT JOIN models m ON m.key = h.repo
                 WHERE h.kind = 'm'
                WINDOW w AS (PARTITION BY h.repo ORDER BY h.snapshot)) x;
        GET DIAGNOSTICS n = ROW_COUNT;
        step := 'downloads (full)';
    ELSE
        INSERT INTO model_downloads (repo, snapshot, prev_snapshot, downloads_all_time, downloads, clamped)
        SELECT h.repo, h.snapshot, pr.snapshot, h.downloads_all_time,
               CASE WHEN pr.snapshot IS NOT NULL THEN greatest(h.downloads_all_time - pr.downloads_all_time, 0)
                    WHEN p.snapshot IS NOT NULL AND m.created_at > p.snapshot::timestamp AT TIME ZONE 'UTC'
                        THEN h.downloads_all_time END,
               coalesce(h.downloads_all_time < pr.downloads_all_time, false)
          FROM history h
          JOIN model_snapshots s ON s.snapshot = h.snapshot
          LEFT JOIN model_snapshots p ON p.no = s.no - 1
          LEFT JOIN models m ON m.key = h.repo
          LEFT JOIN LATERAL (SELECT q.snapshot, q.downloads_all_time FROM history q
                              WHERE q.repo = h.repo AND q.snapshot < h.snapshot
                              ORDER BY q.snapshot DESC LIMIT 1) pr ON true
         WHERE h.kind = 'm' AND h.snapshot > last_done;
        GET DIAGNOSTICS n = ROW_COUNT;
        step := 'downloads (new snapshots)';
    END IF;
    rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, 'downloads', rows, millis); RETURN NEXT;

    SELECT count(*) INTO n FROM model_downloads d WHERE d.clamped;
    step := 'clamped negative steps'; rows := n; millis := 0; RETURN NEXT;

    -- roots reached by every node with parents, as namespaces
    t0 := clock_timestamp();
    DELETE FROM model_root_namespaces;
    INSERT INTO model_root_namespaces (key, root_namespace, family)
    WITH RECURSIVE node_ns AS (
        SELECT n.key, coalesce(pg_catalog.lower(m.author),
                               pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1)
                                                     ELSE n.id END)) AS ns
          FROM model_nodes n LEFT JOIN models m ON m.key = n.key
    ), walk (key, ns) AS (
        SELECT r.key, r.ns FROM node_ns r
         WHERE NOT EXISTS (SELECT 1 FROM model_edges e WHERE e.child = r.key AND e.parent <> e.child)
        UNION
        SELECT e.child, w.ns FROM walk w JOIN model_edges e ON e.parent = w.key AND e.child <> e.parent
    )
    SELECT w.key, w.ns, coalesce(f.family, w.ns)
      FROM walk w LEFT JOIN effective_families f ON f.namespace_key = w.ns
     WHERE EXISTS (SELECT 1 FROM model_edges e WHERE e.child = w.key AND e.parent <> e.child);
    GET DIAGNOSTICS n = ROW_COUNT;
    step := 'root namespaces'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- one row per model with everything the views read
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_rules') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_rules;
    END IF;
    CREATE TEMP TABLE hfstate_rules ON COMMIT DROP AS SELECT * FROM effective_tag_rules;
    DELETE FROM model_facts;
    INSERT INTO model_facts
    SELECT m.key, m.id, pg_catalog.lower(m.author), m.created_at, m.created_year,
           CASE WHEN m.created_year IS NOT NULL THEN date_trunc('month', m.created_at AT TIME ZONE 'UTC')::date END,
           m.downloads_all_time, m.pipeline_tag,
           CASE WHEN da.namespace_key IS NULL THEN 'unknown' ELSE coalesce(da.country, 'none') END,
           CASE WHEN da.developer_type IS NULL THEN 'unknown' ELSE da.developer_type::text END,
           r.root_key, r.root_ns,
           CASE WHEN ra.namespace_key IS NULL THEN 'unknown' ELSE coalesce(ra.country, 'none') END,
           CASE WHEN ra.developer_type IS NULL THEN 'unknown' ELSE ra.developer_type::text END,
           coalesce(f.family, r.root_ns),
           rel.relation, coalesce(l.n_parents, 0),
           s.total, s.effective, s.bucket,
           s.quant_method IS NOT NULL OR coalesce('quantized' = ANY (tg.sets), false),
           coalesce(s.is_moe, false) OR coalesce('moe' = ANY (tg.sets), false),
           coalesce('multimodal' = ANY (tg.sets), false),
           coalesce(tg.science, '{}'), coalesce(tg.hardware, '{}')
      FROM models m
      LEFT JOIN lineage l ON l.key = m.key
      LEFT JOIN model_sizes s ON s.key = m.key
      LEFT JOIN authors da ON da.namespace_key = pg_catalog.lower(m.author)
      LEFT JOIN LATERAL (
            SELECT rk AS root_key,
                   coalesce(pg_catalog.lower(rm.author),
                            pg_catalog.lower(CASE WHEN strpos(rn.id, '/') > 0 THEN split_part(rn.id, '/', 1)
                                                  ELSE rn.id END)) AS root_ns
              FROM (SELECT CASE WHEN coalesce(l.n_parents, 0) > 0 AND l.primary_root IS NOT NULL
                                THEN l.primary_root ELSE m.key END AS rk) k
              JOIN model_nodes rn ON rn.key = k.rk
              LEFT JOIN models rm ON rm.key = k.rk) r ON true
      LEFT JOIN authors ra ON ra.namespace_key = r.root_ns
      LEFT JOIN effective_families f ON f.namespace_key = r.root_ns
      LEFT JOIN (SELECT e.child, max(e.relation) AS relation FROM model_edges e
                  WHERE e.parent <> e.child GROUP BY e.child) rel ON rel.child = m.key
      LEFT JOIN (
            SELECT x.key, array_agg(DISTINCT x.rule_set) AS sets,
                   array_agg(DISTINCT x.category ORDER BY x.category) FILTER (WHERE x.rule_set = 'science') AS science,
                   array_agg(DISTINCT x.category ORDER BY x.category) FILTER (WHERE x.rule_set = 'hardware') AS hardware
              FROM (SELECT mt.key, t.rule_set, t.category
                      FROM (SELECT mm.key, pg_catalog.lower(tag) AS v FROM models mm, unnest(mm.tags) tag) mt
                      JOIN hfstate_rules t ON t.match = 'tag' AND t.pattern = mt.v
                    UNION ALL
                    SELECT mm.key, t.rule_set, t.category FROM models mm
                      JOIN hfstate_rules t ON t.match = 'pipeline' AND t.pattern = pg_catalog.lower(mm.pipeline_tag)
                    UNION ALL
                    SELECT mm.key, t.rule_set, t.category FROM models mm
                      JOIN hfstate_rules t ON t.match = 'library' AND t.pattern = pg_catalog.lower(mm.library_name)) x
             GROUP BY x.key) tg ON tg.key = m.key;
    GET DIAGNOSTICS n = ROW_COUNT;
    DROP TABLE hfstate_rules;
    step := 'model facts'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    t0 := clock_timestamp();
    ANALYZE model_snapshots;
    ANALYZE model_downloads;
    ANALYZE model_root_namespaces;
    ANALYZE model_facts;
    step := 'analyze'; rows := NULL; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;
END
$$;
COMMENT ON FUNCTION @extschema@.refresh(boolean) IS
'Rebuilds everything the report views read, in the calling transaction: refresh_sizes(), refresh_lineage(), model_snapshots, model_downloads (incremental: only snapshots newer than the last processed one, unless full_rebuild or an import of an already processed snapshot finished since the last refresh), model_root_namespaces and model_facts. Returns (step, rows, millis) and logs them in refresh_log; the row "clamped negative steps" counts the steps whose downloadsAllTime went down. Derived tables are replaced with DELETE and INSERT (model_sizes and lineage with TRUNCATE) in one transaction: readers of the views see the old state until commit, then the new one, never a mix; readers of model_sizes or lineage wait for the commit (TRUNCATE takes an ACCESS EXCLUSIVE lock). Two refreshes serialise on an advisory lock.';

------------------------------------------------------------------------------
-- Windows over the snapshot history
------------------------------------------------------------------------------

-- window_bounds: the snapshots that bound a window [from_date, to_date]
CREATE FUNCTION @extschema@.window_bounds(from_date date DEFAULT NULL, to_date date DEFAULT NULL,
                                          OUT s_from date, OUT s_to date, OUT data_window text)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE
BEGIN ATOMIC
    WITH t AS (
        SELECT max(s.snapshot) AS s_to FROM @extschema@.model_snapshots s
         WHERE s.snapshot <= coalesce(window_bounds.to_date, 'infinity'::date)
    ), w AS (
        SELECT t.s_to,
               coalesce(window_bounds.from_date,
                        (t.s_to - pg_catalog.make_interval(months => coalesce(@extschema@.setting('window_months'), '12')::integer))::date) AS wanted
          FROM t
    ), f AS (
        SELECT w.s_to, w.wanted,
               coalesce((SELECT max(s.snapshot) FROM @extschema@.model_snapshots s WHERE s.snapshot <= w.wanted),
                        (SELECT min(s.snapshot) FROM @extschema@.model_snapshots s)) AS s_from
          FROM w
    )
    SELECT f.s_from, f.s_to,
           CASE WHEN f.s_to IS NULL THEN 'no snapshots'
                ELSE 'downloads between the snapshots of ' || f.s_from || ' and ' || f.s_to
                     || CASE WHEN f.s_from > f.wanted
                             THEN ' (' || ((f.s_to - f.s_from) / 7) || ' weeks of snapshots: the data starts after '
                                  || f.wanted || ')'
                             ELSE '' END END
      FROM f;
END;
COMMENT ON FUNCTION @extschema@.window_bounds(date, date) IS
'The snapshots bounding a window: s_to = the latest snapshot on or before to_date (NULL = the latest), s_from = the latest snapshot on or before from_date (NULL = to_date minus the setting window_months, 12), or the first snapshot when the data starts later; data_window says which and how many weeks of snapshots when the data is shorter than asked.';

-- window_downloads: per model, the downloads of the steps closing in (s_from, s_to]
CREATE FUNCTION @extschema@.window_downloads(from_date date DEFAULT NULL, to_date date DEFAULT NULL,
                                             OUT repo integer, OUT downloads bigint, OUT clamped_steps bigint)
RETURNS SETOF record
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 100000
BEGIN ATOMIC
    SELECT d.repo, sum(d.downloads)::bigint, count(*) FILTER (WHERE d.clamped)
      FROM @extschema@.model_downloads d,
           @extschema@.window_bounds(window_downloads.from_date, window_downloads.to_date) b
     WHERE d.snapshot > b.s_from AND d.snapshot <= b.s_to AND d.downloads IS NOT NULL
     GROUP BY d.repo;
END;
COMMENT ON FUNCTION @extschema@.window_downloads(date, date) IS
'Downloads of each model in a window: the sum of its model_downloads steps closing after the snapshot s_from and up to s_to of window_bounds(from_date, to_date) (negative steps clamped to 0, counted in clamped_steps; baselines without a known start left out).';

-- downloads_share: downloads in a window grouped by country or developer type, direct or derived
CREATE FUNCTION @extschema@.downloads_share(dimension text DEFAULT 'country', attribution text DEFAULT 'direct',
                                            from_date date DEFAULT NULL, to_date date DEFAULT NULL)
RETURNS TABLE (grp text, models bigint, downloads bigint, share double precision, clamped_steps bigint,
               data_window text)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 50
BEGIN ATOMIC
    WITH g AS (
        SELECT CASE downloads_share.dimension
                    WHEN 'country' THEN CASE downloads_share.attribution WHEN 'derived' THEN f.derived_country ELSE f.country END
                    ELSE CASE downloads_share.attribution WHEN 'derived' THEN f.derived_developer_type ELSE f.developer_type END
               END AS grp,
               count(*) AS models, sum(w.downloads) AS downloads, sum(w.clamped_steps) AS clamped_steps
          FROM @extschema@.window_downloads(downloads_share.from_date, downloads_share.to_date) w
          JOIN @extschema@.model_facts f ON f.key = w.repo
         GROUP BY 1
        UNION ALL
        SELECT v.grp, 0, 0, 0 FROM (VALUES ('none'), ('unknown')) v(grp) WHERE downloads_share.dimension = 'country'
        UNION ALL
        SELECT v.grp, 0, 0, 0
          FROM pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.developer_type)::text[] || ARRAY['unknown']) v(grp)
         WHERE downloads_share.dimension <> 'country'
    ), s AS (
        SELECT g.grp, sum(g.models) AS models, sum(g.downloads) AS downloads, sum(g.clamped_steps) AS clamped_steps
          FROM g GROUP BY g.grp
    )
    SELECT s.grp, s.models::bigint, s.downloads::bigint,
           coalesce(s.downloads / NULLIF(sum(s.downloads) OVER (), 0), 0)::double precision,
           s.clamped_steps::bigint,
           (SELECT b.data_window FROM @extschema@.window_bounds(downloads_share.from_date, downloads_share.to_date) b)
      FROM s
     ORDER BY s.grp IN ('none', 'unknown'), s.downloads DESC, s.grp;
END;
COMMENT ON FUNCTION @extschema@.downloads_share(text, text, date, date) IS
'T3/T4 for any window: downloads between the snapshots bounding [from_date, to_date] (window_bounds; NULL from_date = the last 12 months before to_date, NULL to_date = the latest snapshot) by dimension country (ISO code, none, unknown) or developer_type (the six types, unknown), with attribution direct (the model''s own namespace) or derived (the namespace of its root base model). Models with downloads in the window; shares add up to 1; clamped_steps counts negative steps clamped to 0.';

------------------------------------------------------------------------------
-- T3 / T4 windows
------------------------------------------------------------------------------

CREATE VIEW @extschema@.report_downloads_by_country_derived AS
WITH g AS (
    SELECT derived_country AS country, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY derived_country
    UNION ALL
    SELECT c, 0, 0 FROM (VALUES ('none'), ('unknown')) v(c)
), s AS (
    SELECT country, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY country
)
SELECT country, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW @extschema@.report_downloads_by_country_derived IS
'T3 all time, derived attribution: all-time downloads of every model credited to the country of its root base model''s namespace (model_facts.derived_country: the primary root of lineage, setting derived_root; a model without parents is its own root). none = registered without a country, unknown = not in the registry; shares add up to 1. Run hfstate.refresh() after imports.';

CREATE VIEW @extschema@.report_downloads_by_type_derived AS
WITH g AS (
    SELECT derived_developer_type AS developer_type, count(*) AS models,
           coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY derived_developer_type
    UNION ALL
    SELECT t, 0, 0 FROM pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.developer_type)::text[] || ARRAY['unknown']) t
), s AS (
    SELECT developer_type, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY developer_type
)
SELECT developer_type, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW @extschema@.report_downloads_by_type_derived IS
'T4 all time, derived attribution: all-time downloads credited to the developer type of the root base model''s namespace; unknown = not registered or no type; shares add up to 1.';

CREATE VIEW @extschema@.report_downloads_by_country_derived_year AS
SELECT created_year::integer AS year, derived_country AS country, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_facts
 GROUP BY created_year, derived_country
 ORDER BY created_year NULLS FIRST, derived_country IN ('none', 'unknown'), downloads DESC, derived_country;
COMMENT ON VIEW @extschema@.report_downloads_by_country_derived_year IS
'T3 by creation year, derived attribution: all-time downloads of the models created each year (NULL = unknown, <= 2022) by the country of their root base model''s namespace; shares add up to 1 within a year.';

CREATE VIEW @extschema@.report_downloads_by_type_derived_year AS
SELECT created_year::integer AS year, derived_developer_type AS developer_type, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_facts
 GROUP BY created_year, derived_developer_type
 ORDER BY created_year NULLS FIRST, derived_developer_type = 'unknown', downloads DESC, derived_developer_type;
COMMENT ON VIEW @extschema@.report_downloads_by_type_derived_year IS
'T4 by creation year, derived attribution: all-time downloads of the models created each year by the developer type of their root base model''s namespace; shares add up to 1 within a year.';

CREATE VIEW @extschema@.report_downloads_by_country_12m AS
SELECT a.attribution, s.grp AS country, s.models, s.downloads, s.share, s.clamped_steps, s.data_window
  FROM (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
 CROSS JOIN LATERAL @extschema@.downloads_share('country', a.attribution) s
 ORDER BY a.o, s.grp IN ('none', 'unknown'), s.downloads DESC, s.grp;
COMMENT ON VIEW @extschema@.report_downloads_by_country_12m IS
'T3 last 12 months (setting window_months): downloads between the snapshot 12 months before the latest one (or the first snapshot when the data is shorter: data_window says so) and the latest, by country, direct and derived attribution; shares add up to 1 per attribution. For another window call hfstate.downloads_share(''country'', attribution, from_date, to_date).';

CREATE VIEW @extschema@.report_downloads_by_type_12m AS
SELECT a.attribution, s.grp AS developer_type, s.models, s.downloads, s.share, s.clamped_steps, s.data_window
  FROM (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
 CROSS JOIN LATERAL @extschema@.downloads_share('developer_type', a.attribution) s
 ORDER BY a.o, s.grp = 'unknown', s.downloads DESC, s.grp;
COMMENT ON VIEW @extschema@.report_downloads_by_type_12m IS
'T4 last 12 months (setting window_months): downloads between the snapshots bounding the window by developer type, direct and derived attribution; data_window states the window the snapshots allow. For another window call hfstate.downloads_share(''developer_type'', attribution, from_date, to_date).';

CREATE VIEW @extschema@.model_downloads_monthly AS
SELECT d.repo, date_trunc('month', d.snapshot)::date AS month, sum(d.downloads)::bigint AS downloads,
       count(*) FILTER (WHERE d.clamped)::bigint AS clamped_steps
  FROM @extschema@.model_downloads d
 WHERE d.downloads IS NOT NULL
 GROUP BY d.repo, date_trunc('month', d.snapshot);
COMMENT ON VIEW @extschema@.model_downloads_monthly IS
'Downloads of each model per calendar month: the steps of model_downloads whose closing snapshot falls in the month (a step between snapshots on both sides of a month boundary counts in the later month).';

CREATE VIEW @extschema@.report_downloads_by_country_month AS
WITH g AS (
    SELECT d.month, a.o, a.attribution,
           CASE a.attribution WHEN 'derived' THEN f.derived_country ELSE f.country END AS country,
           sum(d.downloads) AS downloads, sum(d.clamped_steps) AS clamped_steps
      FROM @extschema@.model_downloads_monthly d
      JOIN @extschema@.model_facts f ON f.key = d.repo
     CROSS JOIN (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
     GROUP BY 1, 2, 3, 4
)
SELECT month, attribution, country, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (PARTITION BY month, attribution), 0), 0)::double precision AS share,
       clamped_steps::bigint,
       (SELECT count(*) FROM @extschema@.model_snapshots s
         WHERE date_trunc('month', s.snapshot)::date = g.month)::integer AS snapshots
  FROM g
 ORDER BY month, o, country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW @extschema@.report_downloads_by_country_month IS
'T3 per calendar month: downloads of the steps between snapshots closing in the month (model_downloads_monthly), by country, direct and derived attribution; shares add up to 1 per month and attribution; snapshots = snapshots closing steps in that month (the first and last months of the data are partial).';

CREATE VIEW @extschema@.report_downloads_by_type_month AS
WITH g AS (
    SELECT d.month, a.o, a.attribution,
           CASE a.attribution WHEN 'derived' THEN f.derived_developer_type ELSE f.developer_type END AS developer_type,
           sum(d.downloads) AS downloads, sum(d.clamped_steps) AS clamped_steps
      FROM @extschema@.model_downloads_monthly d
      JOIN @extschema@.model_facts f ON f.key = d.repo
     CROSS JOIN (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
     GROUP BY 1, 2, 3, 4
)
SELECT month, attribution, developer_type, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (PARTITION BY month, attribution), 0), 0)::double precision AS share,
       clamped_steps::bigint,
       (SELECT count(*) FROM @extschema@.model_snapshots s
         WHERE date_trunc('month', s.snapshot)::date = g.month)::integer AS snapshots
  FROM g
 ORDER BY month, o, developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW @extschema@.report_downloads_by_type_month IS
'T4 per calendar month: downloads of the steps between snapshots closing in the month, by developer type, direct and derived attribution; shares add up to 1 per month and attribution.';

-- first_year_downloads: per model created in [from_date, to_date], its downloads in its first year
CREATE FUNCTION @extschema@.first_year_downloads(from_date date DEFAULT NULL, to_date date DEFAULT NULL,
                                                 OUT repo integer, OUT downloads bigint, OUT last_snapshot date)
RETURNS SETOF record
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10000
BEGIN ATOMIC
    SELECT f.key, max(d.downloads_all_time), max(d.snapshot)
      FROM @extschema@.model_facts f
      JOIN @extschema@.model_downloads d ON d.repo = f.key
     WHERE f.created_year IS NOT NULL
       AND f.created_at >= coalesce(first_year_downloads.from_date::timestamp AT TIME ZONE 'UTC',
                                    (SELECT (max(s.snapshot) - pg_catalog.make_interval(years => 1))::timestamp AT TIME ZONE 'UTC'
                                       FROM @extschema@.model_snapshots s))
       AND f.created_at < coalesce((first_year_downloads.to_date + 1)::timestamp AT TIME ZONE 'UTC', 'infinity'::timestamptz)
       AND d.snapshot::timestamp AT TIME ZONE 'UTC' <= f.created_at + pg_catalog.make_interval(years => 1)
     GROUP BY f.key;
END;
COMMENT ON FUNCTION @extschema@.first_year_downloads(date, date) IS
'The paper''s one_year_rolling: for each model created between from_date and to_date (NULL from_date = one year before the latest snapshot; NULL to_date = no limit; the createdAt sentinel excluded), its downloads in its first year: the greatest downloadsAllTime of the snapshots within a year of its creation (the counter starts at creation). Models without a snapshot in their first year have no row; for models younger than a year the figure is their first year so far (last_snapshot says up to when).';

CREATE VIEW @extschema@.report_downloads_first_year AS
WITH g AS (
    SELECT a.o, a.attribution, dm.o AS dmo, dm.dimension,
           CASE WHEN dm.dimension = 'country' AND a.attribution = 'direct' THEN f.country
                WHEN dm.dimension = 'country' THEN f.derived_country
                WHEN a.attribution = 'direct' THEN f.developer_type
                ELSE f.derived_developer_type END AS grp,
           count(*) AS models, sum(y.downloads) AS downloads
      FROM @extschema@.first_year_downloads() y
      JOIN @extschema@.model_facts f ON f.key = y.repo
     CROSS JOIN (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
     CROSS JOIN (VALUES (1, 'country'), (2, 'developer_type')) dm(o, dimension)
     GROUP BY 1, 2, 3, 4, 5
)
SELECT dimension, attribution, grp, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (PARTITION BY dimension, attribution), 0), 0)::double precision AS share
  FROM g
 ORDER BY dmo, o, grp IN ('none', 'unknown'), downloads DESC, grp;
COMMENT ON VIEW @extschema@.report_downloads_first_year IS
'T3/T4 first-year variant (the paper''s one_year_rolling): models created in the year before the latest snapshot, each with its downloads in its first year (first_year_downloads()), by country and by developer type, direct and derived attribution; shares add up to 1 per dimension and attribution.';

------------------------------------------------------------------------------
-- T5 Organisation release activity
------------------------------------------------------------------------------

-- releases_by_namespace: models created per namespace and year, optionally for some countries
CREATE FUNCTION @extschema@.releases_by_namespace(countries text[] DEFAULT NULL)
RETURNS TABLE (namespace text, country text, developer_type text, year integer, releases bigint,
               previous_year bigint, yoy_multiple double precision)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10000
BEGIN ATOMIC
    WITH r AS (
        SELECT f.namespace, f.country, f.developer_type, f.created_year::integer AS year, count(*) AS releases
          FROM @extschema@.model_facts f
         WHERE f.created_year IS NOT NULL AND f.namespace IS NOT NULL
           AND (releases_by_namespace.countries IS NULL OR f.country = ANY (releases_by_namespace.countries))
         GROUP BY 1, 2, 3, 4
    ), y AS (
        SELECT DISTINCT r.namespace, r.country, r.developer_type, yy.year
          FROM r CROSS JOIN LATERAL (VALUES (r.year), (r.year + 1)) yy(year)
         WHERE yy.year <= (SELECT max(year) FROM r)
    )
    SELECT y.namespace, y.country, y.developer_type, y.year, coalesce(c.releases, 0)::bigint,
           coalesce(p.releases, 0)::bigint,
           (coalesce(c.releases, 0)::double precision / NULLIF(p.releases, 0))
      FROM y
      LEFT JOIN r c ON c.namespace = y.namespace AND c.year = y.year
      LEFT JOIN r p ON p.namespace = y.namespace AND p.year = y.year - 1
     ORDER BY y.namespace, y.year;
END;
COMMENT ON FUNCTION @extschema@.releases_by_namespace(text[]) IS
'T5: models created per namespace (lower case) and calendar year of createdAt (sentinel excluded), with the previous year''s count and the year-over-year multiple (NULL when the previous year had none); a year after a namespace''s last release year shows 0 releases. countries (ISO codes, none, unknown; NULL = all) filters on the namespace''s registered country.';

CREATE VIEW @extschema@.report_releases_by_namespace AS
SELECT * FROM @extschema@.releases_by_namespace(NULL) r
 ORDER BY r.year, r.releases DESC, r.namespace;
COMMENT ON VIEW @extschema@.report_releases_by_namespace IS
'T5 release activity: models created per namespace and year, previous year, year-over-year multiple (releases_by_namespace() with every country).';

-- release_movers: the namespaces whose releases grew most from one year to the next
CREATE FUNCTION @extschema@.release_movers(year integer DEFAULT NULL, countries text[] DEFAULT NULL, top integer DEFAULT 20)
RETURNS TABLE (rank bigint, namespace text, country text, developer_type text, year integer, releases bigint,
               previous_year bigint, change bigint, yoy_multiple double precision)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 20
BEGIN ATOMIC
    WITH y AS (
        SELECT coalesce(release_movers.year,
                        (SELECT extract(year FROM max(s.snapshot))::integer - 1 FROM @extschema@.model_snapshots s),
                        (SELECT max(f.created_year)::integer FROM @extschema@.model_facts f)) AS year
    ), r AS (
        SELECT r.*, r.releases - r.previous_year AS change
          FROM @extschema@.releases_by_namespace(release_movers.countries) r, y
         WHERE r.year = y.year
    ), k AS (
        SELECT row_number() OVER (ORDER BY r.change DESC, r.releases DESC, r.namespace) AS rank, r.*
          FROM r
    )
    SELECT k.rank, k.namespace, k.country, k.developer_type, k.year, k.releases, k.previous_year, k.change::bigint,
           k.yoy_multiple
      FROM k WHERE k.rank <= coalesce(release_movers.top, 20)
     ORDER BY k.rank;
END;
COMMENT ON FUNCTION @extschema@.release_movers(integer, text[], integer) IS
'T5 biggest movers: the top namespaces by increase in models created in year over the year before (ties: more releases, then name); year NULL = the last full year before the latest snapshot; countries filters as in releases_by_namespace.';

CREATE VIEW @extschema@.report_release_movers AS
SELECT * FROM @extschema@.release_movers() m ORDER BY m.rank;
COMMENT ON VIEW @extschema@.report_release_movers IS
'T5 biggest movers of the last full year before the latest snapshot: the 20 namespaces whose model releases grew most over the previous year (release_movers()).';

------------------------------------------------------------------------------
-- T6 (additions)
------------------------------------------------------------------------------

CREATE VIEW @extschema@.report_size_scale AS
WITH g AS (
    SELECT @extschema@.size_scale(total) AS scale, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY 1
)
SELECT scale, coalesce(scale::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(models::numeric / NULLIF(sum(models) OVER (), 0), 0)::double precision AS share_models,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads
  FROM g
 ORDER BY scale NULLS LAST;
COMMENT ON VIEW @extschema@.report_size_scale IS
'T6 fine scale: models and all-time downloads per size_scale step (<100M, 100M–1B, 1–3B, ..., 1T+) of the resolved total (model_sizes); unknown = no size.';

CREATE VIEW @extschema@.report_size_by_year_unquantized AS
SELECT m.created_year::integer AS year,
       coalesce(m.created_year::text, 'unknown (<= 2022)') AS period,
       count(*)::bigint AS models,
       sum(m.downloads_all_time)::bigint AS downloads,
       floor(sum(m.safetensors_total::numeric * m.downloads_all_time) / sum(m.downloads_all_time))::bigint AS weighted_mean_total,
       @extschema@.weighted_median(m.safetensors_total::float8, m.downloads_all_time::float8)::bigint AS weighted_median_total
  FROM @extschema@.models m
 WHERE pg_catalog.jsonb_typeof(m.safetensors) = 'object' AND pg_catalog.jsonb_typeof(m.gguf) IS DISTINCT FROM 'object'
   AND m.safetensors_total IS NOT NULL
   AND NOT coalesce(m.config ? 'quantization_config', false)
   AND m.base_relation IS DISTINCT FROM 'quantized'
   AND m.downloads_all_time > 0
 GROUP BY m.created_year
 ORDER BY m.created_year NULLS FIRST;
COMMENT ON VIEW @extschema@.report_size_by_year_unquantized IS
'T6 per creation year over unquantized safetensors models (a safetensors object, no gguf object, no config.quantization_config, base relation not quantized, downloadsAllTime > 0): size = safetensors total, weight = downloadsAllTime; weighted_mean_total = floor(sum(size × weight) / sum(weight)) in exact numeric arithmetic; weighted_median_total = the smallest size whose cumulative weight reaches half the total weight (weighted_median).';

------------------------------------------------------------------------------
-- T7 Architecture trends
------------------------------------------------------------------------------

CREATE VIEW @extschema@.report_architecture_trends AS
WITH g AS (
    SELECT created_year, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads,
           count(*) FILTER (WHERE is_quantized) AS quantized,
           coalesce(sum(downloads_all_time) FILTER (WHERE is_quantized), 0) AS quantized_dl,
           count(*) FILTER (WHERE is_moe) AS moe,
           coalesce(sum(downloads_all_time) FILTER (WHERE is_moe), 0) AS moe_dl,
           count(*) FILTER (WHERE is_multimodal) AS multimodal,
           coalesce(sum(downloads_all_time) FILTER (WHERE is_multimodal), 0) AS multimodal_dl
      FROM @extschema@.model_facts GROUP BY created_year
), s AS (
    SELECT g.*,
           quantized::double precision / NULLIF(models, 0) AS quantized_share,
           quantized_dl::double precision / NULLIF(downloads, 0) AS quantized_download_share,
           moe::double precision / NULLIF(models, 0) AS moe_share,
           moe_dl::double precision / NULLIF(downloads, 0) AS moe_download_share,
           multimodal::double precision / NULLIF(models, 0) AS multimodal_share,
           multimodal_dl::double precision / NULLIF(downloads, 0) AS multimodal_download_share
      FROM g
)
SELECT created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period,
       models::bigint, downloads::bigint,
       quantized::bigint AS quantized_models, quantized_share, quantized_download_share,
       moe::bigint AS moe_models, moe_share, moe_download_share,
       multimodal::bigint AS multimodal_models, multimodal_share, multimodal_download_share,
       quantized_share / NULLIF(lag(quantized_share) OVER o, 0) AS quantized_growth,
       moe_share / NULLIF(lag(moe_share) OVER o, 0) AS moe_growth,
       multimodal_share / NULLIF(lag(multimodal_share) OVER o, 0) AS multimodal_growth
  FROM s
WINDOW o AS (ORDER BY created_year NULLS FIRST)
 ORDER BY created_year NULLS FIRST;
COMMENT ON VIEW @extschema@.report_architecture_trends IS
'T7 per creation year: models created, their all-time downloads, and the count, share of new models and share of downloads that are quantized (quantization() finds a method, or a quantized tag rule), MoE (model_sizes.is_moe or a moe tag rule) and multimodal (a multimodal tag rule: pipelines such as image-text-to-text, any-to-any, text-to-image, or the tag multimodal); growth = this year''s share of new models over the previous row''s (the unknown year first). For other periods compare two rows.';

------------------------------------------------------------------------------
-- T8 Derivative families
------------------------------------------------------------------------------

CREATE VIEW @extschema@.report_family_namespaces AS
WITH m AS (
    SELECT r.root_namespace, r.family, coalesce(f.relation, fr.relation) AS relation
      FROM @extschema@.model_root_namespaces r
      LEFT JOIN @extschema@.model_facts f ON f.key = r.key
      LEFT JOIN LATERAL (SELECT max(e.relation) AS relation FROM @extschema@.model_edges e
                          WHERE f.key IS NULL AND e.child = r.key AND e.parent <> e.child) fr ON true
)
SELECT root_namespace, family,
       count(*)::bigint AS descendants,
       count(*) FILTER (WHERE relation = 'finetune')::bigint AS finetune,
       count(*) FILTER (WHERE relation = 'adapter')::bigint AS adapter,
       count(*) FILTER (WHERE relation = 'quantized')::bigint AS quantized,
       count(*) FILTER (WHERE relation = 'merge')::bigint AS merge
  FROM m
 GROUP BY root_namespace, family
 ORDER BY descendants DESC, root_namespace;
COMMENT ON VIEW @extschema@.report_family_namespaces IS
'T8 per root namespace: distinct models with at least one parent that reach a root of that (lower-cased) namespace by walking their parents (model_root_namespaces), split by each model''s own relation (the greatest over its parent edges: finetune < adapter < quantized < merge). A merge of two models of one namespace counts once; a cross-namespace merge once in each.';

CREATE VIEW @extschema@.report_families AS
WITH d AS (
    SELECT DISTINCT r.key, r.family FROM @extschema@.model_root_namespaces r
), m AS (
    SELECT d.family, coalesce(f.relation, fr.relation) AS relation
      FROM d
      LEFT JOIN @extschema@.model_facts f ON f.key = d.key
      LEFT JOIN LATERAL (SELECT max(e.relation) AS relation FROM @extschema@.model_edges e
                          WHERE f.key IS NULL AND e.child = d.key AND e.parent <> e.child) fr ON true
), c AS (
    SELECT coalesce(fm.family, nn.ns) AS family, count(*) AS roots, sum(l.children) AS direct_children
      FROM @extschema@.lineage l
      JOIN LATERAL (SELECT pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) ELSE n.id END) AS ns
                      FROM @extschema@.model_nodes n WHERE n.key = l.key) nn ON true
      LEFT JOIN @extschema@.effective_families fm ON fm.namespace_key = nn.ns
     WHERE l.n_parents = 0 AND l.children > 0
     GROUP BY 1
)
SELECT m.family, coalesce(max(c.roots), 0)::bigint AS base_models,
       coalesce(max(c.direct_children), 0)::bigint AS direct_children,
       count(*)::bigint AS descendants,
       count(*) FILTER (WHERE m.relation = 'finetune')::bigint AS finetune,
       count(*) FILTER (WHERE m.relation = 'adapter')::bigint AS adapter,
       count(*) FILTER (WHERE m.relation = 'quantized')::bigint AS quantized,
       count(*) FILTER (WHERE m.relation = 'merge')::bigint AS merge
  FROM m LEFT JOIN c ON c.family = m.family
 GROUP BY m.family
 ORDER BY descendants DESC, m.family;
COMMENT ON VIEW @extschema@.report_families IS
'T8 per family (families table: namespaces of root models mapped to a family name, else the root''s namespace): base_models = roots of the family with children, direct_children = their children, descendants = distinct models reaching a root of the family (a model reaching two roots of one family counts once; a cross-family merge counts in each family), split by each model''s own relation.';

CREATE VIEW @extschema@.report_base_models AS
SELECT n.id, l.key, coalesce(f.family, pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) ELSE n.id END)) AS family,
       n.present, l.n_parents, l.children::bigint, l.descendants::bigint,
       l.desc_finetune::bigint AS finetune, l.desc_adapter::bigint AS adapter,
       l.desc_quantized::bigint AS quantized, l.desc_merge::bigint AS merge
  FROM @extschema@.lineage l
  JOIN @extschema@.model_nodes n ON n.key = l.key
  LEFT JOIN @extschema@.model_facts mf ON mf.key = l.key
  LEFT JOIN @extschema@.effective_families f
         ON f.namespace_key = pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) ELSE n.id END)
 WHERE l.children > 0
 ORDER BY l.descendants DESC, l.children DESC, n.id;
COMMENT ON VIEW @extschema@.report_base_models IS
'T8 per base model (every model node with children, present or dangling): family of its namespace, direct children, distinct transitive descendants (a diamond counts once) split by each descendant''s own relation (lineage).';

CREATE VIEW @extschema@.report_family_monthly_share AS
WITH d AS (
    SELECT f.created_month AS month, f.family FROM @extschema@.model_facts f
     WHERE f.n_parents > 0 AND f.created_month IS NOT NULL
), top AS (
    SELECT family FROM d GROUP BY family
     ORDER BY count(*) DESC, family
     LIMIT coalesce(@extschema@.setting('family_top_n'), '10')::integer
), g AS (
    SELECT d.month, CASE WHEN t.family IS NULL THEN 'other' ELSE d.family END AS family, count(*) AS derivatives
      FROM d LEFT JOIN top t ON t.family = d.family
     GROUP BY 1, 2
)
SELECT month, family, derivatives::bigint,
       (derivatives::double precision / sum(derivatives) OVER (PARTITION BY month)) AS share
  FROM g
 ORDER BY month, family = 'other', derivatives DESC, family;
COMMENT ON VIEW @extschema@.report_family_monthly_share IS
'T8 share of each month''s new derivatives (models created that month with at least one parent) by family of their derived root (model_facts.family: the primary root; so shares add up to 1 per month); families beyond the setting family_top_n (10) by all-time derivatives are other.';

------------------------------------------------------------------------------
-- T9 Lineage depth
------------------------------------------------------------------------------

CREATE VIEW @extschema@.report_lineage_depth AS
WITH g AS (
    SELECT 'depth_max'::text AS measure, depth_max AS depth, count(*) AS models
      FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key AND n.present GROUP BY depth_max
    UNION ALL
    SELECT 'depth_min', depth_min, count(*)
      FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key AND n.present GROUP BY depth_min
)
SELECT measure, depth, coalesce(depth::text, 'in or below a cycle') AS label, models::bigint,
       (models::double precision / sum(models) OVER (PARTITION BY measure)) AS share,
       measure = 'depth_' || coalesce(@extschema@.setting('depth_measure'), 'max') AS headline
  FROM g
 ORDER BY measure, depth NULLS LAST;
COMMENT ON VIEW @extschema@.report_lineage_depth IS
'T9 depth distribution over imported models: depth_max = longest chain of parents up to a root, depth_min = shortest (a root has 0; NULL = in or below a cycle); headline marks the measure chosen by the setting depth_measure.';

CREATE VIEW @extschema@.report_lineage_roots AS
SELECT l.n_roots, count(*)::bigint AS models,
       (count(*)::double precision / sum(count(*)) OVER ()) AS share
  FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key AND n.present
 WHERE l.n_parents > 0
 GROUP BY l.n_roots
 ORDER BY l.n_roots;
COMMENT ON VIEW @extschema@.report_lineage_roots IS
'T9 roots per model: imported models with at least one parent by the number of distinct roots they reach (0 = only cycles above them; 2 or more: a merge across families).';

CREATE VIEW @extschema@.report_lineage_summary AS
SELECT (SELECT count(*) FROM @extschema@.model_nodes WHERE present)::bigint AS models,
       (SELECT count(*) FROM @extschema@.model_nodes WHERE NOT present)::bigint AS dangling_nodes,
       (SELECT count(*) FROM @extschema@.model_edges WHERE child <> parent)::bigint AS edges,
       (SELECT count(*) FROM @extschema@.model_edges WHERE child = parent)::bigint AS self_loops,
       (SELECT count(*) FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key
         WHERE n.present AND l.n_parents > 0)::bigint AS derivatives,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.n_parents = 0 AND l.children > 0)::bigint AS base_roots,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.in_cycle)::bigint AS in_or_below_cycle,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.dangling_parents > 0)::bigint AS with_dangling_parents,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.n_roots > 1)::bigint AS multi_root,
       (SELECT max(depth_max) FROM @extschema@.lineage)::integer AS max_depth,
       (SELECT @extschema@.weighted_median(depth_max, 1) FROM @extschema@.lineage l
          JOIN @extschema@.model_nodes n ON n.key = l.key WHERE n.present AND l.n_parents > 0)::integer AS median_depth_of_derivatives;
COMMENT ON VIEW @extschema@.report_lineage_summary IS
'T9 summary: imported models, dangling parent nodes (named, not imported), edges without self-loops, self-loops, derivatives (imported models with a parent), roots with children, nodes in or below a cycle, nodes with dangling parents, nodes reaching several roots, the greatest depth and the lower median depth_max of derivatives. Largest families: report_families and report_base_models.';

------------------------------------------------------------------------------
-- T11 Science, T12 Hardware
------------------------------------------------------------------------------

CREATE VIEW @extschema@.dataset_domains AS
SELECT DISTINCT d.key, d.created_year, d.downloads_all_time, t.category
  FROM @extschema@.datasets d
 CROSS JOIN LATERAL pg_catalog.unnest(d.tags) x(tag)
  JOIN @extschema@.effective_tag_rules t
    ON t.rule_set = 'science' AND t.match = 'tag' AND t.pattern = pg_catalog.lower(x.tag);
COMMENT ON VIEW @extschema@.dataset_domains IS
'Science domains of each dataset: the categories of the science tag rules its tags match, case-insensitively (one row per dataset and domain).';

CREATE VIEW @extschema@.report_science AS
WITH r AS (
    SELECT 'model'::text AS kind, f.key, f.created_year, f.downloads_all_time, s.domain
      FROM @extschema@.model_facts f CROSS JOIN LATERAL pg_catalog.unnest(f.science) s(domain)
    UNION
    SELECT 'dataset', d.key, d.created_year, d.downloads_all_time, d.category FROM @extschema@.dataset_domains d
), g AS (
    SELECT kind, created_year, domain, count(*) AS repos, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM r GROUP BY kind, created_year, domain
    UNION ALL
    SELECT kind, created_year, 'any science', count(*), coalesce(sum(downloads_all_time), 0)
      FROM (SELECT DISTINCT kind, key, created_year, downloads_all_time FROM r) u
     GROUP BY kind, created_year
)
SELECT kind, created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period, domain,
       repos::bigint,
       sum(repos) OVER (PARTITION BY kind, domain ORDER BY created_year NULLS FIRST ROWS UNBOUNDED PRECEDING)::bigint AS cumulative,
       downloads::bigint
  FROM g
 ORDER BY kind DESC, created_year NULLS FIRST, domain = 'any science' DESC, repos DESC, domain;
COMMENT ON VIEW @extschema@.report_science IS
'T11 science: models and datasets created per year whose tags (models also pipeline or library) match a science rule of tag_rules (biology, chemistry, medical, protein, genomics, physics, climate, materials, molecules, ...), per domain (a repo counts once in each of its domains) and any science (each repo once), with cumulative counts and all-time downloads.';

CREATE VIEW @extschema@.report_hardware AS
WITH r AS (
    SELECT f.key, f.created_year, f.downloads_all_time, h.target
      FROM @extschema@.model_facts f CROSS JOIN LATERAL pg_catalog.unnest(f.hardware) h(target)
), g AS (
    SELECT created_year, target, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM r GROUP BY created_year, target
    UNION ALL
    SELECT created_year, 'any non-NVIDIA', count(*), coalesce(sum(downloads_all_time), 0)
      FROM @extschema@.model_facts WHERE hardware <> '{}' GROUP BY created_year
)
SELECT created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period, target,
       models::bigint, downloads::bigint,
       sum(models) OVER (PARTITION BY target ORDER BY created_year NULLS FIRST ROWS UNBOUNDED PRECEDING)::bigint AS cumulative
  FROM g
 ORDER BY created_year NULLS FIRST, target = 'any non-NVIDIA' DESC, models DESC, target;
COMMENT ON VIEW @extschema@.report_hardware IS
'T12 hardware: models created per year tagged or built for non-NVIDIA targets by the hardware rules of tag_rules (amd: rocm; huawei: ascend, npu, mindspore; intel: openvino, gaudi; apple: mlx, coreml; google: tpu; ...), per target and any non-NVIDIA (each model once), with all-time downloads and cumulative counts.';

------------------------------------------------------------------------------
-- T13 Sovereignty
------------------------------------------------------------------------------

-- sovereignty_monthly: new models and downloads per month of chosen countries and programmes
CREATE FUNCTION @extschema@.sovereignty_monthly(countries text[] DEFAULT NULL)
RETURNS TABLE (month date, country text, programme text, new_models bigint, downloads bigint, models_downloaded bigint)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 1000
BEGIN ATOMIC
    WITH s AS (
        SELECT e.country, e.namespace_key, e.programme FROM @extschema@.effective_sovereignty e
         WHERE sovereignty_monthly.countries IS NULL OR e.country = ANY (sovereignty_monthly.countries)
    ), m AS (
        SELECT f.key, f.created_month, s.country, s.programme
          FROM @extschema@.model_facts f
          JOIN s ON (s.namespace_key IS NULL AND f.country = s.country) OR s.namespace_key = f.namespace
    ), months AS (
        SELECT DISTINCT created_month AS month FROM m WHERE created_month IS NOT NULL
        UNION
        SELECT DISTINCT date_trunc('month', snapshot)::date FROM @extschema@.model_snapshots
    ), nm AS (
        SELECT country, programme, created_month AS month, count(*) AS n FROM m GROUP BY 1, 2, 3
    ), dl AS (
        SELECT m.country, m.programme, d.month, sum(d.downloads) AS downloads, count(*) AS models
          FROM m JOIN @extschema@.model_downloads_monthly d ON d.repo = m.key GROUP BY 1, 2, 3
    )
    SELECT mo.month, p.country, p.programme, coalesce(nm.n, 0)::bigint, coalesce(dl.downloads, 0)::bigint,
           coalesce(dl.models, 0)::bigint
      FROM months mo
     CROSS JOIN (SELECT DISTINCT s.country, s.programme FROM s) p
      LEFT JOIN nm ON nm.country = p.country AND nm.programme = p.programme AND nm.month = mo.month
      LEFT JOIN dl ON dl.country = p.country AND dl.programme = p.programme AND dl.month = mo.month
     WHERE mo.month >= (SELECT min(m2.created_month) FROM m m2)
     ORDER BY mo.month, p.country, p.programme;
END;
COMMENT ON FUNCTION @extschema@.sovereignty_monthly(text[]) IS
'T13 per month, for the countries and programmes of the sovereignty table (countries filters; NULL = all): models created that month, downloads of their steps between snapshots closing in that month (model_downloads_monthly) and models with such downloads. A country row counts every model attributed (direct) to that country; a programme row the models of its namespace. Months from the first such model''s creation; downloads only where snapshots exist.';

CREATE VIEW @extschema@.report_sovereignty AS
SELECT * FROM @extschema@.sovereignty_monthly(NULL) s ORDER BY s.month, s.country, s.programme;
COMMENT ON VIEW @extschema@.report_sovereignty IS
'T13 sovereignty per month for every country and programme of the sovereignty table (default: KR with LG AI Research, SK Telecom, Naver Cloud, NC AI, Upstage; CH with Swiss AI): new models, downloads in the month, models downloaded (sovereignty_monthly()).';

------------------------------------------------------------------------------
-- T14 Attention lifespan
------------------------------------------------------------------------------

CREATE VIEW @extschema@.model_lifespans AS
WITH first_snap AS (
    SELECT min(snapshot) AS snapshot FROM @extschema@.model_snapshots
), w AS (
    SELECT d.repo, s.no, f.created_year,
           CASE WHEN d.prev_snapshot IS NULL THEN coalesce(d.downloads_all_time, 0)
                ELSE coalesce(d.downloads, 0) END AS w
      FROM @extschema@.model_downloads d
      JOIN @extschema@.model_snapshots s ON s.snapshot = d.snapshot
      JOIN @extschema@.model_facts f ON f.key = d.repo
     WHERE f.created_at > (SELECT snapshot FROM first_snap)::timestamp AT TIME ZONE 'UTC'
), pk AS (
    SELECT w.*, max(w.w) OVER r AS peak, min(w.no) OVER r AS j
      FROM w WINDOW r AS (PARTITION BY w.repo)
), pp AS (
    SELECT pk.*, min(CASE WHEN pk.w = pk.peak THEN pk.no END) OVER (PARTITION BY pk.repo) AS p
      FROM pk WHERE pk.peak > 0
), e AS (
    SELECT pp.repo, pp.created_year, pp.j, pp.peak, pp.p,
           min(pp.no) FILTER (WHERE pp.no > pp.p AND pp.w < pp.peak * t.threshold) AS end_no
      FROM pp CROSS JOIN (SELECT coalesce(@extschema@.setting('lifespan_threshold'), '0.1')::numeric AS threshold) t
     GROUP BY pp.repo, pp.created_year, pp.j, pp.peak, pp.p
)
SELECT e.repo AS key, e.created_year::integer AS year, e.j AS first_snapshot_no, e.peak, e.p AS peak_snapshot_no,
       e.end_no AS end_snapshot_no, (e.end_no - e.j) AS weeks
  FROM e;
COMMENT ON VIEW @extschema@.model_lifespans IS
'T14 per model created after the first snapshot (its release is observed): weekly downloads w_k = downloadsAllTime_k minus its value at the model''s previous snapshot, clamped at 0 (the first snapshot holding it: all its downloads), k = snapshot number; peak = the greatest w, peak_snapshot_no its first snapshot; end = the first snapshot after the peak with w below lifespan_threshold (0.1) × peak, in exact numeric arithmetic; weeks = end − the first snapshot holding the model (snapshot steps, weekly in Hub crawls). weeks NULL = censored (not yet below the threshold); models whose peak is 0 are left out.';

CREATE VIEW @extschema@.report_attention_lifespan AS
SELECT year, coalesce(year::text, 'unknown (<= 2022)') AS period,
       count(*)::bigint AS models,
       count(weeks)::bigint AS measured,
       (count(*) - count(weeks))::bigint AS censored,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY weeks)::integer AS median_weeks,
       avg(weeks)::double precision AS mean_weeks
  FROM @extschema@.model_lifespans
 GROUP BY year
HAVING count(weeks) > 0
 ORDER BY year NULLS FIRST;
COMMENT ON VIEW @extschema@.report_attention_lifespan IS
'T14 attention lifespan per release year: models followed from release (model_lifespans), those whose weekly downloads fell below 10% of their peak (measured) and the rest (censored, left out of the median), the lower median (percentile_disc 0.5) and mean of the weeks from release until that fall. Years without a measured model have no row.';

------------------------------------------------------------------------------
-- T15 Small models drive adoption
------------------------------------------------------------------------------

CREATE VIEW @extschema@.report_small_models AS
WITH t AS (
    SELECT bucket, downloads_all_time AS d,
           row_number() OVER (PARTITION BY bucket ORDER BY downloads_all_time DESC NULLS LAST, key) AS rk
      FROM @extschema@.model_facts
     WHERE pipeline_tag = 'text-generation'
), g AS (
    SELECT bucket, count(*) AS models, coalesce(sum(d), 0) AS downloads,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FILTER (WHERE rk <= 10 AND d IS NOT NULL) AS top10_median
      FROM t GROUP BY bucket
)
SELECT bucket, coalesce(bucket::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads,
       top10_median
  FROM g
 ORDER BY bucket NULLS LAST;
COMMENT ON VIEW @extschema@.report_small_models IS
'T15 among text-generation models (pipeline_tag): models and all-time downloads per size bucket of the resolved total (unknown = no size), share of downloads, and the median (percentile_cont, the mean of the 5th and 6th) of the all-time downloads of the 10 most downloaded models of the bucket.';

CREATE VIEW @extschema@.report_small_models_summary AS
SELECT (SELECT sum(downloads) FROM @extschema@.report_small_models)::bigint AS downloads,
       (SELECT downloads FROM @extschema@.report_small_models WHERE bucket = '1–9B')::bigint AS downloads_1_9b,
       (SELECT share_downloads FROM @extschema@.report_small_models WHERE bucket = '1–9B') AS share_1_9b,
       (SELECT top10_median FROM @extschema@.report_small_models WHERE bucket = '1–9B') AS top10_median_1_9b,
       (SELECT top10_median FROM @extschema@.report_small_models WHERE bucket = '100B+') AS top10_median_100b_plus,
       (SELECT top10_median FROM @extschema@.report_small_models WHERE bucket = '1–9B')
         / NULLIF((SELECT top10_median FROM @extschema@.report_small_models WHERE bucket = '100B+'), 0) AS top10_median_ratio;
COMMENT ON VIEW @extschema@.report_small_models_summary IS
'T15 headline: all-time downloads of text-generation models, those of 1–9B models and their share, and the median downloads of the top 10 models of the 1–9B and 100B+ buckets with their ratio (1–9B over 100B+).';

------------------------------------------------------------------------------
-- The rendered report: section registry, SVG charts, HTML and Markdown
------------------------------------------------------------------------------

/* the rendered report (from the section registry)
 * report_sections, SVG chart helpers, report_html() and report_markdown().
 * Appended to sql/hfstate--0.2--0.3.sql by the integrator (extension-script style). */

------------------------------------------------------------------------------
-- The section registry: what the rendered report shows, in order.  Each row
-- names a query (run with search_path = hfstate, pg_catalog, pg_temp), its
-- chart and the columns the chart reads; the renderer draws whatever is here.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.report_sections (
    position    integer PRIMARY KEY,
    id          text UNIQUE NOT NULL,
    title       text NOT NULL,
    definition  text NOT NULL,
    data_window text NOT NULL,
    query       text NOT NULL,
    chart       text NOT NULL CHECK (chart IN ('bar', 'line', 'histogram', 'table')),
    x           text,
    y           text[],
    headline    boolean NOT NULL DEFAULT false,
    source      text NOT NULL DEFAULT 'user' CHECK (source IN ('seed', 'user'))
);
COMMENT ON TABLE @extschema@.report_sections IS
'The sections of the rendered report (hfstate.report_html, hfstate.report_markdown), in position order: title, definition, data window, the query whose rows are shown (a SELECT run with search_path = hfstate, pg_catalog, pg_temp and the caller''s privileges), the chart (bar: horizontal bars of each y column by x; line: one line per y column over x; histogram: vertical bars of each y column by x; table: data only), and headline (its first row''s y columns, or the first y of each row when x is set, are shown as headline numbers on top). Columns named *share*, *pct* or *percent* are fractions shown as percentages. Rows shipped with the extension have source = seed and are recreated by CREATE EXTENSION, not dumped; pg_dump keeps the rows you add (source = user, the default): to change a shipped section durably, give your version a position of its own and delete the shipped row after each restore, or keep it and add yours.';
COMMENT ON COLUMN @extschema@.report_sections.query IS
'A SELECT (no trailing semicolon needed) whose rows, in their order, are the section''s data; columns keep their order.';
COMMENT ON COLUMN @extschema@.report_sections.x IS
'The column holding the category or period of the chart (labels of bars, points of lines); NULL for a table.';
COMMENT ON COLUMN @extschema@.report_sections.y IS
'The numeric columns charted (one panel per column for bar and histogram, one line per column for line), or shown as headline numbers.';

COMMENT ON COLUMN @extschema@.report_sections.source IS
'seed: shipped with the extension (recreated by CREATE EXTENSION, not dumped); user: added by you (kept by pg_dump).';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.report_sections', 'WHERE source = ''user''');

INSERT INTO @extschema@.report_sections (position, id, title, definition, data_window, query, chart, x, y, headline) VALUES
(5, 't1_totals', 'The Hub today',
 'Public repositories and creators (namespaces with at least one repo) in the current tables; user accounts are not in the dumps.',
 'all time, current rows of the latest snapshot',
 $q$SELECT cumulative_models AS models, cumulative_datasets AS datasets, cumulative_spaces AS spaces,
       cumulative_creators AS creators
  FROM report_growth ORDER BY year DESC NULLS LAST LIMIT 1$q$,
 'table', NULL, '{models,datasets,spaces,creators}', true),
(10, 't1_growth', 'T1 Growth of the Hub',
 'Cumulative public models, datasets, Spaces and creators by year of createdAt (UTC); the createdAt sentinel and missing dates are "unknown (<= 2022)", counted before 2022. Ratios are year over year of the cumulative counts.',
 'all time, by creation year',
 $q$SELECT period, new_models, new_datasets, new_spaces, new_creators, active_creators, cumulative_models,
       cumulative_datasets, cumulative_spaces, cumulative_creators, models_yoy, datasets_yoy, creators_yoy
  FROM report_growth ORDER BY year NULLS FIRST$q$,
 'line', 'period', '{cumulative_models,cumulative_datasets,cumulative_spaces,cumulative_creators}', false),
(11, 't1_new_per_year', 'T1 New repositories per year',
 'Public models, datasets and Spaces created each year (UTC year of createdAt; "unknown (<= 2022)" = sentinel or missing date).',
 'all time, by creation year',
 $q$SELECT period, new_models, new_datasets, new_spaces FROM report_growth ORDER BY year NULLS FIRST$q$,
 'histogram', 'period', '{new_models,new_datasets}', false),
(20, 't2_concentration', 'T2 Download concentration',
 'Over all-time downloads per model: share of the top 200 models, share of models with fewer than 200 downloads, the median (lower median), Gini, and HHI (shares in percent, 0–10,000) over models, namespaces and attributed countries.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT models, downloads, top_200_share, share_under_200, median_downloads, gini, hhi_model, hhi_author, hhi_country
  FROM report_concentration$q$,
 'table', NULL, '{downloads,top_200_share,share_under_200,median_downloads,gini}', true),
(21, 't2_top_shares', 'T2 Share of all downloads held by the top models',
 'Share of all-time downloads held by the most downloaded 0.01 %, 0.1 % and 1 % of models (ceil of the fraction, at least one model) and by the top 200 models.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT v.models, v.share
  FROM report_concentration c
 CROSS JOIN LATERAL (VALUES (1, 'top 0.01 % of models', c.top_0_01pct_share), (2, 'top 0.1 % of models', c.top_0_1pct_share),
                            (3, 'top 1 % of models', c.top_1pct_share), (4, 'top 200 models', c.top_200_share)) v(n, models, share)
 ORDER BY v.n$q$,
 'bar', 'models', '{share}', false),
(30, 't3_country', 'T3 Downloads by developer country',
 'All-time downloads by the country of the model''s own namespace in the author registry (direct attribution); none = registered without a country, unknown = not in the registry. Shares add up to 100 %.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT country, models, downloads, share FROM report_downloads_by_country$q$,
 'bar', 'country', '{share}', false),
(40, 't4_type', 'T4 Downloads by developer type',
 'All-time downloads by the developer type of the model''s own namespace (industry, academia, nonprofit, government, community, independent; unknown = not in the registry or no type). Shares add up to 100 %.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT developer_type, models, downloads, share FROM report_downloads_by_type$q$,
 'bar', 'developer_type', '{share}', false),
(60, 't6_size_buckets', 'T6 Model size buckets',
 'Models and all-time downloads per bucket of the resolved total parameter count (model_sizes: safetensors, gguf, config.json, name; quantized repos take their base model''s size); unknown = no size known.',
 'all time; sizes as of the last hfstate.refresh_sizes()',
 $q$SELECT label AS bucket, models, downloads, share_models, share_downloads FROM report_size_buckets$q$,
 'histogram', 'bucket', '{share_models,share_downloads}', false),
(61, 't6_size_by_year', 'T6 Download-weighted model size per year',
 'Per creation year, over models with a known size: mean and median of total and effective (MoE active) parameters, each all-time download being one observation.',
 'all time, by creation year',
 $q$SELECT period, models_with_size, downloads, mean_total, median_total, mean_effective, median_effective
  FROM report_size_by_year ORDER BY year NULLS FIRST$q$,
 'line', 'period', '{mean_total,median_total,mean_effective,median_effective}', false),
(90, 't10_robotics', 'T10 Robotics datasets per year',
 'Datasets created each year in the robotics category (task_categories:robotics, tag LeRobot or library:lerobot, counted once), and cumulative.',
 'all time, by creation year',
 $q$SELECT period, datasets AS new_datasets, cumulative FROM report_dataset_categories
 WHERE category = 'robotics' ORDER BY year NULLS FIRST$q$,
 'line', 'period', '{new_datasets,cumulative}', false),
(91, 't10_largest', 'T10 Largest dataset category per year',
 'The task category with the most new datasets each year (ties all shown), with its count and its cumulative count.',
 'all time, by creation year',
 $q$SELECT period, category, datasets, cumulative FROM report_dataset_categories
 WHERE largest_in_year ORDER BY year NULLS FIRST, category$q$,
 'table', NULL, NULL, false);

-- sql/report_sections_rows.sql: the report's sections (T1–T15) for the renderer's registry
-- @extschema@.report_sections (created by the renderer's script).  Positions interleave with the renderer's own rows (table number × 10);
-- each query is a SELECT over a report view; x and y name its columns.
INSERT INTO @extschema@.report_sections (position, id, title, definition, data_window, query, chart, x, y, headline) VALUES
(12, 't1_creators', 'T1 Creators per year',
 'Namespaces creating their first repo (new) and any repo (active) per year, and cumulative creators.',
 'all time, per creation year', 'SELECT period, new_creators, active_creators, cumulative_creators FROM report_growth',
 'bar', 'period', ARRAY['new_creators', 'active_creators'], false),
(31, 't3_derived', 'T3 Downloads by developer country (all time, derived)',
 'All-time downloads credited to the country of the root base model''s namespace.',
 'all time', 'SELECT country, downloads, share FROM report_downloads_by_country_derived',
 'bar', 'country', ARRAY['share'], false),
(32, 't3_12m', 'T3 Downloads by developer country, last 12 months',
 'Downloads between the snapshots bounding the last 12 months, direct and derived attribution.',
 'last 12 months (data_window column)', 'SELECT country, share FROM report_downloads_by_country_12m WHERE attribution = ''direct''',
 'bar', 'country', ARRAY['share'], false),
(33, 't3_monthly', 'T3 Downloads by developer country per month',
 'Per calendar month: downloads of the steps between snapshots closing in the month, by country (direct).',
 'per calendar month', 'SELECT month::text AS month, coalesce(sum(share) FILTER (WHERE country = ''CN''), 0) AS china, coalesce(sum(share) FILTER (WHERE country = ''US''), 0) AS united_states, coalesce(sum(share) FILTER (WHERE country NOT IN (''CN'', ''US'', ''none'', ''unknown'')), 0) AS other_countries, coalesce(sum(share) FILTER (WHERE country IN (''none'', ''unknown'')), 0) AS unattributed FROM report_downloads_by_country_month WHERE attribution = ''direct'' GROUP BY month ORDER BY month',
 'line', 'month', ARRAY['china', 'united_states', 'other_countries', 'unattributed'], false),
(34, 't3_year', 'T3 Downloads by developer country per creation year',
 'All-time downloads of the models created each year by country (direct).',
 'per creation year', 'SELECT coalesce(year::text, ''unknown'') AS period, coalesce(sum(share) FILTER (WHERE country = ''CN''), 0) AS china, coalesce(sum(share) FILTER (WHERE country = ''US''), 0) AS united_states, coalesce(sum(share) FILTER (WHERE country NOT IN (''CN'', ''US'', ''none'', ''unknown'')), 0) AS other_countries, coalesce(sum(share) FILTER (WHERE country IN (''none'', ''unknown'')), 0) AS unattributed FROM report_downloads_by_country_year GROUP BY year ORDER BY year NULLS FIRST',
 'line', 'period', ARRAY['china', 'united_states', 'other_countries', 'unattributed'], false),
(35, 't3_first_year', 'T3 First-year downloads of new models by country',
 'Models created in the last year, their downloads in their first year (the paper''s one_year_rolling).',
 'models created in the year before the latest snapshot', 'SELECT grp AS country, share FROM report_downloads_first_year WHERE dimension = ''country'' AND attribution = ''direct''',
 'bar', 'country', ARRAY['share'], false),
(41, 't4_year', 'T4 Downloads by developer type per creation year',
 'All-time downloads of the models created each year by developer type (direct).',
 'per creation year', 'SELECT coalesce(year::text, ''unknown'') AS period, coalesce(sum(share) FILTER (WHERE developer_type = ''industry''), 0) AS industry, coalesce(sum(share) FILTER (WHERE developer_type = ''independent''), 0) AS independent, coalesce(sum(share) FILTER (WHERE developer_type = ''academia''), 0) AS academia, coalesce(sum(share) FILTER (WHERE developer_type = ''community''), 0) AS community, coalesce(sum(share) FILTER (WHERE developer_type = ''nonprofit''), 0) AS nonprofit, coalesce(sum(share) FILTER (WHERE developer_type = ''government''), 0) AS government, coalesce(sum(share) FILTER (WHERE developer_type = ''unknown''), 0) AS unknown FROM report_downloads_by_type_year GROUP BY year ORDER BY year NULLS FIRST',
 'line', 'period', ARRAY['industry', 'independent', 'academia', 'community', 'nonprofit', 'government', 'unknown'], false),
(42, 't4_12m', 'T4 Downloads by developer type, last 12 months',
 'Downloads between the snapshots bounding the last 12 months by developer type, direct and derived.',
 'last 12 months (data_window column)', 'SELECT attribution, developer_type, share FROM report_downloads_by_type_12m',
 'table', NULL, ARRAY['share'], false),
(43, 't4_monthly', 'T4 Downloads by developer type per month',
 'Per calendar month, downloads between snapshots by developer type (direct).',
 'per calendar month', 'SELECT month::text AS month, coalesce(sum(share) FILTER (WHERE developer_type = ''industry''), 0) AS industry, coalesce(sum(share) FILTER (WHERE developer_type = ''independent''), 0) AS independent, coalesce(sum(share) FILTER (WHERE developer_type = ''academia''), 0) AS academia, coalesce(sum(share) FILTER (WHERE developer_type = ''community''), 0) AS community, coalesce(sum(share) FILTER (WHERE developer_type = ''nonprofit''), 0) AS nonprofit, coalesce(sum(share) FILTER (WHERE developer_type = ''government''), 0) AS government, coalesce(sum(share) FILTER (WHERE developer_type = ''unknown''), 0) AS unknown FROM report_downloads_by_type_month WHERE attribution = ''direct'' GROUP BY month ORDER BY month',
 'line', 'month', ARRAY['industry', 'independent', 'academia', 'community', 'nonprofit', 'government', 'unknown'], false),
(50, 't5_movers', 'T5 Biggest movers in model releases',
 'Namespaces whose model releases grew most in the last full year, with the year-over-year multiple.',
 'last full year vs the year before', 'SELECT namespace, country, releases, previous_year, yoy_multiple FROM report_release_movers',
 'bar', 'namespace', ARRAY['releases', 'previous_year'], false),
(62, 't6_scale', 'T6 Model size, fine scale',
 'Models and downloads per fine size step.',
 'all time', 'SELECT label, share_models, share_downloads FROM report_size_scale',
 'histogram', 'label', ARRAY['share_models', 'share_downloads'], false),
(70, 't7_trends', 'T7 Architecture trends',
 'Share of new models that are quantized, MoE, multimodal per year.',
 'per creation year', 'SELECT period, quantized_share, moe_share, multimodal_share FROM report_architecture_trends',
 'line', 'period', ARRAY['quantized_share', 'moe_share', 'multimodal_share'], false),
(80, 't8_families', 'T8 Derivative families',
 'Distinct descendants per family split by relation; a merge within a family counts once.',
 'latest snapshot', 'SELECT family, finetune, adapter, quantized, merge FROM report_families LIMIT 15',
 'bar', 'family', ARRAY['finetune', 'adapter', 'quantized', 'merge'], false),
(81, 't8_base_models', 'T8 Largest base models',
 'Base models by distinct descendants, with direct children.',
 'latest snapshot', 'SELECT id, children, descendants FROM report_base_models LIMIT 20',
 'table', NULL, ARRAY['children', 'descendants'], false),
(82, 't8_monthly_share', 'T8 Share of new derivatives by family',
 'Share of each month''s new derivatives by family of their root.',
 'per creation month', 'SELECT month::text AS month, coalesce(sum(share) FILTER (WHERE family = ''Qwen''), 0) AS qwen, coalesce(sum(share) FILTER (WHERE family = ''Meta''), 0) AS meta, coalesce(sum(share) FILTER (WHERE family = ''Google''), 0) AS google, coalesce(sum(share) FILTER (WHERE family = ''Mistral''), 0) AS mistral, coalesce(sum(share) FILTER (WHERE family = ''DeepSeek''), 0) AS deepseek, coalesce(sum(share) FILTER (WHERE family NOT IN (''Qwen'', ''Meta'', ''Google'', ''Mistral'', ''DeepSeek'')), 0) AS other FROM report_family_monthly_share GROUP BY month ORDER BY month',
 'line', 'month', ARRAY['qwen', 'meta', 'google', 'mistral', 'deepseek', 'other'], false),
(85, 't9_depth', 'T9 Lineage depth',
 'Distribution of the longest and shortest chain to a root; NULL = in or below a cycle.',
 'latest snapshot', 'SELECT label, models, share FROM report_lineage_depth WHERE headline',
 'histogram', 'label', ARRAY['models'], false),
(86, 't9_roots', 'T9 Roots per derivative',
 'Derivatives by the number of distinct roots they reach.',
 'latest snapshot', 'SELECT n_roots, models FROM report_lineage_roots',
 'bar', 'n_roots', ARRAY['models'], false),
(87, 't9_summary', 'T9 Lineage summary',
 'Edges, self-loops, dangling parents, cycles, multi-root models, greatest depth.',
 'latest snapshot', 'SELECT * FROM report_lineage_summary',
 'table', NULL, ARRAY['derivatives', 'max_depth'], false),
(110, 't11_science', 'T11 Science',
 'Models and datasets with science domain tags per year.',
 'per creation year', 'SELECT kind, period, domain, repos FROM report_science',
 'bar', 'period', ARRAY['repos'], false),
(120, 't12_hardware', 'T12 Hardware beyond NVIDIA',
 'Models tagged or built for non-NVIDIA targets per year.',
 'per creation year', 'SELECT period, target, models FROM report_hardware',
 'bar', 'period', ARRAY['models'], false),
(130, 't13_sovereignty', 'T13 Sovereignty',
 'New models and downloads per month for the followed countries and national programmes.',
 'per month', 'SELECT month, programme, new_models, downloads FROM report_sovereignty',
 'line', 'month', ARRAY['new_models', 'downloads'], false),
(140, 't14_lifespan', 'T14 Attention lifespan',
 'Weeks from release until weekly downloads fall below 10% of their peak; lower median per release year.',
 'weekly snapshots', 'SELECT period, median_weeks, measured, censored FROM report_attention_lifespan',
 'bar', 'period', ARRAY['median_weeks'], false),
(150, 't15_small_models', 'T15 Small models drive adoption',
 'Text-generation downloads per size bucket and the median of the top 10 per bucket.',
 'all time', 'SELECT label, downloads, share_downloads, top10_median FROM report_small_models',
 'bar', 'label', ARRAY['share_downloads'], false),
(151, 't15_summary', 'T15 1–9B versus 100B+',
 'Share of text-generation downloads of 1–9B models; ratio of top-10 medians 1–9B over 100B+.',
 'all time', 'SELECT share_1_9b, top10_median_1_9b, top10_median_100b_plus, top10_median_ratio FROM report_small_models_summary',
 'table', NULL, ARRAY['share_1_9b', 'top10_median_ratio'], false);

-- Every row the extension script inserts is shipped (seed), not the user's: keep this statement
-- after all INSERTs of shipped sections in the version script (also those of report_sections_rows.sql).
UPDATE @extschema@.report_sections SET source = 'seed';

------------------------------------------------------------------------------
-- Formatting helpers
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.html_escape(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;');
END;
COMMENT ON FUNCTION @extschema@.html_escape(text) IS
'The text with & < > " and '' replaced by their HTML character references, safe in HTML and SVG text and attribute values. NULL in, NULL out.';

CREATE FUNCTION @extschema@.is_share_column(name text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT name OPERATOR(pg_catalog.~) '(^|_|[0-9])(share|pct|percent)(_|$)';
END;
COMMENT ON FUNCTION @extschema@.is_share_column(text) IS
'True when a report column holds a fraction to be shown as a percentage: its name has the word share, pct or percent (between underscores, digits or the ends), e.g. share, top_200_share, share_under_200, top_0_01pct_share.';

CREATE FUNCTION @extschema@.format_number(v numeric, percent boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    r text;
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    IF v = 'NaN'::numeric THEN
        RETURN 'NaN';
    END IF;
    IF coalesce(percent, false) THEN
        v := v * 100;
        IF v = 0 THEN
            RETURN '0%';
        ELSIF abs(v) < 1 THEN
            RETURN trim(to_char(round(v, 2), 'FM990.00')) || '%';
        END IF;
        RETURN trim(to_char(round(v, 1), 'FM999,999,999,999,999,999,990.0')) || '%';
    END IF;
    IF abs(v) >= 1e15 THEN
        RETURN trim(to_char(v, '9.999EEEE'));
    END IF;
    IF v = trunc(v) OR abs(v) >= 1e6 THEN
        v := round(v);
        IF abs(v) < 1000 THEN
            RETURN v::text;
        END IF;
        RETURN to_char(v, 'FM999,999,999,999,999');
    END IF;
    IF abs(v) >= 100 THEN
        r := to_char(round(v, 1), 'FM999,999,990.0');
    ELSIF abs(v) >= 0.01 THEN
        r := round(v, 3)::text;
    ELSE
        r := round(v, 6)::text;
    END IF;
    IF r LIKE '%.%' THEN
        r := rtrim(rtrim(r, '0'), '.');
    END IF;
    RETURN r;
END
$fn$;
COMMENT ON FUNCTION @extschema@.format_number(numeric, boolean) IS
'A number as the report shows it: integers exactly, with thousands separators from 1,000 on; other numbers rounded (1 decimal from 100 on, 3 decimals from 0.01 on, else 6; trailing zeros dropped; to integers from 1e6 on); from 1e15 on in scientific notation. With percent, a fraction shown as a percentage (1 decimal, 2 under 1 %). NULL in, NULL out.';

CREATE FUNCTION @extschema@.format_compact(v float8, percent boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    a float8;
    d numeric;
    suffix text := '';
BEGIN
    IF v IS NULL OR v = 'NaN'::float8 OR v IN ('Infinity'::float8, '-Infinity'::float8) THEN
        RETURN NULL;
    END IF;
    IF coalesce(percent, false) THEN
        RETURN format_number(v::numeric, true);
    END IF;
    a := abs(v);
    IF a >= 1e12 THEN
        d := (v / 1e12)::numeric; suffix := 'T';
    ELSIF a >= 1e9 THEN
        d := (v / 1e9)::numeric; suffix := 'B';
    ELSIF a >= 1e6 THEN
        d := (v / 1e6)::numeric; suffix := 'M';
    ELSIF a >= 1e3 THEN
        d := (v / 1e3)::numeric; suffix := 'K';
    ELSE
        d := v::numeric;
    END IF;
    IF abs(d) >= 100 OR (suffix = '' AND d = trunc(d)) THEN
        d := round(d);
    ELSIF abs(d) >= 10 THEN
        d := round(d, 1);
    ELSE
        d := round(d, 2);
    END IF;
    RETURN CASE WHEN d::text LIKE '%.%' THEN rtrim(rtrim(d::text, '0'), '.') ELSE d::text END || suffix;
END
$fn$;
COMMENT ON FUNCTION @extschema@.format_compact(double precision, boolean) IS
'A number in the short form of chart labels: 1.5K, 23M, 8.1B, 1.2T (3 significant digits at most, trailing zeros dropped), or with percent a fraction as a percentage. NULL, NaN and infinities give NULL.';

CREATE FUNCTION @extschema@.svg_nice_step(v float8, ticks integer DEFAULT 4) RETURNS float8
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    raw float8;
    mag float8;
    norm float8;
BEGIN
    IF v IS NULL OR NOT v > 0 OR v = 'Infinity'::float8 THEN
        RETURN 1;
    END IF;
    raw := v / greatest(coalesce(ticks, 4), 1);
    mag := power(10::float8, floor(log(raw)));
    norm := raw / mag;
    RETURN mag * CASE WHEN norm <= 1 THEN 1 WHEN norm <= 2 THEN 2 WHEN norm <= 2.5 THEN 2.5
                      WHEN norm <= 5 THEN 5 ELSE 10 END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_nice_step(double precision, integer) IS
'The step between axis ticks for values up to v: 1, 2, 2.5 or 5 times a power of ten, so that about ticks steps cover v. 1 for NULL, zero, negative or infinite v.';

CREATE FUNCTION @extschema@.svg_palette(i integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT (ARRAY['#2f6db5', '#e8833a', '#3a9a5b', '#c8454f', '#7e63b8', '#8c6d4f', '#d16fb1', '#6b7280'])
           [((i - 1) % 8 + 8) % 8 + 1];
END;
COMMENT ON FUNCTION @extschema@.svg_palette(integer) IS
'The i-th colour (1-based, cycling through 8) of the report''s charts, as a #rrggbb string.';

------------------------------------------------------------------------------
-- SVG charts.  Each returns one <svg class="chart"> element whose drawn marks
-- (bars, lines, points) have class "mark", or NULL when there is nothing to
-- draw (no finite value above zero).
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.svg_bar_chart(labels text[], vals float8[], percent boolean DEFAULT false,
                                          width integer DEFAULT 720, caption text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer := coalesce(cardinality(vals), 0);
    vmax float8;
    top float8;
    step float8;
    w integer := greatest(coalesce(width, 720), 320);
    lab_w integer := 170;
    val_w integer := 76;
    row_h integer := 26;
    cap_h integer := CASE WHEN caption IS NULL THEN 0 ELSE 22 END;
    plot_w float8;
    h integer;
    y0 integer;
    bw float8;
    v float8;
    lab text;
    t float8;
    out text;
    i integer;
BEGIN
    SELECT max(u) INTO vmax FROM unnest(vals) u WHERE u > 0 AND u < 'Infinity'::float8;
    IF vmax IS NULL THEN
        RETURN NULL;
    END IF;
    step := svg_nice_step(vmax);
    top := ceil(vmax / step) * step;
    plot_w := w - lab_w - val_w;
    y0 := cap_h + 6;
    h := y0 + n * row_h + 24;
    out := format('<svg class="chart bar" xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">',
                  w, h, w, h);
    IF caption IS NOT NULL THEN
        out := out || format('<text class="caption" x="0" y="15">%s</text>', html_escape(caption));
    END IF;
    /* grid lines and tick labels */
    t := 0;
    WHILE t <= top * (1 + 1e-9) LOOP
        out := out || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>',
                             round((lab_w + plot_w * t / top)::numeric, 1), y0, round((lab_w + plot_w * t / top)::numeric, 1),
                             y0 + n * row_h, round((lab_w + plot_w * t / top)::numeric, 1), y0 + n * row_h + 16,
                             html_escape(replace(format_compact(t, percent), '.0%', '%')));
        t := t + step;
    END LOOP;
    FOR i IN 1 .. n LOOP
        v := vals[i];
        lab := coalesce(labels[i], '(null)');
        out := out || format('<text class="label" x="%s" y="%s" text-anchor="end"><title>%s</title>%s</text>',
                             lab_w - 8, y0 + (i - 1) * row_h + 17, html_escape(lab),
                             html_escape(CASE WHEN length(lab) > 24 THEN left(lab, 23) || '…' ELSE lab END));
        IF v IS NOT NULL AND v > 0 AND v < 'Infinity'::float8 THEN
            bw := plot_w * v / top;
            out := out || format('<rect class="mark" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s: %s</title></rect>',
                                 lab_w, y0 + (i - 1) * row_h + 4, round(greatest(bw, 1)::numeric, 1), row_h - 8,
                                 CASE WHEN lower(lab) IN ('none', 'unknown', 'other') OR lab LIKE 'unknown%' THEN '#9aa5b1'
                                      ELSE svg_palette(1) END,
                                 html_escape(lab), html_escape(format_number(v::numeric, percent)));
        ELSE
            bw := 0;
        END IF;
        out := out || format('<text class="value" x="%s" y="%s">%s</text>',
                             round((lab_w + bw + 5)::numeric, 1), y0 + (i - 1) * row_h + 17,
                             html_escape(coalesce(format_compact(v, percent), '–')));
    END LOOP;
    out := out || format('<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>', lab_w, y0, lab_w, y0 + n * row_h);
    RETURN out || '</svg>';
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_bar_chart(text[], double precision[], boolean, integer, text) IS
'An inline SVG horizontal bar chart (bars of the labels none, unknown, other and unknown* in grey): one labelled bar per element (label, bar scaled to a rounded maximum, value; percent shows values as percentages), grid lines with tick labels, an optional caption. Bars are <rect class="mark">; NULL, zero and negative values get no bar. NULL when no value is above zero. Text is HTML-escaped.';

CREATE FUNCTION @extschema@.svg_histogram(labels text[], vals float8[], percent boolean DEFAULT false,
                                          width integer DEFAULT 720, caption text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer := coalesce(cardinality(vals), 0);
    vmax float8;
    top float8;
    step float8;
    w integer := greatest(coalesce(width, 720), 240);
    left_w integer := 56;
    cap_h integer := CASE WHEN caption IS NULL THEN 0 ELSE 22 END;
    plot_h integer := 200;
    y0 integer;
    h integer;
    band float8;
    bh float8;
    v float8;
    lab text;
    t float8;
    ty float8;
    out text;
    i integer;
BEGIN
    SELECT max(u) INTO vmax FROM unnest(vals) u WHERE u > 0 AND u < 'Infinity'::float8;
    IF vmax IS NULL THEN
        RETURN NULL;
    END IF;
    step := svg_nice_step(vmax);
    top := ceil(vmax / step) * step;
    y0 := cap_h + 18;
    h := y0 + plot_h + 34;
    band := (w - left_w - 8)::float8 / n;
    out := format('<svg class="chart histogram" xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">',
                  w, h, w, h);
    IF caption IS NOT NULL THEN
        out := out || format('<text class="caption" x="0" y="15">%s</text>', html_escape(caption));
    END IF;
    t := 0;
    WHILE t <= top * (1 + 1e-9) LOOP
        ty := y0 + plot_h - plot_h * t / top;
        out := out || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="tick" x="%s" y="%s" text-anchor="end">%s</text>',
                             left_w, round(ty::numeric, 1), w - 8, round(ty::numeric, 1), left_w - 6,
                             round((ty + 4)::numeric, 1), html_escape(replace(format_compact(t, percent), '.0%', '%')));
        t := t + step;
    END LOOP;
    FOR i IN 1 .. n LOOP
        v := vals[i];
        lab := coalesce(labels[i], '(null)');
        IF v IS NOT NULL AND v > 0 AND v < 'Infinity'::float8 THEN
            bh := greatest(plot_h * v / top, 1);
            out := out || format('<rect class="mark" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s: %s</title></rect>',
                                 round((left_w + (i - 1) * band + band * 0.15)::numeric, 1), round((y0 + plot_h - bh)::numeric, 1),
                                 round((band * 0.7)::numeric, 1), round(bh::numeric, 1),
                                 CASE WHEN lower(lab) IN ('none', 'unknown', 'other') OR lab LIKE 'unknown%' THEN '#9aa5b1'
                                      ELSE svg_palette(1) END,
                                 html_escape(lab), html_escape(format_number(v::numeric, percent)));
        ELSE
            bh := 0;
        END IF;
        out := out || format('<text class="value" x="%s" y="%s" text-anchor="middle">%s</text>',
                             round((left_w + (i - 0.5) * band)::numeric, 1), round((y0 + plot_h - bh - 4)::numeric, 1),
                             html_escape(coalesce(format_compact(v, percent), '–')));
        out := out || format('<text class="label" x="%s" y="%s" text-anchor="middle"><title>%s</title>%s</text>',
                             round((left_w + (i - 0.5) * band)::numeric, 1), y0 + plot_h + 16, html_escape(lab),
                             html_escape(CASE WHEN length(lab) > greatest((band / 7)::integer, 3)
                                              THEN left(lab, greatest((band / 7)::integer, 3) - 1) || '…' ELSE lab END));
    END LOOP;
    out := out || format('<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>', left_w, y0 + plot_h, w - 8, y0 + plot_h);
    RETURN out || '</svg>';
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_histogram(text[], double precision[], boolean, integer, text) IS
'An inline SVG histogram (bars of the labels none, unknown, other and unknown* in grey): one vertical bar per element in order (bins such as size buckets or years), value above, label below, a y axis with rounded ticks (percent: values as percentages), an optional caption. Bars are <rect class="mark">; NULL, zero and negative values get no bar. NULL when no value is above zero. Text is HTML-escaped.';

CREATE FUNCTION @extschema@.svg_line_chart(x text[], series_names text[], vals float8[], percent boolean DEFAULT false,
                                           width integer DEFAULT 720) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer := coalesce(cardinality(x), 0);
    ns integer;
    vmax float8;
    top float8;
    step float8;
    w integer := greatest(coalesce(width, 720), 320);
    left_w integer := 60;
    right_w integer := 16;
    legend_h integer;
    plot_h integer := 220;
    y0 integer;
    h integer;
    dx float8;
    px float8;
    py float8;
    v float8;
    t float8;
    ty float8;
    pts text;
    npts integer;
    label_every integer;
    lx integer;
    ly integer;
    out text;
    legend text := '';
    marks text := '';
    i integer;
    s integer;
BEGIN
    IF n = 0 OR vals IS NULL OR array_ndims(vals) IS NULL THEN
        RETURN NULL;
    END IF;
    IF array_ndims(vals) = 1 THEN
        vals := ARRAY[vals];
    END IF;
    IF array_ndims(vals) <> 2 OR array_length(vals, 2) <> n THEN
        RAISE EXCEPTION 'svg_line_chart: values must be a series × points array with one column per x value'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    ns := array_length(vals, 1);
    SELECT max(u) INTO vmax FROM unnest(vals) u WHERE u > 0 AND u < 'Infinity'::float8;
    IF vmax IS NULL THEN
        RETURN NULL;
    END IF;
    step := svg_nice_step(vmax);
    top := ceil(vmax / step) * step;
    /* legend: entries laid out left to right, wrapping */
    lx := left_w;
    ly := 14;
    FOR s IN 1 .. ns LOOP
        IF lx + 24 + 7 * length(coalesce(series_names[s], 'series ' || s)) > w - right_w AND lx > left_w THEN
            lx := left_w;
            ly := ly + 18;
        END IF;
        legend := legend || format('<rect class="key" x="%s" y="%s" width="14" height="4" fill="%s"/><text class="legend" x="%s" y="%s">%s</text>',
                                   lx, ly - 5, svg_palette(s), lx + 19, ly,
                                   html_escape(coalesce(series_names[s], 'series ' || s)));
        lx := lx + 34 + 7 * length(coalesce(series_names[s], 'series ' || s));
    END LOOP;
    legend_h := ly + 8;
    y0 := legend_h + 8;
    h := y0 + plot_h + 30;
    dx := CASE WHEN n > 1 THEN (w - left_w - right_w - 20)::float8 / (n - 1) ELSE 0 END;
    out := format('<svg class="chart line" xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">',
                  w, h, w, h) || legend;
    t := 0;
    WHILE t <= top * (1 + 1e-9) LOOP
        ty := y0 + plot_h - plot_h * t / top;
        out := out || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="tick" x="%s" y="%s" text-anchor="end">%s</text>',
                             left_w, round(ty::numeric, 1), w - right_w, round(ty::numeric, 1), left_w - 6,
                             round((ty + 4)::numeric, 1), html_escape(replace(format_compact(t, percent), '.0%', '%')));
        t := t + step;
    END LOOP;
    label_every := greatest(ceil(n * 60.0 / (w - left_w - right_w))::integer, 1);
    FOR i IN 1 .. n LOOP
        IF (i - 1) % label_every = 0 OR i = n THEN
            px := left_w + 10 + (i - 1) * dx + CASE WHEN n = 1 THEN (w - left_w - right_w - 20) / 2.0 ELSE 0 END;
            out := out || format('<text class="label" x="%s" y="%s" text-anchor="middle">%s</text>',
                                 round(px::numeric, 1), y0 + plot_h + 18,
                                 html_escape(CASE WHEN length(coalesce(x[i], '(null)')) > 12
                                                  THEN left(x[i], 11) || '…' ELSE coalesce(x[i], '(null)') END));
        END IF;
    END LOOP;
    out := out || format('<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>', left_w, y0 + plot_h, w - right_w, y0 + plot_h);
    FOR s IN 1 .. ns LOOP
        pts := '';
        npts := 0;
        FOR i IN 1 .. n LOOP
            v := vals[s][i];
            IF v IS NOT NULL AND v >= 0 AND v < 'Infinity'::float8 THEN
                px := left_w + 10 + (i - 1) * dx + CASE WHEN n = 1 THEN (w - left_w - right_w - 20) / 2.0 ELSE 0 END;
                py := y0 + plot_h - plot_h * v / top;
                pts := pts || CASE WHEN npts > 0 THEN ' ' ELSE '' END || round(px::numeric, 1) || ',' || round(py::numeric, 1);
                npts := npts + 1;
                marks := marks || format('<circle class="mark" cx="%s" cy="%s" r="3" fill="%s"><title>%s, %s: %s</title></circle>',
                                         round(px::numeric, 1), round(py::numeric, 1), svg_palette(s),
                                         html_escape(coalesce(series_names[s], 'series ' || s)),
                                         html_escape(coalesce(x[i], '(null)')), html_escape(format_number(v::numeric, percent)));
            END IF;
        END LOOP;
        IF npts > 1 THEN
            /* every second series dashed, so that lines lying on each other both show */
            out := out || format('<polyline class="mark" fill="none" stroke="%s" stroke-width="2.2"%s points="%s"/>',
                                 svg_palette(s), CASE WHEN s % 2 = 0 THEN ' stroke-dasharray="7 4"' ELSE '' END, pts);
        END IF;
    END LOOP;
    RETURN out || marks || '</svg>';
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_line_chart(text[], text[], double precision[], boolean, integer) IS
'An inline SVG line chart: x are the points in order (equally spaced, e.g. years or months), vals a series × points array (one row per series, named by series_names; a one-dimensional array is one series); one <polyline class="mark"> per series (every second one dashed) with a <circle class="mark"> per point, NULL and negative values skipped, a legend, a y axis from 0 with rounded ticks (percent: values as percentages). NULL when no value is above zero; 22023 when vals does not have one column per x value. Text is HTML-escaped.';

------------------------------------------------------------------------------
-- Running the sections
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.report_query_json(query text) RETURNS json
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    q text := regexp_replace(query, '[\s;]+$', '');
    rows json;
    first json;
BEGIN
    IF query IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT pg_catalog.json_agg(q) FROM (%s) q', q) INTO rows;
    IF rows IS NULL THEN
        /* no rows: still learn the column names from an all-NULL row */
        EXECUTE format('SELECT pg_catalog.row_to_json(e) FROM (SELECT q.* FROM (SELECT 1) d LEFT JOIN (%s) q ON true LIMIT 1) e', q)
            INTO first;
        rows := '[]'::json;
    ELSE
        first := rows -> 0;
    END IF;
    RETURN json_build_object('columns', (SELECT coalesce(json_agg(k), '[]'::json) FROM json_object_keys(first) k),
                             'rows', rows);
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_query_json(text) IS
'Runs a report section''s query (search_path = hfstate, pg_catalog, pg_temp; the caller''s privileges; trailing semicolons ignored) and returns {"columns": [names in order], "rows": [one JSON object per row, in the query''s order]}; columns are known even when there are no rows. NULL for a NULL query.';

CREATE FUNCTION @extschema@.report_cell(value json, col text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN CASE json_typeof(value)
               WHEN 'number' THEN
                   CASE WHEN col ~ '(^|_)year$' AND (value #>> '{}') ~ '^-?[0-9]+$' THEN value #>> '{}'
                        ELSE format_number((value #>> '{}')::numeric, coalesce(is_share_column(col), false)) END
               WHEN 'string' THEN value #>> '{}'
               WHEN 'boolean' THEN CASE WHEN (value #>> '{}')::boolean THEN 'yes' ELSE 'no' END
               WHEN 'null' THEN NULL
               ELSE value::text
           END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_cell(json, text) IS
'One value of a report row as text: numbers through format_number (as a percentage when the column is a share column, see is_share_column; integers of a column named year or *_year as they are, without separators), strings as they are, booleans as yes/no, arrays and objects as JSON; NULL for JSON null or SQL NULL.';

CREATE FUNCTION @extschema@.report_column_title(col text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.replace(col, '_', ' ');
END;
COMMENT ON FUNCTION @extschema@.report_column_title(text) IS
'A column name as a heading: underscores become spaces.';

CREATE FUNCTION @extschema@.report_numeric_columns(data json) RETURNS boolean[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.array_agg(z.is_num ORDER BY z.o)
      FROM (SELECT u.o, pg_catalog.bool_and(pg_catalog.json_typeof(r.e OPERATOR(pg_catalog.->) u.col)
                                            OPERATOR(pg_catalog.=) ANY (ARRAY['number', 'null'])) AS is_num
              FROM pg_catalog.json_array_elements_text(data OPERATOR(pg_catalog.->) 'columns') WITH ORDINALITY AS u(col, o)
              LEFT JOIN pg_catalog.json_array_elements(data OPERATOR(pg_catalog.->) 'rows') AS r(e) ON true
             GROUP BY u.o) z;
END;
COMMENT ON FUNCTION @extschema@.report_numeric_columns(json) IS
'For a result of hfstate.report_query_json, one flag per column in order: true when every value of the column is a JSON number or null (such columns are right-aligned). NULL when there are no columns.';

CREATE FUNCTION @extschema@.report_section_html(s @extschema@.report_sections) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    d json;
    cols text[];
    nrows integer;
    r json;
    c text;
    ycols text[];
    labels text[];
    series float8[];
    lvals float8[] := '{}';
    pct boolean;
    chart text;
    nchart integer := 0;
    charts text := '';
    tbl text;
    numeric_col boolean[];
    out text;
    i integer;
    max_bars constant integer := 25;
BEGIN
    d := report_query_json(s.query);
    SELECT array_agg(k ORDER BY o) INTO cols FROM json_array_elements_text(d -> 'columns') WITH ORDINALITY AS e(k, o);
    nrows := json_array_length(d -> 'rows');
    out := format('<section class="report" id="%s" data-chart="%s" data-rows="%s"><h2>%s</h2><p class="definition">%s</p><p class="window"><span>Data window</span> %s</p>',
                  html_escape(s.id), html_escape(s.chart), nrows, html_escape(s.title), html_escape(s.definition),
                  html_escape(s.data_window));
    IF nrows = 0 THEN
        RETURN out || '<p class="empty">No rows: nothing to chart or list yet.</p></section>';
    END IF;
    /* the y columns that exist, in the section's order */
    SELECT array_agg(v ORDER BY o) INTO ycols FROM unnest(s.y) WITH ORDINALITY AS u(v, o) WHERE v = ANY (cols);
    IF s.chart <> 'table' AND s.x = ANY (cols) AND cardinality(ycols) > 0 THEN
        SELECT array_agg(e ->> s.x ORDER BY o) INTO labels
          FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE s.chart = 'line' OR o <= max_bars;
        pct := true;
        FOREACH c IN ARRAY ycols LOOP
            pct := pct AND is_share_column(c);
            SELECT array_agg(CASE WHEN json_typeof(e -> c) = 'number' THEN (e ->> c)::float8 END ORDER BY o) INTO series
              FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE s.chart = 'line' OR o <= max_bars;
            IF s.chart = 'bar' THEN
                chart := svg_bar_chart(labels, series, is_share_column(c), CASE WHEN cardinality(ycols) > 1 THEN 436 ELSE 880 END,
                                       CASE WHEN cardinality(ycols) > 1 THEN upper(left(report_column_title(c), 1)) || substr(report_column_title(c), 2) END);
            ELSIF s.chart = 'histogram' THEN
                chart := svg_histogram(labels, series, is_share_column(c), CASE WHEN cardinality(ycols) > 1 THEN 436 ELSE 880 END,
                                       CASE WHEN cardinality(ycols) > 1 THEN upper(left(report_column_title(c), 1)) || substr(report_column_title(c), 2) END);
            ELSE
                /* one row per series: the first makes a 1 × n array, the next ones append rows */
                lvals := CASE WHEN cardinality(lvals) = 0 THEN ARRAY[series] ELSE lvals || series END;
                chart := NULL;
            END IF;
            IF chart IS NOT NULL THEN
                charts := charts || '<figure>' || chart || '</figure>';
                nchart := nchart + 1;
            END IF;
        END LOOP;
        IF s.chart = 'line' THEN
            chart := svg_line_chart(labels, (SELECT array_agg(report_column_title(v) ORDER BY o)
                                               FROM unnest(ycols) WITH ORDINALITY u(v, o)), lvals, pct, 880);
            IF chart IS NOT NULL THEN
                charts := '<figure>' || chart || '</figure>';
                nchart := 1;
            END IF;
        END IF;
        IF nchart = 0 THEN
            out := out || '<p class="empty">Nothing to chart: every charted value is zero or empty.</p>';
        ELSE
            out := out || '<div class="charts">' || charts || '</div>';
            IF s.chart IN ('bar', 'histogram') AND nrows > max_bars THEN
                out := out || format('<p class="note">The chart shows the first %s of %s rows; the table lists all.</p>', max_bars, nrows);
            END IF;
        END IF;
    END IF;
    /* the data table; numeric columns are right-aligned */
    numeric_col := report_numeric_columns(d);
    tbl := '<table><thead><tr>';
    FOR i IN 1 .. cardinality(cols) LOOP
        tbl := tbl || format('<th%s>%s</th>', CASE WHEN numeric_col[i] THEN ' class="num"' ELSE '' END,
                             html_escape(report_column_title(cols[i])));
    END LOOP;
    tbl := tbl || '</tr></thead><tbody>';
    FOR r IN SELECT e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) ORDER BY o LOOP
        tbl := tbl || '<tr>';
        FOR i IN 1 .. cardinality(cols) LOOP
            tbl := tbl || format('<td%s>%s</td>', CASE WHEN numeric_col[i] THEN ' class="num"' ELSE '' END,
                                 coalesce(html_escape(report_cell(r -> cols[i], cols[i])), '–'));
        END LOOP;
        tbl := tbl || '</tr>';
    END LOOP;
    tbl := tbl || '</tbody></table>';
    RETURN out || format('<details%s><summary>Data: %s row%s</summary><div class="scroll">%s</div></details></section>',
                         CASE WHEN s.chart = 'table' OR nrows <= 12 THEN ' open' ELSE '' END, nrows,
                         CASE WHEN nrows = 1 THEN '' ELSE 's' END, tbl);
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_section_html(@extschema@.report_sections) IS
'One section of the HTML report: title, definition and data window, the chart of its kind drawn from its query''s rows (bar and histogram: one panel per y column, the first 25 rows; line: one line per y column over all rows) or a note when nothing can be drawn, and every row as an HTML table. A section without rows shows "No rows" and no chart or table.';

CREATE FUNCTION @extschema@.report_card_value(value json, col text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN pg_catalog.json_typeof(value) OPERATOR(pg_catalog.=) 'number'
                 AND NOT coalesce(@extschema@.is_share_column(col), false)
                 AND pg_catalog.abs((value OPERATOR(pg_catalog.#>>) '{}')::float8) OPERATOR(pg_catalog.>=) 1e6
                THEN @extschema@.format_compact((value OPERATOR(pg_catalog.#>>) '{}')::float8)
                ELSE @extschema@.report_cell(value, col) END;
END;
COMMENT ON FUNCTION @extschema@.report_card_value(json, text) IS
'A headline number as its card shows it: from a million on in short form (format_compact: 422M, 8.1B), otherwise as report_cell shows it.';

CREATE FUNCTION @extschema@.report_headline_cards(s @extschema@.report_sections) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    d json;
    out text := '';
    c text;
    e json;
BEGIN
    d := report_query_json(s.query);
    IF json_array_length(d -> 'rows') = 0 OR s.y IS NULL THEN
        RETURN '';
    END IF;
    IF s.x IS NULL THEN
        FOREACH c IN ARRAY s.y LOOP
            IF json_typeof(d -> 'rows' -> 0 -> c) <> 'null' THEN
                out := out || format('<div class="card"><div class="value" title="%s">%s</div><div class="what">%s</div><div class="src">%s</div></div>',
                                     coalesce(html_escape(report_cell(d -> 'rows' -> 0 -> c, c)), '–'),
                                     coalesce(html_escape(report_card_value(d -> 'rows' -> 0 -> c, c)), '–'),
                                     html_escape(report_column_title(c)), html_escape(s.title));
            END IF;
        END LOOP;
    ELSE
        FOR e IN SELECT a.e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE o <= 6 ORDER BY o LOOP
            out := out || format('<div class="card"><div class="value" title="%s">%s</div><div class="what">%s</div><div class="src">%s</div></div>',
                                 coalesce(html_escape(report_cell(e -> s.y[1], s.y[1])), '–'),
                                 coalesce(html_escape(report_card_value(e -> s.y[1], s.y[1])), '–'),
                                 html_escape(coalesce(e ->> s.x, '(null)')), html_escape(s.title));
        END LOOP;
    END IF;
    RETURN out;
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_headline_cards(@extschema@.report_sections) IS
'The headline numbers of a section as HTML cards (numbers from a million on in short form, e.g. 422M, the exact value as the tooltip): without x, one card per y column of the first row (labelled by the column); with x, one card per row (at most 6, labelled by x) showing the first y column. Empty when the query has no rows or y is NULL.';

CREATE FUNCTION @extschema@.report_html(title text DEFAULT 'State of open models on the Hugging Face Hub') RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    s report_sections;
    cards text := '';
    toc text := '';
    body text := '';
    latest date;
BEGIN
    SELECT max(snapshot) INTO latest FROM history;
    FOR s IN SELECT * FROM report_sections ORDER BY position LOOP
        IF s.headline THEN
            cards := cards || report_headline_cards(s);
        END IF;
        toc := toc || format('<li><a href="#%s">%s</a></li>', html_escape(s.id), html_escape(s.title));
        body := body || report_section_html(s);
    END LOOP;
    RETURN '<!DOCTYPE html>' || E'\n' || '<html lang="en"><head><meta charset="utf-8">'
        || '<meta name="viewport" content="width=device-width, initial-scale=1">'
        || format('<title>%s</title>', html_escape(coalesce(title, 'hfstate report')))
        || '<style>'
        || ':root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f7f8fa;--accent:#2f6db5}'
        || '*{box-sizing:border-box}'
        || 'body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}'
        || 'header{background:linear-gradient(120deg,#173f73,#2f6db5);color:#fff;padding:28px 40px 24px}'
        || 'header h1{margin:0 0 4px;font-size:28px;font-weight:650;letter-spacing:-.01em}'
        || 'header p{margin:0;opacity:.85}'
        || 'main{max-width:1000px;margin:0 auto;padding:24px 24px 48px}'
        || '.headline{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:0 0 24px}'
        || '.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.04)}'
        || '.card .value{font-size:26px;font-weight:700;color:var(--accent);font-variant-numeric:tabular-nums}'
        || '.card .what{font-weight:600}.card .what::first-letter,th::first-letter{text-transform:uppercase}'
        || '.card .src{color:var(--muted);font-size:12px}'
        || 'nav{background:#fff;border:1px solid var(--line);border-radius:10px;padding:10px 18px;margin-bottom:24px}'
        || 'nav ol{margin:0;padding-left:20px;columns:2;font-size:14px}nav a{color:var(--accent);text-decoration:none}'
        || 'section.report{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:0 0 20px}'
        || 'section.report h2{margin:0 0 6px;font-size:20px}'
        || '.definition{margin:0 0 4px;color:var(--ink)}'
        || '.window{margin:0 0 12px;color:var(--muted);font-size:13px}'
        || '.window span{display:inline-block;background:#eef3fb;color:var(--accent);border-radius:4px;padding:0 6px;margin-right:6px;font-weight:600}'
        || '.charts{display:flex;flex-wrap:wrap;gap:8px 16px}figure{margin:0}'
        || 'svg.chart{display:block;max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}'
        || 'svg .grid{stroke:#e9ecf0;stroke-width:1}svg .axis{stroke:#9aa5b1;stroke-width:1}'
        || 'svg .tick{fill:#7b8794;font-size:11px}svg .label{fill:var(--ink)}svg .value{fill:#3e4c59;font-size:11px;font-weight:600}'
        || 'svg .caption{fill:var(--ink);font-weight:600;font-size:13px;}svg .legend{fill:var(--ink)}'
        || 'svg rect.mark:hover{opacity:.8}'
        || '.empty,.note{color:var(--muted);font-style:italic}'
        || 'details{margin-top:10px}summary{cursor:pointer;color:var(--accent);font-weight:600;font-size:14px}'
        || 'table{border-collapse:collapse;width:100%;margin-top:8px;font-size:13px;font-variant-numeric:tabular-nums}'
        || 'th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}'
        || 'th{background:#f3f5f8;font-weight:600}.num{text-align:right}.scroll{overflow-x:auto}'
        || 'tbody tr:nth-child(even){background:#fafbfc}'
        || 'footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 24px}'
        || '</style></head><body>'
        || format('<header><h1>%s</h1><p>%s</p></header>', html_escape(coalesce(title, 'hfstate report')),
                  html_escape(CASE WHEN latest IS NULL THEN 'No snapshot imported yet'
                                   ELSE 'Latest snapshot ' || to_char(latest, 'YYYY-MM-DD') END
                              || ' · times in UTC · computed by hfstate ' || build_version()))
        || '<main>'
        || CASE WHEN cards = '' THEN '' ELSE '<section class="headline">' || cards || '</section>' END
        || '<nav><ol>' || toc || '</ol></nav>'
        || body
        || '</main><footer>Generated by hfstate.report_html() from the sections in hfstate.report_sections.</footer></body></html>'
        || E'\n';
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_html(text) IS
'The whole report as one self-contained HTML5 document (inline CSS and SVG; no scripts, fonts, images or links outside the page): the title and latest snapshot, the headline numbers of the sections marked headline, a table of contents, then every section of hfstate.report_sections in position order with its definition, data window, chart and data table. All text is HTML-escaped. Runs each section''s query with the caller''s privileges.';

CREATE FUNCTION @extschema@.markdown_cell(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.replace(pg_catalog.regexp_replace(s, '[\r\n]+', ' ', 'g'), '|', '\|');
END;
COMMENT ON FUNCTION @extschema@.markdown_cell(text) IS
'Text made safe inside a Markdown table cell: line breaks become spaces and | is escaped as \|.';

CREATE FUNCTION @extschema@.report_markdown(title text DEFAULT 'State of open models on the Hugging Face Hub',
                                            headline_only boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    s report_sections;
    d json;
    cols text[];
    numeric_col boolean[];
    r json;
    c text;
    line text;
    head text := '';
    body text := '';
    i integer;
BEGIN
    FOR s IN SELECT * FROM report_sections ORDER BY position LOOP
        IF headline_only AND NOT s.headline THEN
            CONTINUE;
        END IF;
        d := report_query_json(s.query);
        IF s.headline AND s.y IS NOT NULL AND json_array_length(d -> 'rows') > 0 THEN
            IF s.x IS NULL THEN
                FOREACH c IN ARRAY s.y LOOP
                    IF json_typeof(d -> 'rows' -> 0 -> c) <> 'null' THEN
                        head := head || format('- **%s**: %s (%s)', report_column_title(c),
                                               coalesce(report_cell(d -> 'rows' -> 0 -> c, c), '–'), s.title) || E'\n';
                    END IF;
                END LOOP;
            ELSE
                FOR r IN SELECT a.e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE o <= 6 ORDER BY o LOOP
                    head := head || format('- **%s**: %s (%s)', coalesce(r ->> s.x, '(null)'),
                                           coalesce(report_cell(r -> s.y[1], s.y[1]), '–'), s.title) || E'\n';
                END LOOP;
            END IF;
        END IF;
        IF headline_only THEN
            CONTINUE;
        END IF;
        SELECT array_agg(k ORDER BY o) INTO cols FROM json_array_elements_text(d -> 'columns') WITH ORDINALITY AS e(k, o);
        body := body || E'\n## ' || s.title || E'\n\n' || s.definition || E'\n\n*Data window: ' || s.data_window || E'*\n\n';
        IF json_array_length(d -> 'rows') = 0 THEN
            body := body || E'_No rows._\n';
            CONTINUE;
        END IF;
        numeric_col := report_numeric_columns(d);
        body := body || '| ' || array_to_string(ARRAY(SELECT markdown_cell(report_column_title(v))
                                                        FROM unnest(cols) WITH ORDINALITY u(v, o) ORDER BY o), ' | ')
                     || E' |\n|' || array_to_string(ARRAY(SELECT CASE WHEN nc THEN ' ---: ' ELSE ' --- ' END
                                                           FROM unnest(numeric_col) WITH ORDINALITY u(nc, o) ORDER BY o), '|')
                     || E'|\n';
        FOR r IN SELECT a.e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) ORDER BY o LOOP
            line := '|';
            FOR i IN 1 .. cardinality(cols) LOOP
                line := line || ' ' || coalesce(markdown_cell(report_cell(r -> cols[i], cols[i])), '') || ' |';
            END LOOP;
            body := body || line || E'\n';
        END LOOP;
    END LOOP;
    RETURN '# ' || coalesce(title, 'hfstate report') || E'\n\n'
        || CASE WHEN head = '' THEN '' ELSE E'## Headline numbers\n\n' || head END
        || body;
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_markdown(text, boolean) IS
'The report as Markdown for terminals: the title, the headline numbers as a list, then (unless headline_only) every section of hfstate.report_sections in position order with its title, definition, data window and every row as a Markdown table (numeric columns right-aligned, numbers as in format_number, share columns as percentages; "_No rows._" when the query returns none).';
