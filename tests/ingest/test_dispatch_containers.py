"""Containers and sniffing: gzip, zip, WARC.gz, Parquet, stdin, and damaged inputs."""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest import IngestOptions, IngestStats

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
CSV = (FIXTURES / "ekspor_multibaris.csv").read_bytes()
PAGE = (FIXTURES / "halaman.html").read_bytes()


def _many_rows(n: int) -> bytes:
    lines = ["judul,isi,link"] + [f"Berita {i},Isi berita nomor {i}.,https://contoh.id/{i}"
                                  for i in range(n)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_gzip_csv_reads_like_plain(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    (tmp_path / "e.csv.gz").write_bytes(gzip.compress(CSV))
    docs, rejects = ingest([tmp_path / "e.csv.gz"])
    plain, _ = ingest([FIXTURES / "ekspor_multibaris.csv"])
    assert [d.id for d in docs] == [d.id for d in plain]
    assert [r.code for r in rejects] == ["E101"]


def test_zip_members_have_member_locators(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    path = tmp_path / "arsip.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ekspor/a.csv", CSV)
        archive.writestr("halaman.html", PAGE)
        archive.writestr("__MACOSX/._a.csv", b"\x00\x05junk")
        archive.writestr("catatan.txt.gz", gzip.compress(b"Catatan redaksi hari ini."))
    docs, rejects = ingest([path])
    assert [d.locator for d in docs] == ["member=ekspor/a.csv:row=1", "member=ekspor/a.csv:row=3",
                                         "member=halaman.html", "member=catatan.txt.gz"]
    assert [r.locator for r in rejects] == ["member=ekspor/a.csv:row=2"]
    assert docs[2].hints.url == "https://contoh.id/nelayan-terima-bantuan"
    assert docs[3].format == "text"


def test_truncated_gzip_yields_rows_before_the_damage(tmp_path: Path,
                                                      ingest: Callable[..., Any]) -> None:
    data = gzip.compress(_many_rows(20000))
    (tmp_path / "potong.csv.gz").write_bytes(data[: len(data) // 2])
    docs, rejects = ingest([tmp_path / "potong.csv.gz"])
    assert len(docs) > 1000
    assert [d.locator for d in docs[:2]] == ["row=1", "row=2"]
    assert [r.code for r in rejects] == ["E104"]


def test_corrupt_zip_is_e104(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("a.csv", CSV)
    (tmp_path / "rusak.zip").write_bytes(buf.getvalue()[:40])
    docs, rejects = ingest([tmp_path / "rusak.zip"])
    assert docs == [] and [r.code for r in rejects] == ["E104"]


def _warc(path: Path) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("uji.warc.gz", {"software": "uji"}))

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://contoh.id/berita/1", "200 OK", "text/html; charset=utf-8", PAGE)
        response("https://contoh.id/gambar.png", "200 OK", "image/png", b"\x89PNG....")
        response("https://contoh.id/hilang", "404 Not Found", "text/html", b"<html>404</html>")
        writer.write_record(writer.create_warc_record(
            "https://contoh.id/berita/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_gz_html_responses_become_pages(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    stats = IngestStats()
    docs, rejects = ingest([path], None, stats)
    assert rejects == []
    assert len(docs) == 1
    page = docs[0]
    assert page.format == "html"
    assert page.hints.url == "https://contoh.id/berita/1"  # WARC-Target-URI wins
    assert page.hints.published is None  # crawl date is not publication date
    assert page.locator.startswith("warc-offset=") and int(page.locator.split("=")[1]) > 0
    assert "Pangandaran" in page.content
    assert stats.skipped == {"warc:warcinfo": 1, "warc:response-not-html": 1,
                             "warc:response-not-2xx": 1, "warc:request": 1}


def test_warc_sniffed_without_extension(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    _warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "crawl.warc.gz").rename(tmp_path / "tanpanama")
    docs, _ = ingest([tmp_path / "tanpanama"])
    assert [d.format for d in docs] == ["html"]


def test_parquet_rows(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    table = pa.table({"Judul": ["Satu", "Dua"], "Isi": ["Isi satu.", None],
                      "Tanggal": ["01 Mei 2025", "02 Mei 2025"]})
    pq.write_table(table, tmp_path / "e.parquet")
    docs, rejects = ingest([tmp_path / "e.parquet"])
    assert [(d.locator, d.content, d.hints.title) for d in docs] == [("row=1", "Isi satu.", "Satu")]
    assert [(r.locator, r.code) for r in rejects] == [("row=2", "E101")]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    class _Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", _Stdin)


@pytest.mark.parametrize(("data", "fmt", "count"), [
    (CSV, "record", 2),
    (gzip.compress(CSV), "record", 2),
    (PAGE, "html", 1),
    (b'{"isi": "Satu."}\n{"isi": "Dua."}\n', "record", 2),
    (b'[{"isi": "Satu."}]', "record", 1),
    (b"Bupati meninjau lokasi longsor, Selasa.\nWarga mengungsi.", "text", 1),
])
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, ingest: Callable[..., Any],
                          data: bytes, fmt: str, count: int) -> None:
    _stdin(monkeypatch, data)
    docs, _ = ingest(["-"])
    assert [d.format for d in docs] == [fmt] * count
    assert all(d.source == "-" for d in docs)


@pytest.mark.parametrize(("name", "data", "code"), [
    ("kosong.csv", b"", "E101"),
    ("spasi.txt", b"  \n\n ", "E101"),
    ("gambar.txt", bytes(range(256)) * 8, "E102"),
    ("tanpanama", b"\x00\x01\x02\x03binary\x00" * 50, "E102"),
    ("dokumen.pdf", b"%PDF-1.4 ...", "E106"),
])
def test_bad_inputs_are_rejected(tmp_path: Path, ingest: Callable[..., Any],
                                 name: str, data: bytes, code: str) -> None:
    (tmp_path / name).write_bytes(data)
    docs, rejects = ingest([tmp_path / name])
    assert docs == [] and [r.code for r in rejects] == [code]


def test_forced_encoding_that_does_not_fit_is_e103(tmp_path: Path,
                                                   ingest: Callable[..., Any]) -> None:
    (tmp_path / "a.txt").write_bytes(b"Kafe di Depok" + b"\xe9\xff")
    docs, rejects = ingest([tmp_path / "a.txt"], IngestOptions(encoding="utf-8"))
    assert docs == [] and [r.code for r in rejects] == ["E103"]


def test_undecodable_bytes_after_the_head_of_a_csv(tmp_path: Path,
                                                   ingest: Callable[..., Any]) -> None:
    # valid UTF-8 for the first megabyte, then a stray cp1252 byte: rows so far, then E103
    (tmp_path / "campur.csv").write_bytes(_many_rows(30000) + b"Akhir,caf\xe9 rusak.,x\n")
    docs, rejects = ingest([tmp_path / "campur.csv"])
    assert len(docs) > 20000
    assert [r.code for r in rejects] == ["E103"]
