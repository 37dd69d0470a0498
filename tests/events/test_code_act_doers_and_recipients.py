"""Targets read through what the object names: denouncing, rejecting or supporting an act
is aimed at its doer (``mengecam serangan yang dilancarkan Israel``, ``menolak distribusi
bantuan oleh Hamas``); a request refused or accepted was addressed to whoever answers it
(``Iran menolak ajakan AS``), and it was made even when the answer is negative (our own
sentences; entities from the table of ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_keys import keys

from warta.doc import Event

Run = Callable[..., list[Event]]


@pytest.mark.parametrize("body", [
    "Indonesia mengecam serangan yang dilancarkan Israel terhadap kamp pengungsi.",
    "Indonesia mengecam serangan yang dilancarkan oleh Israel terhadap kamp pengungsi.",
    "Indonesia mengecam penangkapan aktivis oleh Israel pekan lalu.",
])
def test_denouncing_an_act_targets_its_doer(parsed: Run, run: Run, body: str) -> None:
    assert ("IDN", "ACCUSE", "ISR") in keys(parsed(body))
    assert ("IDN", "ACCUSE", "ISR") in keys(run(body))  # word order alone


def test_rejecting_a_policy_targets_who_made_it(parsed: Run) -> None:
    ev = parsed("Mahasiswa menolak kebijakan yang diterbitkan DPR pekan lalu.")
    assert ("IDN", "REJECT", "IDN") in keys(ev)
    hit = [e for e in ev if e.plover == "REJECT"]
    assert hit[0].target is not None and hit[0].target.sector == "LEG"


def test_an_active_relative_is_no_doer(parsed: Run, run: Run) -> None:
    # the attack killed Israelis: Israel is its victim, not its doer
    body = "Indonesia mengecam serangan yang menewaskan warga Israel."
    assert ("IDN", "ACCUSE", "ISR") not in keys(run(body))


def test_refused_request_was_addressed_to_the_refuser(parsed: Run) -> None:
    ev = parsed("Pemimpin Iran menolak ajakan Amerika Serikat untuk menghentikan perlawanan.")
    assert ("IRN", "REJECT", "USA") in keys(ev)
    assert ("USA", "REQUEST", "IRN") in keys(ev)


def test_a_request_turned_down_still_occurred(parsed: Run) -> None:
    ev = parsed("Iran tidak akan menerima seruan Amerika Serikat untuk menyerah tanpa syarat.")
    req = [e for e in ev if e.plover == "REQUEST"]
    assert req and req[0].target is not None and req[0].target.code == "IRN"
    assert req[0].status == "occurred"


def test_supporting_a_call_does_not_make_the_supporter_its_addressee(parsed: Run) -> None:
    ev = parsed("Qatar mendukung seruan Amerika Serikat untuk gencatan senjata di Gaza.")
    assert ("USA", "REQUEST", "QAT") not in keys(ev)


def test_a_call_to_yield_is_a_demand_to_yield(parsed: Run) -> None:
    ev = parsed("Iran menolak seruan Amerika Serikat untuk menyerah tanpa syarat.")
    req = [e for e in ev if e.plover == "REQUEST"]
    assert req and {e.cameo for e in req} == {"105"}
    assert req[0].target is not None and req[0].target.code == "IRN"


@pytest.mark.parametrize("body", [
    "Prabowo mendukung penangkapan Budi Santoso oleh KPK.",
    "Jepang mendukung serangan terhadap Iran pekan lalu.",
])
def test_supporting_a_hostile_act_is_no_support_of_its_victim(parsed: Run, body: str
                                                            ) -> None:
    ev = parsed(body)
    assert not [e for e in ev if e.plover == "SUPPORT" and e.target is not None
                and e.target.code in ("IDN", "IRN") and e.target.name != "KPK"]


def test_a_supporter_is_not_the_attacker(parsed: Run, run: Run) -> None:
    body = "Jepang mendukung serangan terhadap Iran pekan lalu."
    assert ("JPN", "ASSAULT", "IRN") not in keys(parsed(body))
    assert ("JPN", "ASSAULT", "IRN") not in keys(run(body))


def test_supporting_a_cause_still_supports(parsed: Run) -> None:
    ev = parsed("Jepang mendukung kedaulatan Filipina atas perairannya.")
    assert ("JPN", "SUPPORT", "PHL") in keys(ev)
