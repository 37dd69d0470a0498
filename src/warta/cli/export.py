"""``warta export --out DIR --format jsonl|csv|parquet|gold|gdelt|plover``: write a table,
every article in the gold ``expected`` shape so an outside scorer can score Warta's output,
or the events as GDELT 2.0 event rows or POLECAT-style PLOVER JSON lines."""

from __future__ import annotations

from typing import IO

import click

from warta.cli.options import format_option, library_errors, out_option
from warta.store import TABLES
from warta.store.export import export_gold, export_parquet, export_table


@click.command()
@out_option
@format_option(("jsonl", "csv", "parquet", "gold", "gdelt", "plover"))
@click.option("--table", default="articles", show_default=True,
              type=click.Choice(sorted(TABLES)), help="Table to export (not for gold, gdelt, plover).")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file; - is stdout (parquet needs a file).")
def export_command(out_dir: str, fmt: str, table: str, output: str) -> None:
    """Export a table of the store, the articles in the gold format, or the events as
    GDELT or PLOVER."""
    with library_errors():
        if fmt == "parquet":
            if output == "-":
                raise click.UsageError("--format parquet needs -o FILE")
            n = export_parquet(out_dir, table, output)
        else:
            with click.open_file(output, "w", encoding="utf-8") as fh:
                if fmt in ("gdelt", "plover"):
                    n = _export_events(out_dir, fmt, fh)
                elif fmt == "gold":
                    n = export_gold(out_dir, fh)
                else:
                    n = export_table(out_dir, table, fmt, fh)
    if output != "-":
        click.echo(f"{n} rows written to {output}", err=True)


def _export_events(out_dir: str, fmt: str, fh: IO[str]) -> int:
    from warta.events.export import export_gdelt, export_plover
    from warta.resources import load_resources

    resources = load_resources()  # the country list tells country codes from group codes
    if fmt == "gdelt":
        return export_gdelt(out_dir, fh, resources)
    return export_plover(out_dir, fh, resources)
