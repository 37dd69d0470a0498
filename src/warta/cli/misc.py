"""Small commands: list the registered pipeline components."""

from __future__ import annotations

import click

from warta.config import PipelineConfig
from warta.registry import COMPONENTS


@click.command()
def components_command() -> None:
    """List registered pipeline components with what they require and provide."""
    config = PipelineConfig()
    for name, factory in sorted(COMPONENTS.items()):
        comp = factory(config)
        click.echo(
            f"{name}\trequires={','.join(sorted(comp.requires))}"
            f"\tprovides={','.join(sorted(comp.provides))}"
        )
