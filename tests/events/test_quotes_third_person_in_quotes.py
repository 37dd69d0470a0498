"""Inside a direct quote with a coded speaker, a third person (``dengannya``,
``kepadanya``, ``dia``) is someone other than the speaker: it stands for the one other
person named in the nearest stretch before, and for nobody when two others could be
meant. Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_dengannya_in_a_quote_is_the_other_person(piped: Piped) -> None:
    ev = piped('Presiden AS Donald Trump menolak tawaran Presiden Rusia Vladimir Putin untuk '
               'menengahi konflik itu. "Saya berbicara dengannya kemarin," kata Trump kepada '
               'wartawan di Gedung Putih.')
    assert ("USA", "CONSULT", "RUS") in keys(ev)


def test_two_other_people_leave_the_clitic_unresolved(piped: Piped) -> None:
    ev = piped('Perdana Menteri Malaysia Anwar Ibrahim menerima Presiden Prabowo dan Presiden '
               'Vladimir Putin. "Saya berbicara dengannya kemarin," kata Anwar.')
    assert not [e for e in ev if e.rule == "bicara-dengan"]


def test_a_clitic_outside_quotes_is_not_read(piped: Piped) -> None:
    ev = piped('Presiden AS Donald Trump menolak tawaran Presiden Rusia Vladimir Putin. '
               'Menteri Luar Negeri AS Marco Rubio kemudian berbicara dengannya.')
    assert not [e for e in ev if e.rule == "bicara-dengan"]


def test_a_verbs_object_clitic_in_a_quote_is_the_other_person(piped: Piped) -> None:
    ev = piped('Presiden AS Donald Trump menolak tawaran Presiden Rusia Vladimir Putin untuk '
               'menengahi konflik itu. "Saya sudah meneleponnya kemarin," kata Trump kepada '
               'wartawan di Gedung Putih.')
    assert ("USA", "CONSULT", "RUS") in keys(ev)


def test_a_verbs_object_clitic_outside_quotes_is_not_read(piped: Piped) -> None:
    ev = piped('Presiden AS Donald Trump menolak tawaran Presiden Rusia Vladimir Putin. '
               'Menteri Luar Negeri AS Marco Rubio kemudian meneleponnya.')
    assert not [e for e in ev if e.plover == "CONSULT"]


def test_force_on_an_object_clitic_in_a_quote_is_not_read(piped: Piped) -> None:
    ev = piped('Presiden AS Donald Trump menyinggung Pemimpin Tertinggi Iran Ali Khamenei. '
               '"Kami tidak akan menyingkirkannya (membunuhnya!), setidaknya untuk saat ini," '
               'kata Trump kepada wartawan.')
    assert not [e for e in ev if e.plover == "ASSAULT"]
