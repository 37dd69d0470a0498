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

    def __init__(self, head: bytes, inner: IO[bytes]):
        self._head = memoryview(head)
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek_head(stream: IO[bytes], size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` bytes; return them and a stream that still starts with them."""
    chunks: list[bytes] = []
    total = 0
    while total < size:
        chunk = stream.read(size - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    head = b"".join(chunks)
    return head, io.BufferedReader(_HeadThenRest(head, stream), buffer_size=BUFFER_BYTES)


def spool(stream: IO[bytes]) -> BinaryIO:
    """Copy a stream into an anonymous temporary file (deleted on close), rewound."""
    tmp = tempfile.TemporaryFile()  # noqa: SIM115 - the caller closes it
    shutil.copyfileobj(stream, tmp, BUFFER_BYTES)
    tmp.seek(0)
    return tmp
