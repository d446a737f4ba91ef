"""Write the event-place country prior (``src/eventwire/data/places_country_prior.tsv``).

Counts the gold countries of the labelled records of ``../shared/eval/train.jsonl``
(never dev): where the conflict events this project codes happen. The geocoder
turns a count n into a small bonus (log10(1 + n)) for event places in that country,
so that a name shared by a town in a war zone and a namesake elsewhere ("Taji",
"Warka") leans to the war zone when the text gives no other clue. It is a base
rate, not a rule: any country evidence in the text outweighs it. Only counts are
written, no text.

    python scripts/country_prior.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eventwire.stages._gazetteer import CountryTable

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "eval" / "train.jsonl"
OUT = ROOT / "src" / "eventwire" / "data" / "places_country_prior.tsv"


def main() -> None:
    table = CountryTable.load()
    counts: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    with TRAIN.open() as fh:
        for line in fh:
            rec = json.loads(line)
            name = rec["gold"].get("country")
            if not name or "country" not in rec.get("gold_available", []):
                continue
            info = table.find(name)
            if info is None:
                unknown[name] += 1
            else:
                counts[info.iso2] += 1
    lines = [
        "# Labelled train records per country (../shared/eval/train.jsonl, all datasets):",
        "# the base rate of where coded conflict events happen. Written by",
        "# scripts/country_prior.py; the geocoder adds a small log-count bonus for event places.",
        "# iso2\trecords",
    ]
    lines += [f"{cc}\t{n}" for cc, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    OUT.write_text("\n".join(lines) + "\n")
    print(f"{len(counts)} countries, {sum(counts.values())} records -> {OUT}")
    if unknown:
        print("names not in the country table:", dict(unknown))


if __name__ == "__main__":
    main()
