"""Test helper: NER mentions for hand-written bodies, by the text of each span."""

from __future__ import annotations

from warta.doc import Mention


def ner(body: str, *spans: tuple[str, str]) -> tuple[Mention, ...]:
    """``(text, label)`` pairs → NER mentions at the first place each text occurs."""
    out = []
    for text, label in spans:
        start = body.index(text)
        out.append(Mention(start, start + len(text), text, "ner", label))
    return tuple(out)
