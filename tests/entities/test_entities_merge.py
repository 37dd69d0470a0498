"""One entity per referent: surname, acronym and spelling variants merge; case matters."""

from __future__ import annotations

from warta.entities.component import extract_entities
from warta.resources import Resources


def _by_name(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(doc, res)}


def test_surname_joins_the_full_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Presiden Venezuela Nicolas Maduro tiba di Havana. Maduro lalu bertemu "
                   "para menteri.", "2022-03-02")
    ents = _by_name(doc, res)
    assert "Maduro" not in ents
    assert [m.text for m in ents["Nicolas Maduro"].mentions] == ["Nicolas Maduro", "Maduro"]


def test_acronym_joins_its_expansion(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Amerika Serikat menambah bantuan. Pejabat AS menyebut Perserikatan "
                   "Bangsa-Bangsa (PBB) perlu bertindak, dan PBB setuju.")
    ents = _by_name(doc, res)
    assert {m.text for m in ents["Amerika Serikat"].mentions} == {"Amerika Serikat", "AS"}
    assert {m.text for m in ents["Perserikatan Bangsa-Bangsa"].mentions} == {
        "Perserikatan Bangsa-Bangsa", "PBB"}


def test_lone_acronym_is_expanded(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    ents = _by_name(make_doc("Kapal perang AS berlayar ke utara."), res)
    assert ents["Amerika Serikat"].code == "USA"


def test_lower_case_as_is_a_word(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    ents = extract_entities(make_doc("Harga minyak naik as roda truk patah."), res)
    assert [e.code for e in ents] == []


def test_spelling_variants_merge(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Volodymyr Zelenskyy berbicara di Kyiv. Zelensky menyebut pasukan "
                   "Kiev siap bertahan.", "2023-05-02")
    ents = extract_entities(doc, res)
    people = [e for e in ents if e.type == "PER"]
    assert len(people) == 1 and people[0].code == "UKR"
    assert len([e for e in ents if e.name in ("Kiev", "Kyiv")]) == 1


def test_country_pair_glued_by_hyphen(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    names = set(_by_name(make_doc("Hubungan Indonesia-Rusia makin erat."), res))
    assert {"Indonesia", "Rusia"} <= names


def test_glued_words_split_only_at_known_names(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Jet tempur menyerang keQatardengan rudal. Pejabat dari Qatar mengecam.")
    ents = _by_name(doc, res)
    assert {m.text for m in ents["Qatar"].mentions} == {"Qatar"}
    assert len(ents["Qatar"].mentions) == 2
