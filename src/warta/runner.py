"""The run driver: inputs → ingest → pipeline → store, with a progress bar and a manifest.

This is where the impure parts live: the clock, the file system, the process pool. Each
document still goes through the pure ``Pipeline``; anything it raises (a ``WartaError``, a
``DocumentSkipped``, a crash inside a component) becomes a ``rejects`` row with a code and a
reason, and the run goes on. Rows are written in batches of ``BATCH_ARTICLES`` so memory
stays bounded; nothing is visible to readers until the single commit at the end.

Idempotency: an article whose id, content hash and pipeline fingerprint (component
versions + config + resources) are already in the store is not written again; one whose
hash or fingerprint changed replaces the stored rows (see ``store/dataset.py``). The store
keeps the latest outcome per input id: an input rejected now that was an article before
loses its article rows, and the other way round.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import sys
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from warta import __version__
from warta.config import PipelineConfig
from warta.doc import Document, RawDocument, Reject
from warta.errors import (
    ComponentFailed,
    DocumentSkipped,
    DuplicateId,
    RunHadRejects,
    WartaError,
)
from warta.events.columns import ontology_or_none
from warta.events.ontology import Ontology
from warta.pipeline import BatchComponent, Component, Failure, Pipeline
from warta.resources import Resources, load_resources
from warta.store import dedup
from warta.store.dataset import RUNS_DIR, Store, StoreWriter, new_run_id
from warta.store.event_clusters import update_event_clusters
from warta.store.files import write_json_atomic
from warta.store.rows import article_row, layer_columns, reject_row
from warta.store.schema import ARTICLE_KEY, SCHEMA_VERSION
from warta.store.snapshot import publish

# Articles per part file: large enough for efficient Parquet, small enough that a batch of
# documents with all their later layers stays well under a few hundred MB.
BATCH_ARTICLES = 1000
# Source names that do not identify an input across runs.
STDIN_SOURCES = frozenset({"-", "<stdin>"})
# Also flush when this many rows of any tables are buffered (token rows add up fast).
BATCH_ROWS = 250_000
# Documents sent to a worker process at a time, and chunks in flight per worker.
CHUNK_SIZE = 32
CHUNKS_IN_FLIGHT_PER_WORKER = 2
# Documents given to ``Pipeline.run_batch`` at once in a single process: the language model
# runs over all their sentences together (a few hundred sentences per model batch).
BATCH_SIZE = 32

# Allocations between two collections of the youngest generation during a run (CPython's
# default is 700). A run keeps a large heap alive (the model, the resources, the per-bundle
# word memos, the buffered rows), and every tenth collection of the middle generation scans
# all of it: on 300 corpus articles the default spent 1.7 s collecting (seven full scans),
# 10,000 spends 0.4 s (one). Garbage without cycles is freed at once all the same.
GC_YOUNG_THRESHOLD = 10_000

Item = RawDocument | Reject
Outcome = Document | Reject


def _collect_less() -> tuple[int, ...]:
    """Raise the young generation's collection threshold to ``GC_YOUNG_THRESHOLD`` (never
    lower it); returns the thresholds it replaced."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG_THRESHOLD), *old[1:])
    return old


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """``_collect_less`` while the block runs, then the previous thresholds again."""
    old = _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*old)


@dataclass
class RunCounts:
    inputs: int = 0  # items ingest produced: raw documents + ingest rejects
    articles: int = 0  # documents the pipeline produced in this run
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    repeated: int = 0  # the same input (id and content) given again within this run
    superseded: int = 0  # rejected inputs whose id another input of this run made an article
    resolved: int = 0  # stored rejects of re-read sources that this run no longer produced
    rejects: Counter[str] = field(default_factory=Counter)  # by code
    duplicates: dict[str, int] = field(default_factory=dict)  # store-wide, by kind
    outlets: Counter[str] = field(default_factory=Counter)  # this run's articles
    events: dict[str, int] = field(default_factory=dict)  # store-wide event clusters

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "articles": self.articles,
            "new": self.new,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "repeated": self.repeated,
            "superseded": self.superseded,
            "resolved_rejects": self.resolved,
            "rejects": dict(sorted(self.rejects.items())),
            "rejected": self.rejected,
            "duplicates": dict(self.duplicates),
            "outlets": dict(self.outlets.most_common()),
            "events": dict(self.events),
        }


