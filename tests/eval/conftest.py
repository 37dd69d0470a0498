"""Shared fixtures for the evaluation tests: the fictional gold files and a small fake
pipeline, so the harness is tested without depending on the clean stage's quality."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from warta.doc import Document, Entity, Metadata, Quote, RawDocument
from warta.errors import NotAnArticle
from warta.eval.body import raw_input_text
from warta.eval.gold import Processor

FIXTURES = Path(__file__).parent.parent / "fixtures" / "eval"


def fake_pipeline(raw: RawDocument) -> Document:
    """Drops lines and words that look like boilerplate, takes the first line of a text
    page as its title, and finds one fixed entity and quote. Deterministic and crude."""
    text = raw_input_text(raw)
    if not text.strip():
        raise NotAnArticle("blank input")
    body = " ".join(w for w in text.split() if w != "ADVERTISEMENT")
    title = raw.hints.title or text.strip().splitlines()[0]
    entities = (Entity("e1", "Budi", "PER", code="IDN", sector="GOV"),) if "Budi" in body else ()
    quotes = ((Quote(0, 5, "Kami akan membantu warga,", "direct", cue="kata",
                     speaker_name="Budi"),) if "Kami akan" in body else ())
    return dataclasses.replace(
        Document.from_raw(raw), body=body, entities=entities, quotes=quotes,
        metadata=Metadata(outlet="contoh.id", title=title, published=None),
        provides=frozenset({"raw", "body", "metadata", "entities", "quotes"}))


@pytest.fixture
def processor() -> Processor:
    return Processor(fake_pipeline, frozenset({"body", "metadata", "entities", "quotes"}))


@pytest.fixture
def mini_gold() -> Path:
    return FIXTURES / "mini.gold.jsonl"


@pytest.fixture
def single_gold() -> Path:
    return FIXTURES / "single.gold.json"
