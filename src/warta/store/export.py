"""Writing query results and tables out: JSON Lines, JSON, CSV, Parquet, and the gold
``expected`` shape that an outside scorer reads (``../shared/gold/GUIDE.md``).

Rows are streamed from DuckDB in batches, so exporting a large table does not load it.
Nested values (lists, structs) become JSON inside CSV cells; timestamps become ISO 8601.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import duckdb

from warta.errors import StoreError
from warta.store.read import FETCH_ROWS, iter_documents
from warta.store.schema import TABLES
from warta.store.snapshot import connect

TEXT_FORMATS = ("jsonl", "json", "csv")


def plain(value: Any) -> Any:
    """A DuckDB value as JSON-ready data."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def iter_rows(cur: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cur.description or ()]
    while batch := cur.fetchmany(FETCH_ROWS):
        for row in batch:
            yield {n: plain(v) for n, v in zip(names, row, strict=True)}


def write_rows(cur: duckdb.DuckDBPyConnection, fmt: str, fh: IO[str]) -> int:
    """Write a DuckDB result in ``jsonl``, ``json`` or ``csv``; returns the row count."""
    names = [d[0] for d in cur.description or ()]
    n = 0
    if fmt == "csv":
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(names)
        for row in iter_rows(cur):
            writer.writerow([_cell(row[k]) for k in names])
            n += 1
    elif fmt == "jsonl":
        for row in iter_rows(cur):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        fh.write("[")
        for row in iter_rows(cur):
            fh.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False))
            n += 1
        fh.write("\n]\n")
    else:
        raise StoreError(f"unknown text format {fmt!r}", hint=f"use one of {TEXT_FORMATS}")
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def check_table(table: str) -> None:
    if table not in TABLES:
        raise StoreError(f"no table named {table!r}",
                         hint=f"tables: {', '.join(sorted(TABLES))}")


def export_table(out_dir: str | Path, table: str, fmt: str, fh: IO[str]) -> int:
    check_table(table)
    con = connect(out_dir)
    try:
        return write_rows(con.execute(f'SELECT * FROM "{table}"'), fmt, fh)
    finally:
        con.close()


def export_parquet(out_dir: str | Path, table: str, path: str | Path) -> int:
    check_table(table)
    con = connect(out_dir)
    try:
        target = str(Path(path).resolve()).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{target}' "
                    "(FORMAT parquet, COMPRESSION zstd)")
        row = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def export_gold(out_dir: str | Path, fh: IO[str]) -> int:
    """One line per article: ``{"id": …, "expected": document_to_expected(doc)}``."""
    from warta.eval.gold import document_to_expected

    n = 0
    for doc in iter_documents(out_dir):
        line = {"id": doc.id, "expected": document_to_expected(doc)}
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        n += 1
    return n
