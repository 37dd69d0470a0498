"""lang.v1 on the reference article (read at run time from the shared folder, never copied):
its sentences keep the '"…," katanya.' idiom whole, the Kamis (25/2) weekday conflict is
flagged, and the amounts come out with their kinds. Also the scorer adapter
(``SegmentedPipeline``) gives the scorer exactly the component's tokens and sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.doc import Document, Metadata, RawDocument, Span
from warta.lang.annotate import SegmentedPipeline
from warta.lang.component import LangComponent
from warta.lang.segment import segment
from warta.resources import Resources, load_resources

ROOT = Path(__file__).resolve().parents[2]
SEED = next((p for p in (ROOT.parent / "shared" / "seed" / "seed.gold.json",
                         Path("/work/shared/seed/seed.gold.json")) if p.is_file()), None)


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _seed_doc() -> Document:
    if SEED is None:
        pytest.skip("the shared seed article is not present")
    gold = json.loads(SEED.read_text(encoding="utf-8"))["expected"]
    body = gold["body"]
    raw = RawDocument(id="seed", source="seed", locator="seed", format="text", content=body)
    paras, start = [], 0
    for para in body.split("\n\n"):
        paras.append(Span(start, start + len(para)))
        start += len(para) + 2
    return Document(id="seed", raw=raw, body=body, paragraphs=tuple(paras),
                    metadata=Metadata(published=gold["metadata"]["published"]))


def test_seed_sentences_dates_amounts(res: Resources) -> None:
    import spacy

    doc = _seed_doc()
    out = LangComponent(spacy.blank("id"))(doc, res)
    body = doc.body
    texts = [s.text(body) for s in out.sentences]
    assert len(texts) == 17
    idiom = [t for t in texts if "katanya" in t]
    assert len(idiom) == 2
    assert all(t[0] == '"' and t.endswith('," katanya.') for t in idiom)
    assert all(t[-1] in ".!?" for t in texts)
    by_value = {d.value: d for d in out.dates}
    assert set(by_value) == {"2022-03-02", "2014", "2018", "2022-02-25"}
    assert by_value["2022-02-25"].conflict is not None
    assert by_value["2022-03-02"].conflict is None
    kinds = {a.kind: a for a in out.amounts}
    assert kinds["deaths"].low == 100 and kinds["deaths"].high == 999
    assert kinds["displaced"].low == 680000 and kinds["displaced"].approx == "hampir"
    dicaplok = next(t for t in out.tokens if t.text == "dicaploknya")
    assert [body[p.start : p.end] for p in dicaplok.parts] == ["dicaplok", "nya"]


def test_seed_with_the_model(res: Resources, shipped_nlp: object) -> None:
    doc = _seed_doc()
    out = LangComponent(shipped_nlp)(doc, res)  # type: ignore[arg-type]
    labels = {m.text: m.label for m in out.ner}
    assert labels.get("Maduro") == "PER" or labels.get("Nicolas Maduro") == "PER"
    assert any(t.upos == "VERB" and t.text == "mengecam" for t in out.tokens)


def test_scorer_adapter_matches_the_segmenter(res: Resources) -> None:
    import spacy

    text = ('"Kami siap," kata Kol. Inf. Darmawan. Pasukan tiba Rabu (2/3/2022).\n\n'
            "Warga menyambut di Jl. Merdeka.")
    (sdoc,) = list(SegmentedPipeline(spacy.blank("id"), res).pipe([text]))
    seg = segment(text, res)
    assert [t.text for t in sdoc] == [t.text for t in seg.tokens]
    assert [s.text.strip() for s in sdoc.sents] == [s.text(text) for s in seg.sentences]
