"""From the session-6 read of 60 random corpus events (our own sentences, default pipeline):
condemning or rejecting a hostile act whose possessor is the one it is done to
(``mengecam penangkapan X``) is aimed at the act's agent (``oleh Y``), never at X; with no
agent named there is no target, so no event. An act whose possessor is its doer (``serangan
Israel``) keeps its reading."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _accused(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.target.code, e.target.sector) for e in events
            if e.plover == "ACCUSE" and e.target is not None]


def test_condemning_an_arrest_is_aimed_at_who_arrests(piped: Run) -> None:
    ev = piped("Pemerintah Indonesia mengecam penangkapan Joshua Wong oleh polisi Hong Kong "
               "pada pekan lalu.")
    assert _accused(ev) == [("HKG", "COP")]


def test_condemning_an_arrest_accuses_no_one_arrested(piped: Run) -> None:
    ev = piped("Pemerintah Indonesia mengecam keras penangkapan tiga wartawan Indonesia di "
               "Myanmar pada pekan lalu.")
    assert _accused(ev) == []


def test_condemning_an_attack_still_accuses_its_doer(piped: Run) -> None:
    ev = piped("Pemerintah Indonesia mengecam keras serangan Israel terhadap kamp pengungsi "
               "di Rafah pada Minggu malam.")
    assert ("ISR", None) in _accused(ev) or ("ISR", "MIL") in _accused(ev)
