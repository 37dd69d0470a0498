"""Every sovereign state of Europe has a head of state or government in the people files on
each 1 January and 1 July from 2000 to 2026 (issue 4: "heads of state and government of
every country since 2000"), and the people of ``heads_europe.yaml`` resolve by date through
the public look-up.

Turkey and Cyprus are tested with the Middle East. Left out on purpose: San Marino (its two
Captains Regent change every six months and are not curated) and Kosovo (no ISO 3166 code in
``actors/countries.tsv``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from head_terms import Term, head_terms, is_head, uncovered_days

from warta.actors import lookup
from warta.resources import Resources

WEST = ("GBR", "IRL", "FRA", "BEL", "NLD", "LUX", "DEU", "AUT", "CHE", "LIE", "MCO", "AND",
        "ESP", "PRT", "ITA", "VAT", "MLT", "GRC")
NORTH = ("DNK", "NOR", "SWE", "FIN", "ISL", "EST", "LVA", "LTU")
CENTRAL_EAST = ("POL", "CZE", "SVK", "HUN", "ROU", "BGR", "MDA", "UKR", "BLR", "RUS")
BALKANS = ("SVN", "HRV", "BIH", "SRB", "MNE", "MKD", "ALB")
CAUCASUS = ("GEO", "ARM", "AZE")
REGION = WEST + NORTH + CENTRAL_EAST + BALKANS + CAUCASUS

# Titles that name the head of a state or of its government (the title's first words).
# "Pangeran" and "Adipati Agung" are the princes of Liechtenstein and Monaco and the Grand
# Duke of Luxembourg; "Paus" the Pope as sovereign of the Vatican; "Anggota Presidensi" a
# member of the collective presidency of Bosnia and Herzegovina.
HEAD_TITLES = ("Presiden", "Perdana Menteri", "Kanselir", "Raja", "Ratu", "Pangeran",
               "Adipati Agung", "Paus", "Anggota Presidensi", "Penjabat Presiden")

# Real interregna: (code, first day, last day) on which no head is recorded on purpose.
# None falls on a sampled day: the sede vacante of 2005, 2013 and 2025 and the short acting
# periods left out of the data (Italy January 2015, Serbia June 2017) are all shorter than
# the half-year sampling.
INTERREGNA: tuple[tuple[str, dt.date, dt.date], ...] = ()

def _is_head(title: str) -> bool:
    return is_head(title, HEAD_TITLES)


@pytest.fixture(scope="module")
def heads(res: Resources) -> dict[str, list[Term]]:
    return head_terms(res, HEAD_TITLES)


@pytest.mark.parametrize("code", REGION)
def test_every_state_has_a_head_on_each_sampled_day(heads: dict[str, list[Term]], code: str) -> None:
    excused = [(first, last) for c, first, last in INTERREGNA if c == code]
    missing = uncovered_days(heads.get(code, []), excused)
    assert not missing, f"{code}: no head of state or government on {missing}"


def test_region_codes_are_known_countries(res: Resources) -> None:
    known = {row["iso3"] for row in res.get("actors/countries.tsv")}
    assert set(REGION) <= known
    assert len(set(REGION)) == len(REGION)


@pytest.mark.parametrize(("name", "on", "code", "title"), [
    # one person, several offices: prime minister, out of office, president
    ("Viktor Yanukovych", "2003-06-01", "UKR", "Perdana Menteri Ukraina"),
    ("Viktor Yanukovych", "2012-06-01", "UKR", "Presiden Ukraina"),
    ("Viktor Yanukovych", "2016-06-01", None, None),
    # Jens Stoltenberg: Norway's prime minister, then NATO's secretary general
    ("Jens Stoltenberg", "2010-06-01", "NOR", "Perdana Menteri Norwegia"),
    ("Jens Stoltenberg", "2018-06-01", "NATO", "Sekretaris Jenderal NATO"),
    # Sebastian Kurz: two terms as chancellor with a caretaker between them
    ("Sebastian Kurz", "2018-06-01", "AUT", "Kanselir Austria"),
    ("Sebastian Kurz", "2019-09-01", None, None),
    ("Sebastian Kurz", "2020-06-01", "AUT", "Kanselir Austria"),
    # Milo Djukanovic, spelt with and without the Serbo-Croatian letter
    ("Milo Đukanović", "2005-06-01", "MNE", "Perdana Menteri Montenegro"),
    ("Milo Djukanovic", "2020-06-01", "MNE", "Presiden Montenegro"),
    ("Milo Djukanovic", "2024-06-01", None, None),
    # a Swiss president holds office for one calendar year
    ("Alain Berset", "2018-06-01", "CHE", "Presiden Swiss"),
    ("Alain Berset", "2020-06-01", None, None),
])
def test_european_people_resolve_by_date(res: Resources, name: str, on: str, code: str | None,
                                         title: str | None) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.code, match.title) == (code, title)


def test_same_regnal_name_in_two_countries_stays_apart(res: Resources) -> None:
    # Albert II reigned in Belgium (until 2013) and reigns in Monaco (since 2005)
    assert lookup("Raja Albert II", "2010-01-01", res).code == "BEL"  # type: ignore[union-attr]
    assert lookup("Pangeran Albert II", "2010-01-01", res).code == "MCO"  # type: ignore[union-attr]
