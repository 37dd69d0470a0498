"""Event scorer: multiset matching on (source code, PLOVER type, target code) per article.

Each event is reduced to its *key* ``(source.code, plover, target.code)`` (codes and type
upper-cased; a missing target has code ``null``). Per article, ``tp`` is the size of the
multiset intersection of gold and predicted keys (two identical gold events need two
predicted ones), ``fp``/``fn`` the rest. ``sector_precision``/``sector_recall`` do the
same with the key ``(source.code, source.sector, plover, target.code, target.sector)``.

On matched events (gold and predicted events paired one-to-one within the same key,
choosing the pairing that agrees most on sectors, CAMEO root, status and date):
``cameo_root_accuracy`` compares the first two digits of ``cameo``, ``status_accuracy``
the ``status``, ``date_accuracy`` the ``date`` at the granularity of the gold value
(``null`` equals only ``null``; see ``metadata.same_at_gold_granularity``).
Corpus scores are micro-averages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from warta.eval.counts import accuracy, sum_counts, with_prf
from warta.eval.entities import norm_code
from warta.eval.matching import best_matching, pair_scores
from warta.eval.metadata import same_at_gold_granularity

COUNT_KEYS = ("tp", "fp", "fn", "sector_tp", "sector_fp", "sector_fn",
              "cameo_root_correct", "status_correct", "date_correct")


def _actor(event: Mapping[str, Any], role: str) -> Mapping[str, Any]:
    actor = event.get(role)
    return actor if isinstance(actor, Mapping) else {}


def key(event: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    return (norm_code(_actor(event, "source").get("code")), norm_code(event.get("plover")),
            norm_code(_actor(event, "target").get("code")))


def sector_key(event: Mapping[str, Any]) -> tuple[str | None, ...]:
    s, t = _actor(event, "source"), _actor(event, "target")
    return (norm_code(s.get("code")), norm_code(s.get("sector")), norm_code(event.get("plover")),
            norm_code(t.get("code")), norm_code(t.get("sector")))


def cameo_root(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text[:2] or None


def _agreement(g: Mapping[str, Any], p: Mapping[str, Any]) -> list[bool]:
    return [sector_key(g) == sector_key(p), cameo_root(g.get("cameo")) == cameo_root(p.get("cameo")),
            g.get("status") == p.get("status"),
            same_at_gold_granularity(g.get("date"), p.get("date"))]


def _label(e: Mapping[str, Any]) -> str:
    s, t = _actor(e, "source"), _actor(e, "target")
    return (f"{s.get('code')}/{s.get('sector')} {e.get('plover')} {e.get('cameo')} "
            f"{t.get('code')}/{t.get('sector')} [{e.get('status')}, {e.get('date')}]")


def score_article(gold: Sequence[Mapping[str, Any]],
                  pred: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    weights = {(i, j): sum(_agreement(g, p)) / 4
               for i, p in enumerate(pred) for j, g in enumerate(gold) if key(p) == key(g)}
    pairs = best_matching(len(pred), len(gold), weights)
    checks = [_agreement(gold[j], pred[i]) for i, j in pairs]
    gs, ps = Counter(sector_key(g) for g in gold), Counter(sector_key(p) for p in pred)
    sector_tp = sum((gs & ps).values())
    return {
        **pair_scores(pairs, pred, gold, _label),
        "sector_tp": sector_tp, "sector_fp": len(pred) - sector_tp,
        "sector_fn": len(gold) - sector_tp,
        "cameo_root_correct": sum(c[1] for c in checks),
        "status_correct": sum(c[2] for c in checks),
        "date_correct": sum(c[3] for c in checks),
    }


def aggregate(articles: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    counts = sum_counts(articles, COUNT_KEYS)
    sector = with_prf(counts, "sector_")
    return {
        "evaluated": True,
        **with_prf(counts),
        "sector_precision": sector["sector_precision"],
        "sector_recall": sector["sector_recall"],
        "sector_f1": sector["sector_f1"],
        "cameo_root_accuracy": accuracy(counts, "cameo_root_correct", "tp"),
        "status_accuracy": accuracy(counts, "status_correct", "tp"),
        "date_accuracy": accuracy(counts, "date_correct", "tp"),
        **counts,
        "n": len(articles),
    }
