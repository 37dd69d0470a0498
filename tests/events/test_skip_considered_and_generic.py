"""Skip rules from reading corpus events, on our own sentences: an option weighed or an
estimate is no event (CAMEO 014 has no PLOVER type); a plan still is a future event; a role
thanked for, a verb that lets or witnesses a riot, a sports coach's praise are no events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.doc import Event

Run = Callable[..., list[Event]]


@pytest.mark.parametrize("body", [
    "Amerika Serikat mempertimbangkan serangan terhadap Iran.",
    "Amerika Serikat sedang mempertimbangkan opsi militer terhadap Iran.",
    "Pentagon menyiapkan opsi serangan terhadap Iran.",
    "Seorang pejabat memperkirakan bahwa Israel mengerahkan pasukan ke perbatasan.",
    # a potential and a hope are not events either
    "Indonesia dan Jepang berpeluang memperluas kerja sama di bidang energi.",
    "Prabowo berharap mahasiswa mendukung kebijakan DPR.",
])
def test_weighed_option_or_estimate_is_no_event(run: Run, body: str) -> None:
    assert run(body) == []


def test_plan_is_still_a_future_event(run: Run) -> None:
    events = run("Israel berencana menyerang Iran pekan depan.")
    assert [(e.source.code, e.plover, e.target.code if e.target else None, e.status)
            for e in events] == [("ISR", "ASSAULT", "IRN", "future")]


def test_intent_not_held_is_negated(run: Run) -> None:
    events = run("Putin mengklaim bahwa Rusia tidak bermaksud untuk menduduki Ukraina.")
    assert events and all(e.status == "negated" for e in events)


def test_role_thanked_for_is_no_aid(run: Run) -> None:
    events = run("Polda Aceh mengucapkan terima kasih atas peran mahasiswa dalam membantu "
                 "KPK memburu Budi Santoso.")
    assert "AID" not in {e.plover for e in events}


def test_a_role_played_is_no_aid(run: Run) -> None:
    events = run("Prabowo menyatakan anggaran negara berperan penting dalam membantu mahasiswa.")
    assert "AID" not in {e.plover for e in events}


def test_help_given_is_still_aid(run: Run) -> None:
    events = run("Jepang membantu Filipina setelah topan melanda.")
    assert ("JPN", "AID", "PHL") in {
        (e.source.code, e.plover, e.target.code if e.target else None) for e in events}


def test_letting_a_riot_happen_is_no_protest_by_the_one_who_lets(run: Run) -> None:
    events = run("Warga marah pada Prabowo yang membiarkan kerusuhan itu terjadi.")
    assert not any(e.plover == "PROTEST" and e.source.code == "IDN"
                   and e.source.sector == "GOV" for e in events)


def test_sports_coach_praise_is_no_event(run: Run) -> None:
    assert run("Pelatih Jepang memuji kiper Timnas Indonesia usai laga.") == []
