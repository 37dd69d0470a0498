"""The little ingest needs from HTML: its encoding and its canonical URL.

The real extraction (main text, metadata) is ``warta.clean.html``'s job; here we only turn
bytes into a string the way a browser would (BOM, then HTTP header, then ``<meta>``
declaration, then strict UTF-8, then detection) and read ``<link rel=canonical>`` /
``og:url`` from the head, which is cheap and gives record-less pages a stable id.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from warta.ingest.decode import bom_encoding, decode_bytes

# Browsers look for the declaration in the first 1024 bytes; allow a longer head.
_META_SCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|meta|title)",
                         re.IGNORECASE | re.DOTALL)


def declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta charset>`` or ``http-equiv`` tag near the top."""
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def decode_html(data: bytes, header_charset: str | None = None, *, forced: str | None = None
                ) -> tuple[str, str]:
    """Decode a page; returns ``(markup with normalised newlines, encoding)``."""
    declared = None if bom_encoding(data) else (header_charset or declared_charset(data))
    return decode_bytes(data, declared, forced=forced)


def looks_like_html(head: bytes) -> bool:
    """True if the bytes start like an HTML document (after an optional BOM/comments)."""
    for bom in (b"\xef\xbb\xbf",):
        head = head.removeprefix(bom)
    return bool(_HTML_START.match(head[:_META_SCAN_BYTES]))


def canonical_url(markup: str) -> str | None:
    """``<link rel=canonical href>`` or ``<meta property=og:url content>``, if present."""
    end = _HEAD_END.search(markup)
    head = markup[: end.end()] if end else markup[:65536]
    tree = LexborHTMLParser(head)
    for selector, attr in (('link[rel="canonical"]', "href"),
                           ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get(attr)
            if value and value.strip():
                return value.strip()
    return None
