"""The evaluation gate run by ``make eval``: score the gold corpora, write
``reports/eval.json`` and ``reports/eval.md``, and fail when a score falls below its floor in
``eval/baseline.json`` (rules in ``warta.eval.gate`` and docs/evaluation.md).

Suites come from the ``SUITES`` registry below: each entry measures one family of gold data
and returns ``SuiteResult``s whose metrics become dotted floor keys (``dev.layers.body.f1``).
A new family (UD, NER, PFSA dev scores) is one more function in the registry.

Usage: ``python scripts/eval_gate.py --shared ../shared [--update [--allow-regression]]``
Exit status: 0 all floors hold; 1 a regression or a changed gold corpus; 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.config import PipelineConfig
from warta.eval.gate import (
    Baseline,
    SuiteResult,
    corpus_changes,
    flatten,
    regressions,
    update,
)
from warta.eval.gold import EvalRun, build_processor, evaluate_files
from warta.eval.report import markdown

REPO = Path(__file__).resolve().parent.parent
CLEAN_LAYERS = ("metadata", "body")  # the layers gated per outlet and on the HTML pages


@dataclass(frozen=True)
class GateContext:
    shared: Path
    config: PipelineConfig


def _suite(name: str, run: EvalRun, files: dict[str, str], keep: Callable[[Any], bool],
           layers: tuple[str, ...] | None = None, detail: bool = False) -> SuiteResult:
    report = run.report(keep)
    gated = {k: v for k, v in report["layers"].items() if layers is None or k in layers}
    report_md = markdown({**report, "layers": gated},
                         f"{name} ({len(report['articles'])} articles)", articles=detail)
    return SuiteResult(name, {"layers": gated}, files, report_md, report if detail else None)


def gold_suites(ctx: GateContext) -> list[SuiteResult]:
    """The gold corpora of the guide: the seed, and ``gold/dev.jsonl`` when present.

    ``dev``: every article; ``seed``: the seed alone; ``html``: the saved HTML pages;
    ``outlet:<domain>``: per gold outlet (metadata and body only)."""
    labels = ["seed/seed.gold.json", "gold/dev.jsonl"]
    paths = {label: ctx.shared / label for label in labels if (ctx.shared / label).exists()}
    if not paths:
        return []
    run = evaluate_files(list(paths.values()), build_processor(ctx.config))
    files = {label: f.sha256 for label, f in zip(paths, run.files, strict=True)}
    seed_path = str(paths.get("seed/seed.gold.json", ""))
    out = [
        _suite("dev", run, files, lambda a: True, detail=True),
        _suite("seed", run, files, lambda a: a["file"] == seed_path),
    ]
    if any(a["format"] == "html" for a in run.articles):
        out.append(_suite("html", run, files, lambda a: a["format"] == "html", CLEAN_LAYERS))
    for outlet in sorted({str(a["outlet"]) for a in run.articles if a["outlet"]}):
        out.append(_suite(f"outlet:{outlet}", run, files, _of_outlet(outlet), CLEAN_LAYERS))
    return out


def _of_outlet(outlet: str) -> Callable[[Any], bool]:
    return lambda a: bool(a["outlet"] == outlet)


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


UD_DEV = "data/dev/ud_indonesian_gsd/id_gsd-ud-dev.conllu"
UD_KEYS = ("sentence_f1", "token_f1", "upos", "lemma", "uas", "las")
NER_DEV = {  # label in the baseline → (path under shared/, file format for warta eval ner)
    "ner_ui": ("data/dev/ner/indolem_ner_ui.dev.01.tsv", "tsv"),
    "ner_ugm": ("data/dev/ner/indolem_ner_ugm.dev.01.tsv", "tsv"),
    "idner": ("data/dev/ner/idner_news_2k.dev.txt", "conll"),
    "nerp": ("data/dev/ner/indonlu_nerp.valid.txt", "indonlu"),
    "nergrit": ("data/dev/ner/indonlu_nergrit.valid.txt", "indonlu"),
}
PFSA_DEV = "data/dev/pfsa_id/pfsa-id_dev-20.txt"


def _text_suite(name: str, layer: str, metrics: dict[str, Any],
                files: dict[str, str]) -> SuiteResult:
    rows = "\n".join(f"| {k} | {v:.4f} |" for k, v in metrics.items())
    md = f"## {name}\n\n| measure | score |\n|---|---|\n{rows}\n"
    return SuiteResult(name, {"layers": {layer: metrics}}, files, md, None)


def ud_suites(ctx: GateContext) -> list[SuiteResult]:
    """The language layer on UD Indonesian GSD dev (raw text in, CoNLL 2018 alignment)."""
    path = ctx.shared / UD_DEV
    if not path.exists():
        return []
    from warta.eval.ud import score_conllu
    from warta.lang.annotate import SegmentedPipeline
    from warta.lang.model import load_model
    from warta.resources import load_resources

    # what the language layer runs: Warta's segmenter and tokenizer, then the model
    nlp = load_model(ctx.config.lang.model, exclude=("ner",))
    scores = score_conllu(path, SegmentedPipeline(nlp, load_resources()))
    return [_text_suite("ud_gsd", "ud", {k: float(scores[k]) for k in UD_KEYS},
                        {UD_DEV: _sha256(path)})]


def ner_suites(ctx: GateContext) -> list[SuiteResult]:
    """The trained NER on the five public dev sets, each and pooled (micro over entities)."""
    present = {k: v for k, v in NER_DEV.items() if (ctx.shared / v[0]).exists()}
    if not present:
        return []
    from warta.eval.ner import prf, score_file
    from warta.lang.model import load_model

    nlp = load_model(ctx.config.lang.model)
    out: list[SuiteResult] = []
    tp = fp = fn = 0
    for label, (rel, fmt) in present.items():
        scores = score_file(ctx.shared / rel, fmt, nlp)
        tp, fp, fn = (tp + scores["counts"]["tp"], fp + scores["counts"]["fp"],
                      fn + scores["counts"]["fn"])
        out.append(_text_suite(f"ner:{label}", "ner",
                               {k: float(scores[k]) for k in ("precision", "recall", "f1")},
                               {rel: _sha256(ctx.shared / rel)}))
    out.append(_text_suite("ner:pooled", "ner", {k: float(v) for k, v in prf(tp, fp, fn).items()},
                           {}))
    return out


def pfsa_suites(ctx: GateContext) -> list[SuiteResult]:
    """Quote attribution on PFSA-ID dev (direct statements and their speakers)."""
    path = ctx.shared / PFSA_DEV
    if not path.exists():
        return []
    from warta.eval.pfsa import score_file
    from warta.resources import load_resources

    scores = score_file(path, load_resources())
    keys = ("precision", "recall", "f1", "exact_f1", "speaker_accuracy")
    return [_text_suite("pfsa", "quotes", {k: float(scores[k]) for k in keys},
                        {PFSA_DEV: _sha256(path)})]


# name → function(ctx) → suites
SUITES: dict[str, Callable[[GateContext], list[SuiteResult]]] = {
    "gold": gold_suites,
    "ud": ud_suites,
    "ner": ner_suites,
    "pfsa": pfsa_suites,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=REPO / "eval" / "baseline.json")
    ap.add_argument("--reports", type=Path, default=REPO / "reports")
    ap.add_argument("--config", type=Path, help="pipeline configuration (TOML)")
    ap.add_argument("--suite", action="append", choices=sorted(SUITES),
                    help="run only these suite families (default: all)")
    ap.add_argument("--update", action="store_true",
                    help="raise floors to the new scores and add new ones (never lowers)")
    ap.add_argument("--allow-regression", action="store_true",
                    help="with --update: also lower or drop floors")
    args = ap.parse_args(argv)
    if args.allow_regression and not args.update:
        ap.error("--allow-regression only makes sense with --update")
    if not args.shared.is_dir():
        ap.error(f"shared folder not found: {args.shared}")

    ctx = GateContext(args.shared, PipelineConfig.from_toml(args.config) if args.config
                      else PipelineConfig())
    results: list[SuiteResult] = []
    for family in args.suite or sorted(SUITES):
        results.extend(SUITES[family](ctx))
    current: dict[str, float | None] = {}
    files: dict[str, str] = {}
    for r in results:
        current.update(flatten(r.name, r.metrics))
        files.update(r.files)

    baseline = Baseline.load(args.baseline)
    # a partial run (--suite) gates, updates and hashes only what its suites measured
    names = {r.name for r in results}

    def in_scope(key: str) -> bool:
        return not args.suite or any(key.startswith(n + ".") for n in names)

    scoped = Baseline({k: v for k, v in baseline.floors.items() if in_scope(k)},
                      {k: v for k, v in baseline.gold.items() if not args.suite or k in files})
    changed = corpus_changes(files, scoped.gold)
    failures = regressions(current, scoped.floors)
    lines: list[str] = []
    if args.update:
        new, changes = update(scoped, current, files, args.allow_regression)
        kept = {k: v for k, v in baseline.floors.items() if not in_scope(k)}
        gold = {**baseline.gold, **new.gold} if args.suite else new.gold
        Baseline({**kept, **new.floors}, gold).save(args.baseline)
        lines += ["baseline updated:", *(f"  {c}" for c in changes or ["no change"])]
        failures = regressions(current, new.floors)
        changed = []
    lines += [f"REGRESSION {f}" for f in failures]
    lines += [f"CORPUS CHANGED {c} (check it, then run with --update)" for c in changed]
    ok = not failures and not changed
    lines.append(f"eval gate: {'ok' if ok else 'FAILED'} ({len(current)} scores, "
                 f"{len(scoped.floors)} floors, {len(results)} suites)")

    args.reports.mkdir(parents=True, exist_ok=True)
    report = {
        "ok": ok, "regressions": failures, "corpus_changes": changed, "gold": files,
        "suites": {r.name: r.metrics for r in results},
        "details": {r.name: r.detail for r in results if r.detail is not None},
    }
    (args.reports / "eval.json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md = ["# Warta evaluation", "", *(f"    {ln}" for ln in lines), ""]
    md += [r.markdown for r in results]
    (args.reports / "eval.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
