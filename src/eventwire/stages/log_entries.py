"""Incident logs' entry titles: a date and a place, and nothing else.

Monitors of civilian harm and casualty recorders publish one entry per incident
under a title such as "March 1st 2017: (I405) Al Jadida, West Mosul, Nineveh
province, Iraq", and datasets built on them (UCDP GED among others) cite that
title as their source. Such a record says that an incident happened there on
that day, not what it was: it is coded as one event of unstated kind (ACLED's
catch-all "Strategic developments / Other", flagged ``type_unknown``) at the
place and date the title gives, and never with confidence.

The title's place is a list written from the most precise name to the country
("Hit, Anbar Province, Iraq"); each item is read as a place because the list says
so, even a name that is a word elsewhere ("Hit"). Monitors write their titles in
many ways: the date as "12 March 2019", "April 6-7, 2022", "2020-05-14",
"22/02/2018" (day first) or "Feb 2016" (the month only), before or after the
place, separated by ":", "|" or a dash, with an entry code ("SYR-2018-0412",
"(I405)"), the name in Arabic script or a bracketed other name beside the Latin
one, and the country sometimes left out. Any lower-case word that a place list
is not written with ("what we know about the siege of X") makes the text a
sentence, not a title.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.model import Place
    from eventwire.stages.places import Geocoder

_MONTHS = {
    m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|or|and|&)\s*"
#: "(est)", "(3rd week)", "(approx.)": a note on the date
_NOTE = r"(?:\s*\((?:est|approx|circa|c|[\w ]*week)\.?\))?"
#: the forms an entry's date takes, each with groups d (day), d2 (a range's last day),
#: m (month) and y (year); d, d2 and y may be missing
_DATE_FORMS = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        # "14-16 August 2021", "3 Nov", "12 March 2019"
        rf"(?P<d>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?\s+(?P<m>{_MON}){_NOTE}(?:,?\s+(?P<y>\d{{4}}))?",
        # "April 6-7, 2022", "March 1st 2017", "May 1st-5th (est) 2017"
        rf"(?P<m>{_MON})\s+(?P<d>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?{_NOTE}(?:,?\s+(?P<y>\d{{4}}))?",
        r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})",
        # "22/02/2018", "09.08.2019": day first unless the first number cannot be a day
        r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})",
        # "Feb 2016", "Oct 2018 (3rd week)": the month only
        rf"(?P<m>{_MON}),?\s+(?P<y>\d{{4}}){_NOTE}",
    )
)
#: an entry's code: "(I405)", "SYR-2018-0412", "(SOM2041)", "Incident PK-0933"
_RE_CODE = re.compile(r"\(?(?:(?:incident|entry|ref\.?|no\.?)\s+)?[A-Z]{1,4}-?\d[\w-]*\)?", re.I)
_RE_LEADING_CODE = re.compile(r"\([A-Z]{0,4}-?\d+[a-z]?\)\s*")
#: what separates an entry's fields: "DATE: PLACE", "DATE | CODE | PLACE", "DATE - PLACE"
_RE_SEPARATOR = re.compile(r"\s*\|\s*|\s+[–—-]\s+|:\s+|:$")
#: a run of Arabic script (with the punctuation it carries: "الموصل:"), which entry titles
#: give beside the Latin spelling
_RE_ARABIC = re.compile(r"[\u0590-\u08ff\ufb50-\ufefc\u200c-\u200f]+[:.]?")

#: more Latin-script words than a list of places holds: a sentence
_MAX_WORDS = 16
#: the lower-case words a list of places is written with; any other makes it a sentence
#: ("what we know about the siege of X, Iraq")
_RE_LIST_WORD = re.compile(
    r"(?:of|near|nr|and|or|the|in|at|on|by|between|from|side|right|left|other|several"
    r"|including|old|new|central|inner|outer|upper|lower|greater|de|du|des|la|le|del|di"
    r"|(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?"
    r"|neigh?bou?rhoods?|quarters?|areas?|villages?|districts?|sub-?districts?|provinces?"
    r"|governorates?|regions?|r[ée]gion|states?|oblast|raion|county|counties|zones?"
    r"|divisions?|departments?|d[ée]partement|communes?|municipality|prefectures?|territory"
    r"|lga|tehsil|township|cantonment|city|cities|towns?|islands?|roads?|streets?|highway"
    r"|junction|bridges?|schools?|mosques?|prisons?|markets?|camps?|super-camp|hospitals?"
    r"|airport|airbase|base|theatre|theater|outskirts|suburbs?|outside|km|kms|mi|miles"
    r"|al|el|ad|an|as|ar|at|az|bin|ibn|bani|abu|(?:al|el|ad|an|as|ar|az)-\S+)"
)
_RE_NEAR = re.compile(r"^(?:near|nr\.?|outside|around|outskirts of)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class LogEntry:
    """A parsed entry title; offsets are into the text it was read from."""

    date: dt.date | None
    #: ACLED's time precision: 1 a day, 2 a span of a few days, 3 the month
    precision: int
    date_span: tuple[int, int]
    #: the place list's items, most precise first (the country, where named, last), in
    #: Latin script, with the offsets of the words they were read from
    items: tuple[tuple[str, int, int], ...]


def _date(m: re.Match[str], anchor: dt.date | None) -> tuple[dt.date | None, int]:
    """A date form's date (a range's first day) and precision; a date without its year is
    the last such day on or before ``anchor``."""
    groups = m.groupdict()
    word = groups["m"]
    if word.isdigit():
        first, month = int(groups["d"]), int(word)
        day = first if month <= 12 else month  # "04/13/2019": month first after all
        month = month if month <= 12 else first
    else:
        month = _MONTHS[word[:3].lower()]
        day = int(re.sub(r"\D", "", groups["d"])) if groups.get("d") else 15
    last = groups.get("d2")
    span = int(re.sub(r"\D", "", last)) - day if last else 0
    precision = 3 if not groups.get("d") else 1 if span <= 0 else 2 if span <= 7 else 3
    if groups["y"]:
        year = int(groups["y"])
    elif anchor is not None:
        year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    else:
        return None, precision
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None, precision


def _date_in(field: str) -> tuple[re.Match[str], int] | None:
    """The date a field is, or opens before a comma ("09 Jan 2023, Bannu"): the match and
    where the rest of the field starts (its length where the date is the whole field)."""
    for form in _DATE_FORMS:
        m = form.match(field)
        if m is None:
            continue
        rest = field[m.end() :]
        if not rest.strip():
            return m, len(field)
        if rest.lstrip().startswith(","):
            return m, m.end() + rest.index(",") + 1
    return None


def _clean_item(item: str) -> tuple[str, int, int] | None:
    """An item's name in Latin script and its offset in the item: a bracketed other name
    ("Tumaco (San Andres de Tumaco)") and an Arabic spelling go, of "X / Y" the first name
    in Latin letters stays, "near X" is X."""
    bare = re.sub(r"\([^)]*\)", lambda b: " " * len(b.group()), item)
    if not bare.strip():  # only a bracketed name
        bare = item.replace("(", " ").replace(")", " ")
    for alt in re.finditer(r"[^/]+", bare):
        name = alt.group().strip()
        if re.search(r"[A-Za-z]", name):
            near = _RE_NEAR.match(name)
            start = alt.start() + alt.group().index(name)
            end = start + len(name)
            if near:
                name, start = name[near.end() :], start + near.end()
            return (" ".join(name.split()), start, end) if name else None
    return None


def parse_log_entry(text: str, anchor: dt.date | None = None) -> LogEntry | None:
    """The entry title that ``text`` is, or None when it is anything more; ``anchor``: the
    publication date, for a date given without its year. Of several ';'-separated titles
    the first is read."""
    # offsets are kept: the masked text is as long as the text
    masked = _RE_ARABIC.sub(lambda a: " " * len(a.group()), text)
    end = masked.find(";")
    line = masked[: end if end != -1 else len(masked)]
    if "\n" in line.strip() or not 8 <= len(line.strip()) <= 250:
        return None
    date: tuple[re.Match[str], int, int] | None = None  # the match, its field's offset
    places: list[tuple[str, int]] = []
    pos = 0
    for sep in [*_RE_SEPARATOR.finditer(line), None]:
        stop = sep.start() if sep is not None else len(line)
        raw = line[pos:stop]
        field = raw.strip()
        offset = pos + (len(raw) - len(raw.lstrip()))
        pos = sep.end() if sep is not None else stop
        if not field or _RE_CODE.fullmatch(field):
            continue
        found = _date_in(field) if date is None else None
        if found is not None:
            date = (found[0], offset, 0)
            rest = field[found[1] :]
            if not rest.strip():
                continue
            offset += found[1] + (len(rest) - len(rest.lstrip()))
            field = rest.strip()
        lead = _RE_LEADING_CODE.match(field)
        if lead:
            field, offset = field[lead.end() :], offset + lead.end()
        places.append((field, offset))
    if date is None or not places or len(places) > 2:
        return None
    items: list[tuple[str, int, int]] = []
    for field, offset in places:
        for piece in re.finditer(r"[^,.]+", field):
            cleaned = _clean_item(piece.group())
            if cleaned is not None:
                name, start, end = cleaned
                at = offset + piece.start()
                items.append((name, at + start, at + end))
    words = [w for name, _, _ in items for w in re.findall(r"\b[A-Za-z][\w'’-]*", name)]
    if not items or len(words) > _MAX_WORDS:
        return None
    if any(w[0].islower() and not _RE_LIST_WORD.fullmatch(w.lower()) for w in words):
        return None  # a sentence, not a list of places
    when, precision = _date(date[0], anchor)
    span = (date[1] + date[0].start(), date[1] + date[0].end())
    return LogEntry(when, precision, span, tuple(items))


def log_entry_country(entry: LogEntry, geocoder: Geocoder) -> str | None:
    """The country the entry's list ends with (ACLED's name), if it ends with one."""
    if len(entry.items) < 2:
        return None
    info = geocoder.country_info(entry.items[-1][0])
    return info.name if info is not None else None


def log_entry_place(
    entry: LogEntry, geocoder: Geocoder, found: Place
) -> tuple[Place, tuple[int, int]] | None:
    """The entry's place read from its list, with the span of the item it comes from, where
    it is better than ``found``, the reading of the whole text: the first item that is a
    town or district of the country the list ends with (and of the province ``found`` gives,
    where that is all it gives); else, where ``found`` lies in another country, the list's
    province. None: ``found`` stands.

    The list says what its items are, so a name that is a word elsewhere ("Hit") is a place.
    """
    country = log_entry_country(entry, geocoder)
    places = entry.items[:-1] if country else entry.items
    if found.geo_precision in (1, 2) and found.country and country in (None, found.country):
        return None
    for i in range(len(places)):
        got = geocoder.geocode_toponym(", ".join(n for n, _, _ in places[i:]), country=country)
        if (
            got is not None
            and got.geo_precision in (1, 2)
            and got.location
            and country in (None, got.country)
            and (got.country != found.country or not found.admin1 or got.admin1 == found.admin1)
        ):
            return got, places[i][1:]
    if country and found.country != country and places:
        got = geocoder.geocode_toponym(", ".join(n for n, _, _ in places), country=country)
        if got is not None and got.country == country:
            return got, places[0][1:]
    return None
