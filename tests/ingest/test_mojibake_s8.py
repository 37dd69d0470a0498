"""Text garbled upstream (UTF-8 read as cp1252 by a scraper, then saved as UTF-8) is
repaired at ingest: names (``JÃ³hann``) and quotation marks (``â€œ``) come back, so the
cleaner, the quote finder and the entity linker see the real text. Correct text is left
exactly as it is. Sentences are our own."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from warta.doc import Hints
from warta.ingest.context import repaired
from warta.ingest.decode import repair_mojibake

GOOD = ("Analis pariwisata Jóhann Sigurðsson mengatakan “jumlah wisatawan ke Reykjavík naik "
        "tajam” sepanjang musim panas, dengan kisaran pertumbuhan 2,5% ±1% per bulan.")


def _garble(text: str) -> str:
    """UTF-8 bytes read as cp1252, a byte cp1252 leaves undefined kept as its latin-1
    character (what the garbled scrapes hold: ``â€\x9d`` for a closing quote)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in text.encode("utf-8"))


def test_garbled_text_is_repaired() -> None:
    bad = _garble(GOOD)
    assert "Ã³" in bad and "â€œ" in bad
    assert repair_mojibake(bad) == GOOD


@pytest.mark.parametrize("text", [
    GOOD,
    "Harga cabai naik menjadi Rp 45.000 per kilogram di Pasar Beringharjo.",
    "Café di Jalan Braga itu menyajikan crème brûlée dan kopi Gayo — kata pemiliknya.",
    "Suhu mencapai 38°C; warga diminta minum air × 2 lebih banyak.",
])
def test_correct_text_is_unchanged(text: str) -> None:
    assert repair_mojibake(text) == text


def test_title_hint_is_repaired_too() -> None:
    content, hints = repaired(_garble(GOOD), Hints(title=_garble("Wisatawan ke Reykjavík Naik")))
    assert content == GOOD and hints.title == "Wisatawan ke Reykjavík Naik"


def test_export_row_with_garbled_body_is_read_repaired(ingest: Callable[..., Any],
                                                      tmp_path: Path) -> None:
    path = tmp_path / "ekspor.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["judul", "isi"])
        writer.writerow(["Wisatawan Naik", _garble(GOOD)])
    (doc,), _ = ingest([path])
    assert doc.content == GOOD
    assert doc.record is not None and "Ã³" in doc.record["isi"]  # the record stays as read
