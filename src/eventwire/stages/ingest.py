"""Input readers: turn files and streams into ``InputDoc``s.

A malformed record never aborts a run: it becomes an ``InputProblem`` with its
line number, and the caller reports it and goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError


@dataclass(frozen=True)
class InputDoc:
    """One document to code, with what the user knows about it."""

    id: str
    text: str
    publication_date: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    html: bool | None = None


@dataclass(frozen=True)
class InputProblem:
    """A record that could not be read: where, and why."""

    line: int
    message: str
    id: str | None = None


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return str(value)


def doc_from_record(record: object, *, line: int) -> InputDoc | InputProblem:
    """Validate one decoded JSON record (id, text, publication_date, title, url, publisher)."""
    if not isinstance(record, dict):
        return InputProblem(
            line, f"line {line}: expected a JSON object, got {type(record).__name__}"
        )
    raw_id = record.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else f"line-{line}"
    text = record.get("text")
    if not isinstance(text, str):
        return InputProblem(line, f"line {line}: field 'text' is missing or not a string", doc_id)
    return InputDoc(
        id=doc_id,
        text=text,
        publication_date=_optional_str(record, "publication_date"),
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        publisher=_optional_str(record, "publisher"),
    )


def read_jsonl(path: Path) -> Iterator[InputDoc | InputProblem]:
    """Read a JSONL batch: one record a line; blank lines are skipped."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        line_no = 0
        while True:
            try:
                raw = handle.readline()
            except UnicodeDecodeError:
                raise InputError(f"{path}: line {line_no + 1} is not UTF-8 text") from None
            if not raw:
                break
            line_no += 1
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield InputProblem(line_no, f"line {line_no}: malformed JSON ({exc.msg})")
                continue
            yield doc_from_record(record, line=line_no)


def read_text_file(path: Path) -> str:
    """Read a text or HTML file, with a clear error for missing, empty or binary files."""
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file (or use 'eventwire ingest' for folders)")
    data = path.read_bytes()
    return decode_text(data, name=str(path))


def decode_text(data: bytes, *, name: str) -> str:
    """Decode bytes as UTF-8 text; refuse binary data and empty input."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{name} is empty")
    return text


# -- corpus readers (folders, CSV, RSS/Atom) and the dispatcher ---------------

#: File suffixes read as documents inside a folder.
TEXT_SUFFIXES = (".txt", ".html", ".htm")
_FEED_SUFFIXES = (".rss", ".atom", ".xml")
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV columns hold what (the text column is required, the rest optional)."""

    text: str = "text"
    id: str = "id"
    publication_date: str = "publication_date"
    title: str = "title"
    url: str = "url"
    publisher: str = "publisher"


@dataclass(frozen=True)
class SourcedItem:
    """A document or a problem, with the file (and line, where there is one) it came from."""

    source: str
    line: int | None
    item: InputDoc | InputProblem


def read_folder(path: Path) -> Iterator[InputDoc | InputProblem]:
    """Every .txt/.html/.htm file under a folder, in path order; ids are relative paths."""
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    for file in files:
        doc_id = file.relative_to(path).as_posix()
        try:
            text = decode_text(file.read_bytes(), name=doc_id)
        except (InputError, OSError) as exc:
            yield InputProblem(0, str(exc), doc_id)
            continue
        html = file.suffix.lower() in (".html", ".htm")
        yield InputDoc(id=doc_id, text=text, html=html)


def read_csv(path: Path, *, columns: CsvColumns | None = None) -> Iterator[InputDoc | InputProblem]:
    """A CSV (or .tsv) file with a header row; ``columns`` names the fields."""
    import csv

    columns = columns or CsvColumns()
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        csv.field_size_limit(2**31 - 1)
        reader = csv.DictReader(handle, delimiter=delimiter)
        header = reader.fieldnames or []
        if columns.text not in header:
            raise InputError(
                f"{path}: no column {columns.text!r} (columns: {', '.join(header) or 'none'});"
                " name the text column with --text-column"
            )
        row_no = 0
        while True:
            start_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield InputProblem(start_line, f"line {start_line}: malformed CSV ({exc})")
                continue
            row_no += 1

            def get(name: str, row: dict[str, str | None] = row) -> str | None:
                value = row.get(name)
                return value.strip() if isinstance(value, str) and value.strip() else None

            doc_id = get(columns.id) or f"{path.stem}:{row_no}"
            text = get(columns.text)
            if text is None:
                yield InputProblem(start_line, f"line {start_line}: empty text", doc_id)
                continue
            yield InputDoc(
                id=doc_id,
                text=text,
                publication_date=get(columns.publication_date),
                title=get(columns.title),
                url=get(columns.url),
                publisher=get(columns.publisher),
            )


