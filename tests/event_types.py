"""Short names of ACLED's six event types and the helpers shared by the tables of invented
sentences."""

from __future__ import annotations

import eventwire

B, E, V, P, R, S = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
#: The event types that are violence (Protests and Strategic developments are not).
VIOLENT = (B, E, V, R)

#: The publication date of the invented sentences that use the helpers below.
PUB = "2024-03-15"


def current_events(text: str, publication_date: str = PUB) -> list[eventwire.Event]:
    """The current events eventwire codes in ``text``."""
    report = eventwire.extract(text, publication_date=publication_date)
    return [e for e in report.events if e.context == "current"]


def coded(text: str, publication_date: str = PUB) -> list[tuple[str, str | None]]:
    """(event_type, sub_event_type) of every current event eventwire codes in ``text``."""
    return [(e.event_type, e.sub_event_type) for e in current_events(text, publication_date)]


def assert_coded(text: str, event_type: str, sub_event_type: str | None = None) -> None:
    """``text`` yields a current event of ``event_type`` (and of ``sub_event_type`` if given)."""
    found = coded(text)
    if sub_event_type is None:
        assert event_type in [t for t, _ in found], (text, found)
    else:
        assert (event_type, sub_event_type) in found, (text, found)


def current_violence(text: str, publication_date: str = PUB) -> list[tuple[str, str | None]]:
    """(event_type, sub_event_type) of the current violent events in ``text``, force on
    protesters included: what a look-alike must not yield."""
    return [
        (e.event_type, e.sub_event_type)
        for e in current_events(text, publication_date)
        if e.event_type in VIOLENT or e.sub_event_type == "Excessive force against protesters"
    ]


def top_event(text: str, publication_date: str = PUB) -> eventwire.Event | None:
    """The most confident current event of ``text`` (the reference scorer's answer)."""
    events = current_events(text, publication_date)
    return max(events, key=lambda e: e.confidence) if events else None
