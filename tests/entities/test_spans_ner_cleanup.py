"""NER spans are cut to the names they hold (``warta.entities.spans``), on invented
sentences with hand-made NER mentions, so the behaviour does not depend on the model."""

from __future__ import annotations

from ner_spans import ner

from warta.doc import Mention
from warta.entities.component import extract_entities
from warta.resources import Resources


def names(make_doc, res: Resources, body: str, *spans: tuple[str, str]):  # type: ignore[no-untyped-def]
    doc = make_doc(body, "2025-03-10", ner(body, *spans))
    return {e.name: e for e in extract_entities(doc, res)}


def test_lower_case_edges_are_trimmed(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Bantuan tiba di kota Sumbawa dan wilayah Lombok timur pada pagi hari."
    got = names(make_doc, res, body, ("kota Sumbawa", "LOC"), ("Lombok timur", "LOC"))
    assert "Sumbawa" in got and "Lombok" in got
    assert not any(n.startswith("kota") or n.endswith("timur") for n in got)


def test_all_lower_case_span_is_dropped(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Warga membuat swafoto bersama di tepi pantai."
    assert names(make_doc, res, body, ("swafoto", "PER")) == {}


def test_honorific_is_not_part_of_a_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Menurut Bang Rudiyanto Sembiring, Rudiyanto Sembiring akan hadir besok."
    got = names(make_doc, res, body, ("Bang Rudiyanto Sembiring", "LOC"))
    assert "Rudiyanto Sembiring" in got and got["Rudiyanto Sembiring"].type == "PER"
    assert "Bang Rudiyanto Sembiring" not in got


def test_parenthesised_acronym_joins_the_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Ketua Lembaga Riset Pangan Nusantara (LRPN) menilai harga beras naik. "
            "LRPN juga mencatat stok menipis.")
    got = names(make_doc, res, body, ("Lembaga Riset Pangan Nusantara (LRPN)", "ORG"))
    assert "Lembaga Riset Pangan Nusantara" in got
    assert "LRPN" not in got
    assert {m.text for m in got["Lembaga Riset Pangan Nusantara"].mentions} >= {"LRPN"}


def test_rank_inside_an_organisation_span_starts_a_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Kasatreskrim Polres Bantul AKP Hendro Wibisono memimpin olah tempat kejadian."
    got = names(make_doc, res, body, ("Polres Bantul AKP Hendro Wibisono", "ORG"))
    assert "Hendro Wibisono" in got and got["Hendro Wibisono"].type == "PER"
    assert not any("AKP" in n for n in got)


def test_span_that_cuts_a_word_is_dropped(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Hal itu disampaikan kepadaXYZbahwa pasokan aman."
    start = body.index("XY")
    doc = make_doc(body, "2025-03-10", (Mention(start, start + 2, "XY", "ner", "ORG"),))
    assert [e.name for e in extract_entities(doc, res)] == []


def test_camel_case_brand_stays_whole(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Video itu diunggah ke akun YouTube resmi kementerian, dikutip dari YouTube."
    got = names(make_doc, res, body, ("YouTube", "ORG"))
    assert "You" not in got and "Tube" not in got


def test_generic_government_head_names_the_state(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Pemerintah Australia menutup kedutaannya. Australia menyebut alasan keamanan."
    got = names(make_doc, res, body)
    assert "Pemerintah Australia" not in got
    assert got["Australia"].code == "AUS"
