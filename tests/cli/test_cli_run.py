"""``warta run``: summary table, --strict exit code, re-runs, bad options."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import write_inputs
from click.testing import CliRunner

from warta.cli import main
from warta.store import DB_FILE, Store

pytestmark = pytest.mark.usefixtures("fake_stage")


def test_run_prints_summary_and_writes_store(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(inputs), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "articles" in result.output and "2  (new 2, unchanged 0" in result.output
    assert "E201" in result.output and "only 8 characters" in result.output
    assert (out / DB_FILE).exists()
    assert Store.open(out).count("articles") == 2


def test_strict_exits_non_zero_with_rejects(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(inputs), "--out", str(out), "--no-progress", "--strict"])
    assert result.exit_code == 1
    assert "E404" in result.output and "rejects" in result.output
    assert Store.open(out).count("articles") == 2  # committed all the same


def test_strict_passes_without_rejects(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path / "in", ("gempa.txt", "panen.txt"))
    result = CliRunner().invoke(main, ["run", str(inputs), "--out", str(tmp_path / "o"),
                                       "--no-progress", "--strict"])
    assert result.exit_code == 0, result.output


def test_second_run_reports_unchanged(tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path / "in")
    args = ["run", str(inputs), "--out", str(tmp_path / "out"), "--no-progress"]
    CliRunner().invoke(main, args)
    result = CliRunner().invoke(main, args)
    assert "2  (new 0, unchanged 2, replaced 0)" in result.output


def test_bad_field_option_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--field", "body",
                                       "--out", str(tmp_path / "o"), "--no-progress"])
    assert result.exit_code == 2 and "NAME=COLUMN" in result.output


def test_bad_config_is_a_coded_error(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("bogus = 1\n")
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--config", str(config),
                                       "--out", str(tmp_path / "o"), "--no-progress"])
    assert result.exit_code == 1 and "[E400]" in result.output
