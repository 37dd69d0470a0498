"""``Pipeline.run_batch`` gives, document by document, what ``Pipeline.__call__`` gives:
the same documents, and as failures the same errors from the same stage, whether or not a
component offers ``process_batch`` and whether or not that batch call raises."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument, Reject
from warta.errors import ComponentFailed, DocumentSkipped
from warta.pipeline import BatchComponent, Failure, Pipeline
from warta.resources import Resources
from warta.runner import DocumentProcessor


class Body:
    """Per document only; skips empty inputs and crashes on ``boom``."""

    name = "body"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"body"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        if not doc.raw.content.strip():
            raise DocumentSkipped("E299", "empty")
        if doc.raw.content == "boom":
            raise ValueError("kaboom")
        return dataclasses.replace(doc, body=doc.raw.content.strip())


class Shout:
    """Batch-capable; ``calls`` records how it was called."""

    name = "shout"
    version = "1"
    requires = frozenset({"body"})
    provides = frozenset({"title"})

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, doc: Document, resources: Resources) -> Document:
        self.calls.append(1)
        if "gagal" in doc.body:
            raise ValueError("tidak bisa")
        return dataclasses.replace(doc, body=doc.body.upper())

    def process_batch(self, docs: Sequence[Document], resources: Resources) -> list[Document]:
        self.calls.append(len(docs))
        return [self._one(d) for d in docs]

    def _one(self, doc: Document) -> Document:
        if "gagal" in doc.body:
            raise ValueError("tidak bisa")
        return dataclasses.replace(doc, body=doc.body.upper())


TEXTS = ["Presiden tiba di Jakarta.", "   ", "boom", "Menteri rapat gagal total.",
         "Gempa mengguncang Cianjur."]


def _raws(texts: Sequence[str]) -> list[RawDocument]:
    return [RawDocument(id=f"d{i}", source="test", locator=f"d{i}", format="text",
                        content=t) for i, t in enumerate(texts)]


def _single(pipeline: Pipeline, raw: RawDocument, res: Resources,
            ) -> Document | tuple[type, str | None]:
    try:
        return pipeline(raw, res)
    except (ComponentFailed, DocumentSkipped) as exc:
        return type(exc), getattr(exc, "code", None)


def _as_single(outcome: Document | Failure) -> Document | tuple[type, str | None]:
    if isinstance(outcome, Document):
        return outcome
    return type(outcome.error), getattr(outcome.error, "code", None)


@pytest.fixture()
def res() -> Resources:
    return Resources(files={}, fingerprint="test")


def test_batch_component_protocol() -> None:
    assert isinstance(Shout(), BatchComponent)
    assert not isinstance(Body(), BatchComponent)


@pytest.mark.parametrize("texts", [TEXTS[:1], [TEXTS[0], TEXTS[4]], TEXTS, []])
def test_run_batch_equals_one_by_one(texts: list[str], res: Resources) -> None:
    pipeline = Pipeline((Body(), Shout()), PipelineConfig(components=()))
    raws = _raws(texts)
    batch = pipeline.run_batch(raws, res)
    assert len(batch) == len(raws)
    assert [_as_single(o) for o in batch] == [_single(pipeline, r, res) for r in raws]


def test_failures_name_the_stage(res: Resources) -> None:
    pipeline = Pipeline((Body(), Shout()), PipelineConfig(components=()))
    out = pipeline.run_batch(_raws(TEXTS), res)
    stages = {o.raw.id: (o.stage, type(o.error).__name__) for o in out
              if isinstance(o, Failure)}
    assert stages == {"d1": ("body", "DocumentSkipped"), "d2": ("body", "ComponentFailed"),
                      "d3": ("shout", "ComponentFailed")}
    ok = [o for o in out if isinstance(o, Document)]
    assert [o.body for o in ok] == ["PRESIDEN TIBA DI JAKARTA.", "GEMPA MENGGUNCANG CIANJUR."]
    assert all(o.versions == (("body", "1"), ("shout", "1")) for o in ok)


def test_a_failing_batch_falls_back_to_one_by_one(res: Resources) -> None:
    shout = Shout()
    pipeline = Pipeline((Body(), shout), PipelineConfig(components=()))
    pipeline.run_batch(_raws([TEXTS[0], TEXTS[3], TEXTS[4]]), res)
    assert shout.calls == [3, 1, 1, 1]  # the batch raised, then each document alone


def test_processor_batch_equals_processor_calls(res: Resources) -> None:
    pipeline = Pipeline((Body(), Shout()), PipelineConfig(components=()))
    items: list[RawDocument | Reject] = [*_raws(TEXTS)]
    items.insert(2, Reject(id="r", source="test", locator="r", stage="ingest", code="E101",
                           reason="rusak"))
    one = DocumentProcessor(pipeline, res)
    many = DocumentProcessor(pipeline, res)
    assert many.batch(items) == [one(item) for item in items]
