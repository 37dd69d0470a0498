"""``warta export --format gdelt|plover`` through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from event_store_helpers import corpus, run_items

from warta.cli import main
from warta.events.export import GDELT_COLUMNS
from warta.resources import Resources


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, res: Resources) -> Path:
    out = tmp_path_factory.mktemp("events-cli")
    run_items(list(corpus().values()), out, res)
    return out


def test_cli_gdelt_to_stdout(store: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--out", str(store), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 4
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)


def test_cli_plover_to_file(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["export", "--out", str(store), "--format", "plover",
                                       "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "6 rows written" in result.output
    records = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert {r["event_type"] for r in records} == {"COERCE", "PROTEST", "ACCUSE"}


def test_cli_event_clusters_table_exports_like_any_table(store: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--out", str(store), "--format", "jsonl",
                                       "--table", "event_clusters"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 6 and {r["cluster_id"] for r in rows} >= {"a1-arrest:0"}
