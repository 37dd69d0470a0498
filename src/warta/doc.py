"""The one data model: a raw input, and the Document built from it.

Every record points back into ``Document.body`` by character offsets (``start``/``end``,
end exclusive). ``Document.body_map`` links body offsets back to ``Document.source_text``
(the decoded raw text, or for HTML the text the extractor read from the page), so any
record can be traced to the exact characters of the input it came from.

All records are frozen dataclasses with ``to_dict``/``from_dict`` so that the CLI, the
store, a server and a Spark job exchange the same JSON-ready shapes. Pipeline components
never mutate a Document: they return ``dataclasses.replace(doc, ...)``.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

InputFormat = Literal["text", "html", "record"]
Granularity = Literal["second", "minute", "day", "week", "month", "year"]

T = TypeVar("T")


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (``None`` for any other class), read once per class:
    ``dataclasses.fields`` rebuilds its tuple on every call."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


# values ``_plain`` returns as they are; most of a record's fields are one of these
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Turn dataclasses, tuples and mappings into JSON-ready values."""
    if type(value) in _SCALARS:
        return value
    names = _field_names(value.__class__)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _from_plain(tp: Any, value: Any) -> Any:
    """Inverse of ``_plain`` guided by a field's type hint: nested records, tuples of
    records, optional values and frozensets come back as the types the dataclass declares."""
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        return _from_plain(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_plain(args[0], v) for v in value)
        return tuple(_from_plain(a, v) for a, v in zip(args, value, strict=False))
    if origin is frozenset:
        return frozenset(value)
    if isinstance(tp, type) and issubclass(tp, Record) and isinstance(value, Mapping):
        return tp.from_dict(value)
    return value


