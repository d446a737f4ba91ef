"""Context: whether a sentence reports a current event (PLOVER's event context).

Reads a spaCy sentence and the publication date; sets ``Event.context`` to one
of ``current, historical, future, hypothetical, negated``. Only current events
count in exports unless asked.

- negated: "officials denied that a strike hit the hospital", "the army did not
  attack the town" (but "no one was killed" is a current event with zero dead).
- hypothetical: a condition with a modal ("if the ceasefire collapses hundreds
  could die"), a warning that something could happen, what would have happened
  ("had the army not withdrawn, a battle would have followed").
- future: "will launch", "plans to attack", "is set to", "vowed to".
- historical: an explicit past time well before publication ("in 2014 IS
  captured Mosul", "at the height of its power, in 2014", "two years ago").
  Without a publication date a past year alone is not enough: ACLED-style notes
  ("On 5 May 2020, ...") describe current events.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser
from spacy.tokens import Span, Token

from eventwire.model import Context
from eventwire.stages.classify import factual_clause, told_recent_event
from eventwire.stages.dates import COUNTED_PEOPLE, MONTH_STEMS, numeric_date
from eventwire.stages.nlp import clause_verb, sentences

__all__ = ["classify_context", "HISTORICAL_DAYS"]

#: How far before publication an explicit date makes a sentence background.
HISTORICAL_DAYS = 180

_DENY_LEMMAS = frozenset({"deny", "refute", "dismiss", "reject", "debunk", "disprove"})
_DENY_OBJECTS = frozenset(
    {
        "report",
        "reports",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "account",
        "accounts",
    }
)
#: "The army denied holding him": a denial of custody is no denial that he was seized (it is
#: what makes a seizure a disappearance).
_CUSTODY_LEMMAS = frozenset({"hold", "detain", "keep", "have"})
#: Words for what is called false: "posts claiming that a bomb had exploded were false".
_FALSE_CLAIMS = frozenset(
    {
        "report", "reports", "claim", "claims", "news", "post", "posts", "rumour", "rumours",
        "rumor", "rumors", "message", "messages", "video", "videos",
    }
)  # fmt: skip
_EVENT_VERBS = frozenset(
    {
        "attack",
        "strike",
        "hit",
        "clash",
        "fight",
        "seize",
        "capture",
        "launch",
        "bomb",
        "shell",
        "explode",
        "detonate",
        "occur",
        "happen",
        "take",
        "raid",
        "storm",
        "target",
        "fire",
        "ambush",
        "bombard",
        "invade",
        "overrun",
        "burn",
        "destroy",
        "kill",
        "shoot",
        "abduct",
        "kidnap",
        "protest",
        "riot",
        "march",
        "enter",
        "withdraw",
        "advance",
        "torch",
        "loot",
    }
)
_CASUALTY_VERBS = frozenset(
    {
        "kill",
        "injure",
        "wound",
        "hurt",
        "die",
        "cause",
        "result",
        "report",
        "harm",
        "suffer",
        "record",
        "claim",
        "leave",
    }
)
_INTENT_LEMMAS = frozenset(
    {
        "plan",
        "intend",
        "vow",
        "threaten",
        "prepare",
        "pledge",
        "promise",
        "aim",
        "seek",
        "expect",
        "schedule",
        "set",
        "mean",
        "hope",
        "want",
    }
)
_HYPO_MARKERS = frozenset({"if", "unless", "should", "lest", "whether"})
_MODALS = frozenset({"could", "would", "might", "may", "can"})
_WARN_LEMMAS = frozenset({"warn", "fear", "caution", "predict", "estimate"})
_HIST_CUES = re.compile(
    r"\b(?:at the height of|years? ago|decades? ago|"
    # "ten years after rebels burned it", "eight years after fighting forced them to flee"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|several|many) (?:years|decades) (?:after|since)|"
    # "destroyed by air strikes during the war": a war the reader knows is over
    r"during the (?:[\w-]+ )?(?:civil )?(?:war|uprising|revolution|occupation)"
    r"(?! (?:in|against|on|with)\b)|"
    r"(?:in|of|during|throughout) the "
    r"(?:late |early |mid-?)?"
    r"(?:19|20)\d0s|last year|a year earlier|years earlier|in the past decade|"
    # "over the past decade", "during the last twenty years": a record, not an incident
    r"(?:over|during|in|throughout) the (?:past|last|previous) (?:(?:[\w-]+ )?(?:decades?|years)|"
    r"century)|"
    # "214 soldiers were killed in the previous fiscal year": a year's figures
    r"(?:over|during|in|throughout) the (?:past|last|previous) (?:fiscal|financial|budget|"
    r"calendar) year|"
    # "back in 2014", "back in March"; not "hits back in Mosul"
    r"back in (?=(?:19|20)\d\d|the (?:days|late|early|mid|19|20)|"
    rf"{MONTH_STEMS}))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: An episode named by its year: "during the 2021 fuel riots", "in the 1994 war".
_YEAR_NAMED = re.compile(
    r"\b(?:during|in|throughout) the (1[89]\d\d|20\d\d) (?:[\w'-]+ ){0,2}?"
    r"(?:riots?|war|uprising|protests?|unrest|revolution|clashes|violence|crisis|conflict|"
    r"coup|insurgency|massacres?|offensive|siege|bombings?|attacks?)\b",
    re.IGNORECASE,
)
#: Words that date a thing's origin, not the event: "a mine left over from last year's
#: fighting", "a shell, a remnant of the war of the 1990s", exploding today.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:left ?-?over from|leftover from|remnants? (?:of|from)|relics? (?:of|from)|"
    r"legacy of|dat(?:ing|ed|es) (?:back )?(?:from|to)|(?:planted|laid|dropped|fired|"
    r"abandoned) (?:during|in)) (?:[\w'-]+ ){0,3}$",
    re.IGNORECASE,
)


def classify_context(
    sent: Span, *, publication_date: dt.date | None, trigger: tuple[int, int] | None = None
) -> Context:
    """The context of the event a sentence reports (see the module docstring).

    With ``trigger`` (Doc character offsets of the event's words), a modal, an intent verb,
    a warning or a past date counts only where its clause governs the trigger: "staged a
    protest, fearing the virus could spread" is a current protest, "vowed to press on as 17
    were killed" a current killing, and a date in a relative clause about someone is no
    date of the event.
    """
    trig = _trigger_token(sent, trigger)
    if _negated(sent, trig):
        return "negated"
    if _hypothetical(sent, trig):
        return "hypothetical"
    if _future(sent, trig):
        return "future"
    if _historical(sent, publication_date, trig):
        return "historical"
    return "current"


def _trigger_token(sent: Span, trigger: tuple[int, int] | None) -> Token | None:
    """The syntactic head of the trigger words, or None."""
    if trigger is None:
        return None
    start, end = trigger
    tokens = [t for t in sent if t.idx < end and t.idx + len(t.text) > start]
    if not tokens:
        return None
    return next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])


def _governs(verb: Token, trig: Token | None) -> bool:
    """Whether ``verb`` is the trigger's own clause or one above it (no trigger: True).

    The walk up stops at a clause that reports a fact ("as 17 were killed") and at a ";"
    (headlines joined into one parsed sentence).
    """
    if trig is None:
        return True
    if verb != trig and told_recent_event(trig, verb):
        return False  # "vowed to hunt down those behind Saturday's bombing, in which ..."
    cur = trig
    for _ in range(40):
        if cur == verb:
            return True
        if cur.head == cur or factual_clause(cur):
            return False
        lo, hi = sorted((cur.i, cur.head.i))
        if any(";" in t.text for t in cur.doc[lo:hi]):
            return False
        cur = cur.head
    return False


def _dates(verb: Token, trig: Token | None) -> bool:
    """Whether a time phrase in ``verb``'s clause dates the trigger: the clause governs it,
    or describes the trigger word itself ("airstrikes carried out over the past decade")."""
    if _governs(verb, trig):
        return True
    # "bombings, massacres and kidnappings recorded over the past decade": the participle
    # describes the whole list
    return (
        trig is not None
        and verb.dep_ in ("acl", "relcl")
        and (verb.head == trig or trig in verb.head.conjuncts)
    )


# ----------------------------------------------------------------------------- negated


def _beside_denial(deny: Token, trig: Token | None) -> bool:
    """The trigger is told in a clause joined beside the denial, not under it: "the army
    denied crossing the border, but villagers said troops clashed with guards there"."""
    if trig is None:
        return False
    cur = trig
    for _ in range(40):
        if cur.head == cur:
            return False
        if cur.head == deny:
            return cur.dep_ in ("conj", "parataxis")
        cur = cur.head
    return False


def _negated(sent: Span, trig: Token | None = None) -> bool:
    for tok in sent:
        lem = tok.lemma_.lower()
        if lem in _DENY_LEMMAS and tok.pos_ == "VERB":
            if _beside_denial(tok, trig):
                continue
            if (
                tok.dep_ == "advcl"
                and tok.head.pos_ == "VERB"
                and tok.head.lemma_.lower() not in _DENY_LEMMAS
            ):
                # "hundreds gathered, rejecting the involvement of Iraq in the conflict": the
                # marchers' message, not a denial of the gathering
                continue
            if any(
                c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() not in _CUSTODY_LEMMAS
                for c in tok.children
            ):
                return True
            if any(c.dep_ == "dobj" and c.lower_ in _DENY_OBJECTS for c in tok.children):
                return True
    root = sent.root
    for verb in _main_verbs(root):
        lem = verb.lemma_.lower()
        if lem in _CASUALTY_VERBS or lem not in _EVENT_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and any(c.lower_ == "no" and c.dep_ == "det" for c in subj.children):
            # "no strike hit the hospital", unless the noun is a casualty ("no one was killed")
            if subj.lower_ not in {"one", "casualties", "fatalities", "injuries", "deaths"}:
                return True
    if re.search(
        r"\b(?:false|fake|fabricated|untrue|baseless)\b", sent.text, re.IGNORECASE
    ) and any(t.lower_ in _FALSE_CLAIMS for t in sent):
        return True
    return False


def _main_verbs(root: Token) -> list[Token]:
    out = [root]
    for c in root.children:
        if c.dep_ in {"conj", "ccomp"} and c.pos_ in {"VERB", "AUX"}:
            out.append(c)
    return out


# ----------------------------------------------------------------------------- hypothetical


def _hypothetical(sent: Span, trig: Token | None = None) -> bool:
    if _counterfactual(sent, trig):
        return True
    marks = [t for t in sent if t.lower_ in _HYPO_MARKERS and t.dep_ in {"mark", "aux", "advmod"}]
    modal_main = any(_governs(v, trig) for v in _modal_verbs(sent))
    if marks and modal_main:
        # "If the figure is confirmed, ..." hedges a reported fact; it is not a scenario
        if all(_confirmation_clause(m) for m in marks):
            return False
        return True
    for tok in sent:
        if tok.lemma_.lower() in _WARN_LEMMAS and tok.pos_ == "VERB":
            for c in tok.children:
                if (
                    c.dep_ == "ccomp"
                    and _governs(c, trig)
                    and any(
                        a.lower_ in {"could", "might", "may", "would"} and a.dep_ == "aux"
                        for a in c.children
                    )
                ):
                    if not any(a.lower_ == "have" for a in c.children):
                        return True
    return False


def _counterfactual(sent: Span, trig: Token | None = None) -> bool:
    """What would have happened and did not: "Had the army not withdrawn, a battle would
    have followed", "if police had not intervened, dozens could have died"."""
    condition = False
    for tok in sent:
        verb = tok.head
        if tok.dep_ != "aux" or tok.lower_ not in {"had", "were"} or verb.dep_ != "advcl":
            continue
        inverted = tok.i == verb.left_edge.i and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i > tok.i for c in verb.children
        )
        marked = tok.lower_ == "had" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
        )
        if inverted or marked:
            condition = True
            break
    if not condition:
        return False
    for tok in sent:
        if tok.lower_ in {"would", "could", "might"} and tok.dep_ == "aux":
            verb = tok.head
            perfect = any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)
            if perfect and _governs(verb, trig):
                return True
    return False


