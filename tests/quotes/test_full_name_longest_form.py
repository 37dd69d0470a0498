"""``Resolver.full_name``: a name becomes the longest printed form that ends or starts with
it (five words at most); a form no longer than the best so far never replaces it."""

from __future__ import annotations

import pytest

from warta.quotes.attribute import Resolver
from warta.quotes.lexicon import lexicon
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _full(body: str, names: list[str], res: Resources) -> list[str]:
    resolver = Resolver(body, lexicon(res))
    return [resolver.full_name(n) for n in names]


def test_a_surname_takes_the_printed_full_name(res: Resources) -> None:
    body = "Hakim Ketua Setiawan Nugroho menunda sidang. Nugroho lalu keluar."
    assert _full(body, ["Nugroho", "Setiawan"], res) == ["Setiawan Nugroho"] * 2


def test_the_longest_form_holding_the_name_wins(res: Resources) -> None:
    body = ("Dewi Kartika datang pagi. Ratna Dewi Kartika datang siang. "
            "Ratna Dewi Kartika Ayu Lestari datang malam.")
    assert _full(body, ["Kartika", "Dewi", "Ratna Dewi Kartika", "Lestari"], res) == [
        "Ratna Dewi Kartika", "Dewi Kartika", "Ratna Dewi Kartika Ayu Lestari",
        "Ratna Dewi Kartika Ayu Lestari"]


def test_six_words_are_no_name(res: Resources) -> None:
    body = "Ratna Dewi hadir. Ratna Dewi Kartika Ayu Lestari Wulandari juga hadir."
    assert _full(body, ["Ratna", "Lestari"], res) == ["Ratna Dewi", "Lestari"]
