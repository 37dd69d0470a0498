"""The five public NER sets -> one PER/ORG/LOC DocBin, with case augmentation.

Files are read and their labels mapped by ``warta.eval.ner`` (the table in
``src/warta/data/ner/label_map.tsv``), so training and scoring share one mapping. The token
lists are detokenised lightly (no space before ``,.;:!?)`` or after ``(``) so that the text
looks like what the run-time tokenizer meets; spaCy re-tokenises it and aligns the entities.

Case augmentation: news arrives lower-cased (NERP, scraped captions) and headline-cased, and a
model trained on well-cased text alone loses 12-18 F1 points there. A seeded share of the
mixed-case sentences is added again lower-cased, title-cased and upper-cased.

Overlap: idner-news-2k re-annotates part of NER-UGM (580 sentences in both train files, 30%
with different labels), 155 idner dev sentences sit in UGM train, 71 UGM dev sentences in idner
train, and 79 NERP dev sentences repeat in NERP train. With ``drop_overlap`` every training
sentence whose words equal a sentence of any dev file is dropped (so dev scores are not
inflated), and a sentence seen in an earlier set is not added again (idner-news-2k comes first:
its labels are the revision of UGM's). The shipped model was trained without it (its idner and
UGM dev scores are inflated by 2-3 points, see MODEL_CARD.md); the default keeps ``make train``
reproducing that model.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from warta.eval.ner import label_map, map_tags, read_ner_file, recase, spans_from_bio


@dataclass(frozen=True)
class NerSet:
    name: str
    fmt: str
    train: str  # relative to data/train
    dev: str  # relative to data/dev


SETS = (
    NerSet("idner_news_2k", "conll", "idner_news_2k/train.txt", "ner/idner_news_2k.dev.txt"),
    NerSet("indolem_ner_ui", "tsv", "indolem_ner_ui/train.01.tsv",
           "ner/indolem_ner_ui.dev.01.tsv"),
    NerSet("indolem_ner_ugm", "tsv", "indolem_ner_ugm/train.01.tsv",
           "ner/indolem_ner_ugm.dev.01.tsv"),
    NerSet("indonlu_nergrit", "indonlu", "indonlu_nergrit/train_preprocess.txt",
           "ner/indonlu_nergrit.valid.txt"),
    NerSet("indonlu_nerp", "indonlu", "indonlu_nerp/train_preprocess.txt",
           "ner/indonlu_nerp.valid.txt"),
)

# share of mixed-case training sentences added again in each casing
AUGMENT = {"lower": 0.25, "title": 0.08, "upper": 0.05}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "%"}
NO_SPACE_AFTER = {"("}


def spaces_for(words: Sequence[str]) -> list[bool]:
    out = []
    for i in range(len(words)):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        out.append(bool(nxt) and nxt not in NO_SPACE_BEFORE and words[i] not in NO_SPACE_AFTER)
    return out


def make_doc(nlp: Language, words: Sequence[str], tags: Sequence[str]) -> Doc:
    doc = Doc(nlp.vocab, words=list(words), spaces=spaces_for(words))
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans_from_bio(tags)]
    return doc


def set_docs(nlp: Language, path: Path, fmt: str, *, augment: bool, rng: random.Random,
             seen: set[tuple[str, ...]] | None = None) -> list[Doc]:
    """Docs of one file; with ``seen``, sentences already in it are skipped and new ones added."""
    mapping = label_map(fmt)
    docs: list[Doc] = []
    for sent in read_ner_file(path, fmt):
        if seen is not None:
            key = tuple(sent.words)
            if key in seen:
                continue
            seen.add(key)
        tags = map_tags(sent.tags, mapping)
        docs.append(make_doc(nlp, sent.words, tags))
        if not augment or not any(w != w.lower() for w in sent.words):
            continue
        for case, share in AUGMENT.items():
            if rng.random() < share:
                docs.append(make_doc(nlp, recase(sent.words, case), tags))
    return docs


def build(shared: Path, out: Path, nlp: Language, *, seed: int = 13,
          drop_overlap: bool = False) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    train: list[Doc] = []
    dev: list[Doc] = []
    for s in SETS:
        dev += set_docs(nlp, shared / "data" / "dev" / s.dev, s.fmt, augment=False, rng=rng)
    seen = ({tuple(sent.words) for s in SETS
             for sent in read_ner_file(shared / "data" / "dev" / s.dev, s.fmt)}
            if drop_overlap else None)
    for s in SETS:
        train += set_docs(nlp, shared / "data" / "train" / s.train, s.fmt, augment=True, rng=rng,
                          seen=seen)
    random.Random(seed).shuffle(train)
    paths = {"train": out / "ner-train.spacy", "dev": out / "ner-dev.spacy"}
    DocBin(docs=train, store_user_data=False).to_disk(paths["train"])
    DocBin(docs=dev, store_user_data=False).to_disk(paths["dev"])
    return paths
