"""One-to-one matching of predicted items to gold items.

Scorers list the admissible pairs with a weight in ``[0, 1]`` (how good the pair is); the
matching first maximises the number of pairs, then their total weight. Solved exactly as an
assignment problem (``scipy.optimize.linear_sum_assignment``) rather than greedily, so the
counts never depend on the order in which items were listed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

from warta.eval.text import prf

T = TypeVar("T")


def best_matching(
    n_pred: int, n_gold: int, weights: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    """Pairs ``(pred index, gold index)`` chosen among the keys of ``weights``: as many
    pairs as possible, and among those the largest total weight."""
    if not weights or n_pred == 0 or n_gold == 0:
        return []
    big = float(min(n_pred, n_gold) + 1)  # one more pair always beats any weight gain
    cost = np.zeros((n_pred, n_gold))
    for (i, j), w in weights.items():
        cost[i, j] = -(big + min(max(w, 0.0), 1.0))
    rows, cols = linear_sum_assignment(cost)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols, strict=True)
                  if (int(i), int(j)) in weights)


def pair_scores(pairs: Sequence[tuple[int, int]], pred: Sequence[T], gold: Sequence[T],
                label: Callable[[T], str]) -> dict[str, Any]:
    """Counts, precision/recall/F1 and the unpaired items (``missed`` gold,
    ``spurious`` predictions, each shown with ``label``) of one article's matching."""
    tp, fp, fn = len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)
    precision, recall, f1 = prf(tp, fp, fn)
    paired_pred = {i for i, _ in pairs}
    paired_gold = {j for _, j in pairs}
    return {
        "tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
        "missed": [label(g) for j, g in enumerate(gold) if j not in paired_gold],
        "spurious": [label(p) for i, p in enumerate(pred) if i not in paired_pred],
    }
