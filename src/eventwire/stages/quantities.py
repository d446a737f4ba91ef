"""Quantities: every figure in a sentence that counts an event's quantity, as a Claim.

Reads a spaCy sentence (and, for attribution, its neighbours in the same Doc);
sets ``Event.claims``. The dependency parse finds what a number counts
("destroying more than 200 vehicles": vehicles <- nummod 200, with "more than"
attached) and which predicate it belongs to ("killed", "wounded", "destroyed");
a number-word parser of our own reads the figures ("twenty-five", "a dozen",
"dozens", "1.5 million"). Low/high/best follow SPEC.md's table "Figures in
words". Tables: ``data/quantities.json`` (documented in ``docs/claims.md``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Literal

from spacy.tokens import Span, Token

from eventwire.errors import DataTableError
from eventwire.model import Claim, Source
from eventwire.stages.attribution import (
    AttributionTables,
    find_hedges,
    find_source,
    source_for_token,
)
from eventwire.stages.dates import MONTH_STEMS
from eventwire.stages.nlp import doc_text, sentences

__all__ = [
    "QUANTITIES",
    "VAGUE_QUALIFIERS",
    "QuantityTables",
    "acled_value",
    "extract_claims",
    "parse_number",
]

#: The quantities this stage extracts (an open list: docs/claims.md).
QUANTITIES = (
    "fatalities",
    "injured",
    "abducted",
    "arrested",
    "displaced",
    "vehicles_destroyed",
    "buildings_destroyed",
    "aircraft_downed",
)

Role = Literal["event", "running_total", "update"]

_UNITS = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fourty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
_SCALES = MappingProxyType(
    {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9}
)
_FRACTIONS = MappingProxyType({"half": 0.5, "quarter": 0.25})

#: Qualifiers before a figure, longest first, with the SPEC convention they follow.
_PRE_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("no fewer than", "at least"),
    ("no less than", "at least"),
    ("not less than", "at least"),
    ("a minimum of", "at least"),
    ("at least", "at least"),
    ("at minimum", "at least"),
    ("in excess of", "more than"),
    ("upwards of", "more than"),
    ("more than", "more than"),
    ("over", "more than"),
    ("above", "more than"),
    ("an estimated", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("around", "about"),
    ("about", "about"),
    ("some", "about"),
    ("estimated", "about"),
    ("approx", "about"),
    ("close to", "nearly"),
    ("just under", "nearly"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("as many as", "up to"),
    ("as much as", "up to"),
    ("up to", "up to"),
    ("at most", "up to"),
    ("fewer than", "fewer than"),
    ("less than", "fewer than"),
    ("under", "fewer than"),
)
_POST_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("or more", "at least"),
    ("plus", "at least"),
    ("or so", "about"),
)

#: Qualifiers that mark a vague amount (ACLED codes them by convention).
VAGUE_QUALIFIERS = frozenset(
    {
        "tens",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "several",
        "a few",
        "a number of",
        "a handful of",
        "multiple",
        "numerous",
        "many",
        "some",
        "a couple of",
    }
)

_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "oprd", "dative", "appos"})
_PERSONAL = MappingProxyType({"he": 1, "him": 1, "she": 1, "her": 1})
_AGE_AFTER = re.compile(r"^\s*[-‐]?\s*(?:year|yr|month|week|day)s?[-‐\s]?old", re.IGNORECASE)
_CALIBRE_AFTER = re.compile(r"^\s*[-‐]?\s*(?:mm|cm|millimet|calib|cal\b|%|per ?cent)", re.I)


TableError = DataTableError  # this module's name for it


@dataclass(frozen=True)
class QuantityTables:
    """Predicates and counted nouns (``data/quantities.json``)."""

    predicates: tuple[tuple[str, frozenset[str]], ...]
    fatal_nouns: frozenset[str]
    injury_nouns: frozenset[str]
    fatal_adjectives: frozenset[str]
    injury_adjectives: frozenset[str]
    arrest_nouns: frozenset[str]
    abduct_nouns: frozenset[str]
    displaced_nouns: frozenset[str]
    vehicle_nouns: frozenset[str]
    building_nouns: frozenset[str]
    aircraft_nouns: frozenset[str]
    person_nouns: frozenset[str]
    non_count_nouns: frozenset[str]
    running_markers: tuple[str, ...]
    update_verbs: frozenset[str]
    update_nouns: frozenset[str]
    vague: MappingProxyType[str, tuple[int, int, int]]
    attribution: AttributionTables

    @classmethod
    def load(cls) -> QuantityTables:
        """Read the packaged tables (cached: they are immutable)."""
        return _load_quantity_tables()

    def predicate_of(self, lemma: str) -> str | None:
        for name, words in self.predicates:
            if lemma in words:
                return name
        return None


@functools.cache
def _load_quantity_tables() -> QuantityTables:
    try:
        raw = json.loads(
            resources.files("eventwire.data").joinpath("quantities.json").read_text("utf-8")
        )
    except (OSError, ValueError) as exc:
        raise TableError(f"cannot read data/quantities.json: {exc}") from exc

    def fs(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key])

    vague = {
        k: (int(v[0]), int(v[1]), int(v[2]))
        for k, v in raw["vague"].items()
        if not k.startswith("_")
    }
    return QuantityTables(
        predicates=tuple((k, frozenset(v)) for k, v in raw["predicates"].items()),
        fatal_nouns=fs("fatal_nouns"),
        injury_nouns=fs("injury_nouns"),
        fatal_adjectives=fs("fatal_adjectives"),
        injury_adjectives=fs("injury_adjectives"),
        arrest_nouns=fs("arrest_nouns"),
        abduct_nouns=fs("abduct_nouns"),
        displaced_nouns=fs("displaced_nouns"),
        vehicle_nouns=fs("vehicle_nouns"),
        building_nouns=fs("building_nouns"),
        aircraft_nouns=fs("aircraft_nouns"),
        person_nouns=fs("person_nouns"),
        non_count_nouns=fs("non_count_nouns"),
        running_markers=tuple(raw["running_total_markers"]),
        update_verbs=fs("update_verbs"),
        update_nouns=fs("update_nouns"),
        vague=MappingProxyType(vague),
        attribution=AttributionTables.load(),
    )


# ----------------------------------------------------------------------------- numbers


def parse_number(words: str) -> float | None:
    """A number written in digits or words: "1,200", "1.5 million", "twenty-five",
    "three hundred and twelve", "a hundred", "two dozen", "half a dozen". None if not one."""
    text = words.lower().replace("‐", "-").strip()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    tokens = [t for t in re.split(r"[\s-]+", text) if t and t != "and"]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, tok in enumerate(tokens):
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
            seen = True
        elif tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok in {"a", "an"} and i + 1 < len(tokens):
            if not (i and tokens[i - 1] in _FRACTIONS):  # "half a dozen"
                current += 1
        elif tok in _FRACTIONS:
            current += _FRACTIONS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in _SCALES:
            scale = _SCALES[tok]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current


def _is_number_word(tok: Token) -> bool:
    low = tok.lower_
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", low):
        return True
    if low in _UNITS or low in _SCALES or low == "dozen":
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in _UNITS for p in parts)


# ----------------------------------------------------------------------------- figures


@dataclass
class _Figure:
    """A figure found in the sentence, before it becomes a Claim."""

    tokens: list[Token]
    anchor: Token  # the token that plays the figure's role in the clause
    noun: Token  # what is counted (the anchor itself for bare numbers)
    low: int | None
    high: int | None
    best: int | None
    qualifier: str
    zero: bool = False
    singular: bool = False
    quantity: str = ""
    predicate: Token | None = None
    role: Role = "event"
    members: list[_Figure] = field(default_factory=list)


def _qualified(n: int, qualifier: str) -> tuple[int | None, int | None, int | None]:
    """Low, high, best of "<qualifier> N" by SPEC's table."""
    if qualifier == "at least":
        return n, None, None
    if qualifier == "more than":
        return n + 1, None, None
    if qualifier == "about":
        return round(0.9 * n), round(1.1 * n), n
    if qualifier == "nearly":
        return round(0.9 * n), max(n - 1, 0), None
    if qualifier == "up to":
        return None, n, None
    if qualifier == "fewer than":
        return None, max(n - 1, 0), None
    return n, n, n


