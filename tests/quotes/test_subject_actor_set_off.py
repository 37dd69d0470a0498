"""A state or an organisation as the subject of a speech verb, set off from it by a relative
clause (``Namun China, yang …, mengatakan bahwa …``), speaks: the parse gives it when word
order names no speaker in the sentence, instead of a speaker carried over from the sentence
before. An organisation inside a description of a person (``Mantan Direktur Bank Dunia
tersebut menambahkan``) is not the speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.pipeline import Pipeline
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def run() -> object:
    res: Resources = load_resources()
    pipeline = Pipeline.build(PipelineConfig())

    def go(body: str) -> Document:
        raw = RawDocument(id="q", source="test", locator="q", format="text", content=body)
        return pipeline(raw, res)
    return go


def test_a_state_set_off_by_a_relative_clause_speaks(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Pemerintah Bangladesh meminta Myanmar segera memulangkan para pengungsi "
              "Rohingya. Namun China, yang selama ini menjadi mitra dagang terbesar Myanmar, "
              "mengatakan bahwa mereka mendukung dialog kedua negara.")
    quotes = [(q.speaker_name, q.speaker_code) for q in doc.quotes if q.kind == "indirect"]
    assert quotes == [("China", "CHN")]


def test_a_person_set_off_by_a_relative_clause_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Fulan Wirawan, yang memimpin bank itu sejak 2020, mengatakan bahwa aturan baru "
              "tersebut berlaku mulai bulan depan.")
    quotes = [q.speaker_name for q in doc.quotes if q.kind == "indirect"]
    assert quotes == ["Fulan Wirawan"]


def test_an_organisation_describing_a_person_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Menteri Keuangan Fulana Wati memaparkan proyeksi ekonomi kuartal kedua di "
              "Jakarta. Mantan Direktur Pelaksana Bank Dunia tersebut menambahkan, pemerintah "
              "terus mengantisipasi dampak perlambatan ekonomi global.")
    speakers = [q.speaker_name for q in doc.quotes if q.kind == "indirect"]
    assert "Bank Dunia" not in speakers
