"""``warta.lang.words.clitic_words``: the enclitics of a surface token as UD words, their
role from the morphological analyser and their UPOS, lemma and relation from
``lang/id/clitic_words.yaml``."""

from __future__ import annotations

import pytest

from warta.lang.words import clitic_words
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


@pytest.mark.parametrize(("token", "upos", "expected"), [
    ("rumahnya", None, [("nya", "PRON", "dia", "nmod:poss")]),  # his house
    ("dijualnya", "VERB", [("nya", "PRON", "dia", "obl:agent")]),  # sold by him
    ("menjualnya", "VERB", [("nya", "PRON", "dia", "obj")]),  # sell it
    ("sepedaku", None, [("ku", "PRON", "aku", "nmod:poss")]),
    ("Bisakah", None, [("kah", "PART", "kah", "advmod:emph")]),
    ("pergilah", "VERB", [("lah", "PART", "lah", "advmod:emph")]),
])
def test_enclitics_become_words_with_their_role(res: Resources, token: str, upos: str | None,
                                               expected: list[tuple[str, ...]]) -> None:
    words = clitic_words(token, res, upos)
    assert [(w.form, w.upos, w.lemma, w.deprel) for w in words] == expected
    # offsets point into the token, after the host
    assert all(token[w.start:w.end] == w.form for w in words)
    assert words[0].start > 0


@pytest.mark.parametrize(("token", "upos"), [
    ("sebelumnya", None), ("Akhirnya", None), ("meskipun", None),  # fused words
    ("Maluku", "PROPN"),  # a name, not malu + -ku
    ("hanya", None), ("tersebut", None), ("kota", None),  # no clitic at all
])
def test_no_words_for_fused_words_names_and_plain_words(res: Resources, token: str,
                                                        upos: str | None) -> None:
    assert clitic_words(token, res, upos) == ()
