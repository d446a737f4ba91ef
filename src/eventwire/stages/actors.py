"""Actors: who acted, against whom, normalized to ACLED-style canonical names.

Reads the event's sentences (spaCy spans of one Doc) and sets ``actor1``,
``assoc_actor_1``, ``actor2``, ``assoc_actor_2``, ``inter1``, ``inter2``,
``interaction`` and ``civilian_targeting``, with evidence offsets.

Two sources of knowledge, both in ``data/actors.json`` (see docs/actors.md):

* an alias table of named actors (Islamic State = ISIS = ISIL = IS = Daesh,
  Taliban, Al Shabaab, ...) with their ACLED inter codes, some restricted to
  the countries where an alias means that actor ("coalition" in Yemen is the
  Saudi-led coalition, in Iraq the US-led one);
* rules over ACLED's classes of unnamed actors: a country (name or demonym) or
  the event's country plus a force noun gives "Military Forces of <Country>",
  police nouns "Police Forces of <Country>", "gunmen" "Unidentified Armed
  Group (<Country>)", "protesters" "Protesters (<Country>)", "villagers"
  "Civilians (<Country>)".

Roles come from the dependency parse: the subject of an active verb, the
"by" agent of a passive and the owner of an attack noun ("Taliban attack")
act; objects, passive subjects and "against"/"on" targets are acted upon.
ACLED's own conventions then apply per event type (protesters are actor1 of
every protest, civilians are actor2 of violence against civilians).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from spacy.tokens import Span, Token

from eventwire.errors import DataTableError
from eventwire.stages._gazetteer import CURRENCY_WORDS, is_dateline
from eventwire.stages.nlp import doc_text

_RE_CURRENCY_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(CURRENCY_WORDS)) + r")\b", re.I)

__all__ = ["ActorMention", "ActorRoles", "ActorTable", "ActorTableError", "assign_actors"]

CIVILIAN_TARGETING = "Civilian targeting"

# Verbs whose subject reports or observes rather than acts.
_REPORT_VERBS = frozenset(
    "say report claim state announce observe document record confirm tell add note accuse "
    "blame allege cite quote deny estimate believe publish post write show indicate monitor "
    "update".split()
)
# Verbs whose subject undergoes the event.
_SUFFER_VERBS = frozenset("die suffer sustain lose perish succumb receive".split())
# Verbs whose subject defends against an attack named elsewhere.
_REPEL_VERBS = frozenset("repel repulse thwart foil fend avert counter resist".split())
_CLASH_WORDS = frozenset(
    "clash fight battle engage exchange skirmish confront confrontation fighting clashes firefight "
    "gunfight gunbattle battle skirmishes exchanges".split()
)
# Nouns that make their owner the side that acts ("Taliban attack", "attack by IS").
_ATTACK_NOUNS = frozenset(
    "attack attacks assault offensive raid raids ambush strike strikes airstrike airstrikes "
    "air-strike bombardment bombing bombings shelling fire gunfire incursion incursions "
    "operation operations campaign sortie sorties drone drones aircraft warplane warplanes "
    "jet jets helicopter helicopters mortar mortars rocket rockets missile missiles "
    "artillery ied vbied ieds car bomb suicide bomber sniper advance push infiltration "
    "crackdown arrest arrests detention kidnapping abduction execution killing killings "
    "massacre shooting counterattack counter-offensive takeover capture seizure control".split()
)
# "X under Y": Y commands X only when X names fighters.
_COMMANDED_NOUNS = frozenset(
    "forces rebels factions fighters troops militants groups units soldiers militias brigades "
    "battalions elements".split()
)
_NON_STATE_KINDS = frozenset({"group", "unknown", "armed", "gang", "tribal", "communal"})
_ARMED_CLASSES = frozenset({"armed", "gang", "tribal", "communal"})
_STATE_CLASSES = frozenset({"military", "police", "government"})
_GROUP_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "front": 2,
        "army": 2,
        "brigade": 3,
        "brigades": 3,
        "militia": 3,
        "militias": 3,
        "movement": 3,
        "forces": 2,
        "battalion": 3,
        "battalions": 3,
        "legion": 2,
        "group": 2,
        "network": 2,
        "guards": 3,
        "guard": 3,
        "corps": 2,
        "organization": 3,
        "organisation": 3,
        "council": 3,
        "alliance": 3,
        "coalition": 3,
        "union": 3,
        "party": 3,
        "association": 3,
        "federation": 3,
        "syndicate": 3,
        "committee": 3,
        "jihad": 2,
        "mujahideen": 2,
        "liberation": 2,
        "resistance": 2,
        "regiment": 3,
    }
)
# Capitalized words that start an unknown name but are not part of it.
_NAME_STOP = frozenset("the a an on in at by of and with from for".split())


ActorTableError = DataTableError  # this module's name for it


@dataclass(frozen=True)
class _Entry:
    name: str
    inter: int | None
    kind: str  # "group", "country" or a generic class ("military", "armed", ...)
    countries: frozenset[str] = frozenset()
    state: str | None = None  # for state units: whose state


@dataclass(frozen=True)
class _Hit:
    start: int  # character offsets in the text searched
    end: int
    entries: tuple[_Entry, ...]


@dataclass(frozen=True)
class ActorMention:
    """One actor found in a sentence, with its role in that sentence."""

    name: str
    inter: int | None
    kind: str
    start: int
    end: int
    role: str | None  # "A" acts, "P" is acted upon, None unknown
    strength: int
    order: tuple[int, int]  # (sentence index, char start): earlier first
    chain: int  # token index of the conj-chain root, shared by coordinated actors


@dataclass(frozen=True)
class ActorRoles:
    """The actor fields of one event, with evidence offsets into the Doc text."""

    actor1: str
    assoc_actor_1: list[str]
    actor2: str
    assoc_actor_2: list[str]
    inter1: int | None
    inter2: int | None
    interaction: int | None
    civilian_targeting: str
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


@lru_cache(maxsize=8192)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Lower-case, accent-free text with punctuation runs as single spaces.

    Apostrophes and periods are dropped ("people's" -> "peoples", "U.S." -> "us");
    returns the folded text and, for each of its characters, the index of the
    original character it came from.
    """
    out: list[str] = []
    idx: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        if ch.isascii():
            base = ch.lower()
        else:
            base = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in base if not unicodedata.combining(c)).lower()
        if not base:
            continue
        if base in ("'", "’", "‘", ".", "`"):
            continue
        if base.isalnum():
            if pending_space >= 0 and out:
                out.append(" ")
                idx.append(pending_space)
            pending_space = -1
            for c in base:
                out.append(c)
                idx.append(i)
        elif pending_space < 0:
            pending_space = i
    return "".join(out), tuple(idx)  # a tuple: the result is cached and shared


