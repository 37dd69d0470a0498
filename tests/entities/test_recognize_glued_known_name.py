"""A word that is a known name whole is never cut into a shorter known name and a glued word:
``Donbass`` stays the region although ``Don`` is a person's first name (Don Pramudwinai)."""

from __future__ import annotations

from warta.actors import lookup
from warta.entities.component import extract_entities
from warta.resources import Resources


def test_known_name_is_not_cut_at_a_first_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    assert lookup("Don", "2020-01-01", res) is not None  # the name part exists in the data
    doc = make_doc("Pasukan separatis menembaki desa-desa di wilayah Donbass pada Selasa.")
    names = {e.name for e in extract_entities(doc, res)}
    assert "Donbass" in names
    assert "Don" not in names


def test_three_letter_name_part_does_not_cut_a_word(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    # ``Bah`` (a Guinean prime minister's name part) and ``kan`` would make ``Bahkan``
    # two words if a bare 3-letter part could cut a glued string.
    doc = make_doc("Bahkan harga beras di pasar Sukamaju naik dua kali lipat pekan ini.")
    names = {e.name for e in extract_entities(doc, res)}
    assert "Bah" not in names
