"""A passive mobilisation with no agent (``Pasukan AS ... telah dimobilisasi``) is the act
of the forces' own state; people who are not armed forces are not mobilised troops (our
own sentences; entities from the table of ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_forces_mobilised_without_agent(parsed: Run) -> None:
    ev = parsed("Militer Israel di perbatasan utara telah dimobilisasi sejak Senin.")
    mob = [e for e in ev if e.plover == "MOBILIZE"]
    assert mob and (mob[0].source.code, mob[0].source.sector) == ("ISR", "MIL")


def test_civilians_mobilised_are_no_mobilisation(parsed: Run) -> None:
    ev = parsed("Mahasiswa Indonesia dimobilisasi ke lokasi bencana.")
    assert not [e for e in ev if e.plover == "MOBILIZE"]
