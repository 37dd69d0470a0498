"""The ``document`` column rebuilds the exact Document; layer rows follow the schema."""

from __future__ import annotations

import json

import pyarrow as pa
from store_helpers import ARTICLES, raw

from warta.doc import (
    ActorRef,
    Amount,
    Document,
    Entity,
    Event,
    Mention,
    Metadata,
    Quote,
    Span,
    Token,
)
from warta.store.rows import MAX_RAW_CHARS, article_row, decode_document, layer_rows
from warta.store.schema import TABLES


def _rich_doc() -> Document:
    body = 'Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo. "Kami sepakat," katanya.'
    return Document(
        id="d1", raw=raw("d1", body), source_text=body, body=body,
        paragraphs=(Span(0, len(body)),), metadata=Metadata(outlet="contoh.id", title="Temu",
        published="2024-03-05", published_granularity="day", authors=("Rina",)),
        content_hash="h", sentences=(Span(0, 62), Span(63, len(body))),
        tokens=(Token(0, 8, "Presiden", parts=(Span(0, 8),)),),
        entities=(Entity("e1", "Joko Widodo", "PER", (Mention(9, 20, "Joko Widodo"),),
                         code="IDN", sector="GOV"),),
        quotes=(Quote(64, 76, "Kami sepakat", "direct", cue="katanya", speaker="e1"),),
        amounts=(Amount(0, 1, "1", 1.0, 1.0),),
        events=(Event(ActorRef("IDN", "GOV", "Joko Widodo", "e1"), None, "CONSULT", "040",
                      "occurred", Span(0, 62)),),
        provides=frozenset({"raw", "body", "entities"}), versions=(("clean", "1"),),
    )


def test_document_column_round_trips() -> None:
    doc = _rich_doc()
    row = article_row(doc, run_id="r", resources_fp="x", pipeline_fp="y")
    assert decode_document(row["document"]) == doc
    assert '"content":""' in row["document"]  # not stored twice
    assert row["published_utc"] is None and str(row["published_date"]) == "2024-03-05"


def test_document_column_is_the_documents_dict_as_json() -> None:
    # the same content as ``Document.to_dict()`` (sets as sorted lists), raw text aside
    doc = _rich_doc()
    stored = json.loads(article_row(doc, run_id="r", resources_fp="", pipeline_fp="")
                        ["document"])
    expected = doc.to_dict()
    assert stored.pop("raw_content") == "source_text"
    assert stored.pop("raw") == {**expected.pop("raw"), "content": ""}
    assert stored == json.loads(json.dumps(expected))


def test_large_raw_content_is_dropped_but_body_kept() -> None:
    big = ARTICLES["banjir"] * (MAX_RAW_CHARS // len(ARTICLES["banjir"]) + 2)
    doc = Document(id="b", raw=raw("b", "<html>" + big), source_text=big, body=big)
    back = decode_document(article_row(doc, run_id="r", resources_fp="", pipeline_fp="")
                           ["document"])
    assert back.raw.content == "" and back.body == big and back.source_text == big


def test_layer_rows_fit_their_schemas() -> None:
    doc = _rich_doc()
    rows = layer_rows(doc)
    for table, table_rows in rows.items():
        data = pa.Table.from_pylist(table_rows, schema=TABLES[table])
        assert data.num_rows == len(table_rows)
    assert rows["events"][0]["evidence"] == doc.body[0:62]
    assert rows["sentences"][1]["text"].startswith("Kami")
    assert rows["mentions"][0]["entity_id"] == "e1"
    assert rows["events"][0]["target_code"] is None


def test_document_column_is_to_dict_json() -> None:
    import json

    doc = _rich_doc()
    stored = json.loads(article_row(doc, run_id="r", resources_fp="", pipeline_fp="")
                        ["document"])
    expected = doc.to_dict()
    expected["raw"]["content"] = ""
    expected["raw_content"] = "source_text"
    assert stored == expected
