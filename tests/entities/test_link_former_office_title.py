"""A known person who holds no office on the article's date gets a code only when the text
gives a title, and then the country of the office the title names: a bare ``Presiden``
before a former US president is his presidency, not an Indonesian one (the fallback of a
title with no country). ``mantan`` before the title gives no code; a heads-file person with
no title outside the term has no code; a title naming a country wins over the dictionary."""

from __future__ import annotations

from warta.entities.component import extract_entities
from warta.resources import Resources


def _code(doc, res, name):  # type: ignore[no-untyped-def]
    ents = {e.name: e for e in extract_entities(doc, res)}
    return ents[name].code, ents[name].sector


def test_bare_title_takes_the_country_of_the_office_held(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kesepakatan itu dirundingkan pada masa pemerintahan Presiden Joe Biden.",
                   "2025-10-21")
    assert _code(doc, res, "Joe Biden") == ("USA", "GOV")


def test_former_with_mantan_has_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Mantan Presiden AS Joe Biden menghadiri pemakaman itu di Washington.",
                   "2025-10-21")
    assert _code(doc, res, "Joe Biden") == (None, None)


def test_no_title_outside_the_term_has_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    text = "Boris Johnson menulis kolom tentang perang di Ukraina."
    assert _code(make_doc(text, "2024-03-01"), res, "Boris Johnson") == (None, None)
    assert _code(make_doc(text, "2021-03-01"), res, "Boris Johnson") == ("GBR", "GOV")


def test_bare_title_of_a_heads_file_leader_after_the_term(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kebijakan itu diumumkan Perdana Menteri Boris Johnson pada masa pandemi.",
                   "2024-03-01")
    assert _code(doc, res, "Boris Johnson") == ("GBR", "GOV")


def test_title_of_a_province_is_not_the_west(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Gubernur Kalimantan Barat Ria Norsan meninjau banjir di Sintang.",
                   "2025-03-01")
    ents = {e.name: e for e in extract_entities(doc, res)}
    person = next(e for e in ents.values() if e.type == "PER")
    assert (person.code, person.sector) == ("IDN", "GOV")
