"""Atomic file writes: write ``<name>.tmp`` beside the target, flush it to disk, then
``os.replace`` it over the target. ``os.replace`` is atomic on POSIX and Windows, so a
reader sees either the old file or the new one, never half of one; a crash before the
replace leaves the old file untouched and a stray ``.tmp`` that the next commit removes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

TMP_SUFFIX = ".tmp"
PARQUET_COMPRESSION = "zstd"  # small files, fast enough to write at ingest speed


def tmp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{TMP_SUFFIX}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    tmp = tmp_path(target)
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def write_json_atomic(target: Path, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_bytes_atomic(target, text.encode("utf-8"))


def write_parquet_atomic(target: Path, table: pa.Table) -> None:
    tmp = tmp_path(target)
    pq.write_table(table, tmp, compression=PARQUET_COMPRESSION)
    _fsync(tmp)
    os.replace(tmp, target)


def remove_quietly(path: Path) -> None:
    path.unlink(missing_ok=True)