def _confirmation_clause(mark: Token) -> bool:
    verb = mark.head
    return verb.lemma_.lower() in {"confirm", "verify", "true", "accurate", "correct"} or any(
        c.lower_ in {"confirmed", "true", "accurate", "verified"} for c in verb.children
    )


def _modal_verbs(sent: Span) -> list[Token]:
    """Verbs with a modal that is not a perfect ("could have") nor in an if-clause."""
    out: list[Token] = []
    for tok in sent:
        if tok.lower_ in _MODALS and tok.dep_ == "aux":
            verb = tok.head
            if any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
                continue
            if verb.dep_ in {"advcl"} and any(c.lower_ in _HYPO_MARKERS for c in verb.children):
                continue
            out.append(verb)
    return out


# ----------------------------------------------------------------------------- future


def _future(sent: Span, trig: Token | None = None) -> bool:
    root = sent.root
    verbs = _main_verbs(root)
    # reported speech: "the army said it will launch ..."
    if root.lemma_.lower() in {"say", "announce", "tell", "state", "warn", "declare"}:
        verbs = [c for c in root.children if c.dep_ == "ccomp"] or verbs
    for verb in verbs:
        if not _governs(verb, trig):
            continue
        kids = list(verb.children)
        if any(c.lower_ in {"will", "shall", "'ll", "wo"} and c.dep_ == "aux" for c in kids):
            return True
        if any(c.lower_ == "would" and c.dep_ == "aux" for c in kids) and root.lemma_.lower() in {
            "say",
            "announce",
            "tell",
            "state",
            "declare",
            "vow",
        }:
            return True
        lem = verb.lemma_.lower()
        if lem in _INTENT_LEMMAS and any(c.dep_ == "xcomp" for c in kids):
            if lem == "set" and not any(c.lower_ in {"is", "are", "was", "were"} for c in kids):
                continue
            return True
        if lem == "go" and verb.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in kids):
            return True
        if lem == "be" and any(c.dep_ == "xcomp" and c.lower_ == "about" for c in kids):
            return True
    return False


