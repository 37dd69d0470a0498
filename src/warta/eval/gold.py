"""Read gold files, run the pipeline on their inputs, and score every article.

A gold file is JSON Lines (``.jsonl``, one gold object per line) or a single JSON object
(``.json``, like ``shared/seed/seed.gold.json``; a JSON list of objects is accepted too).
Each object is ``{"id", "input", "expected", …}`` as in ``shared/gold/GUIDE.md``. The input
becomes a RawDocument with ``warta.ingest.gold.raw_from_gold_input`` (paths relative to the
gold file's folder), so evaluation sees exactly what a user's run would. The pipeline is
built once and its resources loaded once; an input that ingest or the pipeline rejects is
scored as an empty output and listed in ``rejected``.

``document_to_expected`` turns a Document into the ``expected`` shape of the guide; it is
what ``warta export --format gold`` writes and what the scorers compare with the gold.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.errors import DocumentSkipped, EvalError, WartaError
from warta.eval.aliases import alias_groups
from warta.eval.body import raw_input_text
from warta.eval.score import LAYERS, aggregate, empty_expected, score_article
from warta.resources import Resources

ALIASES_FILE = "eval/aliases.yaml"


@dataclass(frozen=True)
class GoldItem:
    """One gold article: where it came from and what is expected of it."""

    id: str
    input: Mapping[str, Any]
    expected: Mapping[str, Any]
    path: str  # the gold file, as given
    line: int  # 1-based line in a .jsonl file; 0 for a .json file

    @property
    def base_dir(self) -> Path:
        return Path(self.path).parent


@dataclass(frozen=True)
class GoldFile:
    path: str
    sha256: str
    items: tuple[GoldItem, ...]


def _item(obj: Any, path: str, line: int) -> GoldItem:
    where = f"{path}:{line}" if line else path
    if not isinstance(obj, Mapping):
        raise EvalError(f"{where}: a gold item must be a JSON object")
    missing = [k for k in ("id", "input", "expected") if k not in obj]
    if missing:
        raise EvalError(f"{where}: gold item lacks {', '.join(missing)}")
    if not isinstance(obj["input"], Mapping) or not isinstance(obj["expected"], Mapping):
        raise EvalError(f"{where}: 'input' and 'expected' must be objects")
    return GoldItem(str(obj["id"]), obj["input"], obj["expected"], path, line)


def read_gold(path: str | Path) -> GoldFile:
    """Parse one gold file (``.json`` or ``.jsonl``); raises ``EvalError`` on bad input."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise EvalError(f"cannot read gold file {p}: {exc}") from exc
    text = data.decode("utf-8-sig")
    items: list[GoldItem] = []
    try:
        if p.suffix.lower() == ".json":
            obj = json.loads(text)
            for o in obj if isinstance(obj, list) else [obj]:
                items.append(_item(o, str(p), 0))
        else:
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    items.append(_item(json.loads(line), str(p), n))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{p}: not valid JSON: {exc}") from exc
    return GoldFile(str(p), hashlib.sha256(data).hexdigest(), tuple(items))


def document_to_expected(doc: Document) -> dict[str, Any]:
    """The ``expected`` shape of the gold guide for one Document. Only the layers the
    pipeline produced (``doc.provides``) are present."""
    md = doc.metadata
    out: dict[str, Any] = {}
    if "metadata" in doc.provides:
        out["metadata"] = {"outlet": md.outlet, "title": md.title, "published": md.published,
                           "authors": list(md.authors), "dateline": md.dateline,
                           "wire": list(md.wire)}
    if "body" in doc.provides:
        out["body"] = doc.body
    if "entities" in doc.provides:
        out["entities"] = [{"name": e.name, "type": e.type, "code": e.code, "sector": e.sector}
                           for e in doc.entities]
    if "quotes" in doc.provides:
        out["quotes"] = [{"text": q.text, "speaker": q.speaker_name, "kind": q.kind,
                          "cue": q.cue} for q in doc.quotes]
    if "events" in doc.provides:
        out["events"] = [{
            "source": {"code": e.source.code, "sector": e.source.sector, "name": e.source.name},
            "target": ({"code": e.target.code, "sector": e.target.sector, "name": e.target.name}
                       if e.target is not None else None),
            "plover": e.plover, "cameo": e.cameo, "status": e.status, "date": e.date,
            "evidence": doc.body[e.evidence.start:e.evidence.end],
        } for e in doc.events]
    return out


