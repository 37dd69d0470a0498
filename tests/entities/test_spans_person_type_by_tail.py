"""An NER "person" whose last word is an organisation or place tail is that organisation or
place (``PT X`` partners like ``Navayo International AG``, ``Garment District``); a person
span holding a digit (an aircraft model) is dropped; a surname that only folds like a tail
(``Baay`` → ``bay``) stays a person. ``TNI`` completing a two-word rank (``Laksamana Muda
TNI``) is no entity."""

from __future__ import annotations

import pytest

from warta.doc import Mention
from warta.entities.component import extract_entities
from warta.resources import Resources


def _types(body: str, span: str, make_doc, res: Resources) -> dict[str, str]:  # type: ignore[no-untyped-def]
    start = body.index(span)
    ner = (Mention(start, start + len(span), span, "ner", "PER"),
           Mention(start, start + len(span), span, "ner", "PER"))
    return {e.name: e.type for e in extract_entities(make_doc(body, "2025-06-01", ner), res)}


@pytest.mark.parametrize("body,span,etype", [
    ("Kontrak satelit itu diteken dengan Orbita Systems AG pada 2016.", "Orbita Systems AG",
     "ORG"),
    ("Kerusuhan pecah di Harbor District pada Sabtu malam.", "Harbor District",
     "LOC"),
])
def test_person_with_a_tail_takes_its_type(make_doc, res: Resources, body: str, span: str,  # type: ignore[no-untyped-def]
                                           etype: str) -> None:
    assert _types(body, span, make_doc, res).get(span) == etype


def test_person_span_with_a_model_number_is_dropped(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Bantuan dikirim dengan pesawat Hercules C-130 milik TNI AU."
    assert "Hercules C-130" not in _types(body, "Hercules C-130", make_doc, res)


def test_surname_folding_like_a_tail_stays_a_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Jabatan itu sebelumnya dipegang Mayjen TNI Andi Granada Baay selama dua tahun."
    assert _types(body, "Andi Granada Baay", make_doc, res).get("Andi Granada Baay") == "PER"


def test_tni_completing_a_two_word_rank_is_no_entity(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Tersangka lainnya, Laksamana Muda TNI (Purn) Ir Sulistyo, tidak hadir.")
    names = {e.name for e in extract_entities(doc, res)}
    assert "Tentara Nasional Indonesia" not in names and "TNI" not in names
