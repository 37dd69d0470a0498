"""Building the body from pieces of the source text, with its map back to the source.

The cleaner never edits text: it chooses spans of ``source_text`` and joins them. Inside a
paragraph, spans are joined by one space; paragraphs by ``"\\n\\n"``. A span is further cut
wherever the source has whitespace other than a single ASCII space (double spaces, tabs,
no-break spaces, line breaks), so the body's whitespace is normalised while every
non-separator character of the body is a character of the source at the offset that
``body_map`` records.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from warta.doc import Segment, Span

PARAGRAPH_SEPARATOR = "\n\n"
_IRREGULAR_SPACE = re.compile(r"[^\S ]+\s*| {2,}")
_EDGE_SPACE = re.compile(r"^\s+|\s+$")
_WS = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[\W_]+")

Piece = tuple[int, int]  # [start, end) in source_text


def strip_piece(text: str, start: int, end: int) -> Piece:
    """Shrink ``[start, end)`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_pieces(text: str, start: int, end: int) -> list[Piece]:
    """``[start, end)`` cut at every whitespace run that is not exactly one space."""
    start, end = strip_piece(text, start, end)
    out: list[Piece] = []
    pos = start
    for m in _IRREGULAR_SPACE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def assemble(source: str, paragraphs: Sequence[Sequence[Piece]]
             ) -> tuple[str, tuple[Span, ...], tuple[Segment, ...]]:
    """Join paragraphs of source pieces into the body; return body, paragraph spans and
    the body→source map."""
    parts: list[str] = []
    spans: list[Span] = []
    segments: list[Segment] = []
    pos = 0
    for para in paragraphs:
        pieces = [wp for s, e in para for wp in word_pieces(source, s, e)]
        if not pieces:
            continue
        if spans:
            parts.append(PARAGRAPH_SEPARATOR)
            pos += len(PARAGRAPH_SEPARATOR)
        para_start = pos
        for i, (s, e) in enumerate(pieces):
            if i:
                parts.append(" ")
                pos += 1
            parts.append(source[s:e])
            segments.append(Segment(body_start=pos, source_start=s, length=e - s))
            pos += e - s
        spans.append(Span(para_start, pos))
    return "".join(parts), tuple(spans), tuple(segments)


def normalize_title(text: str | None) -> str | None:
    """Whitespace collapsed and trimmed; None when nothing is left."""
    if text is None:
        return None
    out = _WS.sub(" ", text).strip()
    return out or None


def comparable(text: str) -> str:
    """Case-folded, NFKC, alphanumerics only: for "is this line the headline again"."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def content_hash(body: str) -> str:
    """sha256 of the body as an exact-duplicate key: NFKC, case-folded, whitespace
    collapsed, so two copies that differ only in spacing or case share the hash."""
    norm = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
