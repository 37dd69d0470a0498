"""Variants of one referent become one entity: place heads (Gaza / Jalur Gaza), aliases
(``alias``), province short forms, organisation short forms, shared first names."""

from __future__ import annotations

from ner_spans import ner as _ner

from warta.entities.component import extract_entities
from warta.resources import Resources


def _ents(make_doc, res, body, *spans):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(make_doc(body, "2025-03-10", _ner(body, *spans)), res)}


def test_gaza_joins_jalur_gaza(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Truk bantuan memasuki Jalur Gaza pada Senin. Warga Gaza menyambut konvoi itu."
    got = _ents(make_doc, res, body)
    assert "Jalur Gaza" in got and "Gaza" not in got
    assert len(got["Jalur Gaza"].mentions) == 2


def test_city_prefix_is_dropped_from_a_place(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Banjir melanda Kota Pekalongan. Pekalongan menetapkan status darurat."
    got = _ents(make_doc, res, body, ("Kota Pekalongan", "LOC"), ("Pekalongan menetapkan", "LOC"))
    assert "Pekalongan" in got and "Kota Pekalongan" not in got


def test_alias_is_the_same_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Polisi menangkap Sudarsono Hadi alias Gundul di Klaten."
    got = _ents(make_doc, res, body, ("Sudarsono Hadi", "PER"), ("Gundul", "PER"))
    assert "Sudarsono Hadi" in got and "Gundul" not in got


def test_province_short_form_is_the_province(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Curah hujan di Jateng meningkat. Pemprov Jawa Tengah menyiapkan posko."
    got = _ents(make_doc, res, body, ("Jateng", "LOC"), ("Jawa Tengah", "LOC"))
    assert "Jawa Tengah" in got and "Jateng" not in got


def test_organisation_short_form_joins_the_full_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Penumpang menggugat PT Kereta Cepat Nusantara. Pihak Kereta Cepat belum "
            "menjawab gugatan itu, kata pengacaranya kepada wartawan.")
    got = _ents(make_doc, res, body, ("PT Kereta Cepat Nusantara", "ORG"), ("Kereta Cepat", "ORG"))
    assert "Kereta Cepat" not in got


def test_shared_first_name_goes_to_the_nearest_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Jaksa memeriksa Bagas Wiratama Lubis dan Bagas Santoso Lubis. Bagas kemudian "
            "meninggalkan gedung.")
    got = _ents(make_doc, res, body, ("Bagas Wiratama Lubis", "PER"), ("Bagas Santoso Lubis", "PER"),
                ("Bagas kemudian", "PER"))
    assert "Bagas" not in got and "Bagas kemudian" not in got
    assert len(got["Bagas Santoso Lubis"].mentions) == 2


def test_country_acronym_is_written_out_inside_a_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Menurut Kementerian Pertahanan AS, latihan itu rutin."
    got = _ents(make_doc, res, body)
    assert "Kementerian Pertahanan Amerika Serikat" in got


def test_home_acronym_ri_is_kept_inside_a_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Usulan itu dikirim ke DPR RI pekan lalu."
    got = _ents(make_doc, res, body)
    assert "DPR Indonesia" not in got
