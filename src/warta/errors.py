"""Warta's exceptions. Every error has a code (``E1xx`` ingest, ``E2xx`` clean,
``E3xx`` store, ``E4xx`` configuration and pipeline, ``E5xx`` evaluation, ``E6xx``
resources) and a hint that says what to do about it.

Reject reasons written to the ``rejects`` table use the same codes, so a user can look
any of them up in ``docs/errors.md``.
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class. ``str(err)`` is ``[E123] message (hint)``."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None):
        self.message = message
        if code is not None:
            self.code = code
        if hint is not None:
            self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


# --- ingest -------------------------------------------------------------------------
class IngestError(WartaError):
    """An input could not be read as articles. Becomes a reject row; the run goes on."""

    code = "E100"
    hint = "check the file; run with --field NAME=COLUMN if the columns have unusual names"


class EmptyInput(IngestError):
    code = "E101"
    hint = "the input has no text; remove it or fix the scraper"


class BinaryInput(IngestError):
    code = "E102"
    hint = "the input is not text, HTML, an export or a WARC file"


class UndecodableInput(IngestError):
    code = "E103"
    hint = "save the file as UTF-8, or pass --encoding"


class CorruptArchive(IngestError):
    code = "E104"
    hint = "the compressed file is truncated or damaged; re-download or re-export it"


class NoBodyField(IngestError):
    code = "E105"
    hint = "name the body column with --field body=COLUMN"


class UnsupportedFormat(IngestError):
    code = "E106"
    hint = "supported: .txt .html .htm .csv .tsv .json .jsonl .parquet .warc(.gz) .gz .zip"


class BadRecord(IngestError):
    code = "E107"
    hint = "the row could not be parsed; check quoting and delimiters"


class InputNotFound(IngestError):
    code = "E108"
    hint = "check the path or glob"


# --- clean ----------------------------------------------------------------------------
class CleanError(WartaError):
    code = "E200"
    hint = "the article could not be cleaned; report it with the input attached"


class NotAnArticle(CleanError):
    """The input decodes but holds no article body (an index page, an error page...)."""

    code = "E201"
    hint = "the page has no article text; it is kept as a reject"


class ExtractionFailed(CleanError):
    code = "E202"
    hint = "the HTML extractor found no main text; the page may need an outlet rule"


# --- store ----------------------------------------------------------------------------
class StoreError(WartaError):
    code = "E300"
    hint = "check that the output directory is writable"


class SchemaMismatch(StoreError):
    code = "E301"
    hint = "the store was written by another schema version; use a new --out directory"


class DuplicateId(StoreError):
    """Two inputs of one run share an id but not their content: the one with the longest
    body is kept (the first one on a tie), each other one becomes this reject."""

    code = "E302"
    hint = "give the records distinct ids (an id column, or --field id=COLUMN)"


# --- configuration and pipeline -----------------------------------------------------
class ConfigError(WartaError):
    code = "E400"
    hint = "see docs/configuration.md for the accepted keys"


class UnknownComponent(ConfigError):
    code = "E401"
    hint = "run `warta components` to list the registered components"


class PipelineOrderError(ConfigError):
    code = "E402"
    hint = "reorder the components so that each one's requirements come first"


class ComponentFailed(WartaError):
    code = "E403"
    hint = "a pipeline component raised; the article is kept as a reject with this reason"


class ModelUnavailable(ConfigError):
    """A configured component needs the trained language model, and it is not installed."""

    code = "E405"
    hint = "run `make train` to build src/warta/models/id_warta, or drop lang.v1 from components"


class RunHadRejects(WartaError):
    """``--strict``: the run finished and committed, but some inputs were rejected."""

    code = "E404"
    hint = "inspect them with `warta query \"SELECT code, reason FROM rejects\"`"


# --- evaluation -----------------------------------------------------------------------
class EvalError(WartaError):
    code = "E500"
    hint = "check the gold file against docs/evaluation.md"


class GateFailed(EvalError):
    code = "E501"
    hint = "a score fell below its floor in eval/baseline.json; fix the regression"


# --- resources ------------------------------------------------------------------------
class ResourceError(WartaError):
    code = "E600"
    hint = "a data file under src/warta/data is malformed; see src/warta/data/README.md"


class DocumentSkipped(Exception):
    """Raised by a component to drop a document on purpose (with a reject reason)."""

    def __init__(self, code: str, reason: str):
        self.code = code
        self.reason = reason
        super().__init__(f"[{code}] {reason}")


def error_name(code: str) -> str:
    """The class name of the error with ``code`` (``E101`` -> ``EmptyInput``), or ``""``
    for a code no Warta error has (a component's own ``DocumentSkipped`` code)."""
    todo: list[type[WartaError]] = [WartaError]
    while todo:
        cls = todo.pop()
        if cls.code == code and cls is not WartaError:
            return cls.__name__
        todo.extend(cls.__subclasses__())
    return ""
