"""A pronoun source outside a quote (``ia``, ``dia``, ``pihaknya``) stands for the one
person or organisation the nearest stretch before it names (the previous sentence up to
the pronoun, else the one before); when that stretch names two of different codes or
sectors, or a person the actor layer could not code (a pundit), it could be either and
the event is skipped (our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_the_one_person_named_before_is_the_source(piped: Piped) -> None:
    ev = piped("Presiden Brasil Lula da Silva berpidato di Brasilia pada Senin. Ia menuding "
               "Amerika Serikat mencampuri urusan dalam negeri Brasil.")
    assert ("BRA", "ACCUSE", "USA") in keys(ev)


def test_dia_and_an_offer_take_the_one_person_too(piped: Piped) -> None:
    ev = piped("Kanselir Jerman Friedrich Merz berbicara kepada wartawan di Berlin. Dia "
               "menawarkan diri untuk menengahi perundingan antara Rusia dan Ukraina.")
    assert ("DEU", "AGREE", "RUS") in keys(ev)


def test_two_people_of_different_states_leave_the_pronoun_open(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese "
               "di Canberra. Ia mengecam Israel atas serangan ke Gaza.")
    assert not [e for e in ev if e.plover == "ACCUSE"]


def test_a_pundit_named_before_leaves_the_pronoun_open(piped: Piped) -> None:
    ev = piped("Pengamat politik Ahmad Fauzi menilai kebijakan Presiden Prabowo Subianto "
               "keliru. Ia mengkritik Menteri Keuangan Sri Mulyani.")
    assert not [e for e in ev if e.plover == "ACCUSE"]


def test_people_of_one_code_and_sector_give_that_code(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto menerima Menteri Luar Negeri Sugiono di Istana "
               "Merdeka. Ia mengecam Israel atas serangan ke Gaza.")
    assert [(e.source.code, e.source.sector) for e in ev if e.plover == "ACCUSE"] == [
        ("IDN", "GOV")]


def test_pihaknya_is_the_one_organisation_named_before(piped: Piped) -> None:
    ev = piped("Kementerian Luar Negeri Rusia menggelar jumpa pers di Moskow. Pihaknya "
               "menuduh Ukraina menyerang pembangkit listrik.")
    assert ("RUS", "ACCUSE", "UKR") in keys(ev)
