"""Talk versus violence on invented-world sentences (the held-out peer suite's kind of test).

Three sets of 200 items each in ``bench/data/invented_probe_{a,b,c}.jsonl``, written for
eventwire in an invented world (invented countries, towns, groups and people): about 110
report violence and must yield a current event of the expected type; about 90 are
look-alikes (talk, threats, drills, fiction, metaphors, disasters, animals, crime,
peaceful protests, deals) that must yield no current violent event (Battles,
Explosions/Remote violence, Violence against civilians, Riots, or Excessive force against
protesters). Each set was written by someone who had not read the rules and was first
scored before any fix; ``bench/data/README.md`` says which sets later guided fixes.

    python bench/invented_probes.py   # -> bench/results/invented_probes.json
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
OUT = ROOT / "bench" / "results" / "invented_probes.json"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def score(path: Path) -> dict[str, object]:
    import eventwire

    rows = [json.loads(line) for line in path.open()]
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    sub_right = sub_n = 0
    misses: list[str] = []
    for row in rows:
        article = eventwire.extract(row["text"], publication_date="2024-03-15")
        current = [e for e in article.events if e.context == "current"]
        if row["violent"]:
            hits = [e for e in current if e.event_type == row["event_type"]]
            ok = bool(hits)
            if ok and row.get("sub_event_type"):
                sub_n += 1
                sub_right += any(e.sub_event_type == row["sub_event_type"] for e in hits)
        else:
            ok = not any(
                e.event_type in VIOLENT or e.sub_event_type == "Excessive force against protesters"
                for e in current
            )
        total[row["violent"]] += 1
        right[row["violent"]] += ok
        if not ok:
            misses.append(row["text"][:100])
    n = len(rows)
    return {
        "n": n,
        "right": round((right[True] + right[False]) / n, 3),
        "violent_found": round(right[True] / max(1, total[True]), 3),
        "look_alikes_right": round(right[False] / max(1, total[False]), 3),
        "sub_type_right_when_type_right": round(sub_right / max(1, sub_n), 3),
        "misses": len(misses),
    }


def main() -> None:
    results = {p.stem: score(p) for p in sorted(DATA.glob("invented_probe_*.jsonl"))}
    OUT.write_text(
        json.dumps({"command": "python bench/invented_probes.py", "sets": results}, indent=1) + "\n"
    )
    for name, r in results.items():
        print(name, r)


if __name__ == "__main__":
    main()
