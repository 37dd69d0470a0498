"""The analyser tries a word only against the prefix rules that share its first two
letters: the index must hold every rule once, in rule order, and stacked prefixes that
start alike (per- after meN-, ber- after ke-) must still be found."""

from __future__ import annotations

import re

import pytest

from warta.lang.morph import _by_start, _Rule, analyze, rules
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def test_index_holds_every_rule_once_in_rule_order(res: Resources) -> None:
    r = rules(res)
    for index, listed in ((r.prefixes_at, r.prefixes), (r.inflecting_at, r.inflecting)):
        assert sorted(map(id, (x for group in index.values() for x in group))) == \
            sorted(map(id, listed))
        for start, group in index.items():
            assert list(group) == [x for x in listed if x.surface.startswith(start)]


def test_a_one_letter_surface_is_refused() -> None:
    short = _Rule("a", "a", ("",), re.compile("[a-z]"), None, False, False, None)
    with pytest.raises(ValueError, match="two letters"):
        _by_start((short,))


@pytest.mark.parametrize(
    ("word", "root", "prefixes", "suffixes", "clitics"),
    [
        ("mempertahankan", "tahan", ("meN", "per"), ("kan",), ()),
        ("dipelajari", "ajar", ("di", "per"), ("i",), ()),
        ("pengesahan", "sah", ("peN",), ("an",), ()),
        ("menyatakannya", "nyata", ("meN",), ("kan",), ("nya",)),
    ],
)
def test_stacked_and_assimilated_prefixes(res: Resources, word: str, root: str,
                                          prefixes: tuple[str, ...], suffixes: tuple[str, ...],
                                          clitics: tuple[str, ...]) -> None:
    a = analyze(word, res)
    assert (a.root, a.prefixes, a.suffixes, a.clitics) == (root, prefixes, suffixes, clitics)
