"""Stage 7, the store: a Parquet dataset (one folder of part files per table, the source of
truth) plus DuckDB views over it for queries. See ``docs/store.md`` for the tables.

Public API: ``Store`` (open, read, write), ``connect`` (a DuckDB connection with a view per
table), ``publish`` (atomically refresh ``warta.duckdb``), ``compact`` (merge part files), ``TABLES`` and ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from warta.store.dataset import Store, StoreWriter
from warta.store.maintenance import compact
from warta.store.schema import SCHEMA_VERSION, TABLES
from warta.store.snapshot import DB_FILE, connect, publish

__all__ = [
    "DB_FILE",
    "SCHEMA_VERSION",
    "TABLES",
    "Store",
    "StoreWriter",
    "compact",
    "connect",
    "publish",
]
