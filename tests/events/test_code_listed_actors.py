"""Each member of a listed coordination is an actor of its own event even when the parse
links only one of them (``Inggris, Prancis, dan Jerman mengecam ...``); the two sides of
``antara A dan B`` stay apart (our own sentences; entities from the table of
``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_listed_subjects_each_act(parsed: Run) -> None:
    ev = parsed("Jepang, Filipina, dan Indonesia mengecam serangan Rusia ke Ukraina.")
    assert {("JPN", "ACCUSE", "RUS"), ("PHL", "ACCUSE", "RUS"),
            ("IDN", "ACCUSE", "RUS")} <= keys(ev)


def test_listed_objects_are_each_a_target(parsed: Run) -> None:
    ev = parsed("Iran mengecam keras Israel, Qatar, dan Amerika Serikat pada Senin.")
    assert {("IRN", "ACCUSE", "ISR"), ("IRN", "ACCUSE", "QAT"),
            ("IRN", "ACCUSE", "USA")} <= keys(ev)


def test_commas_alone_do_not_coordinate(parsed: Run) -> None:
    ev = parsed("Dalam percakapan dengan Putin, Prabowo mengecam NATO.")
    assert ("RUS", "ACCUSE", "NATO") not in keys(ev)
