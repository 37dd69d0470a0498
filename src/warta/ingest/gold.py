"""RawDocuments for gold-file inputs (``gold/GUIDE.md``), built with the same decoding and
field mapping as the file readers, so evaluation sees exactly what a user's run would."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from warta.doc import Hints, RawDocument
from warta.errors import EvalError, UnsupportedFormat
from warta.ingest.context import repaired
from warta.ingest.decode import decode_bytes, normalize_newlines
from warta.ingest.fields import load_field_map, map_record
from warta.ingest.html_meta import canonical_url, decode_html
from warta.ingest.ids import sha256_text


def raw_from_gold_input(inp: Mapping[str, Any], base_dir: Path, doc_id: str) -> RawDocument:
    """Build the RawDocument for one gold ``input`` object.

    ``base_dir`` is the gold file's folder (``path`` values are relative to it); ``doc_id``
    is the gold line's id, used as the document id so scores can be joined back."""
    fmt = inp.get("format")
    source = f"gold:{doc_id}"
    if fmt == "text":
        if "text" in inp:
            content, encoding = normalize_newlines(str(inp["text"])), "utf-8"
            locator = "inline"
        else:
            path = _resolve(base_dir, inp)
            content, encoding = decode_bytes(path.read_bytes())
            source, locator = str(path), "file"
        content, _ = repaired(content, Hints())
        return RawDocument(id=doc_id, source=source, locator=locator, format="text",
                           content=content, encoding=encoding, sha256=sha256_text(content))
    if fmt == "html":
        path = _resolve(base_dir, inp)
        content, encoding = decode_html(path.read_bytes())
        content, _ = repaired(content, Hints())
        url = inp.get("url") or canonical_url(content)
        return RawDocument(id=doc_id, source=str(path), locator="file", format="html",
                           content=content, hints=Hints(url=url), encoding=encoding,
                           sha256=sha256_text(content))
    if fmt == "record":
        record = inp.get("record")
        if not isinstance(record, Mapping):
            raise EvalError(f"gold input {doc_id}: 'record' must be an object")
        mapped = map_record(record, load_field_map())
        content, hints = repaired(normalize_newlines(mapped.body or ""), mapped.hints)
        return RawDocument(id=doc_id, source=source, locator="record", format="record",
                           content=content, hints=hints, record=dict(record),
                           encoding="utf-8", sha256=sha256_text(content))
    raise UnsupportedFormat(f"gold input {doc_id}: unknown format {fmt!r}")


def _resolve(base_dir: Path, inp: Mapping[str, Any]) -> Path:
    if "path" not in inp:
        raise EvalError("gold input has neither 'text' nor 'path'")
    path = Path(inp["path"])
    return path if path.is_absolute() else Path(base_dir) / path
