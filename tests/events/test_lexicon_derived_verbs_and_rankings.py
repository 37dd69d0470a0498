"""Words that share a trigger's root but not its meaning: ``mempertahankan`` (keep, per- +
tahan) is not ``menahan`` (detain), and ``menduduki peringkat/posisi/jabatan`` (rank, hold
an office) is no occupation; ``menduduki`` a territory still is. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_keeping_is_no_detention(piped: Run) -> None:
    body = ("Pemerintah tetap mempertahankan PT Sinar Tambang di Pulau Obi. Status itu "
            "dipertahankan Kementerian Keuangan hingga akhir tahun.")
    assert [e for e in piped(body) if e.plover == "COERCE"] == []


def test_detention_still_fires(piped: Run) -> None:
    body = "Polisi menahan Budi Santoso di Medan pada Senin."
    assert [(e.plover, e.cameo) for e in piped(body)] == [("COERCE", "173")]


def test_a_ranking_is_no_occupation(piped: Run) -> None:
    body = ("Berdasarkan laporan indeks itu, Vietnam menduduki peringkat kelima, dan Thailand "
            "di posisi ke-16. Sebelumnya, Malaysia menduduki posisi ketiga, disusul Filipina.")
    assert [e for e in piped(body) if e.plover == "COERCE"] == []


def test_occupying_a_territory_fires(piped: Run) -> None:
    body = "Pasukan Israel menduduki Dataran Tinggi Golan milik Suriah sejak 1967."
    ev = [(e.source.code, e.plover, e.cameo, e.target.code) for e in piped(body)]
    assert ev == [("ISR", "COERCE", "192", "SYR")]
