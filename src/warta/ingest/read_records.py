"""Scraper exports: CSV/TSV, JSON (array or object holding a list), JSON Lines, Parquet.

Each reader turns its container into ``(locator, row)`` pairs; ``records_to_documents``
applies the field map to every row. Rows are read one at a time (Parquet one batch at a
time), so a multi-gigabyte export streams in constant memory. A row that cannot be parsed
is one E107 reject and the file goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import IO, Any, BinaryIO

import pyarrow.parquet as pq

from warta.doc import RawDocument, Reject
from warta.errors import BadRecord, EmptyInput, IngestError, NoBodyField, UndecodableInput
from warta.ingest.context import ReadContext
from warta.ingest.decode import detect_encoding, normalize_newlines
from warta.ingest.fields import MappedRecord, map_record, text_value
from warta.ingest.streams import peek_head, spool

Row = tuple[str, Mapping[str, Any] | IngestError]

# One CSV cell may hold a whole article; Python's default limit (128 KiB) is too small for
# long reads, and a broken quote must still fail on a bound, not eat the whole file.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
JSON_CHUNK = 1 << 16
PARQUET_BATCH = 512
_DELIMITERS = ",\t;|"


def text_stream(stream: BinaryIO, ctx: ReadContext, *, newline: str | None) -> IO[str]:
    """Decode a byte stream lazily with the encoding its head suggests."""
    head, stream = peek_head(stream)
    encoding = detect_encoding(head, partial=True, forced=ctx.options.encoding)
    return io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline=newline)


def records_to_documents(rows: Iterator[Row], ctx: ReadContext, prefix: str
                         ) -> Iterator[RawDocument | Reject]:
    """Map rows to RawDocuments (format ``record``) or rejects."""
    columns_by_header: dict[tuple[str, ...], dict[str, str]] = {}
    seen_any = False
    try:
        for where, row in rows:
            locator = ctx.locator(prefix, where)
            if isinstance(row, IngestError):
                yield ctx.reject(locator, row)
                continue
            header = tuple(str(k) for k in row)
            columns = columns_by_header.get(header)
            if columns is None:
                columns = columns_by_header.setdefault(header, ctx.fields.columns(header))
            if "body" not in columns:
                err = NoBodyField(f"no body column among {list(header)}")
                if not seen_any:  # the export as a whole has no body: one reject, stop
                    yield ctx.reject(prefix or "file", err)
                    return
                yield ctx.reject(locator, err)
                continue
            seen_any = True
            yield _row_document(row, columns, ctx, locator)
    except UnicodeDecodeError as exc:
        yield ctx.reject(prefix or "file", UndecodableInput(
            f"undecodable bytes after the rows above: {exc.reason}"))


def _row_document(row: Mapping[str, Any], columns: Mapping[str, str], ctx: ReadContext,
                  locator: str) -> RawDocument | Reject:
    mapped = map_record(row, ctx.fields, columns)
    if mapped.body is None:
        return ctx.reject(locator, EmptyInput(_empty_body_reason(row, mapped)))
    return ctx.document(locator, "record", normalize_newlines(mapped.body), hints=mapped.hints,
                        record=row, encoding=None, own_id=mapped.own_id)


EMPTY_REASON_TITLE_CHARS = 80


def _empty_body_reason(row: Mapping[str, Any], mapped: MappedRecord) -> str:
    """Why a row without body text is rejected: a blank row (every field empty), or a row
    that names an article (title or URL) whose text the scraper did not store."""
    reason = f"the body field {mapped.body_column!r} is empty"
    if all(text_value(v) is None for v in row.values()):
        return f"{reason}: every field of the row is blank"
    named = mapped.hints.title or mapped.hints.url
    if named:
        named = " ".join(named.split())
        if len(named) > EMPTY_REASON_TITLE_CHARS:
            named = named[:EMPTY_REASON_TITLE_CHARS - 1] + "…"
        return f"{reason}, though the row names an article ({named!r}): the scraper missed its text"
    return reason


# --- containers ---------------------------------------------------------------------------
def csv_rows(stream: BinaryIO, ctx: ReadContext, delimiter: str | None) -> Iterator[Row]:
    """Rows of a delimited file as dicts; ``row=N`` counts data rows from 1."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    text = text_stream(stream, ctx, newline="")
    first = text.readline()
    if not first.strip():
        yield "file", EmptyInput("the export has no header line")
        return
    if delimiter is None:
        delimiter = max(_DELIMITERS, key=first.count)
    header = next(csv.reader([first], delimiter=delimiter))
    reader = csv.reader(text, delimiter=delimiter)
    n = 0
    while True:
        n += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield f"row={n}", BadRecord(f"unparseable row: {exc}")
            continue
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            n -= 1  # blank line between rows: not a row
            continue
        if len(cells) > len(header):
            yield f"row={n}", BadRecord(
                f"row has {len(cells)} fields, the header has {len(header)}")
            continue
        yield f"row={n}", dict(zip(header, cells + [""] * (len(header) - len(cells)),
                                   strict=True))


