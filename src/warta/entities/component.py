"""The ``entities.v1`` pipeline component: candidates (``recognize``), one group per
referent (``merge``), codes at the article's date (``link``).

It reads ``doc.ner`` when the language layer filled it; with no NER mentions it falls back
to capitalised names typed by their head words, so the layer is useful without the model.
The article's date is ``doc.metadata.published`` (an input, never the clock).
"""

from __future__ import annotations

import dataclasses

from warta.doc import Document, Entity
from warta.entities.acronyms import apply_definitions, foreign_definitions
from warta.entities.link import to_entities
from warta.entities.merge import combine, group_mentions, link_aliases
from warta.entities.recognize import Scanner
from warta.entities.spans import clean_ner
from warta.entities.tables import entity_tables
from warta.resources import Resources


def extract_entities(doc: Document, resources: Resources) -> tuple[Entity, ...]:
    """The entities of ``doc.body`` (pure; same Document, same entities)."""
    body = doc.body
    if not body:
        return ()
    on = doc.metadata.published
    tables = entity_tables(resources)
    use_ner = bool(doc.ner)
    persons = frozenset(m.start for m in doc.ner if m.label == "PER")
    scanner = Scanner(body, tables, resources, on, shapes=not use_ner, person_starts=persons)
    ner = clean_ner(body, scanner.words, doc.ner, tables)
    heads = frozenset(k for k in tables.titles.by_first)
    cands = link_aliases(body, combine(scanner.run(), ner, heads))
    if tables.currency_marks:  # "US$2 juta": a currency code, not the United States
        cands = [c for c in cands if not body.startswith(tables.currency_marks, c.end)]
    cands, unlinked = apply_definitions(
        cands, foreign_definitions(body, resources, on, tables.legal_forms))
    groups = group_mentions(cands, on, resources, tables.loc_heads.items,
                           tables.short_names, tables.legal_forms, tables.family_name_first,
                           unlinked)
    return to_entities(groups, body, on, resources, tables)


class EntitiesComponent:
    name = "entities"
    version = "1"
    requires = frozenset({"body", "sentences", "tokens", "ner"})
    provides = frozenset({"entities"})
    reads_parse = False  # names and NER mentions only: the language layer may skip tagging

    def __call__(self, doc: Document, resources: Resources) -> Document:
        return dataclasses.replace(doc, entities=extract_entities(doc, resources))
