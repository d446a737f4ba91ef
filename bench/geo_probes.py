"""Blind geocoding probes: invented reports set in real places, written by helper sessions
that did not read eventwire's code (``bench/data/geo_probe_*.jsonl``; bench/data/README.md
says when each was written and whether it guided fixes).

Each item: ``text`` and ``gold`` {country, admin1, admin1_alt | alt_admin1 | admin1_variants,
location, lat, lon}, and optionally ``publication_date``. The answer is the most confident
current event of ``eventwire.extract(text, publication_date=...)``, the item's date or
2024-03-15. Scores: country, admin1 (lenient on case, accents, area words and a leading
al-/el-; never North for South) and within 50 km of gold.
Writes bench/results/geo_probes.json.

    python bench/geo_probes.py [--misses]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
_AREA = set(
    """province provincia state estado region governorate oblast department departement
    departamento district prefecture county division krai kray of the muhafazat wilayah
    autonomous city zone""".split()
)
#: the keys the probe writers gave other accepted admin1 spellings under
_ALT_KEYS = ("admin1_alt", "alt_admin1", "admin1_variants")
_ARTICLES = {"al", "el", "as", "ad", "an", "ash", "az", "ar", "at"}
_COMPASS = set(
    """north south east west northern southern eastern western upper lower central middle
    far northwest northeast southwest southeast nord sud""".split()
)


def _tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    toks = [t for t in re.sub(r"[^a-z0-9 ]+", " ", s).split() if t not in _AREA]
    while len(toks) > 1 and toks[0] in _ARTICLES:
        toks = toks[1:]
    return toks


def same_area(names: list[str], got: str) -> bool:
    g = _tokens(got)
    for name in names:
        n = _tokens(name)
        if not n or not g:
            continue
        if "".join(n) == "".join(g):
            return True
        if set(n) & _COMPASS != set(g) & _COMPASS:
            continue
        if difflib.SequenceMatcher(None, "".join(n), "".join(g)).ratio() >= 0.8:
            return True
    return False


def _iso(name: str) -> str:
    """A country's ISO code by any of its names ("DR Congo" = "Democratic Republic of Congo")."""
    from eventwire.stages._gazetteer import CountryTable

    info = CountryTable.load().find(name) if name else None
    return info.iso2 if info is not None else ""


def score_set(path: Path, show_misses: bool) -> dict[str, object]:
    import eventwire
    from eventwire.stages._gazetteer import distance_km

    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    n = len(items)
    right = {"country": 0, "admin1": 0, "within_50km": 0}
    for i, item in enumerate(items):
        gold = item["gold"]
        events = [
            e
            for e in eventwire.extract(
                item["text"], publication_date=item.get("publication_date") or "2024-03-15"
            ).events
            if e.context == "current"
        ]
        top = max(events, key=lambda e: e.confidence) if events else None
        ok_country = top is not None and (
            top.country.lower() == str(gold["country"]).lower()
            or _iso(top.country) == _iso(str(gold["country"])) != ""
        )
        names = [gold["admin1"], *(x for k in _ALT_KEYS for x in gold.get(k, []))]
        ok_a1 = top is not None and same_area([str(x) for x in names], top.admin1)
        ok_km = (
            top is not None
            and top.latitude is not None
            and top.longitude is not None
            and distance_km(top.latitude, top.longitude, float(gold["lat"]), float(gold["lon"]))
            <= 50
        )
        right["country"] += ok_country
        right["admin1"] += ok_a1
        right["within_50km"] += ok_km
        if show_misses and not (ok_country and ok_a1 and ok_km):
            got = (top.country, top.admin1, top.location) if top else None
            print(
                f"{item.get('id', i)}: gold {gold['country']}/{gold['admin1']}/{gold['location']}"
            )
            print(f"    got {got}: {item['text'][:160]}")
    return {"n": n, **{k: round(v / n, 3) for k, v in right.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each item missed on any field")
    args = ap.parse_args()
    report: dict[str, object] = {"command": "python bench/geo_probes.py", "sets": {}}
    sets: dict[str, object] = {}
    for path in sorted(DATA.glob("geo_probe_*.jsonl")):
        sets[path.stem] = score_set(path, args.misses)
        print(path.stem, sets[path.stem])
    report["sets"] = sets
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "geo_probes.json").write_text(json.dumps(report, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
