"""A generic institution (``Kementerian Keuangan``, ``Partai Demokrat``) that the dictionary
files as Indonesian belongs to the country the article is about when nothing else in it is
Indonesian; with anything Indonesian named it stays Indonesian."""

from __future__ import annotations

from warta.entities.component import extract_entities
from warta.resources import Resources


def _codes(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: e.code for e in extract_entities(doc, res)}


def test_generic_ministry_in_a_foreign_article(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kementerian Keuangan memperingatkan bahwa anggaran Israel bisa habis. "
                   "Israel juga menaikkan pajak, sementara Israel terus berperang di Gaza.")
    assert _codes(doc, res)["Kementerian Keuangan"] == "ISR"


def test_generic_ministry_with_indonesia_named_stays(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kementerian Keuangan memperingatkan bahwa anggaran Israel bisa habis, "
                   "kata pejabat KPK di Jakarta.")
    assert _codes(doc, res)["Kementerian Keuangan"] == "IDN"
