"""One-to-one matching maximises the number of pairs before their weight."""

from __future__ import annotations

from warta.eval.matching import best_matching


def test_more_pairs_beat_a_heavier_pair() -> None:
    # greedy on weight would pair (0, 0) and leave both others unpaired
    weights = {(0, 0): 1.0, (0, 1): 0.1, (1, 0): 0.1}
    assert best_matching(2, 2, weights) == [(0, 1), (1, 0)]


def test_weight_breaks_ties_and_no_edges_no_pairs() -> None:
    assert best_matching(1, 2, {(0, 0): 0.2, (0, 1): 0.9}) == [(0, 1)]
    assert best_matching(3, 3, {}) == []
