"""The events table: GDELT-like columns from the ontology data, the article's fields
repeated, every mention kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_store_helpers import corpus, run_items

from warta.events.ontology import load_ontology
from warta.resources import Resources
from warta.store import Store, connect


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, res: Resources) -> Path:
    out = tmp_path_factory.mktemp("events-table")
    run_items(list(corpus().values()), out, res)
    return out


def test_ontology_columns_come_from_cameo_tsv(store: Path, res: Resources) -> None:
    rows = {r["event_id"]: r for r in Store.open(store).read("events").to_pylist()}
    onto = load_ontology(res)
    for row in rows.values():
        code = onto.cameo[row["cameo"]]
        assert (row["quad_class"], row["goldstein"], row["cameo_name"]) == (
            code.quad_class, code.goldstein, code.name)
        assert row["cameo_root"] == row["cameo"][:2]
    arrest = rows["a1-arrest:0"]
    assert (arrest["quad_class"], arrest["cameo_root"], arrest["plover"]) == (4, "17", "COERCE")
    assert arrest["goldstein"] < 0


def test_actor_article_and_evidence_columns(store: Path) -> None:
    con = connect(store)
    try:
        row = con.execute(
            "SELECT source_code, source_sector, source_name, target_code, target_sector, "
            "target_name, status, outlet, published_date, evidence, start, \"end\", "
            "mentions, num_mentions, location, rule, confidence "
            "FROM events WHERE event_id = 'a1-arrest:0'").fetchone()
        body = con.execute("SELECT body FROM articles WHERE id = 'a1-arrest'").fetchone()
    finally:
        con.close()
    assert row is not None and body is not None
    (src, src_sector, src_name, tgt, tgt_sector, tgt_name, status, outlet, day, evidence,
     start, end, mentions, n, location, rule, confidence) = row
    assert (src, src_sector, src_name) == ("IDN", "JUD", "KPK")
    assert (tgt, tgt_sector, tgt_name) == ("IDN", "GOV", "Bupati Sukamaju")
    assert (status, outlet, str(day)) == ("occurred", "kabar.id", "2024-05-07")
    assert body[0][start:end] == evidence and "menangkap Bupati Sukamaju" in evidence
    assert mentions == [{"start": start, "end": end}] and n == 1
    assert (location, rule, confidence) == ("Jakarta", "test", 0.9)


def test_without_ontology_data_the_columns_are_null(tmp_path: Path) -> None:
    run_items([corpus()["a1-arrest"]], tmp_path, Resources(files={}, fingerprint="bare"))
    row = Store.open(tmp_path).read("events").to_pylist()[0]
    assert row["quad_class"] is None and row["goldstein"] is None
    assert row["cameo"] == "173" and row["cameo_root"] == "17"
