"""The trained pipeline ships inside the package and loads with the network cut off."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any

import pytest

from warta.lang.annotate import SegmentedPipeline
from warta.lang.model import model_path
from warta.resources import load_resources

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language

pytestmark = pytest.mark.skipif(
    not (model_path() / "config.cfg").is_file(),
    reason="src/warta/models/id_warta is not committed yet (built by `make train`)",
)

SENTENCE = ("Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang, Jawa Barat, "
            "pada Rabu pagi.")


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the model tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def analyse(nlp: Language, text: str) -> Any:
    """The model over Warta's own tokens and sentences, as the language layer runs it (the
    loaded pipeline's own tokenizer only splits on whitespace)."""
    return next(iter(SegmentedPipeline(nlp, load_resources()).pipe([text])))


def test_model_loads_offline_and_components_can_be_left_out(
        no_network: None, load_model_uncached: Callable[..., Language]) -> None:
    # a real load from disk (not the session's shared copy), without the NER component
    nlp = load_model_uncached(exclude=("ner",))
    assert "ner" not in nlp.pipe_names
    assert {"morphologizer", "trainable_lemmatizer", "parser"} <= set(nlp.pipe_names)
    doc = analyse(nlp, SENTENCE)
    assert doc[3].pos_ == "VERB"
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1


def test_model_analyses_a_sentence(shipped_nlp: Language) -> None:
    assert {"morphologizer", "trainable_lemmatizer", "parser", "ner"} <= set(shipped_nlp.pipe_names)
    doc = analyse(shipped_nlp, SENTENCE)
    assert [t.pos_ for t in doc][:2] != ["", ""]
    assert doc[3].pos_ == "VERB"
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Joko Widodo") == "PER"
    assert "Subang" in labels


def test_model_reads_lower_cased_text(shipped_nlp: Language) -> None:
    doc = analyse(shipped_nlp, "menteri keuangan sri mulyani tiba di surabaya kemarin.")
    assert any(e.label_ in ("PER", "LOC") for e in doc.ents)


def test_plain_tokenizer_by_default_spacy_tokenizer_on_request(
        load_model_uncached: Callable[..., Language]) -> None:
    plain = load_model_uncached(exclude=("ner",))
    assert [t.text for t in plain.make_doc("Ia datang, lalu pergi.")] == \
        ["Ia", "datang,", "lalu", "pergi."]
    full = load_model_uncached(exclude=("ner",), spacy_tokenizer=True)
    assert [t.text for t in full.make_doc("Ia datang, lalu pergi.")] == \
        ["Ia", "datang", ",", "lalu", "pergi", "."]
    # on Warta's tokens both annotate alike: the tokenizer plays no part in the analysis
    a, b = analyse(plain, SENTENCE), analyse(full, SENTENCE)
    assert [(t.pos_, t.dep_, t.head.i, t.lemma_) for t in a] == \
        [(t.pos_, t.dep_, t.head.i, t.lemma_) for t in b]
