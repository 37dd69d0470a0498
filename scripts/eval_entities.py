"""Score the entity layer on gold files, with or without the language layer.

``python scripts/eval_entities.py GOLD... [--articles]``: runs ``clean.v1``, then
``lang.v1`` when it is registered (its NER mentions feed the entity layer), then
``entities.v1``, and prints ``layers.entities`` of the ``warta eval`` report. Without
``lang.v1`` the entity layer runs on the body alone (dictionary, titles, capitalised names):
the numbers of the stand-in.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time

from warta.config import PipelineConfig
from warta.entities.component import EntitiesComponent
from warta.eval.aliases import alias_groups
from warta.eval.gold import ALIASES_FILE, Processor, evaluate_files
from warta.pipeline import Pipeline
from warta.registry import COMPONENTS
from warta.resources import load_resources


def main(argv: list[str]) -> int:
    show = "--articles" in argv
    paths = [a for a in argv if not a.startswith("--")]
    res = load_resources()
    comps = ["clean.v1"] + (["lang.v1"] if "lang.v1" in COMPONENTS else [])
    pipeline = Pipeline.build(PipelineConfig(components=tuple(comps)))
    ent = EntitiesComponent()
    timing = {"pipeline": 0.0, "entities": 0.0}

    def process(raw):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        doc = pipeline(raw, res)
        t1 = time.perf_counter()
        doc = ent(doc, res)
        timing["pipeline"] += t1 - t0
        timing["entities"] += time.perf_counter() - t1
        return dataclasses.replace(doc, provides=doc.provides | ent.provides)

    groups = alias_groups((res.files.get(ALIASES_FILE) or {}).get("groups", []))
    provides = frozenset({"body", "metadata", "entities"})
    run = evaluate_files(paths, Processor(process, provides, groups))
    report = run.report()
    layer = report["layers"]["entities"]
    print(json.dumps({k: layer[k] for k in ("precision", "recall", "f1", "code_accuracy",
                                            "sector_accuracy", "tp", "fp", "fn")}, indent=1))
    n = len(report["articles"])
    print(f"components: {comps} + entities.v1; per article: pipeline "
          f"{1000 * timing['pipeline'] / n:.1f} ms, entities {1000 * timing['entities'] / n:.1f} ms")
    if show:
        for a in report["articles"]:
            e = a.get("entities") or {}
            if e.get("missed") or e.get("spurious") or e.get("wrong_code"):
                print(f"\n== {a['id']}")
                for key in ("missed", "spurious", "wrong_code"):
                    for item in e.get(key) or []:
                        print(f"  {key}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
