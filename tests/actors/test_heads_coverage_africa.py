"""Every African state has a head of state or government in the people files on each
1 January and 1 July from 2000 to 2026 (issue 4: "heads of state and government of every
country since 2000"), and the dated roles of ``people/heads_africa.yaml`` resolve through the
public look-up (same name, different dates, different codes or titles).

A hole in the coverage means a missing president, a wrong end date or a typo in a code; the
only accepted holes are the real interregna listed in ``INTERREGNA``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warta.actors import lookup
from warta.actors.dates import parse_bound
from warta.actors.index import merge_people
from warta.resources import Resources

FILE = "actors/people/heads_africa.yaml"

# the 54 member states of the United Nations in Africa (South Sudan from 9 July 2011), in
# the English alphabetical order the data file follows
AFRICA = (
    "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD",
    "COM", "COD", "COG", "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH",
    "GAB", "GMB", "GHA", "GIN", "GNB", "KEN", "LSO", "LBR", "LBY", "MDG",
    "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA", "RWA",
    "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "TZA", "TGO",
    "TUN", "UGA", "ZMB", "ZWE",
)

# titles of a head of state or government (start of the role's title); a junta's or a
# transitional council's chair is the head of state of its country
HEAD_TITLES = (
    "Presiden",            # Presiden Nigeria, Presiden Transisi Mali, Presiden Dewan Menteri Togo
    "Perdana Menteri",
    "Raja",                # Raja Maroko, Raja Eswatini, Raja Lesotho
    "Ketua Dewan",         # Ketua Dewan Kedaulatan Sudan, Ketua Dewan Presidensial Libya
    "Ketua Pemerintahan",  # Ketua Pemerintahan Transisi Nasional Liberia (Gyude Bryant)
    "Pemimpin",            # Pemimpin Revolusi Libya (Muammar Gaddafi)
    "Kepala Negara",       # a junta chief between two presidents
)

# (ISO3, date) → why no head is listed. Real interregna only.
INTERREGNA: dict[tuple[str, str], str] = {
    ("SOM", "2000-01-01"): "no central government between 1991 and the Arta conference (Aug 2000)",
    ("SOM", "2000-07-01"): "no central government between 1991 and the Arta conference (Aug 2000)",
}


def _dates() -> list[dt.date]:
    return [dt.date(year, month, 1) for year in range(2000, 2027) for month in (1, 7)]


def _holds(role: dict[str, Any], code: str, on: dt.date) -> bool:
    if role.get("code") != code or role.get("sector") != "GOV":
        return False
    if not str(role.get("title", "")).startswith(HEAD_TITLES):
        return False
    start = parse_bound(role.get("from"), end=False)
    end = parse_bound(role.get("to"), end=True)
    return (start is None or start <= on) and (end is None or on < end)


@pytest.fixture(scope="module")
def roles(res: Resources) -> list[dict[str, Any]]:
    return [role for person in merge_people(res.glob("actors/people/"))
            for role in person["roles"]]


def test_africa_list_is_54_known_states(res: Resources) -> None:
    known = {row["iso3"] for row in res.get("actors/countries.tsv")}
    assert len(set(AFRICA)) == 54
    assert set(AFRICA) <= known


@pytest.mark.parametrize("code", AFRICA)
def test_every_state_has_a_head_on_every_half_year(roles: list[dict[str, Any]],
                                                   code: str) -> None:
    missing = []
    for on in _dates():
        if code == "SSD" and on < dt.date(2011, 7, 9):
            continue  # independent from 9 July 2011
        if (code, on.isoformat()) in INTERREGNA:
            continue
        if not any(_holds(role, code, on) for role in roles):
            missing.append(on.isoformat())
    assert not missing, f"{code}: no head of state or government on {missing}"


def test_interregna_are_real_holes(roles: list[dict[str, Any]]) -> None:
    # an allowance that the data has since filled must be removed from INTERREGNA
    for code, day in INTERREGNA:
        assert not any(_holds(role, code, dt.date.fromisoformat(day)) for role in roles)


def test_roles_are_well_formed(res: Resources) -> None:
    names = {row["iso3"]: row["name"] for row in res.get("actors/countries.tsv")}
    for person in res.get(FILE):
        for role in person["roles"]:
            where = f"{person['name']}: {role}"
            assert role["sector"] is not None or role["code"] == "AU", where
            start = parse_bound(role.get("from"), end=False)
            end = parse_bound(role.get("to"), end=True)
            assert start is not None, where
            assert end is None or start < end, where
            if role["code"] in names:
                # the title names the state the code stands for (catches code typos)
                assert names[role["code"]] in role["title"], where


@pytest.mark.parametrize(("name", "on", "code", "sector", "title"), [
    # Macky Sall: prime minister, then president of Senegal
    ("Macky Sall", "2005-06-01", "SEN", "GOV", "Perdana Menteri Senegal"),
    ("Macky Sall", "2010-06-01", None, None, None),
    ("Macky Sall", "2015-06-01", "SEN", "GOV", "Presiden Senegal"),
    ("Macky Sall", "2025-06-01", None, None, None),
    # Moussa Faki Mahamat: prime minister of Chad, then chair of the AU Commission
    ("Moussa Faki Mahamat", "2004-06-01", "TCD", "GOV", "Perdana Menteri Chad"),
    ("Moussa Faki", "2020-06-01", "AU", None, "Ketua Komisi Uni Afrika"),
    # Abdelmadjid Tebboune: prime minister for three months of 2017, president from 2019
    ("Abdelmadjid Tebboune", "2017-07-01", "DZA", "GOV", "Perdana Menteri Aljazair"),
    ("Tebboune", "2018-06-01", None, None, None),
    ("Tebboune", "2022-06-01", "DZA", "GOV", "Presiden Aljazair"),
    # Mahamat Deby: junta chair, then elected president of Chad
    ("Mahamat Idriss Deby", "2022-01-01", "TCD", "GOV", "Presiden Dewan Militer Transisi Chad"),
    ("Mahamat Idriss Déby", "2024-06-01", "TCD", "GOV", "Presiden Chad"),
    # Idriss Deby's son is not his father: the father is the 2010 president
    ("Idriss Deby", "2010-06-01", "TCD", "GOV", "Presiden Chad"),
])
def test_african_heads_by_date(res: Resources, name: str, on: str, code: str | None,
                               sector: str | None, title: str | None) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.code, match.sector, match.title) == (code, sector, title)
