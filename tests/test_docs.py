"""The user documentation keeps up with the code: every CLI command and option is in
docs/cli.md, every error class and code in docs/errors.md, every configuration key in
docs/configuration.md. Adding one without documenting it fails here."""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
HEADING = re.compile(r"^(#{2,4}) +`(warta[^`]*)`", re.M)


def _sections(text: str) -> dict[str, str]:
    """``warta run`` → the text under the heading ``## `warta run …```, up to the next
    heading of the same or a higher level."""
    found = list(HEADING.finditer(text))
    out: dict[str, str] = {}
    for i, m in enumerate(found):
        level = len(m.group(1))
        end = len(text)
        for nxt in found[i + 1:]:
            if len(nxt.group(1)) <= level:
                end = nxt.start()
                break
        words = [w for w in m.group(2).split() if re.fullmatch(r"[a-z][a-z0-9-]*", w)]
        out[" ".join(words)] = text[m.start():end]
    return out


def _commands(group: click.Group, path: str) -> Iterator[tuple[str, click.Command]]:
    for name, cmd in sorted(group.commands.items()):
        sub = f"{path} {name}"
        if isinstance(cmd, click.Group):
            yield sub, cmd
            yield from _commands(cmd, sub)
        else:
            yield sub, cmd
    if path == "warta eval" and "gold" not in group.commands:
        # `warta eval GOLD…` falls back to the gold scorer without naming it
        from warta.cli.eval import gold_command

        yield path, gold_command


def _cli_main() -> click.Group:
    try:
        from warta.cli import main
    except ImportError as exc:  # a command module another change has not landed yet
        pytest.skip(f"the CLI does not import yet: {exc}")
    return main


def test_every_command_and_option_is_in_cli_md() -> None:
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    missing: list[str] = []
    for path, cmd in _commands(_cli_main(), "warta"):
        if path not in sections:
            missing.append(f"section for `{path}`")
            continue
        body = sections[path]
        for param in cmd.params:
            if isinstance(param, click.Option):
                names = [o for o in (*param.opts, *param.secondary_opts) if o.startswith("--")]
                if names and not any(n in body for n in names):
                    missing.append(f"`{path}` option {names[0]}")
            elif (isinstance(param, click.Argument) and param.name
                  and param.name.upper() not in body):
                missing.append(f"`{path}` argument {param.name.upper()}")
    assert not missing, "docs/cli.md lacks: " + "; ".join(missing)


def test_every_error_class_and_code_is_in_errors_md() -> None:
    from warta import errors

    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, errors.WartaError) and c.__module__ == errors.__name__]
    missing = [f"{c.__name__} ({c.code})" for c in classes
               if f"`{c.__name__}`" not in text or f"`{c.code}`" not in text]
    assert not missing, "docs/errors.md lacks: " + ", ".join(missing)


def _config_keys(cls: type, prefix: str = "") -> Iterator[str]:
    instance = cls()
    for f in dataclasses.fields(cls):
        value = getattr(instance, f.name)
        key = f"{prefix}{f.name}"
        if dataclasses.is_dataclass(value):
            yield from _config_keys(type(value), key + ".")
        else:
            yield key


def test_every_config_key_is_in_configuration_md() -> None:
    from warta.config import PipelineConfig

    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    missing = [k for k in _config_keys(PipelineConfig) if f"`{k}`" not in text]
    assert not missing, "docs/configuration.md lacks: " + ", ".join(missing)


def test_docs_links_point_at_files_that_exist() -> None:
    root = DOCS.parent
    broken = []
    for md in [root / "README.md", *sorted(DOCS.glob("*.md"))]:
        if not md.exists():
            continue
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", md.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (md.parent / target).exists():
                broken.append(f"{md.relative_to(root)} -> {target}")
    assert not broken, "broken links: " + ", ".join(broken)
