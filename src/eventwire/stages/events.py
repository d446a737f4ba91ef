"""Events: find the incidents a report describes and code each one.

A sentence that reports a conflict event (``classify``) either starts an
incident or adds to one: a sentence joins the latest incident of the same
event type unless it names another date; a sentence of another type with no
date of its own stays with the incident its paragraph is about. Sentences
with no event of their own (quotes, hedges, figures) follow the incident of
the sentence before them in the same paragraph. Background, future,
hypothetical and negated events become incidents of their own, marked so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from eventwire.model import Article, Claim, Context, Event, Evidence, Place, Source
from eventwire.stages.confidence import confidence_features
from eventwire.stages.dates import (
    COUNTED_PEOPLE,
    ResolvedDate,
    date_linked,
    find_dates,
    header_dates,
    resolve_date,
)
from eventwire.stages.log_entries import (
    LogEntry,
    log_entry_country,
    log_entry_place,
    parse_log_entry,
)
from eventwire.stages.nlp import doc_text, sentences

if TYPE_CHECKING:
    from eventwire.pipeline import Resources
    from eventwire.stages.actors import ActorRoles
    from eventwire.stages.classify import Typing

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_NOTE_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took over territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out an air/drone strike against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "carried out mob violence against",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory without fighting from",
    "Other": "was involved in a strategic development with",
}


@dataclass
class Incident:
    """Sentences that describe one incident, before it is coded."""

    typing: Typing
    trigger_sent: Span
    context: Context
    date_mention: tuple[dt.date, int] | None
    sents: list[Span] = field(default_factory=list)
    trigger_sents: list[Span] = field(default_factory=list)
    order: int = 0
    #: an incident log's entry that gives only a date and a place: what happened is unknown
    log_entry: LogEntry | None = None


def _paragraph_of(doc_text: str, start: int) -> int:
    return doc_text.count("\n\n", 0, start)


def _explicit_date(
    sent: Span, anchor: dt.date | None, trigger: tuple[int, int] | None
) -> tuple[dt.date, int] | None:
    """The date the sentence gives its event: a date phrase linked to the trigger in the parse."""
    header = header_dates(doc_text(sent.doc), anchor) if sent.start_char < 300 else []
    for m in find_dates(sent.text, anchor=anchor, offset=sent.start_char):
        if any(m.start < e and s < m.end for s, e in header):
            continue
        if m.precision <= 3 and (trigger is None or date_linked(sent, m, trigger)):
            return (m.date, m.precision)
    return None


_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")


#: A report's events within this many days of publication are its news ...
_RECENT_DAYS = 31
#: ... and beside them, an event dated more than this many days before publication is
#: background.
_BACKGROUND_DAYS = 365


_SINCE = re.compile(r"\bsince (?:(?:a|an|the|its|their) )?(?:[\w'-]+ )?$", re.IGNORECASE)


#: "the 2019 bread riots": a year that names the event right before its trigger word.
_RE_YEAR_NAMED = re.compile(
    r"\b(?:the|a|its|their|this|that)\s+((?:19|20)\d\d)\s+"
    # "the 2000 protesters": a count, not a year
    rf"(?!(?:{'|'.join(sorted(COUNTED_PEOPLE))})\b)"
    r"(?:[\w'-]+\s+){0,2}$"
)


def _background_year(sent: Span, anchor: dt.date | None, trigger: tuple[int, int] | None) -> bool:
    """The trigger's own clause dates it to an earlier year ("where Daesh took control in 2014").

    Only year- or month-level dates count: a day-precise date ("On 30 April 2019") is how
    a report dates its current event, however late the report.
    """
    if anchor is None:
        return False
    text = sent.text
    if trigger is not None:
        # "during the 2019 bread riots", "the 1987 assassination": the year names the event
        t0 = trigger[0] - sent.start_char
        named = _RE_YEAR_NAMED.search(text, max(0, t0 - 40), max(0, t0))
        if named and int(named.group(1)) < anchor.year:
            return True
    for m in find_dates(text, anchor=anchor, offset=sent.start_char):
        # a month with no year ("in June") is placed by the reader, not the writer
        said = text[m.start - sent.start_char : m.end - sent.start_char]
        if not _YEAR_WORD.search(said):
            continue
        if _SINCE.search(text, 0, m.start - sent.start_char):
            continue  # "the heaviest clash since a 2019 truce": a yardstick, not its date
        if m.kind in ("year", "month_year") and m.date.year < anchor.year:
            if trigger is None or date_linked(sent, m, trigger):
                return True
    return False


_PLACE_PHRASE = re.compile(
    r"\b(?:in|near|at|outside|around|into|on the outskirts of|(?:north|south|east|west)"
    r"(?:-?(?:east|west))? of)\s+(?:the\s+(?:town|city|village|district|province|governorate|"
    r"area|region|neighbou?rhood|camp)\s+of\s+)?((?:al-|Al-|el-)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
_NOT_PLACES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The A An".split()
)


def _place_names(sent: Span) -> set[str]:
    """Names the sentence gives as where something happened ("in X", "near the town of Y")."""
    names = (m.group(1) for m in _PLACE_PHRASE.finditer(sent.text))
    # "in Iraq's Anbar province": a possessive names the country, not a new place
    return {n for n in names if n not in _NOT_PLACES and not n.endswith(("'s", "’s"))}


def _incident_text(incident: Incident) -> str:
    return " ".join(s.text for s in incident.sents)


_ANAPHOR = re.compile(
    r"\b(?:the|that|this|these|those|such)\s+(?:(?:deadly|latest|first|second|suspected|reported)\s+)?"
    r"(air\s*strikes?|airstrikes?|strikes?|raids?|bombings?|bombardment|blasts?|explosions?|shelling|"
    r"attacks?|assault|offensive|clash(?:es)?|fighting|battle|protests?|demonstrations?|rall(?:y|ies)|"
    r"riots?|operation|ambush|killings?|abduction|kidnapping)\b",
    re.IGNORECASE,
)
_ANAPHOR_FAMILY = {
    "strike": "Explosions/Remote violence", "airstrike": "Explosions/Remote violence",
    "raid": "Explosions/Remote violence", "bombing": "Explosions/Remote violence",
    "bombardment": "Explosions/Remote violence", "blast": "Explosions/Remote violence",
    "explosion": "Explosions/Remote violence", "shelling": "Explosions/Remote violence",
    "clash": "Battles", "fighting": "Battles", "battle": "Battles", "offensive": "Battles",
    "assault": "Battles", "ambush": "Battles", "protest": "Protests", "demonstration": "Protests",
    "rally": "Protests", "ralli": "Protests", "riot": "Riots",
    "killing": "Violence against civilians",
    "abduction": "Violence against civilians", "kidnapping": "Violence against civilians",
}  # fmt: skip


def _anaphor_target(sent: Span, current: list[Incident]) -> Incident | None:
    """The incident that "the strikes", "that attack", "the protest" refers back to."""
    if not current:
        return None
    m = _ANAPHOR.search(sent.text)
    if m is None:
        return None
    noun = re.sub(r"\s+", "", m.group(1).lower()).rstrip("s").replace("airstrike", "strike")
    noun = noun.replace("clashe", "clash")
    family = _ANAPHOR_FAMILY.get(noun)
    if family is not None:
        for incident in reversed(current):
            if incident.typing.event_type == family:
                return incident
    return current[-1]


def _has_figures(sent: Span) -> bool:
    from eventwire.stages.quantities import extract_claims

    return any(c.role != "running_total" for c in extract_claims(sent, article_id=""))


def segment(doc: Doc, *, res: Resources, anchor: dt.date | None) -> list[Incident]:
    """Group the sentences of a parsed article into incidents (see the module doc)."""
    from eventwire.stages.attribution import find_hedges
    from eventwire.stages.context import classify_context

    incidents: list[Incident] = []
    previous: Incident | None = None
    previous_para = -1
    lead: list[
        Span
    ] = []  # sentences of this paragraph before its first event (a dateline, a setting)

    def current() -> list[Incident]:
        return [i for i in incidents if i.context == "current"]

    def place_is_new(name: str, incident: Incident) -> bool:
        """A place the incident's sentences have not named, where they named one already
        (a headline that names no place is not another incident's)."""
        named = set().union(*(_place_names(s) for s in incident.sents))
        return bool(named) and name not in _incident_text(incident)

    for sent in sentences(doc):
        if not sent.text.strip():
            continue
        para = _paragraph_of(doc_text(doc), sent.start_char)
        if para != previous_para:
            lead = []
        typings = res.classifier.detect_events(sent)
        if not typings:
            if previous is not None and para == previous_para:
                previous.sents.append(sent)
            else:
                # a paragraph with no event yet: a dateline for what follows, or a
                # hedge or a detail about an incident told before ("the strikes")
                back = _anaphor_target(sent, current())
                if back is None and current() and (find_hedges(sent) or _has_figures(sent)):
                    # a hedge or a figure about what was just told ("bringing the
                    # number of vehicles destroyed to 175")
                    back = previous if previous in current() else current()[-1]
                if back is not None:
                    back.sents.append(sent)
                    previous = back
                else:
                    previous = None
                    lead.append(sent)
            previous_para = para
            continue
        typing = typings[0]
        context = classify_context(sent, publication_date=anchor, trigger=typing.trigger)
        if context == "current" and _background_year(sent, anchor, typing.trigger):
            context = "historical"
        date = _explicit_date(sent, anchor, typing.trigger)
        target: Incident | None = None
        if (
            context == "current"
            and date is None
            and previous is not None
            and previous.context != "current"
            and previous is incidents[-1]
            and _anaphor_target(sent, [previous]) is not None
        ):
            # "... examines the 1994 car bombing of the city hall. The attack killed 63": an
            # undated sentence about the old event just told is part of it
            target = previous
        elif context == "current":
            now = current()
            places = {p for p in _place_names(sent) if res.geocoder.country_info(p) is None}
            same_type = [
                i
                for i in now
                if i.typing.event_type == typing.event_type
                and (date is None or i.date_mention is None or i.date_mention[0] == date[0])
            ]
            back = _anaphor_target(sent, now) if date is None else None
            if back is not None:
                target = back
            elif same_type:
                candidate = same_type[-1]
                # another place (and none of this incident's): another incident
                if not places or not all(place_is_new(p, candidate) for p in places):
                    target = candidate
            elif date is None and now and (not places or typing.score < 0.5):
                target = previous if previous in now else now[-1]
        if target is None:
            target = Incident(
                typing=typing,
                trigger_sent=sent,
                context=context,
                date_mention=date,
                order=len(incidents),
                sents=list(lead),
            )
            incidents.append(target)
        elif target.date_mention is None and date is not None:
            target.date_mention = date
        target.sents.append(sent)
        target.trigger_sents.append(sent)
        previous, previous_para = target, para
        lead = []
    return incidents


def _evidence(article_id: str, spans: list[tuple[int, int]]) -> list[Evidence]:
    return [Evidence(article_id=article_id, start=s, end=e) for s, e in spans]


def _event_id(iso3: str, article_id: str, incident: Incident) -> str:
    key = f"{article_id}:{incident.trigger_sent.start_char}:{incident.typing.sub_event_type}"
    return f"{iso3 or 'XXX'}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"


def write_note(event: Event) -> str:
    """An ACLED-style one-sentence summary generated from the coded fields."""
    parts: list[str] = []
    if event.event_date:
        day = dt.date.fromisoformat(event.event_date)
        if event.context == "historical" and event.time_precision == 3:
            parts.append(f"In {day.year},")
        elif event.time_precision == 3:
            parts.append(f"In {day:%B %Y},")
        else:
            prefix = "On" if event.time_precision == 1 else "Around"
            parts.append(f"{prefix} {day.day} {day:%B %Y},")
    actor = event.actor1 or "an unidentified actor"
    if event.assoc_actor_1:
        actor += f" (with {event.assoc_actor_1})"
    verb = _NOTE_VERB.get(event.sub_event_type, "was involved in an event with")
    object_ = event.actor2 if event.actor2 else ""
    if verb.endswith((" with", " against", " at", " of", " from", " by")) and not object_:
        verb = verb.rsplit(" ", 1)[0]
    parts.append(f"{actor} {verb}{' ' + object_ if object_ else ''}")
    if event.location:
        near = "near " if (event.geo_precision or 1) >= 2 else "in "
        where = f"{near}{event.location}"
        if event.admin1 and event.admin1 != event.location:
            where += f" ({event.admin1})"
        parts.append(where)
    elif event.country:
        parts.append(f"in {event.country}")
    note = " ".join(parts).strip() + "."
    if event.fatalities:
        note += f" {event.fatalities} fatalit{'y' if event.fatalities == 1 else 'ies'}."
    return note[0].upper() + note[1:]


def _log_entry_note(event: Event) -> str:
    """The note of an incident the report gives only a date and a place for."""
    when = write_note(event).split(",", 1)[0] + ", " if event.event_date else ""
    where = ""
    if event.location:
        where = f" {'near' if (event.geo_precision or 1) >= 2 else 'in'} {event.location}"
        if event.admin1 and event.admin1 != event.location:
            where += f" ({event.admin1})"
    elif event.country:
        where = f" in {event.country}"
    note = f"{when}an incident of unstated kind was recorded{where}."
    return note[0].upper() + note[1:]


def _place_focus(doc: Doc, incident: Incident) -> tuple[int, int]:
    """Where the text says where the incident happened: from the first of its event
    sentences whose paragraph names a place (a headline often names none) to that
    paragraph's end."""
    text = doc_text(doc)
    for sent in incident.trigger_sents or [incident.trigger_sent]:
        end = text.find("\n\n", sent.end_char)
        end = len(text) if end == -1 else end
        names_place = any(
            e.label_ in ("GPE", "LOC", "FAC") and sent.start_char <= e.start_char < end
            for e in doc.ents
        )
        if names_place or _PLACE_PHRASE.search(text, sent.start_char, end):
            return (sent.start_char, end)
    first = incident.trigger_sent
    end = text.find("\n\n", first.end_char)
    return (first.start_char, len(text) if end == -1 else end)


def _country_from_actors(place: Place, roles: ActorRoles, text: str, res: Resources) -> Place:
    """No place in the text: the country its actors tie it to ("Police Forces of Kenya").
    A group that fights in several countries (Boko Haram in Nigeria, Niger, Chad and
    Cameroon) gives the one of them the report's wording points to most
    (``stages/country_text.py``), flagged ``country_inferred``."""
    from eventwire.stages.country_text import country_text_model

    for name in (roles.actor1, roles.actor2, *roles.assoc_actor_1, *roles.assoc_actor_2):
        home = res.actors.home_country(name) if name else None
        inferred = False
        active = res.actors.active_countries(name) if name else ()
        if active:
            probs = country_text_model().probabilities(text)
            best = max(active, key=lambda c: probs.get(c, 0.0))
            inferred = best != home
            home = best
        info = res.geocoder.country_info(home) if home else None
        if info is not None:
            flags = [
                *place.flags,
                *(["unknown_place"] if "unknown_place" not in place.flags else []),
                *(["country_inferred"] if inferred else []),
            ]
            return place.model_copy(
                update={
                    "country": info.name,
                    "iso": info.iso,
                    "iso3": info.iso3,
                    "region": info.region,
                    "flags": flags,
                }
            )
    return place


def _country_from_wording(
    place: Place, text: str, res: Resources
) -> tuple[Place, list[tuple[int, int]]]:
    """No place the gazetteer knows and no actor's home: the country the report's wording
    points to, where the model is sure of it (``stages/country_text.py``). No point, no
    province; flagged ``country_inferred``. Returns the place and the words that decided."""
    from eventwire.stages.country_text import country_text_model

    guess = country_text_model().guess(text)
    info = res.geocoder.country_info(guess.country) if guess is not None else None
    if guess is None or info is None:
        return place, []
    flags = [f for f in place.flags if f not in ("unknown_place", "country_inferred")]
    flags += ["unknown_place", "country_inferred"]
    update = {
        "country": info.name,
        "iso": info.iso,
        "iso3": info.iso3,
        "region": info.region,
        "flags": flags,
    }
    return place.model_copy(update=update), guess.spans


def code_incident(
    incident: Incident,
    doc: Doc,
    *,
    article: Article,
    res: Resources,
    anchor: dt.date | None,
    features_out: list[list[float]] | None = None,
) -> Event:
    """Code one incident into an Event: date, place, actors, claims, notes.

    ``features_out`` collects the confidence model's inputs (for its training script).
    """
    from eventwire.stages.actors import assign_actors
    from eventwire.stages.attribution import find_hedges, find_source
    from eventwire.stages.quantities import extract_claims
    from eventwire.stages.reconcile import summarize_claims

    aid = article.article_id
    trig = incident.trigger_sent
    focus = _place_focus(doc, incident)
    place, place_ev = res.geocoder.locate_event(doc, focus=focus)
    text = doc_text(doc)
    para_start = text.rfind("\n\n", 0, focus[0]) + 1
    if (
        (place.geo_precision or 3) == 3
        and para_start < focus[0]
        and any(para_start <= t.start < focus[0] and t.matches for t in res.geocoder.scan(doc))
    ):
        # "Shelling near X, Donetsk. Three soldiers were wounded.": the wounding is the
        # event sentence, its place is told earlier in the paragraph; a finer place there
        # is taken when it lies in the province (or country) already found
        wider, wider_ev = res.geocoder.locate_event(doc, focus=(para_start, focus[1]))
        if (wider.geo_precision or 3) < 3 and (
            (place.admin1 and wider.admin1 == place.admin1)
            or (not place.admin1 and (not place.country or wider.country == place.country))
        ):
            place, place_ev = wider, wider_ev

    entry = incident.log_entry
    if entry is not None:
        finer = log_entry_place(entry, res.geocoder, place)
        if finer is not None:
            place, item = finer
            place_ev = {"location": [item]}
    others = [s for s in incident.sents if s is not trig]
    if entry is not None:
        date = ResolvedDate(entry.date, entry.precision, entry.date_span if entry.date else None)
        if date.date is not None and anchor is not None and date.date > anchor:
            date = ResolvedDate(None, None, None)  # never a date after publication
    elif incident.context == "current":
        date = resolve_date(
            [trig, *others],
            publication_date=anchor,
            trigger=incident.typing.trigger,
            exclude=header_dates(doc_text(doc), anchor),
        )
    else:
        mentions = find_dates(trig.text, anchor=anchor, offset=trig.start_char)
        if mentions:
            m = mentions[0]
            date = ResolvedDate(m.date, min(m.precision, 3), (m.start, m.end))
        else:
            date = ResolvedDate(None, None, None)

    def actors_in(country: str | None) -> ActorRoles:
        return assign_actors(
            incident.trigger_sents or [trig],
            table=res.actors,
            country=country,
            event_type=incident.typing.event_type,
            sub_event_type=incident.typing.sub_event_type,
        )

    roles = actors_in(place.country or None)

    if not place.country:
        place = _country_from_actors(place, roles, text, res)
    if not place.country:
        place, wording = _country_from_wording(place, text, res)
        if place.country:
            place_ev = {**place_ev, "country": wording}
            roles = actors_in(place.country)  # "Rioters (Lebanon)", as for a placed event

    claims: list[Claim] = []
    hedges: list[str] = []
    speakers: list[Source] = []
    for sent in incident.sents:
        claims.extend(extract_claims(sent, article_id=aid))
        hedges.extend(h for h in find_hedges(sent) if h not in hedges)
        found = find_source(sent)
        if found is not None:
            speakers.append(found[0])
    for claim in claims:
        claim.hedges.extend(h for h in hedges if h not in claim.hedges)
    summary = summarize_claims(claims, extra_sources=speakers, hedges=hedges)

    evidence: dict[str, list[Evidence]] = {}
    trigger_span = incident.typing.trigger or (trig.start_char, trig.end_char)
    evidence["event_type"] = _evidence(aid, [trigger_span])
    evidence["sub_event_type"] = _evidence(aid, [trigger_span])
    if date.span:
        evidence["event_date"] = _evidence(aid, [date.span])
    for fld, spans in place_ev.items():
        evidence[fld] = _evidence(aid, spans)
    for fld, spans in roles.evidence.items():
        evidence[fld] = _evidence(aid, spans)
    if claims:
        evidence["fatalities"] = _evidence(
            aid, [(c.start, c.end) for c in claims if c.quantity == "fatalities"]
        )
        if not evidence["fatalities"]:
            del evidence["fatalities"]

    flags = list(summary.flags)
    for flag in place.flags:
        if flag not in flags:
            flags.append(flag)
    if "single_source" not in flags and len({s.name for s in summary.sources}) <= 1:
        flags.append("single_source")
    if incident.log_entry:
        flags.append("type_unknown")
    event_id = _event_id(place.iso3, aid, incident)
    for claim in claims:
        claim.event_id_cnty = event_id
    sources: list[Source] = list(summary.sources)
    event = Event(
        event_id_cnty=event_id,
        event_date=date.date.isoformat() if date.date else None,
        year=date.date.year if date.date else None,
        time_precision=date.precision,
        disorder_type=DISORDER.get(incident.typing.event_type, ""),
        event_type=incident.typing.event_type,
        sub_event_type=incident.typing.sub_event_type,
        actor1=roles.actor1,
        assoc_actor_1="; ".join(roles.assoc_actor_1),
        inter1=roles.inter1,
        actor2=roles.actor2,
        assoc_actor_2="; ".join(roles.assoc_actor_2),
        inter2=roles.inter2,
        interaction=roles.interaction,
        civilian_targeting=roles.civilian_targeting,
        iso=place.iso,
        region=place.region,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        admin3=place.admin3,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        source=article.publisher or "",
        fatalities=summary.fatalities,
        timestamp=int(time.time()),
        fatalities_best=summary.fatalities_best,
        fatalities_low=summary.fatalities_low,
        fatalities_high=summary.fatalities_high,
        counts=dict(summary.counts),
        context=incident.context,
        location_offset=place.location_offset,
        uncertainty_km=place.uncertainty_km,
        claims=claims,
        flags=flags,
        sources=sources,
        corroboration=1,
        article_ids=[aid],
        confidence=0.0,
        evidence=evidence,
    )
    event.notes = write_note(event)
    if incident.log_entry:
        event.notes = _log_entry_note(event)
    features = confidence_features(
        typing_score=incident.typing.score,
        date_stated=date.span is not None,
        geo_precision=place.geo_precision,
        country="" if "country_inferred" in place.flags else place.country,
        actor1=roles.actor1,
        actor2=roles.actor2,
        order=incident.order,
        trigger_sentences=len(incident.trigger_sents),
        claims=len(claims),
        current=incident.context == "current",
    )
    event.confidence = res.confidence.score(features)
    if incident.log_entry:  # its kind is unknown: never a confident event
        event.confidence = min(event.confidence, 0.25)
    if features_out is not None:
        features_out.append(features)
    return event


def _whole_text_incident(doc: Doc, *, res: Resources, anchor: dt.date | None) -> list[Incident]:
    """No sentence reports an event on its own, but the report as a whole may
    ("... forces moved to the village ... to reinforce their positions"): the
    whole-text reading decides, and the report is then one incident."""
    from eventwire.stages.context import classify_context

    sents = [s for s in sentences(doc) if s.text.strip()]
    if not sents:
        return []
    typings = res.classifier.classify(doc_text(doc), sents=sents)
    if not typings:
        return []
    typing = typings[0]
    trig = sents[0]
    if typing.trigger is not None:
        trig = next((s for s in sents if s.start_char <= typing.trigger[0] < s.end_char), trig)
    context = classify_context(trig, publication_date=anchor, trigger=typing.trigger)
    incident = Incident(
        typing=typing,
        trigger_sent=trig,
        context=context,
        date_mention=_explicit_date(trig, anchor, typing.trigger),
        sents=list(sents),
        trigger_sents=[trig],
    )
    return [incident]


def _log_entry_incident(doc: Doc, *, res: Resources, anchor: dt.date | None) -> list[Incident]:
    """A record that is only an incident log's entry title tells an incident at that
    place on that date, of a kind it does not say: one incident, flagged so
    (see ``log_entries``)."""
    from eventwire.stages.classify import Typing

    text = doc_text(doc)
    entry = parse_log_entry(text, anchor)
    if entry is None:
        return []
    if log_entry_country(entry, res.geocoder) is None:
        names = [n for n, _, _ in entry.items]
        tails = (res.geocoder.geocode_toponym(", ".join(names[i:])) for i in range(len(names)))
        if not any(t is not None and "unknown_place" not in t.flags for t in tails):
            return []  # no country, and the list names no place the gazetteer knows
    sents = [s for s in sentences(doc) if s.text.strip()]
    if not sents:
        return []
    date = (entry.date, entry.precision) if entry.date else None
    return [
        Incident(
            typing=Typing("Strategic developments", "Other", 0.2, None),
            trigger_sent=sents[0],
            context="current",
            date_mention=date,
            sents=sents,
            trigger_sents=[sents[0]],
            log_entry=entry,
        )
    ]


#: Event types of violence, and the strategic sub-type of what is done after violence
#: (reinforcements sent, a curfew, troops deployed): an incident of violence keeps its type
#: against a reading of its aftermath.
_VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)
_AFTERMATH = frozenset({"Change to group/activity"})


