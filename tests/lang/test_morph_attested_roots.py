"""Roots attested as words in newswire (news_words.tsv, built from the NER training sets)
beat unattested strings when reached by stripping affixes; a news word is never a reason to
stop stripping (`lainnya`), and a news word that is a known word plus a suffix is no root."""

from __future__ import annotations

import pytest

from warta.lang.morph import analyze
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.mark.parametrize(("word", "root", "prefixes", "suffixes"), [
    ("mengorbankan", "korban", ("meN",), ("kan",)),   # not meN- + `orban`
    ("mengunci", "kunci", ("meN",), ()),              # not `unci`
    ("lainnya", "lain", (), ()),                      # the clitic still comes off
    ("menyerukan", "seru", ("meN",), ("kan",)),        # `serukan` is seru + -kan
    ("dikorbankan", "korban", ("di",), ("kan",)),
])
def test_attested_root_wins(resources: Resources, word: str, root: str,
                            prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> None:
    a = analyze(word, resources, upos="VERB")
    assert (a.root, a.prefixes, a.suffixes) == (root, prefixes, suffixes)


def test_voice_unchanged_by_attested_forms(resources: Resources) -> None:
    assert analyze("dikorbankan", resources, upos="VERB").voice == "Pass"
    assert analyze("mengorbankan", resources, upos="VERB").voice == "Act"
