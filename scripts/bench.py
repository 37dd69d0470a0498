"""Benchmark Warta's stages on one core: throughput and peak memory.

Three stages, each in its own child process so that peak memory (``ru_maxrss``) is the
stage's own:

- ``ingest``: ``warta.ingest.iter_inputs`` only (reading, decoding, field mapping);
- ``clean``: ingest + the ``clean.v1`` component (boilerplate removal + metadata), through
  ``warta.pipeline.Pipeline`` with resources from ``warta.resources.load_resources``;
- ``run``: the whole ``warta run`` path (``warta.runner.run_stream``) with the default
  pipeline, writing the Parquet store and the DuckDB snapshot into a temporary folder.

Inputs: the scraper exports under ``<shared>/data/corpora`` (read round-robin, one record
from each file in turn, so every outlet is represented in the first few thousand
articles), or, when that folder is absent, the demo corpus built ``--copies`` times into a
temporary folder by ``scripts/make_examples.py`` (each copy with distinct URLs, titles and
first sentences, so that copies are new articles and not re-runs). Each stage stops after ``--limit`` articles or ``--max-seconds``.

Reported per stage: articles, wall seconds, articles/s (wall), per-article time median and
p95 (ingest: time to produce the article; clean: ingest + pipeline time of the article),
the median-article throughput (1 / median time), and the peak resident set size. Each time
is measured twice: wall clock (what a user waits) and the process's CPU time (what "per
core" means, and robust when other processes share the machine). Results go to
``reports/bench.json`` and a table on stdout. The machine matters: compare runs made on the
same machine only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("ingest", "clean", "run")
INPUT_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".parquet", ".gz", ".zip", ".txt",
                  ".html", ".htm", ".warc")


# --- inputs ---------------------------------------------------------------------------
def corpus_files(shared: Path, copies: int, scratch: Path) -> tuple[list[str], str]:
    """The input files to read, and a label saying where they came from."""
    corpora = shared / "data" / "corpora"
    if corpora.is_dir():
        files = sorted(str(p) for p in corpora.rglob("*")
                       if p.is_file() and p.name.lower().endswith(INPUT_SUFFIXES))
        if files:
            return files, str(corpora)
    # no shared corpora: the demo corpus built `copies` times, each copy with distinct
    # URLs, titles and first sentences (identical copies would be skipped as re-runs)
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_examples

    for i in range(copies):
        make_examples.build(scratch / f"copy{i:03d}", ROOT / "examples" / "source", copy=i)
    files = sorted(str(p) for p in scratch.rglob("*")
                   if p.is_file() and "input" in p.parts and p.name != "expected.jsonl")
    return files, f"examples (scaled x{copies})"


def round_robin(files: Sequence[str]) -> Iterator[Any]:
    """RawDocuments and Rejects from all files, one from each file in turn."""
    from warta.ingest import IngestOptions, iter_inputs

    opts = IngestOptions()
    streams = [iter_inputs([f], opts) for f in files]
    while streams:
        alive = []
        for s in streams:
            item = next(s, None)
            if item is not None:
                yield item
                alive.append(s)
        streams = alive


# --- one stage, in a child process -------------------------------------------------------
def _stats(times: list[float], prefix: str = "") -> dict[str, float | None]:
    if not times:
        return {f"{prefix}median_ms": None, f"{prefix}p95_ms": None,
                f"{prefix}median_article_per_s": None}
    ordered = sorted(times)
    med = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {f"{prefix}median_ms": med * 1000, f"{prefix}p95_ms": p95 * 1000,
            f"{prefix}median_article_per_s": (1 / med) if med > 0 else None}


class Clock:
    """Wall time and this process's CPU time. CPU time is what "per core" means and is
    robust when other processes share the machine; wall time is what a user waits."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.t0 = self._w = time.perf_counter()
        self.c0 = self._c = time.process_time()

    def skip(self) -> None:
        self._w, self._c = time.perf_counter(), time.process_time()

    def lap(self) -> None:
        w, c = time.perf_counter(), time.process_time()
        self.wall.append(w - self._w)
        self.cpu.append(c - self._c)
        self._w, self._c = w, c

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def result(self) -> dict[str, Any]:
        return {"articles": len(self.wall), "seconds": self.elapsed(),
                "cpu_seconds": time.process_time() - self.c0,
                **_stats(self.wall), **_stats(self.cpu, "cpu_")}


def stage_ingest(files: Sequence[str], limit: int, max_seconds: float) -> dict[str, Any]:
    from warta.doc import Reject

    clock = Clock()
    rejects = 0
    for item in round_robin(files):
        if isinstance(item, Reject):
            rejects += 1
            clock.skip()
        else:
            clock.lap()
        if len(clock.wall) >= limit or clock.elapsed() > max_seconds:
            break
    return {**clock.result(), "rejects": rejects}


def stage_clean(files: Sequence[str], limit: int, max_seconds: float) -> dict[str, Any]:
    from warta.config import PipelineConfig
    from warta.doc import Reject
    from warta.errors import WartaError
    from warta.pipeline import Pipeline
    from warta.resources import load_resources

    t_setup = time.perf_counter()
    config = PipelineConfig(components=("clean.v1",))
    pipeline = Pipeline.build(config)
    resources = load_resources()
    setup = time.perf_counter() - t_setup
    clock = Clock()
    rejects = 0
    for item in round_robin(files):
        if isinstance(item, Reject):
            rejects += 1
            clock.skip()
            continue
        try:
            pipeline(item, resources)
        except (WartaError, Exception):  # a reject in a real run; still timed
            rejects += 1
        clock.lap()  # ingest + pipeline time of this article
        if len(clock.wall) >= limit or clock.elapsed() > max_seconds:
            break
    return {**clock.result(), "rejects": rejects, "setup_seconds": setup,
            "components": list(config.components)}


