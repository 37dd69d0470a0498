"""What the guide does not count as an entity: capitalised common words, offices after a
title, laws, one-off names the tagger alone proposed, buildings read as their metonym."""

from __future__ import annotations

from ner_spans import ner as _ner

from warta.entities.component import extract_entities
from warta.resources import Resources


def _names(make_doc, res, body, *spans):  # type: ignore[no-untyped-def]
    doc = make_doc(body, "2025-03-10", _ner(body, *spans))
    return {e.name: e for e in extract_entities(doc, res)}


def test_capitalised_common_words_are_no_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Energi terbarukan makin murah. Harga energi turun tahun ini."
    assert "Energi" not in _names(make_doc, res, body, ("Energi", "PER"))


def test_office_words_after_a_title_are_no_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Kepala Pusat Penerangan menyampaikan jadwal latihan. Menteri ESDM meninjau "
            "tambang. Informasi dari pusat diteruskan ke daerah.")
    got = _names(make_doc, res, body)
    assert not {"Pusat Penerangan", "ESDM"} & set(got)


def test_title_inside_a_law_name_introduces_no_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Aturan itu mengacu pada Peraturan Menteri Perhubungan Nomor 12 Tahun 2019 "
            "tentang Keselamatan Pelayaran.")
    got = _names(make_doc, res, body)
    assert not [e for e in got.values() if e.type == "PER"]


def test_one_word_person_seen_once_is_left_out(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Kapal bantuan bernama Pelangi berlayar dari Makassar."
    assert "Pelangi" not in _names(make_doc, res, body, ("Pelangi", "PER"), ("Makassar", "LOC"))


def test_one_word_person_after_a_speech_verb_is_kept(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = '"Kami siap membantu," kata Wiraguna di lokasi.'
    assert "Wiraguna" in _names(make_doc, res, body, ("Wiraguna", "PER"))


def test_uncited_organisation_seen_once_is_left_out(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Produk Sinar Lestari laris di pasar malam. Pembeli datang dari jauh."
    assert "Sinar Lestari" not in _names(make_doc, res, body, ("Sinar Lestari", "ORG"))


def test_cited_medium_seen_once_is_kept(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Hal itu disampaikan pejabat tersebut, dilansir Kabar Timur, Senin."
    assert "Kabar Timur" in _names(make_doc, res, body, ("Kabar Timur", "ORG"))


def test_building_named_after_a_metonym_is_a_place(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Kedua pemimpin bertemu di Istana Bogorejo pada Kamis."
    got = _names(make_doc, res, body)
    assert "Istana" not in got and "Bogorejo" not in got
    assert got["Istana Bogorejo"].type == "LOC"


def test_glued_verb_is_cut_from_a_known_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Sebanyak dua warga Israeldilaporkan terluka dalam serangan itu."
    got = _names(make_doc, res, body)
    assert "Israel" in got and not any("dilaporkan" in n for n in got)


def test_country_rank_tail_is_not_an_entity(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Upacara dipimpin Mayjen TNI Haryo Kusumo di lapangan."
    got = _names(make_doc, res, body, ("Haryo Kusumo", "PER"))
    assert "Tentara Nasional Indonesia" not in got and "TNI" not in got


def test_contested_region_is_a_place(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Pasukan bergerak ke wilayah Donbas dan Krimea."
    got = _names(make_doc, res, body)
    assert got["Donbass"].type == "LOC" and got["Krimea"].type == "LOC"
    assert got["Krimea"].code is None
