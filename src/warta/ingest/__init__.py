"""Stage 1, ingest: every input users have (text dumps, scraper exports, saved HTML, WARC
archives, directories, globs, stdin) as a stream of ``RawDocument`` or ``Reject``.

Readers are generators over byte streams, so memory stays constant however large the
input; nothing is dropped silently: an input that yields no article yields a Reject.
Formats and the field map are documented in ``docs/inputs.md``.
"""

from __future__ import annotations

from warta.ingest.options import IngestOptions, IngestStats
from warta.ingest.sources import iter_inputs

__all__ = ["IngestOptions", "IngestStats", "iter_inputs"]
