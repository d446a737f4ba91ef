"""eventwire: news reports about armed conflict in, sourced ACLED-style events out."""

from eventwire.errors import EventwireError
from eventwire.model import Article, Claim, Event, Place, Report, Source

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "Event",
    "EventwireError",
    "Place",
    "Report",
    "Source",
    "__version__",
    "extract",
]


def extract(
    text: str,
    publication_date: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    html: bool | None = None,
) -> Report:
    """Code one report into events (see ``eventwire.pipeline.extract``)."""
    from eventwire.pipeline import extract as _extract

    return _extract(
        text,
        publication_date=publication_date,
        title=title,
        url=url,
        publisher=publisher,
        html=html,
    )
