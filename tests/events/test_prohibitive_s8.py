"""A verb right after a prohibitive (``jangan``, ``dilarang``) is what someone demands not be
done, not an event; a request made with its own verb still is (own sentences, default
pipeline)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_a_prohibited_attack_is_no_event(piped: Run) -> None:
    assert not piped("Korea Utara siap menembakkan rudal, Jepang mengatakan, jangan menyerang "
                     "Korea Selatan.")
    assert not piped("Jangan sampai Israel menyerang Lebanon lagi, kata Presiden Prancis.")


def test_the_request_behind_a_prohibitive_stays(piped: Run) -> None:
    ev = piped("Menteri Luar Negeri Rusia meminta Amerika Serikat jangan menyerang Iran.")
    assert [(e.source.code, e.plover, e.target and e.target.code) for e in ev] == [
        ("RUS", "REQUEST", "USA")]


def test_a_prohibitive_closed_by_a_comma_does_not_reach_the_next_clause(piped: Run) -> None:
    ev = piped("Jangan lupa, KPK menangkap Bupati Langkat kemarin.")
    assert [(e.source.code, e.source.sector, e.plover) for e in ev] == [("IDN", "JUD", "COERCE")]
