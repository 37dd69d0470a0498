"""Every page under tests/fixtures/html/ (hand-written in one outlet's markup, with made-up
sentences) extracts to the text and hints in its ``.expected.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.clean.html import extract_html
from warta.resources import Resources, load_resources

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def test_html_fixtures_cover_every_outlet_rule(resources: Resources) -> None:
    outlets = {d["outlet"] for k, d in resources.glob("html/").items() if "domains" in d}
    covered = {
        json.loads(p.with_suffix(".expected.json").read_text())["hints"].get("outlet")
        for p in PAGES
    }
    assert outlets <= covered, f"outlet rules without a fixture page: {outlets - covered}"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_html_fixture_page_extracts_expected(page: Path, resources: Resources) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = extract_html(page.read_text(encoding="utf-8"), expected["url"], resources)
    assert result.text == expected["text"]
    assert result.extractor == expected["extractor"]
    for name, value in expected["hints"].items():
        assert getattr(result.hints, name) == value, name


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_html_fixture_page_drops_boilerplate(page: Path, resources: Resources) -> None:
    """No fixture's navigation, footer, 'Baca juga' box or caption reaches the text."""
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = extract_html(page.read_text(encoding="utf-8"), expected["url"], resources).text
    for junk in ("Beranda", "Hak cipta", "Terpopuler", "Baca juga", "Baca Juga", "Foto:",
                 "ADVERTISEMENT", "Gambas", "Editor:"):
        assert junk not in text
