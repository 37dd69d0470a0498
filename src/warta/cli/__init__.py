"""The ``warta`` command line: a thin layer over the library. Each command lives in its
own module; library errors (``WartaError``) become clean messages with their code."""

from __future__ import annotations

import click

from warta import __version__
from warta.cli.actors import actors_group
from warta.cli.eval import eval_command
from warta.cli.eval_lang import ner_command, ud_command
from warta.cli.eval_pfsa import pfsa_command
from warta.cli.export import export_command
from warta.cli.misc import components_command
from warta.cli.query import query_command
from warta.cli.run import run_command
from warta.cli.show import show_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
def main() -> None:
    """Warta: raw news articles in, structured and traceable event data out."""


main.add_command(run_command, "run")
main.add_command(show_command, "show")
main.add_command(query_command, "query")
main.add_command(export_command, "export")
main.add_command(eval_command, "eval")
main.add_command(components_command, "components")
main.add_command(actors_group, "actors")

eval_command.add_command(ud_command, "ud")
eval_command.add_command(ner_command, "ner")
eval_command.add_command(pfsa_command, "pfsa")
