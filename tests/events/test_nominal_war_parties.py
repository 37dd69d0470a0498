"""Wars named by their parties (our own sentences, default pipeline): an attack by one party
of a war the sentence names before it (``perang Rusia-Ukraina``, ``konflik antara India dan
Pakistan``) that names no target of its own is aimed at the other party; a fight named as
what a verb ends or stops (``kesepakatan untuk mengakhiri pertempuran antara X dan Y``) is
no attack; a list ends with its ``dan``, so an actor after a comma past it is no side."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _keys(events: list[Event], plover: str = "ASSAULT") -> set[tuple[str | None, ...]]:
    return {(e.source.code, e.target and e.target.code, e.status) for e in events
            if e.plover == plover}


def test_an_attack_that_started_a_named_war_hits_the_other_party(piped: Run) -> None:
    ev = piped("Perang Rusia-Ukraina yang masih berlangsung dimulai oleh serangan Rusia "
               "pada Februari 2022 di wilayah timur.")
    assert _keys(ev) == {("RUS", "UKR", "occurred")}


def test_a_word_glued_after_the_pair_does_not_hide_the_second_party(piped: Run) -> None:
    # a scraper glued the relative pronoun to the second name of the pair
    ev = piped("Perang India-Pakistanyang kembali pecah dimulai oleh serangan udara India "
               "pada Rabu dini hari di kawasan perbatasan.")
    assert _keys(ev) == {("IND", "PAK", "occurred")}


def test_a_conflict_between_two_sides_gives_the_attack_its_target(piped: Run) -> None:
    ev = piped("Konflik antara Thailand dan Kamboja kembali memanas setelah serangan "
               "artileri Thailand pada Kamis pagi.")
    assert ("THA", "KHM", "occurred") in _keys(ev)


def test_a_war_named_after_the_attack_gives_no_target(piped: Run) -> None:
    # what one protects from is no attack on the war's other party
    ev = piped("Washington memperkuat pertahanan pangkalannya dari serangan udara Iran, saat "
               "negara itu menimbang apakah akan terlibat dalam konflik antara Iran dan Israel.")
    assert ("IRN", "ISR", "occurred") not in _keys(ev)


def test_a_fight_someone_would_end_is_no_attack(piped: Run) -> None:
    ev = piped("Presiden Turki mengatakan bahwa kesepakatan untuk mengakhiri pertempuran "
               "antara Rusia dan Ukraina masih terbuka.")
    assert not _keys(ev)
    ev = piped("Militer Israel menghentikan serangan ke Gaza selama dua hari untuk "
               "penyaluran bantuan kemanusiaan.")
    assert not _keys(ev)


def test_a_fight_between_two_states_is_still_coded_both_ways(piped: Run) -> None:
    ev = piped("Pertempuran antara Thailand dan Kamboja di perbatasan kedua negara "
               "berlangsung sejak Kamis pagi.")
    assert {("THA", "KHM", "occurred"), ("KHM", "THA", "occurred")} <= _keys(ev)


def test_an_actor_after_a_comma_past_the_pair_is_no_side(piped: Run) -> None:
    ev = piped("Pada hari ketiga pertempuran antara Thailand dan Kamboja, puluhan warga "
               "desa perbatasan mengungsi ke kota terdekat.")
    assert all(e.source.name != "puluhan warga" and (e.target is None or e.target.name !=
               "puluhan warga") for e in ev)
