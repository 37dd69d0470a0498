"""Byte-stream helpers: look at the head of a stream without losing it, and spill a
non-seekable stream (stdin, a gzip member) to a temporary file for formats that need to
seek (zip, parquet). Both keep memory bounded by the head size, not the input size."""

from __future__ import annotations

import io
import shutil
import tempfile
from typing import IO, BinaryIO

HEAD_BYTES = 1 << 20  # enough to sniff a format and an encoding
BUFFER_BYTES = 1 << 16


class _HeadThenRest(io.RawIOBase):
    """Serves ``head`` first, then the rest of ``inner``."""

    def __init__(self, head: bytes, inner: IO[bytes], pending: Exception | None = None):
        self._head = memoryview(head)
        self._inner = inner
        self._pending = pending

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._pending is not None:
            raise self._pending
        data = _read_some(self._inner, len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_some(stream: IO[bytes], size: int) -> bytes:
    """``read1`` where the stream has it: a buffered ``read(n)`` that fails part-way
    (truncated gzip) throws away the bytes it had already decompressed."""
    read1 = getattr(stream, "read1", None)
    return read1(size) if read1 is not None else stream.read(size)


def peek_head(stream: IO[bytes], size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` bytes; return them and a stream that still starts with them.

    If reading fails part-way (a truncated gzip shorter than the head), the bytes read so
    far are still served and the error is raised when the stream reaches it, so readers
    emit what precedes the damage."""
    chunks: list[bytes] = []
    total = 0
    pending: Exception | None = None
    while total < size:
        try:
            chunk = _read_some(stream, size - total)
        except Exception as exc:  # re-raised after the good bytes, see above
            if not chunks:
                raise
            pending = exc
            break
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    head = b"".join(chunks)
    raw = _HeadThenRest(head, stream, pending)
    return head, io.BufferedReader(raw, buffer_size=BUFFER_BYTES)


def spool(stream: IO[bytes]) -> BinaryIO:
    """Copy a stream into an anonymous temporary file (deleted on close), rewound."""
    tmp = tempfile.TemporaryFile()  # noqa: SIM115 - the caller closes it
    shutil.copyfileobj(stream, tmp, BUFFER_BYTES)
    tmp.seek(0)
    return tmp
