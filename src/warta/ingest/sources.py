"""Expand what the user typed (files, directories, globs, ``-``) into byte streams and
read them all, in order, as one stream of RawDocuments and Rejects.

A file named on the command line is always read (an unknown extension is an E106 reject:
the user asked for it). A directory is a different promise: it holds whatever sits next
to the data (``README.md``, ``config.yaml``, hidden files), so a walk reads only files
whose name announces an input format or says nothing (no extension: sniffed), and counts
the others in ``IngestStats.skipped`` by kind so the run summary can report them.
"""

from __future__ import annotations

import glob
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from warta.doc import RawDocument, Reject
from warta.errors import InputNotFound
from warta.ingest.context import ReadContext
from warta.ingest.dispatch import read_stream
from warta.ingest.fields import load_field_map
from warta.ingest.options import IngestOptions, IngestStats
from warta.ingest.sniff import UNKNOWN, format_from_name, inner_name

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
        paths = expand_input(given, recursive=options.recursive, skipped=stats.skipped)
        if paths is None:
            ctx = ReadContext(options, fields, stats, given)
            yield ctx.reject("file", InputNotFound(f"no such file, directory or match: {given}"))
            continue
        for path in paths:
            stats.files += 1
            ctx = ReadContext(options, fields, stats, path)
            with open(path, "rb") as stream:
                yield from read_stream(stream, path, ctx)


def expand_input(given: str, *, recursive: bool = True,
                 skipped: Counter[str] | None = None) -> list[str] | None:
    """The files an input names, sorted; ``None`` if it names nothing.

    Inside directories (given, or matched by a glob) hidden files and folders (``.git``,
    ``.DS_Store``) and files whose extension is not an input format (``README.md``,
    ``.yaml``) are skipped and counted in ``skipped`` (``file:hidden``, ``dir:hidden``,
    ``file:.md``). Files a glob matches directly are read like named files."""
    skipped = skipped if skipped is not None else Counter()
    path = Path(given)
    if path.is_file():
        return [given]
    if path.is_dir():
        return list(_walk(given, recursive, skipped))
    if _GLOB_CHARS & set(given):
        found: list[str] = []
        for match in sorted(glob.glob(given, recursive=True)):
            if Path(match).is_dir():
                found.extend(_walk(match, recursive, skipped))
            elif Path(match).is_file():
                found.append(match)
        return found or None
    return None


def skip_kind(name: str) -> str | None:
    """Why a directory walk passes over the file ``name`` (a ``skipped`` key), or None
    if it is read: hidden, or an extension that is not an input format (judged on the
    inner name for ``.gz``: ``notes.yaml.gz`` is skipped, ``rows.csv.gz`` read)."""
    if name.startswith("."):
        return "file:hidden"
    base = name.lower()
    while base.endswith(".gz") and not base.endswith(".warc.gz") and "." in base[:-3]:
        base = inner_name(base)
    if format_from_name(base) == UNKNOWN:
        return "file:." + base.rsplit(".", 1)[-1]
    return None


def _walk(root: str, recursive: bool, skipped: Counter[str]) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        hidden = sum(1 for d in dirnames if d.startswith("."))
        if hidden:
            skipped["dir:hidden"] += hidden
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        for name in sorted(filenames):
            kind = skip_kind(name)
            if kind is None:
                yield os.path.join(dirpath, name)
            else:
                skipped[kind] += 1
