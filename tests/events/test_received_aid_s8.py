"""``received: true`` entries: the subject receives, the actor after ``dari`` gives (own
sentences, default pipeline)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _keys(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.plover, e.target and e.target.code) for e in events]


def test_the_giver_after_dari_is_the_source(piped: Run) -> None:
    assert _keys(piped("Ukraina mendapat bantuan militer dari Jerman berupa tank Leopard.")) == [
        ("DEU", "AID", "UKR")]


def test_no_giver_named_no_event(piped: Run) -> None:
    assert not piped("Filipina menerima bantuan untuk para korban topan di Pulau Luzon.")