# ----------------------------------------------------------------------------- historical


def _historical(sent: Span, publication_date: dt.date | None, trig: Token | None = None) -> bool:
    text = sent.text
    for m in _HIST_CUES.finditer(text):
        if _ORIGIN_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        cue = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if cue is None or not len(cue) or _dates(clause_verb(cue[0]), trig):
            return True
    if publication_date is None:
        return False
    reference = _reference_date(sent, publication_date)
    for m in _YEAR_NAMED.finditer(text):
        # "accused of shooting protesters during the 2021 fuel riots": an episode named by
        # its year, over before the report
        if (reference - dt.date(int(m.group(1)), 12, 31)).days > HISTORICAL_DAYS:
            cue = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if cue is None or not len(cue) or _dates(clause_verb(cue[0]), trig):
                return True
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if _after_since(ent):
            continue
        if (
            ent.text.isdigit()
            and ent.end < len(ent.doc)
            and ent.doc[ent.end].lower_ in COUNTED_PEOPLE
        ):
            continue  # "dispersed the 2000 protesters": a count, not a year
        if not _in_trigger_clause(ent, trig) and (
            not _governs_main_clause(ent, sent) or not _dates(clause_verb(ent.root), trig)
        ):
            continue
        when = _date_of(ent.text, publication_date)
        if when is None:
            continue
        if (reference - when).days > HISTORICAL_DAYS:
            return True
    return False


