"""Requests phrased as seeking a guarantee: ``(gagal) mendapatkan jaminan bahwa X tidak akan
...`` is a REQUEST (100) to X that occurred, by the subject (our own sentences; entities
from the table of ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_failing_to_obtain_a_guarantee_is_a_request(parsed: Run) -> None:
    ev = parsed("Perang pecah setelah Rusia gagal mendapatkan jaminan bahwa NATO tidak akan "
               "memperluas aliansinya ke timur.")
    req = [e for e in ev if e.plover == "REQUEST"]
    assert req and (req[0].source.code, req[0].target and req[0].target.code) == ("RUS", "NATO")
    assert req[0].status == "occurred"


def test_health_insurance_is_no_guarantee_request(parsed: Run) -> None:
    ev = parsed("Warga Ukraina mendapatkan jaminan kesehatan dari Kiev sejak tahun lalu.")
    assert not [e for e in ev if e.plover == "REQUEST"]


def test_asking_for_a_guarantee_targets_the_clause_subject(parsed: Run) -> None:
    ev = parsed("Iran meminta jaminan bahwa Amerika Serikat tidak akan menyerang lagi.")
    assert ("IRN", "REQUEST", "USA") in keys(ev)
