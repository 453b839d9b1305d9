--
-- report_tables: T5, T6 (unquantized weighted size), T7, T11, T12, T13, T14 and T15 on nine hand-built
-- models and two datasets.  Answers worked out by hand in the comments.
--
-- Registry (user rows): kr-lab = KR/industry, acme2 = US/industry, swiss-ai = CH/academia; old is unknown.
-- Weekly snapshots s1 2025-03-03 .. s6 2025-04-07 (numbered 1..6).
-- key id              created     dat  notes
-- 30  kr-lab/m1       2025-03-05  470  pipeline image-text-to-text (multimodal); safetensors 8e9
--                                      history s2 100, s3 400, s4 450, s5 460, s6 470
-- 31  kr-lab/m2       2025-03-12  200  tag moe; text-generation; safetensors 2e9; s3 50, s4 100, s5 150, s6 200
-- 32  swiss-ai/apertus 2025-03-04 1050 tags biology, mlx; text-generation; safetensors 1e9; s2 1000, s3..s6 1050
-- 33  acme2/a         2025-03-06  221  config.quantization_config (awq); text-generation; safetensors 3e9;
--                                      s2 200, s3 220, s4 221
-- 34  old/x           2024-12-01    5  tags gguf, rocm; s1 5, s2 5 (created before s1: not followed by T14)
-- 36  acme2/b         2025-03-20   10  base relation quantized; text-generation; safetensors 70e9; s4..s6 10
-- 37  acme2/c         2025-03-08    4  library mlx, tag medical; text-generation; gguf total 150e9; s2 0, s3 0
-- 38  kr-lab/old      2024-05-01  300  pipeline text-to-image; safetensors 7e9 and a gguf object
-- 39  acme2/old       2024-06-01   10  text-generation; safetensors 1e9
-- Datasets: sci/ds1 2025 tags biology, chemistry (7 downloads); sci/ds2 2024 tag climate (3).
--
SET client_min_messages = warning;
\pset null '(null)'
BEGIN;
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.datasets,
         hfstate.spaces, hfstate.model_configs, hfstate.model_card_bases, hfstate.import_runs CASCADE;
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES
    ('kr-lab', 'KR', 'industry'), ('acme2', 'US', 'industry'), ('swiss-ai', 'CH', 'academia');
INSERT INTO hfstate.models (key, id, author, created_at, created_year, downloads_all_time, pipeline_tag,
                            library_name, tags, quant_method, base_relation, safetensors, safetensors_total,
                            gguf, gguf_total, config, first_seen, last_seen)
SELECT key, id, split_part(id, '/', 1), at, extract(year FROM at), dat, pipe, lib, tags, qm, rel::hfstate.relation,
       CASE WHEN st IS NOT NULL THEN jsonb_build_object('total', st) END, st,
       CASE WHEN gg IS NOT NULL THEN jsonb_build_object('total', gg) END, gg, cfg, '2025-03-03', '2025-04-07'
  FROM (VALUES
    (30, 'kr-lab/m1', '2025-03-05 12:00+00'::timestamptz, 470, 'image-text-to-text', NULL, '{}'::text[], NULL, NULL, 8000000000, NULL::bigint, NULL::jsonb),
    (31, 'kr-lab/m2', '2025-03-12 12:00+00', 200, 'text-generation', NULL, '{moe}', NULL, NULL, 2000000000, NULL, NULL),
    (32, 'swiss-ai/apertus', '2025-03-04 12:00+00', 1050, 'text-generation', NULL, '{biology,mlx}', NULL, NULL, 1000000000, NULL, NULL),
    (33, 'acme2/a', '2025-03-06 12:00+00', 221, 'text-generation', NULL, '{}', 'awq', NULL, 3000000000, NULL,
         '{"quantization_config": {"quant_method": "awq"}}'),
    (34, 'old/x', '2024-12-01 12:00+00', 5, NULL, NULL, '{gguf,rocm}', NULL, NULL, NULL, NULL, NULL),
    (36, 'acme2/b', '2025-03-20 12:00+00', 10, 'text-generation', NULL, '{}', NULL, 'quantized', 70000000000, NULL, NULL),
    (37, 'acme2/c', '2025-03-08 12:00+00', 4, 'text-generation', 'mlx', '{medical}', NULL, NULL, NULL, 150000000000, NULL),
    (38, 'kr-lab/old', '2024-05-01 12:00+00', 300, 'text-to-image', NULL, '{}', NULL, NULL, 7000000000, 7000000000, NULL),
    (39, 'acme2/old', '2024-06-01 12:00+00', 10, 'text-generation', NULL, '{}', NULL, NULL, 1000000000, NULL, NULL)
  ) v(key, id, at, dat, pipe, lib, tags, qm, rel, st, gg, cfg);
