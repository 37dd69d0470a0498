"""A small word scanner with character offsets for the rule-based extractors
(dates, amounts). It is deliberately simpler than the statistical tokenizer: figures stay
whole (``680.000``, ``1,5``, ``2/3/2022`` is three figures and two slashes), words keep
inner hyphens (``luka-luka``, ``sekurang-kurangnya``), every other visible character is a
token of its own. Lexicon phrases are scanned with the same function, so a phrase such as
``s.d.`` matches exactly the tokens the text produces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

V = TypeVar("V")

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)


class Word(NamedTuple):
    """One scanned token: ``low`` is the lower-cased text used for lexicon look-ups. A named
    tuple rather than a frozen dataclass: as immutable, and built about five times faster
    (a body has a few hundred of them and the scan ran at every article)."""

    start: int
    end: int
    text: str
    low: str
    is_num: bool
    is_word: bool


def scan(text: str) -> list[Word]:
    out: list[Word] = []
    for m in _TOKEN.finditer(text):
        word, kind = m.group(), m.lastgroup
        out.append(Word(m.start(), m.end(), word, word.lower(), kind == "num", kind == "word"))
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lower-cased token tuple a lexicon phrase is matched by."""
    return tuple(w.low for w in scan(phrase))


@dataclass(frozen=True)
class PhraseTable(Generic[V]):
    """Phrases (token tuples) to values, matched longest first at a token position."""

    table: dict[tuple[str, ...], V]
    longest: int
    # first and last tokens of the phrases: most positions of a text start (or end) none,
    # and are passed over with one set look-up (empty: no filter)
    firsts: frozenset[str] = frozenset()
    lasts: frozenset[str] = frozenset()

    @classmethod
    def build(cls, items: Iterable[tuple[str, V]]) -> PhraseTable[V]:
        table = {phrase_key(k): v for k, v in items if phrase_key(k)}
        return cls(table, max((len(k) for k in table), default=0),
                   frozenset(k[0] for k in table), frozenset(k[-1] for k in table))

    def get(self, phrase: str) -> V | None:
        return self.table.get(phrase_key(phrase))

    def match_at(self, words: Sequence[Word], i: int) -> tuple[int, V] | None:
        """Longest phrase starting at ``words[i]``: (number of tokens, value)."""
        if self.firsts and (i >= len(words) or words[i].low not in self.firsts):
            return None
        for n in range(min(self.longest, len(words) - i), 0, -1):
            key = tuple(w.low for w in words[i : i + n])
            if key in self.table and _contiguous(words, i, n):
                return n, self.table[key]
        return None

    def match_ending(self, words: Sequence[Word], end: int) -> tuple[int, V] | None:
        """Longest phrase ending just before ``words[end]``: (number of tokens, value)."""
        if self.lasts and 0 < end <= len(words) and words[end - 1].low not in self.lasts:
            return None
        for n in range(min(self.longest, end), 0, -1):
            key = tuple(w.low for w in words[end - n : end])
            if key in self.table and _contiguous(words, end - n, n):
                return n, self.table[key]
        return None


def _contiguous(words: Sequence[Word], i: int, n: int) -> bool:
    """Tokens of a phrase must be separated by at most plain spaces (no line breaks)."""
    return all(words[j + 1].start - words[j].end <= 2 for j in range(i, i + n - 1))
