"""Gazetteer build time and lookup rate. Writes bench/results/gazetteer.json.

    python bench/gazetteer_speed.py [--reuse]    # --reuse: skip the fresh build

Build: a fresh index in a temporary folder from the installed registry packages.
Lookups: exact-key lookups of 50,000 distinct real place names drawn from the index, none
cached, 50 names a query as the geocoder asks for a document's candidate spans; the same
one query per name; the transliteration (fuzzy) key; and ``geocode_toponym`` end to end.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--n", type=int, default=50_000)
    args = ap.parse_args()
    from eventwire.stages._gazetteer import INDEX_NAME, Gazetteer, build_index
    from eventwire.stages.places import Geocoder

    report: dict[str, object] = {"command": "python bench/gazetteer_speed.py"}
    with tempfile.TemporaryDirectory() as tmp:
        if args.reuse:
            geo = Geocoder.open()
            path = geo.gazetteer.path
        else:
            path = Path(tmp) / INDEX_NAME
            t0 = time.perf_counter()
            build_index(path)
            report["build_seconds"] = round(time.perf_counter() - t0, 1)
            geo = Geocoder.open(cache_dir=Path(tmp))
        report["index_mb"] = round(path.stat().st_size / 1e6, 1)
        con = sqlite3.connect(path)
        report["places"] = con.execute("SELECT COUNT(*) FROM place").fetchone()[0]
        report["names"] = con.execute("SELECT COUNT(*) FROM alias WHERE fuzzy = 0").fetchone()[0]
        names = [
            r[0] for r in con.execute("SELECT name FROM place ORDER BY random() LIMIT ?", (args.n,))
        ]
        con.close()
        random.seed(0)
        gaz = Gazetteer(path)
        t0 = time.perf_counter()
        for i in range(0, len(names), 50):  # a document's worth of candidate names a query
            gaz.lookup_many(names[i : i + 50])
        dt = time.perf_counter() - t0
        report["exact_lookups_per_s"] = round(len(names) / dt)
        gaz._exact.clear()
        single = names[: len(names) // 5]
        t0 = time.perf_counter()
        for n in single:
            gaz.lookup(n)
        report["exact_lookups_per_s_one_query_each"] = round(
            len(single) / (time.perf_counter() - t0)
        )
        gaz._exact.clear()
        sample = names[: max(1, len(names) // 5)]
        t0 = time.perf_counter()
        for n in sample:
            gaz.lookup(n, True)
        report["fuzzy_lookups_per_s"] = round(len(sample) / (time.perf_counter() - t0))
        gaz._exact.clear()
        t0 = time.perf_counter()
        for n in sample[:5000]:
            geo.geocode_toponym(n)
        report["geocode_toponym_per_s"] = round(min(5000, len(sample)) / (time.perf_counter() - t0))
        gaz.close()
        geo.close()
    print(json.dumps(report, indent=1))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gazetteer.json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
