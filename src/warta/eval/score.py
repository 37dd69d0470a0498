"""Score one article on every layer, and aggregate articles into the ``layers`` document.

A layer is scored for an article when the pipeline provides it (``Document.provides``) and
the article's gold has it (``expected.<layer>``). A layer the pipeline does not run, or that
no gold article annotates, is reported as ``{"evaluated": false}`` rather than as zeros.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from warta.eval import body, entities, events, metadata, quotes

if TYPE_CHECKING:
    from warta.eval.gold import GoldItem

LAYERS = ("metadata", "body", "entities", "quotes", "events")

_AGGREGATE: dict[str, Callable[[Sequence[Mapping[str, Any]]], dict[str, Any]]] = {
    "metadata": metadata.aggregate,
    "body": body.aggregate,
    "entities": entities.aggregate,
    "quotes": quotes.aggregate,
    "events": events.aggregate,
}


def empty_expected() -> dict[str, Any]:
    """The prediction of a rejected input: nothing at all."""
    return {"metadata": {f: [] if f in ("authors", "wire") else None for f in metadata.FIELDS},
            "body": "", "entities": [], "quotes": [], "events": []}


def score_article(
    item: GoldItem,
    predicted: Mapping[str, Any],
    raw_text: str | None,
    rejected: Mapping[str, str] | None,
    provides: frozenset[str],
    groups: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """Per-article detail: ids, rejection, and each scored layer's result."""
    gold = item.expected
    gold_md = gold.get("metadata") or {}
    out: dict[str, Any] = {
        "id": item.id,
        "file": item.path,
        "format": item.input.get("format"),
        "outlet": gold_md.get("outlet") or (predicted.get("metadata") or {}).get("outlet"),
        "rejected": dict(rejected) if rejected else None,
    }

    def wanted(layer: str) -> bool:
        return layer in provides and layer in gold and gold[layer] is not None

    if wanted("metadata"):
        out["metadata"] = metadata.score_article(gold_md, predicted.get("metadata") or {})
    if wanted("body"):
        out["body"] = body.score_article(str(gold["body"]), str(predicted.get("body") or ""),
                                         raw_text)
    if wanted("entities"):
        out["entities"] = entities.score_article(gold["entities"],
                                                 predicted.get("entities") or [], groups)
    if wanted("quotes"):
        out["quotes"] = quotes.score_article(gold["quotes"], predicted.get("quotes") or [],
                                             gold.get("entities") or [], groups)
    if wanted("events"):
        out["events"] = events.score_article(gold["events"], predicted.get("events") or [])
    return out


def aggregate(articles: Sequence[Mapping[str, Any]], layers: frozenset[str]) -> dict[str, Any]:
    """The ``layers`` object of the report."""
    out: dict[str, Any] = {}
    for layer in LAYERS:
        scored = [a[layer] for a in articles if layer in a]
        if layer not in layers:
            out[layer] = {"evaluated": False, "reason": "not produced by the pipeline"}
        elif not scored:
            out[layer] = {"evaluated": False, "reason": "no gold article annotates it"}
        else:
            result = _AGGREGATE[layer](scored)
            out[layer] = result if layer == "metadata" else {"evaluated": True, **result}
    return out