def _fold_key(text: str) -> str:
    return _fold(text)[0]


def _alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(set(keys), key=len, reverse=True))


class ActorTable:
    """The alias table and rules, loaded once from package data."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self._build(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ActorTableError(f"malformed actor table: {exc}") from exc

    @classmethod
    def load(cls) -> ActorTable:
        """Read ``eventwire/data/actors.json``."""
        try:
            raw = resources.files("eventwire").joinpath("data/actors.json").read_text("utf-8")
            data = json.loads(raw)
        except (OSError, json.JSONDecodeError) as exc:
            raise ActorTableError(f"cannot read the actor table: {exc}") from exc
        return cls(data)

    # -- building -----------------------------------------------------------------------------
    def _build(self, data: dict[str, Any]) -> None:
        folded: dict[str, list[_Entry]] = {}
        exact: dict[str, list[_Entry]] = {}
        self._country_article: dict[str, bool] = {}
        for c in data["countries"]:
            name = str(c["name"])
            self._country_article[name] = bool(c.get("article"))
            entry = _Entry(name=name, inter=None, kind="country")
            for alias in [name, *c.get("demonyms", []), *c.get("aliases", [])]:
                folded.setdefault(_fold_key(alias), []).append(entry)
            for acr in c.get("acronyms", []):
                exact.setdefault(acr, []).append(entry)
        for g in data["groups"]:
            entry = _Entry(
                name=str(g["name"]),
                inter=g.get("inter"),
                kind="group",
                countries=frozenset(g.get("countries", [])),
                state=g.get("state"),
            )
            for alias in [g["name"], *g.get("aliases", [])]:
                folded.setdefault(_fold_key(alias), []).append(entry)
            for acr in g.get("acronyms", []):
                exact.setdefault(acr, []).append(entry)
        self._generic: dict[str, tuple[str, int]] = {}
        for cls_name, spec in data["generic"].items():
            self._generic[cls_name] = (str(spec["name"]), int(spec["inter"]))
            entry = _Entry(name=str(spec["name"]), inter=int(spec["inter"]), kind=cls_name)
            for noun in spec["nouns"]:
                folded.setdefault(_fold_key(noun), []).append(entry)
        self._needs_owner = frozenset(_fold_key(n) for n in data.get("needs_owner", []))
        mods = data.get("modifiers", {})
        self._police_mods = frozenset(_fold_key(m) for m in mods.get("police", []))
        self._armed_mods = frozenset(_fold_key(m) for m in mods.get("armed", []))
        self._tribal_mods = frozenset(_fold_key(m) for m in mods.get("tribal", []))
        self._unattributed: dict[str, list[str]] = {
            k: list(v) for k, v in data.get("unattributed_sides", {}).items()
        }
        # Groups are preferred over country words, country words over generic nouns.
        rank = {"group": 0, "country": 1}
        self._folded = {
            k: tuple(sorted(v, key=lambda e: rank.get(e.kind, 2))) for k, v in folded.items() if k
        }
        self._exact = {k: tuple(v) for k, v in exact.items()}
        self._folded_re = re.compile(
            r"(?<![a-z0-9])(?:" + _alternation(list(self._folded)) + r")(?![a-z0-9])"
        )
        self._exact_re = re.compile(
            r"(?<![A-Za-z0-9])(?:" + _alternation(list(self._exact)) + r")(?![A-Za-z0-9])"
        )
        plain = [
            k
            for k, v in self._folded.items()
            if any(e.kind != "group" or not e.countries for e in v)
        ]
        self._plain_re = re.compile(r"(?<![a-z0-9])(?:" + _alternation(plain) + r")(?![a-z0-9])")
        # the one country a named actor belongs to, where the table says so
        self._home: dict[str, str] = {}
        for g in data["groups"]:
            home = (
                g.get("state")
                or g.get("home")
                or (g["countries"][0] if len(g.get("countries", [])) == 1 else None)
            )
            if home:
                self._home.setdefault(str(g["name"]), str(home))
        # the countries a group fights in besides its home (Boko Haram: Niger, Chad, ...)
        self._active: dict[str, tuple[str, ...]] = {
            str(g["name"]): tuple(str(c) for c in g["active"])
            for g in data["groups"]
            if g.get("active")
        }
        self._inter_by_name: dict[str, int | None] = {}
        for entries in self._folded.values():
            for e in entries:
                if e.kind == "group":
                    self._inter_by_name.setdefault(e.name, e.inter)

    def home_country(self, name: str) -> str | None:
        """The country an actor's canonical name ties it to ("Police Forces of Iraq", "Rioters
        (Kenya)", a group the table places in one country), or None."""
        if name in self._home:
            return self._home[name]
        for pattern in (r"\(([^()]+)\)\s*$", r"\bof (?:the )?([A-Z][^()]*?)\s*(?:\(|$)"):
            m = re.search(pattern, name)
            if m and m.group(1).strip() in self._country_article:
                return m.group(1).strip()
        return None

    def active_countries(self, name: str) -> tuple[str, ...]:
        """The countries a group operates in where the table lists several, else ()."""
        return self._active.get(name, ())

    # -- lookups ------------------------------------------------------------------------------
    def find(self, text: str, *, offset: int = 0, country: str | None = None) -> list[_Hit]:
        """Every alias, country word and actor noun in ``text`` (longest first, no overlaps).

        An alias that means nothing in ``country`` ("government forces" is a
        Yemeni name) gives way to the generic words inside it.
        """
        hits: list[_Hit] = []
        for m in self._exact_re.finditer(text):
            hit = _Hit(offset + m.start(), offset + m.end(), self._exact[m.group(0)])
            if self.choose(hit, country) is not None:
                hits.append(hit)
        folded, idx = _fold(text)
        for m in self._folded_re.finditer(folded):
            start = idx[m.start()]
            end = idx[m.end() - 1] + 1
            hit = _Hit(offset + start, offset + end, self._folded[m.group(0)])
            if self.choose(hit, country) is not None:
                hits.append(hit)
                continue
            for sub in self._plain_re.finditer(folded, m.start(), m.end()):
                hits.append(
                    _Hit(
                        offset + idx[sub.start()],
                        offset + idx[sub.end() - 1] + 1,
                        self._folded[sub.group(0)],
                    )
                )
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[_Hit] = []
        for h in hits:
            if kept and h.start < kept[-1].end:
                continue
            kept.append(h)
        return kept

    def choose(self, hit: _Hit, country: str | None) -> _Entry | None:
        """The entry a hit stands for in this country (country-restricted aliases first)."""
        unrestricted: _Entry | None = None
        for e in hit.entries:
            if e.countries:
                if country is not None and country in e.countries:
                    return e
                continue
            if unrestricted is None:
                unrestricted = e
        return unrestricted

    def country_name(self, country: str, *, prefix: str) -> str:
        """ "Military Forces of the Philippines": ACLED puts "the" before some countries."""
        the = "the " if self._country_article.get(country) else ""
        return f"{prefix} of {the}{country}"

    def generic_name(self, cls_name: str, country: str | None) -> str | None:
        """The ACLED name of an unnamed actor class in a country."""
        template, _ = self._generic[cls_name]
        if cls_name in _STATE_CLASSES:
            prefix = template.split(" of ", 1)[0]
            if country is None:
                # "a police officer shot a man": the police, of a state the text does not
                # name, are still no unidentified armed group
                return prefix
            return self.country_name(country, prefix=prefix)
        if country is None:
            return template.replace(" ({c})", "")
        return template.replace("{c}", country)

    def generic_inter(self, cls_name: str) -> int:
        return self._generic[cls_name][1]

    def inter_of(self, entry: _Entry, *, country: str | None) -> int | None:
        """Inter code; state forces acting outside their own country are external (8)."""
        if entry.state is not None and country is not None and entry.state != country:
            return 8
        return entry.inter

    def unattributed_sides(self, country: str | None) -> list[str]:
        return list(self._unattributed.get(country or "", []))

    def needs_owner(self, folded_noun: str) -> bool:
        return folded_noun in self._needs_owner

    def modifier_class(self, folded_words: list[str]) -> str | None:
        """The class that modifier words give a force noun ("riot" police, "unknown" forces)."""
        for w in folded_words:
            if w in self._police_mods:
                return "police"
        for w in folded_words:
            if w in self._tribal_mods:
                return "tribal"
        for w in folded_words:
            if w in self._armed_mods:
                return "armed"
        return None

    def inter_for_name(self, name: str, *, country: str | None = None) -> int | None:
        """The inter code of a canonical name produced by this table."""
        if name in self._inter_by_name:
            return self._inter_by_name[name]
        for cls_name, (template, inter) in self._generic.items():
            head = template.split(" ({c})")[0].split(" of {c}")[0]
            if name.startswith(head):
                if cls_name in _STATE_CLASSES and country is not None:
                    return inter if name.endswith(country) else 8
                return inter
        return None

    # -- strings ------------------------------------------------------------------------------
    def normalize(self, name: str, *, country: str | None = None) -> str | None:
        """The canonical name for an actor phrase, or None when it names no actor.

        "ISIL" -> "Islamic State"; "Iraqi army" -> "Military Forces of Iraq";
        "gunmen" with country Iraq -> "Unidentified Armed Group (Iraq)". A
        capitalized name the table does not know is kept as written.
        """
        text = name.strip()
        if not text:
            return None
        hits = self.find(text, country=country)
        folded_text = _fold_key(text)
        owner_country: str | None = None
        generic: list[tuple[_Hit, _Entry]] = []
        for h in hits:
            e = self.choose(h, country)
            if e is None:
                continue
            before = _fold_key(text[: h.start]).split()
            if e.kind == "group":
                if before and before[-1] == "anti":
                    continue
                return e.name
            if e.kind == "country":
                owner_country = owner_country or e.name
            else:
                generic.append((h, e))
        if generic:
            h, e = generic[-1]
            cls_name = e.kind
            noun = _fold_key(text[h.start : h.end])
            mod_words = _fold_key(text[: h.start]).split()
            mod_cls = self.modifier_class(mod_words)
            for _, pe in generic[:-1]:
                if pe.kind in ("police", *_ARMED_CLASSES):
                    mod_cls = mod_cls or pe.kind
            if cls_name in ("military", "government") and mod_cls is not None:
                cls_name = mod_cls
            elif cls_name == "civilians" and mod_cls in _ARMED_CLASSES:
                cls_name = mod_cls
            if owner_country is None and self.needs_owner(noun) and cls_name in _STATE_CLASSES:
                return None
            if cls_name in _STATE_CLASSES:
                return self.generic_name(cls_name, owner_country or country)
            return self.generic_name(cls_name, country or owner_country)
        if owner_country is not None:
            return None
        if any(c.isupper() for c in text) and folded_text:
            return _surface_name(text)
        return None


