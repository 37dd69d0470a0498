"""Fixtures for the ingest tests: ``ingest(inputs, options)`` runs ``iter_inputs`` and
splits its output into documents and rejects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from warta.doc import RawDocument, Reject
from warta.ingest import IngestOptions, IngestStats, iter_inputs

Run = Callable[..., tuple[list[RawDocument], list[Reject]]]


def _run(inputs: Sequence[str | Path], options: IngestOptions | None = None,
         stats: IngestStats | None = None) -> tuple[list[RawDocument], list[Reject]]:
    docs: list[RawDocument] = []
    rejects: list[Reject] = []
    for item in iter_inputs([str(p) for p in inputs], options or IngestOptions(), stats):
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            docs.append(item)
    return docs, rejects


@pytest.fixture
def ingest() -> Run:
    return _run
