"""What the robust readings must not take, with the parse and part-of-speech tags of the
shipped model (our own sentences): a phrase that belongs to a noun is not the target, a
noun's modifier is not the source."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from spacy.language import Language

from warta.doc import Document, Event
from warta.events.component import EventsComponent
from warta.lang.component import LangComponent
from warta.resources import Resources

Run = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def parsed(res: Resources, shipped_nlp: Language, built: Callable[..., Document]) -> Run:
    lang = LangComponent(shipped_nlp)

    def _run(body: str) -> list[Event]:
        hand = built(body, "2025-06-20")
        ann = lang(hand, res)
        doc = dataclasses.replace(hand, sentences=ann.sentences, tokens=ann.tokens,
                                  dates=ann.dates)
        return list(EventsComponent()(doc, res).events)

    return _run


def keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.plover, e.target.code if e.target else None) for e in events}


def test_phrase_of_a_noun_is_not_the_target(parsed: Run) -> None:
    assert ("HAMAS", "SUPPORT", "ISR") not in keys(
        parsed("Hamas mendukung perlawanan terhadap Israel di Tepi Barat."))


def test_modifier_of_a_noun_is_not_a_source(parsed: Run) -> None:
    assert ("RUS", "REJECT", "NATO") not in keys(
        parsed("Ratusan orang mengibarkan bendera Rusia dan menentang NATO di alun-alun."))


def test_source_across_an_apposition(parsed: Run) -> None:
    ev = parsed("Menteri Luar Negeri Jepang, Budi Santoso, pada Senin malam mengecam Tiongkok.")
    assert ("IDN", "ACCUSE", "CHN") in keys(ev) or ("JPN", "ACCUSE", "CHN") in keys(ev)
