-- Importers on hand-built Hub records: typed columns, every edge source, rejects with line
-- numbers, idempotence, snapshot order, JSON arrays, gzip, strict mode, datasets, spaces, configs.
-- Files are written server-side with COPY ... TO (csv with unused quote/delimiter bytes keeps
-- each line verbatim).
SET client_min_messages = warning;
CREATE TEMP TABLE lines (n serial, l text);
INSERT INTO lines (l) VALUES
('{"id":"org/base-7B","author":"org","createdAt":"2024-01-02T03:04:05.000Z","lastModified":"2024-02-01T00:00:00Z","downloads":10,"downloadsAllTime":100,"likes":1,"trendingScore":0.5,"tags":["license:mit","text-generation"],"pipeline_tag":"text-generation","library_name":"transformers","safetensors":{"parameters":{"BF16":7000000000},"total":7000000000},"config":{"model_type":"llama","architectures":["LlamaForCausalLM"]}}'),
('{"id":"org/base-7B-Instruct","author":"org","createdAt":"2024-03-01T00:00:00Z","downloadsAllTime":50,"tags":["base_model:finetune:org/base-7B","base_model:org/base-7B"],"baseModels":{"relation":"finetune","models":[{"_id":"65a1","id":"org/base-7B"}]}}'),
('{"id":"quant/base-7B-Instruct-GGUF","createdAt":"2024-04-01T00:00:00Z","downloadsAllTime":30,"tags":["gguf","base_model:org/base-7B-Instruct"],"gguf":{"total":7000000000,"architecture":"llama"}}'),
('{"id":"merger/merge-a","createdAt":"2025-01-01T00:00:00Z","downloadsAllTime":5,"tags":["merge","mergekit","base_model:merge:org/base-7B-Instruct","base_model:merge:other/gone-model"],"baseModels":{"relation":"merge","models":[{"_id":"1","id":"org/base-7B-Instruct"},{"_id":"2","id":"other/gone-model"}]}}'),
('{"id":"self/loop","createdAt":"2025-01-01T00:00:00Z","tags":["base_model:finetune:self/loop"],"baseModels":{"relation":"finetune","models":[{"_id":"3","id":"self/loop"}]}}'),
('{"id":"user/card-only","createdAt":"2025-02-01T00:00:00Z","tags":["peft"],"cardData":{"base_model":" https://huggingface.co/ORG/Base-7B/ "}}'),
('{"id":"user/card-garbage","createdAt":"2025-02-01T00:00:00Z","cardData":{"base_model":["llama2","",5,"user/card-garbage"]}}'),
('{"id": "x/y", "downloads": }'),
('{"id":"x/z","downloads":"many"}'),
('{"id":"x/w","downloadsAllTime":-5}'),
('   '),
('[1,2]'),
('{"author":"x"}'),
('{"id":"old/legacy","createdAt":"2022-03-02T23:29:04.000Z","downloadsAllTime":7}'),
('{"id":"drift/model","newField":{"a":[1,2]},"createdAt":"2025-05-05T00:00:00Z","gated":"manual","private":false}'),
('{"id":"x/t","createdAt":"1970-01-01T00:00:00Z"}'),
('{"id":"org/base-7B","author":"org","createdAt":"2024-01-02T03:04:05.000Z","lastModified":"2024-02-01T00:00:00Z","downloads":10,"downloadsAllTime":150,"likes":1,"trendingScore":0.5,"tags":["license:mit","text-generation"],"pipeline_tag":"text-generation","library_name":"transformers","safetensors":{"parameters":{"BF16":7000000000},"total":7000000000},"config":{"model_type":"llama","architectures":["LlamaForCausalLM"]}}'),
('{"id":"x/s","safetensors":{"total":"big"}}'),
('{"id":"x/u","tags":["ok",3]}');
COPY (SELECT l FROM lines ORDER BY n) TO '/tmp/hfstate_regress_models.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');

SELECT rows_read, rows_imported, rows_rejected, rows_new, rows_changed, edges
  FROM hfstate.import_models('/tmp/hfstate_regress_models.jsonl', '2025-01-05');

SELECT line, sqlstate, reason FROM hfstate.import_rejects ORDER BY line;

SELECT id, author, created_year, downloads_all_time, license, model_type, architecture, base_relation,
       n_base_models, safetensors_total, gguf_total, gated, first_seen, last_seen
  FROM hfstate.models ORDER BY id;

