"""A protest named by a noun with no named protesters is the article's public protesting
against the doer of what it protests (``aksi protes terhadap razia oleh pemerintah
federal``, ``protes terhadap kebijakan imigrasi Presiden Trump``); an ``oleh`` after the
protested act is that act's doer, not the protest's; a protest with nothing to aim at
codes nothing (our own sentences; entities from the pipeline's linker)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]
US = "Kota Los Angeles berada di Amerika Serikat. "


def protests(events: list[Event]) -> list[tuple[str | None, str | None, str | None,
                                                  str | None]]:
    return [(e.source.code, e.source.sector, e.target.code if e.target else None,
             e.target.sector if e.target else None) for e in events if e.plover == "PROTEST"]


def test_a_protest_against_a_raid_targets_the_raider(piped: Run) -> None:
    found = protests(piped(US + "Ketegangan meningkat akibat aksi protes terhadap razia "
                           "imigrasi oleh pemerintah federal di Los Angeles."))
    assert found == [("USA", "CVL", "USA", "GOV")]


def test_a_protest_against_a_policy_targets_its_owner(piped: Run) -> None:
    found = protests(piped(US + "Gelombang protes terhadap kebijakan imigrasi Presiden "
                           "Donald Trump meluas ke kota lain."))
    assert found == [("USA", "CVL", "USA", "GOV")]


def test_a_protest_at_nothing_named_is_no_event(piped: Run) -> None:
    assert protests(piped(US + "Kebijakan itu menuai protes dari banyak kalangan.")) == []


def test_they_after_a_comma_open_a_new_clause(piped: Run) -> None:
    ev = piped("Ratusan warga AS berunjuk rasa di depan Gedung Putih. Unjuk rasa ini menentang "
               "pemboman Israel terhadap Iran. Mereka juga menentang pendanaan untuk bantuan "
               "militer bagi Israel, dan mereka mendesak Trump agar tidak terlibat langsung.")
    assert not [e for e in ev if e.plover == "REQUEST" and e.source.code == "ISR"]
    assert ("USA", "CVL", "ISR", None) in protests(ev)


def test_an_institution_in_a_law_title_is_not_protested(piped: Run) -> None:
    ev = piped("Hingga pekan lalu, unjuk rasa menolak revisi UU TNI masih berlangsung di "
               "berbagai daerah di Indonesia.")
    assert not [e for e in ev if e.target is not None and e.target.sector == "MIL"]


def test_a_bill_debated_by_parliament_is_rejected_at_parliament(piped: Run) -> None:
    ev = piped("Mahasiswa menolak RUU Polri yang dibahas DPR.")
    assert [(e.plover, e.target.sector if e.target else None) for e in ev] == [
        ("REJECT", "LEG")]
