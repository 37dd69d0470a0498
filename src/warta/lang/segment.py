"""Sentences and tokens with offsets into ``Document.body``.

``segment(body, resources, paragraphs)`` tokenizes the body (``warta.lang.tokenize``) and
cuts it into sentences. The rules, in the order they are checked:

* a line break (so every paragraph break) always ends a sentence: scraped bodies put one
  paragraph, headline, caption or list item per line, and none continues on the next line;
* ``.``, ``!``, ``?``, ``…`` and a closing abbreviation (``dll.``) end a sentence when the
  next token starts a sentence: a capital letter, a figure, or an opening quote/bracket. A
  title abbreviation (``Dr.``, ``Jl.``, ``No.``, ``H.``) never does: its dot is part of the
  token. ``tersebut.Israel`` (no space) ends a sentence too;
* closing quotes and brackets right after the punctuation stay in the sentence they close;
* the news idiom ``"…," katanya.`` is one sentence with its cue: no sentence ends inside a
  quotation whose closing mark is followed by a speech cue (a lower-case word, or an
  ``after``/``lead`` cue of ``quote_cues.tsv`` such as ``Kata`` in any case), so ``"Kami
  siap. Kami tidak takut," katanya.`` is one sentence and the quote keeps its speaker. A
  quotation followed by anything else (``"Kami siap. Harga turun." Presiden pergi.``) is
  cut at its sentence ends, as UD Indonesian cuts them. A line break ends a quotation's sentence all the same.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from warta.doc import Span, Token
from warta.lang.tokenize import Lexicon, Piece, clitic_parts, lexicon, scan
from warta.resources import Resources

_TERMINAL = frozenset({".", "!", "?", "…"})
_QUOTES = frozenset("\"'“”‘’«»„`")
_OPENING_ONLY = frozenset("“‘«„`")
_CLOSING_BRACKETS = frozenset(")]}")
_SINGLE = frozenset("'‘’`")
_DOUBLE = frozenset("\"“”«»„")
_MAX_QUOTE = 1000  # characters: a longer "quotation" is a stray quote mark
_OPENING = frozenset("([{")


@dataclass(frozen=True, slots=True)
class Segmentation:
    sentences: tuple[Span, ...]
    tokens: tuple[Token, ...]  # ``Token.sentence`` indexes ``sentences``


def segment(text: str, resources: Resources, paragraphs: Sequence[Span] = ()) -> Segmentation:
    """Tokens (with clitic parts) and sentences of ``text``; ``paragraphs`` (optional body
    spans) add hard breaks where paragraphs are not separated by a line break."""
    pieces = scan(text, resources)
    groups = sentence_groups(text, pieces, resources, paragraphs)
    sentences: list[Span] = []
    tokens: list[Token] = []
    for si, (a, b) in enumerate(groups):
        sentences.append(Span(pieces[a].start, pieces[b - 1].end))
        for p in pieces[a:b]:
            word = text[p.start : p.end]
            parts: tuple[Span, ...] = ()
            if p.kind == "word":
                clitics = clitic_parts(word, resources)
                if clitics:  # most words have none
                    parts = tuple(Span(p.start + s, p.start + e) for s, e in clitics)
            tokens.append(Token(p.start, p.end, word, sentence=si, parts=parts))
    return Segmentation(tuple(sentences), tuple(tokens))


def split_sentences(text: str, resources: Resources,
                    paragraphs: Sequence[Span] = ()) -> list[Span]:
    return list(segment(text, resources, paragraphs).sentences)


def sentence_groups(text: str, pieces: Sequence[Piece], resources: Resources,
                    paragraphs: Sequence[Span] = ()) -> list[tuple[int, int]]:
    """Sentences as ``[first, last)`` ranges of piece indexes."""
    lex = lexicon(resources)
    n = len(pieces)
    para_starts = sorted(p.start for p in paragraphs)
    quoted = _cued_quotes(text, pieces, lex, para_starts)
    groups: list[tuple[int, int]] = []
    first = 0
    i = 0
    while i < n:
        end = _sentence_end(text, pieces, i, lex, para_starts)
        if end is not None and end - 1 in quoted and not _hard_break(text, pieces, i,
                                                                     para_starts):
            end = None  # inside a quote that its speech cue closes
        if end is not None:
            groups.append((first, end))
            first = i = end
        else:
            i += 1
    if first < n:
        groups.append((first, n))
    return groups


def _quote_role(text: str, pieces: Sequence[Piece], j: int) -> str | None:
    """``open``/``close`` for a quote mark by its neighbours (``”`` serves as both)."""
    p = pieces[j]
    ch = text[p.start : p.end]
    if ch not in _QUOTES:
        return None
    if ch in _OPENING_ONLY:
        return "open"
    attached_before = j > 0 and pieces[j - 1].end == p.start and \
        text[pieces[j - 1].start] not in _OPENING
    attached_after = j + 1 < len(pieces) and pieces[j + 1].start == p.end
    if attached_before:
        return "close"
    if attached_after:
        return "open"
    return None


def _cued_quotes(text: str, pieces: Sequence[Piece], lex: Lexicon,
                 para_starts: list[int]) -> set[int]:
    """Indexes of pieces inside a quotation whose closing mark is followed by a speech cue
    (a lower-case word or a cue of ``quote_cues.tsv``): ``"A. B," katanya.`` stays one
    sentence, quote and cue together. A quotation never reaches past a line break."""
    out: set[int] = set()
    n = len(pieces)
    i = 0
    while i < n:
        if _quote_role(text, pieces, i) != "open":
            i += 1
            continue
        family = _SINGLE if text[pieces[i].start] in _SINGLE else _DOUBLE
        j = i + 1
        while j < n and not _hard_break(text, pieces, j - 1, para_starts) \
                and pieces[j].start - pieces[i].start <= _MAX_QUOTE:
            role = _quote_role(text, pieces, j)
            if role and text[pieces[j].start] in family:
                break
            j += 1
        else:  # no closing mark in reach: a stray quote mark
            i += 1
            continue
        if _quote_role(text, pieces, j) != "close":  # another opening: the first is unclosed
            i = j
            continue
        if j + 1 < n and not _hard_break(text, pieces, j, para_starts):
            nxt = pieces[j + 1]
            word = text[nxt.start : nxt.end]
            if nxt.kind == "word" and (word[0].islower() or word.lower() in lex.cues):
                out.update(range(i, j + 1))
        i = j + 1
    return out


def _hard_break(text: str, pieces: Sequence[Piece], i: int, para_starts: list[int]) -> bool:
    """A line break or a paragraph boundary between piece ``i`` and ``i + 1``."""
    gap_start, gap_end = pieces[i].end, pieces[i + 1].start
    if "\n" in text[gap_start:gap_end] or "\r" in text[gap_start:gap_end]:
        return True
    if para_starts:
        k = bisect.bisect_right(para_starts, gap_start)
        return k < len(para_starts) and para_starts[k] <= gap_end
    return False


def _is_closer(text: str, pieces: Sequence[Piece], j: int) -> bool:
    """A quote or bracket attached to what precedes it (no space before it)."""
    p = pieces[j]
    ch = text[p.start : p.end]
    if p.start != pieces[j - 1].end:
        return False
    if ch in _CLOSING_BRACKETS:
        return True
    return ch in _QUOTES and ch not in _OPENING_ONLY


def _after_lower(text: str, prev: Piece) -> bool:
    """A capital letter with a dot after a lower-case word or a figure is not a name's
    initial (``platform X.``, ``vitamin C.``, ``nomor 5 A.``): it may end a sentence."""
    ch = text[prev.start]
    return ch.islower() or ch.isdigit()


def _starts_sentence(text: str, p: Piece) -> bool:
    ch = text[p.start]
    return ch.isupper() or ch.isdigit() or ch in _QUOTES or ch in _OPENING or ch in "•*"


def _sentence_end(text: str, pieces: Sequence[Piece], i: int, lex: Lexicon,
                  para_starts: list[int]) -> int | None:
    """If a sentence ends with piece ``i`` (plus closers), the index after its last piece."""
    n = len(pieces)
    if i + 1 >= n:
        return None
    p = pieces[i]
    word = text[p.start : p.end]
    if _hard_break(text, pieces, i, para_starts):
        return i + 1
    terminal = (p.kind == "punct" and word[0] in _TERMINAL) or p.kind == "ellipsis" or (
        p.kind == "abbr" and p.abbr == "common") or (
        p.kind == "abbr" and p.abbr == "initial" and i > 0 and _after_lower(text, pieces[i - 1]))
    if not terminal:
        return None
    if word == "." and i > 0 and pieces[i - 1].kind == "number" and (
            i == 1 or _hard_break(text, pieces, i - 2, para_starts)):
        return None  # a list number at the start of a line: "1. Ni Nyoman Sari"
    j = i + 1
    closed_quote = False
    while j < n and _is_closer(text, pieces, j):
        closed_quote |= text[pieces[j].start] in _QUOTES
        j += 1
    if j >= n:
        return None
    if _hard_break(text, pieces, j - 1, para_starts):
        return j
    nxt = pieces[j]
    if p.kind == "abbr" and not text[nxt.start].isupper():
        return None
    if not _starts_sentence(text, nxt):
        return None
    if closed_quote and text[nxt.start : nxt.end].lower() in lex.cues:
        return None
    return j
