#!/usr/bin/env bash
# tools/demo.sh — the main job: build and install hfstate, start a private PostgreSQL, generate
# and import the built-in sample Hub through the importers users use, and print the report.
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
echo "== deriving sizes and lineage"
psql -X -q -d hfstate -v ON_ERROR_STOP=1 -P footer=off \
    -c "SELECT hfstate.refresh_sizes() AS models_sized" \
    -c "SELECT nodes, edges, self_loops, cycle_nodes, max_depth, round(millis) AS ms FROM hfstate.refresh_lineage()"
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
SQL
echo
echo "Done in $(( $(date +%s) - t0 )) s. Connect with:"
echo "    psql -h $PGHOST -p $PGPORT -U postgres hfstate"
echo "Stop the cluster with:"
echo "    bash tools/cluster.sh stop"
