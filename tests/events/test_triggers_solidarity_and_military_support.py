"""Standing in solidarity with a state is support (SUPPORT 051: ``berdiri dalam solidaritas
dengan X``), and support given as military aid is the aid (AID 072: ``mendukung X melalui
bantuan militer``), not mere support (our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]


def coded(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in events]


def test_standing_in_solidarity_with_a_state_supports_it(piped: Run) -> None:
    ev = piped("Pemerintah Jepang berdiri dalam solidaritas dengan Filipina setelah insiden "
               "di Laut China Selatan.")
    assert coded(ev) == [("JPN", "051", "PHL")]


def test_support_through_military_aid_is_military_aid(piped: Run) -> None:
    ev = piped("Jepang mendukung Filipina, baik melalui bantuan militer maupun diplomatik.")
    assert coded(ev) == [("JPN", "072", "PHL")]


def test_plain_support_stays_support(piped: Run) -> None:
    ev = piped("Jepang mendukung Filipina dalam sengketa di Laut China Selatan.")
    assert coded(ev) == [("JPN", "051", "PHL")]