SELECT c.id AS child, p.id AS parent, p.present, e.relation, e.relations, e.sources, e.inferred
  FROM hfstate.model_edges e
  JOIN hfstate.model_nodes c ON c.key = e.child
  JOIN hfstate.model_nodes p ON p.key = e.parent
 ORDER BY 1, 2;

SELECT n.id AS child, cb.parent, cb.relation, cb.inferred
  FROM hfstate.model_card_bases cb JOIN hfstate.model_nodes n ON n.key = cb.child ORDER BY 1, 2;

-- the same file again changes nothing
SELECT rows_read, rows_imported, rows_rejected, rows_new, rows_changed
  FROM hfstate.import_models('/tmp/hfstate_regress_models.jsonl', '2025-01-05');
SELECT count(*) AS history_rows FROM hfstate.history;

-- a newer snapshot updates the current row; an older one only adds history and first_seen
COPY (SELECT '{"id":"org/base-7B","createdAt":"2024-01-02T03:04:05.000Z","downloadsAllTime":180}') TO '/tmp/hfstate_regress_2025-01-12.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
COPY (SELECT '{"id":"ORG/base-7b","createdAt":"2024-01-02T03:04:05.000Z","downloadsAllTime":90}') TO '/tmp/hfstate_regress_2024-12-29.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT snapshot, rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_2025-01-12.jsonl');
SELECT snapshot, rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_2024-12-29.jsonl');
SELECT id, downloads_all_time, first_seen, last_seen FROM hfstate.models WHERE id = 'org/base-7B';
SELECT h.snapshot, h.downloads_all_time FROM hfstate.history h JOIN hfstate.models m ON m.key = h.repo
 WHERE m.id = 'org/base-7B' ORDER BY 1;

-- strict mode: the first bad line fails the import, which writes nothing
SELECT count(*) AS runs_before FROM hfstate.import_runs;
\set VERBOSITY default
SELECT hfstate.import_models('/tmp/hfstate_regress_models.jsonl', '2025-01-05', strict => true);
SELECT count(*) AS runs_after FROM hfstate.import_runs;

-- datasets as a JSON array (pretty-printed over several lines), spaces gzip-compressed
COPY (VALUES ('['), ('  {"id":"d/robots","createdAt":"2025-03-01T00:00:00Z","downloadsAllTime":9,'),
             ('   "tags":["task_categories:robotics","LeRobot","modality:video","size_categories:1K<n<10K","license:apache-2.0"]},'),
             ('  {"id":"d/text","createdAt":"2024-03-01T00:00:00Z","tags":["task_categories:text-generation","task_categories:question-answering"]},'),
             ('  {"id":"d/broken","downloads":true},'),
             ('  {"id":"d/tagonly","createdAt":"2025-06-01T00:00:00Z","tags":["library:lerobot"]}'),
             (']'))
  TO '/tmp/hfstate_regress_datasets.json' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT rows_read, rows_imported, rows_rejected FROM hfstate.import_datasets('/tmp/hfstate_regress_datasets.json', '2025-07-01');
SELECT r.line, r.reason FROM hfstate.import_rejects r JOIN hfstate.import_runs u USING (run_id)
 WHERE u.kind = 'datasets';
SELECT id, created_year, task_categories, modalities, size_category, license FROM hfstate.datasets ORDER BY id;
SELECT d.id, c.category FROM hfstate.dataset_categories c JOIN hfstate.datasets d USING (key) ORDER BY 1, 2;

COPY (VALUES ('{"id":"s/app","createdAt":"2025-01-01T00:00:00Z","likes":3,"sdk":"gradio","models":["org/base-7B"],"datasets":[]}'),
             ('{"id":"s/static","sdk":"static","tags":["region:us"]}'))
  TO PROGRAM 'gzip -n -c > /tmp/hfstate_regress_spaces.jsonl.gz' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT rows_read, rows_imported, rows_rejected, bytes_read FROM hfstate.import_spaces('/tmp/hfstate_regress_spaces.jsonl.gz', '2025-07-01');
SELECT id, likes, sdk, models, datasets FROM hfstate.spaces ORDER BY id;

