"""The Parquet dataset: one folder of part files per table, and ``_meta.json`` naming the
part files that are live.

Why a list of live files instead of "every ``*.parquet`` in the folder": replacing an
article means its old rows must disappear in the same instant its new rows appear. A run
writes its part files under new names (invisible: not yet listed), rewrites the older parts
that held replaced articles under new names too, and then commits by replacing
``_meta.json`` atomically. Readers (``store.connect``, the published ``warta.duckdb``) read
exactly the listed files, so they see the store before the commit or after it, never a mix.
Files dropped by a commit are kept one more generation (``retired``) so a reader that opened
the previous snapshot can finish, then deleted by the next commit.

One writer at a time: ``StoreWriter`` takes an exclusive ``flock`` on ``_writer.lock``
(released by the OS if the process dies). Readers take no lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from warta.errors import SchemaMismatch, StoreError
from warta.store.files import (
    PARQUET_COMPRESSION,
    TMP_SUFFIX,
    remove_quietly,
    tmp_path,
    write_json_atomic,
    write_parquet_atomic,
)
from warta.store.schema import ARTICLE_KEY, SCHEMA_VERSION, TABLES, Columns, columns_of

META_FILE = "_meta.json"
SCHEMA_DIR = "_schema"
LOCK_FILE = "_writer.lock"
RUNS_DIR = "runs"


@dataclass(frozen=True)
class StoreState:
    """What ``_meta.json`` holds: the committed generation and its live part files
    (paths relative to the store root)."""

    schema_version: int = SCHEMA_VERSION
    generation: int = 0
    tables: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    retired: tuple[str, ...] = ()
    last_run: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "generation": self.generation,
            "tables": {t: list(self.tables.get(t, ())) for t in TABLES},
            "retired": list(self.retired),
            "last_run": self.last_run,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StoreState:
        return cls(
            schema_version=int(d.get("schema_version", -1)),
            generation=int(d.get("generation", 0)),
            tables={t: tuple(files) for t, files in (d.get("tables") or {}).items()},
            retired=tuple(d.get("retired") or ()),
            last_run=d.get("last_run"),
        )


class Store:
    """A store directory. ``Store.open(out, create=True)`` initialises a new one."""

    def __init__(self, root: Path, state: StoreState):
        self.root = root
        self.state = state

    @classmethod
    def open(cls, out_dir: str | Path, *, create: bool = False) -> Store:
        root = Path(out_dir).resolve()
        meta = root / META_FILE
        if not meta.exists():
            if not create:
                raise StoreError(
                    f"no Warta store at {root}", hint="run `warta run INPUT --out DIR` first"
                )
            return cls._initialise(root)
        try:
            state = StoreState.from_dict(json.loads(meta.read_text("utf-8")))
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read {meta}: {exc}") from exc
        if state.schema_version != SCHEMA_VERSION:
            raise SchemaMismatch(
                f"store {root} has schema version {state.schema_version}, "
                f"this Warta writes version {SCHEMA_VERSION}"
            )
        return cls(root, state)

    @classmethod
    def _initialise(cls, root: Path) -> Store:
        try:
            (root / SCHEMA_DIR).mkdir(parents=True, exist_ok=True)
            (root / RUNS_DIR).mkdir(exist_ok=True)
            for table, schema in TABLES.items():
                (root / table).mkdir(exist_ok=True)
                write_parquet_atomic(cls.schema_file(root, table), schema.empty_table())
            state = StoreState(tables={t: () for t in TABLES})
            write_json_atomic(root / META_FILE, state.to_dict())
        except OSError as exc:
            raise StoreError(f"cannot create a store in {root}: {exc}") from exc
        return cls(root, state)

    @staticmethod
    def schema_file(root: Path, table: str) -> Path:
        """An empty Parquet file with the table's schema: keeps views typed when a table
        has no rows yet."""
        return root / SCHEMA_DIR / f"{table}.parquet"

    def reload(self) -> Store:
        return Store.open(self.root)

    def parts(self, table: str) -> list[Path]:
        return [self.root / rel for rel in self.state.tables.get(table, ())]

    def read(
        self,
        table: str,
        columns: Sequence[str] | None = None,
        where: pc.Expression | None = None,
    ) -> pa.Table:
        """Rows of one table as Arrow (the committed generation only)."""
        schema = TABLES[table]
        parts = self.parts(table)
        if not parts:
            empty = schema.empty_table()
            return empty.select(list(columns)) if columns else empty
        dataset = ds.dataset([str(p) for p in parts], schema=schema, format="parquet")
        return dataset.to_table(columns=list(columns) if columns else None, filter=where)

    def count(self, table: str) -> int:
        parts = self.parts(table)
        if not parts:
            return 0
        return int(ds.dataset([str(p) for p in parts], format="parquet").count_rows())

    @contextlib.contextmanager
    def writer(self, run_id: str) -> Iterator[StoreWriter]:
        """Exclusive writer; commits nothing by itself: call ``commit()``. On an exception the
        uncommitted part files are removed and the store stays as it was."""
        lock = _acquire_lock(self.root / LOCK_FILE)
        try:
            current = self.reload()  # another writer may have committed since we opened
            self.state = current.state
            w = StoreWriter(self, run_id)
            try:
                yield w
            except BaseException:
                w.abort()
                raise
        finally:
            _release_lock(lock)


def _length(columns: Columns) -> int:
    """Rows held in a table's buffered columns (all of equal length)."""
    return len(next(iter(columns.values()), []))


