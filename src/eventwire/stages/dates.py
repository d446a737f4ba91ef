"""Dates: event_date and time_precision, resolved against the publication date.

Precision follows ACLED: 1 the day is known, 2 only the week (its middle is
coded), 3 only the month (the 15th is coded). No event is ever dated after
its report's publication date.

News dates are a small closed grammar ("on Tuesday", "Tuesday night",
"overnight", "last week", "two weeks ago", "Dec 14", "5 May 2020"), so the
patterns are written here; dateparser (``languages=["en"]``) is the fallback
for anything else spaCy tags as a DATE.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from eventwire.errors import DateError
from eventwire.stages.nlp import clause_verb

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
}  # fmt: skip

#: Month names as the short stems all spellings start with ("Sept.", "September", "sep"),
#: for patterns elsewhere that only need to know a month is named.
MONTH_STEMS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)"
#: People counted by a bare number that reads like a year: "the 2000 protesters".
COUNTED_PEOPLE = frozenset(
    """people persons protesters demonstrators marchers rioters strikers workers students
    residents soldiers troops fighters militants civilians refugees migrants""".split()
)
_MONTH_RE = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:19|20)\d\d)"
_NUM_RE = (
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy_num", re.compile(r"\b(?P<a>[0-3]?\d)[-/.](?P<b>[01]?\d)[-/.](?P<year>(?:19|20)\d\d)\b")),
    # ACLED's "On 01 06 2019": day, month and year written as numbers and spaces
    ("dmy_space", re.compile(r"\b(?P<a>[0-3]?\d) (?P<b>[0-3]?\d) (?P<year>(?:19|20)\d\d)\b")),
    ("day_month", re.compile(rf"\b{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE}(?:,?\s+{_YEAR_RE})?\b")),
    ("month_day", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?:,?\s+{_YEAR_RE})?(?!\s*(?:km|%))")),
    (
        "weekday",
        re.compile(
            r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?"
            r"(?:\s+(?P<part>night|morning|evening|afternoon))?\b"
        ),
    ),
    ("yesterday", re.compile(r"\b(?:yesterday|last night|overnight)\b", re.IGNORECASE)),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|tonight|earlier today)\b", re.I)),
    ("days_ago", re.compile(rf"\b{_NUM_RE}\s+days?\s+(?:ago|earlier)\b", re.IGNORECASE)),
    ("weeks_ago", re.compile(rf"\b{_NUM_RE}\s+weeks?\s+ago\b", re.IGNORECASE)),
    ("last_week", re.compile(r"\b(?:last|past|previous)\s+week\b", re.IGNORECASE)),
    ("this_week", re.compile(r"\b(?:earlier\s+)?this\s+week\b", re.IGNORECASE)),
    ("last_month", re.compile(r"\blast\s+month\b", re.IGNORECASE)),
    ("this_month", re.compile(r"\b(?:earlier\s+)?this\s+month\b", re.IGNORECASE)),
    (
        "month_year",
        re.compile(rf"\b(?i:in|during|since|early|late|mid-?)\s+{_MONTH_RE}(?:\s+{_YEAR_RE})?\b"),
    ),
    ("year", re.compile(rf"\b(?i:in|since|during|by)\s+(?i:early\s+|late\s+|mid-?)?{_YEAR_RE}\b")),
]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence, resolved."""

    start: int
    end: int
    date: dt.date
    precision: int  # 1 day, 2 week, 3 month, 4 year
    kind: str


@dataclass(frozen=True)
class ResolvedDate:
    """An event's date: the day coded, its precision, and the words it came from."""

    date: dt.date | None
    precision: int | None
    span: tuple[int, int] | None


