"""The command line: each command parses, calls one library function, prints.

Errors meant for the user (``EventwireError``) become one line on stderr and
a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from eventwire.errors import EventwireError, InputError

app = typer.Typer(
    name="eventwire",
    help=(
        "Turn news reports about armed conflict into sourced, geocoded ACLED-style events.\n\n"
        "Examples:\n\n"
        "  eventwire extract report.txt --published 2016-07-01\n\n"
        "  cat page.html | eventwire extract - --format table\n\n"
        "  eventwire extract --jsonl reports.jsonl --output events.jsonl"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """eventwire: news reports in, sourced ACLED-style conflict events out."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"eventwire: error: {message}", err=True)
    return typer.Exit(code)


def _format_table(report_json: dict[str, object]) -> str:
    """A human-readable view of one report's events and claims."""
    lines: list[str] = []
    article = report_json.get("article") or {}
    assert isinstance(article, dict)
    if article.get("skipped"):
        return f"skipped: {article['skipped']}"
    events = report_json.get("events") or []
    assert isinstance(events, list)
    if not events:
        return "no conflict event found"
    for ev in events:
        lines.append(
            f"{ev['event_id_cnty']}  {ev['event_date'] or '?':10}  {ev['context']:<10} "
            f"conf {ev['confidence']:.2f}"
        )
        lines.append(f"  type      {ev['event_type']} / {ev['sub_event_type']}")
        actors = ev["actor1"] or "?"
        if ev["assoc_actor_1"]:
            actors += f" (+ {ev['assoc_actor_1']})"
        actors += f"  vs  {ev['actor2'] or '-'}"
        if ev["assoc_actor_2"]:
            actors += f" (+ {ev['assoc_actor_2']})"
        lines.append(f"  actors    {actors}")
        place = ", ".join(p for p in (ev["location"], ev["admin1"], ev["country"]) if p) or "?"
        lines.append(f"  place     {place}  (geo_precision {ev['geo_precision']})")
        lines.append(
            f"  deaths    {ev['fatalities']} (best {ev['fatalities_best']}, "
            f"low {ev['fatalities_low']}, high {ev['fatalities_high']})"
        )
        if ev["flags"]:
            lines.append(f"  flags     {', '.join(ev['flags'])}")
        for claim in ev["claims"]:
            src = claim["source"]["name"] if claim.get("source") else "unattributed"
            hedge = f"  hedged: {'; '.join(claim['hedges'])}" if claim["hedges"] else ""
            lines.append(
                f"  claim     {claim['quantity']}: {claim['text']!r} "
                f"[{claim['low']}..{claim['high']}] ({src}){hedge}"
            )
        lines.append(f"  notes     {ev['notes']}")
        lines.append("")
    return "\n".join(lines).rstrip()


