"""Glued words the scraper leaves after a hyphenated pair, inside a run of names, and after a
name written in capitals (our own strings): the cuts fall where one word ends and the next
begins, the text is never changed, and real words stay whole."""

from __future__ import annotations

import pytest

from warta.lang.tokenize import split_glued
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _parts(word: str, res: Resources) -> list[str]:
    text = f"Kabar itu {word} pekan lalu."
    start = text.index(word)
    spans = split_glued(text, start, start + len(word), res)
    assert "".join(text[s:e] for s, e in spans) == word
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(("glued", "expected"), [
    # a word glued after the second name of a hyphenated pair
    ("Rusia-Ukrainayang", ["Rusia-Ukraina", "yang"]),
    ("Iran-Israeltidak", ["Iran-Israel", "tidak"]),
    # a name with a word glued after it, before another name
    ("antaraRusiadanUkraina", ["antara", "Rusia", "dan", "Ukraina"]),
    ("ErdoganmengatakanIran", ["Erdogan", "mengatakan", "Iran"]),
    # a function word glued after a name ending in capitals
    ("DirekturMetroTVdan", ["Direktur", "MetroTV", "dan"]),
    ("hargaBBMatau", ["harga", "BBM", "atau"]),
])
def test_glued_words_are_cut(glued: str, expected: list[str], res: Resources) -> None:
    assert _parts(glued, res) == expected


@pytest.mark.parametrize("word", [
    "Asia-Pasifik", "Rusia-Ukraina", "Al-Azhar", "KPKpun", "MotoGP", "Jakartanya",
    "iPhone", "anak-anak", "COVID-19",
])
def test_real_words_stay_whole(word: str, res: Resources) -> None:
    assert _parts(word, res) == [word]
