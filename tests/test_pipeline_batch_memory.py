"""A failure in ``Pipeline.run_batch`` must not keep its batch alive: the error it returns
carries no traceback (whose frames held the batch's documents in a reference cycle), and a
run raises the garbage collector's young threshold only while it lasts."""

from __future__ import annotations

import dataclasses
import gc

import pytest

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.errors import ComponentFailed, DocumentSkipped
from warta.pipeline import Failure, Pipeline
from warta.resources import Resources
from warta.runner import GC_YOUNG_THRESHOLD, fewer_collections


class Judge:
    """Skips a text without a full stop, crashes on ``rusak``, wraps one error in another."""

    name = "judge"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"body"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        text = doc.raw.content
        if "rusak" in text:
            raise ValueError("berkas rusak")
        if "." not in text:
            try:
                int(text)
            except ValueError as exc:
                raise DocumentSkipped("E299", "bukan berita") from exc
        return dataclasses.replace(doc, body=text)


TEXTS = ["Banjir melanda Bekasi sejak pagi.", "judul saja", "rusak", "Harga beras naik."]


def _raws() -> list[RawDocument]:
    return [RawDocument(id=f"k{i}", source="uji", locator=f"k{i}", format="text", content=t)
            for i, t in enumerate(TEXTS)]


def _chain(exc: BaseException | None) -> list[BaseException]:
    out = []
    while exc is not None:
        out.append(exc)
        exc = exc.__cause__ or exc.__context__
    return out


@pytest.fixture()
def res() -> Resources:
    return Resources(files={}, fingerprint="uji")


def test_failures_carry_no_traceback_but_keep_their_reason(res: Resources) -> None:
    out = Pipeline((Judge(),), PipelineConfig(components=())).run_batch(_raws(), res)
    failures = {o.raw.id: o.error for o in out if isinstance(o, Failure)}
    assert set(failures) == {"k1", "k2"}
    assert isinstance(failures["k1"], DocumentSkipped) and failures["k1"].reason == "bukan berita"
    assert isinstance(failures["k2"], ComponentFailed)
    assert "ValueError: berkas rusak" in failures["k2"].message
    for err in failures.values():
        chain = _chain(err)
        assert len(chain) == 2  # the skip and the int() error under it; the crash and its cause
        assert all(e.__traceback__ is None for e in chain)


def _documents() -> int:
    return sum(isinstance(o, Document) for o in gc.get_objects())


def test_a_failed_batch_is_freed_without_the_collector(res: Resources) -> None:
    pipeline = Pipeline((Judge(),), PipelineConfig(components=()))
    gc.collect()
    gc.disable()
    try:
        before = _documents()
        out = pipeline.run_batch(_raws(), res)
        assert sum(isinstance(o, Document) for o in out) == 2
        del out
        assert _documents() == before
    finally:
        gc.enable()


def test_fewer_collections_raises_the_young_threshold_for_the_block_only() -> None:
    old = gc.get_threshold()
    try:
        gc.set_threshold(700, old[1], old[2])
        with fewer_collections():
            assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, old[1], old[2])
        assert gc.get_threshold() == (700, old[1], old[2])
        gc.set_threshold(GC_YOUNG_THRESHOLD * 2, old[1], old[2])
        with fewer_collections():  # never lowered
            assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD * 2
    finally:
        gc.set_threshold(*old)
