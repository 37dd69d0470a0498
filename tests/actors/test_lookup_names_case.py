"""Acronyms, case sensitivity, spelling variants, metonyms and institution names."""

from __future__ import annotations

import pytest

from warta.actors import lookup
from warta.resources import Resources


@pytest.mark.parametrize(("name", "code", "sector", "rule"), [
    ("AS", "USA", None, "country"),
    ("Amerika Serikat", "USA", None, "country"),
    ("Negeri Paman Sam", "USA", None, "country"),
    ("RRT", "CHN", None, "country"),
    ("Cina", "CHN", None, "country"),
    ("Korut", "PRK", None, "country"),
    ("Korsel", "KOR", None, "country"),
    ("Britania Raya", "GBR", None, "country"),
    ("Palestina", "PSE", None, "country"),
    ("UEA", "ARE", None, "country"),
    ("Kremlin", "RUS", "GOV", "metonym"),
    ("Gedung Putih", "USA", "GOV", "metonym"),
    ("Pentagon", "USA", "MIL", "metonym"),
    ("Istana Kepresidenan", "IDN", "GOV", "metonym"),
    ("Kiev", "UKR", "GOV", "capital"),
    ("Kyiv", "UKR", "GOV", "capital"),
    ("Moskow", "RUS", "GOV", "capital"),
    ("Teheran", "IRN", "GOV", "capital"),
    ("Barat", "WST", None, "region"),
    ("Eropa", "EUR", None, "region"),
    ("PBB", "UNO", None, "organization"),
    ("Dewan Keamanan PBB", "UNO", None, "organization"),
    ("UNHCR", "UNO", None, "organization"),
    ("UE", "EU", None, "organization"),
    ("OKI", "OIC", None, "organization"),
    ("Bank Dunia", "WBK", None, "organization"),
    ("Hizbullah", "HEZBOLLAH", None, "organization"),
    ("KKB", "OPM", None, "organization"),
    ("KPK", "IDN", "JUD", "organization"),
    ("Kejagung", "IDN", "JUD", "organization"),
    ("MK", "IDN", "JUD", "organization"),
    ("DPR", "IDN", "LEG", "organization"),
    ("Densus 88", "IDN", "COP", "organization"),
    ("Kopassus", "IDN", "MIL", "organization"),
    ("PDIP", "IDN", "PTY", "organization"),
    ("PAN", "IDN", "PTY", "organization"),
    ("Muhammadiyah", "IDN", "REL", "organization"),
    ("KSPI", "IDN", "LAB", "organization"),
    ("IDF", "ISR", "MIL", "organization"),
    ("Knesset", "ISR", "LEG", "organization"),
    ("Kementerian Pertahanan Rusia", "RUS", "GOV", "institution"),
    ("Angkatan Laut Italia", "ITA", "MIL", "institution"),
    ("Konsulat Jenderal Rusia", "RUS", "GOV", "institution"),
    ("Polres Lhokseumawe", "IDN", "COP", "institution"),
    ("Pengadilan Negeri Jakarta Selatan", "IDN", "JUD", "institution"),
    ("DPRD Jawa Barat", "IDN", "LEG", "institution"),
    ("DPW PKB Jawa Timur", "IDN", "PTY", "institution"),
    ("Komisi III DPR", "IDN", "LEG", "institution"),
])
def test_names_resolve(res: Resources, name: str, code: str, sector: str | None,
                       rule: str) -> None:
    match = lookup(name, "2025-06-20", res)
    assert match is not None, name
    assert (match.code, match.sector, match.rule) == (code, sector, rule)


@pytest.mark.parametrize("name", ["as", "pan", "barat", "istana", "Pan", "Ma", "Krimea",
                                  "Amerika Latin", "Donbass", ""])
def test_case_and_unknowns(res: Resources, name: str) -> None:
    match = lookup(name, "2025-06-20", res)
    assert match is None or match.code is None


@pytest.mark.parametrize(("variant", "canonical"), [
    ("Zelenskyy", "Volodymyr Zelensky"),
    ("Zelenskiy", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Erdoğan", "Recep Tayyip Erdogan"),
    ("Khalil Al-Hayya", "Khalil al-Hayya"),
    ("Kementerian  Luar  Negeri", "Kementerian Luar Negeri"),
])
def test_spelling_variants(res: Resources, variant: str, canonical: str) -> None:
    match = lookup(variant, "2023-01-01", res)
    assert match is not None and match.name == canonical


def test_media_are_known_but_not_actors(res: Resources) -> None:
    for name in ("AFP", "Reuters", "Al Jazeera", "Antara", "Twitter"):
        match = lookup(name, None, res)
        assert match is not None and match.type == "ORG" and match.code is None


def test_prefer_resolves_a_shared_name(res: Resources) -> None:
    assert lookup("Partai Demokrat", None, res).code == "IDN"  # type: ignore[union-attr]
    us = lookup("Demokrat AS", None, res)
    assert us is not None and us.code == "USA" and us.sector == "PTY"