@dataclass
class RunSummary:
    run_id: str
    out_dir: str
    inputs: tuple[str, ...]
    started: datetime
    finished: datetime
    counts: RunCounts
    timings: dict[str, float]  # seconds per stage
    reject_examples: dict[str, str]  # code → one reason
    versions: dict[str, str]
    resources_fingerprint: str
    pipeline_fingerprint: str
    config: dict[str, Any]
    ingest: dict[str, Any] = field(default_factory=dict)
    rows_written: dict[str, int] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return (self.finished - self.started).total_seconds()

    @property
    def articles_per_second(self) -> float:
        return self.counts.articles / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "out_dir": self.out_dir,
            "inputs": list(self.inputs),
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat(),
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 1),
            "config": self.config,
            "versions": self.versions,
            "resources_fingerprint": self.resources_fingerprint,
            "pipeline_fingerprint": self.pipeline_fingerprint,
            "counts": self.counts.to_dict(),
            "reject_examples": self.reject_examples,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "ingest": self.ingest,
            "rows_written": dict(self.rows_written),
            "schema_version": SCHEMA_VERSION,
            "warta_version": __version__,
        }


def pipeline_fingerprint(pipeline: Pipeline, resources: Resources) -> str:
    """What an article's stored rows depend on besides its input."""
    payload = {
        "components": [[c.name, c.version] for c in pipeline.components],
        "config": pipeline.config.to_dict(),
        "resources": resources.fingerprint,
    }
    blob = json.dumps(payload, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


# --- per-document processing (main process or worker) --------------------------------
class _Timed:
    """A component wrapper that adds its run time to ``timings`` and records which
    component is running, so a reject names the stage that raised."""

    def __init__(self, inner: Component, timings: dict[str, float], stage: list[str]):
        self.inner = inner
        self.name = inner.name
        self.version = inner.version
        self.requires = inner.requires
        self.provides = inner.provides
        self._timings = timings
        self._stage = stage

    def __call__(self, doc: Document, resources: Resources) -> Document:
        self._stage[0] = self.name
        t0 = time.perf_counter()
        try:
            return self.inner(doc, resources)
        finally:
            self._timings[self.name] += time.perf_counter() - t0


class _TimedBatch(_Timed):
    """``_Timed`` for a component that also takes a batch (``BatchComponent``)."""

    inner: BatchComponent

    def process_batch(self, docs: Sequence[Document], resources: Resources) -> list[Document]:
        self._stage[0] = self.name
        t0 = time.perf_counter()
        try:
            return self.inner.process_batch(docs, resources)
        finally:
            self._timings[self.name] += time.perf_counter() - t0


def _timed(comp: Component, timings: dict[str, float], stage: list[str]) -> _Timed:
    if isinstance(comp, BatchComponent):
        return _TimedBatch(comp, timings, stage)
    return _Timed(comp, timings, stage)


class DocumentProcessor:
    """Runs the pipeline on one item (``__call__``) or a list of them (``batch``, the same
    outcomes, faster) and turns every failure into a ``Reject``."""

    def __init__(self, pipeline: Pipeline, resources: Resources):
        self.resources = resources
        self.timings: dict[str, float] = defaultdict(float)
        self._stage = ["pipeline"]
        timed = tuple(_timed(c, self.timings, self._stage) for c in pipeline.components)
        self.pipeline = Pipeline(timed, pipeline.config)

    def batch(self, items: Sequence[Item]) -> list[Outcome]:
        """Outcomes of ``items`` in order, through ``Pipeline.run_batch``."""
        raws = [item for item in items if isinstance(item, RawDocument)]
        try:
            results = iter(self.pipeline.run_batch(raws, self.resources))
        except Exception:  # a bug outside the components: fall back to one by one
            return [self(item) for item in items]
        out: list[Outcome] = []
        for item in items:
            if isinstance(item, Reject):
                out.append(item)
                continue
            result = next(results)
            out.append(result if isinstance(result, Document) else _failure_reject(result))
        return out

    def __call__(self, item: Item) -> Outcome:
        if isinstance(item, Reject):
            return item
        raw = item
        self._stage[0] = "pipeline"
        try:
            return self.pipeline(raw, self.resources)
        except WartaError as err:
            skip = err.__cause__
            if isinstance(skip, DocumentSkipped):  # Pipeline wraps it in ComponentFailed
                return _reject(raw, self._stage[0], skip.code, skip.reason)
            return _reject(raw, self._stage[0], err.code, err.message)
        except DocumentSkipped as skip:
            return _reject(raw, self._stage[0], skip.code, skip.reason)
        except Exception as exc:  # a bug outside any component; the run still goes on
            reason = f"{type(exc).__name__}: {exc}"
            return _reject(raw, self._stage[0], ComponentFailed.code, reason)

    def take_timings(self) -> dict[str, float]:
        out = dict(self.timings)
        self.timings.clear()
        return out


def _failure_reject(failure: Failure) -> Reject:
    """The reject ``DocumentProcessor.__call__`` makes of the same error."""
    err, raw = failure.error, failure.raw
    if isinstance(err, DocumentSkipped):
        return _reject(raw, failure.stage, err.code, err.reason)
    skip = err.__cause__
    if isinstance(skip, DocumentSkipped):
        return _reject(raw, failure.stage, skip.code, skip.reason)
    return _reject(raw, failure.stage, err.code, err.message)


def _reject(raw: RawDocument, stage: str, code: str, reason: str) -> Reject:
    return Reject(id=raw.id, source=raw.source, locator=raw.locator, stage=stage, code=code,
                  reason=reason)


# Worker processes hold one processor each (Resources loaded once per process). This is
# process state of the pool, never seen by the pipeline itself.
_WORKER: DocumentProcessor | None = None


def _init_worker(pipeline: Pipeline, resources_root: str | None) -> None:
    """A worker process: one BLAS thread (the model runs on NumPy's BLAS, whose default is
    one thread per core, so N workers would each start N threads and fight for the cores)."""
    global _WORKER
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    _collect_less()  # the worker lives for one run
    _WORKER = DocumentProcessor(pipeline, load_resources(resources_root))


def _work_chunk(items: list[Item]) -> tuple[list[Outcome], dict[str, float]]:
    assert _WORKER is not None
    return _WORKER.batch(items), _WORKER.take_timings()


def _outcomes(
    items: Iterator[Item],
    processor: DocumentProcessor,
    pipeline: Pipeline,
    resources: Resources,
    workers: int,
    timings: dict[str, float],
) -> Iterator[tuple[Item, Outcome]]:
    """Outcomes in input order. With ``workers > 1`` chunks go to a process pool with a
    bounded number in flight, so memory does not grow with the input."""

    def timed_next(it: Iterator[Item], n: int) -> list[Item]:
        t0 = time.perf_counter()
        chunk = list(islice(it, n))
        timings["ingest"] += time.perf_counter() - t0
        return chunk

    if workers <= 1:
        while chunk := timed_next(items, BATCH_SIZE):
            yield from zip(chunk, processor.batch(chunk), strict=True)
        return

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    root = resources.root or None
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(pipeline, root)) as pool:
        pending: deque[tuple[list[Item], Future[tuple[list[Outcome], dict[str, float]]]]]
        pending = deque()
        limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < limit:
                chunk = timed_next(items, CHUNK_SIZE)
                if not chunk:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_work_chunk, chunk)))
            if not pending:
                break
            chunk, future = pending.popleft()
            results, worker_timings = future.result()
            for name, seconds in worker_timings.items():
                processor.timings[name] += seconds
            yield from zip(chunk, results, strict=True)


