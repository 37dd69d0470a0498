"""Dates, skip rules and recodings on our own sentences: a year inside a noun phrase is no
event date, a date in an earlier clause or after a time-shifting clause belongs there, a
statement's date is not the date of what it reports, "sepekan lalu" is a day; habits,
questions and boasts of force; an attack aimed at a leader."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]


def only(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.plover == plover]
    assert len(found) == 1, found
    return found[0]


def test_historical_year_after_pada(run: Run) -> None:
    e = only(run("Rusia menyerang Ukraina pada 2014 dan mencaplok Krimea."), "ASSAULT")
    assert (e.date, e.date_granularity) == ("2014", "year")


def test_year_inside_a_noun_phrase_is_not_the_date(run: Run) -> None:
    e = only(run("KPK menahan Budi dalam kasus dana hibah APBD tahun 2019-2022."), "COERCE")
    assert e.date is None


def test_date_of_an_earlier_clause_is_not_the_events(run: Run) -> None:
    e = only(run("Ribuan warga mengungsi pada Rabu (18/6), saat Israel terus menyerang Iran."),
             "ASSAULT")
    assert e.date is None


def test_date_closing_the_sentence_dates_a_when_clause(run: Run) -> None:
    ev = run("Jepang membantu Filipina saat Tiongkok menyerang Filipina pada Selasa (9/9) malam.",
             published="2025-09-10")
    assert only(ev, "AID").date == "2025-09-09"


def test_date_after_a_time_shifting_clause_is_not_the_events(run: Run) -> None:
    e = only(run("Prabowo mengerahkan pasukan setelah kerusuhan pada hari Jumat meluas.",
                 published="2025-06-10"), "MOBILIZE")
    assert e.date is None


def test_statement_date_does_not_date_the_reported_attack(run: Run) -> None:
    e = only(run("Kremlin menyatakan pada Senin (16/6) bahwa Ukraina menyerang Rusia.",
                 published="2025-06-20"), "ASSAULT")
    assert e.date is None


def test_a_week_ago_is_a_day(run: Run) -> None:
    e = only(run("Serangan Israel terhadap Iran sepekan lalu memicu perang.",
                 published="2025-06-20"), "ASSAULT")
    assert (e.date, e.date_granularity) == ("2025-06-13", "day")


def test_habit_is_not_an_event(run: Run) -> None:
    assert not run("Jepang selalu berkoordinasi dengan Indonesia soal keamanan laut.")


def test_question_whether_is_not_an_event(run: Run) -> None:
    assert not [e for e in run("Trump belum memutuskan apakah AS akan menyerang Iran.")
                if e.plover == "ASSAULT"]


def test_boast_of_force_is_a_threat(run: Run) -> None:
    e = only(run("Trump menyebut Amerika Serikat dapat dengan mudah menyerang Iran."),
             "THREATEN")
    assert (e.source.code, e.cameo, e.target and e.target.code) == ("USA", "138", "IRN")


def test_attack_on_a_leader(run: Run) -> None:
    e = only(run("Israel berencana menyerang pemimpin tertinggi Iran."), "ASSAULT")
    assert e.cameo == "185" and e.status == "future"
    assert e.target is not None and (e.target.code, e.target.sector) == ("IRN", "GOV")


def test_weapons_deployed_for_an_attack_are_not_a_mobilisation(run: Run) -> None:
    ev = run("Israel mengerahkan 15 jet tempur untuk menyerang Qatar.")
    assert "MOBILIZE" not in {e.plover for e in ev}
    assert "ASSAULT" in {e.plover for e in ev}


def test_a_plan_with_a_clitic_is_future(run: Run) -> None:
    e = only(run("Israel menyinggung rencananya untuk menyerang Iran."), "ASSAULT")
    assert e.status == "future"


def test_an_obligation_is_not_an_act(run: Run) -> None:
    e = only(run("Trump mengatakan Jepang harus mendukung Filipina."), "SUPPORT")
    assert e.status == "future"


def test_a_speech_verb_does_not_take_the_nominal_event(run: Run) -> None:
    ev = run("Kapolda Budi Santoso mengatakan, laporan dugaan penculikan terhadap Prabowo "
             "telah diterima.")
    assert not [e for e in ev if e.plover == "ASSAULT"]


def test_readiness_to_support_is_an_offer(run: Run) -> None:
    e = only(run("Hamas menegaskan siap mendukung Iran melawan Israel."), "AGREE")
    assert (e.source.code, e.cameo, e.status, e.target and e.target.code) == (
        "HAMAS", "030", "occurred", "IRN")


def test_reported_refusal_takes_the_statements_date(run: Run) -> None:
    e = only(run("Kremlin dalam pernyataan pada Rabu (18/6/2025) mengatakan bahwa Rusia "
                 "tidak akan menerima tuntutan NATO.", published="2025-06-19"), "REJECT")
    assert e.date == "2025-06-18"


def test_obstructed_event_did_not_happen(run: Run) -> None:
    e = only(run("Jaksa menyebut terdakwa menghalangi KPK menangkap Budi."), "COERCE")
    assert e.status == "negated"
    assert only(run("KPK menangkap Budi di Jakarta."), "COERCE").status == "occurred"


def test_a_state_acting_on_its_own_country_as_a_whole_is_no_event(run: Run) -> None:
    assert not [e for e in run("Presiden Prabowo Subianto mendukung peningkatan produktivitas "
                               "pertanian Indonesia.") if e.plover == "SUPPORT"]
    e = only(run("Presiden Prabowo Subianto mendukung Ukraina."), "SUPPORT")
    assert (e.source.code, e.target.code if e.target else None) == ("IDN", "UKR")
