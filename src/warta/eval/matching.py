"""One-to-one matching of predicted items to gold items.

Scorers list the admissible pairs with a weight in ``[0, 1]`` (how good the pair is); the
matching first maximises the number of pairs, then their total weight. Solved exactly as an
assignment problem (``scipy.optimize.linear_sum_assignment``) rather than greedily, so the
counts never depend on the order in which items were listed.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from scipy.optimize import linear_sum_assignment


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