_DAY_DATE = re.compile(
    rf"\b{MONTH_STEMS}[a-z]*\.?[\s-]+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?{MONTH_STEMS}",
    re.IGNORECASE,
)
#: A full day date in the surface text ("22 November 2019", "7-March-2019", "May 4, 2020"):
#: the entity recognizer sometimes leaves the day out of its DATE ("Around 22 November 2019").
_FULL_DAY_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?{MONTH_STEMS}[a-z]*\.?[\s-]+(?:19|20)\d\d"
    rf"|{MONTH_STEMS}[a-z]*\.?[\s-]+\d{{1,2}}(?:st|nd|rd|th)?,?[\s-]+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

#: ACLED's numeric day date ("On 01 06 2019").
_NUMERIC_DAY_DATE = re.compile(r"\b[0-3]?\d[ .-][0-3]?\d[ .-](?:19|20)\d\d\b")


def _reference_date(sent: Span, publication_date: dt.date) -> dt.date:
    """The date the report is about: the first day-precise date in its opening sentences
    (ACLED notes are uploaded months after "On 25 July 2019, ..."), else publication."""
    key = f"eventwire_reference_date:{publication_date.isoformat()}"
    cached: dt.date | None = sent.doc.user_data.get(key)
    if cached is None:
        cached = _first_day_date(sent, publication_date)
        sent.doc.user_data[key] = cached
    return cached


