"""The ``clean.v1`` pipeline component: wraps ``clean.article.clean_raw``."""

from __future__ import annotations

import dataclasses

from warta.clean.article import clean_raw
from warta.config import CleanConfig
from warta.doc import Document
from warta.resources import Resources


class CleanComponent:
    name = "clean"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"source_text", "body", "paragraphs", "metadata"})

    def __init__(self, config: CleanConfig):
        self.config = config

    def __call__(self, doc: Document, resources: Resources) -> Document:
        res = clean_raw(doc.raw, resources, self.config)
        return dataclasses.replace(
            doc,
            source_text=res.source_text,
            body=res.body,
            paragraphs=res.paragraphs,
            body_map=res.body_map,
            metadata=res.metadata,
            content_hash=res.content_hash,
            warnings=(*doc.warnings, *res.warnings),
        )
