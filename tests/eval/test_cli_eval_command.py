"""`warta eval`: gold files by default, registered subcommands by name."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import warta.cli.eval as cli_eval
from warta.cli import main
from warta.eval.gold import Processor


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch, processor: Processor) -> None:
    monkeypatch.setattr(cli_eval, "build_processor", lambda config=None: processor)


def test_json_report_is_stable_shape(mini_gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(mini_gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["layers"]) == {"metadata", "body", "entities", "quotes", "events"}
    assert report["layers"]["metadata"]["outlet"]["n"] == 4
    assert len(report["articles"]) == 4


def test_options_before_the_gold_files_and_markdown_report(mini_gold: Path,
                                                           tmp_path: Path) -> None:
    md = tmp_path / "out" / "eval.md"
    result = CliRunner().invoke(main, ["eval", "--report", str(md), str(mini_gold)])
    assert result.exit_code == 0, result.output
    assert "boilerplate_removed" in result.output  # the table
    assert "rejected fiksi-kosong-4" in result.output
    assert md.read_text(encoding="utf-8").startswith("## warta eval")


def test_several_gold_files(mini_gold: Path, single_gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(mini_gold), str(single_gold), "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["gold"]) == 2


def test_bad_gold_file_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 1
    assert "[E500]" in result.output


def test_registered_subcommand_wins_over_gold_files(mini_gold: Path) -> None:
    group = cli_eval.EvalGroup(name="eval", no_args_is_help=True,
                               context_settings={"ignore_unknown_options": True})

    @click.command()
    @click.argument("path")
    def ud(path: str) -> None:
        click.echo(f"ud scored {path}")

    group.add_command(ud, "ud")
    runner = CliRunner()
    assert runner.invoke(group, ["ud", "x.conllu"]).output == "ud scored x.conllu\n"
    fallback = runner.invoke(group, [str(mini_gold), "--json"])
    assert fallback.exit_code == 0 and json.loads(fallback.output)["articles"]
    assert "ud" in runner.invoke(group, ["--help"]).output


def test_articles_flag_lists_what_each_article_lost(mini_gold: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(mini_gold), "--articles"])
    assert result.exit_code == 0, result.output
    assert "fiksi-html-3: metadata wrong: title; body f1 0.769" in result.output
    assert "fiksi-rekaman-1: metadata wrong: published" in result.output
