"""Quote scorer: quotes found by token overlap, exact spans, and speaker accuracy.

*Found*: a predicted quote and a gold quote can be paired when their token bags
(``warta.eval.text.bag``) overlap by at least half of the longer of the two:
``2·|pred ∩ gold| ≥ max(|pred|, |gold|)``. Measuring against the longer side means neither a
fragment of the gold quote nor a whole paragraph around it counts. Pairs are one-to-one,
as many as possible, larger overlaps preferred. ``precision``/``recall``/``f1`` count the
pairs; the ``kind`` does not have to agree here (``kind_accuracy`` reports it).

*Exact*: ``exact_f1`` counts predicted texts equal to a gold text after whitespace
normalisation (multiset matching).

*Speaker*: ``speaker_accuracy`` is the share of found quotes whose speaker matches the gold
speaker alias-aware (``warta.eval.aliases``, with the article's gold entities and gold
speakers as the alias context); a gold ``null`` speaker is matched only by ``null``.

``direct`` and ``indirect`` repeat every measure with gold and predictions restricted to
that kind. Corpus scores are micro-averages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from warta.eval.aliases import NameIndex
from warta.eval.counts import accuracy, sum_counts, with_prf
from warta.eval.matching import best_matching, pair_scores
from warta.eval.text import bag, norm_ws, prf

KINDS = ("direct", "indirect")
COUNT_KEYS = ("tp", "fp", "fn", "exact_tp", "exact_fp", "exact_fn", "speaker_correct",
              "kind_correct")


def overlaps(pred_text: str | None, gold_text: str | None) -> float:
    """``|pred ∩ gold| / max(|pred|, |gold|)`` on token bags (0 when both are empty)."""
    p, g = bag(pred_text), bag(gold_text)
    longest = max(sum(p.values()), sum(g.values()))
    return sum((p & g).values()) / longest if longest else 0.0


def is_found(pred_text: str | None, gold_text: str | None) -> bool:
    p, g = bag(pred_text), bag(gold_text)
    longest = max(sum(p.values()), sum(g.values()))
    return longest > 0 and 2 * sum((p & g).values()) >= longest


def speaker_index(gold_entities: Sequence[Mapping[str, Any]],
                  gold_quotes: Sequence[Mapping[str, Any]],
                  groups: Mapping[str, int] | None) -> NameIndex:
    names: list[tuple[str, str | None]] = [
        (str(e.get("name") or ""), e.get("type")) for e in gold_entities]
    for q in gold_quotes:
        speaker = q.get("speaker")
        if speaker and all(norm_ws(speaker).casefold() != norm_ws(n).casefold()
                           for n, _ in names):
            names.append((str(speaker), None))
    return NameIndex(names, groups)


def speaker_matches(index: NameIndex, gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return not gold and not pred
    j = index.find(gold)
    return j is not None and bool(index.match(pred, j))


def _score(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]],
           index: NameIndex) -> dict[str, Any]:
    weights = {(i, j): overlaps(p.get("text"), g.get("text"))
               for i, p in enumerate(pred) for j, g in enumerate(gold)
               if is_found(p.get("text"), g.get("text"))}
    pairs = best_matching(len(pred), len(gold), weights)
    wrong = [{"text": str(gold[j].get("text")), "kind": gold[j].get("kind"),
              "gold": gold[j].get("speaker"), "predicted": pred[i].get("speaker")}
             for i, j in pairs
             if not speaker_matches(index, gold[j].get("speaker"), pred[i].get("speaker"))]
    kind_ok = sum(pred[i].get("kind") == gold[j].get("kind") for i, j in pairs)
    gold_exact = Counter(norm_ws(g.get("text")) for g in gold)
    pred_exact = Counter(norm_ws(p.get("text")) for p in pred)
    exact_tp = sum((gold_exact & pred_exact).values())
    return {
        **pair_scores(pairs, pred, gold, lambda q: str(q.get("text"))),
        "exact_tp": exact_tp, "exact_fp": len(pred) - exact_tp, "exact_fn": len(gold) - exact_tp,
        "exact_f1": prf(exact_tp, len(pred) - exact_tp, len(gold) - exact_tp)[2],
        "speaker_correct": len(pairs) - len(wrong), "kind_correct": kind_ok,
        "wrong_speaker": wrong,
    }


def score_article(
    gold: Sequence[Mapping[str, Any]],
    pred: Sequence[Mapping[str, Any]],
    gold_entities: Sequence[Mapping[str, Any]] = (),
    groups: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    index = speaker_index(gold_entities, gold, groups)
    out = _score(gold, pred, index)
    for kind in KINDS:
        sub = _score([g for g in gold if g.get("kind") == kind],
                     [p for p in pred if p.get("kind") == kind], index)
        out[kind] = {k: v for k, v in sub.items() if k not in ("missed", "spurious", "wrong_speaker")}
    return out


def _layer(articles: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    counts = sum_counts(articles, COUNT_KEYS)
    return {
        **with_prf(counts),
        "exact_f1": with_prf(counts, "exact_")["exact_f1"],
        "speaker_accuracy": accuracy(counts, "speaker_correct", "tp"),
        **counts,
    }


def aggregate(articles: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"evaluated": True, **_layer(articles)}
    out["kind_accuracy"] = accuracy(out, "kind_correct", "tp")
    for kind in KINDS:
        out[kind] = _layer([a[kind] for a in articles])
        del out[kind]["kind_correct"]
    out["n"] = len(articles)
    return out