# --- the run --------------------------------------------------------------------------
@dataclass
class _RunState:
    """What the run knows about the store and what it has written so far."""

    known_articles: dict[str, tuple[str, str]]  # id → (content_hash, pipeline fingerprint)
    known_rejects: dict[str, tuple[str, str]]  # id → (code, reason)
    # id → stored body length; read on first need (a changed copy of a stored article
    # under the same pipeline), so that ordinary runs never read the stored bodies
    known_chars: dict[str, int] | None = None
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)  # this run
    written_hashes: dict[str, str] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)  # article ids rejected now
    sources: set[str] = field(default_factory=set)  # inputs read in this run
    # the duplicate clusters as they will be after the commit (set by _cluster_store)
    article_clusters: list[dict[str, Any]] = field(default_factory=list)


def _load_state(store: Store) -> _RunState:
    arts = store.read("articles", ["id", "content_hash", "pipeline_fingerprint"]).to_pylist()
    rejs = store.read("rejects", ["id", "code", "reason"]).to_pylist()
    return _RunState(
        known_articles={r["id"]: (r["content_hash"], r["pipeline_fingerprint"]) for r in arts},
        known_rejects={r["id"]: (r["code"], r["reason"]) for r in rejs},
    )


def _stored_chars(store: Store) -> dict[str, int]:
    """Body length of every stored article, by id."""
    table = store.read("articles", ["id", "body"])
    return dict(zip(table["id"].to_pylist(), (n or 0 for n in pc.utf8_length(
        table["body"]).to_pylist()), strict=True))


