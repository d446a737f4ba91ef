"""The CLI through its real entry point (a subprocess running `eventwire`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXE = [sys.executable, "-m", "eventwire"]

REPORT = (
    "Rebels of the Crimson Front attacked an army checkpoint near the town of Orvel in Veridia "
    "on Tuesday, killing three soldiers, a military spokesman said.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    return subprocess.run([*EXE, *args], input=stdin, capture_output=True, env=env, timeout=300)


def test_help_teaches() -> None:
    out = run("extract", "--help")
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "--published" in text and "--jsonl" in text


def test_missing_file_is_one_line_error() -> None:
    out = run("extract", "/no/such/report.txt")
    assert out.returncode != 0
    err = out.stderr.decode().strip()
    assert "no such file" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n")
    out = run("extract", str(f))
    assert out.returncode != 0 and "empty" in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "blob.bin"
    f.write_bytes(bytes(range(256)) * 4)
    out = run("extract", str(f))
    assert out.returncode != 0 and "binary" in out.stderr.decode()


def test_impossible_date(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT)
    out = run("extract", str(f), "--published", "2016-02-30")
    assert out.returncode != 0 and "impossible date" in out.stderr.decode()
    assert "Traceback" not in out.stderr.decode()


def test_stdin_json_output() -> None:
    out = run("extract", "-", "--published", "2016-07-01", stdin=REPORT.encode())
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert data["article"]["publication_date"] == "2016-07-01"
    assert data["article"]["text"].startswith("Rebels of the Crimson Front")
    assert data["events"], "an attack on a checkpoint is a conflict event"
    ev = data["events"][0]
    assert ev["event_date"] == "2016-06-28"
    assert ev["evidence"]["event_date"][0]["start"] == data["article"]["text"].index("Tuesday")


def test_table_output(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT)
    out = run("extract", str(f), "--published", "2016-07-01", "--format", "table")
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode()
    assert "2016-06-28" in text and "type" in text


def test_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": REPORT, "publication_date": "2016-07-01", "extra": 1}),
        "{not json",
        json.dumps(
            {
                "id": "b",
                "text": "Heavy rain fell on Orvel on Monday.",
                "publication_date": "2016-07-01",
            }
        ),
        json.dumps({"id": "c", "text": REPORT, "publication_date": "2016-13-45"}),
        json.dumps(
            {"id": "d", "text": "Las fuerzas del gobierno atacaron la ciudad durante la noche."}
        ),
        json.dumps({"id": "e"}),
    ]
    src.write_text("\n".join(lines) + "\n")
    dst = tmp_path / "out.jsonl"
    out = run("extract", "--jsonl", str(src), "--output", str(dst))
    assert out.returncode == 0, out.stderr.decode()
    rows = [json.loads(x) for x in dst.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "line-2", "b", "c", "d", "e"]
    assert set(rows[0]) == {"id", "article", "events", "error"}
    assert rows[0]["error"] is None and rows[0]["events"]
    assert "malformed JSON" in rows[1]["error"]
    assert rows[2]["error"] is None and rows[2]["events"] == []
    assert "impossible date" in rows[3]["error"]
    assert rows[4]["error"] is None and rows[4]["events"] == []
    assert rows[4]["article"]["skipped"] == "not English"
    assert "text" in rows[5]["error"]
    assert "line 2" in out.stderr.decode()


def test_batch_missing_input() -> None:
    out = run("extract", "--jsonl", "/no/such.jsonl")
    assert out.returncode != 0 and "no such file" in out.stderr.decode()


@pytest.mark.parametrize("args", [["extract"], ["extract", "a.txt", "--format", "xml"]])
def test_usage_errors(args: list[str]) -> None:
    out = run(*args)
    assert out.returncode != 0 and "Traceback" not in out.stderr.decode()


def test_single_report_options_are_refused_for_a_batch(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": REPORT}) + "\n", encoding="utf-8")
    out = run("extract", "--jsonl", str(batch), "--published", "2024-05-01")
    err = out.stderr.decode()
    assert out.returncode != 0 and "publication_date from each line" in err
    assert "Traceback" not in err and out.stdout == b""
