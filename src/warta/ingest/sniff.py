"""Which reader an input needs: from its file name when that is clear, else from its
first bytes (magic numbers, then the shape of the text)."""

from __future__ import annotations

import csv
import json

from warta.ingest.decode import detect_encoding, looks_binary
from warta.ingest.fields import FieldMap
from warta.ingest.html_meta import looks_like_html

# A format name, "binary", or None (the name says nothing / unknown).
_EXTENSIONS = {
    "txt": "text", "text": "text",
    "html": "html", "htm": "html", "xhtml": "html",
    "csv": "csv", "tsv": "tsv", "tab": "tsv",
    "json": "json", "jsonl": "jsonl", "ndjson": "jsonl",
    "parquet": "parquet", "pq": "parquet",
    "warc": "warc", "zip": "zip", "gz": "gz",
}
_MAGIC = (
    (b"\x1f\x8b", "gz"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # empty archive
    (b"WARC/", "warc"),
    (b"PAR1", "parquet"),
)
_DELIMITERS = (",", "\t", ";", "|")
MAX_HEADER_CELL = 64
UNKNOWN = "unknown"  # a file name extension we do not read


def format_from_name(name: str) -> str | None:
    """The format a file name announces; ``None`` if it has no extension (sniff it),
    ``UNKNOWN`` for an extension we do not know (sniff only unmistakable magic)."""
    base = name.rsplit("/", 1)[-1].lower()
    if base.endswith((".warc.gz", ".warc")):
        return "warc"
    if "." not in base.lstrip("."):
        return None
    return _EXTENSIONS.get(base.rsplit(".", 1)[-1], UNKNOWN)


def inner_name(name: str) -> str:
    """``a.csv.gz`` -> ``a.csv``: the name of what a gzip file holds."""
    return name[:-3] if name.lower().endswith(".gz") else name


def format_from_head(head: bytes, fm: FieldMap, *, magic_only: bool = False) -> str | None:
    """Guess a format from the first bytes. ``magic_only`` trusts only signatures that
    cannot be text (and an HTML start), for files whose extension we do not know."""
    if not head:
        return None
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    if looks_like_html(head):
        return "html"
    if magic_only:
        return None
    if looks_binary(head[:65536]):
        return "binary"
    try:
        text = head.decode(detect_encoding(head, partial=True), errors="ignore")
    except Exception:  # undecodable: let the text reader report it
        return "text"
    text = text.lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        return _json_or_jsonl(text)
    return _csv_or_text(text, fm)


def _json_or_jsonl(text: str) -> str:
    lines = [ln for ln in text.split("\n", 3)[:3] if ln.strip()]
    if len(lines) >= 2:
        try:
            json.loads(lines[0])
            return "jsonl"
        except json.JSONDecodeError:
            pass
    return "json"


def _csv_or_text(text: str, fm: FieldMap) -> str:
    first = text.split("\n", 1)[0].rstrip("\r")
    for delim in _DELIMITERS:
        cells = next(csv.reader([first], delimiter=delim), [])
        if len(cells) < 2 or any(len(c) > MAX_HEADER_CELL for c in cells):
            continue
        if fm.columns(cells).get("body") or fm.columns(cells).get("title"):
            return "tsv" if delim == "\t" else "csv"
    return "text"
