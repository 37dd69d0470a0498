"""`warta eval ner --json` and `warta eval ud --json` print the `{"layers": {...}}` shape;
the model is replaced by a stand-in so the test needs no trained artefact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

import warta.lang.model
from warta.cli.eval_lang import ner_command, ud_command


def stand_in(nlp: Language) -> Language:
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Medan"}])  # type: ignore[attr-defined]
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(autouse=True)
def fake_model(monkeypatch: pytest.MonkeyPatch, blank_id: Language) -> None:
    nlp = stand_in(blank_id)
    monkeypatch.setattr(warta.lang.model, "load_model", lambda *args, **kwargs: nlp)


def test_ner_json_shape(tmp_path: Path) -> None:
    gold = tmp_path / "g.tsv"
    gold.write_text("Banjir\tO\nmelanda\tO\nMedan\tB-LOCATION\n.\tO\n", encoding="utf-8")
    result = CliRunner().invoke(ner_command, [str(gold), "--format", "tsv", "--json"])
    assert result.exit_code == 0, result.output
    ner = json.loads(result.output)["layers"]["ner"]
    assert ner["f1"] == 1.0
    assert set(ner) == {"precision", "recall", "f1", "per_label"}
    assert ner["per_label"]["LOC"]["support"] == 1


def test_ud_json_shape(tmp_path: Path) -> None:
    gold = tmp_path / "g.conllu"
    gold.write_text("1\tBanjir\tbanjir\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
                    "2\tsurut\tsurut\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
                    "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n", encoding="utf-8")
    result = CliRunner().invoke(ud_command, [str(gold), "--json"])
    assert result.exit_code == 0, result.output
    ud = json.loads(result.output)["layers"]["ud"]
    assert set(ud) == {"sentence_f1", "token_f1", "upos", "lemma", "uas", "las"}
    assert ud["token_f1"] == 1.0
    assert ud["sentence_f1"] == 1.0
