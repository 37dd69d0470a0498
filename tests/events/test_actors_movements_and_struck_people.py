"""Common-noun actors with no home country and people struck where the article puts the
action (our own sentences, default pipeline): an aid flotilla and its organisers are NGO
(GUIDE), and civilians an army fires on are of the place the article last named, not of the
army's own state; with no such place the event is still skipped."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_flotilla_organisers_are_ngo(piped: Run) -> None:
    ev = piped("Salah satu penyelenggara armada menuduh Mesir menghalangi bantuan.")
    hit = [e for e in ev if e.plover == "ACCUSE"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("NGO", None)
    assert hit[0].target is not None and hit[0].target.code == "EGY"


def test_an_aid_ship_held_is_ngo(piped: Run) -> None:
    ev = piped("Militer Israel menahan kapal bantuan itu di perairan internasional.")
    assert ("ISR", "COERCE", "NGO") in keys(ev)


def test_people_fired_on_are_of_the_place_named_before(piped: Run) -> None:
    ev = piped("Ribuan pengungsi berlindung di Rafah sejak pekan lalu. Pada Selasa pagi, "
               "drone Israel menembaki warga yang antre bantuan.")
    hit = [e for e in ev if e.plover == "ASSAULT"]
    assert hit and hit[0].source.code == "ISR"
    assert hit[0].target is not None and (hit[0].target.code, hit[0].target.sector) == (
        "PSE", "CVL")


def test_people_fired_on_in_the_attackers_own_land_stay_skipped(piped: Run) -> None:
    ev = piped("Militer Israel menggelar operasi di Tel Aviv. Tentara Israel kemudian "
               "menembaki warga.")
    assert not [e for e in ev if e.plover == "ASSAULT"]


def test_this_protest_is_by_the_crowd_of_the_sentence_before(piped: Run) -> None:
    ev = piped("Ribuan warga Amerika Serikat berkumpul di depan Gedung Putih pada Sabtu. "
               "Unjuk rasa ini menentang serangan Israel terhadap Iran.")
    hit = [e for e in ev if e.plover == "PROTEST"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("USA", "CVL")
    assert hit[0].target is not None and hit[0].target.code == "ISR"


def test_this_protest_after_two_groups_has_no_source(piped: Run) -> None:
    ev = piped("Ribuan warga dan mahasiswa berkumpul di Jakarta. Unjuk rasa itu menentang "
               "kebijakan Presiden Prabowo Subianto.")
    assert not [e for e in ev if e.plover == "PROTEST" and e.source.sector == "CVL"]


def test_a_protest_named_as_a_setting_carries_no_source(piped: Run) -> None:
    ev = piped("Ribuan warga Amerika Serikat berkumpul di depan Gedung Putih pada Sabtu. "
               "Dalam kerusuhan itu, polisi menangkap puluhan orang.")
    assert not [e for e in ev if e.plover == "PROTEST" and e.source.sector == "CVL"]


def test_people_after_a_voice_noun_are_its_agent(piped: Run) -> None:
    ev = piped("Presiden Prabowo Subianto menanggapi protes mahasiswa terhadap DPR.")
    hit = [e for e in ev if e.plover == "PROTEST"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("IDN", "EDU")
    assert ("IDN", "AID", None) not in keys(piped("Bantuan militer terus mengalir ke Gaza."))
