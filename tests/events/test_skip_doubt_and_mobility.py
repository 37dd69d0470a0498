"""A doubted act is no event (``meragukan bahwa X akan menyerang``), and ``bermobilisasi``
(getting around, in transport news) is no military mobilisation; the mobilisation of
troops still codes."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import cameo_keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_a_doubted_attack_is_no_event(piped: Piped) -> None:
    assert piped("Kepala badan nuklir PBB meragukan bahwa Israel akan menyerang "
                 "fasilitas nuklir Iran dalam waktu dekat.") == []
    # the same attack stated as a fact codes
    assert any(code.startswith("19") for _, code, _ in cameo_keys(
        piped("Israel menyerang fasilitas nuklir Iran pada Jumat dini hari.")))


def test_getting_around_is_no_mobilisation(piped: Piped) -> None:
    assert piped("Operator MRT Jakarta memberi tarif murah agar warga mudah "
                 "bermobilisasi selama perayaan ulang tahun kota.") == []
    assert ("ISR", "154", None) in cameo_keys(
        piped("Israel memobilisasi puluhan ribu tentara cadangan menjelang operasi darat."))
