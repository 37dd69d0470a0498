"""Text annotated by the shipped model: silver data for a smaller student model.

``build_from_train`` (the default of ``scripts/train.py --distil``, and the recipe of the
shipped ``id_warta_fast``) annotates the public training sentences themselves; ``build``
(Round 8 of the model card, never shipped) annotated sentences of the scraped corpora.

Round 7 of the model card showed that a cheaper model (one encoder for all heads) can match
the shipped one on its own dev sets and still lose on what the later layers read, because
Warta's quote and event rules were written against the shipped model's parses and entities.
Distillation trains the student to give the shipped model's analyses on the text Warta meets:
sentences of ``<shared>/data/corpora``, cleaned and cut exactly as the language layer cuts
them (``pretrain_data.corpus_docs``), annotated by the shipped pipeline on every sentence
(tags, lemmas, heads, relations, entities), alongside the gold treebank and NER data.

No sentence of a NER train or dev file is used (the gold data speak for those), duplicates
are kept once, and a fixed seed draws the sample. The DocBin is derived from third-party
articles and is written under ``training/work`` (never committed).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from warta.eval.ner import read_ner_file

ATTRS = ["ORTH", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]


def build(shared: Path, out: Path, teacher: Language, *, sentences: int,
          seed: int = 13) -> dict[str, Any]:
    """Write ``out/silver.spacy``: ``sentences`` corpus sentences annotated by ``teacher``;
    returns its path and counts (for the model card)."""
    import ner_data
    import pretrain_data

    stats = {"articles": 0, "rejected": 0, "duplicate_articles": 0}
    skip = {tuple(sent.words) for s in ner_data.SETS
            for folder, name in (("dev", s.dev), ("train", s.train))
            for sent in read_ner_file(shared / "data" / folder / name, s.fmt)}
    docs = pretrain_data.corpus_docs(shared / "data" / "corpora", teacher, skip, stats)
    random.Random(seed).shuffle(docs)
    docs = docs[:sentences]
    return {**_annotate_into(docs, out, teacher), **stats}


def build_from_train(docbins: list[Path], out: Path, teacher: Language) -> dict[str, Any]:
    """Write ``out/silver.spacy`` from public training text only: the words of every
    sentence of ``docbins`` (the converted treebank and NER train files), annotated by
    ``teacher`` with everything it predicts. The student then sees the teacher's tags and
    parses on ~13k NER-set sentences of news text (the treebanks hold ~1.3k) and its
    entities on the treebank sentences. Sentences are kept once (the NER DocBin holds
    lower-cased augmentation copies, which are kept as such)."""
    seen: set[tuple[str, ...]] = set()
    docs: list[Doc] = []
    for path in docbins:
        for doc in DocBin().from_disk(path).get_docs(teacher.vocab):
            key = tuple(t.text for t in doc)
            if not key or key in seen:
                continue
            seen.add(key)
            docs.append(Doc(teacher.vocab, words=list(key),
                            spaces=[bool(t.whitespace_) for t in doc]))
    return _annotate_into(docs, out, teacher)


def _annotate_into(docs: list[Doc], out: Path, teacher: Language) -> dict[str, Any]:
    """``docs`` annotated by ``teacher`` and written to ``out/silver.spacy``; its path and
    counts (for the model card)."""
    annotated = list(teacher.pipe(docs, batch_size=256))
    out.mkdir(parents=True, exist_ok=True)
    path = out / "silver.spacy"
    silver(annotated).to_disk(path)
    return {"path": path, "sentences": len(annotated),
            "tokens": sum(len(d) for d in annotated),
            "entities": sum(len(d.ents) for d in annotated)}


def silver(annotated: list[Doc]) -> DocBin:
    """The teacher's analyses as training annotation: tags, lemmas, heads, relations,
    sentence starts and entities (an entity-free sentence is a sentence with none, not one
    with missing labels: the teacher ran NER on it)."""
    return DocBin(docs=annotated, attrs=ATTRS, store_user_data=False)
