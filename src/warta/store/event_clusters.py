"""The store step that keeps ``event_clusters`` in line with ``events`` after each run.

It runs inside the writer, after article dedup, on the store as it will be after the
commit: the committed events minus those of articles this run replaced or removed, plus the
events this run flushed. The clustering itself (``warta.events.cluster``) is a pure
function of those events and the duplicate clusters, so the table is recomputed whole
rather than patched: a new article can pull two earlier clusters' windows apart or join a
duplicate group, and a full pass over 10,000 articles' events takes well under a second
(see ``docs/events.md``). The table is rewritten only when its rows change, so a run that
changes nothing leaves it alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from warta.events.cluster import EventPoint, cluster_events
from warta.store.dataset import Store, StoreWriter

_COLUMNS = ("article_id", "index", "source_code", "source_sector", "plover", "target_code",
            "target_sector", "date", "published_date", "outlet", "status", "num_mentions")
_COMPARED = ("cluster_id", "event_id", "report_id", "date", "date_basis", "status", "events",
             "articles", "reports", "outlets", "mentions", "first_date", "last_date")


def _points(table: pa.Table) -> Iterable[EventPoint]:
    for r in table.to_pylist():
        yield EventPoint(
            article_id=r["article_id"], index=r["index"], source_code=r["source_code"],
            source_sector=r["source_sector"], plover=r["plover"],
            target_code=r["target_code"], target_sector=r["target_sector"],
            event_date=r["date"], published_date=r["published_date"], outlet=r["outlet"],
            status=r["status"] or "occurred", num_mentions=r["num_mentions"] or 1)


def report_map(duplicate_rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Article id → its duplicate cluster id, from ``clusters`` rows."""
    return {r["article_id"]: r["cluster_id"] for r in duplicate_rows}


def update_event_clusters(
    store: Store,
    writer: StoreWriter,
    *,
    changed: set[str],
    wrote: bool,
    duplicate_rows: Sequence[Mapping[str, Any]],
) -> dict[str, int]:
    """Recompute ``event_clusters`` for the store after this commit. ``changed``: article
    ids whose committed rows this run deletes (replaced or removed); ``wrote``: whether the
    run wrote or removed anything (if not, the stored clusters stand). Returns counts for
    the run summary: events, clusters, and clusters reported by more than one report."""
    old = store.read("event_clusters")
    if not wrote:
        return _counts(old.to_pylist())
    committed = store.read("events", _COLUMNS)
    if changed and committed.num_rows:
        gone = pa.array(sorted(changed), pa.string())
        committed = committed.filter(pc.invert(pc.is_in(committed["article_id"],
                                                        value_set=gone)))
    new_events = writer.read_new("events", _COLUMNS)
    points = [*_points(committed), *_points(new_events)]
    rows = [r.to_dict() for r in cluster_events(points, report_map(duplicate_rows))]
    old_rows = old.to_pylist()
    if _keyed(old_rows) != _keyed(rows):
        writer.replace_table("event_clusters", rows)
    return _counts(rows)


def _keyed(rows: Iterable[Mapping[str, Any]]) -> dict[str, tuple[Any, ...]]:
    """Rows by event id (unique in the table), for an order-free comparison."""
    return {r["event_id"]: tuple(r[k] for k in _COMPARED) for r in rows}


def _counts(rows: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    clusters: dict[str, int] = {}
    for r in rows:
        clusters[r["cluster_id"]] = r["reports"]
    return {
        "events": len(rows),
        "clusters": len(clusters),
        "multi_report": sum(1 for n in clusters.values() if n > 1),
    }
