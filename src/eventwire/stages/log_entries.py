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
so, even a name that is a word elsewhere ("Hit").
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
    m: i
    for i, m in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(),
        start=1,
    )
}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ORD = r"(?:st|nd|rd|th)?"


def _days(group: str) -> str:
    """A day, or two of them ("12th", "20th-21st", "27th or 29th"), as groups
    ``group`` and ``group2``."""
    return rf"(?P<{group}>\d{{1,2}}){_ORD}(?:\s*(?:-|–|or|and|to)\s*(?P<{group}2>\d{{1,2}}){_ORD})?"


_RE_ENTRY = re.compile(
    r"^\s*(?:"
    # the year may be left out, and the date marked an estimate: "May 1st-5th (est) 2017"
    rf"(?P<m1>{_MONTH})\s+{_days('d1')}(?:\s*\(est\.?\))?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|{_days('d3')}\s+(?P<m3>{_MONTH})(?:,?\s+(?P<y3>\d{{4}}))?"
    r"|(?P<y4>\d{4})-(?P<m4>\d\d)-(?P<d4>\d\d)"
    r")\s*:\s*"
    # the entry's code: "(I405)", "(I162a)"
    r"(?:\([A-Z]{0,3}\d+[a-z]?\)\s*)?"
    r"(?P<place>[^!?;:\n]{2,300}?)[,.]\s*(?P<country>[^,.!?;:\n]{2,40}?)\s*(?:;|$)"
)

#: more Latin-script words than a list of places holds: a sentence
_MAX_WORDS = 16
#: the lower-case words a list of places is written with; any other makes it a sentence
#: ("what we know about the siege of X, Iraq")
_RE_LIST_WORD = re.compile(
    r"(?:of|near|nr|and|or|the|in|at|on|by|between|from|side|right|left|other|several"
    r"|including|old|new|central|inner|outer|upper|lower|greater"
    r"|(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?"
    r"|neigh?bou?rhoods?|quarters?|areas?|villages?|districts?|sub-?districts?|provinces?"
    r"|governorates?|regions?|city|cities|towns?|islands?|roads?|streets?|highway|bridges?"
    r"|schools?|mosques?|prisons?|markets?|camps?|hospitals?|airport|airbase|base"
    r"|outskirts|suburbs?|outside|km|kms|mi|miles"
    r"|al|el|ad|an|as|ar|at|az|bin|ibn|bani|abu|(?:al|el|ad|an|as|ar|az)-\S+)"
)


@dataclass(frozen=True)
class LogEntry:
    """A parsed entry title; offsets are into the text it was read from."""

    date: dt.date | None
    #: ACLED's time precision: 1 a day, 2 a span of a few days
    precision: int
    date_span: tuple[int, int]
    country: str
    #: the place list's items before the country, Latin script only, with their offsets
    items: tuple[tuple[str, int], ...]


def _date(m: re.Match[str], anchor: dt.date | None) -> tuple[dt.date | None, int]:
    """The entry's date (its first day) and precision; a date without its year is the
    last such day on or before ``anchor``."""
    if m.group("y4"):
        year, month, day, day2 = int(m.group("y4")), int(m.group("m4")), int(m.group("d4")), None
    else:
        k = "1" if m.group("m1") else "3"
        month = _MONTHS[m.group(f"m{k}")[:3].lower()]
        day = int(m.group(f"d{k}"))
        second = m.group(f"d{k}2")
        day2 = int(second) if second else None
        if m.group(f"y{k}"):
            year = int(m.group(f"y{k}"))
        elif anchor is not None:
            year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
        else:
            return None, 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None, 1
    return date, 1 if day2 is None or day2 == day else 2


#: a run of Arabic script (with the punctuation it carries: "الموصل:"), which entry titles
#: give beside the Latin spelling
_RE_ARABIC = re.compile(r"[\u0590-\u08ff\ufb50-\ufefc\u200c-\u200f][^\sA-Za-z]*")


def parse_log_entry(text: str, anchor: dt.date | None = None) -> LogEntry | None:
    """The entry title that ``text`` is, or None when it is anything more; ``anchor``: the
    publication date, for a date given without its year."""
    # offsets are kept: the masked text is as long as the text
    text = _RE_ARABIC.sub(lambda a: " " * len(a.group()), text)
    m = _RE_ENTRY.match(text)
    if m is None:
        return None
    place = m.group("place")
    words = re.findall(r"\b[A-Za-z][\w'’-]*", place)
    if len(words) > _MAX_WORDS:
        return None
    if any(w[0].islower() and not _RE_LIST_WORD.fullmatch(w) for w in words):
        return None  # a sentence, not a list of places
    items: list[tuple[str, int]] = []
    for piece in re.finditer(r"[^,.]+", place):
        words = [w for w in re.finditer(r"\S+", piece.group()) if re.match(r"[A-Za-z]", w.group())]
        if not words:
            continue  # a name in Arabic script, told again in Latin letters beside it
        start = m.start("place") + piece.start() + words[0].start()
        latin = " ".join(w.group() for w in words)
        items.append((latin.split("/")[0].strip(), start))  # "Al Qayyarah/ Shura area"
    date, precision = _date(m, anchor)
    date_start = len(text) - len(text.lstrip())
    span = (date_start, text.index(":", date_start))
    return LogEntry(date, precision, span, m.group("country"), tuple(items))


def log_entry_place(entry: LogEntry, geocoder: Geocoder, coarse: Place) -> tuple[Place, int] | None:
    """The first item of the entry's list that is a town or a district of its country, and
    of the province already found where there is one, with the item's offset.

    ``coarse`` is the place the article-wide reading found (a province at best): the
    list's reading only sharpens it, never moves it to another country or province.
    """
    names = [name for name, _ in entry.items]
    for i in range(len(names) - 1 if len(names) > 1 else 1):
        found = geocoder.geocode_toponym(", ".join(names[i:]), country=entry.country)
        if (
            found is not None
            and found.geo_precision in (1, 2)
            and found.location
            and found.country == coarse.country
            and (not coarse.admin1 or found.admin1 == coarse.admin1)
        ):
            return found, entry.items[i][1]
    return None
