"""Roots attested as words in newswire beat unattested strings, and a word form that still
carries meN-/di- is not a root to stop at (roots.tsv counts forms of the NER training sets)."""

from __future__ import annotations

import pytest

from warta.lang.morph import analyze
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.mark.parametrize(("word", "root", "prefixes", "suffixes"), [
    ("mengorbankan", "korban", ("meN",), ("kan",)),   # not meN- + `orban`
    ("menyesali", "sesal", ("meN",), ("i",)),         # `menyesal` is a form, not a root
    ("dikorbankan", "korban", ("di",), ("kan",)),
])
def test_attested_root_wins(resources: Resources, word: str, root: str,
                            prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> None:
    a = analyze(word, resources, upos="VERB")
    assert (a.root, a.prefixes, a.suffixes) == (root, prefixes, suffixes)


def test_voice_unchanged_by_attested_forms(resources: Resources) -> None:
    assert analyze("dikorbankan", resources, upos="VERB").voice == "Pass"
    assert analyze("mengorbankan", resources, upos="VERB").voice == "Act"
