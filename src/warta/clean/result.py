"""What the clean stage hands to the Document."""

from __future__ import annotations

from dataclasses import dataclass

from warta.doc import Metadata, Segment, Span


@dataclass(frozen=True, slots=True)
class CleanResult:
    source_text: str  # the text offsets in body_map point into
    body: str  # paragraphs joined by "\n\n"
    paragraphs: tuple[Span, ...]
    body_map: tuple[Segment, ...]
    metadata: Metadata
    content_hash: str  # sha256 of the normalised body (exact-duplicate key)
    warnings: tuple[str, ...] = ()
