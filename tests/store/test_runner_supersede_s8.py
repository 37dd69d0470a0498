"""One outcome per input id, and nothing lost to an earlier, poorer copy of the same page.

Exports often list one URL twice: once as a truncated or empty scrape, once in full. The
full copy must win whatever the order: an article over a reject of the same id, the longer
body over the shorter one; and re-running the same inputs must write nothing new."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from store_helpers import ARTICLES, RunFn, raw

from warta import runner
from warta.store import TABLES, Store, connect

FULL = ARTICLES["banjir"]
FIRST_PAGE = FULL.split("\n\n")[0]  # a scrape that kept the first paragraph only


def _copy(aid: str, text: str, where: str) -> object:
    return dataclasses.replace(raw(aid, text), locator=where)


def _bodies(out: Path) -> list[tuple[str, str]]:
    return connect(out).execute("SELECT id, body FROM articles ORDER BY id").fetchall()


def _rejects(out: Path) -> list[tuple[str, str]]:
    return connect(out).execute("SELECT id, code FROM rejects ORDER BY id").fetchall()


def test_article_wins_over_an_earlier_reject_of_the_same_id(run_docs: RunFn,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "out"
    empty = _copy("banjir", "lanjut membaca", "ekspor-a:row=3")
    summary = run_docs([empty, _copy("banjir", FULL, "ekspor-b:row=9")], out)
    assert _bodies(out) == [("banjir", FULL)]
    assert _rejects(out) == []
    assert summary.counts.articles == 1 and summary.counts.superseded == 1
    assert summary.counts.rejected == 0


def test_a_reject_after_the_article_changes_nothing(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_docs([_copy("banjir", FULL, "a"), _copy("banjir", "pendek", "b")], out)
    assert _bodies(out) == [("banjir", FULL)]
    assert summary.counts.articles == 1 and summary.counts.superseded == 1
    assert summary.counts.rejected == 0
    assert _rejects(out) == []  # the id is an article: its reject is not stored


@pytest.mark.parametrize("order", ["short first", "long first"])
def test_the_longer_copy_wins_in_either_order(run_docs: RunFn, tmp_path: Path,
                                              order: str) -> None:
    out = tmp_path / "out"
    short, long = _copy("banjir", FIRST_PAGE, "baru:row=1"), _copy("banjir", FULL, "lama:row=7")
    items = [short, long] if order == "short first" else [long, short]
    summary = run_docs(items, out)
    assert _bodies(out) == [("banjir", FULL)]
    assert _rejects(out) == [("banjir@baru:row=1", "E302")]
    reason = connect(out).execute("SELECT reason FROM rejects").fetchone()
    assert reason is not None and f"has {len(FIRST_PAGE)} characters" in reason[0]
    assert summary.counts.articles == 1 and summary.counts.new == 1
    assert summary.counts.rejects == {"E302": 1}
    assert connect(out).execute("SELECT count(*) FROM minhash").fetchone() == (1,)


def test_three_copies_keep_the_longest(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    two = "\n\n".join(FULL.split("\n\n")[:2])
    items = [_copy("banjir", FIRST_PAGE, "a"), _copy("banjir", FULL, "b"),
             _copy("banjir", two, "c")]
    summary = run_docs(items, out)
    assert _bodies(out) == [("banjir", FULL)]
    assert _rejects(out) == [("banjir@a", "E302"), ("banjir@c", "E302")]
    assert summary.counts.articles == 1 and summary.counts.rejected == 2


def test_flushed_rows_of_the_shorter_copy_are_taken_back(
    run_docs: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "BATCH_ARTICLES", 1)  # every article goes to a part file
    out = tmp_path / "out"
    items = [_copy("banjir", FIRST_PAGE, "a"), raw("pasar", ARTICLES["pasar"]),
             _copy("banjir", FULL, "b")]
    run_docs(items, out)
    assert _bodies(out) == [("banjir", FULL), ("pasar", ARTICLES["pasar"])]
    assert connect(out).execute(
        "SELECT count(*) FROM minhash WHERE article_id = 'banjir'").fetchone() == (1,)


@pytest.mark.parametrize("order", ["short first", "long first"])
def test_rerun_with_two_copies_writes_nothing(run_docs: RunFn, tmp_path: Path,
                                              order: str) -> None:
    out = tmp_path / "out"
    short, long = _copy("banjir", FIRST_PAGE, "a"), _copy("banjir", FULL, "b")
    empty = _copy("sekolah", "kosong", "c")
    items = [short, long, empty, raw("sekolah", ARTICLES["sekolah"])]
    if order == "long first":
        items = [long, short, raw("sekolah", ARTICLES["sekolah"]), empty]
    run_docs(items, out)
    store = Store.open(out)
    counts = {t: store.count(t) for t in TABLES if t != "runs"}
    second = run_docs(items, out)
    store = Store.open(out)
    assert {t: store.count(t) for t in TABLES if t != "runs"} == counts
    assert set(second.rows_written) == {"runs"}
    assert second.counts.unchanged == 2 and second.counts.replaced == 0
    assert _bodies(out)[0] == ("banjir", FULL)


def test_a_shorter_edit_given_alone_still_replaces(run_docs: RunFn, tmp_path: Path) -> None:
    """Held back in case the longer stored copy comes again, then written at the end."""
    out = tmp_path / "out"
    run_docs([_copy("banjir", FULL, "a")], out)
    summary = run_docs([_copy("banjir", FIRST_PAGE, "a")], out)
    assert _bodies(out) == [("banjir", FIRST_PAGE)]
    assert summary.counts.replaced == 1
