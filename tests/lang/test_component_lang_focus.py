"""Focused parsing (``lang.parse = "needed"``): the language layer tags and parses only the
sentences a later component reads, and runs NER on all of them; what the events and quote
layers produce does not change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pytest

from warta.config import LangConfig, PipelineConfig
from warta.doc import Document, Metadata, RawDocument, Span
from warta.errors import ConfigError
from warta.lang.component import LangComponent
from warta.pipeline import ParseReader, Pipeline, focus_parsing
from warta.resources import Resources, load_resources

if TYPE_CHECKING:
    from spacy.language import Language

BODY = (
    "Cuaca di Kota Malang cerah sepanjang hari dan jalanan ramai oleh wisatawan.\n\n"
    "Menteri Luar Negeri Sugiono mengecam serangan Israel terhadap kamp pengungsi di Gaza.\n\n"
    "Taman kota itu dibuka untuk umum sejak pukul enam pagi."
)


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _doc(body: str) -> Document:
    raw = RawDocument(id="f1", source="test", locator="f1", format="text", content=body)
    paras, start = [], 0
    for para in body.split("\n\n"):
        paras.append(Span(start, start + len(para)))
        start += len(para) + 2
    return Document(id="f1", raw=raw, body=body, paragraphs=tuple(paras),
                    metadata=Metadata(published="2025-03-04T09:00:00+07:00"),
                    provides=frozenset({"raw", "body"}))


class _Wants:
    """A reader of the parse of sentences holding one given word."""

    name, version = "wants", "1"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()

    def __init__(self, word: str):
        self.word = word

    def __call__(self, doc: Document, resources: Resources) -> Document:
        return doc

    def wants_parse(self, words: Sequence[str], resources: Resources) -> bool:
        return self.word in words


def test_only_wanted_sentences_are_tagged_but_ner_runs_everywhere(
        shipped_nlp: Language, res: Resources) -> None:
    lang = LangComponent(shipped_nlp).focused([_Wants("mengecam")])
    doc = lang(_doc(BODY), res)
    by_sentence: dict[int, list[str | None]] = {}
    for t in doc.tokens:
        by_sentence.setdefault(t.sentence, []).append(t.dep)
    assert len(doc.sentences) == 3
    assert all(dep is not None for dep in by_sentence[1])
    assert all(dep is None for dep in by_sentence[0] + by_sentence[2])
    assert all(t.upos is None for t in doc.tokens if t.sentence != 1)
    # NER found names in the unparsed sentences too
    first = doc.sentences[0]
    assert any(first.start <= m.start < first.end for m in doc.ner)
    full = LangComponent(shipped_nlp)(_doc(BODY), res)
    assert doc.ner == full.ner
    assert [t for t in doc.tokens if t.sentence == 1] == \
        [t for t in full.tokens if t.sentence == 1]


def test_batch_equals_one_by_one_when_focused(shipped_nlp: Language, res: Resources) -> None:
    lang = LangComponent(shipped_nlp).focused([_Wants("dibuka")])
    docs = [_doc(BODY), _doc("Hujan turun sejak pagi.\n\nJembatan itu dibuka kembali.")]
    assert lang.process_batch(docs, res) == [lang(d, res) for d in docs]


def test_focus_needs_every_later_reader_to_say_which_sentences(shipped_nlp: Language) -> None:
    lang = LangComponent(shipped_nlp)
    wants = _Wants("x")
    assert isinstance(wants, ParseReader)

    class NoParse(_Wants):
        reads_parse = False

        def wants_parse(self, words: Sequence[str], resources: Resources) -> bool:
            raise AssertionError("never asked")

    class ReadsAll:
        name, version = "all", "1"
        requires: frozenset[str] = frozenset()
        provides: frozenset[str] = frozenset()

        def __call__(self, doc: Document, resources: Resources) -> Document:
            return doc

    focused = focus_parsing((lang, NoParse("y"), wants))
    assert isinstance(focused[0], LangComponent)
    assert focused[0].readers == (wants,)
    # a later component that reads the parse without saying where: everything is parsed
    assert focus_parsing((lang, wants, ReadsAll()))[0] is lang


def test_default_pipeline_is_focused_and_all_parses_everything() -> None:
    needed = Pipeline.build(PipelineConfig())
    lang = next(c for c in needed.components if c.name == "lang")
    assert isinstance(lang, LangComponent)
    assert lang.readers is not None
    assert [type(r).__name__ for r in lang.readers] == ["QuotesComponent", "EventsComponent"]
    everything = Pipeline.build(PipelineConfig(lang=LangConfig(parse="all")))
    lang_all = next(c for c in everything.components if c.name == "lang")
    assert isinstance(lang_all, LangComponent) and lang_all.readers is None


def test_unknown_parse_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"lang\.parse"):
        PipelineConfig.from_dict({"lang": {"parse": "some"}})
