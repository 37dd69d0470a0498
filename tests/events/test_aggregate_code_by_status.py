"""An article event takes its CAMEO code from the mentions that share its status: a planned
attempt on a leader's life (185, future) does not recode attacks that occurred (190)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_a_planned_attempt_does_not_recode_attacks_that_occurred(piped: Run) -> None:
    body = ("Israel dan Iran terlibat aksi saling serang sejak pekan lalu. Seorang pejabat "
            "mengungkapkan bahwa Israel berencana untuk menyerang pemimpin tertinggi Iran.")
    ev = [e for e in piped(body) if e.plover == "ASSAULT" and e.source.code == "ISR"]
    assert [(e.cameo, e.status, len(e.mentions)) for e in ev] == [("190", "occurred", 2)]


def test_the_most_specific_code_among_occurred_mentions_is_kept(piped: Run) -> None:
    body = ("Polisi menangkap Budi Santoso di Medan pada Senin. Polisi juga menahan Budi "
            "Santoso di markas Polda Sumut.")
    ev = [e for e in piped(body) if e.plover == "COERCE"]
    assert [(e.status, e.cameo) for e in ev] == [("occurred", "173")]
