"""Whole-file readers: a plain-text page dump and a saved HTML page (one article each)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warta.doc import Hints, RawDocument, Reject
from warta.errors import EmptyInput
from warta.ingest.context import ReadContext
from warta.ingest.decode import decode_bytes
from warta.ingest.html_meta import canonical_url, decode_html


def read_text(stream: BinaryIO, ctx: ReadContext, prefix: str
              ) -> Iterator[RawDocument | Reject]:
    """One article per file; ``content`` is the decoded text with ``\\n`` newlines."""
    locator = prefix or "file"
    content, encoding = decode_bytes(stream.read(), forced=ctx.options.encoding)
    if not content.strip():
        yield ctx.reject(locator, EmptyInput("the text file has no text"))
        return
    yield ctx.document(locator, "text", content, encoding=encoding)


def read_html(stream: BinaryIO, ctx: ReadContext, prefix: str
              ) -> Iterator[RawDocument | Reject]:
    """One page per file; ``content`` is the markup, ``hints.url`` its canonical URL."""
    yield html_document(stream.read(), ctx, prefix or "file", None)


def html_document(data: bytes, ctx: ReadContext, locator: str, url: str | None,
                  header_charset: str | None = None) -> RawDocument | Reject:
    """Decode a page (``--encoding`` > HTTP header > ``<meta charset>`` > UTF-8 > guess)."""
    content, encoding = decode_html(data, header_charset, forced=ctx.options.encoding)
    if not content.strip():
        return ctx.reject(locator, EmptyInput("the HTML page is empty"))
    url = url or canonical_url(content)
    return ctx.document(locator, "html", content, hints=Hints(url=url), encoding=encoding)
