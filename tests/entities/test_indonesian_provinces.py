"""Indonesia's provinces are places in the gazetteer (``places.yaml`` ``cities: IDN``):
found whole even when a shorter province is a prefix (``Papua Barat Daya``, not ``Papua
Barat``), typed LOC with code null as the gold guide wants, and a title before one stays
Indonesian. Sentences written for these tests."""

from __future__ import annotations

from warta.entities.component import extract_entities
from warta.resources import Resources


def test_new_provinces_are_found_whole(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Gubernur Papua Barat Daya Fulan Kambu meninjau pelabuhan di Sorong. "
                   "Banjir juga merendam dua distrik di Papua Pegunungan, sementara Papua "
                   "Barat mengirim bantuan logistik.", published="2025-03-12")
    ents = {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}
    assert ents["Papua Barat Daya"] == ("LOC", None, None)
    assert ents["Papua Pegunungan"] == ("LOC", None, None)
    assert ents["Papua Barat"] == ("LOC", None, None)
    assert ents["Fulan Kambu"] == ("PER", "IDN", "GOV")


def test_provinces_count_for_an_indonesian_story(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    # a bare title is no evidence of the article's country, a province is: Menteri stays IDN
    doc = make_doc("Menteri Fulan Saputra meresmikan bendungan di Jawa Tengah. Bendungan itu "
                   "mengairi sawah di Jawa Tengah dan Daerah Istimewa Yogyakarta. Sebelumnya "
                   "ia berkunjung ke Washington.", published="2025-03-12")
    ents = {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}
    assert ents["Fulan Saputra"] == ("PER", "IDN", "GOV")
    assert ents["Jawa Tengah"] == ("LOC", None, None)
    assert ents["Daerah Istimewa Yogyakarta"] == ("LOC", None, None)
