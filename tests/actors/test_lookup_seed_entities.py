"""Every entity of the seed reference annotation resolves to its gold code from its name on
the article's date (2 March 2022). Names and codes are facts, listed here by hand."""

from __future__ import annotations

import pytest

from warta.actors import lookup
from warta.resources import Resources

SEED_DATE = "2022-03-02"
SEED = [
    ("Nicolas Maduro", "VEN", "GOV"), ("Vladimir Putin", "RUS", "GOV"),
    ("Venezuela", "VEN", None), ("Rusia", "RUS", None), ("Ukraina", "UKR", None),
    ("Amerika Serikat", "USA", None), ("NATO", "NATO", None), ("Kremlin", "RUS", "GOV"),
    ("AFP", None, None), ("Twitter", None, None), ("Donbass", None, None),
    ("Kiev", "UKR", "GOV"), ("Krimea", None, None), ("Amerika Latin", None, None),
    ("Kuba", "CUB", None), ("Nikaragua", "NIC", None), ("Barat", "WST", None),
]


@pytest.mark.parametrize(("name", "code", "sector"), SEED, ids=[s[0] for s in SEED])
def test_seed_entity_code(res: Resources, name: str, code: str | None, sector: str | None) -> None:
    match = lookup(name, SEED_DATE, res)
    got = (match.code, match.sector) if match else (None, None)
    assert got == (code, sector)
