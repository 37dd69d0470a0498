"""Re-running the same input writes nothing new; a changed input replaces its old rows."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from store_helpers import ARTICLES, FakeClean, RunFn, corpus, raw

from warta.config import PipelineConfig
from warta.pipeline import Pipeline
from warta.resources import Resources
from warta.runner import run_stream
from warta.store import TABLES, Store, connect


def _counts(out: Path) -> dict[str, int]:
    store = Store.open(out)
    return {t: store.count(t) for t in TABLES if t != "runs"}


def test_same_input_twice_writes_nothing_new(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    items = [*corpus(), raw("pendek", "terlalu pendek")]
    first = run_docs(items, out)
    counts = _counts(out)
    second = run_docs(items, out)
    assert _counts(out) == counts
    assert first.counts.new == 3 and second.counts.new == 0
    assert second.counts.unchanged == 3
    assert set(second.rows_written) == {"runs"}
    assert Store.open(out).count("runs") == 2


def test_changed_article_replaces_old_row(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_docs(corpus(), out)
    edited = raw("pasar", ARTICLES["pasar"].replace("dua kali lipat", "tiga kali lipat"))
    summary = run_docs([edited], out)
    assert summary.counts.replaced == 1
    rows = connect(out).execute(
        "SELECT body FROM articles WHERE id = 'pasar'").fetchall()
    assert len(rows) == 1 and "tiga kali lipat" in rows[0][0]
    assert connect(out).execute(
        "SELECT count(*) FROM minhash WHERE article_id = 'pasar'").fetchone() == (1,)
    assert Store.open(out).count("articles") == 3


def test_new_pipeline_version_replaces_every_article(
    run_docs: RunFn, tmp_path: Path, resources: Resources
) -> None:
    out = tmp_path / "out"
    run_docs(corpus(), out)

    class FakeCleanV2(FakeClean):
        version = "2"

    pipe = Pipeline((FakeCleanV2(),), PipelineConfig(components=("fakeclean",)))
    summary = run_stream(corpus(), out, pipe.config, pipeline=pipe, resources=resources,
                         progress=False)
    assert summary.counts.replaced == 3
    versions = connect(out).execute(
        "SELECT DISTINCT versions[1].version FROM articles").fetchall()
    assert versions == [("2",)]


def test_reject_then_fixed_input_leaves_only_the_article(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_docs([raw("koreksi", "pendek")], out)
    assert Store.open(out).count("rejects") == 1
    run_docs([raw("koreksi", ARTICLES["sekolah"])], out)
    store = Store.open(out)
    assert store.count("rejects") == 0 and store.count("articles") == 1


def test_same_id_twice_in_one_run_with_other_content_is_rejected(
    run_docs: RunFn, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    twin = dataclasses.replace(raw("banjir", ARTICLES["pasar"]), locator="baris-2")
    summary = run_docs([raw("banjir", ARTICLES["banjir"]), twin], out)
    assert summary.counts.articles == 1
    assert summary.counts.rejects == {"E302": 1}
    body = connect(out).execute("SELECT body FROM articles").fetchone()
    assert body is not None and body[0] == ARTICLES["banjir"]
    rejects = connect(out).execute("SELECT id, code FROM rejects").fetchall()
    assert rejects == [("banjir@baris-2", "E302")]


def test_same_input_twice_in_one_run_is_stored_once(run_docs: RunFn, tmp_path: Path) -> None:
    summary = run_docs([*corpus(), *corpus()], tmp_path / "out")
    assert summary.counts.articles == 3 and summary.counts.repeated == 3
    assert Store.open(tmp_path / "out").count("articles") == 3


def test_fixed_source_clears_its_old_rejects(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    bad = dataclasses.replace(raw("baris-rusak", "pendek"), source="ekspor.csv")
    other = dataclasses.replace(raw("lain", "juga pendek"), source="lain.csv")
    run_docs([bad, other], out)
    fixed = dataclasses.replace(raw("baris-baik", ARTICLES["pasar"]), source="ekspor.csv")
    summary = run_docs([fixed], out)
    assert summary.counts.resolved == 1
    rejects = connect(out).execute("SELECT id FROM rejects").fetchall()
    assert rejects == [("lain",)]  # a source not read again keeps its rejects
