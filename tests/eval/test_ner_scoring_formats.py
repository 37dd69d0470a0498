"""Entity-level NER scoring: tiny BIO files of our own in the three public layouts, scored
against a rule-based stand-in model (spaCy's entity ruler) whose output the test controls."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from warta.errors import EvalError
from warta.eval.ner import label_map, map_tags, score_file, spans_from_bio


def ruler_model(nlp: Language, patterns: list[tuple[str, str]]) -> Language:
    """``nlp`` (the session's blank Indonesian pipeline) with an entity ruler for ``patterns``."""
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in patterns])  # type: ignore[attr-defined]
    return nlp


MODEL = [("PER", "Sri Mulyani"), ("LOC", "Surabaya"), ("ORG", "Bank Indonesia")]

# Our own sentences: "Sri Mulyani tiba di Surabaya ." / "Bank Indonesia menaikkan suku bunga ."
TSV = ("Sri\tB-PERSON\nMulyani\tI-PERSON\ntiba\tO\ndi\tO\nSurabaya\tB-LOCATION\n.\tO\n\n"
       "Bank\tB-ORGANIZATION\nIndonesia\tI-ORGANIZATION\nmenaikkan\tO\nsuku\tO\nbunga\tO\n"
       "Senin\tB-TIME\n.\tO\n")
CONLL = ("Sri PROPN B-PER\r\nMulyani PROPN I-PER\r\ntiba VERB O\r\ndi ADP O\r\n"
         "Surabaya PROPN B-LOC\r\n. PUNCT O\r\n\r\n")
INDONLU = ("sri\tB-PPL\nmulyani\tI-PPL\ntiba\tO\ndi\tO\nsurabaya\tB-PLC\nsaat\tO\n"
           "hut\tB-EVT\nbank\tB-IND\nindonesia\tI-IND\n.\tO\n")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize(("fmt", "text"), [("tsv", TSV), ("conll", CONLL), ("indonlu", INDONLU)])
def test_model_that_finds_every_entity_scores_one(tmp_path: Path, fmt: str, text: str,
                                                  blank_id: Language) -> None:
    scores = score_file(write(tmp_path, f"gold.{fmt}", text), fmt, ruler_model(blank_id, MODEL))
    assert (scores["precision"], scores["recall"], scores["f1"]) == (1.0, 1.0, 1.0)


def test_missed_entity_costs_recall_only(tmp_path: Path, blank_id: Language) -> None:
    model = ruler_model(blank_id, [("PER", "Sri Mulyani"), ("LOC", "Surabaya")])
    scores = score_file(write(tmp_path, "gold.tsv", TSV), "tsv", model)
    assert scores["precision"] == 1.0
    assert scores["recall"] == pytest.approx(round(2 / 3, 4))
    assert scores["per_label"]["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                          "support": 1}


def test_partial_span_is_both_a_false_positive_and_a_miss(tmp_path: Path,
                                                          blank_id: Language) -> None:
    model = ruler_model(blank_id, [("PER", "Mulyani"), ("LOC", "Surabaya"),
                                   ("ORG", "Bank Indonesia")])
    scores = score_file(write(tmp_path, "gold.tsv", TSV), "tsv", model)
    assert scores["counts"] == {"tp": 2, "fp": 1, "fn": 1}


def test_wrong_label_is_not_a_match(tmp_path: Path, blank_id: Language) -> None:
    model = ruler_model(blank_id, [("PER", "Sri Mulyani"), ("ORG", "Surabaya"),
                                   ("ORG", "Bank Indonesia")])
    scores = score_file(write(tmp_path, "gold.tsv", TSV), "tsv", model)
    assert scores["per_label"]["LOC"]["recall"] == 0.0
    assert scores["per_label"]["ORG"]["precision"] == 0.5


def test_dropped_types_are_not_scored(tmp_path: Path, blank_id: Language) -> None:
    # TIME (UGM) and EVT (NERP) map to O: a model that ignores them loses nothing
    model = ruler_model(blank_id, MODEL)
    assert score_file(write(tmp_path, "g.tsv", TSV), "tsv", model)["f1"] == 1.0
    assert label_map("tsv")["TIME"] == "O"
    assert label_map("indonlu")["EVT"] == "O"


def test_case_variant_rescores_the_same_gold(tmp_path: Path, blank_id: Language) -> None:
    model = ruler_model(blank_id, MODEL)
    scores = score_file(write(tmp_path, "g.tsv", TSV), "tsv", model, case="upper")
    assert scores["f1"] == 1.0  # the ruler matches on LOWER, so upper-casing changes nothing


def test_stray_inside_tag_opens_an_entity() -> None:
    tags = map_tags(["O", "I-PERSON", "I-PERSON", "B-LOCATION"], label_map("tsv"))
    assert tags == ["O", "B-PER", "I-PER", "B-LOC"]
    assert spans_from_bio(tags) == [(1, 3, "PER"), (3, 4, "LOC")]


def test_unknown_label_is_an_error_not_a_silent_drop(tmp_path: Path, blank_id: Language) -> None:
    path = write(tmp_path, "g.tsv", "Kapal\tB-VEHICLE\n")
    with pytest.raises(EvalError):
        score_file(path, "tsv", ruler_model(blank_id, MODEL))
