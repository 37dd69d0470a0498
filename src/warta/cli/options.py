"""Shared click options, so every command spells ``--out``, ``--format``, ``--field`` and
``--config`` the same way, and one helper that turns library errors into CLI errors."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import click

from warta.config import PipelineConfig
from warta.errors import WartaError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_OUT = "warta-out"


def out_option(func: F) -> F:
    return click.option(
        "--out", "out_dir", default=DEFAULT_OUT, show_default=True, envvar="WARTA_OUT",
        type=click.Path(file_okay=False),
        help="Store directory (Parquet tables + warta.duckdb). Env: WARTA_OUT.",
    )(func)


def format_option(choices: Sequence[str], default: str | None = None) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "--format", "fmt", type=click.Choice(list(choices)), default=default,
            required=default is None, show_default=default is not None,
            help="Output format.",
        )(func)

    return decorate


def config_option(func: F) -> F:
    return click.option(
        "--config", "config_path", type=click.Path(exists=True, dir_okay=False),
        help="Pipeline configuration (TOML, see docs/configuration.md).",
    )(func)


def ingest_options(func: F) -> F:
    func = click.option(
        "--encoding", default=None,
        help="Force one text encoding for every input (default: detect).",
    )(func)
    return click.option(
        "--field", "fields", multiple=True, metavar="NAME=COLUMN",
        help="Map a field to a column, e.g. --field body=isi (repeatable).",
    )(func)


def parse_fields(values: Sequence[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for value in values:
        name, sep, column = value.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise click.BadParameter(f"expected NAME=COLUMN, got {value!r}",
                                     param_hint="--field")
        fields[name.strip()] = column.strip()
    return fields


def load_config(config_path: str | None) -> PipelineConfig:
    with library_errors():
        return PipelineConfig.from_toml(config_path) if config_path else PipelineConfig()


@contextlib.contextmanager
def library_errors() -> Iterator[None]:
    """``WartaError`` → ``click.ClickException`` with its ``[E123]`` code and hint."""
    try:
        yield
    except WartaError as exc:
        raise click.ClickException(str(exc)) from exc
