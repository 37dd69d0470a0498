"""A common-noun actor marked ``setempat`` (local) belongs to the place named last before it,
not to the article's country (own sentences, default pipeline)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_local_police_of_a_foreign_city_are_that_states(piped: Run) -> None:
    ev = piped("Kedutaan Besar RI di Paris berkoordinasi dengan kepolisian setempat untuk "
               "mencari warga negara Indonesia yang hilang di kota itu.")
    assert [(e.source.code, e.plover, e.target and (e.target.code, e.target.sector))
            for e in ev] == [("IDN", "CONSULT", ("FRA", "COP"))]


def test_local_police_of_an_indonesian_city_stay_indonesian(piped: Run) -> None:
    ev = piped("Bupati Sleman berkoordinasi dengan kepolisian setempat untuk mengamankan "
               "perayaan tahun baru di Sleman.")
    assert {(e.target.code, e.target.sector) for e in ev if e.target} == {("IDN", "COP")}
