"""Cleaning: HTML to text, page furniture out, one paragraph a block.

The cleaned text is what every character offset in eventwire refers to, so
the rest of the pipeline never sees the raw input again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from eventwire.errors import InputError
from eventwire.stages.log_entries import parse_log_entry

# Lines that are page furniture whatever the page: share bars, ad slots, media labels.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        share(?:\s+(?:this|on\s+\w+|article|story))?|
        advertisement|advertising|sponsored(?:\s+content)?|ad|
        video|watch|photo|photos|image|gallery|audio|listen|play|
        (?:read|see)\s+(?:more|also)(?::.*)?|related(?:\s+(?:articles?|stories|coverage))?(?::.*)?|
        (?:most\s+)?(?:popular|read|viewed)|trending|
        follow\s+us.*|like\s+us\s+on.*|
        (?:sign\s+up|subscribe|register).{0,80}(?:newsletter|updates|alerts|inbox|free).*|
        (?:get|receive)\s+(?:our|the)\s+.{0,40}newsletter.*|
        (?:click|tap)\s+here.*|
        (?:image|photo|picture|video)\s*(?:copyright|credit|source|caption)?\s*:.*|
        (?:getty\s+images|afp|reuters|ap|epa)(?:\s*/\s*\S+.*)?|
        skip\s+to\s+(?:main\s+)?content|
        comments?(?:\s*\(\d+\))?|
        print|email|tweet|facebook|twitter|whatsapp|linkedin|
        copyright\b.*|©.*|all\s+rights\s+reserved.*|
        for\s+immediate\s+release
    )[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# A media label after which the next short line is a caption, not body text.
_MEDIA_LABEL = re.compile(r"^(?:video|photo|photos|image|gallery|watch)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\"'”’)\]:]\s*$")


@dataclass
class Cleaned:
    """The result of cleaning: text and what was removed or found."""

    text: str
    furniture: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    url: str | None = None


def article_id_of(text: str) -> str:
    """The content hash that identifies an article: same cleaned text, same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def looks_like_html(raw: str) -> bool:
    """True where the input is an HTML page or fragment rather than plain text."""
    head = raw[:2000].lower()
    if "<html" in head or "<!doctype html" in head or "<body" in head:
        return True
    return len(re.findall(r"</?(?:p|div|span|a|br|h[1-6]|article|section)\b", head)) >= 3


def _is_short_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and not _SENTENCE_END.search(line)


def clean_text(raw: str) -> Cleaned:
    """Clean plain (possibly scraped) text: drop furniture lines, keep one paragraph a block."""
    lines = [
        re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw.replace("\r\n", "\n").split("\n")
    ]
    furniture: list[str] = []
    paragraphs: list[str] = []
    after_media_label = False
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in lines:
        if not line:
            flush()
            continue
        if _FURNITURE_LINE.match(line):
            furniture.append(line)
            after_media_label = bool(_MEDIA_LABEL.match(line))
            flush()
            continue
        if after_media_label and _is_short_heading(line):
            furniture.append(line)  # the caption of a video or photo
            after_media_label = False
            continue
        after_media_label = False
        # a hard-wrapped line continues the previous one when it starts in lower case
        if current and not _SENTENCE_END.search(current[-1]) and line[:1].islower():
            current.append(line)
            continue
        flush()
        current.append(line)
    flush()
    text = "\n\n".join(paragraphs)
    title = paragraphs[0] if len(paragraphs) > 1 and _is_short_heading(paragraphs[0]) else None
    return Cleaned(text=text, furniture=furniture, title=title)


def clean_html(raw: str) -> Cleaned:
    """Extract the article body of an HTML page (trafilatura), then clean it as text."""
    import trafilatura

    body = trafilatura.extract(
        raw, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    meta = trafilatura.extract_metadata(raw)
    if not body:
        # trafilatura found no article: fall back to all visible text
        from lxml import html as lxml_html

        try:
            tree = lxml_html.fromstring(raw)
        except (ValueError, SyntaxError) as exc:
            raise InputError(f"unreadable HTML: {exc}") from exc
        for bad in tree.xpath("//script|//style|//nav|//footer|//header|//aside"):
            bad.drop_tree()
        body = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    cleaned = clean_text(body)
    if meta is not None:
        cleaned.title = meta.title or cleaned.title
        cleaned.date = meta.date or None
        cleaned.url = meta.url or None
    return cleaned


def clean_input(raw: str, *, html: bool | None = None) -> Cleaned:
    """Clean raw input; ``html=None`` guesses whether it is HTML."""
    if not raw.strip():
        raise InputError("the text is empty")
    if html is None:
        html = looks_like_html(raw)
    cleaned = clean_html(raw) if html else clean_text(raw)
    if not cleaned.text.strip():
        raise InputError("no text left after cleaning (the input holds only page furniture)")
    return cleaned


_EN_WORDS = frozenset(
    "the and of to in a is was were that for on with said by at from have has are it as an"
    " this their after".split()
)
# Headlines drop function words ("IS attacks kill 13 Iraqi troops"): English news
# vocabulary then tells English from the languages langdetect confuses it with.
_EN_NEWS_WORDS = frozenset(
    "kill kills killed killing attack attacks attacked dead death deaths wounded injured bomb"
    " bombs bombing blast blasts explosion troops soldiers police forces army militants rebels"
    " fighters gunmen protest protesters clashes clash strike strikes airstrike airstrikes raid"
    " says say warns urges condemns seized captured retaken arrested kidnapped abducted people"
    " civilians government officials security fighting war violence offensive village town city"
    " province district killed shot fire fired"
    # a dated place line ("June 23rd, 2015: Bayji, Salah el Din Province, Iraq")
    " january february march april june july august september october november december"
    " neighbourhood neighborhood governorate region area near west east north south western"
    " eastern northern southern central".split()
)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en" for English).

    English function words decide most texts at once; only the rest go to
    langdetect (seeded, so the answer is stable). An incident log's entry title ("20 Feb
    2022: Tumaco (San Andres de Tumaco), Narino, Colombia") is names and a date, whatever
    language its names are in: it is read.
    """
    sample = text[:3000]
    if parse_log_entry(sample) is not None:
        return "en"  # an incident log's entry title: a date and names, read as English
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    latin = sum(1 for c in letters if c.isascii())
    words = re.findall(r"[a-z]+", sample.lower())
    if words and latin / len(letters) > 0.6:
        share = sum(1 for w in words if w in _EN_WORDS) / len(words)
        if share >= 0.12:
            return "en"
        if len(words) < 8:
            return "en"  # a headline-length text: too short to call it foreign
        if len(words) < 40 and sum(1 for w in words if w in _EN_NEWS_WORDS) >= 2:
            return "en"  # a headline or two in English news vocabulary
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return str(detect(sample))
    except LangDetectException:
        return "und"
