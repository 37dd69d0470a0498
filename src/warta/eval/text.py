"""Text helpers shared by the scorers: one tokeniser, one whitespace normaliser and one
precision/recall rule, so every layer counts the same way.

Tokens are the lower-cased ``\\w+`` runs of the text (Unicode word characters, so ``Rp``,
``2022`` and ``ditahan`` are tokens and punctuation is not), counted as a multiset. This is
the bag-of-tokens comparison of the ScrapingHub article-extraction benchmark with unigrams.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def tokens(text: str | None) -> list[str]:
    """Lower-cased ``\\w+`` tokens after NFC normalisation."""
    if not text:
        return []
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def bag(text: str | None) -> Counter[str]:
    """The multiset of ``tokens(text)``."""
    return Counter(tokens(text))


def norm_ws(text: str | None) -> str:
    """NFC, runs of whitespace collapsed to one space, ends stripped."""
    if text is None:
        return ""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts, with the benchmark's edge rule: nothing predicted
    and nothing expected is a perfect score (1, 1, 1); otherwise no true positive is 0."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0, 0.0
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    return p, r, 2 * p * r / (p + r)


def ratio(correct: int, total: int) -> float | None:
    """``correct / total``, or ``None`` when there is nothing to measure."""
    return correct / total if total else None


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
