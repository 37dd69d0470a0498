"""Fixtures of the store tests: a store run with the fake pipeline of ``store_helpers``."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import FakeClean, RunFn

from warta.config import PipelineConfig
from warta.pipeline import Pipeline
from warta.resources import Resources
from warta.runner import RunSummary, run_stream


@pytest.fixture
def resources() -> Resources:
    return Resources(files={}, fingerprint="test-resources")


@pytest.fixture
def fake_pipeline() -> Pipeline:
    return Pipeline((FakeClean(),), PipelineConfig(components=("fakeclean",)))


@pytest.fixture
def run_docs(tmp_path: Path, fake_pipeline: Pipeline, resources: Resources) -> RunFn:
    """``run_docs(items, out=tmp_path/'out', **kw)`` runs the fake pipeline into a store."""

    def _run(items: list, out: Path | None = None, **kw: object) -> RunSummary:
        return run_stream(items, out or tmp_path / "out", fake_pipeline.config,
                          pipeline=fake_pipeline, resources=resources, progress=False,
                          **kw)  # type: ignore[arg-type]

    return _run
