"""Three readings from the session-4 corpus read (our own sentences, default pipeline): an
act that almost happened (``nyaris``/``hampir`` right before it) is negated; an act in a
purpose clause after a verb of preparing (``menyiapkan ... untuk menyerang``) is future;
``mengingatkan`` (to remind) is no warning, ``memperingatkan`` is."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _status(events: list[Event], plover: str) -> list[str]:
    return [e.status for e in events if e.plover == plover]


def test_an_act_that_almost_happened_is_negated(piped: Run) -> None:
    assert _status(piped("Israel berulang kali nyaris menyerang Iran tahun lalu."),
                   "ASSAULT") == ["negated"]
    assert _status(piped("Pasukan Rusia hampir menyerbu Kiev pada awal perang."),
                   "ASSAULT") == ["negated"]


def test_almost_before_a_figure_does_not_negate(piped: Run) -> None:
    ev = piped("Militer Israel menyerang hampir 40 lokasi di Iran pada Jumat pagi.")
    assert _status(ev, "ASSAULT") == ["occurred"]


def test_an_attack_being_prepared_is_future(piped: Run) -> None:
    ev = piped("Iran sedang mempersiapkan rudal dan peralatan lain untuk menyerang Israel.")
    assert _status(ev, "ASSAULT") == ["future"]
    # a purpose clause after an act that is no preparing keeps its status
    ev = piped("Israel mengerahkan jet tempur untuk menyerang Iran pada Jumat pagi.")
    assert "future" not in _status(ev, "ASSAULT")


def test_reminding_is_no_warning(piped: Run) -> None:
    assert not piped("Presiden Prabowo mengingatkan para menteri agar tidak korupsi.")
    ev = piped("Iran memperingatkan Amerika Serikat agar tidak ikut campur.")
    assert [(e.source.code, e.plover, e.target and e.target.code) for e in ev] == [
        ("IRN", "THREATEN", "USA")]
