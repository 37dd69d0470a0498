"""Ingest options (what the user asked for) and stats (what ingest saw)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class IngestOptions:
    """``fields`` maps a canonical field (``body``, ``title``, ``published``, ``url``,
    ``authors``, ``outlet``, ``section``, ``id``) to the column that holds it, overriding
    ``data/ingest/fields.yaml``. ``encoding`` forces one text encoding for every input.
    ``recursive`` walks sub-directories of directory inputs."""

    fields: Mapping[str, str] = field(default_factory=dict)
    encoding: str | None = None
    recursive: bool = True


@dataclass
class IngestStats:
    """Counters filled while ``iter_inputs`` runs; read them after the generator ends."""

    files: int = 0
    records: int = 0
    rejects: Counter[str] = field(default_factory=Counter)  # by error code
    formats: Counter[str] = field(default_factory=Counter)  # files by detected format
    skipped: Counter[str] = field(default_factory=Counter)  # non-article WARC records by kind

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "records": self.records,
            "rejects": dict(sorted(self.rejects.items())),
            "formats": dict(sorted(self.formats.items())),
            "skipped": dict(sorted(self.skipped.items())),
        }
