"""Throughput: bare spaCy against a full ``eventwire ingest`` into a fresh SQLite store.

Over ``../shared/eval/news_dev.jsonl`` (read at run time, never copied):

(a) the project's spaCy pipeline (``stages.nlp.load_nlp``) through
    ``nlp.pipe(texts, n_process=2)``, in a child process;
(b) ``eventwire ingest news_dev.jsonl --db fresh.db --workers 2``, the real
    command in a child process (reading, cleaning, every stage, merging, store).

Both are timed from process start to exit (imports and model loading
included), and the in-run rate (after loading) is reported beside it. Peak
memory is the largest summed RSS of the child's whole process tree, sampled
every 50 ms.

    python bench/throughput.py [--limit N] [--workers 2] [--out bench/results/throughput.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "eval" / "news_dev.jsonl"

BARE = """
import json, sys, time
from eventwire.stages.nlp import load_nlp
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
nlp = load_nlp()
t0 = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=32))
print(json.dumps({"docs": n, "pipe_seconds": time.perf_counter() - t0}))
"""


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def measure(cmd: list[str], *, env: dict[str, str]) -> dict[str, object]:
    """Run a command; wall seconds, peak RSS of its process tree, its output."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        proc = psutil.Process(child.pid)
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed ({child.returncode}): {err.decode()[-2000:]}")
    return {
        "wall_seconds": round(wall, 2),
        "peak_rss_mb": round(peak / 2**20),
        "stdout": out.decode(),
        "stderr": err.decode(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=NEWS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "throughput.json")
    args = parser.parse_args()
    if not args.input.exists():
        raise SystemExit(f"no {args.input}: the shared eval data must sit beside the checkout")

    env = dict(os.environ)
    env["PYTHONPATH"] = f"{ROOT / 'src'}{os.pathsep}{env.get('PYTHONPATH', '')}"
    with tempfile.TemporaryDirectory() as tmp:
        data = args.input
        if args.limit is not None:
            data = Path(tmp) / "subset.jsonl"
            # split on "\n" only: the texts hold Unicode line separators that splitlines() cuts
            raw = args.input.read_text(encoding="utf-8").split("\n")
            lines = [ln for ln in raw if ln.strip()]
            data.write_text("\n".join(lines[: args.limit]) + "\n", encoding="utf-8")
        n_docs = sum(1 for ln in data.read_text(encoding="utf-8").split("\n") if ln.strip())

        bare = measure([sys.executable, "-c", BARE, str(data), str(args.workers)], env=env)
        bare_inner = json.loads(str(bare["stdout"]).strip().splitlines()[-1])

        db = Path(tmp) / "fresh.db"
        cmd = [sys.executable, "-m", "eventwire", "ingest", str(data), "--db", str(db)]
        cmd += ["--workers", str(args.workers), "--quiet"]
        full = measure(cmd, env=env)
        found = re.search(r"(\d+) coded \(([\d.]+)/s\)", str(full["stderr"]))
        store_line = [ln for ln in str(full["stderr"]).splitlines() if ln.startswith("store:")]

    bare_rate = n_docs / float(bare["wall_seconds"])  # type: ignore[arg-type]
    full_rate = n_docs / float(full["wall_seconds"])  # type: ignore[arg-type]
    result = {
        "input": str(args.input),
        "articles": n_docs,
        "workers": args.workers,
        "cpu_count": os.cpu_count(),
        "bare_spacy": {
            "command": f"nlp.pipe(texts, n_process={args.workers}, batch_size=32)"
            " with stages.nlp.load_nlp()",
            "wall_seconds": bare["wall_seconds"],
            "articles_per_s": round(bare_rate, 2),
            "pipe_only_articles_per_s": round(n_docs / bare_inner["pipe_seconds"], 2),
            "peak_rss_mb": bare["peak_rss_mb"],
        },
        "ingest": {
            "command": f"eventwire ingest news_dev.jsonl --db fresh.db --workers {args.workers}",
            "wall_seconds": full["wall_seconds"],
            "articles_per_s": round(full_rate, 2),
            "in_run_articles_per_s": float(found.group(2)) if found else None,
            "coded": int(found.group(1)) if found else None,
            "store": store_line[0] if store_line else None,
            "peak_rss_mb": full["peak_rss_mb"],
        },
        "ratio_ingest_to_bare": round(full_rate / bare_rate, 3),
        "targets": {"articles_per_s": 20, "ratio": 0.5, "peak_rss_mb": 3072},
    }
    result["meets_targets"] = (
        full_rate >= 20
        and result["ratio_ingest_to_bare"] >= 0.5  # type: ignore[operator]
        and float(full["peak_rss_mb"]) <= 3072  # type: ignore[arg-type]
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
