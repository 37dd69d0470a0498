"""The per-document pipeline: named, versioned components that declare what they require
and provide, checked when the pipeline is built. ``run_document`` is pure: no I/O, no
globals, no clock (the article's date comes from its metadata), same output for same input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar, runtime_checkable

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.errors import ComponentFailed, DocumentSkipped, PipelineOrderError, WartaError
from warta.resources import Resources

E = TypeVar("E", bound=BaseException)


@runtime_checkable
class Component(Protocol):
    """Document in, Document out. ``requires``/``provides`` name Document layers
    (``raw``, ``body``, ``metadata``, ``sentences``, ``tokens``, ``entities`` ...)."""

    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document, resources: Resources) -> Document: ...


@runtime_checkable
class BatchComponent(Component, Protocol):
    """A component that can also take many documents at once, for speed (the language
    model runs over the sentences of all of them in one go). ``process_batch`` must return
    what calling the component on each document returns; it may raise if any document
    fails, and ``Pipeline.run_batch`` then calls the component on each document alone."""

    def process_batch(self, docs: Sequence[Document], resources: Resources,
                      ) -> list[Document]: ...


@runtime_checkable
class ParseReader(Protocol):
    """A component that reads the tags and dependency parse of some sentences only, and
    says which: with ``lang.parse = "needed"`` the language layer tags and parses just the
    sentences one such component wants (NER still runs everywhere). ``words`` are the
    sentence's tokens, lower-cased. A component with ``reads_parse = False`` reads none; any
    other component is taken to read every sentence's parse."""

    def wants_parse(self, words: Sequence[str], resources: Resources) -> bool: ...


@dataclass(frozen=True)
class Failure:
    """A document ``Pipeline.run_batch`` could not finish: ``stage`` names the component
    that raised and ``error`` is what ``Pipeline.__call__`` would have raised (a
    ``WartaError``, a ``DocumentSkipped``, or a ``ComponentFailed`` wrapping a crash)."""

    raw: RawDocument
    stage: str
    error: WartaError | DocumentSkipped


@dataclass(frozen=True)
class Pipeline:
    components: tuple[Component, ...]
    config: PipelineConfig

    @classmethod
    def build(cls, config: PipelineConfig) -> Pipeline:
        from warta.registry import create_component

        comps = tuple(create_component(name, config) for name in config.components)
        validate_order(comps)
        if config.lang.parse == "needed":
            comps = focus_parsing(comps)
        return cls(comps, config)

    @property
    def versions(self) -> dict[str, str]:
        return {c.name: c.version for c in self.components}

    def __call__(self, raw: RawDocument, resources: Resources) -> Document:
        doc = Document.from_raw(raw)
        for comp in self.components:
            try:
                doc = comp(doc, resources)
            except (WartaError, DocumentSkipped):
                raise
            except Exception as exc:  # turned into a coded error; the run goes on
                raise ComponentFailed(
                    f"component {comp.name} v{comp.version} failed on {raw.id}: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
            doc = dataclasses.replace(
                doc,
                provides=doc.provides | comp.provides,
                versions=(*doc.versions, (comp.name, comp.version)),
            )
        return doc

    def run_batch(self, raws: Sequence[RawDocument], resources: Resources,
                  ) -> list[Document | Failure]:
        """The pipeline over many documents, one outcome per input in input order; each
        document equals what ``pipeline(raw, resources)`` returns (or the error it raises,
        as a ``Failure``). Components with ``process_batch`` see the batch's documents at
        once; the others run document by document. Pure, like ``__call__``."""
        outcomes: list[Document | Failure | None] = [None] * len(raws)
        live = [(i, Document.from_raw(raw)) for i, raw in enumerate(raws)]
        for comp in self.components:
            results = _apply(comp, [doc for _, doc in live], resources)
            survivors = []
            for (i, _), result in zip(live, results, strict=True):
                if isinstance(result, Document):
                    survivors.append((i, dataclasses.replace(
                        result,
                        provides=result.provides | comp.provides,
                        versions=(*result.versions, (comp.name, comp.version)),
                    )))
                else:
                    outcomes[i] = Failure(raws[i], comp.name, result)
            live = survivors
        for i, doc in live:
            outcomes[i] = doc
        return [o for o in outcomes if o is not None]


def _apply(comp: Component, docs: list[Document], resources: Resources,
           ) -> list[Document | WartaError | DocumentSkipped]:
    if len(docs) > 1 and isinstance(comp, BatchComponent):
        try:
            return list(comp.process_batch(docs, resources))
        except Exception:
            pass  # one bad document must not fail the others: run one by one below
    return [_apply_one(comp, doc, resources) for doc in docs]


def _apply_one(comp: Component, doc: Document, resources: Resources,
               ) -> Document | WartaError | DocumentSkipped:
    """``comp(doc)``, or the error ``Pipeline.__call__`` would raise for it."""
    try:
        return comp(doc, resources)
    except (WartaError, DocumentSkipped) as exc:
        return _without_tracebacks(exc)
    except Exception as exc:
        failed = ComponentFailed(
            f"component {comp.name} v{comp.version} failed on {doc.raw.id}: "
            f"{type(exc).__name__}: {exc}"
        )
        failed.__cause__ = _without_tracebacks(exc)
        return failed


def _without_tracebacks(exc: E) -> E:
    """``exc`` with the tracebacks of its chain dropped. A returned error's traceback holds
    the frames it was raised through, and through them ``run_batch``'s list of outcomes,
    which holds the error: a reference cycle that kept every document of a batch with one
    failure (most batches of scraped corpora) alive until a full garbage collection. A
    failure becomes a reject by its code and message; nothing reads the traceback."""
    seen: set[int] = set()
    chain: list[BaseException | None] = [exc]
    while chain:
        err = chain.pop()
        if err is None or id(err) in seen:
            continue
        seen.add(id(err))
        err.__traceback__ = None
        chain += [err.__cause__, err.__context__]
    return exc


def focus_parsing(components: Sequence[Component]) -> tuple[Component, ...]:
    """Components that can tag and parse selectively (a ``focused(readers)`` method: the
    language layer) restricted to the sentences the later components read, when every later
    component that reads a parse says which sentences (``ParseReader``)."""
    out = list(components)
    for i, comp in enumerate(components):
        focused = getattr(comp, "focused", None)
        if focused is None:
            continue
        readers = [c for c in components[i + 1:] if getattr(c, "reads_parse", True)]
        if all(isinstance(c, ParseReader) for c in readers):
            out[i] = focused(readers)
    return tuple(out)


def validate_order(components: Iterable[Component]) -> None:
    have = {"raw"}
    for comp in components:
        missing = comp.requires - have
        if missing:
            raise PipelineOrderError(
                f"component {comp.name} requires {sorted(missing)}, "
                f"but only {sorted(have)} are provided before it"
            )
        have |= comp.provides


def run_document(raw: RawDocument, resources: Resources, config: PipelineConfig) -> Document:
    """Run the configured pipeline on one raw document. Pure. For many documents build the
    pipeline once with ``Pipeline.build(config)`` and call it."""
    return Pipeline.build(config)(raw, resources)
