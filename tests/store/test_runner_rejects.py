"""Every input is an article or a reject row; --strict fails; workers give the same store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_helpers import ARTICLES, RunFn, corpus, raw

from warta.doc import Reject
from warta.errors import DocumentSkipped, RunHadRejects
from warta.store import Store, connect


def _items() -> list[object]:
    return [
        *corpus(),
        raw("bom", "Berita ini MELEDAK di tengah jalan dan tidak bisa diproses."),
        raw("pendek", "Hanya judul."),
        Reject(id="file-1", source="rusak.csv.gz", locator="rusak.csv.gz", stage="ingest",
               code="E104", reason="truncated gzip stream"),
    ]


def test_failures_become_reject_rows(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_docs(_items(), out)
    assert summary.counts.inputs == 6 and summary.counts.articles == 3
    assert summary.counts.rejects == {"E104": 1, "E201": 1, "E403": 1}
    rows = connect(out).execute(
        "SELECT id, stage, code, reason FROM rejects ORDER BY id").fetchall()
    assert [r[:3] for r in rows] == [
        ("bom", "fakeclean", "E403"),
        ("file-1", "ingest", "E104"),
        ("pendek", "fakeclean", "E201"),
    ]
    assert "RuntimeError: komponen meledak" in rows[0][3]
    assert summary.reject_examples["E201"] == "only 12 characters"


def test_document_skipped_is_a_reject(run_docs: RunFn, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from store_helpers import FakeClean

    def skip(self: object, doc: object, resources: object) -> object:
        raise DocumentSkipped("E299", "sengaja dilewati")

    monkeypatch.setattr(FakeClean, "__call__", skip)
    summary = run_docs(corpus()[:1], tmp_path / "out")
    assert summary.counts.rejects == {"E299": 1}


def test_strict_commits_then_raises(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(RunHadRejects) as err:
        run_docs(_items(), out, strict=True)
    assert err.value.code == "E404"
    assert err.value.summary.counts.rejected == 3  # type: ignore[attr-defined]
    assert Store.open(out).count("articles") == 3
    run_docs(corpus(), tmp_path / "clean", strict=True)  # no rejects: no error


def test_manifest_records_the_run(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_docs(_items(), out, inputs=["contoh/"])
    manifest = json.loads((out / "runs" / f"{summary.run_id}.json").read_text())
    assert manifest["counts"]["articles"] == 3
    assert manifest["versions"] == {"fakeclean": "1"}
    assert manifest["resources_fingerprint"] == "test-resources"
    assert {"ingest", "store", "dedup", "commit", "publish",
            "component:fakeclean"} <= set(manifest["timings"])
    row = connect(out).execute("SELECT run_id, inputs, counts FROM runs").fetchone()
    assert row is not None and row[0] == summary.run_id and row[1] == ["contoh/"]
    assert json.loads(row[2])["rejects"] == {"E104": 1, "E201": 1, "E403": 1}


def test_process_pool_gives_the_same_store(run_docs: RunFn, tmp_path: Path) -> None:
    many = [raw(f"n{i:03d}", f"{ARTICLES['pasar']} Catatan nomor {i}.") for i in range(70)]
    items = [*_items(), *many]
    one = run_docs(items, tmp_path / "one")
    two = run_docs(items, tmp_path / "two", workers=2)
    assert one.counts.to_dict() == two.counts.to_dict()
    q = "SELECT id, content_hash FROM articles ORDER BY id"
    assert connect(tmp_path / "one").execute(q).fetchall() == \
        connect(tmp_path / "two").execute(q).fetchall()
