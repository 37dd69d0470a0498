"""Bytes to text: strict UTF-8 first, then a declared or detected legacy encoding.

Why this order: nearly all modern exports are UTF-8, and a strict UTF-8 decode that
succeeds is almost never wrong, while statistical detection can mistake short UTF-8 text
for something else. Only when strict UTF-8 fails do we ask charset-normalizer, which
handles the cp1252/latin-1 files that Windows spreadsheet tools still write.

Every decoded text has its newlines normalised (``\\r\\n`` and lone ``\\r`` become
``\\n``), so offsets downstream never depend on the platform that saved the file.

A text can also arrive already garbled: a scraper that decoded UTF-8 bytes as cp1252 and
saved the result as UTF-8 writes ``JÃ³hann`` for ``Jóhann`` and ``â€œ`` for an opening
quotation mark. ``repair_mojibake`` undoes that with ftfy, which changes only text that
its heuristics find garbled; ingest applies it to every document's content and title.
"""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import from_bytes

from warta.errors import BinaryInput, UndecodableInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control characters other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
# More control bytes than this share of a sample means the input is not text.
BINARY_CONTROL_SHARE = 0.05
_NEWLINES = re.compile(r"\r\n?")
# Legacy encodings tried, in order, when strict UTF-8 fails and detection names some
# Latin-script single-byte code page. latin-1 decodes any byte, so it ends the search.
WESTERN_FALLBACKS = ("cp1252", "latin-1")
_LATIN_SINGLE_BYTE = frozenset(
    ["cp1250", "cp1252", "cp1254", "cp1257", "cp850", "cp437", "mac-roman", "mac-latin2",
     "latin-1", "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-9",
     "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16"])


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` to ``\\n``."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was decoded as cp1252 or latin-1 upstream decoded right
    (``JÃ³hann`` -> ``Jóhann``); unchanged when ftfy finds nothing garbled."""
    if text.isascii():
        return text
    return ftfy.fix_encoding(text)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(sample: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NUL bytes, many controls).

    UTF-16/32 text has NUL bytes but announces itself with a BOM, so check that first."""
    if not sample or bom_encoding(sample) in ("utf-16", "utf-32"):
        return False
    if b"\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > BINARY_CONTROL_SHARE * len(sample)


def detect_encoding(sample: bytes, declared: str | None = None, *, partial: bool = False,
                    forced: str | None = None) -> str:
    """Pick the encoding to read ``sample`` (and the rest of its stream) with.

    ``forced`` (``--encoding``) is used or the input is undecodable. ``declared`` (an HTTP
    header or ``<meta charset>``) wins if it decodes the sample. ``partial`` says the
    sample may end inside a multi-byte character.
    Raises ``BinaryInput`` or ``UndecodableInput``."""
    if forced:
        if bom_encoding(sample) == "utf-8-sig" and _canonical(forced) == "utf-8":
            return "utf-8-sig"
        if _decodes(sample, forced, partial=partial):
            return _canonical(forced)
        raise UndecodableInput(f"the input is not valid {forced}")
    bom = bom_encoding(sample)
    if bom:
        return bom
    if looks_binary(sample[:65536]):
        raise BinaryInput("input looks binary (NUL or control bytes)")
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for name in candidates:
        if _decodes(sample, name, partial=partial):
            return _canonical(name)
    guess = from_bytes(sample).best()
    if guess is None or _canonical(guess.encoding) in _LATIN_SINGLE_BYTE:
        # Detection cannot tell Western from Central European code pages apart on a few
        # accented letters; Indonesian files are written by Western tools, so prefer those.
        for name in WESTERN_FALLBACKS:
            if _decodes(sample, name, partial=partial):
                return _canonical(name)
    if guess is None:
        raise UndecodableInput("no text encoding decodes the input")
    return _canonical(guess.encoding)


def decode_bytes(data: bytes, declared: str | None = None, *, forced: str | None = None
                 ) -> tuple[str, str]:
    """Decode a whole input; returns ``(text with normalised newlines, encoding)``."""
    encoding = detect_encoding(data, declared, forced=forced)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UndecodableInput(f"cannot decode as {encoding}: {exc}") from exc
    return normalize_newlines(text), encoding


def _decodes(data: bytes, name: str, *, partial: bool) -> bool:
    try:
        decoder = codecs.getincrementaldecoder(name)(errors="strict")
        decoder.decode(data, final=not partial)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name
