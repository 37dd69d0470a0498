"""Direct quotes: quotation-mark spans, told apart from scare quotes by their cue.

Marks are paired per paragraph, left to right. Outlets differ: ``"…"``, ``“…”``, and the
print style that opens with ``”`` as well as closing with it, so ``”`` and ``"`` are
toggles, while ``“``/``„``/``«`` only open. A quote left open at the end of a paragraph
continues when the next paragraph starts with a mark (the multi-paragraph convention: the
opening mark is repeated, the closing mark only at the end). Single marks (``'…'``,
``‘…’``) are read only outside double-quoted speech, and only with the shape of a quote
(space before the opening mark, none after it; an apostrophe between letters is a letter).

A quoted span is *speech* when a cue is attached to it: a cue word after the closing mark
(``"…," kata X``, ``"…," katanya``, ``"…," ia menambahkan``, ``demikian pernyataan X``), a
cue before the opening mark (``X mengatakan, "…"``, ``Menurut X, "…"``, ``X: "…"``,
``meneriakkan "…"``), or — without a cue — when it opens its sentence and ends with its own
punctuation inside the marks (a whole quoted sentence whose speaker is in the context).
Everything else is a scare quote or a title: ``kampanye 'kebohongan dan disinformasi'``.
No word list decides it, only position, punctuation and cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.doc import Span
from warta.quotes.lexicon import Lexicon
from warta.quotes.text import WORD, containing

OPEN_ONLY = "“„«"
TOGGLE = "\"”»"
DOUBLE = OPEN_ONLY + TOGGLE
SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"
TERMINAL = ".,?!…;:"
MIN_UNCUED_WORDS = 3


@dataclass(frozen=True)
class Cue:
    word: str
    start: int
    end: int
    pronominal: bool  # katanya, ujarnya
    side: str  # "after" | "before" | "colon" | "none"


@dataclass(frozen=True)
class DirectQuote:
    parts: tuple[Span, ...]  # the quoted text of each paragraph, marks excluded
    open_mark: int
    close_mark: int
    cue: Cue | None
    sentence_initial: bool

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def text(self, body: str) -> str:
        return "\n\n".join(body[p.start:p.end] for p in self.parts)


def _strip(body: str, start: int, end: int) -> Span:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _closing_shaped(body: str, i: int) -> bool:
    before = body[i - 1] if i > 0 else " "
    after = body[i + 1] if i + 1 < len(body) else " "
    return not before.isspace() and (after.isspace() or after in TERMINAL + ")")


def _opening_shaped(body: str, i: int) -> bool:
    before = body[i - 1] if i > 0 else " "
    after = body[i + 1] if i + 1 < len(body) else " "
    return (before.isspace() or before in "([:—-") and not after.isspace()


def pair_double(body: str, paras: Sequence[Span]) -> list[tuple[list[Span], int, int]]:
    """``(parts, first opening mark, last closing mark)`` for every closed double quote."""
    out: list[tuple[list[Span], int, int]] = []
    open_at: int | None = None
    first_open = 0
    parts: list[Span] = []
    prev_end = 0
    for para in paras:
        marks = [i for i in range(para.start, para.end) if body[i] in DOUBLE]
        if open_at is not None:
            lead = _strip(body, para.start, para.end).start
            if marks and marks[0] == lead:  # continuation paragraph
                parts.append(_strip(body, open_at + 1, prev_end))
                open_at = marks.pop(0)
            else:
                open_at, parts = None, []
        for i in marks:
            ch = body[i]
            if open_at is None:
                if ch in TOGGLE and _closing_shaped(body, i) and not _opening_shaped(body, i):
                    continue  # a stray closing mark
                open_at, first_open, parts = i, i, []
            elif ch in OPEN_ONLY and _opening_shaped(body, i):
                open_at, first_open, parts = i, i, []  # the previous one never closed
            else:
                parts.append(_strip(body, open_at + 1, i))
                out.append((parts, first_open, i))
                open_at, parts = None, []
        prev_end = para.end
    return out


def pair_single(body: str, paras: Sequence[Span], skip: Sequence[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for para in paras:
        open_at: int | None = None
        for i in range(para.start, para.end):
            ch = body[i]
            if ch not in SINGLE_OPEN + SINGLE_CLOSE or containing(skip, i):
                continue
            before = body[i - 1] if i > para.start else " "
            after = body[i + 1] if i + 1 < para.end else " "
            if before.isalnum() and after.isalnum():
                continue  # apostrophe: Ma'ruf, Jum'at
            if open_at is None:
                if ch in SINGLE_OPEN and _opening_shaped(body, i):
                    open_at = i
            elif ch in SINGLE_CLOSE and not before.isspace() and not after.isalnum():
                out.append((open_at, i))
                open_at = None
    return out


_AFTER = re.compile(r"\s*[,.]?\s*")


def cue_after(body: str, close: int, lex: Lexicon) -> Cue | None:
    """A cue right after a closing mark: ``," kata``, ``," katanya``, ``," ia
    menambahkan``, ``" ujarPutin`` (glued by a scraper), ``," demikian pernyataan``."""
    m = _AFTER.match(body, close + 1)
    pos = m.end() if m else close + 1
    ws = [w for w in WORD.finditer(body, pos, min(len(body), pos + 80))][:3]
    if not ws or body[pos:ws[0].start()].strip():
        return None
    for k, w in enumerate(ws):
        word = w.group()
        glued = re.match(r"([a-z]+)([A-Z].*)$", word)
        if glued and lex.after_cue(glued.group(1)):
            return Cue(glued.group(1), w.start(), w.start() + len(glued.group(1)), False,
                       "after")
        hit = lex.after_cue(word)
        if hit:
            return Cue(word, w.start(), w.end(), hit[1], "after")
        if word.casefold() in lex.nouns:
            return Cue(word, w.start(), w.end(), False, "after")
        low = word.casefold()
        # allowed before the cue: a pronoun ('ia menambahkan'), demikian/begitu
        if k >= 1 or not (low in lex.pronouns or low in ("demikian", "begitu", "sebagaimana")
                          or (word[0].isupper() and k == 0 and len(ws) > 1
                              and ws[1].group().casefold() in lex.verbs)):
            return None
    return None


def cue_before(body: str, open_mark: int, sent_start: int, lex: Lexicon) -> Cue | None:
    """A cue ending right before an opening mark: ``mengatakan, "``, ``berbunyi: "``,
    ``Menurut X, "``, ``X: "``."""
    head = body[sent_start:open_mark].rstrip()
    if not head:
        return None
    colon = head.endswith(":")
    comma = head.endswith(",")
    ws = list(WORD.finditer(body, sent_start, open_mark))
    if not ws:
        return None
    last = ws[-1]
    low = last.group().casefold()
    if lex.is_reporting_verb(low) or low in lex.nouns or lex.after_cue(low):
        return Cue(last.group(), last.start(), last.end(), low.endswith("nya"), "before")
    first = ws[0]
    if comma and first.group().casefold() in lex.according and len(ws) <= 8:
        return Cue(first.group(), first.start(), first.end(), False, "before")
    if colon and len(ws) <= 12:
        return Cue(":", open_mark - 1, open_mark, False, "colon")
    return None


def find_direct(body: str, paras: Sequence[Span], sents: Sequence[Span],
                lex: Lexicon) -> list[DirectQuote]:
    found: list[DirectQuote] = []
    speech: list[Span] = []
    doubles = pair_double(body, paras)
    singles = [([_strip(body, a + 1, b)], a, b) for a, b in
               pair_single(body, paras, [Span(o, c + 1) for _, o, c in doubles])]
    for parts, open_mark, close_mark in sorted(doubles + singles, key=lambda t: t[1]):
        if any(s.start <= open_mark < s.end for s in speech):
            continue  # nested inside an accepted quote
        if not parts or parts[0].start >= parts[-1].end:
            continue
        sent = containing(sents, open_mark) or Span(open_mark, open_mark)
        para = containing(paras, open_mark) or sent
        head = body[max(sent.start, para.start):open_mark].strip()
        initial = not head or head[-1] in ".!?\"”"
        cue = cue_after(body, close_mark, lex) or cue_before(
            body, open_mark, max(sent.start, para.start), lex)
        if cue is None and found and found[-1].cue is not None \
                and found[-1].cue.side == "after":
            # split quote: '"…," kata X, "…"' — the second half shares the cue
            between = body[found[-1].close_mark + 1:open_mark]
            if between.rstrip().endswith(",") and "." not in between and len(between) < 120:
                cue = found[-1].cue
        last_text = body[parts[-1].start:parts[-1].end].rstrip()
        inner_punct = bool(last_text) and last_text[-1] in TERMINAL
        n_words = sum(len(WORD.findall(body[p.start:p.end])) for p in parts)
        if cue is None:
            if not (initial and inner_punct and n_words >= MIN_UNCUED_WORDS):
                continue
        elif cue.side == "colon" and n_words < MIN_UNCUED_WORDS:
            continue
        found.append(DirectQuote(tuple(parts), open_mark, close_mark, cue, initial))
        speech.append(Span(open_mark, close_mark + 1))
    return found