Process = Callable[[RawDocument], Document]


@dataclass(frozen=True)
class Processor:
    """The pipeline, built once, with its resources: what scoring runs each input through.
    ``provides`` is the union of the components' layers (what can be evaluated)."""

    process: Process
    provides: frozenset[str]
    alias_groups: Mapping[str, int] = field(default_factory=dict)


def build_processor(config: PipelineConfig | None = None,
                    resources: Resources | None = None) -> Processor:
    from warta.pipeline import Pipeline
    from warta.resources import load_resources

    pipeline = Pipeline.build(config or PipelineConfig())
    res = resources if resources is not None else load_resources()
    provides = frozenset().union(*(c.provides for c in pipeline.components))
    groups = alias_groups((res.files.get(ALIASES_FILE) or {}).get("groups", []))
    return Processor(lambda raw: pipeline(raw, res), provides, groups)


@dataclass(frozen=True)
class Outcome:
    """One gold article after the pipeline: its prediction in the ``expected`` shape."""

    item: GoldItem
    predicted: Mapping[str, Any]
    raw_text: str | None
    rejected: Mapping[str, str] | None


def predict(item: GoldItem, processor: Processor) -> Outcome:
    from warta.ingest.gold import raw_from_gold_input

    try:
        raw = raw_from_gold_input(item.input, item.base_dir, item.id)
    except (WartaError, OSError) as exc:
        return Outcome(item, empty_expected(), None, _reject("ingest", exc))
    raw_text = raw_input_text(raw)
    try:
        doc = processor.process(raw)
    except (WartaError, DocumentSkipped) as exc:
        return Outcome(item, empty_expected(), raw_text, _reject("pipeline", exc))
    return Outcome(item, document_to_expected(doc), raw_text, None)


def _reject(stage: str, exc: BaseException) -> dict[str, str]:
    code = getattr(exc, "code", None) or type(exc).__name__
    reason = getattr(exc, "message", None) or getattr(exc, "reason", None) or str(exc)
    return {"stage": stage, "code": str(code), "reason": str(reason)}


@dataclass(frozen=True)
class EvalRun:
    """Scored articles of one or more gold files; ``report`` aggregates any subset."""

    files: tuple[GoldFile, ...]
    articles: tuple[dict[str, Any], ...]
    layers: frozenset[str]

    def report(self, keep: Callable[[Mapping[str, Any]], bool] | None = None) -> dict[str, Any]:
        """The stable ``warta eval --json`` document, over the articles ``keep`` accepts."""
        articles = [a for a in self.articles if keep is None or keep(a)]
        return {
            "layers": aggregate(articles, self.layers),
            "articles": articles,
            "rejected": [{"id": a["id"], **a["rejected"]} for a in articles if a["rejected"]],
            "gold": [{"path": f.path, "sha256": f.sha256, "articles": len(f.items)}
                     for f in self.files],
        }


def evaluate_files(paths: Iterable[str | Path], processor: Processor) -> EvalRun:
    """Read every gold file, run each article through ``processor`` and score it."""
    files = tuple(read_gold(p) for p in paths)
    articles: list[dict[str, Any]] = []
    for gold_file in files:
        for item in gold_file.items:
            outcome = predict(item, processor)
            articles.append(score_article(
                outcome.item, outcome.predicted, outcome.raw_text, outcome.rejected,
                processor.provides, processor.alias_groups))
    return EvalRun(files, tuple(articles), processor.provides & frozenset(LAYERS))


def evaluate_paths(paths: Sequence[str | Path],
                   config: PipelineConfig | None = None) -> EvalRun:
    """Convenience: build the default (or configured) pipeline and evaluate the files."""
    return evaluate_files(paths, build_processor(config))
