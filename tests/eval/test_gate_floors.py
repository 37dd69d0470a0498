"""The gate: floors, regressions, corpus hashes, and --update that never lowers a floor."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from warta.eval.gate import Baseline, corpus_changes, flatten, floor_of, regressions, update
from warta.eval.gold import Processor

SCRIPT = Path(__file__).parents[2] / "scripts" / "eval_gate.py"


def test_flatten_keeps_scores_not_counts() -> None:
    metrics = {"layers": {"body": {"f1": 0.9, "n": 3, "evaluated": True},
                          "entities": {"evaluated": False, "reason": "x"},
                          "quotes": {"speaker_accuracy": None, "direct": {"f1": 0.5}}}}
    assert flatten("dev", metrics) == {"dev.layers.body.f1": 0.9,
                                       "dev.layers.quotes.speaker_accuracy": None,
                                       "dev.layers.quotes.direct.f1": 0.5}


def test_floor_rounds_down_to_three_decimals() -> None:
    assert floor_of(0.98765) == 0.987
    assert floor_of(0.999) == 0.999  # no float drift below the value itself
    assert floor_of(1.0) == 1.0


def test_regressions_below_missing_and_none() -> None:
    floors = {"a": 0.9, "b": 0.5, "c": 0.5, "d": 0.5}
    out = regressions({"a": 0.95, "b": 0.4999, "c": None}, floors)
    assert [line.split(":")[0] for line in out] == ["b", "c", "d"]


def test_update_raises_adds_and_never_lowers() -> None:
    base = Baseline({"a": 0.9, "b": 0.8, "gone": 0.5}, {"g.jsonl": "1"})
    new, changes = update(base, {"a": 0.95, "b": 0.7, "c": 0.3333}, {"g.jsonl": "1"})
    assert new.floors == {"a": 0.95, "b": 0.8, "c": 0.333, "gone": 0.5}
    assert any(c.startswith("kept b") for c in changes)
    lowered, _ = update(base, {"a": 0.95, "b": 0.7}, {}, allow_regression=True)
    assert lowered.floors == {"a": 0.95, "b": 0.7}


def test_corpus_changes_are_noticed() -> None:
    assert corpus_changes({"a": "1"}, {"a": "1"}) == []
    assert len(corpus_changes({"a": "2", "b": "3"}, {"a": "1", "c": "4"})) == 3


# --- the script end to end, on a fictional shared folder and the fake pipeline -------------
@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch, processor: Processor) -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_gate_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look themselves up
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "build_processor", lambda config=None: processor)
    return module


@pytest.fixture
def shared(tmp_path: Path, mini_gold: Path, single_gold: Path) -> Path:
    root = tmp_path / "shared"
    (root / "seed").mkdir(parents=True)
    shutil.copytree(mini_gold.parent / "html", root / "gold" / "html")
    shutil.copy(mini_gold, root / "gold" / "dev.jsonl")
    shutil.copy(single_gold, root / "seed" / "seed.gold.json")
    return root


def _run(gate: ModuleType, shared: Path, tmp_path: Path, *extra: str) -> int:
    return int(gate.main(["--shared", str(shared), "--baseline", str(tmp_path / "b.json"),
                          "--reports", str(tmp_path / "reports"), *extra]))


def test_gate_passes_then_fails_on_a_lowered_score(gate: ModuleType, shared: Path,
                                                    tmp_path: Path) -> None:
    assert _run(gate, shared, tmp_path, "--update") == 0
    baseline = json.loads((tmp_path / "b.json").read_text())
    assert set(baseline["gold"]) == {"seed/seed.gold.json", "gold/dev.jsonl"}
    for key in ("dev.layers.body.f1", "seed.layers.body.f1", "html.layers.body.f1",
                "outlet:contoh.id.layers.body.f1"):
        assert key in baseline["floors"]
    assert "html.layers.entities.f1" not in baseline["floors"]  # html gates clean layers
    assert _run(gate, shared, tmp_path) == 0
    report = json.loads((tmp_path / "reports" / "eval.json").read_text())
    assert report["ok"] and "dev" in report["details"]
    assert (tmp_path / "reports" / "eval.md").read_text().startswith("# Warta evaluation")

    # a floor above what the pipeline scores is a regression
    baseline["floors"]["dev.layers.body.f1"] = 0.9999
    (tmp_path / "b.json").write_text(json.dumps(baseline))
    assert _run(gate, shared, tmp_path) == 1
    # --update keeps the higher floor, so the gate still fails …
    assert _run(gate, shared, tmp_path, "--update") == 1
    assert json.loads((tmp_path / "b.json").read_text())["floors"][
        "dev.layers.body.f1"] == 0.9999
    # … unless the regression is allowed explicitly
    assert _run(gate, shared, tmp_path, "--update", "--allow-regression") == 0
    assert json.loads((tmp_path / "b.json").read_text())["floors"][
        "dev.layers.body.f1"] < 0.9999


def test_gate_notices_a_changed_gold_file(gate: ModuleType, shared: Path,
                                          tmp_path: Path) -> None:
    assert _run(gate, shared, tmp_path, "--update") == 0
    dev = shared / "gold" / "dev.jsonl"
    dev.write_text(dev.read_text() + "\n", encoding="utf-8")
    assert _run(gate, shared, tmp_path) == 1
    assert "CORPUS CHANGED" in (tmp_path / "reports" / "eval.md").read_text()
