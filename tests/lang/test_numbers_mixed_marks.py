"""Figures with both a thousands mark and a decimal mark; two figures a scraper ran
together (`6.914,6.811` for an index moving from 6.914 to 6.811) are no number, not a crash."""

from __future__ import annotations

import pytest

from warta.lang.numbers import find_amounts, parse_number
from warta.resources import Resources, load_resources


@pytest.mark.parametrize(("text", "value"), [
    ("1.250,5", 1250.5),
    ("12.345.678,90", 12345678.9),
    ("1,250.5", 1250.5),
    ("1,234,567.8", 1234567.8),
    ("6.914,6.811", None),
    ("7.079,7.009", None),
    ("12345,6.7", None),
    ("1.2345,6", None),
])
def test_mixed_marks(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_run_together_figures_do_not_break_the_amounts() -> None:
    res: Resources = load_resources()
    amounts = find_amounts("Indeks saham ditutup melemah ke level 6.914,6.811 pada sesi kedua.", res)
    assert all(a.low is None or a.low < 1e9 for a in amounts)
