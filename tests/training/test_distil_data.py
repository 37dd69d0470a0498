"""``training/distil_data.py`` and ``configs/joint_distil.cfg`` (Round 8 of the model card): the
silver training data carry exactly the shipped model's analyses, and the student's config
builds a width-64 pipeline with the shipped model's components."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from training_modules import training_module

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    "Presiden Prabowo Subianto menerima Perdana Menteri Jepang di Istana Merdeka , Jakarta .",
    "Polisi menangkap dua tersangka penipuan di Surabaya pada Selasa malam .",
    "harga cabai di pasar tradisional naik menjelang hari raya .",
]



def _analyses(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.lemma_, str(t.head.i), t.dep_, str(t.is_sent_start),
             t.ent_iob_, t.ent_type_) for t in doc]


def test_silver_data_carry_the_teachers_analyses(shipped_nlp: Language) -> None:
    docs = [Doc(shipped_nlp.vocab, words=s.split()) for s in SENTENCES]
    annotated = list(shipped_nlp.pipe(docs))
    assert any(d.ents for d in annotated)
    back = list(DocBin().from_bytes(training_module("distil_data").silver(annotated).to_bytes())
                .get_docs(spacy.blank("id").vocab))
    assert [_analyses(d) for d in back] == [_analyses(d) for d in annotated]
    # a sentence without entities says "no entity here" (O), not "unknown": the student
    # learns that the teacher found none
    plain = back[2]
    assert not plain.ents and all(t.ent_iob_ == "O" for t in plain)
    example = Example(Doc(plain.vocab, words=[t.text for t in plain]), plain)
    assert all(tag == "O" for tag in example.get_aligned_ner())


def test_student_config_builds_a_width_64_joint_pipeline(shipped_nlp: Language) -> None:
    config = spacy.util.load_config(ROOT / "training" / "configs" / "joint_distil.cfg")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser",
                              "ner"]
    assert set(nlp.pipe_names) >= set(shipped_nlp.pipe_names) - {"tok2vec"}
    assert config["components"]["tok2vec"]["model"]["encode"]["width"] == 64
    for head in ("parser", "ner"):
        assert config["components"][head]["model"]["hidden_width"] == 64
        assert config["components"][head]["model"]["tok2vec"]["@architectures"] == (
            "spacy.Tok2VecListener.v1")
