"""From the session-6 read of 60 random corpus events (our own sentence, default pipeline):
what could endanger an actor (``dapat mengancam keamanan X``) is no threat made to X; a
threat stated as made still is one."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_what_could_endanger_is_no_threat(piped: Run) -> None:
    ev = piped("Pembentukan negara Palestina dianggap dapat mengancam keamanan Israel oleh "
               "sebagian politisi di Tel Aviv.")
    assert not [e for e in ev if e.plover == "THREATEN"]


def test_a_threat_made_is_still_one(piped: Run) -> None:
    ev = piped("Korea Utara mengancam Amerika Serikat dengan serangan rudal jika latihan "
               "militer gabungan tetap digelar.")
    assert [(e.source.code, e.target and e.target.code) for e in ev
            if e.plover == "THREATEN"] == [("PRK", "USA")]
