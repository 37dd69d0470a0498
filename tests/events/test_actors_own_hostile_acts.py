"""A hostile act named by a noun with a ``-nya`` clitic, the object of its clause's verb,
is the subject's own act (our own sentences, default pipeline); a verb that judges it, or
tells of it, does not make its subject the doer."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_carrying_on_ones_attack_is_an_attack(piped: Run) -> None:
    assert ("ISR", "ASSAULT", "PSE") in keys(piped("Israel melanjutkan serangannya ke Gaza."))


def test_tightening_ones_sanctions_is_a_sanction(piped: Run) -> None:
    ev = piped("Amerika Serikat memperketat sanksinya terhadap Iran.")
    assert ("USA", "SANCTION", "IRN") in keys(ev)


def test_condemning_or_telling_of_an_attack_is_not_attacking(piped: Run) -> None:
    assert not [e for e in piped("Iran mengecam serangannya ke Gaza.") if e.plover == "ASSAULT"]
    ev = piped("Warga Gaza menceritakan serangannya terhadap kamp pengungsi.")
    assert not [e for e in ev if e.plover == "ASSAULT"]


def test_a_friendly_act_with_a_clitic_stays_unread(piped: Run) -> None:
    ev = piped("Indonesia menyambut baik dukungannya kepada Palestina.")
    assert ("IDN", "SUPPORT", "PSE") not in keys(ev)
