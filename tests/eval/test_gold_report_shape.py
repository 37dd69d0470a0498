"""Gold files in, the stable JSON report out: reading, rejects, unevaluated layers, the
``expected`` shape of a Document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.doc import ActorRef, Document, Entity, Event, Metadata, Quote, RawDocument, Span
from warta.errors import EvalError
from warta.eval.gold import Processor, document_to_expected, evaluate_files, read_gold

METADATA_FIELDS = {"outlet", "title", "published", "authors", "dateline", "wire"}


def test_read_jsonl_and_single_json(mini_gold: Path, single_gold: Path) -> None:
    mini = read_gold(mini_gold)
    assert [i.id for i in mini.items] == ["fiksi-rekaman-1", "fiksi-teks-2", "fiksi-html-3",
                                          "fiksi-kosong-4"]
    assert [i.line for i in mini.items] == [1, 2, 3, 4]
    assert len(mini.sha256) == 64
    assert [i.id for i in read_gold(single_gold).items] == ["fiksi-tunggal"]


def test_bad_gold_lines_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "input": {}, "expected": {}}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"bad.jsonl:2"):
        read_gold(bad)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not valid JSON"):
        read_gold(broken)


def test_report_has_the_documented_shape(mini_gold: Path, processor: Processor) -> None:
    report = evaluate_files([mini_gold], processor).report()
    json.dumps(report)  # JSON-ready
    assert set(report) == {"layers", "articles", "rejected", "gold"}
    layers = report["layers"]
    assert set(layers) == {"metadata", "body", "entities", "quotes", "events"}
    assert set(layers["metadata"]) == METADATA_FIELDS
    assert all(set(v) == {"accuracy", "n"} for v in layers["metadata"].values())
    assert {"precision", "recall", "f1", "boilerplate_removed", "n"} <= set(layers["body"])
    assert {"precision", "recall", "f1", "code_accuracy", "sector_accuracy"} <= set(
        layers["entities"])
    assert {"precision", "recall", "f1", "exact_f1", "speaker_accuracy", "direct",
            "indirect"} <= set(layers["quotes"])
    assert layers["events"] == {"evaluated": False, "reason": "not produced by the pipeline"}
    assert [a["id"] for a in report["articles"]][:2] == ["fiksi-rekaman-1", "fiksi-teks-2"]
    assert report["gold"][0]["articles"] == 4


def test_rejected_input_scores_as_empty_and_is_listed(mini_gold: Path,
                                                      processor: Processor) -> None:
    report = evaluate_files([mini_gold], processor).report()
    assert [r["id"] for r in report["rejected"]] == ["fiksi-kosong-4"]
    assert report["rejected"][0]["code"] == "E201"
    blank = next(a for a in report["articles"] if a["id"] == "fiksi-kosong-4")
    assert blank["body"]["f1"] == 0.0
    assert blank["metadata"]["title"]["correct"]  # gold null, empty output null


def test_scores_of_the_fake_pipeline(mini_gold: Path, processor: Processor) -> None:
    run = evaluate_files([mini_gold], processor)
    record = next(a for a in run.articles if a["id"] == "fiksi-rekaman-1")
    assert record["body"]["f1"] == 1.0 and record["body"]["boilerplate_removed"] == 1.0
    assert record["metadata"]["title"]["correct"] and not record["metadata"]["published"][
        "correct"]
    text = next(a for a in run.articles if a["id"] == "fiksi-teks-2")
    assert text["entities"]["tp"] == 1  # "Budi" is Budi Santoso's first name
    assert text["quotes"]["speaker_correct"] == 1
    html_only = run.report(lambda a: a["format"] == "html")
    assert html_only["layers"]["body"]["n"] == 1
    assert 0 < html_only["layers"]["body"]["precision"] < 1  # kept the title and the menu


def test_layer_without_gold_is_not_evaluated(single_gold: Path, processor: Processor) -> None:
    report = evaluate_files([single_gold], processor).report()
    assert report["layers"]["entities"]["evaluated"] is False
    assert report["layers"]["body"]["evaluated"] is True


def test_document_to_expected_follows_the_guide() -> None:
    raw = RawDocument(id="d", source="s", locator="l", format="text", content="x")
    body = "Presiden Contoh mengecam Negara Lain. Ia berkata, \"Kami menolak.\""
    doc = Document(
        id="d", raw=raw, body=body,
        metadata=Metadata(outlet="contoh.id", title="Judul", authors=("A",), wire=("AFP",)),
        entities=(Entity("e1", "Presiden Contoh", "PER", code="XYZ", sector="GOV"),),
        quotes=(Quote(52, 65, "Kami menolak.", "direct", cue="berkata",
                      speaker_name="Presiden Contoh"),),
        events=(Event(ActorRef("XYZ", "GOV", "Presiden Contoh"), None, "ACCUSE", "111",
                      "occurred", Span(0, 37)),),
        provides=frozenset({"raw", "metadata", "body", "entities", "quotes", "events"}))
    out = document_to_expected(doc)
    assert out["metadata"] == {"outlet": "contoh.id", "title": "Judul", "published": None,
                               "authors": ["A"], "dateline": None, "wire": ["AFP"]}
    assert out["entities"] == [{"name": "Presiden Contoh", "type": "PER", "code": "XYZ",
                                "sector": "GOV"}]
    assert out["quotes"][0] == {"text": "Kami menolak.", "speaker": "Presiden Contoh",
                                "kind": "direct", "cue": "berkata"}
    assert out["events"][0]["evidence"] == "Presiden Contoh mengecam Negara Lain."
    assert out["events"][0]["target"] is None
    partial = document_to_expected(Document(id="d", raw=raw, body="x",
                                            provides=frozenset({"raw", "body"})))
    assert partial == {"body": "x"}
