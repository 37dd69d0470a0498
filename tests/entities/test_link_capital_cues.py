"""A capital stands for its government when it acts: after ``menurut``/``kepada``/
``otoritas``, as the agent of a passive verb, or before an auxiliary such as ``dapat``; a
capital after a place word stays a place with no code."""

from __future__ import annotations

import pytest

from warta.entities.component import extract_entities
from warta.resources import Resources


def _code(doc, res, name):  # type: ignore[no-untyped-def]
    ents = {e.name: e for e in extract_entities(doc, res)}
    return ents[name].code, ents[name].sector


@pytest.mark.parametrize("body,name,code", [
    ("Menurut Moskow, pasukannya telah menguasai dua desa di timur Ukraina.", "Moskow", "RUS"),
    ("Doha telah menyampaikan kepada Washington, bahwa perundingan akan dilanjutkan.",
     "Washington", "USA"),
    ("Tuduhan pengayaan uranium itu dibantah Teheran dalam pernyataan resmi.", "Teheran", "IRN"),
    ("Jika sanksi diperluas, Beijing dapat membalas dengan tarif baru.", "Beijing", "CHN"),
    ("Otoritas Canberra memerintahkan staf kedutaan meninggalkan negara itu.", "Canberra",
     "AUS"),
])
def test_capital_acting_is_the_government(make_doc, res: Resources, body: str,  # type: ignore[no-untyped-def]
                                         name: str, code: str) -> None:
    assert _code(make_doc(body), res, name) == (code, "GOV")


def test_capital_as_a_place_has_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Ribuan warga mengungsi dari Teheran setelah ledakan di pinggiran kota.")
    assert _code(doc, res, "Teheran") == (None, None)


def test_country_acronym_inside_a_name_is_written_out(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kedutaan Besar AS di Jakarta menutup layanan visa selama dua hari.")
    names = {e.name for e in extract_entities(doc, res)}
    assert "Kedutaan Besar Amerika Serikat" in names


def test_leading_english_acronym_is_kept(res: Resources) -> None:
    from warta.entities.link import expand_countries
    from warta.entities.tables import entity_tables
    tables = entity_tables(res)
    assert expand_countries("US Trade Representative", tables) == "US Trade Representative"
    assert expand_countries("Angkatan Darat AS", tables) == "Angkatan Darat Amerika Serikat"


def test_europe_is_coded_only_when_it_acts(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    acting = make_doc("Para pejabat Eropa berupaya menghidupkan kembali perundingan nuklir.")
    place = make_doc("Ribuan turis melakukan perjalanan dari Asia ke Eropa setiap musim panas.")
    assert _code(acting, res, "Eropa") == ("EUR", None)
    assert _code(place, res, "Eropa") == (None, None)


def test_the_west_is_always_the_bloc(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Moskow menuding kampanye disinformasi Barat.")
    assert _code(doc, res, "Barat") == ("WST", None)
