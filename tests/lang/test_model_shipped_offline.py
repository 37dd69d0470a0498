"""The trained pipeline ships inside the package and loads with the network cut off."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from warta.lang.model import load_model, model_path

pytestmark = pytest.mark.skipif(
    not (model_path() / "config.cfg").is_file(),
    reason="src/warta/models/id_warta is not committed yet (built by `make train`)",
)


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the model tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_model_loads_and_analyses_a_sentence_offline(no_network: None) -> None:
    nlp = load_model()
    assert {"morphologizer", "trainable_lemmatizer", "parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp("Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang, Jawa Barat, "
              "pada Rabu pagi.")
    assert [t.pos_ for t in doc][:2] != ["", ""]
    assert doc[3].pos_ == "VERB"
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Joko Widodo") == "PER"
    assert "Subang" in labels


def test_model_reads_lower_cased_text(no_network: None) -> None:
    doc = load_model()("menteri keuangan sri mulyani tiba di surabaya kemarin.")
    assert any(e.label_ in ("PER", "LOC") for e in doc.ents)


def test_components_can_be_left_out() -> None:
    assert "ner" not in load_model(exclude=("ner",)).pipe_names
