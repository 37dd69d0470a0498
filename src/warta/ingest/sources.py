"""Expand what the user typed (files, directories, globs, ``-``) into byte streams and
read them all, in order, as one stream of RawDocuments and Rejects."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from warta.doc import RawDocument, Reject
from warta.errors import InputNotFound
from warta.ingest.context import ReadContext
from warta.ingest.dispatch import read_stream
from warta.ingest.fields import load_field_map
from warta.ingest.options import IngestOptions, IngestStats

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def iter_inputs(inputs: Sequence[str], options: IngestOptions,
                stats: IngestStats | None = None) -> Iterator[RawDocument | Reject]:
    """Every article in ``inputs``, lazily, in the order given (directories sorted).

    ``stats`` (if given) is filled as the generator runs."""
    stats = stats if stats is not None else IngestStats()
    fields = load_field_map(options.fields)
    for given in inputs:
        if given == STDIN:
            stats.files += 1
            ctx = ReadContext(options, fields, stats, STDIN)
            yield from read_stream(sys.stdin.buffer, STDIN, ctx)
            continue
        paths = expand_input(given, recursive=options.recursive)
        if paths is None:
            ctx = ReadContext(options, fields, stats, given)
            yield ctx.reject("file", InputNotFound(f"no such file, directory or match: {given}"))
            continue
        for path in paths:
            stats.files += 1
            ctx = ReadContext(options, fields, stats, path)
            with open(path, "rb") as stream:
                yield from read_stream(stream, path, ctx)


def expand_input(given: str, *, recursive: bool = True) -> list[str] | None:
    """The files an input names, sorted; ``None`` if it names nothing. Hidden files and
    folders (``.git``, ``.DS_Store``) are skipped inside directories and globs."""
    path = Path(given)
    if path.is_file():
        return [given]
    if path.is_dir():
        return list(_walk(given, recursive))
    if _GLOB_CHARS & set(given):
        found: list[str] = []
        for match in sorted(glob.glob(given, recursive=True)):
            if Path(match).is_dir():
                found.extend(_walk(match, recursive))
            elif Path(match).is_file():
                found.append(match)
        return found or None
    return None


def _walk(root: str, recursive: bool) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)