def acled_value(claim: Claim, *, tables: QuantityTables | None = None) -> int | None:
    """ACLED's single conservative figure for one claim (the stated number; vague by convention)."""
    tab = tables or QuantityTables.load()
    q = claim.qualifier
    if q in VAGUE_QUALIFIERS:
        key = q.replace("a ", "").replace(" of", "").strip()
        if key in tab.vague:
            mult = 1
            # "tens of thousands": the vague word scales the figure it stands with
            if claim.low is not None and claim.low >= 1000 and key in {"tens", "hundreds"}:
                mult = 1000
            return tab.vague[key][2] * mult
    if q == "more than" and claim.low is not None:
        return claim.low - 1
    if q == "nearly" and claim.high is not None:
        return claim.high + 1
    if q in {"up to", "fewer than"} and claim.high is not None:
        return claim.high + (1 if q == "fewer than" else 0)
    if claim.best is not None:
        return claim.best
    if claim.low is not None:
        return claim.low
    return claim.high


def _number_groups(sent: Span) -> list[list[Token]]:
    """Runs of number tokens: "twenty - five", "one hundred and twelve", "1.5 million"."""
    groups: list[list[Token]] = []
    cur: list[Token] = []
    for tok in sent:
        if _is_number_word(tok) and not _in_temporal_entity(tok):
            if tok.i > sent.start and tok.nbor(-1).lower_ == "no":
                continue
            if cur and tok.text[:1].isdigit() and cur[-1].lower_ not in _SCALES:
                groups.append(cur)  # "29 2016", "2014 30": two numbers, not one
                cur = []
            cur.append(tok)
            continue
        if (
            not cur
            and tok.lower_ in {"a", "an"}
            and tok.i + 1 < sent.end
            and tok.nbor().lower_ in {"dozen", "hundred", "thousand"}
        ):
            cur.append(tok)  # "a dozen", "a hundred"
            continue
        if cur and tok.text in {"-", "‐"} and tok.i + 1 < sent.end and _is_number_word(tok.nbor()):
            if tok.nbor().lower_ in _UNITS and cur[-1].lower_ in _UNITS:
                cur.append(tok)
                continue
        if (
            cur
            and tok.lower_ == "and"
            and cur[-1].lower_ in _SCALES
            and tok.i + 1 < sent.end
            and tok.nbor().lower_ in _UNITS
        ):
            cur.append(tok)
            continue
        if cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    return groups


_TEMPORAL = re.compile(
    rf"\b{MONTH_STEMS}[a-z]*\b|day|week|month|year|hour"
    r"|minute|ago|night|morning|evening|noon|century|decade|season|\b(?:1[89]|20)\d\d\b|[/:]"
    r"|o'clock|\b(?:am|pm|a\.m|p\.m)\b",
    re.IGNORECASE,
)


def _in_temporal_entity(tok: Token) -> bool:
    """Part of a real date or time ("5 May 2020", "two days"), not a count the tagger
    mislabelled ("between 40 and 60" is often tagged DATE)."""
    if tok.ent_type_ in {"MONEY", "PERCENT"}:
        return True
    if tok.ent_type_ not in {"DATE", "TIME"}:
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return bool(_TEMPORAL.search(doc[start:end].text))


def _excluded_number(group: list[Token], sent: Span) -> bool:
    """Ages, dates, calibres, unit numbers, percentages, money, times, years, model names."""
    first, last = group[0], group[-1]
    doc = sent.doc
    after = doc_text(doc)[last.idx + len(last.text) : last.idx + len(last.text) + 24]
    before = doc_text(doc)[max(0, first.idx - 12) : first.idx]
    if _AGE_AFTER.match(after) or _CALIBRE_AFTER.match(after):
        return True
    if re.search(r"(?:aged|age|ages)\s*$", before, re.IGNORECASE):
        return True
    if re.search(r"[$€£]\s*$|[A-Za-z]-?$", before) and not before.endswith(" "):
        return True  # "$5", "AK-47", "BM-21", "M16"
    if re.match(r"^(?:\d|[-/:.]\d|st\b|nd\b|rd\b|th\b)", after):
        return True
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        return True  # "Ahmed (25)": an age
    if any(re.fullmatch(r"(?:1[89]|20)\d\d", t.text) for t in group):
        return True  # a year (a count of 2,016 is written with its comma)
    if any(_in_temporal_entity(t) for t in group):
        return True
    return any(t.ent_type_ in {"ORDINAL", "QUANTITY"} for t in group)


def _read_qualifier(group: list[Token], sent: Span) -> tuple[str, list[Token]]:
    doc = sent.doc
    first, last = group[0], group[-1]
    prev = [doc[i] for i in range(max(sent.start, first.i - 3), first.i)]
    for phrase, qual in _PRE_QUALIFIERS:
        n = len(phrase.split())
        if len(prev) >= n:
            words = " ".join(t.lower_ for t in prev[-n:])
            if words == phrase:
                if phrase == "some" and prev[-1].dep_ == "det" and prev[-1].head != first:
                    continue
                return qual, prev[-n:]
    nxt = [doc[i] for i in range(last.i + 1, min(sent.end, last.i + 3))]
    for phrase, qual in _POST_QUALIFIERS:
        n = len(phrase.split())
        if len(nxt) >= n and " ".join(t.lower_ for t in nxt[:n]) == phrase:
            return qual, nxt[:n]
    return "", []


