"""A count, a classifier and a common noun for people are one actor (``100 orang
demonstran``, ``ratusan orang mahasiswa``): the noun is no modifier of the classifier
(our own sentences, default pipeline)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.doc import Event

Run = Callable[[str], list[Event]]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Polda Metro Jaya menangkap 100 orang demonstran di Jakarta pada Senin malam.",
     "100 orang demonstran"),
    ("Polda Metro Jaya menangkap ratusan orang mahasiswa di Jakarta pada Senin malam.",
     "ratusan orang mahasiswa"),
])
def test_a_counted_crowd_with_a_classifier_is_the_target(piped: Run, sentence: str,
                                                         name: str) -> None:
    ev = [e for e in piped(sentence) if e.plover == "COERCE"]
    assert [(e.source.code, e.source.sector, e.target and e.target.code) for e in ev] == [
        ("IDN", "COP", "IDN")]
    assert ev[0].target is not None and ev[0].target.name == name


def test_a_classifier_without_a_count_joins_nothing(piped: Run) -> None:
    # "orang" alone before the noun is no count: the phrase is the noun's, as before
    ev = [e for e in piped("Polda Metro Jaya menangkap para demonstran di Jakarta pada "
                           "Senin malam.") if e.plover == "COERCE"]
    assert [e.target.name for e in ev if e.target] == ["para demonstran"]
