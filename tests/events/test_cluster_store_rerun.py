"""The event-clustering store step: clusters across articles after a run, near-duplicate
articles counted once, deterministic ids, idempotent and incremental re-runs."""

from __future__ import annotations

from pathlib import Path

from event_store_helpers import ARREST, corpus, raw, run_items

from warta.resources import Resources
from warta.store import Store


def _clusters(out: Path) -> dict[str, dict[str, object]]:
    return {r["event_id"]: r for r in Store.open(out).read("event_clusters").to_pylist()}


def test_reports_of_one_event_form_one_cluster(tmp_path: Path, res: Resources) -> None:
    summary = run_items(list(corpus().values()), tmp_path, res)
    rows = _clusters(tmp_path)
    arrest = {e for e, r in rows.items() if r["cluster_id"] == "a1-arrest:0"}
    assert arrest == {"a1-arrest:0", "a2-arrest-copy:0", "a3-followup:0"}
    row = rows["a3-followup:0"]
    # a1 and a2 are near duplicates (one edited word): one report, two articles
    assert (row["articles"], row["reports"], row["outlets"]) == (3, 2, 2)
    assert rows["a2-arrest-copy:0"]["report_id"] == "a1-arrest"
    # the protest a week later is a new event; the 2014 reference is a period
    assert rows["b2-protest-later:0"]["cluster_id"] == "b2-protest-later:0"
    assert rows["c1-history:0"]["date_basis"] == "period"
    assert summary.counts.events == {"events": 6, "clusters": 4, "multi_report": 1}
    assert "event_clusters" in summary.timings


def test_rerun_changes_nothing_and_order_does_not_matter(tmp_path: Path,
                                                         res: Resources) -> None:
    items = list(corpus().values())
    run_items(items, tmp_path / "one", res)
    first = _clusters(tmp_path / "one")
    parts = Store.open(tmp_path / "one").state.tables["event_clusters"]
    summary = run_items(items, tmp_path / "one", res)
    assert summary.counts.unchanged == len(items)
    assert Store.open(tmp_path / "one").state.tables["event_clusters"] == parts  # not rewritten
    run_items(list(reversed(items)), tmp_path / "two", res)
    assert _clusters(tmp_path / "two") == first


def test_incremental_runs_equal_one_run(tmp_path: Path, res: Resources) -> None:
    items = list(corpus().values())
    run_items(items, tmp_path / "all", res)
    for item in items:  # one article per run, latest first
        run_items([item], tmp_path / "step", res)
    assert _clusters(tmp_path / "step") == _clusters(tmp_path / "all")


def test_replaced_article_leaves_its_cluster(tmp_path: Path, res: Resources) -> None:
    items = corpus()
    run_items(list(items.values()), tmp_path, res)
    # a3 is corrected: it now carries no event; the arrest cluster shrinks to a1 + a2
    run_items([raw("a3-followup", "Koreksi: berita ini ditarik oleh redaksi karena "
                   "belum terverifikasi dan akan diperbarui kemudian.", "kabar.id",
                   "2024-05-09T10:00:00+07:00")], tmp_path, res)
    rows = _clusters(tmp_path)
    assert "a3-followup:0" not in rows
    assert rows["a1-arrest:0"]["articles"] == 2 and rows["a1-arrest:0"]["reports"] == 1
    # an exact copy under a new id joins the same report
    run_items([raw("a4-exact", ARREST, "lain.id", "2024-05-08T09:00:00+07:00")], tmp_path,
              res)
    rows = _clusters(tmp_path)
    assert rows["a4-exact:0"]["cluster_id"] == "a1-arrest:0"
    assert rows["a4-exact:0"]["reports"] == 1 and rows["a4-exact:0"]["articles"] == 3