def _range_partner(group: list[Token], groups: list[list[Token]], sent: Span) -> list[Token] | None:
    """ "between 40 and 60", "40 to 60", "40-60": the second figure of a range."""
    doc = sent.doc
    last = group[-1]
    if last.i + 2 >= sent.end:
        return None
    link = doc[last.i + 1]
    if link.lower_ not in {"and", "to", "-", "–", "or"}:
        return None
    for g in groups:
        if g[0].i == last.i + 2:
            if link.lower_ == "and":
                before = doc[group[0].i - 1] if group[0].i > sent.start else None
                if before is None or before.lower_ != "between":
                    return None
            if link.lower_ == "or" and parse_number(" ".join(t.text for t in g)) is None:
                return None
            return g
    return None


def _noun_of(anchor_tok: Token, group: list[Token]) -> tuple[Token, Token]:
    """(anchor, noun): "200 vehicles" -> (vehicles, vehicles); "dozens of militants" ->
    (dozens, militants); "killing 5" -> (5, 5)."""
    tok = anchor_tok
    if tok.dep_ in {"nummod", "quantmod", "amod", "det", "compound", "npadvmod", "nmod"} and (
        (
            tok.head.pos_ in {"NOUN", "PROPN", "PRON"}
            or tok.head.lower_ in {"more", "others"}
            or (tok.head.pos_ == "ADJ" and tok.head.lower_ in {"dead", "wounded", "injured"})
        )
        and tok.head not in group
        # a nummod hung on a noun far away is a parse error of a headline
        # ("10 killed in suicide attack on campaign meet: officials")
        and not (tok.head.i - tok.i > 4 and any(c.dep_ in {"acl", "relcl"} for c in tok.children))
    ):
        noun = tok.head
        return noun, noun
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return tok, obj
    # "2 IS militants were killed": the parse takes "IS" for a verb; the noun follows
    # the number past a name
    doc = tok.doc
    last = max(t.i for t in group)
    for j in range(last + 2, min(last + 4, len(doc))):
        between = doc[last + 1 : j]
        cand = doc[j]
        if all(t.is_upper or t.is_title for t in between) and cand.tag_ in {"NNS", "NNPS"}:
            if cand.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                return cand, cand
            break
    return tok, tok


def _group_head(group: list[Token]) -> Token:
    for t in reversed(group):
        if t.head not in group or t.head == t:
            return t
    return group[-1]


# ----------------------------------------------------------------------------- predicates


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _noun_quantity(noun: Token, tab: QuantityTables) -> str | None:
    """Nouns that name the quantity themselves: "5 deaths", "12 dead", "3 injuries"."""
    low = noun.lower_
    lem = _lemma(noun)
    if low in tab.fatal_nouns or lem in {"death", "fatality", "body", "corpse"}:
        if low in {"casualty", "casualties", "loss", "losses", "toll", "victims", "victim"}:
            return "fatalities" if low in {"casualties", "casualty", "toll"} else None
        if low in {"life", "lives"}:
            return None
        return "fatalities"
    if low in tab.injury_nouns:
        return "injured"
    if low in tab.person_nouns:
        return None  # "detainees", "hostages", "refugees": people a predicate counts
    if low in tab.arrest_nouns:
        return "arrested"
    if low in tab.abduct_nouns:
        return "abducted"
    if low in tab.displaced_nouns:
        return "displaced"
    return None


def _category(noun: Token, tab: QuantityTables) -> str:
    low = noun.lower_
    lem = _lemma(noun)
    if low in tab.vehicle_nouns or lem in tab.vehicle_nouns:
        return "vehicle"
    if low in tab.aircraft_nouns or lem in tab.aircraft_nouns:
        return "aircraft"
    if low in tab.building_nouns or lem in tab.building_nouns:
        return "building"
    if low in tab.non_count_nouns or lem in tab.non_count_nouns:
        return "other"
    if low in tab.person_nouns or lem in tab.person_nouns:
        return "person"
    if noun.ent_type_ in {"NORP", "PERSON"}:
        return "person"
    if noun.pos_ == "NUM" or _is_number_word(noun) or noun.lower_ in tab.vague:
        return "bare"
    if noun.pos_ == "PRON":
        return "person" if noun.lower_ in {"them", "those", "others", "whom", "one"} else "other"
    if noun.pos_ == "PROPN":
        return "person"
    return "unknown"


def _verb_quantity(verb: Token, tab: QuantityTables) -> str | None:
    """The quantity a verb reports: kill -> fatalities, shoot ... dead -> fatalities."""
    lem = _lemma(verb)
    kids = list(verb.children)
    prts = {c.lower_ for c in kids if c.dep_ == "prt"}
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return "fatalities"  # "shot / stabbed / beaten to death"
    if lem in {"shoot", "gun", "bring", "down"}:
        if any(
            c.lower_ in {"dead", "fatally"} and c.dep_ in {"oprd", "acomp", "advmod", "xcomp"}
            for c in kids
        ):
            return "fatalities"
        # "shot dead two protesters": the parse hangs "dead" on the object
        if any(
            c.dep_ == "dobj" and any(g.lower_ == "dead" and g.i < c.i for g in c.children)
            for c in kids
        ):
            return "fatalities"
        if "down" in prts or lem == "down":
            return "downed" if lem != "gun" else "fatalities"
        if lem == "gun":
            return "fatalities"
        return None
    if any(c.lower_ == "fatally" for c in kids):
        return "fatalities"
    if lem in {"leave", "find", "report", "confirm", "declare", "pronounce", "be"}:
        for c in kids:
            if c.dep_ in {"oprd", "acomp", "xcomp"} and c.lower_ in tab.fatal_adjectives:
                return "fatalities"
            if c.dep_ in {"oprd", "acomp", "xcomp"} and c.lower_ in tab.injury_adjectives:
                return "injured"
        if lem in {"leave", "be", "report", "find"}:
            return None
    if lem in {"lose", "claim", "cost", "take"}:
        if any(c.dep_ == "dobj" and c.lower_ in {"lives", "life"} for c in kids):
            return "fatalities"
        if lem == "take" and any(c.lower_ in {"hostage", "captive", "prisoner"} for c in kids):
            return "abducted"
        if lem == "take" and any(c.lower_ == "into" for c in kids):
            return "arrested"
        return None
    if lem == "set" and not any(c.lower_ in {"ablaze", "fire", "alight"} for c in verb.subtree):
        return None
    if lem == "blow" and "up" not in prts:
        return None
    if lem == "round" and "up" not in prts:
        return None
    if lem == "hold" and any(c.lower_ == "hostage" for c in kids):
        return "abducted"
    if lem in {"treat", "hospitalize", "hospitalise"} and any(
        c.lower_ == "for" and any(g.lower_ in {"injuries", "wounds", "injury"} for g in c.children)
        for c in kids
    ):
        return "injured"  # "11 people were treated for injuries"
    name = tab.predicate_of(lem)
    if name is None and verb.lower_ in {"dead", "killed", "wounded", "injured"}:
        name = tab.predicate_of({"dead": "die", "killed": "kill"}.get(verb.lower_, "wound"))
    return name


