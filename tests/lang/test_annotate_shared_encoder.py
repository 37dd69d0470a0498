"""Focused parsing with a model whose NER listens to a shared encoder: the encoder must run
on every sentence with the NER, not only on the sentences that are parsed, or the NER of an
unparsed sentence would read an empty encoder output."""

from __future__ import annotations

from typing import Any

import pytest

from warta.lang.annotate import always_run, annotate_many
from warta.resources import Resources, load_resources

spacy = pytest.importorskip("spacy")

LISTENER = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}


def _parser_model(state_type: str, *, listen: bool) -> dict[str, Any]:
    model: dict[str, Any] = {"@architectures": "spacy.TransitionBasedParser.v2",
                             "state_type": state_type, "extra_state_tokens": False,
                             "hidden_width": 16, "maxout_pieces": 2, "use_upper": True,
                             "nO": None}
    if listen:
        model["tok2vec"] = LISTENER
    return model


def _pipeline(*, ner_listens: bool) -> Any:
    nlp = spacy.blank("id")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("parser", config={"model": _parser_model("parser", listen=True)})
    nlp.add_pipe("ner", config={"model": _parser_model("ner", listen=ner_listens)})
    return nlp


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def test_a_shared_encoder_runs_with_ner_on_every_sentence() -> None:
    assert always_run(_pipeline(ner_listens=True)) == {"ner", "tok2vec"}


def test_an_encoder_only_the_parser_reads_follows_the_parse() -> None:
    assert always_run(_pipeline(ner_listens=False)) == {"ner"}


def test_unparsed_sentences_get_the_shared_encoder_output(res: Resources) -> None:
    nlp = _pipeline(ner_listens=True)
    nlp.initialize()
    body = ("Presiden Prabowo Subianto menerima Perdana Menteri Malaysia di Istana Merdeka. "
            "Hujan turun deras di Bogor sepanjang sore.")
    # only the first sentence (with 'menerima') is parsed
    done = annotate_many(nlp, [(body, ())], res, wanted=lambda words: "menerima" in words)
    docs = done[0].docs
    assert len(docs) == 2
    for doc in docs:
        assert doc.tensor.shape == (len(doc), 96)
        assert doc.has_annotation("ENT_IOB")
    assert docs[0].has_annotation("DEP")
    assert not docs[1].has_annotation("DEP")
