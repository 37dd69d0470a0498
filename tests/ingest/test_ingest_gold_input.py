"""raw_from_gold_input builds the same RawDocument shapes as the file readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.errors import UnsupportedFormat
from warta.ingest.gold import raw_from_gold_input


def test_gold_record_maps_fields_and_keeps_record() -> None:
    record = {"Judul": "Banjir Rendam Tiga Desa", "Isi": "Banjir merendam\r\ntiga desa.",
              "Tanggal": "06 Jun 2025", "Link": "https://contoh.id/a", "No": "3"}
    raw = raw_from_gold_input({"format": "record", "record": record}, Path("."), "g-1")
    assert raw.id == "g-1"
    assert raw.format == "record"
    assert raw.content == "Banjir merendam\ntiga desa."
    assert raw.hints.title == "Banjir Rendam Tiga Desa"
    assert raw.hints.published == "06 Jun 2025"
    assert raw.hints.url == "https://contoh.id/a"
    assert raw.record == record


def test_gold_text_inline_and_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Jakarta - Warga\r\nberkumpul.".encode("cp1252"))
    inline = raw_from_gold_input({"format": "text", "text": "Isi berita."}, tmp_path, "t-1")
    from_file = raw_from_gold_input({"format": "text", "path": "a.txt"}, tmp_path, "t-2")
    assert inline.content == "Isi berita."
    assert from_file.content == "Jakarta - Warga\nberkumpul."


def test_gold_html_uses_given_url_and_meta_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Uji</title></head>'
            '<body><p>Caf\xe9 di Bandung dibuka.</p></body></html>').encode("cp1252")
    (tmp_path / "p.html").write_bytes(page)
    raw = raw_from_gold_input({"format": "html", "path": "p.html", "url": "https://x.id/p"},
                              tmp_path, "h-1")
    assert raw.format == "html"
    assert "Caf\xe9" in raw.content
    assert raw.hints.url == "https://x.id/p"


def test_gold_unknown_format_raises() -> None:
    with pytest.raises(UnsupportedFormat):
        raw_from_gold_input({"format": "pdf"}, Path("."), "x")
