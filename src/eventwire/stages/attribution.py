"""Attribution: who a sentence (or one figure in it) is attributed to, and how sure.

Reads a spaCy sentence; sets ``Claim.source`` and ``Claim.hedges``. The tables
(speech verbs, source kinds, hedge phrases) live in ``data/attribution.json``
and are documented in ``docs/claims.md``.

Reported speech is found on the dependency parse: the subject of a speech verb
("X said", "X told reporters", "X claimed", "X estimates"), the object of
"according to X", the agent of "as reported by X", and a pronoun subject ("He
estimates ...") resolved to the last named speaker of the document.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from eventwire.errors import DataTableError
from eventwire.model import Source, SourceKind
from eventwire.stages.nlp import sentences

__all__ = [
    "AttributionTables",
    "find_hedges",
    "find_source",
    "classify_source_kind",
    "same_source",
    "source_for_token",
]

_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_SKIP_DEPS = frozenset({"relcl", "acl"})


TableError = DataTableError  # this module's name for it


@dataclass(frozen=True)
class AttributionTables:
    """Speech verbs, source-kind keywords and hedge patterns (``data/attribution.json``)."""

    speech_verbs: frozenset[str]
    anonymity: tuple[str, ...]
    titles: frozenset[str]
    particles: frozenset[str]
    speaker_nouns: frozenset[str]
    kinds: tuple[tuple[SourceKind, re.Pattern[str]], ...]
    hedges: re.Pattern[str]

    @classmethod
    def load(cls) -> AttributionTables:
        """Read the packaged table (cached: the table is immutable)."""
        return _load_attribution_tables()


@functools.cache
def _load_attribution_tables() -> AttributionTables:
    try:
        raw = json.loads(
            resources.files("eventwire.data").joinpath("attribution.json").read_text("utf-8")
        )
    except (OSError, ValueError) as exc:
        raise TableError(f"cannot read data/attribution.json: {exc}") from exc
    kinds_raw: dict[str, list[str]] = raw["kinds"]
    kinds: list[tuple[SourceKind, re.Pattern[str]]] = []
    for name in raw["kind_order"]:
        # whole words and their plural: "medic" is not in "Medical Office"
        words = sorted({w.strip().lower() for w in kinds_raw[name]}, key=len, reverse=True)
        alts = "|".join(re.escape(w) for w in words)
        kinds.append((name, re.compile(rf"(?<![\w-])(?:{alts})s?(?![\w-])")))
    pattern = "|".join(f"(?:{h})" for h in sorted(raw["hedges"], key=len, reverse=True))
    return AttributionTables(
        speech_verbs=frozenset(raw["speech_verbs"]),
        anonymity=tuple(raw["anonymity_phrases"]),
        titles=frozenset(raw["titles"]),
        particles=frozenset(raw["name_particles"]),
        speaker_nouns=frozenset(raw["speaker_nouns"]),
        kinds=tuple(kinds),
        hedges=re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE),
    )


# ----------------------------------------------------------------------------- hedges


def find_hedges(sent: Span, *, tables: AttributionTables | None = None) -> list[str]:
    """The exact hedging words of a sentence, in text order ("reportedly", "if confirmed").

    The pipeline calls it on every sentence of an event (not only the sentences
    holding figures) and adds the result to the event's claims and ``hedged``
    flag: "If the figure is confirmed ..." often follows the figure.
    """
    tab = tables or AttributionTables.load()
    text = sent.text
    found: list[str] = []
    for m in tab.hedges.finditer(text):
        words = m.group(0).strip()
        low = words.lower()
        if low.startswith("claim"):
            after = text[m.end() : m.end() + 20].lower()
            if after.lstrip().startswith(
                ("responsibility", "credit", "the lives", "lives", "the life")
            ):
                continue  # "claimed responsibility", "claimed the lives of 12": no doubt
            if low in {"claims", "claim"} and not _claim_is_hedge(sent, m.start()):
                continue
        if words and words not in found:
            found.append(words)
    return found


def _claim_is_hedge(sent: Span, char: int) -> bool:
    """The noun "claims" hedges ("claims that 20 died"), not "land claims" or "pay claims"."""
    for tok in sent:
        if tok.idx - sent.start_char == char:
            if tok.pos_ == "VERB":
                return True
            return any(c.dep_ in {"ccomp", "acl"} or c.lower_ == "that" for c in tok.children)
    return False


# ----------------------------------------------------------------------------- sources


def find_source(
    sent: Span, *, tables: AttributionTables | None = None
) -> tuple[Source, tuple[int, int]] | None:
    """Who the sentence attributes its content to, with the name's character offsets.

    Tries the sentence's main reporting frame: "X said", "according to X",
    "as reported by X". A pronoun speaker ("He estimates ...") is resolved to the
    last named speaker of the preceding sentences of the same document. Returns
    None when the sentence attributes nothing.
    """
    tab = tables or AttributionTables.load()
    root = sent.root
    found = _source_for_head(root, sent, tab, top=True)
    if found is not None:
        return found
    # "according to X" / speech verbs anywhere but in relative clauses
    for tok in sent:
        if _is_according_to(tok):
            res = _according_source(tok, sent, tab)
            if res is not None:
                return res
    for tok in sent:
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in tab.speech_verbs:
            if _inside_relative(tok, sent):
                continue
            res = _speaker_of(tok, sent, tab)
            if res is not None:
                return res
    return _headline_source(sent, tab)


_HEADLINE_TAIL = re.compile(r":\s*([A-Za-z][\w .'-]{1,40}?)\s*[.;]?\s*$")


def _headline_source(sent: Span, tab: AttributionTables) -> tuple[Source, tuple[int, int]] | None:
    """Wire headlines name their source after a colon: "10 killed in blast: officials"."""
    m = _HEADLINE_TAIL.search(sent.text)
    if m is None or len(m.group(1).split()) > 5:
        return None
    name = m.group(1).strip()
    low = f" {name.lower()} "
    if not any(pattern.search(low) for _kind, pattern in tab.kinds):
        return None
    start = sent.start_char + m.start(1)
    kind = classify_source_kind(name, tables=tab)
    return Source(name=name, kind=kind), (start, start + len(name))


def source_for_token(
    tok: Token, sent: Span, *, tables: AttributionTables | None = None
) -> tuple[Source, tuple[int, int]] | None:
    """The source of one figure: the nearest reporting frame above it, else the sentence's."""
    tab = tables or AttributionTables.load()
    cur: Token = tok
    seen = 0
    while seen < 40:
        seen += 1
        for child in cur.children:
            if _is_according_to(child):
                res = _according_source(child, sent, tab)
                if res is not None:
                    return res
        if cur.lemma_.lower() in tab.speech_verbs and cur.pos_ in {"VERB", "AUX"} and cur != tok:
            res = _speaker_of(cur, sent, tab)
            if res is not None:
                return res
        if cur.head == cur:
            break
        cur = cur.head
    return find_source(sent, tables=tab)


