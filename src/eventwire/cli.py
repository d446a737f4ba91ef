"""The command line: each command parses, calls one library function, prints.

Errors meant for the user (``EventwireError``) become one line on stderr and
a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import sys
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
        bool | None, typer.Option("--html/--text", help="Force HTML or plain text (default: guess).")
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


def _run_batch(items: list[object], *, output: Path | None, workers: int) -> None:
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