def _feed_date(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    value = value.strip()
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _child_text(elem: object, *tags: str) -> str | None:
    from xml.etree.ElementTree import Element

    if not isinstance(elem, Element):
        return None
    for tag in tags:
        child = elem.find(tag)
        if child is not None:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def read_feed(path: Path) -> Iterator[InputDoc | InputProblem]:
    """Items of an RSS 2.0 or Atom file; the feed's title is the publisher."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise InputError(f"{path}: not a readable RSS/Atom file ({exc})") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if root.tag == f"{_ATOM}feed":
        publisher = _child_text(root, f"{_ATOM}title")
        entries = root.findall(f"{_ATOM}entry")
        for n, entry in enumerate(entries, start=1):
            link = entry.find(f"{_ATOM}link[@rel='alternate']")
            if link is None:
                link = entry.find(f"{_ATOM}link")
            url = link.get("href") if link is not None else None
            text = _child_text(entry, f"{_ATOM}content", f"{_ATOM}summary")
            doc_id = _child_text(entry, f"{_ATOM}id") or url or f"{path.stem}:{n}"
            if text is None:
                yield InputProblem(n, f"entry {n}: no content or summary", doc_id)
                continue
            yield InputDoc(
                id=doc_id,
                text=text,
                publication_date=_feed_date(
                    _child_text(entry, f"{_ATOM}published", f"{_ATOM}updated")
                ),
                title=_child_text(entry, f"{_ATOM}title"),
                url=url,
                publisher=publisher,
            )
        return
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        raise InputError(f"{path}: neither an RSS 2.0 nor an Atom feed (root <{root.tag}>)")
    publisher = _child_text(channel, "title")
    for n, item in enumerate(channel.findall("item"), start=1):
        url = _child_text(item, "link")
        text = _child_text(item, _CONTENT_ENCODED, "description")
        doc_id = _child_text(item, "guid") or url or f"{path.stem}:{n}"
        if text is None:
            yield InputProblem(n, f"item {n}: no description or content", doc_id)
            continue
        yield InputDoc(
            id=doc_id,
            text=text,
            publication_date=_feed_date(_child_text(item, "pubDate", _DC_DATE)),
            title=_child_text(item, "title"),
            url=url,
            publisher=publisher,
        )


def read_corpus(
    paths: Iterable[Path], *, columns: CsvColumns | None = None
) -> Iterator[SourcedItem]:
    """Documents from folders, JSONL, CSV/TSV, RSS/Atom and single text/HTML files."""
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        source = str(path)
        reader: Iterator[InputDoc | InputProblem]
        suffix = path.suffix.lower()
        if path.is_dir():
            for item in read_folder(path):
                yield SourcedItem(str(path / item.id) if item.id else source, None, item)
            continue
        if suffix in (".jsonl", ".ndjson", ".json"):
            reader = read_jsonl(path)
        elif suffix in (".csv", ".tsv"):
            reader = read_csv(path, columns=columns)
        elif suffix in _FEED_SUFFIXES:
            reader = read_feed(path)
        elif suffix in TEXT_SUFFIXES:
            text = read_text_file(path)
            html = suffix in (".html", ".htm")
            yield SourcedItem(source, None, InputDoc(id=path.name, text=text, html=html))
            continue
        else:
            raise InputError(
                f"{path}: unknown kind of input (use a folder, .jsonl, .csv, .tsv,"
                " .rss/.atom/.xml, .txt or .html)"
            )
        for item in reader:
            line = item.line if isinstance(item, InputProblem) else None
            yield SourcedItem(source, line, item)