def _source_for_head(
    head: Token, sent: Span, tab: AttributionTables, *, top: bool
) -> tuple[Source, tuple[int, int]] | None:
    if head.lemma_.lower() in tab.speech_verbs:
        res = _speaker_of(head, sent, tab)
        if res is not None:
            return res
    for child in head.children:
        if _is_according_to(child):
            res = _according_source(child, sent, tab)
            if res is not None:
                return res
    return None


def _inside_relative(tok: Token, sent: Span) -> bool:
    cur = tok
    while cur.head != cur and cur.i >= sent.start:
        if cur.dep_ in _SKIP_DEPS:
            return True
        cur = cur.head
    return False


def _is_according_to(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _according_source(
    tok: Token, sent: Span, tab: AttributionTables
) -> tuple[Source, tuple[int, int]] | None:
    for to in tok.children:
        if to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return _make_source(obj, sent, tab)
    return None


def _speaker_of(
    verb: Token, sent: Span, tab: AttributionTables
) -> tuple[Source, tuple[int, int]] | None:
    lemma = verb.lemma_.lower()
    if lemma == "claim" and any(
        c.dep_ == "dobj" and c.lower_ in {"responsibility", "credit"} for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is None:
        # passive reporting: "as reported by X", "was confirmed by X"
        for c in verb.children:
            if c.dep_ == "agent":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return _make_source(obj, sent, tab)
        # conjoined speech verb sharing a subject: "X confirmed the attack and said ..."
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in tab.speech_verbs:
            return _speaker_of(verb.head, sent, tab)
        return None
    if subj.lower_ in {"it", "this", "that", "which"}:
        return None
    if subj.lower_ == "who":
        # "a witness, who said ..." : the relative clause's antecedent
        if verb.dep_ == "relcl":
            return _make_source(verb.head, sent, tab)
        return None
    if subj.lower_ in _PRONOUNS:
        # a pronoun met while resolving another one is not followed further back: each
        # level would read the 12 sentences before it again (exponential in the text)
        return None if _RESOLVING.get() else _resolve_pronoun(subj, sent, tab)
    return _make_source(subj, sent, tab)


#: Set while a pronoun speaker is being resolved (see ``_speaker_of``).
_RESOLVING: ContextVar[bool] = ContextVar("eventwire_resolving_pronoun", default=False)


def _resolve_pronoun(
    subj: Token, sent: Span, tab: AttributionTables
) -> tuple[Source, tuple[int, int]] | None:
    """ "He estimates ..." after a named speaker: the last named person before this sentence."""
    doc = sent.doc
    sents = [s for s in sentences(doc) if s.end <= sent.start]
    token = _RESOLVING.set(True)
    try:
        for prev in reversed(sents[-12:]):
            res = find_source(prev, tables=tab)
            if res is None:
                continue
            src, span = res
            if _looks_like_person(doc.char_span(span[0], span[1], alignment_mode="expand")):
                return src, span
    finally:
        _RESOLVING.reset(token)
    return None


def _looks_like_person(span: Span | None) -> bool:
    if span is None:
        return False
    if any(t.ent_type_ == "PERSON" for t in span):
        return True
    return all(t.is_title or not t.is_alpha for t in span) and len(span) <= 5


def _name_span(head: Token, sent: Span) -> tuple[int, int]:
    """Token range of a source phrase: the head with its modifiers, without clauses."""
    left = head.i
    right = head.i
    for child in head.children:
        if child.dep_ in {
            "compound",
            "amod",
            "det",
            "poss",
            "nmod",
            "nummod",
            "prep",
            "appos",
            "flat",
        }:
            if child.dep_ in {"prep", "appos"} and child.i < head.i:
                continue
            if child.dep_ == "prep" and child.lower_ not in {"of", "for", "at", "in", "from"}:
                continue
            sub = list(child.subtree)
            if child.dep_ == "appos":
                # keep the appositive short and next to the name: "Ismail al-Mahlawi,
                # commander of the Iraqi army" (not "..., a figure that cannot be verified")
                if sub[0].i > right + 2:
                    continue
                sub = [t for t in sub if t.dep_ not in {"relcl", "acl"} and t.i <= child.i + 8]
            left = min(left, sub[0].i)
            right = max(right, sub[-1].i)
    while left < right and sent.doc[left].is_punct:
        left += 1
    while right > left and sent.doc[right].is_punct:
        right -= 1
    return left, right


def _make_source(
    head: Token, sent: Span, tab: AttributionTables
) -> tuple[Source, tuple[int, int]] | None:
    doc = sent.doc
    if head.pos_ in {"PRON"} and head.lower_ in _PRONOUNS:
        return _resolve_pronoun(head, sent, tab)
    left, right = _name_span(head, sent)
    span = doc[left : right + 1]
    # the name proper: drop a trailing appositive for the name, keep it for the kind
    name_tokens = [
        t
        for t in span
        if t.dep_ != "appos" and not any(a.dep_ == "appos" for a in t.ancestors if a in span)
    ]
    name = _clean_name(" ".join(t.text for t in name_tokens) if name_tokens else span.text)
    if not name:
        return None
    if not _plausible_speaker(head, span, tab):
        return None
    kind = classify_source_kind(
        span.text, tables=tab, head=head, context=_clause_context(head, sent)
    )
    return Source(name=name, kind=kind), (span.start_char, span.end_char)


def _plausible_speaker(head: Token, span: Span, tab: AttributionTables) -> bool:
    """A speaker is a name, an institution or a word for people who report, not
    "No fatalities" (the subject of "No fatalities reported") or "the attack"."""
    if any(c.lower_ in {"no", "any"} and c.dep_ == "det" for c in head.children):
        return False
    if head.like_num or head.pos_ == "NUM":
        return False
    if head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    low = f" {span.text.lower()} "
    if any(pattern.search(low) for _kind, pattern in tab.kinds):
        return True
    return head.lower_ in tab.speaker_nouns


def _clause_context(head: Token, sent: Span) -> str:
    """Words around the speaker that tell its kind ("on condition of anonymity")."""
    verb = head.head
    return " ".join(t.text for t in verb.subtree) if verb.i != head.i else ""


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+([,.'’])", r"\1", name)
    name = re.sub(r"\s*-\s*", "-", name)
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    return name.strip(" ,;:\"“”'")


def classify_source_kind(
    text: str,
    *,
    tables: AttributionTables | None = None,
    head: Token | None = None,
    context: str = "",
) -> SourceKind:
    """The kind of a source from its words (and its clause's words about anonymity)."""
    tab = tables or AttributionTables.load()
    low = f" {text.lower()} "
    ctx = f" {context.lower()} "
    if any(p in low or p in ctx for p in tab.anonymity):
        return "anonymous"
    if re.search(r"\bIS(?:IS|IL)?\b", text):
        return "armed group"
    for kind, pattern in tab.kinds:
        if pattern.search(low):
            # "security sources" are anonymous; "the source" of ACLED notes is the publisher
            if kind == "anonymous" and re.search(r"\bthe source\b", low):
                return "media"
            return kind
    if head is not None and head.ent_type_ in {"ORG", "NORP"}:
        return "official"
    return "official"


# ----------------------------------------------------------------------------- identity


def _name_key(name: str, tab: AttributionTables) -> list[str]:
    norm = unicodedata.normalize("NFKD", name)
    norm = "".join(c for c in norm if not unicodedata.combining(c)).lower()
    norm = norm.split(",")[0]
    parts = re.split(r"[\s\-’']+", norm)
    out = []
    for p in parts:
        p = p.strip(".")
        if not p or p in tab.titles or p in tab.particles or p in {"the", "a", "an"}:
            continue
        out.append(p)
    return out


def same_source(a: Source, b: Source, *, tables: AttributionTables | None = None) -> bool:
    """The same source under two spellings ("Maj. Gen. Ismail al-Mahlawi" = "Mr Mahalawi")."""
    tab = tables or AttributionTables.load()
    if a.name.lower() == b.name.lower():
        return True
    ka, kb = _name_key(a.name, tab), _name_key(b.name, tab)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    # people: surnames match (tolerating transliteration); generic nouns must match exactly
    if not (a.name[:1].isupper() and b.name[:1].isupper()):
        return False
    if fuzz.ratio(ka[-1], kb[-1]) < 85 or min(len(ka[-1]), len(kb[-1])) < 4:
        return False
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    # every remaining given name of the shorter form must appear in the longer one
    return all(any(fuzz.ratio(s, t) >= 85 for t in long_) for s in short[:-1])
