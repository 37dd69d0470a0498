"""``warta.events.focus.wants_parse``: the sentences whose parse the events layer reads.
It must let through every sentence a trigger can fire in (the default pipeline parses only
those), so the events of a pipeline that parses what is needed equal those of one that
parses everything."""

from __future__ import annotations

import pytest

from warta.config import LangConfig, PipelineConfig
from warta.doc import Hints, RawDocument
from warta.events.focus import wants_parse
from warta.pipeline import Pipeline
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _words(sentence: str) -> list[str]:
    return [w.strip(".,\"'()").lower() for w in sentence.split()]


@pytest.mark.parametrize("sentence", [
    "Menteri itu mengecam keras tindakan aparat.",
    "Kedua kelompok saling serang di perbatasan.",
    "Polisi menangkap dua tersangka di Medan.",
    "Serangan udara menghantam gudang logistik.",
    "Pemerintah menjatuhkan sanksi kepada perusahaan tambang itu.",
    "Warga berunjuk rasa di depan gedung DPRD.",
    # a name glued to its verb by the scraper: the events layer cuts it at the name's edge
    "Perdana Menteri Israel Benjamin NetanyahumengecamIran pada Senin pagi.",
])
def test_sentences_with_a_trigger_are_wanted(res: Resources, sentence: str) -> None:
    assert wants_parse(_words(sentence), res)


@pytest.mark.parametrize("sentence", [
    "Cuaca di pesisir selatan cerah sepanjang hari.",
    "Buku itu bercerita tentang masa kecil penulisnya.",  # 'tentang' is no 'menentang'
    "Harga cabai rawit naik dua ribu rupiah per kilogram.",
])
def test_sentences_without_a_trigger_are_not(res: Resources, sentence: str) -> None:
    assert not wants_parse(_words(sentence), res)


BODIES = [
    "Jakarta - Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Tokyo, Senin "
    "(3/3/2025). Keduanya membahas kerja sama pertahanan.\n\nHarga beras di pasar induk "
    "turun sedikit pekan ini.",
    "Jakarta - Menteri Luar Negeri Sugiono mengecam serangan Israel ke Jalur Gaza. \"Dunia "
    "tidak boleh diam,\" kata Sugiono kepada wartawan.\n\nCuaca cerah sepanjang hari.",
    "Surabaya - Ratusan buruh berunjuk rasa di depan kantor gubernur menuntut kenaikan upah. "
    "Polisi menahan tiga orang.\n\nMenurut Kapolda, situasi kembali kondusif pada sore hari.",
    "Medan - KPK menetapkan Bupati Langkat sebagai tersangka kasus suap. Ia membantah "
    "tuduhan itu.\n\nSidang akan digelar bulan depan.",
    "Yerusalem - Perdana Menteri Israel Benjamin NetanyahumengecamIran pada Senin pagi.\n\n"
    "Cuaca di kota itu cerah sepanjang hari dan jalanan ramai.",
]


def test_events_and_quotes_equal_with_and_without_focus(res: Resources) -> None:
    needed = Pipeline.build(PipelineConfig())
    everything = Pipeline.build(PipelineConfig(lang=LangConfig(parse="all")))
    raws = [RawDocument(id=f"f{i}", source="test", locator=str(i), format="text", content=b,
                        hints=Hints(published="2025-03-04", outlet="contoh.id"))
            for i, b in enumerate(BODIES)]
    for raw in raws:
        a, b = needed(raw, res), everything(raw, res)
        assert a.events == b.events
        assert a.quotes == b.quotes
        assert a.entities == b.entities
    assert any(needed(r, res).events for r in raws)  # the bodies do hold events
