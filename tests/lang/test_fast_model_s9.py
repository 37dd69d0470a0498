"""``lang.model``: the distilled ``id_warta_fast`` pipeline ships beside the default one and is
chosen by configuration, never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.config import MODELS, LangConfig, PipelineConfig
from warta.doc import Hints, RawDocument
from warta.errors import ConfigError
from warta.lang.model import model_path
from warta.pipeline import Pipeline
from warta.resources import Resources, load_resources
from warta.runner import pipeline_fingerprint

FAST = Path(__file__).parents[2] / "configs" / "fast.toml"


def test_default_model_is_the_accurate_one() -> None:
    assert PipelineConfig().lang.model == "id_warta"
    assert PipelineConfig.from_toml(FAST).lang.model == "id_warta_fast"


def test_unknown_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"lang\.model"):
        LangConfig(model="id_warta_large")
    with pytest.raises(ConfigError, match=r"lang\.model"):
        PipelineConfig.from_dict({"lang": {"model": "en_core_web_sm"}})


@pytest.mark.parametrize("name", MODELS)
def test_every_listed_model_ships_with_its_card(name: str) -> None:
    path = model_path(name)
    assert (path / "config.cfg").is_file()
    assert (path / "meta.json").is_file()
    card = (path / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "licen" in card.lower() and "score" in card.lower()


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(scope="module")
def fast() -> Pipeline:
    return Pipeline.build(PipelineConfig.from_toml(FAST))


def _raw(text: str) -> RawDocument:
    body = ("Jakarta - " + text + "\n\nKalimat penutup ini ditulis sendiri untuk pengujian dan "
            "tidak menyebut siapa pun.")
    return RawDocument(id="fast-1", source="test", locator="mem", format="text", content=body,
                       hints=Hints(published="2025-03-10", outlet="contoh.id"))


def test_fast_pipeline_codes_an_event(fast: Pipeline, resources: Resources) -> None:
    doc = fast(_raw("Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di "
                    "Tokyo pada Senin (10/3/2025)."), resources)
    assert doc.tokens and any(t.upos for t in doc.tokens)
    assert [(e.source.code, e.plover, e.target and e.target.code) for e in doc.events] == [
        ("IDN", "CONSULT", "JPN")]


def test_fast_pipeline_names_a_speaker(fast: Pipeline, resources: Resources) -> None:
    doc = fast(_raw("Polisi menangkap seorang pengedar narkoba di Bekasi pada Minggu (9/3/2025) "
                    "malam, kata Kapolres Metro Bekasi Kombes Budi Santoso."), resources)
    assert [q.speaker_name for q in doc.quotes] == ["Budi Santoso"]
    assert any(e.name == "Budi Santoso" and e.code == "IDN" for e in doc.entities)


def test_model_choice_changes_the_fingerprint(fast: Pipeline, resources: Resources) -> None:
    # a store built with one model re-processes its articles when run with the other
    default = Pipeline(fast.components, PipelineConfig())
    assert pipeline_fingerprint(fast, resources) != pipeline_fingerprint(default, resources)