def _delete_everywhere(writer: StoreWriter, article_id: str) -> None:
    for table in ARTICLE_KEY:
        writer.delete(table, [article_id])


@dataclass
class _Kept:
    """The article this run holds for an id, so that a later, longer copy can replace it."""

    body_chars: int
    source: str
    locator: str
    outlet: str | None
    status: str  # "new", "replaced", "unchanged" or "deferred"


class _Recorder:
    """Turns outcomes into rows, counts and reject examples.

    One outcome per input id: an article wins over a reject of the same id (an empty or
    truncated scrape of the page listed before the full one), and of two copies of one id
    with different content the one with the longer body wins (the other becomes an ``E302``
    reject). So rejects are written at ``finish``, and an article already written for an id
    is retracted when a longer copy arrives. A copy shorter than the stored article of the
    same pipeline is held back until ``finish`` (``deferred``): if the stored copy comes
    again in this run, nothing is rewritten, so re-running the same inputs is a no-op."""

    def __init__(self, writer: StoreWriter, state: _RunState, run_id: str, resources_fp: str,
                 pipeline_fp: str, ontology: Ontology | None = None):
        self.writer = writer
        self.ontology = ontology
        self.state = state
        self.run_id = run_id
        self.resources_fp = resources_fp
        self.pipeline_fp = pipeline_fp
        self.counts = RunCounts()
        self.examples: dict[str, str] = {}
        self.pending_articles = 0
        self.minhasher = dedup.MinHasher()
        self.pending_rejects: dict[str, Reject] = {}
        self.kept: dict[str, _Kept] = {}
        self.deferred: dict[str, Document] = {}

    def record(self, outcome: Outcome) -> None:
        self.counts.inputs += 1
        self.state.sources.add(outcome.source if isinstance(outcome, Reject)
                               else outcome.raw.source)
        if isinstance(outcome, Reject):
            self._reject(outcome)
        else:
            self._document(outcome)

    def finish(self) -> None:
        """Write what was held back: deferred articles, then the rejects."""
        for doc in list(self.deferred.values()):
            self._write_article(doc)
        self.deferred.clear()
        for rej in self.pending_rejects.values():
            self._write_reject(rej)
        self.pending_rejects.clear()

    def _reject(self, rej: Reject) -> None:
        st = self.state
        if rej.id in self.kept:  # this id is already an article in this run: it stays one
            self.counts.superseded += 1
            return
        self.counts.rejects[rej.code] += 1
        self.examples.setdefault(rej.code, rej.reason)
        if rej.id in st.seen:
            return  # the same id was already rejected in this run; the first reason stays
        st.seen[rej.id] = (rej.code, rej.reason)
        self.pending_rejects[rej.id] = rej

    def _write_reject(self, rej: Reject) -> None:
        st = self.state
        if rej.id in st.known_articles:  # latest outcome wins
            _delete_everywhere(self.writer, rej.id)
            st.removed.add(rej.id)
        elif st.known_rejects.get(rej.id) == (rej.code, rej.reason):
            return
        elif rej.id in st.known_rejects:
            self.writer.delete("rejects", [rej.id])
        self.writer.add("rejects", [reject_row(rej, self.run_id)])

    def _duplicate(self, doc: Document, source: str, locator: str, body_chars: int) -> None:
        dup = DuplicateId(f"input id {doc.id} appeared more than once in this run with "
                          f"different content; the copy with the longest body was kept, this "
                          f"one ({locator}) has {body_chars} characters")
        # keyed by id + locator so it does not collide with the article it repeats
        self._reject(Reject(f"{doc.id}@{locator}", source, locator, "store", dup.code,
                            dup.message))

    def _document(self, doc: Document) -> None:
        st = self.state
        key = (doc.content_hash, self.pipeline_fp)
        rej = self.pending_rejects.pop(doc.id, None)
        if rej is not None:  # an empty or broken copy of this input came first
            del st.seen[doc.id]
            self.counts.rejects[rej.code] -= 1
            if not self.counts.rejects[rej.code]:
                del self.counts.rejects[rej.code]
            self.counts.superseded += 1
        if doc.id in st.seen:
            if st.seen[doc.id] == key:
                self.counts.repeated += 1
                return
            kept = self.kept[doc.id]
            if len(doc.body) <= kept.body_chars:
                self._duplicate(doc, doc.raw.source, doc.raw.locator, len(doc.body))
                return
            self._duplicate(doc, kept.source, kept.locator, kept.body_chars)
            self._take_back(doc.id, kept)
        st.seen[doc.id] = key
        self.counts.articles += 1
        if doc.metadata.outlet:
            self.counts.outlets[doc.metadata.outlet] += 1
        known = st.known_articles.get(doc.id)
        status = "unchanged" if known == key else "replaced" if known else "new"
        if status == "replaced" and known is not None and known[1] == self.pipeline_fp \
                and len(doc.body) < self._stored_chars(doc.id):
            status = "deferred"  # the longer stored copy may still come in this run
        self.kept[doc.id] = _Kept(len(doc.body), doc.raw.source, doc.raw.locator,
                                  doc.metadata.outlet, status)
        if status == "unchanged":
            self.counts.unchanged += 1
        elif status == "deferred":
            self.deferred[doc.id] = doc
        else:
            self._write_article(doc)

    def _stored_chars(self, article_id: str) -> int:
        st = self.state
        if st.known_chars is None:
            st.known_chars = _stored_chars(self.writer.store)
        return st.known_chars.get(article_id, 0)

    def _take_back(self, article_id: str, kept: _Kept) -> None:
        """Undo what recording the article ``kept`` did, for a longer copy to replace it."""
        st = self.state
        del st.seen[article_id]
        self.counts.articles -= 1
        if kept.outlet:
            self.counts.outlets[kept.outlet] -= 1
            if not self.counts.outlets[kept.outlet]:
                del self.counts.outlets[kept.outlet]
        if kept.status == "unchanged":
            self.counts.unchanged -= 1
        elif kept.status == "deferred":
            del self.deferred[article_id]
        else:
            self.counts.new -= kept.status == "new"
            self.counts.replaced -= kept.status == "replaced"
            self.writer.retract([article_id])
            st.written_hashes.pop(article_id, None)

    def _write_article(self, doc: Document) -> None:
        st = self.state
        if doc.id in st.known_articles:
            self.counts.replaced += 1
            _delete_everywhere(self.writer, doc.id)
        else:
            self.counts.new += 1
            if doc.id in st.known_rejects:
                self.writer.delete("rejects", [doc.id])
        self.writer.add("articles", [article_row(doc, run_id=self.run_id,
                                                 resources_fp=self.resources_fp,
                                                 pipeline_fp=self.pipeline_fp)])
        for table, columns in layer_columns(doc, self.ontology).items():
            self.writer.add_columns(table, columns)
        st.written_hashes[doc.id] = doc.content_hash
        mh = self.minhasher.row(doc.id, doc.content_hash, doc.body)
        if mh is not None:
            self.writer.add("minhash", [mh])
        self.pending_articles += 1
        if self.pending_articles >= BATCH_ARTICLES or self.writer.buffered() >= BATCH_ROWS:
            self.writer.flush()
            self.pending_articles = 0


