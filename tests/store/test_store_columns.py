"""The writer buffers rows column by column: what it writes must be the table
``pa.Table.from_pylist`` makes of one dict per record, whichever way the rows came in."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
from store_helpers import raw

from warta.doc import Document, Entity, Mention, Span, Token
from warta.store.dataset import Store
from warta.store.rows import layer_columns, layer_rows
from warta.store.schema import TABLES, columns_of

BODY = "Gubernur Sulawesi Utara meresmikan jembatannya kemarin."


def _doc() -> Document:
    words = [(0, 8), (9, 17), (18, 23), (24, 34), (35, 46), (47, 54), (54, 55)]
    tokens = tuple(
        Token(s, e, BODY[s:e], lemma=BODY[s:e].lower(), upos="NOUN" if i else "PROPN",
              head=0 if i else None, dep="root" if not i else "dep", sentence=0,
              parts=((Span(35, 43), Span(43, 46)) if s == 35 else ()))
        for i, (s, e) in enumerate(words)
    )
    return Document(
        id="k1", raw=raw("k1", BODY), source_text=BODY, body=BODY,
        sentences=(Span(0, len(BODY)),), tokens=tokens,
        entities=(Entity("e1", "Sulawesi Utara", "LOC", (Mention(9, 23, "Sulawesi Utara"),)),),
    )


def test_token_columns_equal_the_token_records_as_rows() -> None:
    doc = _doc()
    expected = pa.Table.from_pylist(
        [{**t.to_dict(), "article_id": doc.id, "index": i} for i, t in enumerate(doc.tokens)],
        schema=TABLES["tokens"])
    got = pa.Table.from_pydict(layer_columns(doc)["tokens"], schema=TABLES["tokens"])
    assert got.equals(expected)
    assert got.column("parts")[4].as_py() == [{"start": 35, "end": 43},
                                              {"start": 43, "end": 46}]
    assert got.column("head").to_pylist()[:2] == [None, 0]


def test_layer_rows_are_the_columns_row_by_row() -> None:
    doc = _doc()
    columns, rows = layer_columns(doc), layer_rows(doc)
    assert set(columns) == set(rows)
    for table, table_rows in rows.items():
        assert pa.Table.from_pylist(table_rows, schema=TABLES[table]).equals(
            pa.Table.from_pydict(columns[table], schema=TABLES[table]))
    assert rows["mentions"][0]["entity_id"] == "e1"
    assert rows["sentences"][0]["text"] == BODY


def test_rows_and_columns_write_the_same_part(tmp_path: Path) -> None:
    doc = _doc()
    store = Store.open(tmp_path / "a", create=True)
    with store.writer("r1") as w:
        w.add("tokens", layer_rows(doc)["tokens"][:3])
        w.add_columns("tokens", {k: v[3:] for k, v in layer_columns(doc)["tokens"].items()})
        assert w.buffered("tokens") == len(doc.tokens) and w.buffered() == len(doc.tokens)
        w.commit()
    written = store.read("tokens")
    assert written.equals(pa.Table.from_pydict(layer_columns(doc)["tokens"],
                                               schema=TABLES["tokens"]))


def test_a_missing_column_is_null_and_an_unknown_key_is_dropped(tmp_path: Path) -> None:
    row = {"id": "x1", "source": "berkas.csv", "code": "too_short", "catatan": "abaikan"}
    assert columns_of([row], TABLES["rejects"])["reason"] == [None]
    store = Store.open(tmp_path / "b", create=True)
    with store.writer("r1") as w:
        w.add("rejects", [row])
        w.commit()
    assert store.read("rejects").to_pylist() == [
        {"id": "x1", "source": "berkas.csv", "locator": None, "stage": None,
         "code": "too_short", "reason": None, "run_id": None}]
