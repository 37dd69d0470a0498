"""A warning about an act already reported (``memperingatkan X mengenai/tentang serangan
itu``) tells X of it: COOPERATE 064 (shared information), not a threat; a warning of
damage to come or one asking X not to act stays THREATEN 130. Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import cameo_keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_a_warning_about_the_attack_informs(piped: Piped) -> None:
    ev = piped("Gedung Putih menyatakan Presiden Donald Trump telah memperingatkan Qatar "
               "mengenai serangan Israel itu sebelum terjadi.")
    assert ("USA", "064", "QAT") in cameo_keys(ev)
    assert not [e for e in ev if e.plover == "THREATEN"]


def test_a_common_noun_addressee_in_the_phrase_is_its_target(piped: Piped) -> None:
    ev = piped("Presiden Donald Trump sudah memperingatkan pemerintah Qatar tentang serangan "
               "tersebut beberapa jam sebelumnya.")
    assert ("USA", "064", "QAT") in cameo_keys(ev)


def test_a_warning_of_damage_stays_a_threat(piped: Piped) -> None:
    ev = piped("Pemimpin tertinggi Iran Ali Khamenei memperingatkan Amerika Serikat tentang "
               "kerusakan besar jika ikut campur dalam perang.")
    assert [e.plover for e in ev] == ["THREATEN"]


def test_a_warning_not_to_act_stays_a_threat(piped: Piped) -> None:
    ev = piped("Presiden Donald Trump memperingatkan Iran agar tidak menyerang pangkalan "
               "militer Amerika Serikat di kawasan Teluk.")
    assert ("USA", "130", "IRN") in cameo_keys(ev)
