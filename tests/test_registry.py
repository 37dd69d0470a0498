"""The component registry is pinned by a snapshot: a registered name keeps its meaning,
so an old config runs the same components. Update the snapshot deliberately."""

from __future__ import annotations

import json
from pathlib import Path

from warta.config import PipelineConfig
from warta.registry import COMPONENTS

SNAPSHOT = Path(__file__).parent / "snapshots" / "components.json"


def _current() -> dict[str, dict[str, object]]:
    config = PipelineConfig()
    out: dict[str, dict[str, object]] = {}
    for name, factory in sorted(COMPONENTS.items()):
        comp = factory(config)
        out[name] = {
            "name": comp.name,
            "version": comp.version,
            "requires": sorted(comp.requires),
            "provides": sorted(comp.provides),
        }
    return out


def test_registry_matches_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert _current() == expected, (
        "the component registry changed; if this is deliberate, bump the versioned name "
        "and update tests/snapshots/components.json"
    )


def test_registered_names_carry_a_version() -> None:
    for name, factory in COMPONENTS.items():
        comp = factory(PipelineConfig())
        assert name.endswith(f".v{comp.version}"), name
