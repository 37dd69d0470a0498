"""Read functions shared by every surface (CLI, a later server): one article, its rejects and
clusters, every stored Document. Parameterised SQL over ``store.connect``; no click here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from warta.doc import Document, Reject
from warta.store.rows import decode_document
from warta.store.snapshot import connect

# Rows fetched per round trip when streaming a whole table.
FETCH_ROWS = 500


@dataclass(frozen=True)
class ArticleView:
    """What ``warta show`` prints: the Document (or ``None`` when the id was rejected),
    its reject rows, its duplicate-cluster rows and the run that wrote it."""

    id: str
    document: Document | None
    rejects: tuple[Reject, ...] = ()
    clusters: tuple[dict[str, Any], ...] = ()
    run_id: str | None = None
    layer_counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """``Document.to_dict()`` (just ``id`` for a rejected input) plus the store's
        ``rejects``, ``clusters`` and ``run_id`` for this id."""
        base = self.document.to_dict() if self.document else {"id": self.id}
        return {
            **base,
            "rejects": [r.to_dict() for r in self.rejects],
            "clusters": list(self.clusters),
            "run_id": self.run_id,
        }


LAYER_FIELDS = ("sentences", "tokens", "dates", "amounts", "entities", "quotes", "events")


def get_article(out_dir: str | Path, article_id: str) -> ArticleView | None:
    con = connect(out_dir)
    try:
        row = con.execute("SELECT document, run_id FROM articles WHERE id = ?",
                          [article_id]).fetchone()
        rejects = tuple(
            Reject(*r) for r in con.execute(
                "SELECT id, source, locator, stage, code, reason FROM rejects "
                "WHERE id = ? OR starts_with(id, ? || '@') ORDER BY id",
                [article_id, article_id]).fetchall()
        )
        clusters = _dicts(con.execute(
            "SELECT c.* FROM clusters c WHERE c.cluster_id IN "
            "(SELECT cluster_id FROM clusters WHERE article_id = ?) "
            "ORDER BY c.article_id", [article_id]))
    finally:
        con.close()
    if row is None and not rejects:
        return None
    doc = decode_document(row[0]) if row else None
    counts = {name: len(getattr(doc, name)) for name in LAYER_FIELDS} if doc else {}
    return ArticleView(article_id, doc, rejects, tuple(clusters), row[1] if row else None,
                       counts)


def iter_documents(out_dir: str | Path) -> Iterator[Document]:
    """Every stored article as a Document, by id."""
    con = connect(out_dir)
    try:
        cur = con.execute("SELECT document FROM articles ORDER BY id")
        while batch := cur.fetchmany(FETCH_ROWS):
            for (text,) in batch:
                yield decode_document(text)
    finally:
        con.close()


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
