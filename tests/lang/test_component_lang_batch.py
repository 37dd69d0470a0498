"""``LangComponent.process_batch`` (the model over the sentences of many articles at once)
gives each article exactly what calling the component on it alone gives: tokens with tags,
lemmas, heads and relations, sentences, entities, dates and amounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from warta.doc import Document, Metadata, RawDocument, Span
from warta.lang.component import LangComponent
from warta.resources import Resources, load_resources

if TYPE_CHECKING:
    from spacy.language import Language

BODIES = [
    "Wali Kota Surabaya meresmikan jembatan baru di Kecamatan Rungkut, Selasa (4/6/2024).\n\n"
    "\"Jembatan ini dibangun dengan dana Rp12 miliar,\" katanya kepada wartawan.",
    "Badan Nasional Penanggulangan Bencana (BNPB) mencatat sedikitnya 27 warga mengungsi "
    "akibat banjir di Kabupaten Bandung. Hujan deras turun sejak kemarin.",
    "",
    "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Tokyo pekan lalu. Keduanya "
    "membahas kerja sama pertahanan dan investasi.\n\nPertemuan berlangsung dua jam.",
    "GEMPA MAGNITUDO 5,1 GUNCANG GARUT, RATUSAN RUMAH RUSAK",
]


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _doc(i: int, body: str) -> Document:
    raw = RawDocument(id=f"b{i}", source="test", locator=f"b{i}", format="text",
                      content=body)
    paras, start = [], 0
    for para in body.split("\n\n"):
        paras.append(Span(start, start + len(para)))
        start += len(para) + 2
    return Document(id=f"b{i}", raw=raw, body=body, paragraphs=tuple(paras),
                    metadata=Metadata(published="2024-06-05T10:00:00+07:00"),
                    provides=frozenset({"raw", "body"}))


def test_batch_equals_one_by_one_with_model(shipped_nlp: Language, res: Resources) -> None:
    lang = LangComponent(shipped_nlp)
    docs = [_doc(i, b) for i, b in enumerate(BODIES)]
    batch = lang.process_batch(docs, res)
    assert batch == [lang(d, res) for d in docs]
    assert any(t.upos and t.dep for t in batch[0].tokens)  # the model did run
    assert batch[2].tokens == ()


def test_batch_equals_one_by_one_without_model(blank_id_shared: Language,
                                               res: Resources) -> None:
    lang = LangComponent(blank_id_shared)
    docs = [_doc(i, b) for i, b in enumerate(BODIES)]
    assert lang.process_batch(docs, res) == [lang(d, res) for d in docs]
