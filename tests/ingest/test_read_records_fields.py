"""Field mapping of scraper exports: names, overrides, date+time join, ids, bad rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.ingest import IngestOptions

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_csv_multiline_fields_and_hints(ingest: Callable[..., Any]) -> None:
    docs, rejects = ingest([FIXTURES / "ekspor_multibaris.csv"])
    first = docs[0]
    assert first.format == "record"
    assert first.locator == "row=1"
    assert first.content.startswith("KUPANG - Gubernur")
    assert '"Ini kado untuk warga," kata gubernur.' in first.content
    assert first.hints.title == "Jembatan Baru Diresmikan di Kupang"
    assert first.hints.published == "03 Feb 2025"
    assert first.hints.section == "Regional"
    assert first.hints.outlet == "Contoh Berita"
    assert first.record is not None and first.record["No"] == "1"
    # "No" numbers rows within the file: the id comes from the URL instead
    assert first.id.startswith("u-")
    assert rejects[0].locator == "row=2" and rejects[0].code == "E101"
    assert docs[1].locator == "row=3"


def test_date_and_time_columns_are_joined_once(ingest: Callable[..., Any]) -> None:
    docs, _ = ingest([FIXTURES / "ekspor_tanggal_jam.csv"])
    assert docs[0].hints.published == "06 Jun 2025 21:02"
    # the date text already holds the time: not repeated
    assert docs[1].hints.published == "Contoh.id - 07/06/2025 10:15 WIB"
    assert docs[0].hints.authors == "Rina Wulandari"
    assert docs[0].hints.outlet == "contoh.id"


def test_field_override_picks_the_named_column(tmp_path: Path,
                                               ingest: Callable[..., Any]) -> None:
    path = tmp_path / "aneh.csv"
    path.write_text("judul,naskah,isi\nBanjir,Teks lengkap banjir.,ringkasan\n", encoding="utf-8")
    default, _ = ingest([path])
    assert default[0].content == "ringkasan"
    override, _ = ingest([path], IngestOptions(fields={"body": "NASKAH"}))
    assert override[0].content == "Teks lengkap banjir."


def test_no_body_column_is_one_reject_naming_the_columns(ingest: Callable[..., Any]) -> None:
    docs, rejects = ingest([FIXTURES / "tanpa_isi.csv"])
    assert docs == []
    assert [r.code for r in rejects] == ["E105"]
    assert "ringkasan" in rejects[0].reason and rejects[0].locator == "file"


def test_broken_jsonl_line_rejects_only_that_line(ingest: Callable[..., Any]) -> None:
    docs, rejects = ingest([FIXTURES / "ekspor_rusak.jsonl"])
    assert [d.locator for d in docs] == ["line=1", "line=3"]
    assert [(r.code, r.locator) for r in rejects] == [("E107", "line=2")]
    # a real id column is used as the id
    assert [d.id for d in docs] == ["i-a1b2c3d4-0001", "i-a1b2c3d4-0003"]


def test_ids_are_stable_across_runs_and_paths(tmp_path: Path,
                                              ingest: Callable[..., Any]) -> None:
    src = (FIXTURES / "ekspor_multibaris.csv").read_bytes()
    (tmp_path / "salinan.csv").write_bytes(src)
    first, _ = ingest([FIXTURES / "ekspor_multibaris.csv"])
    again, _ = ingest([FIXTURES / "ekspor_multibaris.csv"])
    moved, _ = ingest([tmp_path / "salinan.csv"])
    assert [d.id for d in first] == [d.id for d in again] == [d.id for d in moved]


def test_url_id_ignores_tracking_and_www(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    rows = [{"isi": "Teks satu.", "url": "https://www.contoh.id/a/?utm_source=x#atas"},
            {"isi": "Teks dua.", "url": "http://contoh.id/a"}]
    path = tmp_path / "u.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs, _ = ingest([path])
    assert docs[0].id == docs[1].id and docs[0].id.startswith("u-")


def test_numeric_id_column_is_a_row_number(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    path = tmp_path / "n.csv"
    path.write_text("id,isi\n1,Teks pertama.\n2,Teks kedua.\n", encoding="utf-8")
    docs, _ = ingest([path])
    assert all(d.id.startswith("c-") for d in docs)


def test_tokenised_paragraphs_are_joined(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    record = {"id": "berita-uji-1", "paragraphs": [[["Hujan", "turun", "."], ["Jalan", "licin", "."]],
                                                   [["Warga", "diminta", "waspada", "."]]]}
    path = tmp_path / "tok.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    docs, _ = ingest([path])
    assert docs[0].content == "Hujan turun . Jalan licin .\n\nWarga diminta waspada ."
    assert docs[0].record == record


def test_json_array_streams_items(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    items = [{"title": f"Berita {i}", "content": "x" * 5000 + str(i)} for i in range(40)]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(items, indent=1), encoding="utf-8")
    docs, rejects = ingest([path])
    assert rejects == []
    assert [d.hints.title for d in docs] == [f"Berita {i}" for i in range(40)]
    assert docs[39].locator == "item=40"


def test_json_object_wrapper(ingest: Callable[..., Any]) -> None:
    docs, _ = ingest([FIXTURES / "ekspor_objek.json"])
    assert [d.locator for d in docs] == ["data[1]", "data[2]"]
    assert docs[0].hints.published == "2025-03-01T08:00:00+07:00"
    assert docs[0].hints.title == "Gunung Api Berstatus Waspada"


def test_csv_row_with_too_many_fields_is_e107(tmp_path: Path,
                                              ingest: Callable[..., Any]) -> None:
    path = tmp_path / "r.csv"
    path.write_text("judul,isi\nA,Teks a.\nB,Teks b.,lebih\nC,Teks c.\n", encoding="utf-8")
    docs, rejects = ingest([path])
    assert [d.locator for d in docs] == ["row=1", "row=3"]
    assert [(r.code, r.locator) for r in rejects] == [("E107", "row=2")]
