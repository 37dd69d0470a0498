"""Regions coded as their state when they are an event's target, the source of a speech
act carried over from the previous sentence when its subject is a stand-in noun (our own
sentences; entities from the table of ``conftest``, with the regions uncoded as the entity
layer leaves them)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from event_keys import keys
from spacy.language import Language

from warta.doc import Document, Entity, Event
from warta.events.component import EventsComponent
from warta.events.territory import territory_of
from warta.lang.component import LangComponent
from warta.resources import Resources

Run = Callable[..., list[Event]]
REGIONS = {"krimea", "gaza"}  # conftest codes them; the entity layer does not


def _uncoded(doc: Document, extra: tuple[Entity, ...] = ()) -> Document:
    ents = tuple(dataclasses.replace(e, code=None, sector=None) if e.id in REGIONS else e
                 for e in doc.entities)
    return dataclasses.replace(doc, entities=ents + extra)


@pytest.fixture(scope="module")
def coded(res: Resources, shipped_nlp: Language, built: Callable[..., Document]) -> Run:
    lang = LangComponent(shipped_nlp)

    def _run(body: str, published: str = "2025-06-20") -> list[Event]:
        hand = built(body, published)
        ann = lang(hand, res)
        doc = dataclasses.replace(_uncoded(hand), sentences=ann.sentences, tokens=ann.tokens,
                                  dates=ann.dates)
        return list(EventsComponent()(doc, res).events)

    return _run


def test_regions_map_to_their_state(res: Resources) -> None:
    assert territory_of(res, "Krimea") == "UKR"
    assert territory_of(res, "Semenanjung Krimea") == "UKR"
    assert territory_of(res, "Jalur Gaza") == "PSE"
    assert territory_of(res, "Dataran Tinggi Golan") == "SYR"
    assert territory_of(res, "Kashmir") is None  # disputed: no state
    assert territory_of(res, "Jakarta") is None


def test_annexed_region_with_nya_agent_is_the_state(coded: Run) -> None:
    ev = coded("Ukraina menolak mengakui kedaulatan Rusia atas Krimea yang dicaploknya "
               "pada 2014.")
    hit = [e for e in ev if e.plover == "COERCE"]
    assert hit and (hit[0].source.code, hit[0].target and hit[0].target.code) == ("RUS", "UKR")
    assert hit[0].target is not None and hit[0].target.sector is None
    assert hit[0].date == "2014"


def test_attacked_region_is_the_state(coded: Run) -> None:
    ev = coded("Militer Israel kembali menggempur Gaza pada Senin malam.")
    assert ("ISR", "ASSAULT", "PSE") in keys(ev)


def test_region_never_acts(coded: Run) -> None:
    # a region named as the subject is a place, not an actor
    ev = coded("Gaza menuntut Israel menghentikan blokade.")
    assert not any(e.source.code == "PSE" for e in ev)


def test_state_in_its_own_region_is_no_event(coded: Run) -> None:
    ev = coded("Ukraina menyerang Krimea dengan drone laut pada Selasa.")
    assert ("UKR", "ASSAULT", "UKR") not in keys(ev)


def test_stand_in_subject_takes_the_one_actor_of_the_sentence_before(coded: Run) -> None:
    body = ("Dalam percakapan dengan Maduro, sebut Kremlin, Putin kembali menegaskan "
            "tujuan operasi militernya. Selain itu, pernyataan itu juga menuntut agar Kiev "
            "menarik pasukannya.")
    ev = coded(body)
    req = [e for e in ev if e.plover == "REQUEST"]
    assert req and (req[0].source.code, req[0].source.sector) == ("RUS", "GOV")
    assert req[0].target is not None and req[0].target.code == "UKR"


def test_stand_in_needs_exactly_one_actor_before(coded: Run) -> None:
    # two actors (Rusia, Ukraina) in the sentence before: nobody to carry over
    body = ("Rusia dan Ukraina kembali bertukar tahanan pada Minggu. "
            "Pernyataan itu menuntut agar Israel menghentikan blokade.")
    ev = coded(body)
    assert not [e for e in ev if e.plover == "REQUEST"]


def test_only_a_stand_in_noun_carries_a_source(coded: Run) -> None:
    body = ("Putin kembali menegaskan tujuan operasi militernya. "
            "Laporan itu menuntut agar Kiev menarik pasukannya.")
    assert not [e for e in coded(body) if e.plover == "REQUEST"]