-- a truncated gzip file: the complete lines before the cut are imported, the cut is a reject
COPY (SELECT '{"id":"t/m' || g || '","createdAt":"2025-01-01T00:00:00Z","downloadsAllTime":' || g || ',"tags":["filler-' || md5(g::text) || '"]}'
        FROM generate_series(1, 400) g)
  TO PROGRAM 'gzip -n -c | head -c 6000 > /tmp/hfstate_regress_trunc.jsonl.gz' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT rows_imported > 50 AS most_imported, rows_rejected FROM hfstate.import_models('/tmp/hfstate_regress_trunc.jsonl.gz', '2025-07-01');
SELECT r.line = u.rows_imported + 1 AS reject_after_last_line, r.sqlstate, r.reason LIKE 'unexpected end of gzip data%' AS gzip_end
  FROM hfstate.import_rejects r JOIN hfstate.import_runs u USING (run_id) WHERE u.file LIKE '%trunc%';

-- configs
COPY (VALUES ('{"id":"org/base-7B","config":{"model_type":"llama","hidden_size":4096}}'),
             ('{"id":"new/only-config","config":{"model_type":"mistral"}}'),
             ('{"id":"bad/config","config":"not an object"}'))
  TO '/tmp/hfstate_regress_configs.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT rows_read, rows_imported, rows_rejected, rows_new FROM hfstate.import_configs('/tmp/hfstate_regress_configs.jsonl');
SELECT n.id, n.present, c.config->>'model_type' AS model_type FROM hfstate.model_configs c JOIN hfstate.model_nodes n ON n.key = c.model ORDER BY 1;

-- the same content as a newer snapshot: only last_seen moves (each such row counts as changed)
CREATE TEMP TABLE before_rows AS SELECT key, to_jsonb(m) - 'last_seen' AS r, last_seen FROM hfstate.models m;
SELECT rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_2025-01-12.jsonl', '2025-01-19');
SELECT m.id, b.last_seen AS was, m.last_seen, b.r = to_jsonb(m) - 'last_seen' AS same_content
  FROM hfstate.models m JOIN before_rows b USING (key) WHERE m.last_seen <> b.last_seen ORDER BY 1;
SELECT count(*) AS rows_otherwise_untouched FROM hfstate.models m JOIN before_rows b USING (key)
 WHERE m.last_seen = b.last_seen AND b.r = to_jsonb(m) - 'last_seen';
SELECT count(*) AS models FROM hfstate.models;

-- edges follow the current row: replaced by a newer snapshot, kept by an older one or by the same
-- content again
COPY (SELECT '{"id":"e/child","baseModels":{"relation":"finetune","models":[{"id":"e/p1"}]}}')
  TO '/tmp/hfstate_regress_edges_2025-02-01.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
COPY (SELECT '{"id":"e/child","baseModels":{"relation":"quantized","models":[{"id":"e/p2"}]}}')
  TO '/tmp/hfstate_regress_edges_2025-02-08.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
COPY (SELECT '{"id":"e/child","baseModels":{"relation":"merge","models":[{"id":"e/p3"},{"id":"e/p4"}]}}')
  TO '/tmp/hfstate_regress_edges_2025-01-25.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
CREATE TEMP VIEW child_edges AS
SELECT string_agg(p.id || ':' || e.relation, ' ' ORDER BY p.id) AS edges, min(m.first_seen) AS first_seen,
       min(m.last_seen) AS last_seen
  FROM hfstate.model_edges e JOIN hfstate.model_nodes c ON c.key = e.child
  JOIN hfstate.model_nodes p ON p.key = e.parent JOIN hfstate.models m ON m.key = c.key
 WHERE c.id = 'e/child';
SELECT rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_edges_2025-02-01.jsonl');
SELECT * FROM child_edges;
SELECT rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_edges_2025-02-08.jsonl');
SELECT * FROM child_edges;
SELECT rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_edges_2025-01-25.jsonl');
SELECT * FROM child_edges;
SELECT rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_edges_2025-02-08.jsonl', '2025-02-15');
SELECT * FROM child_edges;
SELECT rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_edges_2025-02-08.jsonl', '2025-02-15');
SELECT * FROM child_edges;

-- errors of the API itself
SELECT hfstate.import_models('/tmp/hfstate_regress_models_no_date.jsonl');
SELECT hfstate.import_file('widgets', '/tmp/x', '2025-01-01', false, false);
SELECT hfstate.import_models('/tmp/hfstate_regress_does_not_exist_2025-01-01.jsonl');
