"""Score the event layer on gold files, with or without the language layer.

``python scripts/eval_events.py GOLD... [--articles]``: runs ``clean.v1``, then ``lang.v1``
when it is registered; without it a stand-in gives sentences and tokens
(``warta.lang.segment``, no parse) and dates (``warta.lang.dates``); then ``entities.v1``
and ``events.v1``, and prints ``layers.events`` of the ``warta eval`` report. With
``--articles`` it lists each article's missed and spurious events.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.entities.component import EntitiesComponent
from warta.eval.aliases import alias_groups
from warta.eval.gold import ALIASES_FILE, Processor, evaluate_files
from warta.events.component import EventsComponent
from warta.lang.dates import find_dates
from warta.lang.segment import segment
from warta.pipeline import Pipeline
from warta.registry import COMPONENTS
from warta.resources import load_resources


def main(argv: list[str]) -> int:
    show = "--articles" in argv
    paths = [a for a in argv if not a.startswith("--")]
    res = load_resources()
    comps = ["clean.v1"] + (["lang.v1"] if "lang.v1" in COMPONENTS else [])
    pipeline = Pipeline.build(PipelineConfig(components=tuple(comps)))
    ent, events = EntitiesComponent(), EventsComponent()

    def process(raw: RawDocument) -> Document:
        doc = pipeline(raw, res)
        if "tokens" not in doc.provides:
            seg = segment(doc.body, res, doc.paragraphs)
            published = doc.metadata.published
            anchor = date.fromisoformat(published[:10]) if published else None
            doc = dataclasses.replace(
                doc, sentences=seg.sentences, tokens=seg.tokens,
                dates=tuple(find_dates(doc.body, anchor, res)),
                provides=doc.provides | {"sentences", "tokens", "ner"})
        doc = ent(doc, res)
        doc = events(doc, res)
        return dataclasses.replace(doc, provides=doc.provides | {"entities", "events"})

    groups = alias_groups((res.files.get(ALIASES_FILE) or {}).get("groups", []))
    provides = frozenset({"body", "metadata", "entities", "events"})
    run = evaluate_files(paths, Processor(process, provides, groups))
    report = run.report()
    layer = report["layers"]["events"]
    print(json.dumps(layer, indent=1))
    print(f"components: {comps} + entities.v1 + events.v1")
    if show:
        for a in report["articles"]:
            e = a.get("events") or {}
            if e.get("missed") or e.get("spurious"):
                print(f"\n== {a['id']}")
                for key in ("missed", "spurious"):
                    for item in e.get(key) or []:
                        print(f"  {key}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