def _surface_name(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"(?:'s|’s|')$", "", text)
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# Mentions in sentences
# --------------------------------------------------------------------------------------------


def _role(tok: Token, depth: int = 0) -> tuple[str | None, int, bool]:
    """(role, strength, associated) of the noun phrase headed by ``tok``."""
    if depth > 6:
        return None, 0, False
    dep = tok.dep_
    head = tok.head
    if dep in ("conj", "appos") and head is not tok:
        if dep == "conj" and head.dep_ == "pobj" and head.head.lower_ in ("between", "among"):
            return "P", 2, False
        role, strength, _ = _role(head, depth + 1)
        return role, strength, dep == "conj"
    if dep in ("compound", "amod", "nmod", "poss", "nummod") and head is not tok:
        if head.lemma_.lower() in _ATTACK_NOUNS or head.lower_ in _ATTACK_NOUNS:
            return "A", 2, False
        return _role(head, depth + 1)
    if dep in ("nsubj", "csubj", "nsubjpass") and head.lemma_.lower() in _REPORT_VERBS:
        # "X were reported to have targeted Y": X is the subject of the reported verb
        for child in head.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "auxpass" for c in child.children):
                    return "P", 2, False
                if child.lemma_.lower() in _SUFFER_VERBS:
                    return "P", 2, False
                return "A", 3, False
        return None, 0, False
    if dep in ("nsubj", "csubj"):
        lemma = head.lemma_.lower()
        if lemma in _SUFFER_VERBS:
            return "P", 2, False
        if lemma in _REPEL_VERBS:
            return "A", 2, False
        if head.pos_ in ("NOUN", "PROPN"):  # copula constructions: "X was the target"
            return None, 0, False
        return "A", 3, False
    if dep == "nsubjpass":
        return "P", 3, False
    if dep in ("dobj", "obj", "dative", "oprd"):
        if head.lemma_.lower() in _REPORT_VERBS:
            return None, 0, False
        return "P", 2, False
    if dep == "pobj":
        prep = head
        p = prep.lower_
        gov = prep.head
        if p == "by":
            if gov.lemma_.lower() in _REPORT_VERBS:
                return None, 0, False
            if gov.lemma_.lower() in ("back", "support", "assist", "aid", "accompany", "help"):
                return "A", 1, True
            return "A", 3, False
        if p in ("between", "among"):
            return "A", 2, False
        if p == "with":
            if gov.lemma_.lower() in _CLASH_WORDS or gov.lower_ in _CLASH_WORDS:
                return "P", 1, False
            if gov.pos_ in ("NOUN", "PROPN") and gov is not prep:
                role, strength, _ = _role(gov, depth + 1)
                return role, max(strength - 1, 0), True
            if prep.dep_ == "prep" and gov.pos_ in ("VERB", "AUX"):
                return "A", 1, True
            return None, 0, False
        if p == "under" and gov.lower_ in _COMMANDED_NOUNS:
            role, strength, _ = _role(gov, depth + 1)
            return role, strength + 1, False
        if (
            p == "under"
            and gov.dep_ in ("acl", "relcl")
            and gov.lemma_.lower() in ("operate", "fight", "serve", "act", "work", "function")
            and gov.head.lower_ in _COMMANDED_NOUNS
        ):
            # "factions operating under X": X commands the acting side
            role, strength, _ = _role(gov.head, depth + 1)
            return role, strength + 1, False
        if p in ("alongside", "beside"):
            return "A", 1, True
        if p in ("against", "on", "at", "targeting", "toward", "towards", "upon", "into", "onto"):
            return "P", 2, False
        if p in ("of", "from") and gov.pos_ in ("NOUN", "PROPN"):
            if gov.lemma_.lower() in _ATTACK_NOUNS and p == "from":
                return "A", 2, False
            return _role(gov, depth + 1)
        return None, 0, False
    if dep == "agent":
        return "A", 3, False
    return None, 0, False


