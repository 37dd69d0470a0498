"""A name written right before a currency mark (``US$``, ``HK$``) is a currency code, not an
actor; the same name elsewhere is still an entity (own sentences)."""

from __future__ import annotations

from ner_spans import ner as _ner

from warta.entities.component import extract_entities
from warta.resources import Resources


def _codes(make_doc, res, body, *spans):  # type: ignore[no-untyped-def]
    doc = make_doc(body, "2025-03-10", _ner(body, *spans))
    return {(e.name, e.code) for e in extract_entities(doc, res)}


def test_a_currency_code_is_no_entity(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Perusahaan itu meminjam US$ 300 ribu dan HK$5 juta dari bank di Singapura."
    got = _codes(make_doc, res, body, ("US", "LOC"), ("Singapura", "LOC"))
    assert not any(code == "USA" for _, code in got)
    assert ("Singapura", "SGP") in got


def test_the_same_name_as_an_actor_stays(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Pejabat US menyatakan bantuan senilai US$ 2 juta akan dikirim pekan depan."
    got = _codes(make_doc, res, body, ("US", "LOC"), ("US", "LOC"))
    assert any(code == "USA" for _, code in got)