def _resolve_rejects(store: Store, writer: StoreWriter, state: _RunState) -> int:
    """Drop stored rejects of sources read again in this run that did not come back (the
    user fixed the row or the file). Standard input is not a stable source: skipped."""
    stale = [r["id"] for r in store.read("rejects", ["id", "source"]).to_pylist()
             if r["source"] in state.sources and r["source"] not in STDIN_SOURCES
             and r["id"] not in state.seen]
    writer.delete("rejects", stale)
    return len(stale)


def _cluster_store(store: Store, writer: StoreWriter, state: _RunState) -> dict[str, int]:
    """Clusters over the store as it will be after this commit. Nothing written: the stored
    clusters stand. Only new articles: earlier clusters plus a lookup of the new ones.
    Anything replaced or removed: a full recomputation (a cluster may have split)."""
    old_rows = store.read("clusters").to_pylist()
    changed = state.removed | (set(state.written_hashes) & set(state.known_articles))
    if not state.written_hashes and not state.removed:
        state.article_clusters = old_rows
        return dedup.duplicate_counts(dedup.ClusterRow(**r) for r in old_rows)
    gone = changed
    hashes = {r["id"]: r["content_hash"]
              for r in store.read("articles", ["id", "content_hash"]).to_pylist()
              if r["id"] not in gone}
    hashes.update(state.written_hashes)
    sigs: dict[str, Sequence[int]] = {
        r["article_id"]: r["hashvalues"]
        for r in store.read("minhash", ["article_id", "hashvalues"]).to_pylist()
        if r["article_id"] not in gone
    }
    sigs.update((r["article_id"], r["hashvalues"])  # this run's, flushed but not committed
                for r in writer.read_new("minhash", ["article_id", "hashvalues"]).to_pylist())
    if changed:
        rows = dedup.find_clusters(hashes, sigs)
    else:
        groups: dict[str, list[str]] = defaultdict(list)
        for r in old_rows:
            groups[r["cluster_id"]].append(r["article_id"])
        rows = dedup.find_clusters(hashes, sigs, known_groups=groups.values(),
                                   query=state.written_hashes)
    new_rows = [r.to_dict() for r in rows]
    state.article_clusters = new_rows
    key = ("cluster_id", "article_id", "kind", "similarity")
    if sorted(tuple(r[k] for k in key) for r in old_rows) != [tuple(r[k] for k in key)
                                                             for r in new_rows]:
        writer.replace_table("clusters", new_rows)  # unchanged clusters are not rewritten
    return dedup.duplicate_counts(rows)


