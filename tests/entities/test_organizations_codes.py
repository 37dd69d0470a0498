"""Organisation data (``actors/organizations/*.yaml``) as the entity layer reads it.

Classes found in the raw corpora: names with commas cut into stray aliases (``Media`` coded
as the Indonesian presidency), international sports bodies with no entry (``FIFA`` taking a
state's code), companies whose name holds a country word read as that state (``Air France``
→ France), and outlets read as institutions (``US News`` → the US Navy's ``USS`` head)."""

from __future__ import annotations

import pytest

from warta.actors.lookup import lookup
from warta.entities.component import extract_entities
from warta.resources import Resources


def _entities(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}


@pytest.mark.parametrize("fragment", ["Media", "Keilmuan", "Biro Pers", "dan Informasi Sekretariat Presiden"])
def test_a_name_with_commas_leaves_no_stray_alias(res: Resources, fragment: str) -> None:
    match = lookup(fragment, "2025-01-15", res)
    assert match is None or match.name not in {"Sekretariat Presiden", "UNESCO"}


@pytest.mark.parametrize(("name", "canonical", "code"), [
    ("Biro Pers, Media, dan Informasi Sekretariat Presiden", "Sekretariat Presiden", "IDN"),
    ("Organisasi Pendidikan, Keilmuan, dan Kebudayaan PBB", "UNESCO", "UNO"),
])
def test_a_name_with_commas_resolves_whole(res: Resources, name: str, canonical: str, code: str) -> None:
    match = lookup(name, "2025-01-15", res)
    assert match is not None and (match.name, match.code) == (canonical, code)


def test_a_plain_word_media_is_no_actor(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Media Korea Selatan melaporkan bahwa pabrik itu ditutup sementara.")
    assert _entities(doc, res).get("Media", (None, None, None))[1] is None


@pytest.mark.parametrize(("name", "canonical"), [
    ("FIFA", "FIFA"), ("IOC", "Komite Olimpiade Internasional"), ("AFC", "Konfederasi Sepak Bola Asia"),
    ("UEFA", "UEFA"), ("BWF", "Federasi Bulu Tangkis Dunia"),
])
def test_international_sports_bodies_are_ngos_without_a_country(res: Resources, name: str,
                                                               canonical: str) -> None:
    match = lookup(name, "2025-01-15", res)
    assert match is not None and (match.name, match.code, match.sector) == (canonical, "NGO", None)


def test_fifa_in_an_article_about_two_states_keeps_ngo(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("FIFA menjatuhkan denda kepada federasi sepak bola Meksiko setelah laga melawan "
                   "Amerika Serikat di Dallas. Amerika Serikat menyambut keputusan FIFA itu.")
    assert _entities(doc, res)["FIFA"] == ("ORG", "NGO", None)


def test_national_federation_is_an_indonesian_ngo(res: Resources) -> None:
    match = lookup("PSSI", "2025-01-15", res)
    assert match is not None and (match.code, match.sector) == ("IDN", "NGO")


@pytest.mark.parametrize("name", ["Tim Nasional Indonesia", "Timnas Indonesia"])
def test_the_national_team_is_no_state_organ(res: Resources, name: str) -> None:
    match = lookup(name, "2025-01-15", res)
    assert match is not None and match.code is None


@pytest.mark.parametrize(("body", "company", "not_state"), [
    ("Maskapai Air France membatalkan 40 penerbangan karena mogok pilot, Senin (3/3/2025).",
     "Air France", "Prancis"),
    ("Saudi Aramco menaikkan harga minyak untuk pembeli di Asia mulai bulan depan.",
     "Saudi Aramco", "Arab Saudi"),
    ("Bank of America memperkirakan harga emas naik hingga akhir tahun.",
     "Bank of America", "Amerika Serikat"),
])
def test_a_company_named_after_a_country_is_not_the_state(make_doc, res: Resources, body: str,  # type: ignore[no-untyped-def]
                                                          company: str, not_state: str) -> None:
    found = _entities(make_doc(body), res)
    assert found[company][0] == "ORG"
    assert not_state not in found


def test_state_companies_take_their_state_with_sector_bus(res: Resources) -> None:
    match = lookup("Saudi Aramco", "2025-01-15", res)
    assert match is not None and (match.code, match.sector) == ("SAU", "BUS")


def test_an_outlet_whose_name_starts_like_a_ship_prefix_is_media(res: Resources) -> None:
    match = lookup("US News", "2025-01-15", res)
    assert match is not None and match.code is None


@pytest.mark.parametrize(("name", "code", "sector"), [
    ("The Fed", "USA", "GOV"), ("Bank Sentral Eropa", "EU", None), ("OECD", "OECD", None),
])
def test_central_banks_and_economic_bodies(res: Resources, name: str, code: str, sector: str | None) -> None:
    match = lookup(name, "2025-01-15", res)
    assert match is not None and (match.code, match.sector) == (code, sector)


@pytest.mark.parametrize(("name", "code", "sector"), [
    ("Kepolisian New York", "USA", "COP"),
    ("Departemen Kepolisian Los Angeles", "USA", "COP"),
    ("Greenpeace Indonesia", "IDN", "NGO"),
    ("WWF", "NGO", None),
])
def test_foreign_city_police_and_national_branches_of_ngos(res: Resources, name: str, code: str,
                                                          sector: str | None) -> None:
    match = lookup(name, "2025-01-15", res)
    assert match is not None and (match.code, match.sector) == (code, sector)


def test_a_name_starting_like_a_short_mixed_case_alias_is_not_cut(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    # a short alias written in mixed case (BoE) folds like any word and would be cut off the
    # front of a glued word (Boedi = Boe + di): central banks are listed by full names only
    doc = make_doc("Kapolres AKBP Fulan Boedi Santoso mengatakan pelaku sudah ditahan.")
    assert all(e.code != "GBR" for e in extract_entities(doc, res))
    assert lookup("Boe", "2025-01-15", res) is None