def _intransitive(quantity: str, verb: Token) -> bool:
    lem = _lemma(verb)
    return lem in {"die", "perish", "succumb", "flee", "drown"} or (
        quantity == "fatalities" and lem in {"lose"}
    )


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod", "conj", "advcl", "relcl", "ROOT", "ccomp"}
        and not any(c.dep_ == "aux" and c.lower_ in {"have", "has", "had"} for c in verb.children)
    )


def _find_predicate(anchor: Token, noun: Token, tab: QuantityTables) -> tuple[str, Token] | None:
    """The quantity of the figure and the predicate token it hangs on."""
    # a participle or adjective on the counted noun: "5 people killed", "two dead"
    for tok in (noun, anchor):
        for c in tok.children:
            if c.dep_ in {"acl", "amod"} and c.i > tok.i:
                q = _verb_quantity(c, tab)
                if q is not None:
                    return q, c
    found = _clause_predicate(anchor, noun, tab)
    if found is not None:
        return found
    # a relative clause, when the main clause says nothing: "two people who were wounded"
    for tok in (noun, anchor):
        for c in tok.children:
            if c.dep_ == "relcl" and c.i > tok.i and (_is_passive(c) or _intransitive("", c)):
                q = _verb_quantity(c, tab)
                if q is not None:
                    return q, c
    return None


def _clause_predicate(anchor: Token, noun: Token, tab: QuantityTables) -> tuple[str, Token] | None:
    """The predicate the figure's noun phrase plays a role in."""
    nq = _noun_quantity(noun, tab)
    cur = anchor
    hops = 0
    while cur.dep_ in {"conj", "appos"} and cur.head != cur and hops < 6:
        if cur.head.pos_ in {"VERB", "AUX"}:
            break
        cur = cur.head
        hops += 1
    role_dep = cur.dep_
    head = cur.head
    if role_dep == "pobj" and head.lower_ == "to" and _lemma(head.head) == "set":
        # "set fire to 23 homes"
        if any(c.lower_ in {"fire", "ablaze", "alight"} for c in head.head.children):
            return "destroyed", head.head
    if role_dep == "pobj":
        prep = head
        if prep.dep_ == "agent" or prep.lower_ == "by":
            return (nq, noun) if nq else None
        target = prep.head
        if (
            target.lower_ in {"lives", "life"}
            and prep.lower_ == "of"
            and _lemma(target.head) in {"claim", "take", "cost", "lose", "end"}
        ):
            return "fatalities", target.head  # "claimed the lives of 12 people"
        if target.pos_ in {"NOUN", "PROPN"} and prep.lower_ in {"of", "for", "among"}:
            tq = _noun_quantity(target, tab) or _nominal_quantity(target, tab)
            if tq is not None:
                return tq, target
        head = target
    if nq is not None:
        return nq, noun
    if head.pos_ in {"VERB", "AUX", "ADJ"} or head.dep_ == "ROOT":
        q = _verb_quantity(head, tab)
        if q is None:
            # "shot and killed a civilian", "were shot dead"
            for c in head.children:
                if c.dep_ == "conj" and c.pos_ == "VERB" and tab.predicate_of(_lemma(c)):
                    q2 = _verb_quantity(c, tab)
                    if q2 is not None and not any(g.dep_ == "dobj" for g in c.children):
                        q = q2
                        break
        if q is None:
            return None
        if (
            role_dep == "nsubj"
            and not _intransitive(q, head)
            and not _is_passive(head)
            and (_has_object(head) or not _headline_subject(cur, head))
        ):
            return None  # "militants killed 3 soldiers": the subject is the killer
        if role_dep == "pobj" and cur.head.pos_ == "ADP":
            return None  # "during the clearance, the force killed ...": not a victim
        if role_dep == "npadvmod" and not (anchor.pos_ == "NUM" or _is_number_word(anchor)):
            return None  # "killed this morning"
        if role_dep in {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod"}:
            return q, head
        if role_dep in {"conj"} and cur.head.pos_ in {"VERB", "AUX"}:
            return q, head
    return None


def _headline_subject(subj: Token, verb: Token) -> bool:
    """ "Four people killed and nine wounded": a subject right before a bare participle."""
    end = max(t.i for t in subj.subtree)
    return 0 <= verb.i - end <= 1


def _has_object(verb: Token) -> bool:
    """An active verb with an object: its subject is the agent ("gunmen killed 3").
    Without one, news headlines drop the auxiliary: "Four people killed"."""
    return any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in verb.children)


def _nominal_quantity(noun: Token, tab: QuantityTables) -> str | None:
    lem = _lemma(noun)
    table = {
        "killing": "fatalities",
        "death": "fatalities",
        "murder": "fatalities",
        "execution": "fatalities",
        "injury": "injured",
        "wounding": "injured",
        "abduction": "abducted",
        "kidnapping": "abducted",
        "kidnap": "abducted",
        "arrest": "arrested",
        "detention": "arrested",
        "capture": "arrested",
        "displacement": "displaced",
        "destruction": "destroyed",
        "downing": "downed",
    }
    return table.get(lem) or table.get(noun.lower_)


def _refine(quantity: str, category: str) -> str | None:
    """Tie the predicate to what is counted: destroyed + vehicles -> vehicles_destroyed."""
    if quantity in {"destroyed", "downed"}:
        if category == "vehicle" and quantity == "destroyed":
            return "vehicles_destroyed"
        if category == "building" and quantity == "destroyed":
            return "buildings_destroyed"
        if category == "aircraft":
            return "aircraft_downed"
        return None
    if category in {"vehicle", "building", "aircraft", "other"}:
        return None
    return quantity


# ----------------------------------------------------------------------------- roles


def _clause_markers(pred: Token | None, noun: Token) -> str:
    """Text of the adverbials on the predicate and the noun ("since January", "so far")."""
    parts: list[str] = []
    for tok in (pred, noun):
        if tok is None:
            continue
        for c in tok.children:
            if c.dep_ in {"prep", "advmod", "npadvmod", "advcl", "pcomp"}:
                sub = list(c.subtree)
                if len(sub) <= 12:
                    parts.append(" ".join(t.lower_ for t in sub))
    return " | ".join(parts)


