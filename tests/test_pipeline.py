"""The pipeline contract: build-time validation, purity, coded errors."""

from __future__ import annotations

import dataclasses

import pytest

from warta.config import PipelineConfig
from warta.doc import Document, RawDocument
from warta.errors import ComponentFailed, ConfigError, PipelineOrderError, UnknownComponent
from warta.pipeline import Pipeline, validate_order
from warta.resources import Resources


class Upper:
    name = "upper"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"body"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        return dataclasses.replace(doc, body=doc.raw.content.upper())


class NeedsTokens:
    name = "needs_tokens"
    version = "1"
    requires = frozenset({"tokens"})
    provides = frozenset({"entities"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        return doc


class Broken:
    name = "broken"
    version = "2"
    requires = frozenset({"raw"})
    provides = frozenset({"body"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        raise ValueError("boom")


def _raw(text: str = "Presiden bertemu menteri.") -> RawDocument:
    return RawDocument(id="a1", source="mem", locator="", format="text", content=text)


def _resources() -> Resources:
    return Resources(files={}, fingerprint="test")


def test_pipeline_validation_reports_missing_requirements() -> None:
    with pytest.raises(PipelineOrderError) as err:
        validate_order([Upper(), NeedsTokens()])
    assert "tokens" in str(err.value)
    assert err.value.code == "E402"


def test_pipeline_records_provides_and_versions() -> None:
    pipe = Pipeline((Upper(),), PipelineConfig())
    doc = pipe(_raw(), _resources())
    assert doc.body == "PRESIDEN BERTEMU MENTERI."
    assert doc.provides == {"raw", "body"}
    assert doc.versions == (("upper", "1"),)


def test_pipeline_is_deterministic() -> None:
    pipe = Pipeline((Upper(),), PipelineConfig())
    assert pipe(_raw(), _resources()) == pipe(_raw(), _resources())


def test_component_exception_becomes_coded_error() -> None:
    pipe = Pipeline((Broken(),), PipelineConfig())
    with pytest.raises(ComponentFailed) as err:
        pipe(_raw(), _resources())
    assert str(err.value).startswith("[E403]")
    assert "broken" in str(err.value)


def test_unknown_component_is_an_error() -> None:
    with pytest.raises(UnknownComponent):
        Pipeline.build(PipelineConfig(components=("nope.v9",)))


def test_config_rejects_unknown_keys() -> None:
    with pytest.raises(ConfigError):
        PipelineConfig.from_dict({"componets": ["clean.v1"]})
    with pytest.raises(ConfigError):
        PipelineConfig.from_dict({"clean": {"min_body": 3}})
    cfg = PipelineConfig.from_dict({"clean": {"min_body_chars": 10}})
    assert cfg.clean.min_body_chars == 10


def test_document_round_trips_to_dict() -> None:
    raw = _raw()
    assert RawDocument.from_dict(raw.to_dict()) == raw
    doc = Document.from_raw(raw)
    assert doc.to_dict()["provides"] == ["raw"]


class Skipper:
    name = "skipper"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"body"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        from warta.errors import DocumentSkipped

        raise DocumentSkipped("E201", "no article here")


def test_document_skipped_passes_through_with_its_code() -> None:
    from warta.errors import DocumentSkipped

    pipe = Pipeline((Skipper(),), PipelineConfig())
    with pytest.raises(DocumentSkipped) as err:
        pipe(_raw(), _resources())
    assert err.value.code == "E201"