def run_stream(
    items: Iterable[Item],
    out_dir: str | Path,
    config: PipelineConfig,
    *,
    inputs: Sequence[str] = (),
    pipeline: Pipeline | None = None,
    resources: Resources | None = None,
    strict: bool = False,
    progress: bool = True,
    workers: int = 1,
    ingest_stats: Callable[[], dict[str, Any]] | None = None,
) -> RunSummary:
    """Process a stream of raw documents and ingest rejects into the store at ``out_dir``.
    ``pipeline``/``resources`` default to ``Pipeline.build(config)``/``load_resources()``."""
    started = datetime.now(UTC)
    timings: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    resources = resources if resources is not None else load_resources()
    pipeline = pipeline if pipeline is not None else Pipeline.build(config)
    timings["setup"] += time.perf_counter() - t0
    resources_fp = resources.fingerprint
    pipeline_fp = pipeline_fingerprint(pipeline, resources)
    store = Store.open(out_dir, create=True)
    run_id = new_run_id(started)
    processor = DocumentProcessor(pipeline, resources)

    with fewer_collections(), store.writer(run_id) as writer, _progress_bar(progress) as bar:
        state = _load_state(store)
        rec = _Recorder(writer, state, run_id, resources_fp, pipeline_fp,
                        ontology_or_none(resources))
        for _item, outcome in _outcomes(iter(items), processor, pipeline, resources,
                                        workers, timings):
            t1 = time.perf_counter()
            rec.record(outcome)
            timings["store"] += time.perf_counter() - t1
            bar(rec.counts.articles, rec.counts.rejected)
        t1 = time.perf_counter()
        rec.finish()
        writer.flush()
        timings["store"] += time.perf_counter() - t1
        rec.counts.resolved = _resolve_rejects(store, writer, state)
        t1 = time.perf_counter()
        rec.counts.duplicates = _cluster_store(store, writer, state)
        timings["dedup"] += time.perf_counter() - t1
        t1 = time.perf_counter()
        rec.counts.events = update_event_clusters(
            store, writer, changed=state.removed | (set(state.written_hashes)
                                                    & set(state.known_articles)),
            wrote=bool(state.written_hashes or state.removed),
            duplicate_rows=state.article_clusters)
        timings["event_clusters"] += time.perf_counter() - t1
        for name, seconds in processor.timings.items():
            timings[f"component:{name}"] += seconds
        finished = datetime.now(UTC)
        summary = RunSummary(
            run_id=run_id, out_dir=str(store.root), inputs=tuple(inputs), started=started,
            finished=finished, counts=rec.counts, timings=dict(timings),
            reject_examples=dict(sorted(rec.examples.items())), versions=pipeline.versions,
            resources_fingerprint=resources_fp, pipeline_fingerprint=pipeline_fp,
            config=config.to_dict(), ingest=ingest_stats() if ingest_stats else {},
        )
        writer.add("runs", [_run_row(summary)])
        t1 = time.perf_counter()
        writer.commit()
        summary.timings["commit"] = time.perf_counter() - t1
        summary.rows_written = dict(writer.rows_written)
    t1 = time.perf_counter()
    publish(store)
    summary.timings["publish"] = time.perf_counter() - t1
    write_json_atomic(store.root / RUNS_DIR / f"{run_id}.json", summary.to_dict())
    if strict and summary.counts.rejected:
        err = RunHadRejects(f"{summary.counts.rejected} input(s) rejected "
                            f"({', '.join(sorted(summary.counts.rejects))})")
        err.summary = summary  # type: ignore[attr-defined]
        raise err
    return summary