def parse_iso_date(value: str | None) -> dt.date | None:
    """A user-given YYYY-MM-DD (or ISO datetime); ``DateError`` if impossible."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise DateError(f"impossible date {text!r}: expected YYYY-MM-DD") from None


def _last_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The latest day with this weekday on or before ``anchor`` (same weekday: anchor itself)."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _week_middle(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=3)


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _not_after(day: dt.date, anchor: dt.date | None) -> dt.date:
    return min(day, anchor) if anchor else day


def numeric_date(text: str, anchor: dt.date | None) -> dt.date | None:
    """A date written in numbers only ("01 06 2019", "01-06-2019"; slashes are read
    month first elsewhere): read day first, month
    first only where day first is impossible or would fall after ``anchor`` (publication)."""
    m = _NUMERIC_DATE.fullmatch(text.strip())
    if m is None:
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    for day, month in ((a, b), (b, a)):
        d = _safe_date(year, month, day)
        if d is not None and (anchor is None or d <= anchor):
            return d
    return None


_NUMERIC_DATE = re.compile(
    r"(?:on\s+)?(?P<a>[0-3]?\d)[-. ](?P<b>[0-3]?\d)[-. ](?P<year>(?:19|20)\d\d)", re.IGNORECASE
)


def _resolve(kind: str, m: re.Match[str], anchor: dt.date | None) -> tuple[dt.date, int] | None:
    """Resolve one pattern match to (date, precision), or None when it cannot be placed."""
    groups = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(groups["year"]), int(groups["m"]), int(groups["day"]))
        return (d, 1) if d else None
    if kind == "dmy_space":
        d = numeric_date(m.group(0), anchor)
        return (d, 1) if d else None
    if kind == "dmy_num":
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (a, b) if (a > 12 or m.group(0).count("/") == 0) else (b, a)
        d = _safe_date(int(groups["year"]), month, day)
        return (d, 1) if d else None
    if kind in ("day_month", "month_day"):
        month, day = _month(groups["month"]), int(groups["day"])
        if groups.get("year"):
            d = _safe_date(int(groups["year"]), month, day)
            return (d, 1) if d else None
        if anchor is None:
            return None
        d = _safe_date(anchor.year, month, day)
        if d and d > anchor:
            d = _safe_date(anchor.year - 1, month, day)
        return (d, 1) if d else None
    if anchor is None:
        if kind == "year":
            return dt.date(int(groups["year"]), 7, 1), 4
        if kind == "month_year" and groups.get("year"):
            return dt.date(int(groups["year"]), _month(groups["month"]), 15), 3
        return None
    if kind == "weekday":
        return _last_weekday(anchor, WEEKDAYS.index(groups["wd"].lower())), 1
    if kind == "yesterday":
        return anchor - dt.timedelta(days=1), 1
    if kind == "today":
        return anchor, 1
    if kind == "days_ago":
        return anchor - dt.timedelta(days=_number(groups["n"])), 1
    if kind == "weeks_ago":
        return _not_after(
            _week_middle(anchor - dt.timedelta(weeks=_number(groups["n"]))), anchor
        ), 2
    if kind == "last_week":
        return _week_middle(anchor - dt.timedelta(weeks=1)), 2
    if kind == "this_week":
        return _not_after(_week_middle(anchor), anchor), 2
    if kind == "last_month":
        prev = anchor.replace(day=1) - dt.timedelta(days=1)
        return prev.replace(day=15), 3
    if kind == "this_month":
        return _not_after(anchor.replace(day=15), anchor), 3
    if kind == "month_year":
        month = _month(groups["month"])
        year = int(groups["year"]) if groups.get("year") else anchor.year
        d = dt.date(year, month, 15)
        if not groups.get("year") and d.replace(day=1) > anchor:
            d = d.replace(year=year - 1)
        return _not_after(d, anchor), 3
    if kind == "year":
        year = int(groups["year"])
        return _not_after(dt.date(year, 7, 1), anchor), 4
    return None


def find_dates(text: str, *, anchor: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``anchor`` (overlaps removed)."""
    return list(_find_dates(text, anchor, offset))


@lru_cache(maxsize=4096)  # several stages read the dates of the same sentence
def _find_dates(text: str, anchor: dt.date | None, offset: int) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            resolved = _resolve(kind, m, anchor)
            if resolved is None:
                continue
            day, precision = resolved
            if anchor is not None and day > anchor:
                continue  # never a date after publication
            taken.append((s, e))
            found.append(DateMention(s + offset, e + offset, day, precision, kind))
    found.sort(key=lambda d: d.start)
    return tuple(found)


