"""The ``events.v1`` pipeline component: code each sentence, then aggregate per article."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warta.doc import Document
from warta.events.aggregate import aggregate
from warta.events.code import code_document
from warta.events.focus import wants_parse
from warta.events.ontology import load_ontology
from warta.resources import Resources


class EventsComponent:
    name = "events"
    version = "1"
    requires = frozenset({"body", "sentences", "tokens", "entities"})
    provides = frozenset({"events"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        events, _mentions = aggregate(code_document(doc, resources), load_ontology(resources))
        return dataclasses.replace(doc, events=tuple(events))

    def wants_parse(self, words: Sequence[str], resources: Resources) -> bool:
        """Only sentences where a trigger may fire are read (``warta.events.focus``)."""
        return wants_parse(words, resources)
