#!/usr/bin/env bash
# Every benchmark, then the README's figures. Run on a quiet machine: speed figures are wall-clock.
set -euo pipefail
cd "$(dirname "$0")/.."
. .venv/bin/activate
python bench/accuracy.py --workers 2          # dev accuracy + news_dev speed -> accuracy.json
python bench/throughput.py                    # ingest vs bare spaCy, peak memory -> throughput.json
python bench/merge_eval.py                    # cross-report merging P/R -> merge.json
python bench/geoparse.py                      # geoparsing corpora within 161 km -> geoparse.json
python bench/geo_events.py                    # the geocoder alone on dev records -> geo_events.json
python bench/gazetteer_speed.py               # gazetteer build time and lookups/s -> gazetteer.json
python bench/geo_probes.py                    # blind geocoding probes, real places -> geo_probes.json
python bench/invented_probes.py              # talk vs violence, invented world -> invented_probes.json
python bench/update_readme.py                 # figures into README.md
echo "bench/run_all.sh: all benchmarks in ${SECONDS} s"
