"""Compaction merges part files without changing what readers see."""

from __future__ import annotations

from pathlib import Path

from store_helpers import ARTICLES, RunFn, corpus, raw

from warta.store import Store, compact, connect


def test_compact_merges_parts_and_keeps_rows(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_docs(corpus(), out)
    run_docs([raw("tambahan", ARTICLES["pasar"] + " Ralat harga.")], out)
    run_docs([raw("banjir", ARTICLES["banjir"] + " Pembaruan sore.")], out)  # a replacement
    q = "SELECT id, body FROM articles ORDER BY id"
    before = connect(out).execute(q).fetchall()
    assert len(Store.open(out).parts("articles")) > 1
    compact(out)
    store = Store.open(out)
    assert all(len(store.parts(t)) <= 1 for t in store.state.tables)
    assert connect(out).execute(q).fetchall() == before
    assert connect(out, snapshot=True).execute(q).fetchall() == before
    assert store.count("runs") == 3
    summary = run_docs(corpus(), out)  # idempotency survives compaction
    assert summary.counts.unchanged == 2 and summary.counts.replaced == 1
