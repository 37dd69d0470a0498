"""The ``events`` table rows: one per aggregated event, with the GDELT-like columns users
expect next to Warta's own (PLOVER type and mode, status, evidence, rule, confidence).

Why the ontology columns are stored rather than joined at query time: QuadClass, Goldstein
and the CAMEO name are facts about the code as the ontology defined it when the article was
processed. The resources fingerprint is part of the pipeline fingerprint, so a change to
``data/events/cameo.tsv`` re-processes the articles and rewrites these rows; a query never
mixes two versions of the table. Without the ontology data (a pipeline run with bare
resources) those columns are null.

The article's ``published`` and ``outlet`` are repeated on each row so that events can be
counted by day and outlet without a join.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from warta.doc import Document, Event
from warta.events.ontology import Ontology, load_ontology
from warta.resources import Resources


def event_id(article_id: str, index: int) -> str:
    """The key of an event across the store: its article and its position there."""
    return f"{article_id}:{index}"


def ontology_or_none(resources: Resources) -> Ontology | None:
    """The ontology when the bundle has the events data files (stores written by test
    pipelines with empty resources still work, with null ontology columns)."""
    if "events/cameo.tsv" not in resources.files:
        return None
    return load_ontology(resources)


def event_rows(
    doc: Document,
    ontology: Ontology | None,
    published: Callable[[str | None], tuple[Any, date | None]],
) -> list[dict[str, Any]]:
    """Rows of the ``events`` table for one document. ``published`` turns the article's
    ``published`` string into (UTC instant, local date), as the articles table does."""
    local_date = published(doc.metadata.published)[1]
    return [
        _row(doc, i, ev, ontology, local_date) for i, ev in enumerate(doc.events)
    ]


def _row(doc: Document, index: int, ev: Event, ontology: Ontology | None,
         local_date: date | None) -> dict[str, Any]:
    cameo = ontology.cameo.get(ev.cameo) if ontology else None
    mapping = ontology.mapping.get(ev.cameo) if ontology else None
    mentions = ev.mentions or (ev.evidence,)
    row: dict[str, Any] = {
        "article_id": doc.id,
        "index": index,
        "event_id": event_id(doc.id, index),
        "plover": ev.plover,
        "mode": ev.mode,
        "context": mapping.context if mapping else None,
        "cameo": ev.cameo,
        "cameo_root": ev.cameo[:2] if ev.cameo else None,
        "cameo_name": cameo.name if cameo else None,
        "quad_class": cameo.quad_class if cameo else None,
        "goldstein": cameo.goldstein if cameo else None,
        "status": ev.status,
        "start": ev.evidence.start,
        "end": ev.evidence.end,
        "evidence": ev.evidence.text(doc.body),
        "mentions": [{"start": s.start, "end": s.end} for s in mentions],
        "num_mentions": len(mentions),
        "date": ev.date,
        "date_granularity": ev.date_granularity,
        "location": ev.location,
        "rule": ev.rule,
        "attribution": ev.attribution,
        "confidence": ev.confidence,
        "published": doc.metadata.published,
        "published_date": local_date,
        "outlet": doc.metadata.outlet,
    }
    for role, ref in (("source", ev.source), ("target", ev.target)):
        row[f"{role}_code"] = ref.code if ref else None
        row[f"{role}_sector"] = ref.sector if ref else None
        row[f"{role}_name"] = ref.name if ref else None
        row[f"{role}_entity"] = ref.entity if ref else None
    return row
