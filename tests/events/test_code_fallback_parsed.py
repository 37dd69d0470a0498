"""What the robust readings must not take, with the parse and part-of-speech tags of the
shipped model (our own sentences): a phrase that belongs to a noun is not the target, a
noun's modifier is not the source."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_phrase_of_a_noun_is_not_the_target(parsed: Run) -> None:
    assert ("HAMAS", "SUPPORT", "ISR") not in keys(
        parsed("Hamas mendukung perlawanan terhadap Israel di Tepi Barat."))


def test_modifier_of_a_noun_is_not_a_source(parsed: Run) -> None:
    # the crowd ("ratusan orang") may act, Russia named on its flag does not
    ev = parsed("Ratusan orang mengibarkan bendera Rusia dan menentang NATO di alun-alun.")
    assert not [e for e in ev if e.source.name == "Rusia"]


def test_source_across_an_apposition(parsed: Run) -> None:
    ev = parsed("Menteri Luar Negeri Jepang, Budi Santoso, pada Senin malam mengecam Tiongkok.")
    assert ("IDN", "ACCUSE", "CHN") in keys(ev) or ("JPN", "ACCUSE", "CHN") in keys(ev)