INSERT INTO hfstate.model_nodes (key, id, present) SELECT key, id, true FROM hfstate.models;
INSERT INTO hfstate.history (repo, kind, snapshot, downloads_all_time)
SELECT repo, 'm', ('2025-03-03'::date + 7 * (no - 1)), dat
  FROM (VALUES (30, 2, 100), (30, 3, 400), (30, 4, 450), (30, 5, 460), (30, 6, 470),
               (31, 3, 50), (31, 4, 100), (31, 5, 150), (31, 6, 200),
               (32, 2, 1000), (32, 3, 1050), (32, 4, 1050), (32, 5, 1050), (32, 6, 1050),
               (33, 2, 200), (33, 3, 220), (33, 4, 221),
               (34, 1, 5), (34, 2, 5),
               (36, 4, 10), (36, 5, 10), (36, 6, 10),
               (37, 2, 0), (37, 3, 0)) h(repo, no, dat);
INSERT INTO hfstate.datasets (id, author, created_year, downloads_all_time, tags, first_seen, last_seen) VALUES
    ('sci/ds1', 'sci', 2025, 7, '{biology,chemistry}', '2025-03-03', '2025-04-07'),
    ('sci/ds2', 'sci', 2024, 3, '{Climate}', '2025-03-03', '2025-04-07');
SELECT step, rows FROM hfstate.refresh() WHERE step IN ('sizes', 'snapshots', 'downloads (full)', 'model facts');

-- T5 releases per namespace and year: kr-lab 1 (2024) -> 2 (2025), x2; acme2 1 -> 3, x3; swiss-ai 0 -> 1
-- (no multiple); old 1 -> 0 (a year after its last release shows 0).
SELECT * FROM hfstate.report_releases_by_namespace;
-- filtered to KR
SELECT * FROM hfstate.releases_by_namespace(ARRAY['KR']);
-- movers of 2025: acme2 +2, kr-lab +1 (2 releases) before swiss-ai +1 (1 release), old -1
SELECT * FROM hfstate.release_movers(2025);

-- T6 over unquantized safetensors models with downloads: 2024 keeps 39 (1e9, 10) only (38 has a gguf
-- object, 34 no safetensors); 2025 keeps 30 (8e9, 470), 31 (2e9, 200), 32 (1e9, 1050) (33 has a
-- quantization_config, 36 a quantized relation, 37 no safetensors).  2025: W = 1720, half 860; sorted by
-- size 1e9 carries 1050 >= 860: median 1e9; mean = (8e9*470 + 2e9*200 + 1e9*1050) / 1720
-- = 5.21e12 / 1720 = 3029069767.44 -> 3029069767.
SELECT * FROM hfstate.report_size_by_year_unquantized;

