"""Morphological analysis: meN- assimilation, passives, ber-/per-, suffixes, confixes,
clitics with their roles, reduplication, and the offsets of every part."""

from __future__ import annotations

import pytest

from warta.lang.morph import analyze
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


@pytest.mark.parametrize(
    ("word", "root", "prefixes", "suffixes", "voice"),
    [
        ("mengecam", "kecam", ("meN",), (), "Act"),  # meng-, k dropped
        ("menyatakan", "nyata", ("meN",), ("kan",), "Act"),  # me- before ny-
        ("memukul", "pukul", ("meN",), (), "Act"),  # mem-, p dropped
        ("menyerang", "serang", ("meN",), (), "Act"),  # meny-, s dropped
        ("menembakkan", "tembak", ("meN",), ("kan",), "Act"),  # men-, t dropped
        ("menjadi", "jadi", ("meN",), (), "Act"),
        ("menggunakan", "guna", ("meN",), ("kan",), "Act"),
        ("memiliki", "milik", ("meN",), ("i",), "Act"),
        ("membuat", "buat", ("meN",), (), "Act"),
        ("digunakan", "guna", ("di",), ("kan",), "Pass"),
        ("dibangun", "bangun", ("di",), (), "Pass"),
        ("terletak", "letak", ("ter",), (), "Pass"),
        ("bermain", "main", ("ber",), (), "Act"),
        ("memperbaiki", "baik", ("meN", "per"), ("i",), "Act"),
        ("diperbaiki", "baik", ("di", "per"), ("i",), "Pass"),
        ("kubaca", "baca", ("ku",), (), "Pass"),
        ("kauambil", "ambil", ("kau",), (), "Pass"),
    ],
)
def test_verb_affixes_and_voice(word: str, root: str, prefixes: tuple, suffixes: tuple,
                                voice: str, res: Resources) -> None:
    a = analyze(word, res, upos="VERB")
    assert (a.root, a.prefixes, a.suffixes, a.voice) == (root, prefixes, suffixes, voice)


@pytest.mark.parametrize(
    ("word", "root", "confix"),
    [
        ("kebakaran", "bakar", "ke-an"),
        ("pembangunan", "bangun", "peN-an"),
        ("perdamaian", "damai", "per-an"),
        ("pertemuan", "temu", "per-an"),
    ],
)
def test_nominal_confixes(word: str, root: str, confix: str, res: Resources) -> None:
    a = analyze(word, res)
    assert (a.root, a.confix, a.voice) == (root, confix, None)


def test_passive_with_nya_agent_and_part_offsets(res: Resources) -> None:
    a = analyze("dicaploknya", res, upos="VERB")
    assert (a.root, a.voice, a.clitics) == ("caplok", "Pass", ("nya",))
    spans = [(p.kind, "dicaploknya"[p.start : p.end], p.form, p.role) for p in a.parts]
    assert spans == [("prefix", "di", "di", None), ("root", "caplok", "caplok", None),
                     ("clitic", "nya", "nya", "agent")]


def test_restored_letter_is_in_the_form_not_the_span(res: Resources) -> None:
    a = analyze("Mengecam", res)
    root = next(p for p in a.parts if p.kind == "root")
    assert (root.form, "Mengecam"[root.start : root.end]) == ("kecam", "ecam")
    assert a.parts[0].start == 0 and a.parts[0].end == 4  # "Meng"


@pytest.mark.parametrize(
    ("word", "clitics", "roles"),
    [
        ("mengatakannya", ("nya",), ("object",)),
        ("dibunuhlah", ("lah",), ("particle",)),
        ("rumahnya", ("nya",), ("possessor",)),
        ("apakah", ("kah",), ("particle",)),
        ("merekapun", ("pun",), ("particle",)),
    ],
)
def test_clitics_and_roles(word: str, clitics: tuple, roles: tuple, res: Resources) -> None:
    a = analyze(word, res)
    assert a.clitics == clitics
    assert tuple(p.role for p in a.parts if p.kind == "clitic") == roles
    last = a.parts[-1]
    assert word[last.start : last.end] == clitics[-1]


@pytest.mark.parametrize(
    ("word", "root", "voice"),
    [("luka-luka", "luka", None), ("serang-menyerang", "serang", "Act"),
     ("berbondong-bondong", "bondong", "Act")],
)
def test_reduplication(word: str, root: str, voice: str | None, res: Resources) -> None:
    a = analyze(word, res)
    assert (a.root, a.reduplicated, a.voice) == (root, True, voice)
    kinds = [p.kind for p in a.parts]
    assert "reduplication" in kinds and "root" in kinds
    for p in a.parts:
        assert 0 <= p.start < p.end <= len(word)


def test_lexicalised_word_keeps_its_prefix_voice(res: Resources) -> None:
    a = analyze("terjadi", res, upos="VERB")
    assert (a.root, a.voice) == ("terjadi", "Pass")


def test_bare_verb_is_active_only_when_called_a_verb(res: Resources) -> None:
    assert analyze("datang", res, upos="VERB").voice == "Act"
    assert analyze("datang", res).voice is None


def test_non_words_are_their_own_root(res: Resources) -> None:
    a = analyze("COVID19", res)
    assert a.root == "covid19" and a.parts[0].end == 7