def _chain_root(tok: Token) -> int:
    seen = 0
    while tok.dep_ in ("conj", "appos") and tok.head is not tok and seen < 8:
        tok = tok.head
        seen += 1
    return tok.i


@dataclass
class _Raw:
    """A mention before its role is known."""

    start: int
    end: int
    head: Token
    kind: str  # "group", generic class, "unknown"
    name: str | None
    inter: int | None
    noun: str  # folded head noun (generic mentions)
    owners: list[_Entry] = field(default_factory=list)
    owner_groups: list[_Raw] = field(default_factory=list)
    mods: list[str] = field(default_factory=list)
    absorbed: bool = False
    into: _Raw | None = None


def _head_of(span: Span) -> Token:
    return span.root


def _mentions_in(
    sent: Span, *, table: ActorTable, country: str | None, index: int
) -> list[ActorMention]:
    doc = sent.doc
    hits = table.find(sent.text, offset=sent.start_char, country=country)
    heading = _HEADING.match(sent.text)
    if heading is not None:
        cut = sent.start_char + heading.end()
        hits = [h for h in hits if h.start >= cut]
    hits = _hint_demonyms(sent, hits, country)
    cap_names = _capitalized_names(sent, hits, table, country)
    hits = [
        h
        for h in hits
        if not any(a <= h.start and h.end <= b for a, b, _ in cap_names)
        or (table.choose(h, country) or _Entry("", None, "x")).kind in ("group", "country")
    ]
    group_spans = [
        (h.start, h.end)
        for h in hits
        if (table.choose(h, country) or _Entry("", None, "x")).kind == "group"
    ]
    cap_names = [n for n in cap_names if all(e <= n[0] or s >= n[1] for s, e in group_spans)]
    raws: list[_Raw] = []
    countries: list[tuple[_Hit, _Entry, Span]] = []
    for h in hits:
        entry = table.choose(h, country)
        if entry is None:
            continue
        span = doc.char_span(h.start, h.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in ("anti", "anti-"):
            continue
        if (
            span.start > 1
            and doc[span.start - 1].text == "-"
            and doc[span.start - 2].lower_ == "anti"
        ):
            continue
        if entry.kind == "country":
            if span.end < len(doc) and doc[span.end].lower_ in CURRENCY_WORDS:
                continue  # "the US dollar", "the Lebanese pound": money, not a party
            countries.append((h, entry, span))
            continue
        if entry.kind == "group":
            raws.append(
                _Raw(
                    h.start,
                    h.end,
                    _head_of(span),
                    "group",
                    entry.name,
                    table.inter_of(entry, country=country),
                    "",
                )
            )
        else:
            raws.append(
                _Raw(
                    h.start,
                    h.end,
                    _head_of(span),
                    entry.kind,
                    None,
                    entry.inter,
                    _fold_key(span.text),
                )
            )
    for a, b, cap_inter in cap_names:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            raws.append(_Raw(a, b, span.root, "unknown", _surface_name(span.text), cap_inter, ""))
    _add_unknown_orgs(sent, raws, countries)
    _add_named_militias(sent, raws, hits)
    raws.sort(key=lambda r: r.start)
    # A mention that modifies another ("Taliban militants", "police forces") is absorbed by it.
    by_head: dict[int, _Raw] = {}
    for r in raws:
        by_head.setdefault(r.head.i, r)
    for r in raws:
        target = None
        rh = r.head
        if rh.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and rh.head.i in by_head:
            target = by_head[rh.head.i]
        else:
            nxt = [
                o
                for o in raws
                if o is not r
                and 0 <= o.start - r.end <= 3
                and doc_text(doc)[r.end : o.start].strip(" -'’s") == ""
            ]
            if nxt:
                target = nxt[0]
        while target is not None and target.absorbed and target.into is not None:
            target = target.into
        if target is None or target is r or target.absorbed:
            continue
        if r.kind in ("group", "unknown"):
            if target.kind in ("group", "unknown"):
                continue
            target.owner_groups.append(r)
            target.start = min(target.start, r.start)
            r.absorbed = True
            r.into = target
        elif target.kind not in ("group", "unknown"):
            target.mods.append(r.kind)
            target.owner_groups.extend(r.owner_groups)
            target.owners.extend(r.owners)
            target.start = min(target.start, r.start)
            r.absorbed = True
            r.into = target
    # Country words in a noun phrase own it ("Iraqi and coalition aircraft").
    for _, entry, span in countries:
        tok = span.root
        target = None
        cur = tok
        for _step in range(4):
            if cur.i in by_head and by_head[cur.i].head.i != tok.i:
                target = by_head[cur.i]
                break
            if (
                cur.dep_ in ("compound", "amod", "nmod", "poss", "conj", "npadvmod", "cc")
                and cur.head is not cur
            ):
                cur = cur.head
            else:
                break
        if target is None:
            nxt = [o for o in raws if 0 <= o.start - span.end_char <= 2]
            target = nxt[0] if nxt else None
        while target is not None and target.absorbed and target.into is not None:
            target = target.into
        if target is not None and not target.absorbed and target.kind not in ("group", "unknown"):
            target.owners.append(entry)
            target.start = min(target.start, span.start_char)
    out: list[ActorMention] = []
    for r in raws:
        if r.absorbed:
            continue
        role, strength, _assoc = _role(r.head)
        if role == "A" and r.head.dep_ in ("nsubj",) and r.head.head.lemma_.lower() in _REPEL_VERBS:
            # the defender: an attacker named in the sentence outranks it
            strength = 1
        if role is None and (table.needs_owner(r.noun) or r.head.lower_ in _ATTACK_NOUNS):
            # "killed in Turkish airstrikes": whoever owns the weapon acted
            role, strength = "A", 2
        left = [doc[i] for i in range(r.head.left_edge.i, r.head.i)]
        mod_words = [_fold_key(t.text) for t in left]
        names: list[tuple[str, int | None, str]] = []
        if r.kind in ("group", "unknown"):
            names.append((r.name or "", r.inter, r.kind))
        else:
            cls_name = r.kind
            mod_cls = table.modifier_class(mod_words)
            for m in r.mods:
                if m in ("police", *_ARMED_CLASSES) and mod_cls is None:
                    mod_cls = m
                elif m in ("military", "government") and cls_name == "civilians":
                    cls_name = "military"
            if cls_name in ("military", "government") and mod_cls is not None:
                cls_name = mod_cls
            elif cls_name == "civilians" and mod_cls in _ARMED_CLASSES:
                cls_name = mod_cls
            for g in r.owner_groups:
                names.append((g.name or "", g.inter, g.kind))
            if not names or r.owners:
                if r.owners:
                    for o in r.owners:
                        # ACLED names protesters, civilians and unnamed groups after the
                        # country of the event, state forces after their own state
                        where = o.name if cls_name in _STATE_CLASSES or country is None else country
                        n = table.generic_name(cls_name, where)
                        if n is None:
                            continue
                        inter: int | None = table.generic_inter(cls_name)
                        if cls_name in _STATE_CLASSES and country is not None and o.name != country:
                            inter = 8
                        names.append((n, inter, cls_name))
                elif not names and not (table.needs_owner(r.noun) and cls_name in _STATE_CLASSES):
                    n = table.generic_name(cls_name, country)
                    if n is not None:
                        names.append((n, table.generic_inter(cls_name), cls_name))
        seen: set[str] = set()
        for n, n_inter, n_kind in names:
            if not n or n in seen:
                continue
            seen.add(n)
            out.append(
                ActorMention(
                    name=n,
                    inter=n_inter,
                    kind=n_kind,
                    start=r.start,
                    end=max(r.end, r.head.idx + len(r.head.text)),
                    role=role,
                    strength=strength,
                    order=(index, r.start),
                    chain=_chain_root(r.head),
                )
            )
    return out


def _hint_demonyms(sent: Span, hits: list[_Hit], country: str | None) -> list[_Hit]:
    """Treat "Veridian" as the hint country Veridia when the table has no such demonym."""
    if country is None or len(country) < 4 or " " in country:
        return hits
    c = _fold_key(country)
    forms = {c + suffix for suffix in ("n", "an", "ian", "ese", "i")}
    forms |= {c[:-1] + suffix for suffix in ("an", "ian", "ese", "i")}
    entry = _Entry(name=country, inter=None, kind="country")
    extra = [
        _Hit(t.idx, t.idx + len(t.text), (entry,))
        for t in sent
        if t.text[:1].isupper()
        and _fold_key(t.text) in forms
        and all(not (h.start <= t.idx < h.end) for h in hits)
    ]
    return sorted(hits + extra, key=lambda h: h.start) if extra else hits


_HEADING = re.compile(r"^\s*[A-Z][A-Za-z/ -]{2,40}:\s")


def _capitalized_names(
    sent: Span, hits: list[_Hit], table: ActorTable, country: str | None
) -> list[tuple[int, int, int]]:
    """Capitalized names ending in a group word ("the Crimson Front", "Sultan Shah Brigade").

    A name made only of table words ("Turkish Army", "Iraqi Security Forces") is
    left to the rules; the others are unknown named actors, kept as written.
    """
    out: list[tuple[int, int, int]] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.text[:1].isupper() and tok.is_alpha) or tok.lower_ in _NAME_STOP:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and (
            (
                tokens[j + 1].text[:1].isupper()
                and (tokens[j + 1].is_alpha or tokens[j + 1].like_num)
            )
            or (
                tokens[j + 1].lower_ in ("of", "al", "el", "for", "-")
                and j + 2 < len(tokens)
                and tokens[j + 2].text[:1].isupper()
            )
            or (tokens[j + 1].like_num and tokens[j + 1].text[:1].isdigit() is False)
        ):
            j += 1
        last = tokens[j]
        numbered = i > 0 and re.fullmatch(r"\d+(?:st|nd|rd|th)", tokens[i - 1].lower_) is not None
        if last.lower_ in _GROUP_WORDS and j > i and not numbered:
            a, b = tokens[i].idx, last.idx + len(last.text)
            covered = 0
            for k in range(i, j + 1):
                t = tokens[k]
                if not t.is_alpha or t.lower_ in ("of", "al", "el", "for"):
                    covered += 1
                    continue
                for h in hits:
                    if h.start <= t.idx < h.end:
                        covered += 1
                        break
            if covered < j - i + 1:
                out.append((a, b, _GROUP_WORDS[last.lower_]))
        i = j + 1
    return out


