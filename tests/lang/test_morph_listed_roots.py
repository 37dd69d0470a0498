"""Root choice classes: a listed root that begins like a prefix is kept whole; a letter
dropped by meN-/peN- is restored when the restored root is known; a known root beats an
unknown one that needs more affixes; me-/pe- never leave a root starting with a nasal
cluster; ai/au inside a root are two syllables; ku- and a bare -i do not cut an unknown
word. Word lists written for these tests from standard Indonesian (KBBI headwords)."""

from __future__ import annotations

import pytest

from warta.lang.morph import analyze
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _cut(word: str, res: Resources, upos: str | None = "VERB") -> tuple[object, ...]:
    a = analyze(word, res, upos=upos)
    return a.root, a.prefixes, a.suffixes


@pytest.mark.parametrize(("word", "root", "prefixes", "suffixes"), [
    # a root that begins like ber-/per-/ter- is not cut when the lexicon lists it
    ("berangkat", "berangkat", (), ()),
    ("memberangkatkan", "berangkat", ("meN",), ("kan",)),
    ("diberangkatkan", "berangkat", ("di",), ("kan",)),
    ("memberitahukan", "beritahu", ("meN",), ("kan",)),
    ("diberitahu", "beritahu", ("di",), ()),
    ("memperoleh", "peroleh", ("meN",), ()),
    ("diperolehnya", "peroleh", ("di",), ()),
    ("perang", "perang", (), ()),
    ("berperang", "perang", ("ber",), ()),
    ("memberantas", "berantas", ("meN",), ()),
    ("berteriak", "teriak", ("ber",), ()),
    ("diterjemahkan", "terjemah", ("di",), ("kan",)),
    ("terperangkap", "perangkap", ("ter",), ()),
    ("terapi", "terapi", (), ()),          # not terap + -i, though `terap` is a root too
    ("menerapkan", "terap", ("meN",), ("kan",)),
    # a known root never loses to an unknown one with more affixes
    ("diperiksa", "periksa", ("di",), ()),
    ("memeriksanya", "periksa", ("meN",), ()),
    # per- before `ajar` is pel- (as ber- is bel-)
    ("mempelajari", "ajar", ("meN", "per"), ("i",)),
    ("dipelajari", "ajar", ("di", "per"), ("i",)),
    # k/p/t/s dropped after meN-/peN- come back when the restored root is known
    ("menguburkan", "kubur", ("meN",), ("kan",)),
    ("mengubur", "kubur", ("meN",), ()),
    ("menebang", "tebang", ("meN",), ()),
    ("menyusun", "susun", ("meN",), ()),
    ("memakai", "pakai", ("meN",), ()),     # not me- + the conjunction `maka` + -i
    ("mengepung", "kepung", ("meN",), ()),
    ("memanggil", "panggil", ("meN",), ()),
    # mem- before b, never me- + `mb...`
    ("membuang", "buang", ("meN",), ()),
    ("membuangnya", "buang", ("meN",), ()),
    # ai/au inside a root: `naik`, `baik`, `gaung` have two syllables
    ("digaungkan", "gaung", ("di",), ("kan",)),
    ("memperbaikinya", "baik", ("meN", "per"), ("i",)),
])
def test_verb_roots(word: str, root: str, prefixes: tuple[str, ...],
                    suffixes: tuple[str, ...], res: Resources) -> None:
    assert _cut(word, res) == (root, prefixes, suffixes)


@pytest.mark.parametrize(("word", "root"), [
    ("kuburan", "kubur"),          # kubur + -an, not ku- + `buran`
    ("pemeriksaan", "periksa"),
    ("keberangkatan", "berangkat"),
    ("pemrograman", "program"),   # peN- drops the p of a loan before r
    ("pemrosesan", "proses"),
    ("pelajaran", "ajar"),
    ("kenaikan", "naik"),
])
def test_noun_roots(word: str, root: str, res: Resources) -> None:
    assert analyze(word, res).root == root


