"""``training/distil_data.build_from_train`` (Round 10, the shipped ``id_warta_fast``): the
silver text is the training files' own sentences, each once, with the teacher's analyses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.tokens import Doc, DocBin
from training_modules import training_module

if TYPE_CHECKING:
    from spacy.language import Language

TREEBANK = ["Gubernur meresmikan jembatan baru di Kupang pada Senin .",
            "Harga beras turun setelah panen raya ."]
NER_SET = ["Menteri Luar Negeri Sugiono bertemu Duta Besar Jepang di Jakarta .",
           "Harga beras turun setelah panen raya ."]  # also in the treebank file: kept once


def _docbin(path: Path, sentences: list[str]) -> Path:
    vocab = spacy.blank("id").vocab
    DocBin(docs=[Doc(vocab, words=s.split()) for s in sentences]).to_disk(path)
    return path


def test_each_training_sentence_once_with_the_teachers_analyses(
        tmp_path: Path, shipped_nlp: Language) -> None:
    files = [_docbin(tmp_path / "ud.spacy", TREEBANK), _docbin(tmp_path / "ner.spacy", NER_SET)]
    stats = training_module("distil_data").build_from_train(files, tmp_path / "out", shipped_nlp)
    assert stats["sentences"] == 3
    assert stats["tokens"] == sum(len(s.split()) for s in [*TREEBANK, NER_SET[0]])
    silver = list(DocBin().from_disk(stats["path"]).get_docs(spacy.blank("id").vocab))
    assert [" ".join(t.text for t in d) for d in silver] == [*TREEBANK, NER_SET[0]]
    # the student learns tags, parses and entities the teacher gave on those words
    assert all(d.has_annotation("POS") and d.has_annotation("DEP") for d in silver)
    assert any(e.label_ == "PER" and e.text == "Sugiono" for d in silver for e in d.ents)
    assert stats["entities"] == sum(len(d.ents) for d in silver)
