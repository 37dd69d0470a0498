"""``warta eval GOLD…``: score the pipeline against gold files; also the home of the
language-layer scorers (``warta eval ud|ner|pfsa …``), added with ``add_command``.

``eval_command`` is a group whose first argument is either a registered subcommand or the
first gold file: anything that is not a subcommand name runs the gold scorer with all the
arguments, so ``warta eval gold/dev.jsonl --json`` and ``warta eval ud FILE`` both work.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from warta.config import PipelineConfig
from warta.errors import WartaError
from warta.eval.gold import build_processor, evaluate_files
from warta.eval.report import article_issues, markdown, rows

GOLD = "gold"


class EvalGroup(click.Group):
    """A group that falls back to the gold scorer when the first argument is not one of its
    subcommands."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] in self.commands:
            return super().resolve_command(ctx, args)
        return GOLD, gold_command, args

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "GOLD... [--json] [--report FILE.md] "
                          "[--config FILE] [--articles] | COMMAND [ARGS]...")


@click.command(name=GOLD)
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report (stable shape).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="Also write a Markdown report to this file.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Pipeline configuration (TOML).")
@click.option("--articles", "show_articles", is_flag=True,
              help="Also list what each imperfect article lost points on.")
def gold_command(gold: tuple[str, ...], as_json: bool, report_path: str | None,
                 config_path: str | None, show_articles: bool) -> None:
    """Score the pipeline against gold files (.json or .jsonl, docs/evaluation.md)."""
    try:
        config = PipelineConfig.from_toml(config_path) if config_path else PipelineConfig()
        run = evaluate_files(gold, build_processor(config))
    except WartaError as exc:
        raise click.ClickException(str(exc)) from exc
    report = run.report()
    if report_path:
        Path(report_path).parent.mkdir(parents=True, exist_ok=True)
        Path(report_path).write_text(markdown(report, "warta eval", articles=True),
                                     encoding="utf-8")
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_table(report, show_articles)


def _print_table(report: dict[str, Any], show_articles: bool) -> None:
    console = Console()
    table = Table(title=f"warta eval: {len(report['articles'])} articles")
    for name, justify in (("layer", "left"), ("measure", "left"), ("value", "right"),
                          ("n", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows(report["layers"]):
        table.add_row(*row)
    console.print(table)
    for r in report["rejected"]:
        console.print(f"rejected {r['id']}: [{r['code']}] {r['reason']}", markup=False)
    if show_articles:
        for a in report["articles"]:
            issues = article_issues(a)
            if issues:
                console.print(f"{a['id']}: " + "; ".join(issues), markup=False, soft_wrap=True)


@click.group(cls=EvalGroup, invoke_without_command=False, no_args_is_help=True,
             context_settings={"ignore_unknown_options": True})
def eval_command() -> None:
    """Score Warta against gold files: `warta eval GOLD... [--json] [--report FILE.md]
    [--config FILE]`. Subcommands score the language layer on its own formats."""
