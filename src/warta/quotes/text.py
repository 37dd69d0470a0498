"""Small text helpers shared by the quote modules: paragraphs, sentences, words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.doc import Span

WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_PARA = re.compile(r"\n\s*\n")
# a sentence ends at . ! ? (optionally followed by a closing mark) before a space and a
# capital or an opening mark; short abbreviations (dr., St., No.) do not end one
_SENT_END = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“”'‘(]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:dr|Dr|St|No|Jl|Prof|Ir|Drs|Tn|Ny|Sdr|vs|Hj|[A-Z])$")


def paragraphs(body: str, given: Sequence[Span] = ()) -> list[Span]:
    if given:
        return list(given)
    out, pos = [], 0
    for m in _PARA.finditer(body):
        if m.start() > pos:
            out.append(Span(pos, m.start()))
        pos = m.end()
    if pos < len(body):
        out.append(Span(pos, len(body)))
    return out


def sentences(body: str, paras: Sequence[Span], given: Sequence[Span] = ()) -> list[Span]:
    """The language layer's sentences when present, otherwise a punctuation split inside
    each paragraph (good enough to bound a subject or a reported clause)."""
    if given:
        return list(given)
    out: list[Span] = []
    for p in paras:
        start = p.start
        for m in _SENT_END.finditer(body, p.start, p.end):
            if _ABBREV.search(body, max(p.start, m.start() - 5), m.start()):
                continue
            out.append(Span(start, m.end()))
            start = m.end()
            while start < p.end and body[start].isspace():
                start += 1
        if start < p.end:
            out.append(Span(start, p.end))
    return out


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start,
                                                                   len(text) if end is None else end)]


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() is False and
                                                 word[:1] in "'’" and word[1:2].isupper()))


def containing(spans: Sequence[Span], pos: int) -> Span | None:
    for s in spans:
        if s.start <= pos < s.end:
            return s
    return None
