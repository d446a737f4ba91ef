#!/usr/bin/env bash
# Set up eventwire in a fresh virtual environment and run it on the invented demo corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
pip install --quiet --upgrade pip
pip install --quiet .
mkdir -p demo-out
eventwire extract --jsonl demo/reports.jsonl --output demo-out/events.jsonl
echo "wrote demo-out/events.jsonl"
python3 - <<'PY'
import json
for line in open("demo-out/events.jsonl"):
    r = json.loads(line)
    art = r["article"] or {}
    print(f"{r['id']}: {len(r['events'])} event(s)" + (f" (skipped: {art.get('skipped')})" if art.get("skipped") else ""))
    for e in r["events"]:
        print(f"   {e['event_date']} {e['sub_event_type']:<35} {e['actor1'] or '?'} vs {e['actor2'] or '-'} @ {e['location'] or e['country']} [{e['context']}] fatalities={e['fatalities']}")
PY
# the corpus job: into a SQLite store (merging reports), then an ACLED-compatible export
rm -f demo-out/demo.db
eventwire ingest demo/reports.jsonl --db demo-out/demo.db --quiet
eventwire events --db demo-out/demo.db
eventwire export --db demo-out/demo.db --format acled -o demo-out/events.csv
eventwire export --db demo-out/demo.db --format geojson -o demo-out/events.geojson
echo "wrote demo-out/events.csv and demo-out/events.geojson; browse them with: eventwire serve --db demo-out/demo.db"

