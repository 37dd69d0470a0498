"""A row without body text is an E101 reject whose reason tells a blank row (nothing lost)
from a row that names an article whose text the scraper did not store (an article lost
upstream, worth re-scraping)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.errors import error_name

BODY = ("Pemerintah Kabupaten Sukamaju membuka posko pengaduan harga pupuk di setiap kecamatan "
        "mulai pekan depan.")


def test_blank_row_and_row_without_text_get_distinct_reasons(
    ingest: Callable[..., Any], tmp_path: Path
) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_text(
        "judul,url,isi\n"
        f"Posko Pupuk Dibuka,https://contoh.id/berita/posko-pupuk,{BODY}\n"
        ",,\n"
        "Galeri Foto: Panen Raya di Sukamaju,https://contoh.id/foto/panen-raya,\n",
        encoding="utf-8")
    docs, rejects = ingest([path])
    assert [d.locator for d in docs] == ["row=1"]
    blank, missed = rejects
    assert (blank.locator, blank.code) == ("row=2", "E101")
    assert blank.reason == "the body field 'isi' is empty: every field of the row is blank"
    assert (missed.locator, missed.code) == ("row=3", "E101")
    assert "'Galeri Foto: Panen Raya di Sukamaju'" in missed.reason
    assert missed.reason.endswith("the scraper missed its text")


def test_jsonl_record_with_only_a_url_names_it(ingest: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "ekspor.jsonl"
    long_url = "https://contoh.id/berita/" + "-".join(["kata"] * 40)
    path.write_text(json.dumps({"url": long_url, "text": "  "}) + "\n", encoding="utf-8")
    _, (rej,) = ingest([path])
    assert rej.code == "E101" and "https://contoh.id/berita/kata-" in rej.reason
    assert "…" in rej.reason  # a long name is shortened


def test_error_name_of_a_reject_code() -> None:
    assert error_name("E101") == "EmptyInput"
    assert error_name("E201") == "NotAnArticle"
    assert error_name("E302") == "DuplicateId"
    assert error_name("E999") == ""
