"""Directories, globs, missing paths, stats, and laziness of iter_inputs."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.doc import RawDocument
from warta.ingest import IngestOptions, IngestStats, iter_inputs


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / ".tersembunyi").mkdir()
    (root / "a.txt").write_text("Berita pertama hari ini.", encoding="utf-8")
    (root / "b" / "c.txt").write_text("Berita kedua dari subfolder.", encoding="utf-8")
    (root / ".catatan.txt").write_text("Jangan dibaca.", encoding="utf-8")
    (root / ".tersembunyi" / "d.txt").write_text("Jangan dibaca juga.", encoding="utf-8")


def test_directory_is_walked_sorted_skipping_hidden(tmp_path: Path,
                                                    ingest: Callable[..., Any]) -> None:
    _tree(tmp_path)
    docs, rejects = ingest([tmp_path])
    assert rejects == []
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == ["a.txt", "b/c.txt"]
    flat, _ = ingest([tmp_path], IngestOptions(recursive=False))
    assert [Path(d.source).name for d in flat] == ["a.txt"]


def test_glob_and_missing_path(tmp_path: Path, ingest: Callable[..., Any]) -> None:
    _tree(tmp_path)
    docs, rejects = ingest([str(tmp_path / "**" / "*.txt"), tmp_path / "tidak-ada.csv",
                            str(tmp_path / "*.parquet")])
    assert sorted(Path(d.source).name for d in docs) == ["a.txt", "c.txt"]
    assert [r.code for r in rejects] == ["E108", "E108"]


def test_stats_count_files_records_and_rejects(tmp_path: Path,
                                               ingest: Callable[..., Any]) -> None:
    _tree(tmp_path)
    (tmp_path / "kosong.txt").write_bytes(b"")
    stats = IngestStats()
    ingest([tmp_path], None, stats)
    assert (stats.files, stats.records, dict(stats.rejects)) == (3, 2, {"E101": 1})
    assert stats.to_dict()["formats"] == {"text": 2}  # the empty file has no format


def test_iter_inputs_is_lazy_on_a_large_csv(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    row = "Judul berita {i},\"" + "Isi berita yang cukup panjang. " * 30 + "\",https://contoh.id/{i}\n"
    with open(path, "w", encoding="utf-8") as out:
        out.write("judul,isi,link\n")
        for i in range(20000):
            out.write(row.format(i=i))
    size = path.stat().st_size
    assert size > 15_000_000
    tracemalloc.start()
    try:
        items = iter_inputs([str(path)], IngestOptions())
        first = next(items)
        assert isinstance(first, RawDocument) and first.locator == "row=1"
        count = 1 + sum(1 for _ in items)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20000
    assert peak < size / 4  # streaming: far less than the file held in memory


def test_directory_walk_skips_non_input_files_and_counts_them(
        tmp_path: Path, ingest: Callable[..., Any]) -> None:
    _tree(tmp_path)
    (tmp_path / "README.md").write_text("# Catatan folder", encoding="utf-8")
    (tmp_path / "b" / "pengaturan.yaml").write_text("kunci: nilai", encoding="utf-8")
    (tmp_path / "b" / "catatan.yaml.gz").write_bytes(b"\x1f\x8b")
    (tmp_path / "tanpa-ekstensi").write_text("Berita ketiga tanpa ekstensi.", encoding="utf-8")
    stats = IngestStats()
    docs, rejects = ingest([tmp_path], None, stats)
    assert rejects == []
    assert sorted(Path(d.source).name for d in docs) == ["a.txt", "c.txt", "tanpa-ekstensi"]
    assert dict(stats.skipped) == {"file:.md": 1, "file:.yaml": 2, "file:hidden": 1,
                                   "dir:hidden": 1}
    assert stats.files == 3


def test_unknown_extension_named_explicitly_is_still_rejected(
        tmp_path: Path, ingest: Callable[..., Any]) -> None:
    (tmp_path / "README.md").write_text("# Catatan folder", encoding="utf-8")
    stats = IngestStats()
    docs, rejects = ingest([tmp_path / "README.md"], None, stats)
    assert docs == [] and [r.code for r in rejects] == ["E106"]
    assert not stats.skipped
