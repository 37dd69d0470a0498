"""``warta query "SQL" --out DIR``: run SQL over the store's tables (DuckDB views)."""

from __future__ import annotations

import sys

import click
import duckdb
from rich.console import Console
from rich.table import Table

from warta.cli.options import format_option, library_errors, out_option
from warta.store import connect
from warta.store.export import iter_rows, write_rows

# Longest cell shown in the table format; use csv/json for whole values.
MAX_CELL_CHARS = 120


@click.command()
@click.argument("sql")
@out_option
@format_option(("table", "csv", "json", "jsonl"), default="table")
def query_command(sql: str, out_dir: str, fmt: str) -> None:
    """Run SQL over the store: tables articles, rejects, runs, clusters, sentences, ..."""
    with library_errors():
        con = connect(out_dir)
    try:
        cur = con.execute(sql)
    except duckdb.Error as exc:
        raise click.ClickException(f"query failed: {exc}") from exc
    if cur.description is None:
        return
    if fmt == "table":
        print_table(cur)
    else:
        write_rows(cur, fmt, sys.stdout)


def print_table(cur: duckdb.DuckDBPyConnection) -> None:
    names = [d[0] for d in cur.description or ()]
    table = Table(*names)
    n = 0
    for row in iter_rows(cur):
        table.add_row(*(_short(row[k]) for k in names))
        n += 1
    Console(width=max(120, Console().width)).print(table)
    click.echo(f"{n} row{'s' if n != 1 else ''}")


def _short(value: object) -> str:
    text = "NULL" if value is None else str(value)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"
