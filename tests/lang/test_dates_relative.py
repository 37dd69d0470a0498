"""Relative dates are counted from the anchor (the publication date, an input), or from
the previous date in the text for `sebelumnya`/`kemudian`."""

from __future__ import annotations

from datetime import date

import pytest

from warta.lang.dates import find_dates
from warta.resources import Resources, load_resources

ANCHOR = date(2022, 3, 2)  # a Wednesday


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


@pytest.mark.parametrize(
    ("phrase", "value", "granularity"),
    [
        ("kemarin", "2022-03-01", "day"),
        ("hari ini", "2022-03-02", "day"),
        ("besok", "2022-03-03", "day"),
        ("lusa", "2022-03-04", "day"),
        ("pekan lalu", "2022-W08", "week"),
        ("minggu depan", "2022-W10", "week"),
        ("bulan depan", "2022-04", "month"),
        ("bulan lalu", "2022-02", "month"),
        ("tahun lalu", "2021", "year"),
        ("tahun depan", "2023", "year"),
        ("dua hari lalu", "2022-02-28", "day"),
        ("3 hari yang lalu", "2022-02-27", "day"),
        ("lima tahun silam", "2017", "year"),
        ("dua pekan lagi", "2022-W11", "week"),
        ("Senin lalu", "2022-02-28", "day"),
        ("Jumat depan", "2022-03-04", "day"),
        ("Rabu", "2022-03-02", "day"),
        ("Sabtu", "2022-02-26", "day"),
    ],
)
def test_relative_expressions(phrase: str, value: str, granularity: str,
                              res: Resources) -> None:
    text = f"Menurut polisi, insiden itu terjadi {phrase} di perbatasan."
    [d] = find_dates(text, ANCHOR, res)
    assert (d.text, d.value, d.granularity, d.kind) == (phrase, value, granularity, "relative")


def test_sehari_sebelumnya_counts_from_the_previous_date(res: Resources) -> None:
    text = "Serangan terjadi Kamis (24/2). Sehari sebelumnya, pasukan sudah berkumpul."
    first, second = find_dates(text, ANCHOR, res)
    assert first.value == "2022-02-24"
    assert (second.text, second.value) == ("Sehari sebelumnya", "2022-02-23")


def test_sehari_sebelumnya_without_a_previous_date_uses_the_anchor(res: Resources) -> None:
    [d] = find_dates("Sehari sebelumnya ia sudah pergi.", ANCHOR, res)
    assert d.value == "2022-03-01"


def test_relative_without_anchor_keeps_the_mention(res: Resources) -> None:
    [d] = find_dates("Ia tiba kemarin.", None, res)
    assert (d.text, d.value, d.kind) == ("kemarin", None, "relative")


def test_anchor_is_never_the_clock(res: Resources) -> None:
    a = find_dates("Ia tiba kemarin.", date(2001, 9, 12), res)
    assert a[0].value == "2001-09-11"