class StoreWriter:
    """Buffers rows per table, flushes them to new part files, and at ``commit`` removes the
    rows of replaced articles from older parts and publishes the new ``_meta.json``.

    Rows are buffered column by column (one list per schema column), the shape
    ``pa.Table.from_pydict`` converts: the token table alone has a few hundred rows per
    article, and a dict per row read back by ``from_pylist`` had cost more than writing
    the Parquet files themselves."""

    def __init__(self, store: Store, run_id: str):
        self.store = store
        self.run_id = run_id
        self._buffers: dict[str, Columns] = {}
        self._new_parts: dict[str, list[str]] = defaultdict(list)
        self._deletes: dict[str, set[str]] = defaultdict(set)
        # table -> retracted key -> how many of this writer's parts may hold its rows
        self._retracted: dict[str, dict[str, int]] = defaultdict(dict)
        self._replace_whole: dict[str, list[dict[str, Any]]] = {}
        self._compact: set[str] = set()
        self._seq = 0
        self.rows_written: dict[str, int] = defaultdict(int)
        self.committed = False

    def add(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Buffer rows; a column a row lacks is null, a key the table lacks is ignored."""
        self.add_columns(table, columns_of(rows, TABLES[table]))

    def add_columns(self, table: str, columns: Mapping[str, Sequence[Any]]) -> None:
        """Buffer rows given as columns of equal length, one per schema column (what
        ``store.rows.layer_columns`` returns)."""
        names = TABLES[table].names
        buffer = self._buffers.get(table)
        if buffer is None:
            buffer = self._buffers[table] = {name: [] for name in names}
        for name in names:
            buffer[name].extend(columns[name])

    def buffered(self, table: str | None = None) -> int:
        """Rows waiting to be flushed, in one table or in all."""
        if table is not None:
            return _length(self._buffers.get(table, {}))
        return sum(_length(columns) for columns in self._buffers.values())

    def read_new(self, table: str, columns: Sequence[str] | None = None) -> pa.Table:
        """Rows this writer has flushed to ``table`` so far (not yet committed)."""
        self._apply_retractions()
        parts = [str(self.store.root / rel) for rel in self._new_parts.get(table, ())]
        if not parts:
            empty = TABLES[table].empty_table()
            return empty.select(list(columns)) if columns else empty
        dataset = ds.dataset(parts, schema=TABLES[table], format="parquet")
        return dataset.to_table(columns=list(columns) if columns else None)

    def delete(self, table: str, keys: Iterable[str]) -> None:
        """Remove rows whose article key (``schema.ARTICLE_KEY``) is in ``keys`` from the
        parts committed before this writer (rows added by this writer are kept)."""
        self._deletes[table].update(keys)

    def retract(self, keys: Iterable[str]) -> None:
        """Take back the rows this writer added (buffered or flushed, not yet committed)
        whose article key is in ``keys``, in every keyed table. Used when a later input of
        the same run supersedes an article already written. Buffered rows go at once;
        part files already flushed are rewritten without the rows once, before they are
        read (``read_new``) or committed, so rows added after this call are kept."""
        wanted = set(keys)
        for table, key in ARTICLE_KEY.items():
            buffer = self._buffers.get(table)
            if buffer is not None and _length(buffer):
                keep = [i for i, k in enumerate(buffer[key]) if k not in wanted]
                if len(keep) < _length(buffer):
                    self._buffers[table] = {name: [col[i] for i in keep]
                                            for name, col in buffer.items()}
            flushed = len(self._new_parts.get(table, ()))
            if flushed:
                for k in wanted:
                    self._retracted[table][k] = flushed

    def _apply_retractions(self) -> None:
        """Rewrite the flushed parts that hold retracted rows (see ``retract``)."""
        for table, upto in self._retracted.items():
            key = ARTICLE_KEY[table]
            parts: list[str] = []
            for i, rel in enumerate(self._new_parts.get(table, ())):
                gone = sorted(k for k, n in upto.items() if i < n)
                path = self.store.root / rel
                value_set = pa.array(gone, pa.string())
                if not gone or not pc.any(pc.is_in(
                        pq.read_table(path, columns=[key])[key], value_set=value_set)).as_py():
                    parts.append(rel)
                    continue
                data = pq.read_table(path).cast(TABLES[table])
                remaining = data.filter(pc.invert(pc.is_in(data[key], value_set=value_set)))
                self.rows_written[table] -= data.num_rows - remaining.num_rows
                if remaining.num_rows:
                    write_parquet_atomic(path, remaining)
                    parts.append(rel)
                else:
                    remove_quietly(path)
            self._new_parts[table] = parts
        self._retracted.clear()

    def replace_table(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """At commit, the table becomes exactly ``rows`` (used for ``clusters``)."""
        self._replace_whole[table] = [dict(r) for r in rows]

    def compact(self, tables: Iterable[str] = TABLES) -> None:
        """At commit, merge each table's live parts into one (streamed, not loaded whole).
        Each run adds part files; compacting keeps views fast after many runs."""
        self._compact.update(tables)

    def flush(self) -> None:
        for table in list(self._buffers):
            columns = self._buffers.pop(table)
            if _length(columns):
                self._write_part(table, pa.Table.from_pydict(columns, schema=TABLES[table]))

    def _write_part(self, table: str, data: pa.Table) -> str:
        self._seq += 1
        rel = f"{table}/part-{self.run_id}-{self._seq:05d}.parquet"
        write_parquet_atomic(self.store.root / rel, data)
        self._new_parts[table].append(rel)
        self.rows_written[table] += data.num_rows
        return rel

    def commit(self) -> StoreState:
        """Make everything written visible at once, then garbage-collect retired files."""
        self.flush()
        self._apply_retractions()
        old = self.store.state
        tables = {t: list(old.tables.get(t, ())) for t in TABLES}
        retired: list[str] = []
        for table, keys in self._deletes.items():
            if not keys:
                continue
            key = ARTICLE_KEY[table]
            kept: list[str] = []
            value_set = pa.array(sorted(keys), pa.string())
            for rel in tables[table]:
                part = ds.dataset(str(self.store.root / rel), format="parquet")
                ids = part.to_table(columns=[key])[key]  # cheap check before a full read
                if not pc.any(pc.is_in(ids, value_set=value_set)).as_py():
                    kept.append(rel)
                    continue
                retired.append(rel)
                data = part.to_table()
                hit = pc.is_in(data[key], value_set=value_set)
                remaining = data.filter(pc.invert(hit))
                if remaining.num_rows:
                    kept.append(self._write_part(table, remaining.cast(TABLES[table])))
                    self._new_parts[table].pop()  # listed in kept already
            tables[table] = kept
        for table, rows in self._replace_whole.items():
            retired.extend(tables[table])
            tables[table] = []
            if rows:
                self._write_part(table, pa.Table.from_pylist(rows, schema=TABLES[table]))
        for table, parts in self._new_parts.items():
            tables[table].extend(parts)
        for table in sorted(self._compact):
            if len(tables[table]) > 1:
                retired.extend(tables[table])
                tables[table] = [self._merge_parts(table, tables[table])]
        state = replace(
            old,
            generation=old.generation + 1,
            tables={t: tuple(files) for t, files in tables.items()},
            retired=tuple(retired),
            last_run=self.run_id,
        )
        write_json_atomic(self.store.root / META_FILE, state.to_dict())  # the commit point
        self.store.state = state
        self.committed = True
        self._collect_garbage(old, state)
        return state

    def _merge_parts(self, table: str, parts: Sequence[str]) -> str:
        self._seq += 1
        rel = f"{table}/part-{self.run_id}-{self._seq:05d}.parquet"
        target = self.store.root / rel
        tmp = tmp_path(target)
        schema = TABLES[table]
        dataset = ds.dataset([str(self.store.root / p) for p in parts], schema=schema,
                             format="parquet")
        with pq.ParquetWriter(tmp, schema, compression=PARQUET_COMPRESSION) as out:
            for batch in dataset.to_batches():
                out.write_batch(batch)
        os.replace(tmp, target)
        self._new_parts[table].append(rel)  # removed by abort() if the commit fails
        return rel

    def abort(self) -> None:
        if self.committed:
            return
        for parts in self._new_parts.values():
            for rel in parts:
                remove_quietly(self.store.root / rel)
        self._new_parts.clear()
        self._buffers.clear()

    def _collect_garbage(self, old: StoreState, new: StoreState) -> None:
        """Delete the files the previous commit retired, plus leftovers of crashed runs
        (unlisted parts, stray ``.tmp`` files); keep what this commit just retired."""
        keep = {rel for files in new.tables.values() for rel in files} | set(new.retired)
        for table in TABLES:
            folder = self.store.root / table
            for path in folder.iterdir() if folder.is_dir() else ():
                rel = f"{table}/{path.name}"
                if rel in keep:
                    continue
                if path.name.endswith(".parquet") or path.name.endswith(TMP_SUFFIX):
                    remove_quietly(path)
        for path in self.store.root.glob(f".*{TMP_SUFFIX}"):
            if f".{os.getpid()}{TMP_SUFFIX}" not in path.name:
                remove_quietly(path)


def new_run_id(started: datetime) -> str:
    """Sortable and unique: the UTC start time plus a random suffix."""
    return f"{started.astimezone(UTC):%Y%m%dT%H%M%S}Z-{uuid.uuid4().hex[:6]}"


def _acquire_lock(path: Path) -> IO[str]:
    fh = open(path, "a+")  # noqa: SIM115 - held open for the writer's lifetime
    try:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # pragma: no cover - non-POSIX: single writer by convention
        pass
    except OSError as exc:
        fh.close()
        raise StoreError(
            f"another run is writing to {path.parent}",
            hint="wait for it to finish or use another --out directory",
        ) from exc
    return fh


def _release_lock(fh: IO[str]) -> None:
    fh.close()