def jsonl_rows(stream: BinaryIO, ctx: ReadContext) -> Iterator[Row]:
    """One JSON object per line; ``line=N`` counts physical lines from 1."""
    for n, line in enumerate(text_stream(stream, ctx, newline=None), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"line={n}", BadRecord(f"malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        if isinstance(obj, dict):
            yield f"line={n}", obj
        else:
            yield f"line={n}", BadRecord(f"the line holds a JSON {type(obj).__name__}, not an object")


def json_rows(stream: BinaryIO, ctx: ReadContext) -> Iterator[Row]:
    """A JSON array of records (streamed item by item), or an object holding one.

    An object is loaded whole: it is either one record or a wrapper such as
    ``{"data": [...]}``, whose first list of objects is taken as the records."""
    text = text_stream(stream, ctx, newline=None)
    buf = text.read(JSON_CHUNK).lstrip("\ufeff \t\r\n")
    if buf.startswith("["):
        yield from _array_items(buf, text)
        return
    try:
        obj = json.loads(buf + text.read())
    except json.JSONDecodeError as exc:
        yield "file", BadRecord(f"malformed JSON: {exc.msg} at line {exc.lineno}")
        return
    if not isinstance(obj, dict):
        yield "file", BadRecord(f"the JSON holds a {type(obj).__name__}, not records")
        return
    for key, value in obj.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value, start=1):
                yield f"{key}[{i}]", item
            return
    yield "file", obj


def _array_items(buf: str, text: IO[str]) -> Iterator[Row]:
    """Decode ``[ {...}, {...} ]`` one item at a time with ``raw_decode``."""
    decoder = json.JSONDecoder()
    pos, n = 1, 0
    while True:
        while True:  # skip separators, refilling the buffer when it runs dry
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buf):
                break
            more = text.read(JSON_CHUNK)
            if not more:
                yield "file", BadRecord("the JSON array is not closed")
                return
            buf, pos = more, 0
        if buf[pos] == "]":
            return
        n += 1
        try:
            item, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            more = text.read(JSON_CHUNK)
            if not more:
                yield f"item={n}", BadRecord(f"malformed JSON item: {exc.msg}")
                return
            buf, pos = buf[pos:] + more, 0
            n -= 1
            continue
        if end == len(buf) and not isinstance(item, (dict, list, str)):
            more = text.read(JSON_CHUNK)  # a number may continue in the next chunk
            if more:
                buf, pos = buf[pos:] + more, 0
                n -= 1
                continue
        pos = end
        if isinstance(item, dict):
            yield f"item={n}", item
        else:
            yield f"item={n}", BadRecord(f"array item is a {type(item).__name__}, not an object")
        if pos > JSON_CHUNK:
            buf, pos = buf[pos:], 0


def parquet_rows(stream: BinaryIO) -> Iterator[Row]:
    """Parquet row groups read in batches; ``row=N`` counts rows from 1."""
    seekable = stream if _seekable(stream) else spool(stream)
    try:
        parquet = pq.ParquetFile(seekable)
        n = 0
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH):
            for row in batch.to_pylist():
                n += 1
                yield f"row={n}", {k: _plain(v) for k, v in row.items()}
    finally:
        if seekable is not stream:
            seekable.close()


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, ValueError):
        return False


def _plain(value: Any) -> Any:
    """Parquet timestamps and decimals as strings, so the record stays JSON-ready."""
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


__all__ = ["csv_rows", "json_rows", "jsonl_rows", "parquet_rows", "records_to_documents"]
