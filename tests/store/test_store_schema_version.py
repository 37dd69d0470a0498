"""Schema versioning, and empty tables that are still typed and queryable."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from store_helpers import RunFn, corpus

from warta.errors import SchemaMismatch, StoreError
from warta.store import DB_FILE, SCHEMA_VERSION, TABLES, Store, connect, publish


def test_store_written_with_other_version_refuses_to_open(tmp_path: Path) -> None:
    Store.open(tmp_path, create=True)
    meta = tmp_path / "_meta.json"
    data = json.loads(meta.read_text())
    data["schema_version"] = SCHEMA_VERSION + 1
    meta.write_text(json.dumps(data))
    with pytest.raises(SchemaMismatch) as err:
        Store.open(tmp_path)
    assert err.value.code == "E301"
    with pytest.raises(SchemaMismatch):
        connect(tmp_path)


def test_missing_store_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no Warta store"):
        Store.open(tmp_path / "nowhere")


@pytest.mark.parametrize("table", sorted(TABLES))
def test_empty_table_has_its_columns(tmp_path: Path, table: str) -> None:
    store = Store.open(tmp_path, create=True)
    publish(store)
    for con in (connect(tmp_path), duckdb.connect(str(tmp_path / DB_FILE), read_only=True)):
        rel = con.execute(f'SELECT * FROM "{table}"')
        assert [d[0] for d in rel.description] == TABLES[table].names
        assert rel.fetchall() == []
        con.close()


def test_layer_tables_stay_empty_but_present_after_a_run(run_docs: RunFn, tmp_path: Path) -> None:
    run_docs(corpus(), tmp_path / "out")
    con = connect(tmp_path / "out")
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    for table in ("sentences", "tokens", "entities", "mentions", "quotes", "events"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    joined = con.execute(
        "SELECT count(*) FROM articles a LEFT JOIN events e ON e.article_id = a.id"
    ).fetchone()
    assert joined == (3,)
