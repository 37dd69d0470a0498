"""The ``lang.v1`` pipeline component: tokens, sentences, tags, lemmas, parse, NER, dates
and amounts of ``Document.body``.

The trained model (``warta.lang.model``) is loaded once, when the pipeline is built; a
pipeline that names ``lang.v1`` without the model in the package fails then, with
``ModelUnavailable`` (E405), rather than producing documents without tags. Per document the
component is pure: Warta's segmenter cuts the body (``warta.lang.segment``), the model
annotates those very tokens sentence by sentence (``warta.lang.annotate``), and the
rule-based extractors read the body: dates resolved against the publication date from the
metadata, amounts. Token heads are indexes into ``Document.tokens``; a sentence's root has
``head`` ``None`` and ``dep`` ``root``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from warta.doc import Document, Mention, Token
from warta.errors import ModelUnavailable, ResourceError
from warta.lang.annotate import Annotated, NameTest, ParseWanted, annotate, annotate_many
from warta.lang.dates import find_dates
from warta.lang.model import MODEL_NAME, load_model
from warta.lang.nerfocus import may_hold_name
from warta.lang.numbers import find_amounts
from warta.lang.wordscan import scan
from warta.resources import Resources

if TYPE_CHECKING:
    from spacy.language import Language

    from warta.pipeline import ParseReader


# the model's annotations besides the parse that a token record carries
_TAGS = ("LEMMA", "POS", "MORPH")


def _signed(value: int) -> int:
    """A relative head offset as ``Doc.to_array`` stores it (uint64) back to a signed int."""
    return value - (1 << 64) if value >= 1 << 63 else value


def load_pipeline_model(name: str = MODEL_NAME) -> Language:
    """The shipped model, or ``ModelUnavailable`` (E405) saying how to get it."""
    try:
        return load_model(name)
    except ResourceError as exc:
        raise ModelUnavailable(f"lang.v1 needs the trained model: {exc.message}") from exc


def anchor_date(published: str | None) -> date | None:
    """The publication date relative dates are resolved against (``None`` if unknown)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None


class LangComponent:
    name = "lang"
    version = "1"
    requires = frozenset({"body"})
    provides = frozenset({"sentences", "tokens", "ner", "dates", "amounts"})

    def __init__(self, nlp: Language | None = None,
                 readers: Sequence[ParseReader] | None = None, *, ner: str = "names"):
        self.nlp = nlp if nlp is not None else load_pipeline_model()
        # None: every sentence is tagged and parsed; otherwise only the sentences one of
        # these later components asks for (``Pipeline.build`` with ``lang.parse = "needed"``)
        self.readers = tuple(readers) if readers is not None else None
        # "names": NER only on sentences that may hold a name (``warta.lang.nerfocus``,
        # ``lang.ner``); "all": on every sentence
        self.ner = ner

    @classmethod
    def for_model(cls, name: str = MODEL_NAME, *, ner: str = "names") -> LangComponent:
        """The component with the shipped pipeline ``name`` (``lang.model`` of the config)."""
        return cls(load_pipeline_model(name), ner=ner)

    def focused(self, readers: Sequence[ParseReader]) -> LangComponent:
        """The same component, tagging and parsing only the sentences ``readers`` want."""
        return LangComponent(self.nlp, readers, ner=self.ner)

    def __call__(self, doc: Document, resources: Resources) -> Document:
        ann = annotate(self.nlp, doc.body, resources, doc.paragraphs,
                       wanted=self._wanted(resources), names=self._names(resources))
        return self._layers(doc, ann, resources)

    def process_batch(self, docs: Sequence[Document], resources: Resources) -> list[Document]:
        """The same as calling the component on each document, with the model run once
        over the sentences of all of them (``warta.lang.annotate.annotate_many``)."""
        anns = annotate_many(self.nlp, [(d.body, d.paragraphs) for d in docs], resources,
                             wanted=self._wanted(resources), names=self._names(resources))
        return [self._layers(d, ann, resources) for d, ann in zip(docs, anns, strict=True)]

    def _names(self, resources: Resources) -> NameTest | None:
        if self.ner == "all":
            return None
        return lambda words: may_hold_name(words, resources)

    def _wanted(self, resources: Resources) -> ParseWanted | None:
        readers = self.readers
        if readers is None:
            return None
        return lambda words: any(r.wants_parse(words, resources) for r in readers)

    def _layers(self, doc: Document, ann: Annotated, resources: Resources) -> Document:
        from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS

        body = doc.body
        seg = ann.segmentation
        tokens: list[Token] = []
        mentions: list[Mention] = []
        base = 0
        for sdoc in ann.docs:
            mine = seg.tokens[base : base + len(sdoc)]
            parsed = sdoc.has_annotation("DEP")
            if not parsed and not any(sdoc.has_annotation(a) for a in _TAGS):
                # a sentence only NER read, or no component (``lang.parse = "needed"``: about
                # half of them): its records are the segmenter's tokens as they are
                tokens.extend(mine)
            else:
                strings = sdoc.vocab.strings
                # one array read per sentence instead of a spaCy Token object per attribute
                # (heads are offsets relative to the token, stored unsigned)
                cols = sdoc.to_array([LEMMA, POS, DEP, HEAD, MORPH]).tolist()
                for i, (tok, (lemma, pos, dep, rel, morph)) in enumerate(
                        zip(mine, cols, strict=True)):
                    root = rel == 0
                    feats = strings[morph] if morph else ""
                    # a new Token rather than dataclasses.replace: a third of this loop's
                    # time went into replace's field introspection
                    tokens.append(Token(
                        tok.start, tok.end, tok.text,
                        lemma=strings[lemma] or None if lemma else None,
                        upos=strings[pos] or None if pos else None,
                        feats=None if feats in ("", "_") else feats,
                        head=None if root or not parsed else base + i + _signed(rel),
                        dep=None if not parsed else "root" if root else
                        (strings[dep] or None if dep else None),
                        sentence=tok.sentence, parts=tok.parts,
                    ))
            for ent in sdoc.ents:
                start, end = mine[ent.start].start, mine[ent.end - 1].end
                mentions.append(Mention(start, end, body[start:end], source="ner",
                                        label=ent.label_))
            base += len(sdoc)
        anchor = anchor_date(doc.metadata.published)
        words = scan(body)
        dates = find_dates(body, anchor, resources, words=words)
        return dataclasses.replace(
            doc,
            sentences=seg.sentences,
            tokens=tuple(tokens),
            ner=tuple(mentions),
            dates=tuple(dates),
            amounts=tuple(find_amounts(body, resources, dates, words=words)),
        )
