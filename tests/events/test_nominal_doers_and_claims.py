"""Doers and patients of event nouns: a doer given after the noun (``penangkapan X oleh
Y``, ``penindakan yang dilakukan Y``) makes the possessor what was done to; a noun whose
possessor is always its patient (arrest, abduction, killing) takes its doer from ``oleh``
or from the verb that announces it; a passive relative clause of judging is no doer; an
accusation whose content is denied was still made, against the subject of its ``bahwa``
clause (our own sentences; entities from the pipeline's linker)."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_an_arrest_by_an_agent_is_of_its_possessor(piped: Run) -> None:
    ev = piped("Kerusuhan itu dipicu penangkapan Joshua Wong oleh polisi Hong Kong.")
    hit = [e for e in ev if e.plover == "COERCE"]
    assert hit and hit[0].source.sector == "COP" and hit[0].target is not None
    assert hit[0].target.name == "Joshua Wong"


def test_an_annexation_by_an_agent_is_of_the_region(piped: Run) -> None:
    assert ("RUS", "COERCE", "UKR") in keys(piped(
        "Pencaplokan Krimea oleh Rusia pada 2014 dikecam banyak negara."))


def test_an_announced_arrest_is_by_the_announcer(piped: Run) -> None:
    ev = [e for e in piped("KPK mengumumkan penangkapan Gubernur Riau Abdul Wahid.")
          if e.plover == "COERCE"]
    assert ev and ev[0].source.sector == "JUD" and ev[0].target is not None


def test_an_arrested_person_does_not_arrest(piped: Run) -> None:
    ev = piped("Hakim mempertanyakan penangkapan Gubernur Riau Abdul Wahid.")
    assert not [e for e in ev if e.plover == "COERCE" and e.source.name == "Abdul Wahid"]


def test_who_denounces_an_attack_is_not_its_doer(piped: Run) -> None:
    ev = piped("Serangan yang dikecam PBB itu menewaskan 20 orang di Jalur Gaza.")
    assert not [e for e in ev if e.plover == "ASSAULT"]


def test_a_denied_accusation_was_made(piped: Run) -> None:
    ev = [e for e in piped("Rusia membantah tuduhan Ukraina bahwa Moskow sengaja menyerang "
                           "pembangkit listrik.") if e.plover == "ACCUSE"]
    assert [(e.source.code, e.target.code if e.target else None, e.status) for e in ev] == [
        ("UKR", "RUS", "occurred")]


def test_a_request_delivered_goes_to_its_recipient(parsed: Run) -> None:
    assert ("IRN", "REQUEST", "QAT") in keys(parsed(
        "Permintaan itu disampaikan Iran kepada Qatar melalui jalur diplomatik."))


def test_a_demand_delivered_keeps_its_possessor(piped: Run) -> None:
    ev = [e for e in piped("Tuntutan para buruh itu sudah disampaikan langsung kepada "
                           "Menteri Ketenagakerjaan Yassierli pada Senin (16/6).")
          if e.plover == "REQUEST"]
    assert [(e.source.sector, e.target.name if e.target else None) for e in ev] == [
        ("LAB", "Yassierli")]


def test_in_a_meeting_with_x_a_titled_y(piped: Run) -> None:
    ev = piped("Dalam pertemuan dengan Menteri Luar Negeri Jepang Takeshi Iwaya, Menlu "
               "Sugiono mengusulkan kerja sama maritim.")
    assert ("IDN", "CONSULT", "JPN") in keys(ev)


def test_a_meeting_before_a_planned_clause_is_planned(piped: Run) -> None:
    ev = [e for e in piped("Sebelum pertemuan bilateral dengan Presiden Putin, Presiden "
                           "Prabowo akan meletakkan karangan bunga di makam pahlawan.")
          if e.plover == "CONSULT"]
    assert [e.status for e in ev] == ["future"]


def test_the_victim_named_after_a_comma_is_no_killer(piped: Run) -> None:
    ev = piped("Peristiwa itu terjadi di Indonesia. Kasus pembunuhan pengusaha tembaga asal "
               "Boyolali, Bayu Handono (36), menggegerkan warga.")
    assert not [e for e in ev if e.plover == "ASSAULT"]


def test_an_arrest_told_by_the_police_is_theirs(run: Run) -> None:
    # word order alone: the possessor of an arrest noun is who was arrested
    ev = [e for e in run("Polda Aceh kemudian membeberkan kronologi penangkapan Budi Santoso "
                         "pekan lalu.") if e.plover == "COERCE"]
    assert [(e.source.sector, e.target.name if e.target else None) for e in ev] == [
        ("COP", "Budi Santoso")]


def test_a_protest_by_students_is_not_the_president_s(piped: Run) -> None:
    ev = piped("Polisi mengamankan aksi unjuk rasa mahasiswa setahun pemerintahan Presiden "
               "Prabowo Subianto dan Wakil Presiden Gibran Rakabuming Raka di Semarang.")
    assert not [e for e in ev if e.plover == "PROTEST" and e.source.sector == "GOV"]


def test_who_proposed_a_plan_does_not_release_its_hostages(piped: Run) -> None:
    ev = piped("Perjanjian itu, yang didasarkan pada rencana yang diajukan oleh Presiden AS "
               "Donald Trump, mencakup pembebasan sandera Israel dengan imbalan tahanan "
               "Palestina.")
    assert not [e for e in ev if e.source.code == "USA"]
