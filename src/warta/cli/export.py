"""``warta export --out DIR --format jsonl|csv|parquet|gold``: write a table, or every
article in the gold ``expected`` shape so an outside scorer can score Warta's output."""

from __future__ import annotations

import click

from warta.cli.options import format_option, library_errors, out_option
from warta.store import TABLES
from warta.store.export import export_gold, export_parquet, export_table


@click.command()
@out_option
@format_option(("jsonl", "csv", "parquet", "gold"))
@click.option("--table", default="articles", show_default=True,
              type=click.Choice(sorted(TABLES)), help="Table to export (not for gold).")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file; - is stdout (parquet needs a file).")
def export_command(out_dir: str, fmt: str, table: str, output: str) -> None:
    """Export a table of the store, or the articles in the gold format."""
    with library_errors():
        if fmt == "parquet":
            if output == "-":
                raise click.UsageError("--format parquet needs -o FILE")
            n = export_parquet(out_dir, table, output)
        else:
            with click.open_file(output, "w", encoding="utf-8") as fh:
                n = export_gold(out_dir, fh) if fmt == "gold" else \
                    export_table(out_dir, table, fmt, fh)
    if output != "-":
        click.echo(f"{n} rows written to {output}", err=True)
