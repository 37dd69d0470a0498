"""A foreign office holder's given name alone is someone else (``Andrew`` → not Andrew
Holness), while a family name alone is the person (``Netanyahu``), an Indonesian's first
name is the person (``Prabowo``), and in family-name-first countries the first part is the
family name (``Kim``). Words that fold to a leader's name part (``Dan``, ``Yang``,
``Presiden``) are no person."""

from __future__ import annotations

import pytest

from warta.actors import lookup
from warta.doc import Mention
from warta.entities.component import extract_entities
from warta.entities.merge import given_name_alone
from warta.entities.tables import entity_tables
from warta.resources import Resources


def _person(body: str, name: str, make_doc, res: Resources, on: str = "2025-06-01"):  # type: ignore[no-untyped-def]
    start = body.index(name)
    ner = (Mention(start, start + len(name), name, "ner", "PER"),)
    ents = extract_entities(make_doc(body, on, ner), res)
    return next(e for e in ents if e.type == "PER")


def test_given_name_alone_is_not_the_leader(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Aplikasi itu kini dipakai 20 ribu pedagang di Surabaya, kata Andrew."
    start = body.index("Andrew")
    ner = (Mention(start, start + 6, "Andrew", "ner", "PER"),)
    ents = extract_entities(make_doc(body, "2025-06-01", ner), res)
    assert all(e.code != "JAM" for e in ents)
    m = lookup("Andrew", "2025-06-01", res)
    assert m is not None and m.code == "JAM"  # the dictionary alone would say Holness


def test_family_name_alone_is_the_leader(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Netanyahu menolak usulan gencatan senjata itu pada Selasa."
    ent = _person(body, "Netanyahu", make_doc, res)
    assert (ent.code, ent.sector) == ("ISR", "GOV")


@pytest.mark.parametrize("word,on", [("Prabowo", "2025-06-01"), ("Hun", "2020-01-01")])
def test_first_part_kept_for_indonesians_and_family_name_first(res: Resources, word: str,
                                                               on: str) -> None:
    tables = entity_tables(res)
    m = lookup(word, on, res)
    assert m is not None
    assert not given_name_alone(word, m, res, tables.family_name_first)


@pytest.mark.parametrize("word", ["Dan", "Yang", "Dari", "Hari", "Presiden", "Pak", "Bola"])
def test_common_words_are_no_name_parts(res: Resources, word: str) -> None:
    m = lookup(word, "2025-06-01", res)
    assert m is None or m.type != "PER"
