"""Web archives (WARC, WARC.gz): each HTML ``response`` with a 2xx status is one page.

Other records (requests, metadata, warcinfo, non-HTML or non-2xx responses) are not
articles; they are counted in ``IngestStats.skipped`` by kind rather than rejected, since
a crawl is expected to hold them. The WARC date is the crawl date, not the publication
date, so it is not used as a published hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from warta.doc import RawDocument, Reject
from warta.errors import IngestError
from warta.ingest.context import ReadContext
from warta.ingest.read_pages import html_document

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, ctx: ReadContext, prefix: str
              ) -> Iterator[RawDocument | Reject]:
    records = ArchiveIterator(stream, arc2warc=True)
    for record in records:
        kind = record.rec_type
        if kind != "response" or record.http_headers is None:
            ctx.stats.skipped[f"warc:{kind}"] += 1
            continue
        status = record.http_headers.get_statuscode() or ""
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        if not status.startswith("2"):
            ctx.stats.skipped["warc:response-not-2xx"] += 1
            continue
        if not ctype.startswith(HTML_TYPES):
            ctx.stats.skipped["warc:response-not-html"] += 1
            continue
        data = record.content_stream().read()
        locator = ctx.locator(prefix, f"warc-offset={records.get_record_offset()}")
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            yield html_document(data, ctx, locator, url, _charset(ctype))
        except IngestError as exc:  # one bad page does not end the archive
            yield ctx.reject(locator, exc)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
