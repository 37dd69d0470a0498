"""CLI test helpers: a store built through ``warta run`` with a fake clean stage, so the CLI
tests exercise the commands, not the cleaning rules. Texts are our own."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from warta.config import PipelineConfig
from warta.doc import Document, Metadata, Span
from warta.errors import NotAnArticle
from warta.pipeline import Pipeline
from warta.resources import Resources

TEXTS = {
    "gempa.txt": (
        "Gempa berkekuatan 5,2 mengguncang pesisir selatan Pulau Kenari pada Minggu dini "
        "hari dan membuat warga berhamburan keluar rumah.\n\n"
        "Badan meteorologi setempat menyatakan gempa tidak berpotensi tsunami, namun "
        "warga diminta menjauhi bangunan yang retak."
    ),
    "panen.txt": (
        "Petani di Desa Sukadamai memulai panen raya padi lebih awal tahun ini karena "
        "musim hujan datang tepat waktu.\n\n"
        "Kepala desa memperkirakan hasil panen naik sekitar sepuluh persen dibanding "
        "tahun lalu berkat perbaikan saluran irigasi."
    ),
    "kosong.txt": "Singkat.",
}


class FakeClean:
    name = "fakeclean"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"source_text", "body", "paragraphs", "metadata"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        text = doc.raw.content.strip()
        if len(text) < 40:
            raise NotAnArticle(f"only {len(text)} characters")
        first = text.split("\n\n")[0]
        return dataclasses.replace(
            doc, source_text=doc.raw.content, body=text,
            paragraphs=(Span(0, len(first)), Span(len(first) + 2, len(text))),
            metadata=Metadata(outlet="contoh.id", title=Path(doc.raw.source).stem,
                              published="2024-06-02", published_granularity="day"),
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )


@pytest.fixture
def fake_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    """``warta run`` uses FakeClean and empty resources."""
    pipe = Pipeline((FakeClean(),), PipelineConfig(components=("fakeclean",)))
    monkeypatch.setattr("warta.runner.Pipeline.build", lambda config: pipe)
    monkeypatch.setattr("warta.runner.load_resources",
                        lambda root=None: Resources(files={}, fingerprint="cli-test"))


def write_inputs(folder: Path, names: tuple[str, ...] = tuple(TEXTS)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(TEXTS[name], encoding="utf-8")
    return folder