def _role(fig: _Figure, tab: QuantityTables) -> Role:
    pred = fig.predicate
    markers = _clause_markers(pred, fig.noun)
    if pred is not None and pred.head != pred and pred.dep_ in {"conj", "xcomp"}:
        markers += " | " + _clause_markers(pred.head, fig.noun)
    for part in markers.split(" | "):
        if any(part.startswith(m) for m in tab.running_markers):
            return "running_total"
        # "killed in the six-year war", "since the conflict began": a war's total
        if part.startswith(("in ", "during ", "throughout ")) and _WAR.search(part):
            return "running_total"
    return "event"


_WAR = re.compile(r"\b(?:war|conflict|uprising|insurgency|crisis|revolution)\b")


def _update_figure(anchor: Token, tab: QuantityTables) -> tuple[str, Token, str] | None:
    """ "The death toll has risen to 31", "bringing the number of ... destroyed to 175",
    "Fatalities coded as 7": (quantity, predicate, qualifier)."""
    if anchor.dep_ != "pobj":
        return None
    prep = anchor.head
    verb = prep.head
    lem = _lemma(verb)
    if prep.lower_ == "as" and (lem in {"code", "coded"} or verb.lower_ == "coded"):
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}), None)
        if subj is not None:
            q = _subject_quantity(subj, tab)
            if q:
                return q, verb, "coded as"
        return None
    if prep.lower_ not in {"to", "at"}:
        return None
    if prep.lower_ == "at" and lem in {"put", "place", "estimate", "set", "give", "peg", "fix"}:
        # "officials put the death toll at 23": an estimate, not a change
        for c in verb.children:
            if c.dep_ == "dobj":
                q = _subject_quantity(c, tab)
                if q:
                    return q, verb, "estimate"
        return None
    hint: Token | None = None
    if lem not in tab.update_verbs and lem != "stand":
        # "bringing the number of vehicles destroyed to 175": "to" hangs on the participle,
        # which the parse attaches under the update verb or beside it
        hint = verb
        found = _update_verb_before(verb, tab)
        if found is None:
            return None
        verb = found
    for c in verb.children:
        if c.dep_ in {"nsubj", "dobj", "nsubjpass"}:
            q = _subject_quantity(c, tab, hint=hint)
            if q:
                return q, verb, ""
    return None


_CAMPAIGN = re.compile(
    r"\b(?:offensive|campaign|war|conflict|uprising|insurgency"
    r"|week|weeks|month|months|year|years)\b"
)


def _campaign_total(verb: Token, tab: QuantityTables) -> bool:
    """ "bringing the number of people killed in the week-long offensive to 200": a total
    over a campaign, not this event's toll."""
    for c in verb.children:
        own = c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in tab.update_nouns
        # "put the toll from the six-year conflict at ...": the parse may hang "from" on the verb
        side = c.dep_ == "prep" and c.lower_ in {"from", "in", "since", "during", "over"}
        if own or side:
            text = " ".join(t.lower_ for t in c.subtree)
            if _CAMPAIGN.search(text) or any(m in text for m in tab.running_markers):
                return True
    return False


def _update_verb_before(participle: Token, tab: QuantityTables) -> Token | None:
    def counts(verb: Token) -> bool:
        return _lemma(verb) in tab.update_verbs and any(
            c.dep_ in {"dobj", "nsubj"} and c.lower_ in tab.update_nouns and c.i < participle.i
            for c in verb.children
        )

    cur = participle
    for _ in range(5):
        if cur.head == cur:
            break
        cur = cur.head
        if counts(cur):
            return cur
    sent = participle.sent
    for tok in reversed(sent.doc[sent.start : participle.i]):
        if counts(tok):
            return tok
    return None


def _subject_quantity(subj: Token, tab: QuantityTables, *, hint: Token | None = None) -> str | None:
    """The quantity a "toll" or "number of X destroyed" subject counts."""
    low = subj.lower_
    if low in tab.update_nouns or low in tab.fatal_nouns or low in tab.injury_nouns:
        comps = " ".join(c.lower_ for c in subj.children if c.dep_ in {"compound", "amod"})
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    q = _noun_quantity(obj, tab)
                    if q:
                        return q
                    cat = _category(obj, tab)
                    for g in obj.children:
                        if g.dep_ in {"acl", "amod", "relcl"}:
                            vq = _verb_quantity(g, tab)
                            if vq:
                                return _refine(vq, cat)
                    if hint is not None:
                        vq = _verb_quantity(hint, tab)
                        if vq:
                            return _refine(vq, cat)
                    return None
        if "injur" in comps or "wound" in comps or low in tab.injury_nouns:
            return "injured"
        if low in {"number", "count", "tally", "total"} and not comps:
            return None
        return "fatalities"
    return None


# ----------------------------------------------------------------------------- zeros


def _zero_figures(sent: Span, tab: QuantityTables) -> list[_Figure]:
    """ "No fatalities reported", "no one was hurt", "without casualties", "did not cause any"."""
    out: list[_Figure] = []
    for tok in sent:
        low = tok.lower_
        target: Token | None = None
        words: list[Token] = []
        if low in {"no", "zero"} and tok.dep_ in {"det", "neg", "amod", "nummod"}:
            target, words = tok.head, [tok]
        elif low == "any" and tok.dep_ == "det":
            verb = tok.head.head
            if any(c.dep_ == "neg" for c in verb.children) or (
                verb.dep_ == "prep" and verb.lower_ == "without"
            ):
                target, words = tok.head, [tok]
        elif low == "without" and tok.dep_ == "prep":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and not any(c.lower_ == "any" for c in obj.children):
                target, words = obj, [tok]
        elif low in {"nobody", "none"} or (
            low == "one" and tok.i > sent.start and tok.nbor(-1).lower_ == "no"
        ):
            if low == "one":
                words = [tok.nbor(-1), tok]
            else:
                words = [tok]
            verb = tok.head
            q = _verb_quantity(verb, tab)
            if q in {"fatalities", "injured", "abducted", "arrested"} and tok.dep_ in {
                "nsubj",
                "nsubjpass",
                "dobj",
            }:
                out.append(_zero(words, tok, q, verb))
            continue
        if target is None:
            continue
        members = [target] + [c for c in target.children if c.dep_ == "conj"]
        for noun in members:
            if noun.lower_ in {"information", "details", "report", "reports", "word", "news"}:
                break
            q = _noun_quantity(noun, tab)
            if q is None and noun.lower_ in {"loss", "losses", "casualty", "casualties"}:
                q = "fatalities"
            if q is None:
                # "no civilians were killed", "no houses were destroyed"
                cat = _category(noun, tab)
                pred = _find_predicate(noun, noun, tab)
                if pred is not None:
                    q = _refine(pred[0], cat)
            if q is None:
                continue
            out.append(_zero(words, noun, q, noun.head))
            if noun.lower_ in {"casualty", "casualties"}:
                out.append(_zero(words, noun, "injured", noun.head))
            if _noun_quantity(noun, tab) is None:
                break  # "no women or children were hurt": one zero, not one per noun
    return out