def retype_incidents(doc: Doc, incidents: list[Incident], *, res: Resources) -> None:
    """Type each current incident from all its sentences, not only its first.

    Reports often open with the event ("people protested in X") and tell what
    makes its sub-type in a later sentence ("police fired tear gas"). Across
    event types the whole-incident reading is trusted only when the report
    tells a single incident, where no other incident's words can leak in.
    """
    current = [i for i in incidents if i.context == "current"]
    for incident in current:
        sents = sorted(incident.sents, key=lambda s: s.start_char)
        typings = res.classifier.classify(doc_text(doc), sents=sents)
        if not typings:
            continue
        best = typings[0]
        if best.score < 0.5 * incident.typing.score:
            continue  # the whole incident reads far less surely than its trigger sentence
        if incident.typing.event_type in _VIOLENT_TYPES and best.sub_event_type in _AFTERMATH:
            # "... exchanged fire, leaving six soldiers dead. Reinforcements were sent": what
            # was done after the violence is no other kind of event (ACLED codes the violence)
            continue
        if best.event_type == incident.typing.event_type or len(current) == 1:
            if best.trigger is None:
                best = replace(best, trigger=incident.typing.trigger)
            incident.typing = best


def extract_events(
    doc: Doc,
    *,
    article: Article,
    res: Resources,
    anchor: dt.date | None,
    features_out: list[list[float]] | None = None,
) -> list[Event]:
    """Every event a parsed article reports, in the order the report tells them."""
    incidents = (
        segment(doc, res=res, anchor=anchor)
        or _whole_text_incident(doc, res=res, anchor=anchor)
        or _log_entry_incident(doc, res=res, anchor=anchor)
    )
    retype_incidents(doc, incidents, res=res)
    events = [
        code_incident(i, doc, article=article, res=res, anchor=anchor, features_out=features_out)
        for i in incidents
    ]
    _date_the_background(events, anchor)
    return events


def _date_the_background(events: list[Event], anchor: dt.date | None) -> None:
    """A story about this week that also tells of an event years back ("mourners marked
    five years since the bombing. On March 12, 2019, a suicide bomber killed 47") tells
    the old event as background: it is historical, however its sentence is worded.

    Only where the same report has a current event of the last month: a report that only
    tells of one dated event is a late report of it, not background.
    """
    if anchor is None:
        return
    dated = [(e, e.day()) for e in events if e.context == "current"]
    if not any(
        d is not None and 0 <= (anchor - d).days <= _RECENT_DAYS and e.evidence.get("event_date")
        for e, d in dated
    ):
        return  # a date the report does not tell (the publication day by default) is no news
    for e, d in dated:
        if d is not None and (anchor - d).days > _BACKGROUND_DAYS:
            e.context = "historical"
