"""The lang.v1 component on a hand-written article: sentences, tokens, dates against the
publication date, amounts; the trained model's tags and NER when the model is shipped; and a
coded error at build time when it is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from warta.doc import Document, Metadata, RawDocument, Span
from warta.errors import ModelUnavailable
from warta.lang.component import LangComponent, anchor_date, load_pipeline_model
from warta.lang.model import model_path
from warta.resources import Resources, load_resources

if TYPE_CHECKING:
    from spacy.language import Language

BODY = (
    "Kepolisian Daerah Jawa Barat menahan 12 orang terkait bentrokan di Kabupaten Garut, "
    "Senin (7/3/2022).\n\n"
    "\"Kami sudah mengamankan barang bukti berupa senjata tajam,\" kata Kabid Humas Kombes. "
    "Pol. Ibrahim Tompo kepada wartawan di Bandung.\n\n"
    "Menurut warga, sedikitnya 40 orang luka-luka dan kerugiannya mencapai Rp1,5 miliar. "
    "Bentrokan serupa terjadi kemarin."
)
HAS_MODEL = (model_path() / "config.cfg").is_file()


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _doc(body: str = BODY, published: str | None = "2022-03-08T09:00:00+07:00") -> Document:
    raw = RawDocument(id="t1", source="test", locator="t1", format="text", content=body)
    paras, start = [], 0
    for para in body.split("\n\n"):
        paras.append(Span(start, start + len(para)))
        start += len(para) + 2
    return Document(id="t1", raw=raw, body=body, paragraphs=tuple(paras),
                    metadata=Metadata(published=published), provides=frozenset({"raw", "body"}))


@pytest.fixture(scope="module")
def blank_component(blank_id_shared: Language) -> LangComponent:
    return LangComponent(blank_id_shared)


def test_sentences_tokens_dates_amounts(blank_component: LangComponent, res: Resources) -> None:
    out = blank_component(_doc(), res)
    assert [s.text(BODY) for s in out.sentences] == [
        "Kepolisian Daerah Jawa Barat menahan 12 orang terkait bentrokan di Kabupaten Garut, "
        "Senin (7/3/2022).",
        "\"Kami sudah mengamankan barang bukti berupa senjata tajam,\" kata Kabid Humas Kombes. "
        "Pol. Ibrahim Tompo kepada wartawan di Bandung.",
        "Menurut warga, sedikitnya 40 orang luka-luka dan kerugiannya mencapai Rp1,5 miliar.",
        "Bentrokan serupa terjadi kemarin."]
    assert all(BODY[t.start : t.end] == t.text for t in out.tokens)
    kerugian = next(t for t in out.tokens if t.text == "kerugiannya")
    assert [BODY[p.start : p.end] for p in kerugian.parts] == ["kerugian", "nya"]
    values = {d.text: d.value for d in out.dates}
    assert values["Senin (7/3/2022)"] == "2022-03-07"
    assert values["kemarin"] == "2022-03-07"
    kinds = {a.text: a.kind for a in out.amounts}
    assert kinds["sedikitnya 40 orang"] == "injured"
    assert any(a.unit == "Rp" and a.low == 1.5e9 for a in out.amounts)


def test_without_model_annotations_stay_empty(blank_component: LangComponent,
                                              res: Resources) -> None:
    out = blank_component(_doc(), res)
    assert all(t.upos is None and t.head is None and t.dep is None for t in out.tokens)
    assert out.ner == ()


def test_component_is_pure(blank_component: LangComponent, res: Resources) -> None:
    doc = _doc()
    assert blank_component(doc, res) == blank_component(doc, res)
    assert doc.tokens == ()


def test_empty_body_and_unknown_date(blank_component: LangComponent, res: Resources) -> None:
    out = blank_component(_doc(body="", published=None), res)
    assert out.sentences == () and out.tokens == () and out.dates == ()
    assert anchor_date("2022-03-08") is not None
    assert anchor_date("kemarin") is None


def test_missing_model_is_a_coded_build_error() -> None:
    with pytest.raises(ModelUnavailable) as err:
        load_pipeline_model("no_such_model")
    assert err.value.code == "E405"


@pytest.fixture(scope="module")
def model_component(shipped_nlp: Language) -> LangComponent:
    if not HAS_MODEL:
        pytest.skip("the trained model is not in the package yet (make train)")
    return LangComponent(shipped_nlp)


def test_model_annotates_our_tokens(model_component: LangComponent, res: Resources) -> None:
    out = model_component(_doc(), res)
    assert all(BODY[t.start : t.end] == t.text for t in out.tokens)
    assert sum(t.upos is not None for t in out.tokens) == len(out.tokens)
    for t in out.tokens:
        if t.head is not None:
            assert out.tokens[t.head].sentence == t.sentence
    roots = [t for t in out.tokens if t.dep == "root"]
    assert len(roots) == len(out.sentences)  # the parser keeps our sentence ends
    names = {(m.text, m.label) for m in out.ner}
    assert all(BODY[m.start : m.end] == m.text for m in out.ner)
    assert any(text == "Garut" or text.endswith("Garut") for text, _ in names)