def _add_unknown_orgs(
    sent: Span, raws: list[_Raw], countries: list[tuple[_Hit, _Entry, Span]]
) -> None:
    """Organisations the table does not know that act in the sentence keep their name."""
    taken = [(r.start, r.end) for r in raws] + [(h.start, h.end) for h, _, _ in countries]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    text = doc_text(sent.doc)
    for ent in sent.ents:
        if ent.label_ not in ("ORG", "NORP") or not free(ent.start_char, ent.end_char):
            continue
        if is_dateline(text, ent.start_char, ent.end_char):
            continue  # "GUAYAQUIL, March 2 (AP) -": where the report was filed, not who acted
        root = ent.root
        head = root.head
        owner = (
            root.dep_ in ("compound", "amod", "poss", "nmod")
            and head.i == ent.end
            and head.lower_ in _OWNED_NOUNS
        )
        subject = (
            ent.label_ == "ORG"
            and root.dep_ == "nsubj"
            and head.pos_ == "VERB"
            and head.lemma_.lower() not in _REPORT_VERBS
        )
        agent = (
            ent.label_ == "ORG"
            and root.dep_ == "pobj"
            and head.lower_ == "by"
            and (head.head.lemma_.lower() not in _REPORT_VERBS)
        )
        if owner or subject or agent:
            raws.append(
                _Raw(ent.start_char, ent.end_char, root, "unknown", _surface_name(ent.text), 3, "")
            )
            taken.append((ent.start_char, ent.end_char))


