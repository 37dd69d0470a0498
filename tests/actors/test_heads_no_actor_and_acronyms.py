"""Institution heads that name no state organ, and acronym heads read as written.

- ``Tim Nasional Jepang``/``Timnas Argentina``: a national sports team is no organ of the
  state (code ``-`` in ``institutions.tsv``): an organisation with no code.
- ``Dewan Keamanan (Nasional) <state>`` is that state's council (GOV), not the UN Security
  Council that ``Dewan Keamanan`` alone abbreviates.
- ``USS`` folds like ``US``: ``US Open`` is no US warship."""

from __future__ import annotations

import pytest

from warta.actors.lookup import lookup
from warta.resources import Resources


@pytest.mark.parametrize("name", ["Tim Nasional Jepang", "Timnas Argentina",
                                  "Tim Nasional Korea Selatan"])
def test_national_team_has_no_code(res: Resources, name: str) -> None:
    found = lookup(name, "2025-03-01", res)
    assert found is not None and found.type == "ORG"
    assert (found.code, found.sector) == (None, None)


def test_other_teams_keep_their_state(res: Resources) -> None:
    found = lookup("Tim Delegasi Indonesia", "2025-03-01", res)
    assert found is not None and (found.code, found.sector) == ("IDN", "GOV")


@pytest.mark.parametrize("name,code", [
    ("Dewan Keamanan Nasional Federasi Rusia", "RUS"),
    ("Dewan Keamanan Nasional Amerika Serikat", "USA"),
    ("Dewan Keamanan Rusia", "RUS"),
])
def test_national_security_council_is_the_state(res: Resources, name: str, code: str) -> None:
    found = lookup(name, "2025-03-01", res)
    assert found is not None and (found.code, found.sector) == (code, "GOV")


def test_bare_security_council_words(res: Resources) -> None:
    un = lookup("Dewan Keamanan PBB", "2025-03-01", res)
    assert un is not None and un.code == "UNO"
    nsc = lookup("Dewan Keamanan Nasional", "2025-03-01", res)
    assert nsc is not None and nsc.code is None


def test_acronym_head_matches_as_written(res: Resources) -> None:
    ship = lookup("USS Harry Truman", "2025-03-01", res)
    assert ship is not None and (ship.code, ship.sector) == ("USA", "MIL")
    tennis = lookup("US Open", "2025-03-01", res)
    assert tennis is None or tennis.code is None
