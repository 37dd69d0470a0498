"""Micro-averaged layers: per-article counts summed over the corpus.

Entities, quotes and events are scored per article as counts (true positives, false
positives, false negatives, and correct/matched counts for the accuracies). The corpus
scores are *micro-averages*: counts are summed over all articles first, then turned into
precision, recall, F1 and accuracies, so an article with many items weighs more than one
with few. Per-article values are in the ``articles`` detail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from warta.eval.text import prf, ratio


def sum_counts(articles: Sequence[Mapping[str, Any]], keys: Sequence[str]) -> dict[str, int]:
    return {k: sum(int(a.get(k, 0)) for a in articles) for k in keys}


def with_prf(counts: Mapping[str, int], prefix: str = "") -> dict[str, float]:
    """``{prefix}precision/recall/f1`` from ``{prefix}tp/fp/fn``."""
    p, r, f = prf(counts[f"{prefix}tp"], counts[f"{prefix}fp"], counts[f"{prefix}fn"])
    return {f"{prefix}precision": p, f"{prefix}recall": r, f"{prefix}f1": f}


def accuracy(counts: Mapping[str, int], correct: str, total: str) -> float | None:
    return ratio(counts[correct], counts[total])
