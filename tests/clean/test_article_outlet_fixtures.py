"""Each outlet profile against a fixture written in that outlet's layout (own sentences):
body, metadata, and the body map back to the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.clean.article import clean_raw
from warta.config import CleanConfig
from warta.doc import Hints, RawDocument
from warta.resources import Resources, load_resources

FIXTURES = Path(__file__).parent.parent / "fixtures" / "outlets"
CASES = sorted(FIXTURES.glob("*.expected.json"))
FIELDS = ("outlet", "title", "published", "published_granularity", "authors", "dateline", "wire")


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def _raw(case: Path) -> tuple[RawDocument, dict]:
    expected = json.loads(case.read_text(encoding="utf-8"))
    text = case.with_name(case.name.replace(".expected.json", ".txt")).read_text(encoding="utf-8")
    raw = RawDocument(id=case.stem, source=str(case), locator="file", format=expected["format"],
                      content=text, hints=Hints(**expected.get("hints", {})))
    return raw, expected


def test_every_outlet_profile_has_a_fixture() -> None:
    profiles = {p.stem for p in (Path(__file__).parents[2] / "src/warta/data/outlets").glob("*.yaml")}
    fixtures = {c.name.removesuffix(".expected.json") for c in CASES}
    assert profiles <= fixtures


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_outlet_fixture_body_and_metadata(case: Path, resources: Resources) -> None:
    raw, expected = _raw(case)
    result = clean_raw(raw, resources, CleanConfig())
    assert result.body == expected["body"]
    meta = result.metadata.to_dict()
    for name in FIELDS:
        want = expected["metadata"][name]
        got = list(meta[name]) if isinstance(meta[name], (list, tuple)) else meta[name]
        assert got == want, name


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_outlet_fixture_body_map_points_at_same_characters(case: Path, resources: Resources) -> None:
    raw, _ = _raw(case)
    result = clean_raw(raw, resources, CleanConfig())
    covered = 0
    for seg in result.body_map:
        body_part = result.body[seg.body_start : seg.body_start + seg.length]
        assert body_part == result.source_text[seg.source_start : seg.source_start + seg.length]
        covered += seg.length
    separators = sum(1 for ch in result.body if ch in " \n")
    assert covered + separators >= len(result.body)