def _first_day_date(sent: Span, publication_date: dt.date) -> dt.date:
    for i, first in enumerate(sentences(sent.doc)):
        if i >= 3:
            break
        for m in _NUMERIC_DAY_DATE.finditer(first.text):
            when = numeric_date(m.group(), publication_date)
            if when is not None:
                return when
        for m in _FULL_DAY_DATE.finditer(first.text):
            when = _date_of(m.group().replace("-", " "), publication_date, any_year=True)
            if when is not None and when <= publication_date:
                return when
        for ent in first.ents:
            if ent.label_ != "DATE" or not _DAY_DATE.search(ent.text):
                continue
            when = _date_of(ent.text, publication_date, any_year=True)
            if when is not None and when <= publication_date:
                return when
    return publication_date


def _after_since(ent: Span) -> bool:
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in {"since", "until", "till", "from", "by"}:
        return True
    return any(t.lower_ in {"since", "until"} for t in ent)


def _in_trigger_clause(ent: Span, trig: Token | None) -> bool:
    """The date stands in the participle or relative clause that is the trigger's own: "the
    fort, bombarded by cannon in 1871, is now a museum" dates the bombardment."""
    if trig is None:
        return False
    verb = clause_verb(trig)
    if verb.dep_ not in ("acl", "relcl"):
        return False
    cur = ent.root
    for _ in range(12):
        if cur == verb:
            return True
        if cur.dep_ in {"relcl", "acl", "amod", "appos"} or cur.head == cur:
            return False
        cur = cur.head
    return False


def _governs_main_clause(ent: Span, sent: Span) -> bool:
    """The date modifies the sentence's main event, not a relative clause about a name."""
    cur = ent.root
    for _ in range(12):
        if cur.dep_ in {"relcl", "acl", "amod", "appos"}:
            return False
        if cur == sent.root or cur.head == cur:
            return True
        cur = cur.head
    return True


def _date_of(text: str, publication_date: dt.date, *, any_year: bool = False) -> dt.date | None:
    year_only = _YEAR.fullmatch(text.strip().removeprefix("in ").strip())
    if year_only:
        year = int(year_only.group(1))
        if year >= publication_date.year:
            return None
        return dt.date(year, 12, 31)
    numeric = numeric_date(text, publication_date)
    if numeric is not None:
        return numeric  # "01 06 2019": day first, never after publication
    if not _YEAR.search(text) and not any_year:
        return None  # "Tuesday", "last week": relative to the report, current
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(publication_date, dt.time()),
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "last",
        },
    )
    if parsed is None:
        m = _YEAR.search(text)
        if m is None:
            return None
        year = int(m.group(1))
        return dt.date(year, 12, 31) if year < publication_date.year else None
    day: dt.date = parsed.date()
    return day
