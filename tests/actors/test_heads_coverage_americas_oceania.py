"""Every state of the Americas and Oceania has a head of state or government on file for
every half-year since 2000 (issue 4: "heads of state and government of every country since
2000"), and the look-up gives their office at the article's date.

For the Commonwealth realms the monarch is coded GBR (people/world.yaml), so the check asks
only for the realm's own prime minister (or governor-general). A date may be skipped only
for a real interregnum (``INTERREGNA``) or a holder left out on purpose (``OMITTED``); an
allowance that is no longer needed fails, so the lists cannot hide missing data.
"""

from __future__ import annotations

import datetime as dt

import pytest
from head_terms import Term, head_terms, is_head, uncovered_days

from warta.actors import lookup
from warta.resources import Resources

AMERICAS = [
    "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB", "DMA",
    "DOM", "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY",
    "PER", "KNA", "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN"]
OCEANIA = ["AUS", "NZL", "PNG", "FJI", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "PLW",
           "MHL", "FSM"]

# the first words of a head-of-state or head-of-government title ("Presiden sementara
# Peru", "Perdana Menteri Fiji", "Raja Tonga", "Kepala Negara Samoa"); "Wakil ..." is not
HEAD_TITLES = ("Presiden", "Ko-Presiden", "Perdana Menteri", "Kanselir", "Raja", "Ratu",
               "Emir", "Sultan", "Gubernur Jenderal", "Kepala Negara", "Kepala Pemerintahan",
               "Ketua Dewan")

# (ISO3, date) → why nobody held the office that day
INTERREGNA: dict[tuple[str, str], str] = {
    ("ARG", "2002-01-01"): "Eduardo Camano, acting for two days between Rodriguez Saa and "
                           "Duhalde (sworn in 2 Jan 2002); acting holders of days are left out",
}

# (ISO3, date) → a holder left out of the data on purpose (none now: Ham Lini and Russ Kun,
# first left out because their short name parts cut common words, are back since
# actors/name_part_stops.txt lists those parts).
OMITTED: dict[tuple[str, str], str] = {}
ALLOWED = {**INTERREGNA, **OMITTED}


def _is_head(title: str) -> bool:
    return is_head(title, HEAD_TITLES)


@pytest.fixture(scope="module")
def head_roles(res: Resources) -> dict[str, list[Term]]:
    """Head-of-state/government terms per country code, from all people files merged."""
    return head_terms(res, HEAD_TITLES)


@pytest.mark.parametrize("code", AMERICAS + OCEANIA)
def test_every_half_year_has_a_head(head_roles: dict[str, list[Term]], code: str) -> None:
    excused = [(dt.date.fromisoformat(on),) * 2 for c, on in ALLOWED if c == code]
    missing = uncovered_days(head_roles.get(code, []), excused)
    assert not missing, f"{code}: no head of state or government on {missing}"


@pytest.mark.parametrize(("code", "on"), sorted(ALLOWED))
def test_allowances_are_real_gaps(head_roles: dict[str, list[Term]], code: str, on: str) -> None:
    day = dt.date.fromisoformat(on)
    assert not any((start is None or start <= day) and (end is None or day < end)
                   for start, end, _ in head_roles.get(code, [])), \
        f"{code} {on} has a head now: drop the allowance"


def test_head_titles_exclude_deputies() -> None:
    assert _is_head("Presiden sementara Peru") and _is_head("Perdana Menteri Tuvalu")
    assert not _is_head("Wakil Presiden Venezuela") and not _is_head("Presidensial")


@pytest.mark.parametrize(("name", "on", "code", "title"), [
    # Helen Clark: prime minister of New Zealand, then head of UNDP (coded UNO)
    ("Helen Clark", "2005-06-01", "NZL", "Perdana Menteri Selandia Baru"),
    ("Helen Clark", "2012-06-01", "UNO", "Administrator UNDP"),
    # Tupou VI: prime minister as Crown Prince, king from 2012
    ("Tupou VI", "2003-06-01", "TON", "Perdana Menteri Tonga"),
    ("Tupou VI", "2015-06-01", "TON", "Raja Tonga"),
    ("Tupou VI", "2008-06-01", None, None),
    # Delcy Rodriguez: vice-president, then acting president after Maduro's capture
    ("Delcy Rodriguez", "2020-06-01", "VEN", "Wakil Presiden Venezuela"),
    ("Delcy Rodríguez", "2026-03-01", "VEN", "Presiden sementara Venezuela"),
    ("Nicolas Maduro", "2026-03-01", None, None),
    # Chile: Boric's term ended on 11 March 2026, Kast's began
    ("Gabriel Boric", "2026-03-10", "CHL", "Presiden Chile"),
    ("Gabriel Boric", "2026-03-11", None, None),
    ("Jose Antonio Kast", "2026-03-11", "CHL", "Presiden Chile"),
    # Petro's single term ends by the constitution on 7 August 2026
    ("Gustavo Petro", "2026-08-06", "COL", "Presiden Kolombia"),
    ("Gustavo Petro", "2026-09-01", None, None),
])
def test_same_person_different_dates(res: Resources, name: str, on: str, code: str | None,
                                     title: str | None) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.code, match.title) == (code, title)