@pytest.mark.parametrize(("word", "root", "voice"), [
    ("berangkat", "berangkat", "Act"),
    ("diberangkatkan", "berangkat", "Pass"),
    ("diberitahu", "beritahu", "Pass"),
    ("memperoleh", "peroleh", "Act"),
])
def test_voice_kept(word: str, root: str, voice: str, res: Resources) -> None:
    a = analyze(word, res, upos="VERB")
    assert (a.root, a.voice) == (root, voice)


@pytest.mark.parametrize(("word", "root"), [
    # what the fixes must not break
    ("mengecam", "kecam"),
    ("menyatakan", "nyata"),
    ("dicaploknya", "caplok"),
    ("terbang", "terbang"),
    ("pertanda", "tanda"),
    ("memasak", "masak"),
    ("menyanyi", "nyanyi"),
    ("mengorbankan", "korban"),
    ("memperbaiki", "baik"),
    ("penduduk", "duduk"),
    ("bermain", "main"),
])
def test_unbroken(word: str, root: str, res: Resources) -> None:
    assert analyze(word, res, upos="VERB").root == root


@pytest.mark.parametrize("word", ["belajar", "terjadi", "menurut"])
def test_fused_word_kept_under_a_clitic(word: str, res: Resources) -> None:
    for clitic in ("nya", "lah"):
        a = analyze(word + clitic, res, upos="VERB")
        assert (a.root, a.prefixes, a.clitics) == (word, (), (clitic,))


@pytest.mark.parametrize("word", ["kuwait", "kudeta", "kuota", "kurikulum", "kuliner"])
def test_ku_does_not_cut_an_unknown_word(word: str, res: Resources) -> None:
    a = analyze(word, res)
    assert (a.root, a.prefixes) == (word, ())


@pytest.mark.parametrize("word", ["hewani", "ahmadi", "resesi"])
def test_bare_i_does_not_cut_a_noun(word: str, res: Resources) -> None:
    assert analyze(word, res).root == word


def test_bare_i_verb_still_cut(res: Resources) -> None:
    a = analyze("sadari", res, upos="VERB")
    assert (a.root, a.suffixes) == ("sadar", ("i",))


@pytest.mark.parametrize("word", ["serius", "seminar", "sekretariat", "senjata"])
def test_se_does_not_cut_an_unknown_word(word: str, res: Resources) -> None:
    a = analyze(word, res)
    assert (a.root, a.prefixes) == (word, ())


@pytest.mark.parametrize(("word", "root"), [
    ("sebuah", "buah"),            # se- still takes a known root
    ("sejumlah", "jumlah"),
])
def test_se_with_a_known_root(word: str, root: str, res: Resources) -> None:
    assert analyze(word, res).root == root


@pytest.mark.parametrize(("word", "root", "prefixes"), [
    # listed loanwords and roots that begin like di-/per-/ter-/peN- stay whole
    ("digital", "digital", ()),
    ("diplomasi", "diplomasi", ()),
    ("terminal", "terminal", ()),
    ("perdana", "perdana", ()),
    ("pengantin", "pengantin", ()),
    ("kementerian", "menteri", ("ke",)),
    ("pemberontakan", "berontak", ("peN",)),
])
def test_listed_loanwords(word: str, root: str, prefixes: tuple[str, ...],
                          res: Resources) -> None:
    a = analyze(word, res)
    assert (a.root, a.prefixes) == (root, prefixes)


@pytest.mark.parametrize(("word", "root", "prefixes", "suffixes"), [
    # a one-syllable root between a prefix and -kan/-an; menge-/penge- also under a suffix
    ("disahkan", "sah", ("di",), ("kan",)),
    ("mengesahkan", "sah", ("meN",), ("kan",)),
    ("pengesahan", "sah", ("peN",), ("an",)),
    ("pengeboman", "bom", ("peN",), ("an",)),
    ("mengebom", "bom", ("meN",), ()),
    ("mengeluarkan", "keluar", ("meN",), ("kan",)),  # menge- is for one-syllable roots only
])
def test_one_syllable_roots(word: str, root: str, prefixes: tuple[str, ...],
                            suffixes: tuple[str, ...], res: Resources) -> None:
    assert _cut(word, res, None) == (root, prefixes, suffixes)
