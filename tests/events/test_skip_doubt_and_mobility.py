"""A doubted act is no event (``meragukan bahwa X akan menyerang``), and ``bermobilisasi``
(getting around, in transport news) is no military mobilisation; the mobilisation of
troops still codes."""

from __future__ import annotations

from warta.config import PipelineConfig
from warta.doc import Hints, RawDocument
from warta.pipeline import Pipeline
from warta.resources import Resources


def _events(res: Resources, text: str) -> list[tuple[str | None, str, str | None]]:
    pipeline = Pipeline.build(PipelineConfig())
    body = "Jakarta - " + text + "\n\nBerita ini ditulis untuk pengujian dengan kalimat buatan sendiri."
    raw = RawDocument(id="d1", source="test", locator="d1", format="text", content=body,
                      hints=Hints(published="2025-06-20", outlet="contoh.id"))
    doc = pipeline(raw, res)
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in doc.events]


def test_a_doubted_attack_is_no_event(res: Resources) -> None:
    assert _events(res, "Kepala badan nuklir PBB meragukan bahwa Israel akan menyerang "
                        "fasilitas nuklir Iran dalam waktu dekat.") == []
    # the same attack stated as a fact codes
    assert any(code.startswith("19") for _, code, _ in _events(
        res, "Israel menyerang fasilitas nuklir Iran pada Jumat dini hari."))


def test_getting_around_is_no_mobilisation(res: Resources) -> None:
    assert _events(res, "Operator MRT Jakarta memberi tarif murah agar warga mudah "
                        "bermobilisasi selama perayaan ulang tahun kota.") == []
    assert ("ISR", "154", None) in _events(
        res, "Israel memobilisasi puluhan ribu tentara cadangan menjelang operasi darat.")