def infer_article_date(text: str) -> dt.date | None:
    """A report's own date from its header (dateline or date line) when the user gave none."""
    head = text[:400]
    for mention in find_dates(head, anchor=None):
        if mention.precision == 1:
            return mention.date
    # a dateline without a year ("KABUL (Sept. 19)") takes the year written in the header
    year = re.search(r"\b(?:19|20)\d\d\b", head)
    if year:
        anchor = dt.date(int(year.group(0)), 12, 31)
        for mention in find_dates(head, anchor=anchor):
            if mention.kind in ("day_month", "month_day"):
                return mention.date.replace(year=int(year.group(0)))
    return None


def date_linked(sent: Span, mention: DateMention, trigger: tuple[int, int] | None) -> bool:
    """Whether the date phrase belongs to the trigger's clause (or a clause above it)."""
    if trigger is None:
        return True
    doc = sent.doc
    date_span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    trig_span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if date_span is None or trig_span is None:
        return True
    d_head, t_head = clause_verb(date_span.root), clause_verb(trig_span.root)
    t_chain = {t_head.i} | {t.i for t in t_head.ancestors}
    d_chain = {d_head.i} | {t.i for t in d_head.ancestors}
    return d_head.i in t_chain or t_head.i in d_chain


def _tree_distance(sent: Span, mention: DateMention, trigger: tuple[int, int] | None) -> int:
    """Steps between the date phrase and the trigger in the dependency tree (capped)."""
    if trigger is None:
        return 0
    doc = sent.doc
    date_span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    trig_span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if date_span is None or trig_span is None:
        return 4
    up = {date_span.root.i: 0}
    for steps, tok in enumerate(date_span.root.ancestors, start=1):
        up[tok.i] = steps
    for steps, tok in enumerate([trig_span.root, *trig_span.root.ancestors]):
        if tok.i in up:
            return min(4, steps + up[tok.i])
    return 4


def header_dates(text: str, anchor: dt.date | None) -> list[tuple[int, int]]:
    """Spans of the report's own date in its header ("KABUL (Sept. 19)", "Published June 1 2016").

    They date the report, not the event: resolution skips them, and an event
    with no other date falls back to the publication date.
    """
    if anchor is None:
        return []
    head = text[:300]
    absolute = (
        "iso",
        "dmy_num",
        "dmy_space",
        "day_month",
        "month_day",
    )  # "on Tuesday" dates an event
    spans = [
        (m.start, m.end)
        for m in find_dates(head, anchor=anchor)
        if m.date == anchor and m.kind in absolute
    ]
    year = re.search(r"\b(?:19|20)\d\d\b", head)
    if year and not spans:  # a dateline without a year, the year written elsewhere in the header
        alt = dt.date(int(year.group(0)), 12, 31)
        spans = [
            (m.start, m.end)
            for m in find_dates(head, anchor=alt)
            if m.kind in ("day_month", "month_day") and m.date.replace(year=anchor.year) == anchor
        ]
    return spans


def resolve_date(
    sents: list[Span],
    *,
    publication_date: dt.date | None,
    trigger: tuple[int, int] | None = None,
    exclude: list[tuple[int, int]] | None = None,
) -> ResolvedDate:
    """The date of an event described by ``sents`` (the trigger's sentence first).

    In the trigger's sentence, the date phrase in the trigger's clause and
    nearest to it in the parse wins; then the other sentences in order. Dates
    in ``exclude`` (the report's own dateline) are skipped. With no date in the
    words, the publication date is coded at week precision (the event happened
    in the days before the report).
    """
    skip = exclude or []
    best: tuple[DateMention, int] | None = None
    for rank, sent in enumerate(sents):
        for mention in find_dates(sent.text, anchor=publication_date, offset=sent.start_char):
            if mention.precision > 3 or any(mention.start < e and s < mention.end for s, e in skip):
                continue
            if rank == 0:
                linked = date_linked(sent, mention, trigger)
                score = (0 if linked else 5) + _tree_distance(sent, mention, trigger)
            else:
                score = 10 * rank + 5
            if best is None or score < best[1]:
                best = (mention, score)
        if best is not None:
            break
    if best is not None:
        m = best[0]
        return ResolvedDate(m.date, min(m.precision, 3), (m.start, m.end))
    if publication_date is not None:
        return ResolvedDate(publication_date, 2, None)
    return ResolvedDate(None, None, None)
