"""A person matched only by a bare name part (a surname many people share) is someone else
when the title before the mention says so; and the first names between an institution and
a known surname belong to the person, not to the institution."""

from __future__ import annotations

from warta.entities.component import extract_entities
from warta.resources import Resources


def _ents(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(doc, res)}


def test_title_overrides_a_shared_surname(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    # in 2020 ``Widodo`` alone would be the president (IDN/GOV)
    doc = make_doc("Dalam rapat itu, Ketua DPRD Jatim Sahat Widodo memimpin sidang.",
                   "2020-05-01")
    ents = _ents(doc, res)
    assert "DPRD Jawa Timur" in ents
    person = next(e for e in ents.values() if e.type == "PER")
    assert (person.code, person.sector) == ("IDN", "LEG")


def test_former_office_before_a_shared_surname_gives_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    from warta.doc import Mention
    body = "KPK menahan mantan Wakil Ketua DPRD Jatim Sahat Widodo pada Kamis."
    start = body.index("Sahat")
    ner = (Mention(start, start + len("Sahat Widodo"), "Sahat Widodo", "ner", "PER"),)
    ents = _ents(make_doc(body, "2020-05-01", ner), res)
    assert (ents["Sahat Widodo"].code, ents["Sahat Widodo"].sector) == (None, None)


def test_institution_name_is_not_cut_without_a_known_end(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Rektor Universitas Gadjah Mada Joko Santoso membuka acara itu.", "2024-05-01")
    assert "Universitas Gadjah Mada" in _ents(doc, res)