class Record:
    """Mixin: ``to_dict``/``from_dict`` for every record type. ``from_dict`` reads the
    dataclass fields' type hints, so a new field needs no extra code here; keys missing
    from the dict take the field's default (older stored JSON stays readable)."""

    def to_dict(self) -> dict[str, Any]:
        out = _plain(self)
        assert isinstance(out, dict)
        return out

    @classmethod
    def from_dict(cls: type[T], d: Mapping[str, Any]) -> T:
        hints = typing.get_type_hints(cls)
        kwargs = {
            f.name: _from_plain(hints[f.name], d[f.name])
            for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            if f.name in d
        }
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A half-open character range ``[start, end)`` into ``Document.body``."""

    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Segment(Record):
    """``length`` characters of the body starting at ``body_start`` are the same characters
    as ``source_text[source_start : source_start + length]``."""

    body_start: int
    source_start: int
    length: int


@dataclass(frozen=True, slots=True)
class Hints(Record):
    """Metadata an input carries outside the article text: scraper fields, HTTP/WARC
    headers, the file name. Values are raw strings as found; cleaning normalises them."""

    title: str | None = None
    published: str | None = None
    url: str | None = None
    authors: str | None = None
    outlet: str | None = None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class RawDocument(Record):
    """One input article before any processing.

    ``content`` is the decoded text of the input: the page text (format ``text``), the HTML
    markup (``html``) or the raw body field of a scraper record (``record``, with the whole
    record in ``record``). ``id`` is stable across re-runs: the input's own id where it has
    one, otherwise a hash of the normalised URL (``u-…``), else of the content (``c-…``).
    """

    id: str
    source: str
    locator: str
    format: InputFormat
    content: str
    hints: Hints = field(default_factory=Hints)
    record: Mapping[str, Any] | None = None
    encoding: str | None = None
    sha256: str = ""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RawDocument:
        return cls(
            id=d["id"],
            source=d["source"],
            locator=d["locator"],
            format=d["format"],
            content=d["content"],
            hints=Hints(**(d.get("hints") or {})),
            record=d.get("record"),
            encoding=d.get("encoding"),
            sha256=d.get("sha256", ""),
        )


@dataclass(frozen=True, slots=True)
class Metadata(Record):
    """Article metadata as defined in the gold guide (``expected.metadata``)."""

    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601, tz-aware when it has a time
    published_granularity: Granularity | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    wire: tuple[str, ...] = ()
    url: str | None = None
    section: str | None = None
    language: str = "id"


@dataclass(frozen=True, slots=True)
class Token(Record):
    """A surface token; ``parts`` holds sub-word analyses (clitics such as ``-nya``)."""

    start: int
    end: int
    text: str
    lemma: str | None = None
    upos: str | None = None
    feats: str | None = None
    head: int | None = None  # index into Document.tokens
    dep: str | None = None
    sentence: int = 0
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention(Record):
    start: int
    end: int
    text: str
    source: str = "ner"  # ner | gazetteer | title | coref
    label: str | None = None  # PER | ORG | LOC as recognised (NER label or gazetteer type)


@dataclass(frozen=True, slots=True)
class Entity(Record):
    id: str
    name: str
    type: Literal["PER", "ORG", "LOC"]
    mentions: tuple[Mention, ...] = ()
    code: str | None = None
    sector: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention(Record):
    start: int
    end: int
    text: str
    value: str | None  # ISO date/datetime, or year/month as "2014", "2022-03"
    granularity: Granularity | None = None
    kind: Literal["absolute", "partial", "relative", "time"] = "absolute"
    conflict: str | None = None  # e.g. a weekday that disagrees with the date


@dataclass(frozen=True, slots=True)
class Amount(Record):
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    approx: str | None = None  # hampir, sekitar, lebih dari, ...
    unit: str | None = None  # orang, Rp, ...
    kind: str = "other"  # deaths, injured, displaced, arrested, troops, weapons, money, other


@dataclass(frozen=True, slots=True)
class Quote(Record):
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect"]
    cue: str | None = None
    cue_start: int | None = None
    speaker: str | None = None  # Entity.id
    speaker_name: str | None = None
    speaker_code: str | None = None
    reported_by: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class ActorRef(Record):
    code: str | None
    sector: str | None
    name: str
    entity: str | None = None  # Entity.id


@dataclass(frozen=True, slots=True)
class Event(Record):
    source: ActorRef
    target: ActorRef | None
    plover: str
    cameo: str
    status: Literal["occurred", "negated", "future"]
    evidence: Span
    date: str | None = None
    date_granularity: Granularity | None = None
    location: str | None = None
    mode: str | None = None
    rule: str | None = None  # the lexicon entry that fired
    attribution: str | None = None
    confidence: float = 1.0
    # Evidence spans of every mention the per-article aggregation merged into this event
    # (``evidence`` is the first); empty for an event that was not aggregated.
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Document(Record):
    """A processed article. Layers fill their fields; ``provides`` records which ones."""

    id: str
    raw: RawDocument
    source_text: str = ""
    body: str = ""
    paragraphs: tuple[Span, ...] = ()
    body_map: tuple[Segment, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    content_hash: str = ""
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    dates: tuple[DateMention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    ner: tuple[Mention, ...] = ()  # raw named-entity mentions from the language layer
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    provides: frozenset[str] = frozenset({"raw"})
    versions: tuple[tuple[str, str], ...] = ()  # (component name, version) applied in order

    @classmethod
    def from_raw(cls, raw: RawDocument) -> Document:
        return cls(id=raw.id, raw=raw)

    def paragraph_texts(self) -> list[str]:
        return [p.text(self.body) for p in self.paragraphs]

    def to_source_offset(self, body_offset: int) -> int | None:
        """Map a body offset to the offset of the same character in ``source_text``."""
        for seg in self.body_map:
            if seg.body_start <= body_offset < seg.body_start + seg.length:
                return seg.source_start + (body_offset - seg.body_start)
        return None

    def to_dict(self) -> dict[str, Any]:
        out = _plain(self)
        out["provides"] = sorted(self.provides)
        return out


@dataclass(frozen=True, slots=True)
class Reject(Record):
    """An input (or part of one) that did not become an article, and why.

    ``code`` is an error code from ``warta.errors`` (``E101`` empty input ...); ``stage`` is
    where it was rejected (``ingest``, ``clean``, a component name)."""

    id: str
    source: str
    locator: str
    stage: str
    code: str
    reason: str
