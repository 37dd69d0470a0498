"""A relative date inside a direct quote (``kemarin``) counts from the day the speaker
spoke, which the article does not give: it dates nothing, while the same word in the
reporter's own sentence dates the event from the publication date. Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_kemarin_inside_a_quote_dates_nothing(piped: Piped) -> None:
    ev = piped('"Kami bertemu Presiden Prabowo kemarin dan membahas perdagangan," kata '
               'Perdana Menteri Malaysia Anwar Ibrahim kepada wartawan di Putrajaya.')
    met = [e for e in ev if e.plover == "CONSULT"]
    assert met and all(e.date is None for e in met)


def test_kemarin_in_the_reporters_sentence_dates_the_event(piped: Piped) -> None:
    ev = piped("Perdana Menteri Malaysia Anwar Ibrahim bertemu Presiden Prabowo kemarin di "
               "Istana Merdeka untuk membahas perdagangan kedua negara.")
    met = [e for e in ev if e.plover == "CONSULT"]
    assert met and all(e.date == "2025-06-19" for e in met)