def _zero(words: list[Token], noun: Token, quantity: str, pred: Token) -> _Figure:
    return _Figure(
        tokens=words,
        anchor=noun,
        noun=noun,
        low=0,
        high=0,
        best=0,
        qualifier="",
        zero=True,
        quantity=quantity,
        predicate=pred,
    )


# ----------------------------------------------------------------------------- main


def extract_claims(
    sent: Span, *, article_id: str, tables: QuantityTables | None = None
) -> list[Claim]:
    """Every figure in ``sent`` that counts an event's quantity, as a Claim.

    Offsets are character offsets into ``sent.doc.text``. ``event_id_cnty`` is
    left empty for the pipeline to fill. Attribution may use the neighbouring
    sentences of the same Doc (a pronoun speaker, a quote and its speaker).
    """
    tab = tables or QuantityTables.load()
    figures = _figures(sent, tab)
    if not figures:
        return []
    hedges = find_hedges(sent, tables=tab.attribution)
    claims: list[Claim] = []
    for fig in figures:
        claims.append(_to_claim(fig, sent, article_id=article_id, hedges=hedges, tab=tab))
    return claims


def _figures(sent: Span, tab: QuantityTables) -> list[_Figure]:
    groups = _number_groups(sent)
    used: set[int] = set()
    figures: list[_Figure] = []
    skip: set[int] = set()
    for group in groups:
        if group[0].i in skip or _excluded_number(group, sent):
            continue
        value = parse_number(" ".join(t.text for t in group))
        if value is None:
            continue
        n = int(round(value))
        qualifier, qtoks = _read_qualifier(group, sent)
        partner = _range_partner(group, groups, sent)
        tokens = qtoks + group
        low: int | None
        high: int | None
        best: int | None
        head = _group_head(group)
        if partner is not None:
            m = parse_number(" ".join(t.text for t in partner))
            if m is None:
                continue
            low, high, best = min(n, int(m)), max(n, int(m)), None
            qualifier = "between"
            tokens = tokens + partner
            if group[0].i > sent.start and group[0].nbor(-1).lower_ == "between":
                tokens = [group[0].nbor(-1), *tokens]
            skip.add(partner[0].i)
            head = _group_head(partner) if _group_head(partner).dep_ != "conj" else head
            # the parse hangs the range on either end
            if head.dep_ in {"conj", "quantmod"}:
                head = _group_head(group)
        elif group[-1].lower_ == "dozen" and (
            len(group) == 1 or group[0].lower_ in {"a", "an", "half"}
        ):
            low, high, best = _qualified(n, qualifier)
            if len(group) == 1:
                low, high, best = _qualified(12, qualifier)
            qualifier = qualifier or "a dozen"
        else:
            low, high, best = _qualified(n, qualifier)
        fig = _locate(head, group, tokens, low, high, best, qualifier, tab)
        if fig is not None:
            figures.append(fig)
            used.add(fig.noun.i)
            used.add(fig.anchor.i)
    figures.extend(_vague_figures(sent, tab, used))
    figures.extend(_singular_figures(sent, tab, used))
    zero_seen: set[tuple[int, str]] = set()
    for z in _zero_figures(sent, tab):
        if z.noun.i not in used and (z.noun.i, z.quantity) not in zero_seen:
            figures.append(z)
            zero_seen.add((z.noun.i, z.quantity))
    figures = _merge_enumerations(figures)
    figures = _drop_breakdowns(figures, sent)
    figures.extend(_coding_notes(sent, figures, tab))
    figures.sort(key=lambda f: min(t.i for t in f.tokens))
    return figures


def _paren_depth(tok: Token, sent: Span) -> int:
    depth = 0
    for t in sent.doc[sent.start : tok.i]:
        if t.text in {"(", "["}:
            depth += 1
        elif t.text in {")", "]"} and depth:
            depth -= 1
    return depth


def _drop_breakdowns(figures: list[_Figure], sent: Span) -> list[_Figure]:
    """ "7 civilians were killed (6 with machetes and 1 shot)": the parenthesis breaks
    down a figure already given; so does "wounded 30 people, 10 of them critically"."""
    out = []
    for fig in figures:
        if fig.noun.lower_ in {"them", "those", "these"} and any(
            o is not fig and o.quantity == fig.quantity and o.noun.lower_ not in {"them", "those"}
            for o in figures
        ):
            continue
        if _paren_depth(fig.anchor, sent) > 0 and any(
            o is not fig
            and o.quantity == fig.quantity
            and _paren_depth(o.anchor, sent) == 0
            and o.anchor.i < fig.anchor.i
            for o in figures
        ):
            continue
        out.append(fig)
    return out


_NUM = r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_CODED_AS = re.compile(rf"\bcoded (?:as|at) (half of )?{_NUM}\b", re.IGNORECASE)
_SPLIT = re.compile(
    rf"\bsplit (?:evenly )?(?:among|across|between|over|into) {_NUM} (?:separate )?"
    r"(?:events|locations|incidents|days|attacks|villages|districts)\b\s*(?:\((\d+)\))?",
    re.IGNORECASE,
)
_CODED_TO = re.compile(
    rf"\b{_NUM} (?:confirmed )?fatalit(?:y|ies)\b[^.]{{0,60}}?coded to this event", re.I
)
_TOTAL_ONLY = re.compile(
    rf"^\W*(?:total:?\s+)?{_NUM} (?:fatalit(?:y|ies)|deaths?|killed)\W*$", re.I
)
_FATAL_WORD = re.compile(r"fatalit|death|killed|dead|casualt|died", re.IGNORECASE)


