"""DuckDB over the Parquet dataset: the published ``warta.duckdb`` and in-memory readers.

DuckDB locks a database file across processes, so it is never the source of truth: after
each commit ``publish`` builds a fresh database under a temporary name holding only views
over the committed part files, checkpoints it and ``os.replace``s it over ``warta.duckdb``.
A reader (another process, a server) opens that file ``read_only`` and keeps reading its
snapshot while the next run writes; a new connection sees the next snapshot.

The published file names part files by absolute path, so it is tied to where the store
lives; ``connect`` builds the same views in an in-memory DuckDB from ``_meta.json`` and
works wherever the store is moved. Each view also reads the table's empty schema file, so
a table without rows still has its columns and types.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warta.errors import StoreError
from warta.store.dataset import Store
from warta.store.files import remove_quietly, tmp_path
from warta.store.schema import TABLES

DB_FILE = "warta.duckdb"


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def view_sql(store: Store, table: str) -> str:
    files = [Store.schema_file(store.root, table), *store.parts(table)]
    listing = ", ".join(_quote(p) for p in files)
    return (
        f'CREATE OR REPLACE VIEW "{table}" AS '
        f"SELECT * FROM read_parquet([{listing}], union_by_name = true)"
    )


def create_views(con: duckdb.DuckDBPyConnection, store: Store) -> None:
    for table in TABLES:
        con.execute(view_sql(store, table))


def publish(store: Store) -> Path:
    """Atomically replace ``warta.duckdb`` with views over the committed generation."""
    target = store.root / DB_FILE
    tmp = tmp_path(target)
    remove_quietly(tmp)
    remove_quietly(tmp.with_name(tmp.name + ".wal"))
    con = duckdb.connect(str(tmp))
    try:
        create_views(con, store)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return target


def connect(out_dir: str | Path, *, snapshot: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection whose tables are views over the store.

    Default: an in-memory database built from ``_meta.json`` (no file lock, nothing shared
    with a writer). ``snapshot=True`` opens the published ``warta.duckdb`` read-only instead.
    """
    store = Store.open(out_dir)
    if snapshot:
        path = store.root / DB_FILE
        if not path.exists():
            raise StoreError(f"no {DB_FILE} in {store.root}", hint="run `warta run` first")
        return duckdb.connect(str(path), read_only=True)
    con = duckdb.connect(":memory:")
    create_views(con, store)
    return con
