"""Route one byte stream to its reader, unpacking gzip and zip on the way, and turn every
failure into a Reject so that one bad file never stops a run.

A truncated or corrupt archive yields whatever was readable before the damage, then one
E104 reject: readers are generators, so the documents before the failure have already
been handed on when the decompressor raises.
"""

from __future__ import annotations

import gzip
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import BinaryIO

import pyarrow as pa
from warcio.exceptions import ArchiveLoadFailed

from warta.doc import RawDocument, Reject
from warta.errors import (
    BinaryInput,
    CorruptArchive,
    EmptyInput,
    IngestError,
    UndecodableInput,
    UnsupportedFormat,
)
from warta.ingest.context import ReadContext
from warta.ingest.read_pages import read_html, read_text
from warta.ingest.read_records import (
    csv_rows,
    json_rows,
    jsonl_rows,
    parquet_rows,
    records_to_documents,
)
from warta.ingest.read_warc import read_warc
from warta.ingest.sniff import UNKNOWN, format_from_head, format_from_name, inner_name
from warta.ingest.streams import peek_head, spool

Output = Iterator[RawDocument | Reject]
Reader = Callable[[BinaryIO, ReadContext, str], Output]
_CORRUPT = (EOFError, zlib.error, gzip.BadGzipFile, zipfile.BadZipFile, ArchiveLoadFailed,
            pa.ArrowException)
# Archive members that are operating-system litter, not data.
_LITTER = ("__MACOSX/", ".DS_Store", "Thumbs.db")
MAX_NESTING = 4


def read_stream(stream: BinaryIO, name: str, ctx: ReadContext, prefix: str = "",
                depth: int = 0) -> Output:
    """All documents and rejects in one stream; ``name`` is its file or member name
    (``-`` for stdin), used for the format when its extension is clear."""
    where = prefix or "file"
    try:
        head, stream = peek_head(stream)
        if not head:
            yield ctx.reject(where, EmptyInput("the file is empty"))
            return
        fmt = _format(name, head, ctx)
        ctx.stats.formats[fmt] += 1
        if fmt == "gz":
            yield from _read_gzip(stream, name, ctx, prefix, depth)
        elif fmt == "zip":
            yield from _read_zip(stream, ctx, prefix, depth)
        else:
            yield from _READERS[fmt](stream, ctx, prefix)
    except IngestError as exc:
        yield ctx.reject(where, exc)
    except _CORRUPT as exc:
        yield ctx.reject(where, CorruptArchive(f"damaged or truncated archive: {exc}"))
    except UnicodeDecodeError as exc:
        yield ctx.reject(where, UndecodableInput(f"undecodable bytes: {exc.reason}"))


def _format(name: str, head: bytes, ctx: ReadContext) -> str:
    by_name = format_from_name(name) if name != "-" else None
    if by_name is not None and by_name != UNKNOWN:
        return by_name
    fmt = format_from_head(head, ctx.fields, magic_only=by_name == UNKNOWN)
    if fmt == "binary":
        raise BinaryInput("the input is neither text nor a known container format")
    if fmt is None:
        raise UnsupportedFormat(f"unknown format for {name!r}")
    return fmt


def _read_gzip(stream: BinaryIO, name: str, ctx: ReadContext, prefix: str, depth: int) -> Output:
    if depth >= MAX_NESTING:
        raise UnsupportedFormat("archives nested too deep")
    inner = gzip.GzipFile(fileobj=stream, mode="rb")
    yield from read_stream(inner, inner_name(name), ctx, prefix, depth + 1)  # type: ignore[arg-type]


def _read_zip(stream: BinaryIO, ctx: ReadContext, prefix: str, depth: int) -> Output:
    if depth >= MAX_NESTING:
        raise UnsupportedFormat("archives nested too deep")
    seekable = spool(stream)
    try:
        with zipfile.ZipFile(seekable) as archive:
            members = [m for m in archive.infolist() if _is_data_member(m)]
            if not members:
                yield ctx.reject(prefix or "file", EmptyInput("the zip archive holds no files"))
            for member in members:
                member_prefix = ctx.locator(prefix, f"member={member.filename}")
                try:
                    with archive.open(member) as inner:
                        yield from read_stream(inner, member.filename, ctx,  # type: ignore[arg-type]
                                               member_prefix, depth + 1)
                except (*_CORRUPT, RuntimeError, NotImplementedError) as exc:
                    yield ctx.reject(member_prefix, CorruptArchive(f"unreadable member: {exc}"))
    finally:
        seekable.close()


def _is_data_member(member: zipfile.ZipInfo) -> bool:
    if member.is_dir() or any(s in member.filename for s in _LITTER):
        return False
    return not any(part.startswith(".") for part in PurePosixPath(member.filename).parts)


def _read_csv(stream: BinaryIO, ctx: ReadContext, prefix: str) -> Output:
    return records_to_documents(csv_rows(stream, ctx, None), ctx, prefix)


def _read_tsv(stream: BinaryIO, ctx: ReadContext, prefix: str) -> Output:
    return records_to_documents(csv_rows(stream, ctx, "\t"), ctx, prefix)


def _read_json(stream: BinaryIO, ctx: ReadContext, prefix: str) -> Output:
    return records_to_documents(json_rows(stream, ctx), ctx, prefix)


def _read_jsonl(stream: BinaryIO, ctx: ReadContext, prefix: str) -> Output:
    return records_to_documents(jsonl_rows(stream, ctx), ctx, prefix)


def _read_parquet(stream: BinaryIO, ctx: ReadContext, prefix: str) -> Output:
    return records_to_documents(parquet_rows(stream), ctx, prefix)


_READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "csv": _read_csv,
    "tsv": _read_tsv,
    "json": _read_json,
    "jsonl": _read_jsonl,
    "parquet": _read_parquet,
    "warc": read_warc,
}