def run(
    inputs: Sequence[str],
    out_dir: str | Path,
    config: PipelineConfig,
    ingest_options: Any = None,
    *,
    strict: bool = False,
    progress: bool = True,
    workers: int = 1,
) -> RunSummary:
    """Ingest ``inputs`` (files, directories, globs, ``-`` for stdin) and store the results.
    With ``strict=True`` a run with rejects still commits, then raises ``RunHadRejects``
    (its ``summary`` attribute holds the RunSummary)."""
    from warta.ingest import IngestOptions, IngestStats, iter_inputs

    stats = IngestStats()
    items = iter_inputs(list(inputs), ingest_options or IngestOptions(), stats)
    return run_stream(items, out_dir, config, inputs=inputs, strict=strict, progress=progress,
                      workers=workers, ingest_stats=stats.to_dict)


def _run_row(summary: RunSummary) -> dict[str, Any]:
    def dump(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)

    return {
        "run_id": summary.run_id,
        "started": summary.started,
        "finished": summary.finished,
        "inputs": list(summary.inputs),
        "config": dump(summary.config),
        "resources_fingerprint": summary.resources_fingerprint,
        "pipeline_fingerprint": summary.pipeline_fingerprint,
        "versions": dump(summary.versions),
        "counts": dump(summary.counts.to_dict()),
        "timings": dump({k: round(v, 4) for k, v in summary.timings.items()}),
        "schema_version": SCHEMA_VERSION,
        "warta_version": __version__,
    }


class _ProgressBar:
    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Callable[[int, int], None]:
        if not self.enabled:
            return lambda articles, rejects: None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]warta run[/]"),
            TextColumn("articles [green]{task.fields[articles]}[/]"),
            TextColumn("rejects [red]{task.fields[rejects]}[/]"),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("run", total=None, articles=0, rejects=0)
        last = [0.0]

        def update(articles: int, rejects: int) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.1:  # redraw at most ten times a second
                last[0] = now
                self._progress.update(self._task, articles=articles, rejects=rejects)

        return update

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _progress_bar(enabled: bool) -> _ProgressBar:
    return _ProgressBar(enabled)