def stage_run(files: Sequence[str], limit: int, max_seconds: float) -> dict[str, Any]:
    from warta.config import PipelineConfig
    from warta.runner import run_stream

    config = PipelineConfig()
    t0 = time.perf_counter()
    c0 = time.process_time()

    def items() -> Iterator[Any]:
        for n, item in enumerate(round_robin(files)):
            if n >= limit or time.perf_counter() - t0 > max_seconds:
                return
            yield item

    with tempfile.TemporaryDirectory(prefix="warta-bench-") as out:
        summary = run_stream(items(), out, config, progress=False, workers=1)
        wall = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in Path(out).rglob("*") if p.is_file())
    counts = summary.to_dict().get("counts", {})
    return {"articles": counts.get("articles"), "rejects": counts.get("rejects"),
            "inputs": counts.get("inputs"), "seconds": wall,
            "cpu_seconds": time.process_time() - c0,
            "store_bytes": size, "components": list(config.components),
            "timings": summary.to_dict().get("timings")}


def child(stage: str, files_json: str, limit: int, max_seconds: float) -> None:
    files = json.loads(Path(files_json).read_text())
    fn = {"ingest": stage_ingest, "clean": stage_clean, "run": stage_run}[stage]
    result = fn(files, limit, max_seconds)
    n = result.get("articles") or 0
    result["articles_per_s"] = n / result["seconds"] if result["seconds"] else None
    result["cpu_articles_per_s"] = n / result["cpu_seconds"] if result["cpu_seconds"] else None
    result["peak_rss_mb"] = _maxrss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    print(json.dumps(result, default=str))


def _maxrss_mb(value: int) -> float:
    # Linux reports kilobytes, macOS bytes
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


# --- the parent: run the stages, write the report ------------------------------------------
def _fmt(value: Any, spec: str = ".1f") -> str:
    return "-" if value is None else format(value, spec)


def table(results: dict[str, dict[str, Any]]) -> str:
    head = ("stage", "articles", "wall s", "art/s", "CPU art/s", "median ms", "p95 ms",
            "median CPU ms", "p95 CPU ms", "median art/s (CPU)", "peak RSS MB")
    rows = [head]
    for stage, r in results.items():
        rows.append((stage, str(r.get("articles")), _fmt(r.get("seconds")),
                     _fmt(r.get("articles_per_s")), _fmt(r.get("cpu_articles_per_s")),
                     _fmt(r.get("median_ms"), ".2f"), _fmt(r.get("p95_ms"), ".2f"),
                     _fmt(r.get("cpu_median_ms"), ".2f"), _fmt(r.get("cpu_p95_ms"), ".2f"),
                     _fmt(r.get("cpu_median_article_per_s"), ".0f"),
                     _fmt(r.get("peak_rss_mb"))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                       for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder holding data/corpora (default: ../shared)")
    ap.add_argument("--limit", type=int, default=3000, help="articles per stage (default 3000)")
    ap.add_argument("--max-seconds", type=float, default=55.0,
                    help="stop a stage after this long (default 55; three stages ≈ 3 min)")
    ap.add_argument("--copies", type=int, default=150,
                    help="copies of examples/input when the corpora are absent")
    ap.add_argument("--stages", default=",".join(STAGES), help="comma-separated subset")
    ap.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.json")
    ap.add_argument("--child", choices=STAGES, help=argparse.SUPPRESS)
    ap.add_argument("--files", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        child(args.child, args.files, args.limit, args.max_seconds)
        return 0

    results: dict[str, dict[str, Any]] = {}
    load_at_start = list(os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="warta-bench-in-") as scratch:
        files, corpus = corpus_files(args.shared, args.copies, Path(scratch))
        files_json = Path(scratch) / "files.json"
        files_json.write_text(json.dumps(files))
        print(f"bench: {len(files)} input files from {corpus}; up to {args.limit} articles "
              f"or {args.max_seconds:.0f} s per stage", file=sys.stderr)
        for stage in [s.strip() for s in args.stages.split(",") if s.strip()]:
            if stage not in STAGES:
                ap.error(f"unknown stage {stage!r}")
            cmd = [sys.executable, __file__, "--child", stage, "--files", str(files_json),
                   "--limit", str(args.limit), "--max-seconds", str(args.max_seconds)]
            env = {**os.environ, "PYTHONHASHSEED": "0"}
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                results[stage] = {"error": proc.stderr.strip().splitlines()[-1:]}
                continue
            results[stage] = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"bench: {stage} done", file=sys.stderr)

    report = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus": corpus,
        "limit": args.limit,
        "max_seconds": args.max_seconds,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(),
                    "cpus": os.cpu_count()},
        "single_process": True,
        "load_average_at_start": load_at_start,
        "stages": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(table({k: v for k, v in results.items() if "error" not in v}))
    for k, v in results.items():
        if "error" in v:
            print(f"{k}: FAILED {v['error']}")
    print(f"\nwritten {args.out}")
    return 1 if any("error" in v for v in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
