"""The ready-made configurations in configs/ parse and build valid pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.config import PipelineConfig
from warta.pipeline import validate_order
from warta.registry import create_component

CONFIGS = sorted((Path(__file__).parent.parent / "configs").glob("*.toml"))


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_ready_made_config_is_valid(path: Path) -> None:
    config = PipelineConfig.from_toml(path)
    assert config.components[0] == "clean.v1"
    if "lang.v1" not in config.components:  # building lang.v1 loads the model: skip it here
        validate_order([create_component(name, config) for name in config.components])


def test_default_runs_the_whole_chain() -> None:
    assert PipelineConfig().components == (
        "clean.v1", "lang.v1", "entities.v1", "quotes.v1", "events.v1")
