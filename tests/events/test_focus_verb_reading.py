"""``warta.events.focus._forms`` asks the morphology for a word's verb reading only where it
can differ from the plain one, and still finds the roots that only the verb reading gives."""

from __future__ import annotations

import pytest

from warta.events.focus import _forms, wants_parse
from warta.lang.morph import analyze
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def test_a_root_only_the_verb_reading_gives_is_kept(res: Resources) -> None:
    # the plain reading leaves the word whole; read as a verb it is tandatangan + -i
    assert analyze("menandatangani", res, None).root == "menandatangani"
    assert "tandatangan" in _forms("menandatangani", res)
    assert wants_parse(["kedua", "menteri", "menandatangani", "dokumen", "itu"], res)


@pytest.mark.parametrize("word", ["mengecam", "ditangkap", "kerusuhan", "rumah", "jakarta"])
def test_forms_hold_the_plain_and_the_verb_roots_where_they_differ(res: Resources,
                                                                  word: str) -> None:
    forms = _forms(word, res)
    assert analyze(word, res, None).root in forms
    assert analyze(word, res, "VERB").root in forms  # equal to the plain root here


def test_nya_forms_also_give_the_bare_word(res: Resources) -> None:
    assert "serangan" in _forms("serangannya", res)