def _coding_notes(sent: Span, figures: list[_Figure], tab: QuantityTables) -> list[_Figure]:
    """ACLED's own coding notes: "Fatalities coded as 7", "Fatalities split across 2
    events (6)", "[1 fatality split among 12 events]", "Total 2 fatalities ... coded to
    this event", and a note that is only its total ("2 fatalities.")."""
    text = sent.text
    base = sent.start_char
    out: list[_Figure] = []

    def coded(value: int, start: int, end: int) -> None:
        span = sent.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None or not len(span):
            return
        tok = span.root
        out.append(
            _Figure(
                tokens=list(span),
                anchor=tok,
                noun=tok,
                low=value,
                high=value,
                best=value,
                qualifier="coded as",
                quantity="fatalities",
                predicate=None,
                role="update",
            )
        )

    m = _TOTAL_ONLY.match(text)
    if m:
        n = parse_number(m.group(1))
        if n is not None:
            coded(int(n), m.start(), m.end())
            return out
    if _FATAL_WORD.search(text):
        m = _CODED_AS.search(text)
        if m:
            n = parse_number(m.group(2))
            if n is not None:
                coded(int(n) // 2 if m.group(1) else int(n), m.start(), m.end())
                return out
    m = _CODED_TO.search(text)
    if m:
        n = parse_number(m.group(1))
        if n is not None:
            coded(int(n), m.start(), m.end())
            return out
    m = _SPLIT.search(text)
    if m:
        parts = parse_number(m.group(1))
        if m.group(2):
            coded(int(m.group(2)), m.start(), m.end())
        elif parts:
            total = _split_total(sent, m.start() + base, figures, tab)
            if total is not None:
                coded(int(total // parts), m.start(), m.end())
    return out


def _split_total(
    sent: Span, before_char: int, figures: list[_Figure], tab: QuantityTables
) -> int | None:
    """The fatality figure a "split across N events" note divides: the nearest one before."""
    here = [
        f
        for f in figures
        if f.quantity == "fatalities" and f.tokens[0].idx < before_char and f.best is not None
    ]
    if here:
        return sum(f.best or 0 for f in here)
    prev = [s for s in sentences(sent.doc) if s.end <= sent.start][-2:]
    for ps in reversed(prev):
        found = [f for f in _figures(ps, tab) if f.quantity == "fatalities" and f.role != "update"]
        vals = [f.best if f.best is not None else f.low for f in found]
        known = [v for v in vals if v is not None]
        if known:
            return sum(known)
    return None


def _locate(
    head: Token,
    group: list[Token],
    tokens: list[Token],
    low: int | None,
    high: int | None,
    best: int | None,
    qualifier: str,
    tab: QuantityTables,
) -> _Figure | None:
    anchor, noun = _noun_of(head, group)
    fig = _Figure(
        tokens=tokens, anchor=anchor, noun=noun, low=low, high=high, best=best, qualifier=qualifier
    )
    upd = _update_figure(anchor, tab)
    if upd is not None:
        fig.quantity, update_pred, extra = upd
        fig.predicate = update_pred
        fig.role = "event" if extra == "estimate" else "update"
        if _campaign_total(update_pred, tab):
            fig.role = "running_total"
        if extra == "coded as":
            fig.qualifier = extra
        fig.tokens = fig.tokens + [update_pred]
        return fig
    # "including 2 children": a subset of a figure already counted
    if noun.lower_ in {"whom", "which"}:
        return None
    if _is_subset(anchor):
        return None
    cat = _category(noun, tab)
    if cat == "other":
        return None
    found = _find_predicate(anchor, noun, tab)
    if found is None:
        return None
    quantity = _refine(found[0], cat)
    if quantity is None:
        return None
    fig.quantity, fig.predicate = quantity, found[1]
    fig.role = _role(fig, tab)
    if quantity == "fatalities" and _killed_or_injured(found[1], tab):
        # "3 militants were killed or injured": none of them is surely dead
        fig.low, fig.best, fig.qualifier = 0, None, "killed or injured"
    return fig


def _killed_or_injured(pred: Token, tab: QuantityTables) -> bool:
    def alt(v: Token) -> bool:
        return _verb_quantity(v, tab) == "injured" or v.lower_ in tab.injury_adjectives

    for c in pred.children:
        if c.dep_ == "conj" and alt(c) and any(g.lower_ == "or" for g in pred.children):
            return True
    if pred.dep_ == "conj" and alt(pred.head):
        return any(g.lower_ == "or" and g.dep_ == "cc" for g in pred.head.children)
    return False


def _is_subset(anchor: Token) -> bool:
    """A part of a figure already given: "including 3 children", "among them four women"."""
    if any(
        c.dep_ == "prep"
        and c.lower_ in {"among", "including"}
        and any(g.lower_ in {"them", "those", "whom", "these"} for g in c.children)
        for c in anchor.children
    ):
        return True
    if anchor.dep_ == "pobj" and anchor.head.lower_ in {"among", "including"}:
        # "were among 7 people killed" names the total; "killed 5, including 3" a part
        return anchor.head.head.pos_ not in {"AUX", "VERB"} or anchor.head.lower_ == "including"
    cur = anchor
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ in {"including", "among", "incl"}:
            return True
        if cur.dep_ in {"appos"} and cur.head.lower_ in {"including"}:
            return True
        if cur.head == cur:
            break
        cur = cur.head
    return any(
        c.lower_ in {"including", "among"} and c.dep_ == "prep" for c in anchor.ancestors
    ) and (anchor.head.lower_ in {"including", "among"})


def _vague_figures(sent: Span, tab: QuantityTables, used: set[int]) -> list[_Figure]:
    """ "dozens of militants", "several soldiers", "a number of civilians", "scores"."""
    out: list[_Figure] = []
    doc = sent.doc
    for tok in sent:
        if tok.i in used:
            continue
        low = tok.lower_
        if low not in tab.vague or low == "dozen":
            continue
        prev = doc[tok.i - 1] if tok.i > sent.start else None
        qual = low
        words = [tok]
        if low in {"few", "number", "handful", "couple"}:
            if prev is None or prev.lower_ not in {"a", "an"}:
                continue
            if prev.i > sent.start and doc[prev.i - 1].lower_ in {
                "unknown",
                "unspecified",
                "undisclosed",
            }:
                continue
            words = [prev, tok]
            qual = f"a {low}" + (" of" if low in {"number", "handful", "couple"} else "")
        if low in {"some", "many", "several", "numerous", "multiple"} and tok.dep_ not in {
            "amod",
            "det",
            "nummod",
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
        }:
            continue
        if (
            low in {"tens", "hundreds", "thousands", "scores", "dozens"}
            and not any(c.lower_ == "of" for c in tok.children)
            and tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "nummod", "amod"}
        ):
            continue
        lo, hi, _ = tab.vague[low]
        # "tens of thousands", "hundreds of thousands"
        obj = next(
            (g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            None,
        )
        if obj is not None and obj.lower_ in {"thousands", "hundreds"}:
            scale = 1000 if obj.lower_ == "thousands" else 100
            lo, hi = lo * scale, hi * scale
            used.add(obj.i)
        fig = _locate(tok, [tok], words, lo, hi, None, qual, tab)
        if fig is None and obj is not None and obj.lower_ in {"thousands", "hundreds"}:
            fig = _locate(obj, [obj], words + [obj], lo, hi, None, qual, tab)
        if fig is None:
            continue
        if low in {"some", "many"} and fig.noun == fig.anchor:
            continue  # bare "some"/"many" are rarely counts
        out.append(fig)
        used.add(fig.noun.i)
        used.add(fig.anchor.i)
    return out


def _singular_figures(sent: Span, tab: QuantityTables, used: set[int]) -> list[_Figure]:
    """One person: "a civilian was killed", "killing a soldier", "another injured", "his death"."""
    out: list[_Figure] = []
    for tok in sent:
        if tok.i in used:
            continue
        if tok.pos_ == "PRON" and tok.lower_ in _PERSONAL:
            if tok.dep_ not in {"dobj", "nsubjpass"} and not (
                tok.dep_ == "poss" and _lemma(tok.head) == "death"
            ):
                continue
            if tok.dep_ == "poss":
                fig = _Figure([tok], tok.head, tok.head, 1, 1, 1, "", singular=True)
                fig.quantity, fig.predicate = "fatalities", tok.head
                out.append(fig)
                used.add(tok.head.i)
                continue
            found = _find_predicate(tok, tok, tab)
            if found is None or found[0] not in {"fatalities", "injured", "abducted", "arrested"}:
                continue
            fig = _Figure([tok], tok, tok, 1, 1, 1, "", singular=True)
            fig.quantity, fig.predicate = found
            fig.role = _role(fig, tab)
            out.append(fig)
            continue
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"}:
            if tok.lower_ != "another":
                continue
        if tok.lower_ != "another":
            dets = [c for c in tok.children if c.dep_ in {"det", "poss"}]
            # a named person listed with counted ones: "killed commander Oskar Bell and two aides"
            in_enum = tok.pos_ == "PROPN" and (
                any(c.dep_ == "conj" and c.i in used for c in tok.children)
                or (tok.dep_ == "conj" and tok.head.i in used)
            )
            if not (dets or in_enum):
                continue
            if any(c.lower_ in {"no", "any", "each", "every", "all"} for c in dets):
                continue
            if any(c.dep_ == "nummod" for c in tok.children):
                continue
            cat = _category(tok, tab)
            if cat not in {"person", "unknown"}:
                continue
            if cat == "unknown" and not in_enum and tok.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
                continue  # "..., a claim that ...": only plain subjects and objects
            if _noun_quantity(tok, tab) is not None or _nominal_quantity(tok, tab) is not None:
                continue  # "the death", "the body": the quantity word, not a person
            if tok.lower_ in {
                "police",
                "army",
                "security",
                "militia",
                "staff",
                "crew",
                "family",
                "unit",
                "personnel",
            }:
                continue
        if _is_subset(tok):
            continue
        found = _find_predicate(tok, tok, tab)
        if found is None or found[0] not in {"fatalities", "injured", "abducted", "arrested"}:
            continue
        words = [c for c in tok.children if c.dep_ in {"det", "poss"} and c.i < tok.i] + [tok]
        fig = _Figure(words, tok, tok, 1, 1, 1, "", singular=True)
        fig.quantity, fig.predicate = found
        fig.role = _role(fig, tab)
        out.append(fig)
        used.add(tok.i)
    return out


def _merge_enumerations(figures: list[_Figure]) -> list[_Figure]:
    """ "a commander and his three bodyguards were killed": one figure of 4."""
    by_anchor = {f.anchor.i: f for f in figures}
    merged: list[_Figure] = []
    absorbed: set[int] = set()
    for fig in figures:
        if id(fig) in absorbed:
            continue
        chain = _conj_chain(fig.anchor)
        members = [
            by_anchor[t.i]
            for t in chain
            if t.i in by_anchor
            and by_anchor[t.i].quantity == fig.quantity
            and by_anchor[t.i].role == fig.role
            and not by_anchor[t.i].zero
        ]
        if len(members) <= 1 or fig.zero:
            merged.append(fig)
            continue
        first = members[0]
        for m in members:
            absorbed.add(id(m))
        total = _Figure(
            tokens=[t for m in members for t in m.tokens],
            anchor=first.anchor,
            noun=first.noun,
            low=_sum([m.low for m in members]),
            high=_sum([m.high for m in members]),
            best=_sum([m.best for m in members]),
            qualifier=next((m.qualifier for m in members if m.qualifier), ""),
            quantity=first.quantity,
            predicate=first.predicate,
            role=first.role,
            members=members,
        )
        total.tokens.extend(m.noun for m in members)
        merged.append(total)
    return merged


def _conj_chain(tok: Token) -> list[Token]:
    """The nominal conjuncts a token belongs to (first conjunct first)."""
    root = tok
    while root.dep_ == "conj" and root.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        root = root.head
    out = [root]
    stack = [root]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _sum(values: Iterable[int | None]) -> int | None:
    vals = list(values)
    if any(v is None for v in vals):
        return None
    return sum(v for v in vals if v is not None)


def _to_claim(
    fig: _Figure,
    sent: Span,
    *,
    article_id: str,
    hedges: list[str],
    tab: QuantityTables,
) -> Claim:
    doc = sent.doc
    toks = list(fig.tokens) + [fig.noun]
    idx = [t.i for t in toks]
    lo_i, hi_i = min(idx), max(idx)
    pred = fig.predicate
    if pred is not None and pred.i not in idx:
        if lo_i - 3 <= pred.i < lo_i or hi_i < pred.i <= hi_i + 3:
            lo_i, hi_i = min(lo_i, pred.i), max(hi_i, pred.i)
    start = doc[lo_i].idx
    end = doc[hi_i].idx + len(doc[hi_i].text)
    source = _claim_source(fig, sent, tab)
    quantity = fig.quantity
    digest = hashlib.sha1(
        f"{article_id}|{start}|{end}|{quantity}|{fig.low}|{fig.high}|{fig.best}|{fig.role}".encode()
    ).hexdigest()
    return Claim(
        claim_id=f"c-{digest[:12]}",
        article_id=article_id,
        quantity=quantity,
        low=fig.low,
        high=fig.high,
        best=fig.best,
        qualifier=fig.qualifier,
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
        source=source,
        hedges=list(hedges),
        sentence=sent.text,
        role=fig.role,
    )


def _claim_source(fig: _Figure, sent: Span, tab: QuantityTables) -> Source | None:
    start_tok = fig.predicate if fig.predicate is not None else fig.anchor
    found = source_for_token(start_tok, sent, tables=tab.attribution)
    if found is not None:
        return found[0]
    # a quote followed by its speaker in the next sentence(s)
    if any(q in sent.text for q in ("“", '"', "‘")):
        nxt = [s for s in sentences(sent.doc) if s.start >= sent.end][:2]
        for s in nxt:
            res = find_source(s, tables=tab.attribution)
            if res is not None:
                return res[0]
    return None
