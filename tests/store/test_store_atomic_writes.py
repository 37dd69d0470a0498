"""A crash at any point of a write leaves the last committed store readable and unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_helpers import ARTICLES, RunFn, corpus, raw

from warta.store import Store, connect
from warta.store import files as store_files


def _titles(out: Path) -> list[tuple[str, str]]:
    return connect(out).execute("SELECT id, body FROM articles ORDER BY id").fetchall()


def test_crash_before_meta_replace_keeps_old_data(
    run_docs: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_docs(corpus(), out)
    before = _titles(out)
    real_replace = os.replace

    def crash_on_meta(src: object, dst: object) -> None:
        if str(dst).endswith("_meta.json"):
            raise OSError("simulated crash between tmp and replace")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(store_files.os, "replace", crash_on_meta)
    edited = raw("banjir", ARTICLES["banjir"] + "\n\nTambahan paragraf dari redaksi.")
    with pytest.raises(OSError, match="simulated crash"):
        run_docs([edited, raw("baru", ARTICLES["pasar"] + " Berita baru.")], out)
    monkeypatch.undo()

    assert _titles(out) == before
    assert Store.open(out).count("articles") == 3
    # the next successful run cleans up and works normally
    summary = run_docs([edited], out)
    assert summary.counts.replaced == 1
    bodies = dict(_titles(out))
    assert bodies["banjir"].endswith("Tambahan paragraf dari redaksi.")
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_crash_inside_parquet_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "part.parquet"
    store_files.write_bytes_atomic(target, b"old")

    def boom(src: object, dst: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(store_files.os, "replace", boom)
    with pytest.raises(OSError):
        store_files.write_bytes_atomic(target, b"new contents")
    assert target.read_bytes() == b"old"


def test_input_stream_failure_aborts_without_committing(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_docs(corpus()[:1], out)

    def items():  # type: ignore[no-untyped-def]
        yield raw("pasar", ARTICLES["pasar"])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_docs(items(), out)
    assert Store.open(out).count("articles") == 1
    listed = {p for files in Store.open(out).state.tables.values() for p in files}
    on_disk = {f"{p.parent.name}/{p.name}" for p in out.glob("*/part-*.parquet")}
    assert on_disk == listed  # the aborted run's parts were removed


def test_second_writer_is_refused(run_docs: RunFn, tmp_path: Path) -> None:
    from warta.errors import StoreError

    out = tmp_path / "out"
    run_docs(corpus()[:1], out)
    with Store.open(out).writer("holder"), pytest.raises(StoreError, match="another run"):
        run_docs(corpus(), out)
    assert Store.open(out).count("articles") == 1
