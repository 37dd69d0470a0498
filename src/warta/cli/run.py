"""``warta run INPUT… --out DIR``: ingest, clean and store, then print a summary table."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from warta.cli.options import (
    config_option,
    ingest_options,
    library_errors,
    load_config,
    out_option,
    parse_fields,
)
from warta.errors import RunHadRejects, error_name
from warta.runner import RunSummary, run

# Outlets listed in the summary; the rest are counted as "others".
SUMMARY_OUTLETS = 8


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@out_option
@ingest_options
@config_option
@click.option("--strict", is_flag=True, help="Exit non-zero when any input is rejected.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for the pipeline.")
@click.option("--no-progress", is_flag=True, help="Do not show the progress bar.")
def run_command(inputs: tuple[str, ...], out_dir: str, fields: tuple[str, ...],
                encoding: str | None, config_path: str | None, strict: bool, workers: int,
                no_progress: bool) -> None:
    """Process INPUT files, directories, globs or - (stdin) into the store at --out."""
    from warta.ingest import IngestOptions

    config = load_config(config_path)
    options = IngestOptions(fields=parse_fields(fields), encoding=encoding)
    try:
        with library_errors():
            summary = run(inputs, out_dir, config, options, strict=strict,
                          progress=not no_progress, workers=workers)
    except click.ClickException as exc:
        cause = exc.__cause__
        if isinstance(cause, RunHadRejects):
            print_summary(cause.summary)  # type: ignore[attr-defined]
        raise
    print_summary(summary)


# later layers' tables whose new rows the summary counts, in pipeline order
LAYER_TABLES = ("sentences", "dates", "amounts", "entities", "quotes", "events")


def print_summary(summary: RunSummary) -> None:
    c = summary.counts
    table = Table(title=f"warta run {summary.run_id}", show_header=False, box=None,
                  pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("inputs", str(c.inputs))
    table.add_row("articles", f"{c.articles}  (new {c.new}, unchanged {c.unchanged}, "
                              f"replaced {c.replaced})")
    if c.repeated:
        table.add_row("repeated inputs", f"{c.repeated}  (same id and content, stored once)")
    if c.superseded:
        table.add_row("superseded rejects", f"{c.superseded}  (another input of the same id "
                                            "was an article)")
    table.add_row("rejects", str(c.rejected) + (f"  ({c.resolved} earlier rejects resolved)"
                                                 if c.resolved else ""))
    for code, n in sorted(c.rejects.items()):
        example = summary.reject_examples.get(code, "")
        table.add_row(f"  {code} {error_name(code)}", f"{n}  e.g. {example[:100]}")
    dups = c.duplicates
    table.add_row("duplicates in store", f"{dups.get('exact', 0)} exact, "
                                         f"{dups.get('near', 0)} near")
    top = c.outlets.most_common(SUMMARY_OUTLETS)
    rest = sum(c.outlets.values()) - sum(n for _, n in top)
    outlets = ", ".join(f"{o} {n}" for o, n in top) + (f", others {rest}" if rest else "")
    table.add_row("outlets", f"{len(c.outlets)}  ({outlets})" if top else "0")
    layers = [(t, summary.rows_written.get(t, 0)) for t in LAYER_TABLES]
    if any(n for _, n in layers):
        table.add_row("extracted", ", ".join(f"{t} {n}" for t, n in layers) + "  (this run)")
    table.add_row("time", f"{summary.seconds:.1f} s")
    table.add_row("articles/s", f"{summary.articles_per_second:.1f}")
    table.add_row("store", summary.out_dir)
    Console().print(table)
