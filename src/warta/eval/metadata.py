"""Metadata scorer: exact match per field, with the normalisation each field needs.

=========  ==============================================================================
field      equal when
=========  ==============================================================================
outlet     lower-cased, ``www.`` dropped, whitespace-normalised strings are equal
title      whitespace-normalised strings are equal (case and punctuation count)
published  equal at the granularity the gold gives: a gold date (``2022-03-02``, or
           ``2022-03``, ``2022``) matches any prediction whose local date starts with it;
           a gold date-time needs a tz-aware prediction at the same instant
authors    the same multiset of whitespace-normalised names (order does not count)
dateline   case-insensitive, whitespace-normalised
wire       the same set of whitespace-normalised agency names
=========  ==============================================================================

A gold ``null`` (or empty list) is matched only by a ``null`` (empty) prediction. A field is
scored for an article only when its gold has the key; ``n`` counts those articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from warta.eval.text import norm_ws, ratio

FIELDS = ("outlet", "title", "published", "authors", "dateline", "wire")


def _text(value: Any) -> str | None:
    text = norm_ws(str(value)) if value is not None else ""
    return text or None


def _outlet(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    text = text.lower()
    return text[4:] if text.startswith("www.") else text


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    return [n for n in (norm_ws(str(v)) for v in value) if n]


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def same_at_gold_granularity(gold: Any, pred: Any) -> bool:
    """``published`` (and event ``date``) equality at the granularity of the gold value."""
    g, p = _text(gold), _text(pred)
    if g is None or p is None:
        return g is None and p is None
    if "T" not in g and " " not in g:  # a date, a month or a year
        return p[: len(g)] == g
    gd, pd = _parse(g), _parse(p)
    if gd is None or pd is None or ("T" not in p and " " not in p):
        return False
    if (gd.tzinfo is None) != (pd.tzinfo is None):
        return False
    return gd == pd


def _equal_text(g: Any, p: Any) -> bool:
    return _text(g) == _text(p)


def _equal_outlet(g: Any, p: Any) -> bool:
    return _outlet(g) == _outlet(p)


def _equal_casefold(g: Any, p: Any) -> bool:
    gt, pt = _text(g), _text(p)
    return (gt or "").casefold() == (pt or "").casefold() and (gt is None) == (pt is None)


def _equal_multiset(g: Any, p: Any) -> bool:
    return Counter(_names(g)) == Counter(_names(p))


def _equal_set(g: Any, p: Any) -> bool:
    return set(_names(g)) == set(_names(p))


COMPARATORS: dict[str, Callable[[Any, Any], bool]] = {
    "outlet": _equal_outlet,
    "title": _equal_text,
    "published": same_at_gold_granularity,
    "authors": _equal_multiset,
    "dateline": _equal_casefold,
    "wire": _equal_set,
}


def score_article(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, Any]:
    """Per field present in the gold: ``{"gold", "predicted", "correct"}``."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        if name not in gold:
            continue
        g, p = gold.get(name), pred.get(name)
        out[name] = {"gold": g, "predicted": p, "correct": COMPARATORS[name](g, p)}
    return out


def aggregate(articles: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``{field: {"accuracy", "n"}}`` over the per-article results of ``score_article``."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        scored = [a[name]["correct"] for a in articles if name in a]
        out[name] = {"accuracy": ratio(sum(scored), len(scored)), "n": len(scored)}
    return out
