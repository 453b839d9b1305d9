#!/usr/bin/env bash
# tools/demo.sh — the main job: build and install hfstate, start a private PostgreSQL, generate
# and import the built-in sample Hub through the importers users use, print the report's tables and
# headline numbers, and write the whole report to report.html (and report.md) in the checkout.
set -euo pipefail
source "$(dirname "$0")/common.sh"

t0=$(date +%s)
echo "== building and installing hfstate"
build_and_install
echo "== starting a private PostgreSQL cluster"
start_cluster
echo "== generating the sample Hub (${HFSTATE_DEMO_ARGS:-default size})"
dir=$(sample_hub sample ${HFSTATE_DEMO_ARGS:-})
echo "   $dir"
echo "== importing it into database hfstate"
fresh_db hfstate hfstate
import_sample hfstate "$dir" | tail -4
echo "== hfstate.refresh(): sizes, lineage, per-snapshot downloads, model facts"
t1=$(date +%s%N)
psql -X -q -d hfstate -v ON_ERROR_STOP=1 -P footer=off \
    -c "SELECT step, rows, round(millis) AS ms FROM hfstate.refresh()"
t2=$(date +%s%N)
# every report view once, read in full (the time users wait for the whole report)
views=$(psql -X -At -d hfstate -c "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_class c
    WHERE c.relnamespace = 'hfstate'::regnamespace AND c.relkind = 'v' AND c.relname LIKE 'report\_%'")
for v in $views; do
    psql -X -q -d hfstate -v ON_ERROR_STOP=1 -c "SELECT * FROM hfstate.$v" >/dev/null
done
t3=$(date +%s%N)
echo "   refresh $(( (t2 - t1) / 1000000 )) ms, all $(echo $views | wc -w) report views $(( (t3 - t2) / 1000000 )) ms, together $(( (t3 - t1) / 1000000 )) ms"
echo
psql -X -q -d hfstate -P footer=off <<'SQL'
\echo '== T1 Growth of the Hub (hfstate.report_growth)'
SELECT period, new_models, cumulative_models, new_datasets, cumulative_datasets, new_spaces, new_creators,
       cumulative_creators, models_yoy FROM hfstate.report_growth;
\echo '== T2 Download concentration (hfstate.report_concentration)'
SELECT models, downloads, round(top_0_01pct_share::numeric, 3) AS top_0_01pct, round(top_0_1pct_share::numeric, 3) AS top_0_1pct,
       round(top_1pct_share::numeric, 3) AS top_1pct, round(top_200_share::numeric, 3) AS top_200,
       round(share_under_200::numeric, 3) AS under_200, median_downloads, round(gini::numeric, 3) AS gini,
       round(hhi_model::numeric, 1) AS hhi_model, round(hhi_author::numeric, 1) AS hhi_author,
       round(hhi_country::numeric, 1) AS hhi_country FROM hfstate.report_concentration;
\echo '== T3 Downloads by developer country, all time (hfstate.report_downloads_by_country)'
SELECT country, models, downloads, round(100 * share::numeric, 2) AS pct FROM hfstate.report_downloads_by_country;
\echo '== T4 Downloads by developer type, all time (hfstate.report_downloads_by_type)'
SELECT developer_type, models, downloads, round(100 * share::numeric, 2) AS pct FROM hfstate.report_downloads_by_type;
\echo '== T6 Model size buckets on the resolved size (hfstate.report_size_buckets)'
SELECT label, models, downloads, round(100 * share_models::numeric, 2) AS pct_models,
       round(100 * share_downloads::numeric, 2) AS pct_downloads FROM hfstate.report_size_buckets;
\echo '== T6 Download-weighted mean and median size per year (hfstate.report_size_by_year)'
SELECT period, models_with_size, round((mean_total / 1e9)::numeric, 2) AS mean_total_b, round((median_total / 1e9)::numeric, 2) AS median_total_b,
       round((mean_effective / 1e9)::numeric, 2) AS mean_effective_b, round((median_effective / 1e9)::numeric, 2) AS median_effective_b
  FROM hfstate.report_size_by_year;
\echo '== T10 Dataset categories: largest per year, and robotics (hfstate.report_dataset_categories)'
SELECT period, category, datasets, cumulative FROM hfstate.report_dataset_categories
 WHERE largest_in_year OR category = 'robotics' ORDER BY year NULLS FIRST, datasets DESC;
\echo '== T3 last 12 months, direct and derived (hfstate.report_downloads_by_country_12m; first 5 rows each)'
SELECT r.* FROM (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
 CROSS JOIN LATERAL (SELECT v.attribution, v.country, v.downloads, round(100 * v.share::numeric, 2) AS pct, v.clamped_steps
                       FROM hfstate.report_downloads_by_country_12m v WHERE v.attribution = a.attribution
                      ORDER BY v.country IN ('none', 'unknown'), v.downloads DESC, v.country LIMIT 5) r
 ORDER BY a.o;
SELECT DISTINCT data_window FROM hfstate.report_downloads_by_country_12m;
\echo '== T7 Architecture trends (hfstate.report_architecture_trends)'
SELECT period, models, round(100 * quantized_share::numeric, 1) AS quantized_pct, round(100 * moe_share::numeric, 1) AS moe_pct,
       round(100 * multimodal_share::numeric, 1) AS multimodal_pct FROM hfstate.report_architecture_trends;
\echo '== T8 Largest families (hfstate.report_families)'
SELECT * FROM hfstate.report_families LIMIT 8;
\echo '== T9 Lineage summary (hfstate.report_lineage_summary)'
SELECT * FROM hfstate.report_lineage_summary;
\echo '== T14 Attention lifespan (hfstate.report_attention_lifespan)'
SELECT period, models, measured, censored, median_weeks, round(mean_weeks::numeric, 2) AS mean_weeks FROM hfstate.report_attention_lifespan;
\echo '== T15 Small models drive adoption (hfstate.report_small_models_summary)'
SELECT downloads, round(100 * share_1_9b::numeric, 2) AS pct_1_9b, top10_median_1_9b, top10_median_100b_plus,
       round(top10_median_ratio::numeric, 2) AS ratio FROM hfstate.report_small_models_summary;
SQL
echo
echo "== the report (headline numbers; every table: hfstate.report_markdown(), make report)"
psql -X -q -At -d hfstate -v ON_ERROR_STOP=1 -c "SELECT hfstate.report_markdown(headline_only => true)"
html=$(bash tools/report.sh hfstate)
echo "Report written to $html (Markdown: ${html%.html}.md)"
echo
echo "Done in $(( $(date +%s) - t0 )) s. Connect with:"
echo "    psql -h $PGHOST -p $PGPORT -U postgres hfstate"
echo "Stop the cluster with:"
echo "    bash tools/cluster.sh stop"
