"""The date finder tries its patterns only where a match can begin (``dates._matches``):
it must give exactly what ``finditer`` gives. Sentences written for these tests."""

from __future__ import annotations

import random

import pytest

from warta.lang import dates
from warta.resources import Resources, load_resources

TEXTS = [
    "Rapat digelar Rabu (2/3/2022) dan dilanjutkan Kamis, 3 Maret 2022 pukul 09.00 WIB.",
    "Pada tahun 2014 desa itu berdiri; sejak 2018 lalu warganya 2018 orang.",
    "Proyek ini dimulai  MARET 2021, diresmikan 2021-06-30, ditinjau (  5/7 ) dan Jum'at 9/7.",
    "Skor 24/7 dan 20-30 bukan tanggal, 1.5 juga bukan; Sept. 2020 dan 12 Des adalah tanggal.",
    "Tanpa angka sama sekali, hanya Senin dan Desa Maret.",
    "",
    "2022",
]
PIECES = ["Senin", "Jum'at", "Jum’at", "Minggu", "(", ")", "2", "12", "/", " ", "  ", "\n", "\t",
          "Maret", "mar", "Des", "desa", "SEPT", "ſep", "tahun", "TAHUN", "pada", "Pada tahun",
          "di", ",", ".", "-", "2022", "1999", "lalu", "yang lalu", "x2020", "a"]


def _texts() -> list[str]:
    rnd = random.Random(7)
    made = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 14))) for _ in range(3000)]
    return TEXTS + made


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


@pytest.mark.parametrize("which", ["absolute", "years"])
def test_matches_equal_finditer(res: Resources, which: str) -> None:
    lex = dates.lexicon(res)
    pattern, starts = ((lex.absolute, lex.absolute_starts) if which == "absolute"
                       else (lex.years, lex.year_starts))
    for text in _texts():
        want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in dates._matches(pattern, starts, text)]
        assert got == want, text


def test_dates_found_in_a_sentence(res: Resources) -> None:
    found = dates.find_dates(TEXTS[0], None, res)
    assert [TEXTS[0][d.start:d.end] for d in found][:2] == ["Rabu (2/3/2022)",
                                                            "Kamis, 3 Maret 2022 pukul 09.00 WIB"]
