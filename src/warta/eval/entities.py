"""Entity scorer: P/R/F1 on (name, type) per article with alias-aware name matching, and
actor code / sector accuracy on the matched entities.

A predicted entity and a gold entity of the same article can be paired when their types are
equal and their names match by the rules of ``warta.eval.aliases`` (the gold entity list of
the article is the alias context). Pairs are one-to-one, chosen to pair as many entities as
possible, exact name matches preferred over alias matches. ``tp`` = pairs, ``fp`` =
unpaired predictions, ``fn`` = unpaired gold entities. ``code_accuracy`` and
``sector_accuracy`` are the shares of pairs whose ``code`` (resp. ``sector``) are equal
(upper-cased; ``null`` equals only ``null``). Corpus scores are micro-averages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from warta.eval.aliases import EXACT, NameIndex
from warta.eval.counts import accuracy, sum_counts, with_prf
from warta.eval.matching import best_matching, pair_scores

COUNT_KEYS = ("tp", "fp", "fn", "code_correct", "sector_correct")


def norm_code(value: Any) -> str | None:
    text = str(value).strip().upper() if value is not None else ""
    return text or None


def _label(e: Mapping[str, Any]) -> str:
    return f"{e.get('name')} ({e.get('type')})"


def score_article(
    gold: Sequence[Mapping[str, Any]],
    pred: Sequence[Mapping[str, Any]],
    groups: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    index = NameIndex([(str(g.get("name") or ""), g.get("type")) for g in gold], groups)
    weights: dict[tuple[int, int], float] = {}
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.get("type") != g.get("type"):
                continue
            how = index.match(p.get("name"), j, p.get("type"))
            if how:
                weights[(i, j)] = 1.0 if how == EXACT else 0.5
    pairs = best_matching(len(pred), len(gold), weights)
    wrong: list[str] = []
    code_ok = sector_ok = 0
    for i, j in pairs:
        same_code = norm_code(pred[i].get("code")) == norm_code(gold[j].get("code"))
        same_sector = norm_code(pred[i].get("sector")) == norm_code(gold[j].get("sector"))
        code_ok += same_code
        sector_ok += same_sector
        if not (same_code and same_sector):
            wrong.append(f"{_label(gold[j])}: gold {gold[j].get('code')}/"
                         f"{gold[j].get('sector')}, predicted {pred[i].get('code')}/"
                         f"{pred[i].get('sector')}")
    return {
        **pair_scores(pairs, pred, gold, _label),
        "code_correct": code_ok, "sector_correct": sector_ok, "wrong_code": wrong,
    }


def aggregate(articles: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    counts = sum_counts(articles, COUNT_KEYS)
    return {
        "evaluated": True,
        **with_prf(counts),
        "code_accuracy": accuracy(counts, "code_correct", "tp"),
        "sector_accuracy": accuracy(counts, "sector_correct", "tp"),
        **counts,
        "n": len(articles),
    }
