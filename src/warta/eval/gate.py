"""The evaluation gate: compare measured scores with the floors of ``eval/baseline.json``.

Suites (``dev``, ``seed``, ``html``, ``outlet:detik.com``, later ``ud``, ``ner``, ``pfsa`` …)
each produce nested metrics; ``flatten`` turns them into dotted keys such as
``dev.layers.body.f1``. Only *scores* are gated: float leaves (and ``None``, a score that
could not be computed); counts (ints), flags and reasons are not.

Baseline rules:

- a floor is the measured value rounded *down* to 3 decimals (``floor_of``): the tolerance
  is under 0.001, so a real regression fails and float noise does not;
- the gate fails when a floored score is missing, ``None``, or below its floor, and when a
  gold file's sha256 differs from the one recorded (the corpus changed: re-baseline);
- ``--update`` adds floors for new scores and raises floors that the new value exceeds,
  but never lowers a floor (nor drops one) unless ``allow_regression`` is given; it
  reports every change.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BASELINE_VERSION = 1
DECIMALS = 3
RULE = ("floor = measured score rounded down to 3 decimals; the gate fails below a floor; "
        "--update raises floors and adds new ones, and lowers or drops one only with "
        "--allow-regression (docs/evaluation.md)")


@dataclass(frozen=True)
class SuiteResult:
    """One gate suite's measurement. ``files`` maps a gold file's label (path relative to
    the shared folder) to its sha256; ``detail`` is written to the JSON report only."""

    name: str
    metrics: Mapping[str, Any]
    files: Mapping[str, str] = field(default_factory=dict)
    markdown: str = ""
    detail: Mapping[str, Any] | None = None


def flatten(prefix: str, value: Any) -> dict[str, float | None]:
    """Dotted keys for every score leaf (float or None) under ``value``."""
    out: dict[str, float | None] = {}
    if isinstance(value, Mapping):
        for key, sub in value.items():
            out.update(flatten(f"{prefix}.{key}" if prefix else str(key), sub))
    elif value is None or (isinstance(value, float) and not isinstance(value, bool)):
        out[prefix] = value
    return out


def floor_of(value: float) -> float:
    scale = 10**DECIMALS
    return math.floor(value * scale + 1e-9) / scale


@dataclass(frozen=True)
class Baseline:
    floors: dict[str, float]
    gold: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> Baseline:
        if not path.exists():
            return cls({}, {})
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data.get("floors", {})), dict(data.get("gold", {})))

    def save(self, path: Path) -> None:
        data = {"version": BASELINE_VERSION, "rule": RULE,
                "gold": dict(sorted(self.gold.items())),
                "floors": dict(sorted(self.floors.items()))}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(path)


def regressions(current: Mapping[str, float | None], floors: Mapping[str, float]) -> list[str]:
    """A line per floored score that is missing, ``None`` or below its floor."""
    out = []
    for key, floor in sorted(floors.items()):
        value = current.get(key)
        if value is None:
            out.append(f"{key}: {'missing' if key not in current else 'not computable'}"
                       f" (floor {floor:.3f})")
        elif value < floor - 1e-9:
            out.append(f"{key}: {value:.4f} < floor {floor:.3f}")
    return out


def corpus_changes(files: Mapping[str, str], recorded: Mapping[str, str]) -> list[str]:
    out = []
    for label in sorted(set(files) | set(recorded)):
        if label not in recorded:
            out.append(f"{label}: new gold file (not in the baseline)")
        elif label not in files:
            out.append(f"{label}: in the baseline but not scored now")
        elif files[label] != recorded[label]:
            out.append(f"{label}: sha256 changed ({recorded[label][:12]}… → {files[label][:12]}…)")
    return out


def update(baseline: Baseline, current: Mapping[str, float | None], files: Mapping[str, str],
           allow_regression: bool = False) -> tuple[Baseline, list[str]]:
    """New floors from ``current``; returns the new baseline and what changed (or was kept)."""
    floors = dict(baseline.floors)
    changes: list[str] = []
    for key, value in sorted(current.items()):
        if value is None:
            continue
        new = floor_of(value)
        old = floors.get(key)
        if old is None:
            floors[key] = new
            changes.append(f"added {key} = {new:.3f}")
        elif new > old:
            floors[key] = new
            changes.append(f"raised {key}: {old:.3f} → {new:.3f}")
        elif new < old:
            if allow_regression:
                floors[key] = new
                changes.append(f"LOWERED {key}: {old:.3f} → {new:.3f} (--allow-regression)")
            else:
                changes.append(f"kept {key} = {old:.3f} (measured {value:.4f}; lowering needs "
                               "--allow-regression)")
    for key in sorted(set(floors) - {k for k, v in current.items() if v is not None}):
        if allow_regression:
            del floors[key]
            changes.append(f"DROPPED {key} (no longer measured; --allow-regression)")
        else:
            changes.append(f"kept {key} (not measured now; dropping needs --allow-regression)")
    gold = dict(files)
    for label in corpus_changes(files, baseline.gold):
        changes.append(f"gold {label}")
    return Baseline(floors, gold), changes
