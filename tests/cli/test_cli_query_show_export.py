"""``warta query``, ``warta show`` and ``warta export`` over a store made by ``warta run``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from cli_helpers import TEXTS, write_inputs
from click.testing import CliRunner

from warta.cli import main
from warta.store import Store

pytestmark = pytest.mark.usefixtures("fake_stage")


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(write_inputs(tmp_path / "in")),
                                       "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    rows = Store.open(out).read("articles", ["title", "id"]).to_pylist()
    ids = {r["title"]: r["id"] for r in rows}
    return out, ids


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_query_formats(store: tuple[Path, dict[str, str]], fmt: str) -> None:
    out, _ = store
    text = _invoke("query", "SELECT title, authors FROM articles ORDER BY title",
                   "--out", str(out), "--format", fmt)
    if fmt == "table":
        assert "gempa" in text and "2 rows" in text
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [r["title"] for r in rows] == ["gempa", "panen"] and rows[0]["authors"] == "[]"
    elif fmt == "json":
        assert [r["title"] for r in json.loads(text)] == ["gempa", "panen"]
    else:
        assert [json.loads(line)["title"] for line in text.splitlines()] == ["gempa", "panen"]


def test_query_error_is_reported(store: tuple[Path, dict[str, str]]) -> None:
    out, _ = store
    result = CliRunner().invoke(main, ["query", "SELECT nope FROM articles", "--out", str(out)])
    assert result.exit_code == 1 and "query failed" in result.output


def test_query_without_store_is_a_coded_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "SELECT 1", "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "[E300]" in result.output


def test_show_readable_and_json(store: tuple[Path, dict[str, str]]) -> None:
    out, ids = store
    text = _invoke("show", ids["gempa"], "--out", str(out))
    assert "contoh.id" in text and "¶2" in text and "Badan meteorologi" in text
    data = json.loads(_invoke("show", ids["gempa"], "--out", str(out), "--json"))
    assert data["body"] == TEXTS["gempa.txt"] and data["metadata"]["outlet"] == "contoh.id"
    assert data["raw"]["content"] == TEXTS["gempa.txt"]
    assert data["rejects"] == [] and data["run_id"]


def test_show_rejected_input_and_unknown_id(store: tuple[Path, dict[str, str]]) -> None:
    out, _ = store
    reject_id = Store.open(out).read("rejects", ["id"]).to_pylist()[0]["id"]
    assert "E201" in _invoke("show", reject_id, "--out", str(out))
    result = CliRunner().invoke(main, ["show", "tidak-ada", "--out", str(out)])
    assert result.exit_code == 1 and "no article or reject" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_table(store: tuple[Path, dict[str, str]], tmp_path: Path, fmt: str) -> None:
    out, _ = store
    target = tmp_path / f"rejects.{fmt}"
    _invoke("export", "--out", str(out), "--format", fmt, "--table", "rejects",
            "-o", str(target))
    if fmt == "parquet":
        assert pq.read_table(target).num_rows == 1
    elif fmt == "csv":
        assert len(list(csv.DictReader(target.open()))) == 1
    else:
        assert json.loads(target.read_text())["code"] == "E201"


def test_export_gold_has_expected_shape(store: tuple[Path, dict[str, str]]) -> None:
    out, ids = store
    lines = [json.loads(x) for x in _invoke("export", "--out", str(out),
                                             "--format", "gold").splitlines()]
    assert sorted(x["id"] for x in lines) == sorted(ids.values())
    gempa = next(x for x in lines if x["id"] == ids["gempa"])
    assert gempa["expected"]["body"] == TEXTS["gempa.txt"]
    assert gempa["expected"]["metadata"]["outlet"] == "contoh.id"


def test_export_parquet_needs_a_file(store: tuple[Path, dict[str, str]]) -> None:
    out, _ = store
    result = CliRunner().invoke(main, ["export", "--out", str(out), "--format", "parquet"])
    assert result.exit_code == 2
