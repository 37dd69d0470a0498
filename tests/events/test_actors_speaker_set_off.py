"""From the session-6 read of 60 random corpus events (our own sentences, default pipeline):
the speaker an attribution word names inside the clause it reports (``..., kata X, ...``,
``cues.yaml`` ``speaker_marks``) reports the act and does not do it, nor undergo it."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_the_speaker_set_off_is_not_the_doer(piped: Run) -> None:
    ev = piped("Uang hasil rampasan dari kasus korupsi itu, kata Prabowo, akan digunakan "
               "untuk membantu Palestina melalui Kementerian Luar Negeri.")
    assert not [e for e in ev if e.plover == "AID"]
    # a doer named in the clause still acts, whoever reports it
    ev = piped("Menurut Prabowo, pemerintah Indonesia akan membantu Palestina membangun "
               "kembali rumah sakit di Gaza.")
    assert [(e.source.name, e.target and e.target.code, e.status) for e in ev
            if e.plover == "AID"] == [("pemerintah indonesia", "PSE", "future")]


def test_the_speaker_set_off_is_not_the_one_arrested(piped: Run) -> None:
    ev = piped("Dua pejabat dinas pendidikan itu, kata Budi Santoso, ditangkap KPK di "
               "Bandung pada Senin malam.")
    assert not [e for e in ev if e.target is not None and e.target.name == "Budi Santoso"]
