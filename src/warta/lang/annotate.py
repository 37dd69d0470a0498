"""Running the trained spaCy model on Warta's own tokens and sentences.

The model never tokenizes: each sentence of ``segment`` becomes a ``spacy.tokens.Doc`` built
from its tokens (``words``/``spaces``), and the model's components (tagger, morphologizer,
lemmatizer, parser, NER) run on those docs. So every analysis lands on a token whose
offsets into the body are known exactly, a parse never crosses a sentence end, and the same
tokens reach the tagger, the NER and the rule-based layers.

``SegmentedPipeline`` wraps this as an object with spaCy's ``pipe(texts)`` interface, so that
``warta.eval.ud.score_sentences`` scores Warta's segmenter and tokenizer together with the
model, exactly as the ``lang.v1`` component runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from warta.doc import Span
from warta.lang.segment import Segmentation, segment
from warta.lang.words import clitic_words
from warta.resources import Resources

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


# ``Doc.user_data`` key of ``SegmentedPipeline``: token index -> its enclitics as UD words
CLITIC_WORDS = "warta.clitic_words"


def sentence_ranges(seg: Segmentation) -> list[tuple[int, int]]:
    """Each sentence's tokens as a ``[first, last)`` range of ``seg.tokens``."""
    toks = seg.tokens
    out: list[tuple[int, int]] = []
    i = 0
    for si in range(len(seg.sentences)):
        j = i
        while j < len(toks) and toks[j].sentence == si:
            j += 1
        out.append((i, j))
        i = j
    return out


def sentence_docs(vocab: Vocab, text: str, seg: Segmentation) -> list[Doc]:
    """One spaCy Doc per sentence, from the segmentation's tokens (whitespace as a flag)."""
    from spacy.tokens import Doc

    docs: list[Doc] = []
    toks = seg.tokens
    for i, j in sentence_ranges(seg):
        words = [t.text for t in toks[i:j]]
        spaces = [k + 1 < j and toks[k].end < toks[k + 1].start for k in range(i, j)]
        # one sentence per doc: the parser may not start another inside it
        starts: list[bool | int | None] = [k == 0 for k in range(len(words))]
        docs.append(Doc(vocab, words=words, spaces=spaces, sent_starts=starts))
    return docs


@dataclass
class Annotated:
    """A body's segmentation and, per sentence, the model's Doc (``None`` without model)."""

    segmentation: Segmentation
    docs: list[Doc]


# Does a sentence (its lower-cased words) need the tagger, lemmatizer and parser?
ParseWanted = Callable[[Sequence[str]], bool]
# May a sentence (its words as written) hold a name, so that the NER runs on it?
NameTest = Callable[[Sequence[str]], bool]


def always_run(nlp: Language) -> frozenset[str]:
    """The model components that run on every sentence the NER reads even when parsing is
    focused: ``ner`` itself, and a shared encoder (``tok2vec``) that ``ner`` listens to. With
    its own encoder inside the component, ``ner`` needs no other component's output."""
    names = {"ner"}
    for name, proc in nlp.pipeline:
        if "ner" in getattr(proc, "listening_components", ()):
            names.add(name)
    return frozenset(names)


def annotate(nlp: Language, text: str, resources: Resources,
             paragraphs: Sequence[Span] = (), *, batch_size: int = 64,
             wanted: ParseWanted | None = None, names: NameTest | None = None) -> Annotated:
    return annotate_many(nlp, [(text, paragraphs)], resources, batch_size=batch_size,
                         wanted=wanted, names=names)[0]


def annotate_many(nlp: Language, bodies: Sequence[tuple[str, Sequence[Span]]],
                  resources: Resources, *, batch_size: int = 64,
                  wanted: ParseWanted | None = None,
                  names: NameTest | None = None) -> list[Annotated]:
    """``annotate`` for many bodies at once: the sentences of all of them go through one
    ``nlp.pipe``, so the model works on full batches of ``batch_size`` sentences instead of
    one article's dozen sentences at a time. Each sentence is still its own Doc, so the
    result for a body is the one ``annotate`` gives it alone. 64 sentences per model batch
    measured best (160 corpus articles, batches of 32 articles: 4,500 tokens per CPU second
    and 315 MB peak, against 4,100 and 411 MB with 256: the parser's precomputed features
    take tokens × 8 × 128 × 3 floats per batch).

    ``wanted`` (lower-cased words → bool) limits the tagger, lemmatizer and parser to the
    sentences it accepts, ``names`` (words as written → bool, ``warta.lang.nerfocus``) the
    NER; a sentence the NER does not read has no ``doc.ents``. ``None``: every sentence."""
    segs = [segment(text, resources, paragraphs) for text, paragraphs in bodies]
    per_body = [sentence_docs(nlp.vocab, text, seg)
                for (text, _), seg in zip(bodies, segs, strict=True)]
    flat = [d for docs in per_body for d in docs]
    if wanted is None and names is None:
        done = iter(nlp.pipe(flat, batch_size=batch_size))
        return [Annotated(seg, [next(done) for _ in docs])
                for seg, docs in zip(segs, per_body, strict=True)]
    # focused: each component annotates the Docs it is given in place; the parser's and
    # tagger's encoder output reaches them through ``Doc.tensor``, as in ``nlp.pipe``. The
    # tests read Warta's tokens (the Docs' words) rather than a spaCy Token object per word
    ranges = [(seg, i, j) for seg in segs for i, j in sentence_ranges(seg)]
    parse = flat if wanted is None else [
        d for d, (seg, i, j) in zip(flat, ranges, strict=True)
        if wanted([t.text.lower() for t in seg.tokens[i:j]])]
    ner = flat if names is None else [
        d for d, (seg, i, j) in zip(flat, ranges, strict=True)
        if names([t.text for t in seg.tokens[i:j]])]
    # a shared encoder the NER listens to runs on the sentences of either
    if parse is flat or ner is flat:
        either = flat
    else:
        chosen = {id(d) for d in parse} | {id(d) for d in ner}
        either = [d for d in flat if id(d) in chosen]
    always = always_run(nlp)
    for name, proc in nlp.pipeline:
        docs = ner if name == "ner" else either if name in always else parse
        for _ in proc.pipe(docs, batch_size=batch_size):  # type: ignore[attr-defined]
            pass
    return [Annotated(seg, docs) for seg, docs in zip(segs, per_body, strict=True)]


class SegmentedPipeline:
    """``pipe(texts)`` → one spaCy Doc per text: Warta's tokens and sentences, annotated by
    ``nlp`` (or only segmented when ``nlp`` is a blank pipeline)."""

    def __init__(self, nlp: Language, resources: Resources):
        self.nlp = nlp
        self.resources = resources

    def pipe(self, texts: Iterable[str], **_: Any) -> Iterator[Doc]:
        from spacy.tokens import Doc

        for text in texts:
            seg = segment(text, self.resources)
            docs = sentence_docs(self.nlp.vocab, text, seg)
            if self.nlp.pipe_names:
                docs = list(self.nlp.pipe(docs))
            if not docs:
                yield Doc(self.nlp.vocab, words=[])
                continue
            doc = Doc.from_docs(docs, ensure_whitespace=True)
            # UD syntactic words: the enclitics of each token (``bukunya`` = ``buku`` +
            # ``nya``), for writers and scorers of UD words (``warta.eval.ud``)
            doc.user_data[CLITIC_WORDS] = {
                t.i: words for t in doc
                if (words := clitic_words(t.text, self.resources, t.pos_ or None))}
            yield doc
