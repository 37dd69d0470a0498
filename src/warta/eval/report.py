"""Readable renderings of a report: rows shared by the rich table of ``warta eval`` and the
Markdown of ``reports/eval.md``. The JSON document itself is built by ``gold.EvalRun``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# the headline measures of each layer, in display order (the JSON holds more)
HEADLINE: dict[str, tuple[str, ...]] = {
    "body": ("precision", "recall", "f1", "boilerplate_removed"),
    "entities": ("precision", "recall", "f1", "code_accuracy", "sector_accuracy"),
    "quotes": ("precision", "recall", "f1", "exact_f1", "speaker_accuracy", "kind_accuracy"),
    "events": ("precision", "recall", "f1", "sector_precision", "sector_recall",
               "cameo_root_accuracy", "status_accuracy", "date_accuracy"),
}


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def rows(layers: Mapping[str, Any]) -> list[tuple[str, str, str, str]]:
    """``(layer, measure, value, n)`` for every headline measure; unevaluated layers get
    one row saying so."""
    out: list[tuple[str, str, str, str]] = []
    md = layers.get("metadata", {})
    if md.get("evaluated") is False:
        out.append(("metadata", "not evaluated", "", ""))
    else:
        for name, value in md.items():
            out.append(("metadata", f"{name} accuracy", fmt(value.get("accuracy")),
                        fmt(value.get("n"))))
    for layer, measures in HEADLINE.items():
        data = layers.get(layer, {})
        if not data.get("evaluated"):
            out.append((layer, "not evaluated", "", ""))
            continue
        for m in measures:
            out.append((layer, m, fmt(data.get(m)), fmt(data.get("n"))))
        for kind in ("direct", "indirect"):
            if isinstance(data.get(kind), Mapping):
                for m in ("precision", "recall", "f1", "speaker_accuracy"):
                    out.append((layer, f"{kind} {m}", fmt(data[kind].get(m)),
                                fmt(data[kind].get("tp", 0) + data[kind].get("fn", 0))))
    return out


def markdown_table(layers: Mapping[str, Any]) -> str:
    lines = ["| layer | measure | value | n |", "|---|---|---:|---:|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(layers)]
    return "\n".join(lines)


def article_issues(article: Mapping[str, Any]) -> list[str]:
    """What one article lost points on, in a few words per layer (empty when perfect)."""
    out: list[str] = []
    wrong = [name for name, v in (article.get("metadata") or {}).items() if not v["correct"]]
    if wrong:
        out.append("metadata wrong: " + ", ".join(wrong))
    body = article.get("body") or {}
    if body and (body["f1"] < 1 or (body.get("boilerplate_removed") or 1) < 1):
        out.append(f"body f1 {fmt(body['f1'])}, boilerplate_removed "
                   f"{fmt(body.get('boilerplate_removed'))}")
    for layer in ("entities", "quotes", "events"):
        data = article.get(layer)
        if data and (data["fp"] or data["fn"]):
            out.append(f"{layer} tp {data['tp']} fp {data['fp']} fn {data['fn']}")
    return out


def markdown(report: Mapping[str, Any], title: str = "Evaluation",
             articles: bool = False) -> str:
    """A whole report as Markdown: the layer table, the gold files, the rejects and, with
    ``articles``, one line per imperfect article."""
    parts = [f"## {title}", "", markdown_table(report["layers"]), ""]
    if articles:
        lines = [f"- `{a['id']}`: " + "; ".join(issues) for a in report["articles"]
                 if (issues := article_issues(a))]
        parts += ["Articles with errors:", "", *(lines or ["- none"]), ""]
    gold = report.get("gold") or []
    if gold:
        parts += ["Gold files:", ""]
        parts += [f"- `{g['path']}` ({g['articles']} articles, sha256 `{g['sha256'][:12]}…`)"
                  for g in gold]
        parts.append("")
    rejected = report.get("rejected") or []
    if rejected:
        parts += ["Rejected inputs (scored as empty output):", ""]
        parts += [f"- `{r['id']}`: [{r['code']}] {r['reason']}" for r in rejected]
        parts.append("")
    return "\n".join(parts)
