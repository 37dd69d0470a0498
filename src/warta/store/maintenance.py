"""Store upkeep: compaction. Every run adds part files (at least one per table it writes
and one ``runs`` row); after many runs a view reads hundreds of small files. ``compact``
merges each table's live parts into one, in one atomic commit, and republishes
``warta.duckdb``; readers of the previous snapshot keep working for one more generation."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from warta.store.dataset import Store, StoreState, new_run_id
from warta.store.schema import TABLES
from warta.store.snapshot import publish


def compact(out_dir: str | Path, tables: Iterable[str] = TABLES) -> StoreState:
    store = Store.open(out_dir)
    with store.writer(new_run_id(datetime.now(UTC))) as writer:
        writer.compact(tables)
        state = writer.commit()
    publish(store)
    return state
