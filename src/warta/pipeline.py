"""The per-document pipeline: named, versioned components that declare what they require
and provide, checked when the pipeline is built. ``run_document`` is pure: no I/O, no
globals, no clock (the article's date comes from its metadata), same output for same input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.errors import ComponentFailed, DocumentSkipped, PipelineOrderError, WartaError
from warta.resources import Resources


@runtime_checkable
class Component(Protocol):
    """Document in, Document out. ``requires``/``provides`` name Document layers
    (``raw``, ``body``, ``metadata``, ``sentences``, ``tokens``, ``entities`` ...)."""

    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document, resources: Resources) -> Document: ...


@dataclass(frozen=True)
class Pipeline:
    components: tuple[Component, ...]
    config: PipelineConfig

    @classmethod
    def build(cls, config: PipelineConfig) -> Pipeline:
        from warta.registry import create_component

        comps = tuple(create_component(name, config) for name in config.components)
        validate_order(comps)
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
