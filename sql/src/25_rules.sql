/* sql/src/25_rules.sql */

-- Editable report choices: settings (setting() reads them), families of root namespaces (T8, T9),
-- tag rules (T7 signals, T11 science domains, T12 hardware targets) and the sovereignty rows (T13),
-- each with its shipped seed rows and the effective view the reports read.

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
'Report choices the sources leave open, one value per name (a user row overrides the seed row): derived_root (which root of a model with several roots takes its derived attribution and family: primary_root = the reachable root with most descendants, then the smallest key), depth_measure (max or min: which chain length T9 headlines), lifespan_threshold (T14: weekly downloads below this fraction of the peak end the attention span), family_top_n (T8 monthly shares: families beyond the top n by derivatives are "other"), window_months (the "last 12 months" window of T3/T4), refresh_changed_share (refresh(): the sizes, root namespaces and model facts steps recompute only the models changed since the last refresh, and what depends on them, while these are at most this share of all models; above it the full computation, sequential scans and hash joins, is cheaper than probing each model by key). The report views show a change after the next refresh(); the live views hfstate_live.report_* at once.';

INSERT INTO @extschema@.settings (name, value, source, description) VALUES
    ('derived_root', 'primary_root', 'seed', 'root whose namespace takes derived attribution and names the family of a model with several roots'),
    ('depth_measure', 'max', 'seed', 'T9 headline depth: max = longest chain to a root, min = shortest'),
    ('lifespan_threshold', '0.1', 'seed', 'T14: the attention span ends at the first week after the peak whose downloads are below this fraction of the peak'),
    ('family_top_n', '10', 'seed', 'T8 monthly shares: number of families shown by name; the rest are other'),
    ('window_months', '12', 'seed', 'T3/T4 trailing window in months, ending at the latest snapshot'),
    ('refresh_changed_share', '0.25', 'seed', 'refresh(): largest share of the models changed since the last refresh for which sizes, root namespaces and model facts recompute the changed models only; above it, every model');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.settings', 'WHERE source <> ''seed''');

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.families', 'WHERE source <> ''seed''');

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tag_rules', 'WHERE source <> ''seed''');

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
'T13 sovereignty: the countries followed (a row with namespace NULL: every model attributed to that country through the author registry) and their national-programme namespaces (a row with a namespace: the models of that namespace, named by programme, whatever the registry says). A user row overrides the seed row with the same country and namespace; enabled = false removes it. report_sovereignty shows a change after the next refresh(); sovereignty_monthly() and hfstate_live.report_sovereignty at once.';

INSERT INTO @extschema@.sovereignty (country, namespace, programme, source) VALUES
    ('KR', NULL, 'all KR developers', 'seed'),
    ('KR', 'LGAI-EXAONE', 'LG AI Research (EXAONE)', 'seed'),
    ('KR', 'skt', 'SK Telecom (A.X)', 'seed'),
    ('KR', 'naver-hyperclovax', 'Naver Cloud (HyperCLOVA X)', 'seed'),
    ('KR', 'NCSOFT', 'NC AI (VARCO)', 'seed'),
    ('KR', 'upstage', 'Upstage (Solar)', 'seed'),
    ('CH', NULL, 'all CH developers', 'seed'),
    ('CH', 'swiss-ai', 'Swiss AI (Apertus)', 'seed');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.sovereignty', 'WHERE source <> ''seed''');

CREATE VIEW @extschema@.effective_sovereignty AS
SELECT country, namespace_key, programme
  FROM (SELECT DISTINCT ON (country, pg_catalog.lower(coalesce(namespace, '')))
               country, pg_catalog.lower(namespace) AS namespace_key, programme, enabled
          FROM @extschema@.sovereignty
         ORDER BY country, pg_catalog.lower(coalesce(namespace, '')), source = 'seed') s
 WHERE enabled;
COMMENT ON VIEW @extschema@.effective_sovereignty IS
'The sovereignty rows in force (user over seed, enabled only); namespace_key NULL = the whole country.';

-- setting: the effective value of a setting (NULL when unknown)
CREATE FUNCTION @extschema@.setting(name text) RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.value FROM @extschema@.effective_settings s WHERE s.name = setting.name;
END;
COMMENT ON FUNCTION @extschema@.setting(text) IS
'Effective value of a report setting (hfstate.settings: the user''s row, else the seed''s); NULL for an unknown name.';
