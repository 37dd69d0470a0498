"""A crowd head (``warga``, ``massa``, ``pengungsi``) followed by a capitalised name names
where the crowd is from: ``warga Gaza`` is the place Gaza (no code: a region, not a state),
never a person coded as Indonesia's civilians. A person introduced after a comma keeps the
crowd's title."""

from __future__ import annotations

import pytest

from warta.entities.component import extract_entities
from warta.resources import Resources


def _entities(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}


@pytest.mark.parametrize("body,place", [
    ("Warga Gaza kembali mengungsi setelah serangan udara menghantam kamp di selatan.",
     "Gaza"),
    ("Ratusan warga Rafah berjalan kaki menuju pantai sambil membawa tenda.", "Rafah"),
    ("Massa Sukamaju memblokade jalan provinsi sejak pagi hari.", "Sukamaju"),
])
def test_crowd_place_is_no_person(make_doc, res: Resources, body: str, place: str) -> None:  # type: ignore[no-untyped-def]
    found = _entities(make_doc(body), res)
    assert found[place] == ("LOC", None, None)


def test_crowd_of_a_country_keeps_the_country(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    found = _entities(make_doc("Ribuan warga Lebanon memadati jalan untuk memprotes harga "
                               "bahan bakar."), res)
    assert found["Lebanon"] == ("LOC", "LBN", None)


def test_person_after_the_crowd_place_keeps_the_title(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    found = _entities(make_doc("Seorang warga Cibubur, Ahmad Fauzi Rahman, mengatakan banjir "
                               "merendam rumahnya."), res)
    assert found["Cibubur"][0] == "LOC"
    assert found["Ahmad Fauzi Rahman"] == ("PER", "IDN", "CVL")


def test_person_from_a_region_is_its_states_civilian(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    found = _entities(make_doc("Seorang warga Gaza, Mahmoud Salem, mengatakan rumahnya hancur "
                               "diserang."), res)
    assert found["Mahmoud Salem"] == ("PER", "PSE", "CVL")


def test_person_from_a_disputed_region_has_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    found = _entities(make_doc("Seorang warga Kashmir, Rahul Dev Sharma, mengatakan jalan "
                               "ditutup."), res)
    assert found.get("Rahul Dev Sharma", ("PER", None, None))[1] is None
