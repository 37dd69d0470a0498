"""Aims, borrowed doers and struck lists (our own sentences, default pipeline):
``menargetkan`` is force only with a military aim after it (a goal is no attack), and
beside what its subject can or will do (``dan bisa segera ...``) it is a stated threat; the
one helped in ``membantu X saat menembak jatuh ...`` shoots down; an act listed after ``,
termasuk`` is the main subject's; an attack noun strikes the owner of coordinated sites."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _keys(events: list[Event]) -> set[tuple[str | None, ...]]:
    return {(e.source.code, e.plover, e.target and e.target.code) for e in events}


def test_a_goal_is_no_attack(piped: Run) -> None:
    assert not piped("Kementerian Perdagangan menargetkan perjanjian dagang dengan Uni Eropa "
                     "rampung pada akhir tahun ini.")
    assert not piped("Ketua partai itu menargetkan pasangan calon gubernur Budi Santoso "
                     "menang dengan 70 persen suara di Jawa Tengah.")


def test_a_military_aim_is_an_attack(piped: Run) -> None:
    ev = piped("Israel menargetkan fasilitas nuklir Iran di Natanz dan Isfahan pada Jumat "
               "dini hari.")
    assert ("ISR", "ASSAULT", "IRN") in _keys(ev)


def test_an_aim_beside_what_one_can_do_is_a_threat(piped: Run) -> None:
    ev = piped("Trump menyiratkan bahwa AS menargetkan Presiden Venezuela Nicolas Maduro dan "
               "bisa segera mengambil keputusan untuk melakukan serangan.")
    assert _keys(ev) == {("USA", "THREATEN", "VEN")}
    assert {e.cameo for e in ev} == {"138"}


def test_the_one_helped_shoots_down(piped: Run) -> None:
    ev = piped("Jet-jet tempur Belgia disebut ikut membantu militer Rumania saat menembak "
               "jatuh drone Rusia pada Selasa malam.")
    assert {("BEL", "AID", "ROU"), ("ROU", "ASSAULT", "RUS")} <= _keys(ev)


def test_an_act_listed_after_termasuk_is_the_main_subjects(piped: Run) -> None:
    ev = piped("Inggris sejauh ini hanya mengambil tindakan tidak langsung dalam konflik itu, "
               "termasuk membantu menembak jatuh rudal-rudal yang ditembakkan ke Ukraina.")
    assert ("GBR", "AID", "UKR") in _keys(ev)


def test_an_attack_strikes_the_owner_of_coordinated_sites(piped: Run) -> None:
    ev = piped("Menurut duta besar itu, Iran mengambil serangkaian langkah termasuk serangan "
               "balasan dan rudal yang menargetkan fasilitas militer dan fasilitas ekonomi "
               "Israel.")
    assert ("IRN", "ASSAULT", "ISR") in _keys(ev)
