"""Figures read with Indonesian conventions (`.` thousands, `,` decimals), with
English-style figures recognised by their shape."""

from __future__ import annotations

import pytest

from warta.lang.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("680.000", 680000.0),
        ("1.250.000", 1250000.0),
        ("1,5", 1.5),
        ("1,500", 1.5),  # a single comma is the Indonesian decimal comma
        ("3.000,50", 3000.5),
        ("1,250,000", 1250000.0),  # several commas: English thousands
        ("1,250.50", 1250.5),
        ("1.5", 1.5),  # not a 3-digit group: a decimal point
        ("14.30", 14.3),
        ("0.500", 0.5),
        ("425", 425.0),
    ],
)
def test_figures(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "12a", "1,2,3", "Rp 5"])
def test_not_figures(text: str) -> None:
    assert parse_number(text) is None
