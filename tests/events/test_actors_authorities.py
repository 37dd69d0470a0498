"""The authorities of a state (``otoritas Iran``, ``pihak berwenang Israel``) act as its
executive, GOV (actors.yaml ``common``; our own sentences, default pipeline)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _sources(events: list[Event], plover: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code, e.source.sector) for e in events if e.plover == plover}


def test_a_states_authorities_are_its_executive(piped: Run) -> None:
    ev = piped("Otoritas Iran mengecam serangan Israel ke Teheran.")
    assert ("IRN", "GOV") in _sources(ev, "ACCUSE")
    ev = piped("Pihak berwenang Israel menangkap dua aktivis Palestina di Tepi Barat.")
    assert ("ISR", "GOV") in _sources(ev, "COERCE")


def test_a_named_authority_keeps_its_own_entity(piped: Run) -> None:
    ev = piped("Otoritas Jasa Keuangan menjatuhkan sanksi kepada PT Maju Jaya Sentosa.")
    assert [e.source.name for e in ev if e.plover == "SANCTION"] == ["Otoritas Jasa Keuangan"]
