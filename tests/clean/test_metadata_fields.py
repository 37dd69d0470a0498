"""Bylines, datelines, wire detection and outlet recognition."""

from __future__ import annotations

import pytest

from warta.clean.metadata import (
    authors_from_hint,
    find_dateline,
    find_profile,
    find_wire,
    registrable_domain,
)
from warta.clean.rules import load_rules
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.mark.parametrize(
    ("value", "outlet", "authors", "agencies"),
    [
        ("Rita Wijaya -detikNews", "detik.com", ["Rita Wijaya"], []),
        ("Antara -detikTravel", "detik.com", [], ["Antara"]),
        ("Deutsche Welle (DW) -detikNews", "detik.com", [], ["Deutsche Welle"]),
        ("Budi Santoso , Dewi Lestari", "kompas.com", ["Budi Santoso"], []),
        ("Budi Santoso            \n\nEditor", "kompas.com", ["Budi Santoso"], []),
        ("Budi Santoso,\n\n   Dewi Lestari\n\nTim Redaksi", "kompas.com", ["Budi Santoso"], []),
        ("Ahmad Fauzi dan Lina Marlina", None, ["Ahmad Fauzi", "Lina Marlina"], []),
        ("Oleh: Ahmad Fauzi", None, ["Ahmad Fauzi"], []),
        ("Kontributor Demak, Aditya Prasetyo", "kompas.com", ["Aditya Prasetyo"], []),
        ("Kontributor Kabupaten Bandung Barat, Rina Wulan, Dewi Lestari", "kompas.com",
         ["Rina Wulan"], []),
        ("Koresponden Jenewa, Made Arta dan Sinta Dewi", None, ["Made Arta", "Sinta Dewi"], []),
        ("Wahyu Nugroho (Kontributor)", "tempo.co", ["Wahyu Nugroho"], []),
    ],
)
def test_authors_from_hint(resources: Resources, value: str, outlet: str | None,
                           authors: list[str], agencies: list[str]) -> None:
    rules = load_rules(resources)
    assert authors_from_hint(value, rules, rules.profile(outlet)) == (authors, agencies)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Caracas -\n\nPresiden menyatakan", "Caracas"),
        ("Jakarta\n-\nMenteri mengatakan", "Jakarta"),
        ("JAKARTA, KOMPAS.com - Menteri mengatakan", "Jakarta"),
        ("Liputan6.com, Tel Aviv -Militer menyatakan", "Tel Aviv"),
        ("Liputan6.com, JakartaHarga minyak turun", "Jakarta"),
        ("Liputan6.com, Washington, DC -Presiden", "Washington, DC"),
        ("REPUBLIKA.CO.ID, YOGYAKARTA -- Warga", "Yogyakarta"),
        ("TEMPO.CO,Jakarta- Polisi", "Jakarta"),
        ("LOS ANGELES - Ribuan warga", "Los Angeles"),
        ("JAKARTA– Lahir di Surakarta", "Jakarta"),
        ("Wamena (ANTARA News) - Pemerintah", "Wamena"),
        ("TRIBUNNEWS.COM – Ribuan warga", None),
        ("Suara.com - Pemerintah", None),
    ],
)
def test_dateline_prefix_and_place(resources: Resources, text: str, place: str | None) -> None:
    rules = load_rules(resources)
    found = find_dateline(text, 0, len(text), rules, None)
    assert found is not None
    end, got = found
    assert got == place
    assert text[end:][:1].isalpha()


def test_ordinary_first_sentence_is_not_a_dateline(resources: Resources) -> None:
    rules = load_rules(resources)
    assert find_dateline("Presiden Joko Widodo meresmikan jalan tol.", 0, 60, rules, None) is None
    assert find_dateline("KPK-Polri sepakat bekerja sama.", 0, 40, rules, None) is None


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("Seperti dilansir AFP, Rabu (2/3/2022), dukungan itu disampaikan.", ["AFP"]),
        ("kata dia, seperti dikutip Reuters.", ["Reuters"]),
        ("tambahnya seperti dikutipAl Jazeera.", ["Al Jazeera"]),
        ("dilansir kantor beritaAFP, Kamis.", ["AFP"]),
        ("dilansirAFPdanReuters, Rabu.", ["AFP", "Reuters"]),
        ("dikutip dari lamanTimes of Israel, Jumat.", ["Times of Israel"]),
        ("dikutip situs soal militer, Naval News. Ia", ["Naval News"]),
        ("data itu dilansir dari Bangkapos.com.", ["Bangkapos.com"]),
        ("Dikutip detikINET dari BBC, Kamis.", ["BBC"]),
        ("kata pejabat itu kepadaAFP.", ["AFP"]),
        ("Wartawan AFP melihat asap di kejauhan.", []),
        ("kata Putin kepada para wartawan asing, termasuk AFP.", []),
        ("dikutip dari Instagramnya, Selasa.", []),
        ("menurut laporan Human Rights Activists News Agency.", []),
    ],
)
def test_wire_needs_a_citation_cue(resources: Resources, text: str, wire: list[str]) -> None:
    assert find_wire(text, load_rules(resources), "detik.com") == wire


def test_wire_never_names_the_outlet_itself(resources: Resources) -> None:
    assert find_wire("seperti dikutip dari Kompas.com, Senin.", load_rules(resources), "kompas.com") == []


@pytest.mark.parametrize(
    ("url", "outlet_hint", "text", "outlet"),
    [
        ("https://news.detik.com/berita/d-1/x", None, "", "detik.com"),
        ("https://rejogja.republika.co.id/berita/x", None, "", "republika.co.id"),
        ("https://www.cnnindonesia.com/x", None, "", "cnnindonesia.com"),
        (None, "Okezone", "", "okezone.com"),
        (None, "money.kompas.com", "", "kompas.com"),
        (None, None, "Andi Wijaya - detikNews\nRabu, 1 Jan 2025 10:00 WIB", "detik.com"),
        (None, None, "Liputan6.com, Jakarta - Harga", "liputan6.com"),
        (None, None, "Teks tanpa tanda apa pun.", None),
    ],
)
def test_outlet_from_url_source_field_or_signature(resources: Resources, url: str | None,
                                                   outlet_hint: str | None, text: str,
                                                   outlet: str | None) -> None:
    assert find_profile(load_rules(resources), url, outlet_hint, text)[0] == outlet


def test_registrable_domain_drops_subdomains_and_www() -> None:
    assert registrable_domain("https://www.Kompas.com/read") == "kompas.com"
    assert registrable_domain("banjarmasin.tribunnews.com") == "tribunnews.com"
    assert registrable_domain("nasional.sindonews.com") == "sindonews.com"
    assert registrable_domain("not a host") is None
