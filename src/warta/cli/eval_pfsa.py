"""``warta eval pfsa FILE``: quote detection and speaker scores on a PFSA-ID token file.
With ``--json`` it prints the document shape of ``warta eval``: ``{"layers": {"quotes":
{...}}}``. The scoring rules are in ``warta.eval.pfsa``."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("pfsa")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def pfsa_command(file: Path, as_json: bool) -> None:
    """Statement P/R/F1 (token overlap >= 50%), exact F1 and speaker accuracy of the quote
    detector on a PFSA-ID FILE (token<TAB>BILOU tag, STATEMENT/PERSON/PERSONCOREF/CUE)."""
    from warta.eval.pfsa import score_file
    from warta.resources import load_resources

    scores = score_file(file, load_resources())
    if as_json:
        click.echo(json.dumps({"layers": {"quotes": scores}}, indent=2))
        return
    for key, value in scores.items():
        click.echo(f"{key:>20}  {value:.4f}" if isinstance(value, float) else f"{key:>20}  {value}")