-- T7: 2024: 34, 38, 39 (315 downloads): quantized 34 (gguf tag; 5), multimodal 38 (text-to-image; 300), no MoE.
-- 2025: 30, 31, 32, 33, 36, 37 (1955): quantized 33 (awq), 36 (quantized relation) and 32 (its tag mlx, which
-- quantization() reads as MLX quantization) = 3 (221 + 10 + 1050 = 1281, 1281/1955 = 0.655243), MoE 31 (200),
-- multimodal 30 (470).  Growth of the share of new models: quantized (3/6)/(1/3) = 1.5, multimodal
-- (1/6)/(1/3) = 0.5, MoE none (0 the year before).
SELECT year, models, downloads, quantized_models, round(quantized_share::numeric, 6) AS q_share,
       round(quantized_download_share::numeric, 6) AS q_dl_share, moe_models, round(moe_share::numeric, 6) AS moe_share,
       multimodal_models, round(multimodal_download_share::numeric, 6) AS mm_dl_share,
       round(quantized_growth::numeric, 6) AS q_growth, moe_growth, round(multimodal_growth::numeric, 6) AS mm_growth
  FROM hfstate.report_architecture_trends;

-- T11 science: models 2025: 32 biology (1050), 37 medical (4): any science 2 (1054);
-- datasets 2024: ds2 climate (tag matched case-insensitively); 2025: ds1 biology and chemistry (counted
-- once in any science); cumulative any science for datasets 1 then 2.
SELECT * FROM hfstate.report_science;

-- T12 hardware: 2024: 34 amd (rocm); 2025: 32 apple (tag mlx), 37 apple (library mlx)
SELECT * FROM hfstate.report_hardware;

-- T13 for CH: swiss-ai/apertus counts in both CH rows.  March: created 1; steps closing in March
-- (s2..s5): 1000 (created after s1: its whole count) + 50 + 0 + 0 = 1050; April (s6): 0, still 1 model with a step.
SELECT * FROM hfstate.sovereignty_monthly(ARRAY['CH']) ORDER BY month, programme COLLATE "C";

-- T14: weekly downloads w (snapshot number: w); end = first week after the peak below 10% of it.
--   30: 2:100 3:300 4:50 5:10 6:10 -> peak 300 at 3, 50 >= 30, 10 < 30 at 5: 5 - 2 = 3 weeks
--   31: 3:50 4:50 5:50 6:50 -> peak 50 at 3, never below 5: censored
--   32: 2:1000 3:50 -> peak at 2, 50 < 100 at 3: 1 week
--   33: 2:200 3:20 4:1 -> 20 is not below 10% of 200 (strict), 1 is at 4: 2 weeks
--   36: 4:10 5:0 -> 1 week; 37 has peak 0 (left out); 34 was created before s1 (not followed)
-- 2025: 5 models, 4 measured {1, 1, 2, 3}: lower median 1, mean 1.75
SELECT key, year, first_snapshot_no, peak, peak_snapshot_no, end_snapshot_no, weeks FROM hfstate.model_lifespans ORDER BY key;
SELECT * FROM hfstate.report_attention_lifespan;
-- with the threshold at 20%: 30 ends at 4 (50 < 60): 2; 33 at 3 (20 < 40): 1 -> {1, 1, 1, 2}: median 1, mean 1.25
-- (settings are applied by refresh(): the live view shows the change at once, the report view after a refresh)
INSERT INTO hfstate.settings (name, value) VALUES ('lifespan_threshold', '0.2');
SELECT * FROM hfstate_live.report_attention_lifespan;
SELECT count(*) > 0 AS refreshed FROM hfstate.refresh();
SELECT * FROM hfstate.report_attention_lifespan;

-- T15 text-generation models by bucket: 1–9B: 31 (200), 32 (1050), 33 (221), 39 (10) = 1481,
-- top-10 median (200 + 221) / 2 = 210.5; 10–99B: 36 (10); 100B+: 37 (4; gguf total 150e9).
-- Total 1495: 1–9B share 1481/1495 = 0.990635; ratio of top-10 medians 210.5 / 4 = 52.625.
SELECT label, models, downloads, round(share_downloads::numeric, 6) AS share, top10_median FROM hfstate.report_small_models;
SELECT downloads, downloads_1_9b, round(share_1_9b::numeric, 6) AS share_1_9b, top10_median_1_9b,
       top10_median_100b_plus, top10_median_ratio FROM hfstate.report_small_models_summary;
ROLLBACK;