_MILITIA_NOUNS = frozenset(
    "raiders militiamen militia militias fighters gunmen combatants attackers assailants youths "
    "vigilantes".split()
)


def _add_named_militias(sent: Span, raws: list[_Raw], hits: list[_Hit]) -> None:
    """ "Murle raiders", "Lendu youths": a name the table lacks owning fighters is "<Name> Militia".

    ACLED names such actors "<Name> Ethnic Militia" or "<Name> Communal Militia";
    which of the two cannot be told from the words, so the class word is left out.
    """
    covered = [(h.start, h.end) for h in hits] + [(r.start, r.end) for r in raws]
    for r in list(raws):
        if (
            r.kind not in ("armed", "communal", "civilians", "tribal")
            or r.head.lower_ not in _MILITIA_NOUNS
        ):
            continue
        if r.kind == "civilians" and r.head.lower_ != "youths":
            continue
        toks = [c for c in r.head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        # a several-word name ("Ashen Banner militia"): compounds of compounds
        stack = list(toks)
        while stack:
            for c in stack.pop().lefts:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c not in toks:
                    toks.append(c)
                    stack.append(c)
        toks.sort(key=lambda t: t.i)
        toks = [t for t in toks if t.text[:1].isupper() and t.i >= sent.start]
        if not toks or any(a <= t.idx < b for t in toks for a, b in covered):
            continue
        first, last = toks[0], toks[-1]
        name = sent.doc[first.i : last.i + 1].text
        group = _Raw(
            first.idx, last.idx + len(last.text), first, "unknown", f"{name} Militia", 4, ""
        )
        group.absorbed = True
        group.into = r
        r.owner_groups.append(group)
        r.start = min(r.start, group.start)


_OWNED_NOUNS = frozenset(
    "fighters militants gunmen members militiamen forces insurgents rebels troops militia "
    "attack attacks offensive assault elements".split()
)


# --------------------------------------------------------------------------------------------
# Roles for an event
# --------------------------------------------------------------------------------------------


def _best(ms: list[ActorMention]) -> ActorMention | None:
    if not ms:
        return None
    return sorted(ms, key=lambda m: (-m.strength, m.order))[0]


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def assign_actors(
    sents: list[Span],
    *,
    table: ActorTable,
    country: str | None,
    event_type: str,
    sub_event_type: str,
) -> ActorRoles:
    """ACLED's actor fields for the event described by ``sents`` (first sentence first)."""
    if country is None:
        country = _guess_country(sents, table)
    mentions: list[ActorMention] = []
    for i, sent in enumerate(sents):
        mentions.extend(_mentions_in(sent, table=table, country=country, index=i))

    mentions = _corefer_armed(mentions)

    def generic(cls_name: str) -> tuple[str, int] | None:
        n = table.generic_name(cls_name, country)
        return None if n is None else (n, table.generic_inter(cls_name))

    civil = [m for m in mentions if m.kind == "civilians"]
    armed = [m for m in mentions if m.kind not in ("civilians", "protesters", "rioters")]
    agents = [m for m in armed if m.role == "A"]
    patients = [m for m in mentions if m.role == "P"]

    a1: tuple[str, int | None] | None = None
    a1_m: ActorMention | None = None
    a2: tuple[str, int | None] | None = None
    a2_m: ActorMention | None = None
    assoc1: list[ActorMention] = []
    assoc2: list[ActorMention] = []

    if event_type == "Protests":
        prot = [m for m in mentions if m.kind == "protesters"]
        a1_m = prot[0] if prot else None
        a1 = generic("protesters")
        assoc1 = [
            m
            for m in mentions
            if m.role == "A" and m.kind in ("group", "unknown") and (m.inter or 3) >= 3
        ]
        if sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
            state = [m for m in mentions if m.kind in ("military", "police") or (m.inter == 1)]
            a2_m = _best([m for m in state if m.role != "A"]) or (state[0] if state else None)
            a2 = (a2_m.name, a2_m.inter) if a2_m else generic("police")
    elif event_type == "Riots":
        riot = [m for m in mentions if m.kind == "rioters"]
        a1_m = riot[0] if riot else None
        a1 = generic("rioters")
        assoc1 = [m for m in agents if m.kind in ("group", "unknown")]
        others = [m for m in patients if m.kind != "rioters" and m.kind != "protesters"]
        a2_m = _best(others)
        if a2_m is None and sub_event_type == "Mob violence" and civil:
            a2_m = civil[0]
        a2 = (a2_m.name, a2_m.inter) if a2_m else None
    else:
        a1_m = _best(agents)
        armed_p = [m for m in armed if m.role == "P"]
        if a1_m is None and event_type == "Battles" and len({m.name for m in armed_p}) >= 2:
            # "X were killed during clashes with Y": the side named as the other party acted
            a1_m = sorted(armed_p, key=lambda m: (m.strength, [-v for v in m.order]))[0]
        if a1_m is None:
            non_p = [m for m in armed if m.role is None and m.kind in _NON_STATE_KINDS]
            if event_type == "Battles":
                non_p = non_p or [m for m in armed if m.role is None]
            if event_type == "Strategic developments":
                non_p = [m for m in armed if m.role != "P"] or armed
            a1_m = non_p[0] if non_p and event_type != "Violence against civilians" else None
            if a1_m is None and event_type == "Violence against civilians":
                a1_m = _best([m for m in armed if m.role != "P"])
        if a1_m is not None:
            a1 = (a1_m.name, a1_m.inter)
            assoc1 = [
                m
                for m in agents
                if m.name != a1_m.name
                and (m.chain == a1_m.chain or (m.order[0] == a1_m.order[0] and m.strength <= 1))
            ]
        if event_type == "Violence against civilians":
            a2_m = civil[0] if civil else None
            a2 = generic("civilians")
        else:
            cands = [m for m in patients if a1 is None or m.name != a1[0]]
            armed_p = [m for m in cands if m.kind not in ("civilians",)]
            a2_m = _best(armed_p) or _best(cands)
            if a2_m is None and a1 is not None:
                rest = [m for m in armed if m.name != a1[0] and m.role is None]
                a2_m = rest[0] if rest and event_type == "Battles" else None
            a2 = (a2_m.name, a2_m.inter) if a2_m else None
        if a1 is None:
            sides = table.unattributed_sides(country)
            if sides and event_type in ("Battles", "Explosions/Remote violence"):
                other = [s for s in sides if a2 is None or s != a2[0]]
                a1 = (other[0], table.inter_for_name(other[0], country=country))
                if a2 is None and event_type == "Battles" and len(other) > 1:
                    a2 = (other[1], table.inter_for_name(other[1], country=country))
            elif sub_event_type == "Arrests":
                a1 = generic("police")
            elif sub_event_type == "Disrupted weapons use":
                a1 = generic("military")
            elif event_type in (
                "Battles",
                "Explosions/Remote violence",
                "Violence against civilians",
            ) or (sub_event_type == "Looting/property destruction"):
                a1 = generic("armed")
        if (
            a2 is None
            and a1 is not None
            and event_type in ("Battles", "Explosions/Remote violence")
        ):
            # both sides act ("X repelled an assault by Y"): the other actor is actor2
            a2_m = _best(
                [m for m in agents if m.name != a1[0] and m.chain != (a1_m.chain if a1_m else -1)]
            )
            a2 = (a2_m.name, a2_m.inter) if a2_m else None
        if a2 is not None and a1 is not None and a2[0] == a1[0]:
            a2, a2_m = None, None
        if a2_m is not None:
            assoc2 = [
                m
                for m in patients
                if m.name != a2_m.name and m.chain == a2_m.chain and (a1 is None or m.name != a1[0])
            ]

    actor1 = a1[0] if a1 else ""
    actor2 = a2[0] if a2 else ""
    names1 = _unique([m.name for m in assoc1], exclude={actor1, actor2})
    names2 = _unique([m.name for m in assoc2], exclude={actor1, actor2, *names1})
    inter1 = a1[1] if a1 else None
    inter2 = a2[1] if a2 else None
    evidence: dict[str, list[tuple[int, int]]] = {}
    if a1_m is not None and (a1_m.name == actor1 or event_type in ("Protests", "Riots")):
        evidence["actor1"] = [(a1_m.start, a1_m.end)]
    if a2_m is not None and actor2:
        evidence["actor2"] = [(a2_m.start, a2_m.end)]
    if names1:
        evidence["assoc_actor_1"] = [(m.start, m.end) for m in assoc1 if m.name in names1]
    if names2:
        evidence["assoc_actor_2"] = [(m.start, m.end) for m in assoc2 if m.name in names2]
    targeting = ""
    if actor2.startswith("Civilians") and event_type not in ("Protests", "Strategic developments"):
        targeting = CIVILIAN_TARGETING
    return ActorRoles(
        actor1=actor1,
        assoc_actor_1=names1,
        actor2=actor2,
        assoc_actor_2=names2,
        inter1=inter1,
        inter2=inter2,
        interaction=_interaction(inter1, inter2),
        civilian_targeting=targeting,
        evidence=evidence,
    )


def _corefer_armed(mentions: list[ActorMention]) -> list[ActorMention]:
    """Unnamed "militants" are the one named armed group the event's report names.

    Applies only when exactly one non-state armed group is named and it never
    stands on the other side of the unnamed mention (acting vs acted upon).
    """
    named = {m.name for m in mentions if m.kind in ("group", "unknown") and m.inter in (2, 3, 4)}
    if len(named) != 1:
        return mentions
    (name,) = named
    roles = {m.role for m in mentions if m.name == name}
    inter = next(m.inter for m in mentions if m.name == name)
    out: list[ActorMention] = []
    for m in mentions:
        opposite = {"A": "P", "P": "A"}.get(m.role or "")
        if (
            m.kind == "armed"
            and m.name.startswith("Unidentified Armed Group")
            and opposite not in roles
        ):
            m = replace(m, name=name, inter=inter)
        out.append(m)
    return out


def _unique(names: list[str], *, exclude: set[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n and n not in exclude and n not in out:
            out.append(n)
    return out


def _guess_country(sents: list[Span], table: ActorTable) -> str | None:
    """The country named most often in the event's sentences (first on a tie)."""
    counts: dict[str, int] = {}
    for sent in sents:
        for h in table.find(sent.text):
            if _RE_CURRENCY_NEXT.match(sent.text, h.end):
                continue  # "the US dollar": money, not a party
            for e in h.entries:
                if e.kind == "country":
                    counts[e.name] = counts.get(e.name, 0) + 1
                    break
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])
