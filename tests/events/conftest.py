"""Hand-built Documents for the coder tests: body, sentences and tokens from
``warta.lang.segment`` (no parse), entities from a small table of names, dates from
``warta.lang.dates``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from warta.config import PipelineConfig
from warta.doc import Document, Entity, Event, Hints, Mention, Metadata, RawDocument, Token
from warta.events.component import EventsComponent
from warta.lang.component import LangComponent
from warta.lang.dates import find_dates
from warta.lang.segment import segment
from warta.pipeline import Pipeline
from warta.resources import Resources, load_resources

# surface → (entity id, code, sector, type)
ACTORS: dict[str, tuple[str, str, str | None, str]] = {
    "Rusia": ("rus", "RUS", None, "LOC"),
    "Ukraina": ("ukr", "UKR", None, "LOC"),
    "Krimea": ("krimea", "UKR", None, "LOC"),
    "Kiev": ("kiev", "UKR", "GOV", "LOC"),
    "Putin": ("putin", "RUS", "GOV", "PER"),
    "Vladimir Putin": ("putin", "RUS", "GOV", "PER"),
    "Maduro": ("maduro", "VEN", "GOV", "PER"),
    "Presiden Venezuela Nicolas Maduro": ("maduro", "VEN", "GOV", "PER"),
    "Amerika Serikat": ("usa", "USA", None, "LOC"),
    "AS": ("usa", "USA", None, "LOC"),
    "NATO": ("nato", "NATO", None, "ORG"),
    "Israel": ("isr", "ISR", None, "LOC"),
    "Iran": ("irn", "IRN", None, "LOC"),
    "Qatar": ("qat", "QAT", None, "LOC"),
    "KPK": ("kpk", "IDN", "JUD", "ORG"),
    "Budi Santoso": ("budi", "IDN", "GOV", "PER"),
    "Budi": ("budi", "IDN", "GOV", "PER"),
    "Prabowo": ("prabowo", "IDN", "GOV", "PER"),
    "Presiden Prabowo Subianto": ("prabowo", "IDN", "GOV", "PER"),
    "Jepang": ("jpn", "JPN", None, "LOC"),
    "Indonesia": ("idn", "IDN", None, "LOC"),
    "Polda Aceh": ("poldaaceh", "IDN", "COP", "ORG"),
    "Hamas": ("hamas", "HAMAS", None, "ORG"),
    "DPR": ("dpr", "IDN", "LEG", "ORG"),
    "mahasiswa": ("mhs", "IDN", "CVL", "ORG"),
    "Gaza": ("gaza", "PSE", None, "LOC"),
    "Kremlin": ("kremlin", "RUS", "GOV", "ORG"),
    "Tiongkok": ("chn", "CHN", None, "LOC"),
    "Filipina": ("phl", "PHL", None, "LOC"),
}


def build(body: str, resources: Resources, published: str = "2022-03-02") -> Document:
    seg = segment(body, resources)
    mentions: dict[str, list[Mention]] = {}
    taken: list[tuple[int, int]] = []
    for surface in sorted(ACTORS, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", body):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.setdefault(ACTORS[surface][0], []).append(
                Mention(m.start(), m.end(), surface))
    entities: list[Entity] = []
    for surface, (eid, code, sector, etype) in ACTORS.items():
        if eid in mentions and all(e.id != eid for e in entities):
            entities.append(Entity(eid, surface, etype,  # type: ignore[arg-type]
                                   tuple(sorted(mentions[eid], key=lambda m: m.start)),
                                   code, sector))
    raw = RawDocument("t", "test", "t", "text", body)
    tokens: tuple[Token, ...] = seg.tokens
    return dataclasses.replace(
        Document.from_raw(raw), body=body, sentences=seg.sentences, tokens=tokens,
        dates=tuple(find_dates(body, date.fromisoformat(published), resources)),
        entities=tuple(entities), metadata=Metadata(published=published),
        provides=frozenset({"raw", "body", "sentences", "tokens", "entities"}))


@pytest.fixture(scope="session")
def res() -> Resources:
    return load_resources()


@pytest.fixture(scope="session")
def run(res: Resources) -> Callable[..., list[Event]]:
    from warta.events.component import EventsComponent

    def _run(body: str, published: str = "2022-03-02") -> list[Event]:
        return list(EventsComponent()(build(body, res, published), res).events)

    return _run


@pytest.fixture(scope="session")
def built(res: Resources) -> Callable[..., Document]:
    """``build`` as a fixture: the hand-built Document of a body (for tests that add a parse)."""

    def _built(body: str, published: str = "2022-03-02") -> Document:
        return build(body, res, published)

    return _built


@pytest.fixture(scope="module")
def parsed(res: Resources, shipped_nlp: Language, built: Callable[..., Document]
           ) -> Callable[..., list[Event]]:
    """The events of a body read by the shipped model (tokens, sentences, parse, dates) with
    the entities of the hand-built Document."""
    lang = LangComponent(shipped_nlp)

    def _run(body: str, published: str = "2025-06-20") -> list[Event]:
        hand = built(body, published)
        ann = lang(hand, res)
        assert any(t.head is not None for t in ann.tokens)
        doc = dataclasses.replace(hand, sentences=ann.sentences, tokens=ann.tokens,
                                  dates=ann.dates)
        return list(EventsComponent()(doc, res).events)

    return _run


# a second paragraph of our own: the cleaner rejects a body shorter than an article
PIPED_FILLER = "\n\nBerita ini ditulis untuk pengujian dengan kalimat buatan sendiri yang cukup panjang."


@pytest.fixture(scope="session")
def piped(res: Resources) -> Callable[[str], list[Event]]:
    """The default pipeline (entities linked by the actor layer, not a fixed table) on a
    body; documents are memoised so each body is processed once."""
    pipeline = Pipeline.build(PipelineConfig())
    seen: dict[str, Document] = {}

    def _run(body: str) -> list[Event]:
        if body not in seen:
            raw = RawDocument(id=f"t{len(seen)}", source="mem", locator=str(len(seen)),
                              format="text", content="Jakarta - " + body + PIPED_FILLER,
                              hints=Hints(published="2025-06-20", outlet="contoh.id"))
            doc = pipeline(raw, res)
            assert isinstance(doc, Document)
            seen[body] = doc
        return list(seen[body].events)

    return _run

