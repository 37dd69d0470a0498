"""What every reader shares while reading one input: options, field map, stats, and the
two constructors for its output (a RawDocument or a Reject), so ids, hashes and counters
are made the same way everywhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from warta.doc import Hints, InputFormat, RawDocument, Reject
from warta.errors import IngestError
from warta.ingest.decode import repair_mojibake
from warta.ingest.fields import FieldMap
from warta.ingest.ids import document_id, reject_id, sha256_text
from warta.ingest.options import IngestOptions, IngestStats


def repaired(content: str, hints: Hints) -> tuple[str, Hints]:
    """A document's content and title with upstream mojibake undone (``repair_mojibake``)."""
    if hints.title:
        hints = dataclasses.replace(hints, title=repair_mojibake(hints.title))
    return repair_mojibake(content), hints


@dataclass(frozen=True)
class ReadContext:
    options: IngestOptions
    fields: FieldMap
    stats: IngestStats
    source: str  # the path as the user gave it (or "-")

    def locator(self, prefix: str, where: str) -> str:
        """Join an archive prefix (``member=a.csv``) and a position (``row=3``)."""
        return f"{prefix}:{where}" if prefix else where

    def document(self, locator: str, fmt: InputFormat, content: str, *,
                 hints: Hints | None = None, record: Mapping[str, Any] | None = None,
                 encoding: str | None = None, own_id: str | None = None) -> RawDocument:
        content, hints = repaired(content, hints or Hints())
        self.stats.records += 1
        return RawDocument(
            id=document_id(own_id=own_id, url=hints.url, content=content),
            source=self.source,
            locator=locator,
            format=fmt,
            content=content,
            hints=hints,
            record=dict(record) if record is not None else None,
            encoding=encoding,
            sha256=sha256_text(content),
        )

    def reject(self, locator: str, error: IngestError) -> Reject:
        self.stats.rejects[error.code] += 1
        return Reject(id=reject_id(self.source, locator), source=self.source, locator=locator,
                      stage="ingest", code=error.code, reason=error.message)
