"""Document ↔ table rows.

``document_rows`` flattens one Document into a row per table (``articles``) or per record
(the layer tables), following ``store/schema.py``. The ``document`` column keeps the whole
``Document.to_dict()`` as JSON so ``show`` and ``export`` rebuild the exact Document with
``decode_document``. To keep the store small, ``raw.content`` is not repeated when it equals
``source_text`` (the usual case for text and record inputs) and is dropped when it is longer
than ``MAX_RAW_CHARS`` (saved HTML pages); ``raw.sha256`` still identifies the input.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import orjson

from warta.doc import Document, Reject, Span, Token
from warta.events.columns import event_rows
from warta.events.ontology import Ontology
from warta.store.schema import TABLES, Columns, columns_of

# Raw inputs longer than this are not copied into the ``document`` JSON column.
MAX_RAW_CHARS = 20_000
_SAME_AS_SOURCE = "source_text"
_DROPPED = "dropped"
# the token columns read off ``Token`` as they are (``parts`` becomes a list of spans)
_TOKEN_FIELDS = tuple(f.name for f in dataclasses.fields(Token) if f.name != "parts")


def _plain(value: Any) -> Any:
    """``orjson`` hook for what it does not serialise itself: sets (sorted, as lists) and
    read-only mappings."""
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot store {type(value).__name__} in the document column")


def encode_document(doc: Document) -> str:
    """The ``document`` column: ``Document.to_dict()`` as JSON, minus repeated raw text.
    ``orjson`` walks the dataclasses itself (the same JSON as ``json.dumps`` of
    ``to_dict()``, about four times faster than a ``json.dumps`` hook: the document column
    had been a few percent of a whole run)."""
    data: dict[str, Any] = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}
    raw = {f.name: getattr(doc.raw, f.name) for f in dataclasses.fields(doc.raw)}
    data["raw"] = raw
    if raw["content"] and raw["content"] == doc.source_text:
        raw["content"], data["raw_content"] = "", _SAME_AS_SOURCE
    elif len(raw["content"]) > MAX_RAW_CHARS:
        raw["content"], data["raw_content"] = "", _DROPPED
    return orjson.dumps(data, default=_plain).decode("utf-8")


def decode_document(text: str) -> Document:
    data: dict[str, Any] = json.loads(text)
    how = data.pop("raw_content", None)
    if how == _SAME_AS_SOURCE:
        data["raw"]["content"] = data.get("source_text", "")
    return Document.from_dict(data)


def _published(iso: str | None) -> tuple[datetime | None, date | None]:
    """UTC instant (only when a time is given) and local calendar date of ``published``."""
    if not iso:
        return None, None
    try:
        if "T" in iso:
            moment = datetime.fromisoformat(iso)
            return (moment if moment.tzinfo else None), moment.date()
        if len(iso) == 10:
            return None, date.fromisoformat(iso)
    except ValueError:
        pass
    return None, None


def _spans(spans: tuple[Span, ...]) -> list[dict[str, int]]:
    return [{"start": s.start, "end": s.end} for s in spans] if spans else []


def article_row(doc: Document, *, run_id: str, resources_fp: str, pipeline_fp: str) -> dict[str, Any]:
    md = doc.metadata
    utc, local_date = _published(md.published)
    return {
        "id": doc.id,
        "source": doc.raw.source,
        "locator": doc.raw.locator,
        "format": doc.raw.format,
        "outlet": md.outlet,
        "title": md.title,
        "published": md.published,
        "published_granularity": md.published_granularity,
        "published_utc": utc,
        "published_date": local_date,
        "authors": list(md.authors),
        "dateline": md.dateline,
        "wire": list(md.wire),
        "url": md.url,
        "section": md.section,
        "language": md.language,
        "body": doc.body,
        "paragraphs": _spans(doc.paragraphs),
        "content_hash": doc.content_hash,
        "raw_sha256": doc.raw.sha256,
        "encoding": doc.raw.encoding,
        "warnings": list(doc.warnings),
        "provides": sorted(doc.provides),
        "versions": [{"name": n, "version": v} for n, v in doc.versions],
        "resources_fingerprint": resources_fp,
        "pipeline_fingerprint": pipeline_fp,
        "run_id": run_id,
        "document": encode_document(doc),
    }


def layer_columns(doc: Document, ontology: Ontology | None = None) -> dict[str, Columns]:
    """The later layers' tables for one document, as columns (``StoreWriter.add_columns``;
    empty until those layers exist). The events rows take QuadClass, Goldstein and the
    CAMEO name from ``ontology`` (null without it).

    Tokens are most of an article's rows (a few hundred, against tens for every other
    table): their columns are read straight off the ``Token`` fields, with no dict per
    token and no ``to_dict`` walk. The other tables are built as rows and turned into
    columns."""
    aid, body = doc.id, doc.body
    tokens = doc.tokens
    out: dict[str, Columns] = {
        "sentences": {
            "article_id": [aid] * len(doc.sentences),
            "index": list(range(len(doc.sentences))),
            "start": [s.start for s in doc.sentences],
            "end": [s.end for s in doc.sentences],
            "text": [s.text(body) for s in doc.sentences],
        },
        "tokens": {
            "article_id": [aid] * len(tokens),
            "index": list(range(len(tokens))),
            **{name: [getattr(t, name) for t in tokens] for name in _TOKEN_FIELDS},
            "parts": [_spans(t.parts) for t in tokens],
        },
    }
    rows: dict[str, list[dict[str, Any]]] = {
        "dates": [{**_record(d), "article_id": aid, "index": i} for i, d in enumerate(doc.dates)],
        "amounts": [
            {**_record(a), "article_id": aid, "index": i} for i, a in enumerate(doc.amounts)
        ],
        "quotes": [{**_record(q), "article_id": aid, "index": i} for i, q in enumerate(doc.quotes)],
        "entities": [],
        "mentions": [],
        "events": event_rows(doc, ontology, _published),
    }
    for ent in doc.entities:
        first = min(ent.mentions, key=lambda m: m.start) if ent.mentions else None
        rows["entities"].append({
            "article_id": aid, "entity_id": ent.id, "name": ent.name, "type": ent.type,
            "code": ent.code, "sector": ent.sector, "wikidata": ent.wikidata,
            "mentions": len(ent.mentions),
            "start": first.start if first else None, "end": first.end if first else None,
        })
        rows["mentions"].extend(
            {**_record(m), "article_id": aid, "entity_id": ent.id, "index": i}
            for i, m in enumerate(ent.mentions)
        )
    for table, table_rows in rows.items():
        out[table] = columns_of(table_rows, TABLES[table])
    return out


def layer_rows(doc: Document, ontology: Ontology | None = None) -> dict[str, list[dict[str, Any]]]:
    """``layer_columns`` as one dict per row, keyed by the schema's column names."""
    return {table: [dict(zip(columns, values, strict=True))
                    for values in zip(*columns.values(), strict=True)]
            for table, columns in layer_columns(doc, ontology).items()}


def _record(rec: Any, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in rec.to_dict().items() if k not in exclude}


def reject_row(rej: Reject, run_id: str) -> dict[str, Any]:
    return {**rej.to_dict(), "run_id": run_id}


def reject_from_row(row: Mapping[str, Any]) -> Reject:
    return Reject.from_dict(row)
