"""Body scorer: bag-of-tokens precision/recall/F1 against the gold body, and the share of
the raw input's boilerplate that the output dropped.

Tokens are those of ``warta.eval.text.tokens`` (lower-cased ``\\w+`` runs), compared as
multisets, as in the ScrapingHub article-extraction benchmark (with unigrams):
``tp = |pred ∩ gold|``, ``precision = tp / |pred|``, ``recall = tp / |gold|``.

``boilerplate_removed``: the raw input's non-body tokens are ``N = bag(raw) − bag(gold)``
(multiset difference). What the output still carries beyond the gold body is
``X = bag(pred) − bag(gold)``; the score is ``1 − |N ∩ X| / |N|``. A raw input passed through
untouched scores 0, an output with none of the boilerplate scores 1. An article whose raw
input has no non-body tokens has no score (``None``) and is left out of the mean.

The raw input is ``RawDocument.content`` for text pages and scraper records (the raw body
field) and, for HTML, the page's visible text: the ``<body>`` text with ``script``,
``style``, ``noscript`` and ``template`` elements dropped (selectolax).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from warta.doc import RawDocument
from warta.eval.text import bag, mean, prf

_INVISIBLE = ("script", "style", "noscript", "template")


def visible_text(html: str) -> str:
    """The text a reader of the page sees, elements separated by spaces."""
    tree = LexborHTMLParser(html)
    for tag in _INVISIBLE:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    return root.text(separator=" ") if root is not None else ""


def raw_input_text(raw: RawDocument) -> str:
    """The raw input text that ``boilerplate_removed`` measures against."""
    return visible_text(raw.content) if raw.format == "html" else raw.content


def boilerplate_removed(gold: str, pred: str, raw_text: str) -> float | None:
    gold_bag = bag(gold)
    non_body = bag(raw_text) - gold_bag
    total = sum(non_body.values())
    if total == 0:
        return None
    left = sum((non_body & (bag(pred) - gold_bag)).values())
    return 1.0 - left / total


def score_article(gold: str, pred: str, raw_text: str | None) -> dict[str, Any]:
    g, p = bag(gold), bag(pred)
    tp = sum((g & p).values())
    precision, recall, f1 = prf(tp, sum(p.values()) - tp, sum(g.values()) - tp)
    removed = boilerplate_removed(gold, pred, raw_text) if raw_text is not None else None
    return {"precision": precision, "recall": recall, "f1": f1, "boilerplate_removed": removed}


def aggregate(articles: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Means over articles; ``boilerplate_removed`` over the articles that have a score."""
    removed = [a["boilerplate_removed"] for a in articles
               if a.get("boilerplate_removed") is not None]
    return {
        "precision": mean([a["precision"] for a in articles]),
        "recall": mean([a["recall"] for a in articles]),
        "f1": mean([a["f1"] for a in articles]),
        "boilerplate_removed": mean(removed),
        "n": len(articles),
        "boilerplate_n": len(removed),
    }
