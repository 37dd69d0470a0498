"""Lexicon families added from counting the corpora, on our own sentences: each fires with
its code and frame, and entries that need a context word fire only with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.doc import Event

Run = Callable[..., list[Event]]


def found(events: list[Event]) -> set[tuple[str | None, str, str, str | None]]:
    return {(e.source.code, e.plover, e.cameo, e.target.code if e.target else None)
            for e in events}


@pytest.mark.parametrize(("body", "expected"), [
    ("Jepang berkoordinasi dengan Indonesia soal keamanan laut.", ("JPN", "CONSULT", "040", "IDN")),
    ("Prabowo berbicara dengan Putin selama satu jam.", ("IDN", "CONSULT", "040", "RUS")),
    ("Putin menjamu Prabowo di Kremlin.", ("RUS", "CONSULT", "043", "IDN")),
    ("Jepang menyalurkan bantuan kepada Filipina setelah topan.", ("JPN", "AID", "073", "PHL")),
    ("Rudal Iran menghantam Israel pada Kamis dini hari.", ("IRN", "ASSAULT", "190", "ISR")),
    ("Tiongkok melarang Filipina mendekati karang itu.", ("CHN", "COERCE", "172", "PHL")),
    ("KPK menggeledah Budi Santoso di rumahnya.", ("IDN", "COERCE", "170", "IDN")),
    ("Jaksa menuntut Budi lima tahun penjara.", ("IDN", "COERCE", "173", "IDN")),
    ("Iran menyebut Israel sebagai rezim teroris.", ("IRN", "ACCUSE", "112", "ISR")),
    ("KPK menetapkan tiga tersangka dalam kasus suap itu.", ("IDN", "ACCUSE", "1121", "IDN")),
    ("Jepang mendorong Tiongkok agar menahan diri di Laut China Selatan.",
     ("JPN", "REQUEST", "020", "CHN")),
    ("Prabowo bertolak ke Rusia pada Rabu pagi.", ("IDN", "CONSULT", "042", "RUS")),
    ("Iran tolak usulan Amerika Serikat.", ("IRN", "REJECT", "120", "USA")),
    ("Hamas meledakkan kendaraan militer Israel di Gaza.", ("HAMAS", "ASSAULT", "183", "ISR")),
    ("Tiongkok memblokir kapal Filipina di dekat karang itu.", ("CHN", "COERCE", "172", "PHL")),
])
def test_family_fires_with_code_and_frame(run: Run, body: str,
                                          expected: tuple[str, str, str, str | None]) -> None:
    assert expected in found(run(body))


@pytest.mark.parametrize(("body", "absent"), [
    # a demand without a sentence is a request, not a charge
    ("Mahasiswa menuntut DPR membatalkan undang-undang itu.", "COERCE"),
    # a label that does not condemn is no accusation
    ("Jepang menyebut Indonesia sebagai mitra yang penting.", "ACCUSE"),
    # pushing growth is no request
    ("Jepang mendorong pertumbuhan ekonomi Indonesia.", "REQUEST"),
    # leaving for a visit is no refusal
    ("Prabowo bertolak ke Rusia pada Rabu pagi.", "REJECT"),
])
def test_context_entries_need_their_word(run: Run, body: str, absent: str) -> None:
    assert absent not in {e.plover for e in run(body)}


def test_demand_without_sentence_stays_request(run: Run) -> None:
    assert ("IDN", "REQUEST", "100", "IDN") in found(
        run("Mahasiswa menuntut DPR membatalkan undang-undang itu."))


def test_battle_between_two_sides_codes_both(run: Run) -> None:
    ev = run("Pertempuran antara Rusia dan Ukraina berlanjut di Donbass.")
    assert {(e.source.code, e.target.code if e.target else None) for e in ev
            if e.plover == "ASSAULT"} == {("RUS", "UKR"), ("UKR", "RUS")}
    assert {e.source.sector for e in ev} == {"MIL"}


def test_suspect_is_the_article_country_without_sector(run: Run) -> None:
    ev = run("KPK menetapkan tiga tersangka dalam kasus suap itu.")
    e = next(e for e in ev if e.plover == "ACCUSE")
    assert e.target is not None and (e.target.code, e.target.sector) == ("IDN", None)