@app.command()
def extract(
    file: Annotated[
        str | None, typer.Argument(help="A text or HTML file, or - for standard input.")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD: resolves 'on Tuesday'."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "json",
    jsonl: Annotated[
        Path | None,
        typer.Option(
            "--jsonl",
            help="Batch input: one JSON object a line with id, text, optional "
            "publication_date, title, url.",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Batch output JSONL (default stdout).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Local processes for a batch.")] = 1,
    html: Annotated[
        bool | None,
        typer.Option("--html/--text", help="Force HTML or plain text (default: guess)."),
    ] = None,
) -> None:
    """Code one report (or a JSONL batch) into ACLED-style events with evidence."""
    from eventwire import pipeline
    from eventwire.stages.ingest import decode_text, read_jsonl, read_text_file

    if fmt not in ("json", "table"):
        raise _fail("--format must be json or table")
    try:
        if jsonl is not None:
            if file is not None:
                raise InputError("give either FILE or --jsonl, not both")
            if published is not None or html is not None or fmt != "json":
                raise InputError(
                    "--published, --html/--text and --format apply to one report; a --jsonl "
                    "batch takes publication_date from each line and writes JSONL"
                )
            if not jsonl.exists():
                raise InputError(f"no such file: {jsonl}")
            items = list(read_jsonl(jsonl))
            if not items:
                raise InputError(f"{jsonl} holds no records")
            _run_batch(items, output=output, workers=workers)
            return
        if file is None:
            raise InputError("give a FILE, - for standard input, or --jsonl IN.jsonl")
        if file == "-":
            text = decode_text(sys.stdin.buffer.read(), name="standard input")
        else:
            text = read_text_file(Path(file))
        report = pipeline.extract(text, publication_date=published, html=html)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    data = report.model_dump(mode="json")
    if fmt == "table":
        typer.echo(_format_table(data))
    else:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))


def _run_batch(items: Sequence[object], *, output: Path | None, workers: int) -> None:
    from eventwire.pipeline import BatchResult, extract_batch
    from eventwire.stages.ingest import InputDoc, InputProblem

    docs = [i for i in items if isinstance(i, InputDoc)]
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    problems = 0
    try:
        results = iter(extract_batch(docs, workers=workers, progress=True, total=len(docs)))
        for item in items:
            if isinstance(item, InputProblem):
                problems += 1
                typer.echo(f"eventwire: skipped {item.message}", err=True)
                line = BatchResult(id=item.id or f"line-{item.line}", error=item.message)
            else:
                line = next(results)
            out.write(json.dumps(line.model_dump(mode="json"), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    if problems:
        typer.echo(f"eventwire: {problems} malformed line(s) reported in the output", err=True)


# -- corpus commands: ingest, events, export, failures -------------------------

_DB_HELP = "Store: a SQLite file path or postgresql://... URL (default ./eventwire.db)."


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Folders of .txt/.html, .jsonl, .csv/.tsv, RSS/Atom files."),
    ],
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    workers: Annotated[int, typer.Option(help="Local processes.")] = 1,
    dask: Annotated[
        str | None, typer.Option("--dask", help="Run the stages on a Dask scheduler at ADDRESS.")
    ] = None,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", help="Documents committed per transaction.")
    ] = 32,
    text_column: Annotated[str, typer.Option(help="CSV column holding the text.")] = "text",
    id_column: Annotated[str, typer.Option(help="CSV column holding the id.")] = "id",
    date_column: Annotated[
        str, typer.Option(help="CSV column holding the publication date.")
    ] = "publication_date",
    title_column: Annotated[str, typer.Option(help="CSV column holding the title.")] = "title",
    url_column: Annotated[str, typer.Option(help="CSV column holding the URL.")] = "url",
    publisher_column: Annotated[
        str, typer.Option(help="CSV column holding the publisher.")
    ] = "publisher",
    merge: Annotated[
        bool, typer.Option("--merge/--no-merge", help="Merge reports of one incident.")
    ] = True,
    embeddings: Annotated[
        bool,
        typer.Option(
            "--embeddings/--no-embeddings",
            help="Also weigh sentence embeddings when places are coarse (needs torch).",
        ),
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--quiet", help="Progress bar.")] = True,
) -> None:
    """Code a corpus into the store: resumable, idempotent, merged across articles."""
    from eventwire.corpus import ingest as run_ingest
    from eventwire.stages.ingest import CsvColumns
    from eventwire.store import EventStore, Failure

    def report(problem: Failure) -> None:
        where = f"{problem.source}:{problem.line}" if problem.line else problem.source
        reason = problem.reason
        typer.echo(f"eventwire: skipped {where}: {reason}", err=True)

    columns = CsvColumns(
        text=text_column,
        id=id_column,
        publication_date=date_column,
        title=title_column,
        url=url_column,
        publisher=publisher_column,
    )
    try:
        with EventStore.open(db) as store:
            summary = run_ingest(
                paths,
                store=store,
                workers=workers,
                dask=dask,
                chunk_size=chunk_size,
                columns=columns,
                merge=merge,
                embeddings=embeddings,
                progress=progress,
                on_problem=report,
            )
            counts = store.counts()
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    rate = summary.processed / summary.seconds if summary.seconds else 0.0
    typer.echo(
        f"read {summary.read} documents: {summary.processed} coded ({rate:.1f}/s), "
        f"{summary.already_stored} already stored, {summary.failed} failed, "
        f"{summary.malformed} malformed lines; imported {summary.imported_events} events",
        err=True,
    )
    typer.echo(
        f"store: {counts['articles']} articles, {counts['events']} events "
        f"({counts['reports']} reports), {counts['failures']} failures",
        err=True,
    )


@app.command()
def events(
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="Country name or ISO3 code.")] = None,
    event_type: Annotated[str | None, typer.Option(help="ACLED event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name (part of it).")] = None,
    bbox: Annotated[str | None, typer.Option(help="W,S,E,N in degrees.")] = None,
    all_contexts: Annotated[
        bool, typer.Option("--all-contexts", help="Also historical, future, negated events.")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List stored events, filtered."""
    from eventwire.export import write_jsonl
    from eventwire.store import EventFilter, EventStore
    from eventwire.store.base import parse_bbox

    if fmt not in ("table", "jsonl"):
        raise _fail("--format must be table or jsonl")
    try:
        where = EventFilter(
            since=since,
            until=until,
            country=country,
            event_type=event_type,
            actor=actor,
            bbox=parse_bbox(bbox),
            context=None if all_contexts else "current",
            limit=limit,
        )
        with EventStore.open(db) as store:
            found = store.events(where)
            if fmt == "jsonl":
                write_jsonl(found, sys.stdout)
                return
            n = 0
            for ev in found:
                n += 1
                place = ", ".join(p for p in (ev.location, ev.admin1, ev.country) if p) or "?"
                actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a) or "?"
                typer.echo(
                    f"{ev.event_id_cnty:<14} {ev.event_date or '?':<10} "
                    f"{ev.sub_event_type:<34.34} {place:<40.40} "
                    f"deaths {ev.fatalities:<4} x{ev.corroboration}  {actors}"
                )
            typer.echo(f"{n} events", err=True)
    except EventwireError as exc:
        raise _fail(str(exc)) from None


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="acled, geojson or jsonl.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (- for stdout).")],
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    all_contexts: Annotated[
        bool, typer.Option("--all-contexts", help="Also historical, future, negated events.")
    ] = False,
) -> None:
    """Export stored events as ACLED CSV, GeoJSON or JSONL."""
    from eventwire.export import FORMATS, export_events, write_events
    from eventwire.store import EventFilter, EventStore

    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}")
    try:
        with EventStore.open(db) as store:
            found = store.events(EventFilter(context=None if all_contexts else "current"))
            if str(output) == "-":
                n = write_events(found, sys.stdout, fmt=fmt)
            else:
                n = export_events(found, output, fmt=fmt)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"wrote {n} events", err=True)


@app.command()
def failures(
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """List documents and input lines that could not be coded, with the reason."""
    from eventwire.store import EventStore

    try:
        with EventStore.open(db) as store:
            found = store.failures()
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    for f in found:
        where = f"{f.source}:{f.line}" if f.line else f.source
        typer.echo(f"{where}\t{f.doc_id or '-'}\t{f.reason}")
    typer.echo(f"{len(found)} failures", err=True)


@app.command()
def geocode(
    place: Annotated[
        str | None, typer.Argument(help='A place name: "Okhtyrka, Sumy Oblast"')
    ] = None,
    country: Annotated[str | None, typer.Option(help="Country name or ISO code")] = None,
    context: Annotated[str | None, typer.Option(help="The sentence the name appears in")] = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="Input lines {id, text, country?, context?}")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output JSONL file")] = None,
    build: Annotated[bool, typer.Option("--build", help="Build the offline gazetteer now")] = False,
) -> None:
    """Geocode place names offline (GeoNames-based gazetteer, built once into the cache)."""
    from eventwire.stages.places import Geocoder, geocode_jsonl

    try:
        geo = Geocoder.open()
        if build:
            typer.echo(f"gazetteer: {geo.gazetteer.path}", err=True)
        if jsonl is not None:
            with jsonl.open(encoding="utf-8") as fin:
                if output is None:
                    geocode_jsonl(geo, fin, sys.stdout)
                else:
                    with output.open("w", encoding="utf-8") as fout:
                        n = geocode_jsonl(geo, fin, fout)
                    typer.echo(f"{n} lines written to {output}", err=True)
        elif place is not None:
            found = geo.geocode_toponym(place, country=country, context=context)
            if found is None:
                raise _fail(f"place not found: {place}", code=1)
            typer.echo(json.dumps(found.model_dump(exclude_none=True), ensure_ascii=False))
        elif not build:
            raise _fail("give a place name, --jsonl FILE or --build")
    except OSError as exc:
        raise _fail(str(exc)) from None
    except EventwireError as exc:
        raise _fail(str(exc)) from None


@app.command()
def serve(
    db: Annotated[
        str | None, typer.Option(help="Store URL or SQLite path (default ./eventwire.db).")
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web page (map, timeline, evidence)."""
    import uvicorn

    from eventwire.web import create_app

    try:
        web_app = create_app(db)
    except EventwireError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"eventwire: serving on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


def main() -> None:
    """Console entry point."""
    try:
        app()
    except EventwireError as exc:
        typer.echo(f"eventwire: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("eventwire: interrupted", err=True)
        sys.exit(130)
