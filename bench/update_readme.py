"""Write the latest benchmark figures (bench/results/*.json) into README.md.

    python bench/update_readme.py

Replaces everything after the ``<!-- figures -->`` marker, so the README always
shows what the files in bench/results say, never hand-copied numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
MARK = "<!-- figures -->"


def _load(name: str) -> dict[str, object]:
    path = RESULTS / name
    return json.loads(path.read_text()) if path.exists() else {}


def _fmt(value: object) -> str:
    return "–" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def _targets(targets: object) -> str:
    if not isinstance(targets, dict):
        return "unknown"
    return (
        f">= {targets.get('articles_per_s')} articles/s, ratio >= {targets.get('ratio')}, "
        f"<= {targets.get('peak_rss_mb')} MB"
    )


def render() -> str:
    acc = _load("accuracy.json")
    dev = acc.get("dev", {})
    assert isinstance(dev, dict)
    lines = [
        MARK,
        "",
        f"`python bench/accuracy.py` on `../shared/eval/dev.jsonl` ({acc.get('date', '?')}):",
        "",
    ]
    cols = [
        ("event_found", "event found"), ("event_type", "event_type"),
        ("sub_event_macro_f1", "sub-type macro-F1"), ("sub_event_type", "sub-type acc."),
        ("no_event_correct", "no-event right"), ("actor1", "actor1"), ("event_date", "event_date"),
        ("country", "country"), ("admin1", "admin1"), ("within_25km_prec1", "≤25 km (prec. 1)"),
        ("within_50km", "≤50 km"), ("fatalities_exact", "fatalities exact"),
        ("fatalities_exact_pos", "fatalities exact (gold>0)"),
        ("min_killed_exact", "ISAF min killed"),
    ]  # fmt: skip
    lines.append("| dataset | n | " + " | ".join(c[1] for c in cols) + " |")
    lines.append("|---" * (len(cols) + 2) + "|")
    for ds, figs in dev.items():
        if ds.startswith("_") or not isinstance(figs, dict):
            continue
        lines.append(
            f"| {ds} | {figs.get('n')} | " + " | ".join(_fmt(figs.get(k)) for k, _ in cols) + " |"
        )
    speed = acc.get("speed_news_dev")
    if isinstance(speed, dict):
        lines += [
            "",
            f"Batch extraction of `news_dev.jsonl` ({speed.get('documents')} documents, "
            f"{speed.get('workers')} workers): {speed.get('eventwire_docs_per_s')} documents/s; "
            f"bare spaCy on the same texts: {speed.get('bare_spacy_docs_per_s')} documents/s.",
        ]
    calib = dev.get("_calibration")
    if isinstance(calib, dict):
        lines += [
            "",
            "Confidence against the share of events with the right event_type (ACLED + CASE dev):",
            "",
        ]
        lines.append("| confidence bin | events | mean confidence | share right |")
        lines.append("|---|---|---|---|")
        for k, v in calib.items():
            lines.append(f"| {k} | {v['n']} | {v['mean_confidence']} | {v['share_right']} |")
    thr = _load("throughput.json")
    if thr:
        bare, ing = thr.get("bare_spacy", {}), thr.get("ingest", {})
        assert isinstance(bare, dict) and isinstance(ing, dict)
        lines += [
            "",
            f"`python bench/throughput.py`: full `eventwire ingest` of news_dev into SQLite on "
            f"{thr.get('workers')} workers {ing.get('articles_per_s')} articles/s, bare spaCy "
            f"`nlp.pipe(n_process={thr.get('workers')})` {bare.get('articles_per_s')} articles/s, "
            f"ratio {thr.get('ratio_ingest_to_bare')}, peak memory {ing.get('peak_rss_mb')} MB "
            f"(targets {_targets(thr.get('targets'))}: "
            f"{'met' if thr.get('meets_targets') else 'not all met'}).",
        ]
    merge = _load("merge.json")
    default = merge.get("merge_without_embeddings")
    if isinstance(default, dict):
        lines += [
            "",
            f"`python bench/merge_eval.py` (the project's invented merge set: "
            f"{merge.get('incidents')} incidents, {merge.get('reports')} reports): pairwise "
            f"precision {default.get('precision')}, recall {default.get('recall')}.",
        ]
    geo = _load("geoparse.json")
    if isinstance(geo.get("results"), dict):
        res = geo["results"]
        assert isinstance(res, dict)
        parts = ", ".join(f"{k} {v['within_161km']}" for k, v in res.items())
        lines += ["", f"`python bench/geoparse.py` (toponyms within 161 km of gold): {parts}."]
    geo_sets = _load("geo_probes.json").get("sets")
    if isinstance(geo_sets, dict) and geo_sets:
        parts = "; ".join(
            f"{k} ({v['n']} items): country {v['country']}, admin1 {v['admin1']}, "
            f"within 50 km {v['within_50km']}"
            for k, v in geo_sets.items()
        )
        lines += [
            "",
            "`python bench/geo_probes.py` (invented reports set in real places, written blind; "
            f"bench/data/README.md gives each set's first score): {parts}.",
        ]
    probes = _load("invented_probes.json").get("sets")
    if isinstance(probes, dict) and probes:
        parts = "; ".join(
            f"{k}: {v['right']} right ({v['violent_found']} of violent items found, "
            f"{v['look_alikes_right']} of look-alikes left alone)"
            for k, v in probes.items()
        )
        lines += [
            "",
            "`python bench/invented_probes.py` (invented-world sentences, 200 a set; "
            f"bench/data/README.md says which were tuned on): {parts}.",
        ]
    gaz = _load("gazetteer.json")
    if gaz:
        lines += [
            "",
            f"`python bench/gazetteer_speed.py`: built in {gaz.get('build_seconds')} s, "
            f"{gaz.get('exact_lookups_per_s')} lookups/s.",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text()
    head = text.split(MARK)[0]
    readme.write_text(head + render())


if __name__ == "__main__":
    main()
