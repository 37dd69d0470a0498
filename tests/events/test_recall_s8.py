"""Raw-news recall, session 8 (our own sentences, default pipeline): ``keduanya`` ("the two
of them") stands for the pair the sentence before names side by side, and so does
``mereka`` when that pair is joined by a meeting word (``bertemu``, ``dengan``) or has
title words after its ``dan`` (``Sugiono dan Menlu China Wang Yi``); a state named as a
person's title is no third actor."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _keys(events: list[Event]) -> set[tuple[str | None, ...]]:
    return {(e.source.code, e.source.sector, e.plover, e.target and e.target.code)
            for e in events}


def test_keduanya_stands_for_the_pair_named_before(piped: Run) -> None:
    ev = piped("Indonesia dan Vietnam menuntaskan perundingan batas laut di Hanoi pekan lalu. "
               "Keduanya juga berkomitmen bekerja sama dengan Filipina dalam patroli laut.")
    assert {("IDN", None, "AGREE", "PHL"), ("VNM", None, "AGREE", "PHL")} <= _keys(ev)


def test_keduanya_with_titles_after_the_conjunction(piped: Run) -> None:
    ev = piped("Menlu Sugiono dan Menlu China Wang Yi bertemu di Beijing pada Rabu. Keduanya "
               "menandatangani nota kesepahaman soal perikanan.")
    assert {("IDN", "GOV", "SUPPORT", "CHN"), ("CHN", "GOV", "SUPPORT", "IDN")} <= _keys(ev)


def test_mereka_after_a_meeting_of_two(piped: Run) -> None:
    ev = piped("Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Friedrich Merz di "
               "Paris pada Selasa. Mereka menandatangani perjanjian pertahanan baru.")
    assert {("FRA", "GOV", "SUPPORT", "DEU"), ("DEU", "GOV", "SUPPORT", "FRA")} <= _keys(ev)


def test_keduanya_is_never_one_actor(piped: Run) -> None:
    # one named group before: "mereka" may be it, "keduanya" cannot
    ev = piped("Hamas menyatakan siap berunding pada Senin. Keduanya menolak usulan Israel.")
    assert not [e for e in ev if e.plover == "REJECT"]
    # three actors named before: no pair to stand for
    ev = piped("Menlu Retno Marsudi bertemu Menlu Jepang dan Menlu Korea Selatan di Tokyo. "
               "Keduanya mengecam peluncuran rudal Korea Utara.")
    assert not [e for e in ev if e.plover == "ACCUSE"]


def test_pair_pronoun_not_after_a_crowd_or_a_preposition(piped: Run) -> None:
    # a common noun for people stands there: the pronoun may mean them
    ev = piped("Ratusan warga mendatangi kantor Bupati Sleman dan DPRD Sleman pada Senin. "
               "Keduanya menolak rencana pembangunan pabrik semen.")
    assert not [e for e in ev if e.plover == "REJECT" and e.source.sector == "LEG"]
    # a pair behind a preposition is not the subject the pronoun stands for
    ev = piped("Sengketa tarif antara Jepang dan Korea Selatan belum juga mereda. Keduanya "
               "mengecam kebijakan tarif Uni Eropa.")
    assert not [e for e in ev if e.plover == "ACCUSE"]


def test_the_two_leaders_are_the_two_states_executives(piped: Run) -> None:
    ev = piped("Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana "
               "Bogor. Kedua pemimpin menandatangani perjanjian pertahanan.")
    assert {("IDN", "GOV", "SUPPORT", "JPN"), ("JPN", "GOV", "SUPPORT", "IDN")} <= _keys(ev)
    # "kedua negara" stays the states themselves
    ev = piped("Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana "
               "Bogor. Kedua negara menandatangani perjanjian pertahanan.")
    assert {("IDN", None, "SUPPORT", "JPN"), ("JPN", None, "SUPPORT", "IDN")} <= _keys(ev)


def test_two_coordinated_subjects_meet_each_other(piped: Run) -> None:
    ev = piped("Presiden China Xi Jinping dan Presiden Amerika Serikat Donald Trump bertemu di "
               "sela KTT G20 di Osaka.")
    assert {("CHN", "GOV", "CONSULT", "USA"), ("USA", "GOV", "CONSULT", "CHN")} <= _keys(ev)
    # a meeting with a named partner keeps its direction
    ev = piped("Menlu Sugiono bertemu Menlu Jepang Takeshi Iwaya di Tokyo pada Senin.")
    assert {k for k in _keys(ev) if k[2] == "CONSULT"} == {("IDN", "GOV", "CONSULT", "JPN")}
    # an organisation's annual meeting is no meeting between the bodies named
    ev = piped("Pertemuan Tahunan Dana Moneter Internasional dan Bank Dunia digelar di "
               "Washington pekan lalu.")
    assert not [e for e in ev if e.plover == "CONSULT"]


def test_an_attempt_is_not_yet_done(piped: Run) -> None:
    ev = piped("Menlu Sugiono dan Menlu Malaysia Mohamad Hasan bertemu di Kuala Lumpur. "
               "Keduanya mencoba mencapai kesepakatan dengan Vietnam soal batas laut.")
    agreed = [e for e in ev if e.plover == "AGREE"]
    assert agreed and {e.status for e in agreed} == {"future"}


def test_a_meeting_noun_whose_predicate_is_yet_to_come(piped: Run) -> None:
    ev = piped("Pertemuan Presiden Prabowo dan Perdana Menteri Anwar Ibrahim itu akan "
               "dilaksanakan di Bogor pekan depan.")
    assert {e.status for e in ev if e.plover == "CONSULT"} == {"future"}
    ev = piped("Pertemuan Menlu Sugiono dengan Menlu Jepang Takeshi Iwaya dijadwalkan pada Kamis.")
    assert {e.status for e in ev if e.plover == "CONSULT"} == {"future"}
    # held: it occurred
    ev = piped("Pertemuan Presiden Prabowo dan Perdana Menteri Anwar Ibrahim berlangsung di Bogor "
               "pada Senin.")
    assert {e.status for e in ev if e.plover == "CONSULT"} == {"occurred"}
