"""Raw Indonesian news -> one DocBin of sentences for ``spacy pretrain`` of the NER encoder.

The NER's token encoder is pretrained (``training/configs/ner_pretrain.cfg``, the characters
objective) on text it will meet at run time, cut the way Warta cuts it: every article of
``<shared>/data/corpora`` is read by ``warta.ingest.iter_inputs``, cleaned by
``warta.clean.article.clean_raw`` (boilerplate, datelines, tails dropped), segmented by
``warta.lang.segment`` and turned into one spaCy Doc per sentence by
``warta.lang.annotate.sentence_docs``, the function the language layer runs. So the encoder
sees Warta's tokens (not spaCy's tokenizer's), and the DocBin keeps them as they are (a JSONL
``{"text": ...}`` corpus would be re-tokenised by spaCy).

The words of the five NER train files are added (their sentences as annotated, without case
augmentation), so the encoder has also seen the training text's vocabulary; nothing of the
dev files is used: every sentence whose words equal a sentence of a NER dev file is dropped.
Exact duplicates (syndicated articles, repeated captions and bylines) are kept once, and
sentences under ``MIN_TOKENS`` tokens (bylines, photo credits) or over ``MAX_TOKENS`` (lists
flattened into one "sentence") are skipped. Sentences are shuffled with a fixed seed, so
``spacy pretrain``, which reads the corpus in file order every epoch, does not learn one outlet
at a time.

The DocBin is derived from third-party articles and is written under ``training/work``
(never committed); only the pretrained weights reach the package, through the NER model.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from warta.clean.article import clean_raw
from warta.config import CleanConfig
from warta.doc import RawDocument
from warta.errors import WartaError
from warta.eval.ner import read_ner_file
from warta.ingest import IngestOptions, iter_inputs
from warta.lang.annotate import sentence_docs
from warta.lang.segment import segment
from warta.resources import load_resources

MIN_TOKENS = 5  # as spaCy's own pretraining corpus reader (min_length = 5)
MAX_TOKENS = 150


def corpus_docs(corpora: Path, nlp: Language, skip: set[tuple[str, ...]],
                stats: dict[str, int]) -> list[Doc]:
    """Sentence Docs of every article Warta's cleaner accepts, new sentences only."""
    resources = load_resources()
    config = CleanConfig()
    bodies: set[str] = set()
    docs: list[Doc] = []
    for item in iter_inputs([str(corpora)], IngestOptions()):
        if not isinstance(item, RawDocument):
            stats["rejected"] += 1
            continue
        try:
            res = clean_raw(item, resources, config)
        except WartaError:  # not an article (E201) and other per-input errors
            stats["rejected"] += 1
            continue
        if res.content_hash in bodies:
            stats["duplicate_articles"] += 1
            continue
        bodies.add(res.content_hash)
        stats["articles"] += 1
        seg = segment(res.body, resources, res.paragraphs)
        for doc in sentence_docs(nlp.vocab, res.body, seg):
            key = tuple(t.text for t in doc)
            if not MIN_TOKENS <= len(key) <= MAX_TOKENS or key in skip:
                continue
            skip.add(key)
            docs.append(doc)
    stats["corpus_sentences"] = len(docs)
    return docs


def build(shared: Path, out: Path, nlp: Language, *, seed: int = 13) -> dict[str, Any]:
    """Write ``out/pretrain.spacy``; returns its path and counts (for the model card)."""
    import ner_data

    stats = {"articles": 0, "rejected": 0, "duplicate_articles": 0}
    # the dev sentences are never seen; a sentence is kept once
    skip = {tuple(sent.words) for s in ner_data.SETS
            for sent in read_ner_file(shared / "data" / "dev" / s.dev, s.fmt)}
    docs = corpus_docs(shared / "data" / "corpora", nlp, skip, stats)
    n_ner = 0
    for s in ner_data.SETS:
        for sent in read_ner_file(shared / "data" / "train" / s.train, s.fmt):
            key = tuple(sent.words)
            if len(key) < MIN_TOKENS or key in skip:
                continue
            skip.add(key)
            docs.append(Doc(nlp.vocab, words=list(key), spaces=ner_data.spaces_for(key)))
            n_ner += 1
    random.Random(seed).shuffle(docs)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "pretrain.spacy"
    DocBin(docs=docs, attrs=["ORTH"], store_user_data=False).to_disk(path)
    return {"path": path, **stats, "ner_train_sentences": n_ner, "sentences": len(docs),
            "tokens": sum(len(d) for d in docs)}
