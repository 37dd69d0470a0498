"""Foreign and defence ministers (issue 4): every state in scope has a holder of both offices
on each 1 January and 1 July of the covered years, and a minister's code follows the office
held on the article's date.

The people are read merged across ``actors/people/*.yaml`` (``merge_people``), so holders
written in ``world.yaml`` or ``indonesia.yaml`` count as well as those of ``ministers.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from warta.actors import lookup
from warta.actors.dates import parse_bound
from warta.actors.index import merge_people
from warta.actors.names import fold
from warta.resources import Resources

LAST_YEAR = 2026

# ISO3 → (first year covered for the foreign minister, for the defence minister). 2000 where
# the curator could name every holder since 1 January 2000; a later year where the early
# holders could not be dated with confidence (see SOURCES.md); None where the office does
# not exist.
SCOPE: dict[str, tuple[int | None, int | None]] = {
    # G20
    "USA": (2000, 2000), "GBR": (2000, 2000), "FRA": (2000, 2000), "DEU": (2000, 2000),
    "ITA": (2000, 2000), "JPN": (2000, 2000), "CHN": (2000, 2000), "RUS": (2000, 2000),
    "IND": (2000, 2000), "IDN": (2000, 2000), "AUS": (2000, 2000), "CAN": (2000, 2000),
    "KOR": (2000, 2000), "TUR": (2000, 2000), "BRA": (2000, 2000), "MEX": (2000, 2000),
    "ARG": (2000, 2000), "ZAF": (2000, 2000), "SAU": (2000, 2000),
    # ASEAN and Timor-Leste (independent since May 2002)
    "BRN": (2000, 2000), "KHM": (2000, 2000), "LAO": (2000, 2010), "MYS": (2000, 2000),
    "MMR": (2000, 2010), "PHL": (2000, 2010), "SGP": (2000, 2000), "THA": (2000, 2010),
    "VNM": (2000, 2000), "TLS": (2010, 2010),
    # Middle East (Turkey and Saudi Arabia above). Palestine has no defence ministry; the
    # defence holders of Kuwait and Bahrain are not dated with confidence here.
    "IRN": (2000, 2000), "IRQ": (2000, 2010), "SYR": (2000, 2000), "LBN": (2000, 2010),
    "JOR": (2000, 2000), "ISR": (2000, 2000), "PSE": (2010, None), "EGY": (2000, 2000),
    "ARE": (2000, 2000), "QAT": (2000, 2014), "KWT": (2000, None), "BHR": (2000, None),
    "OMN": (2010, 2010), "YEM": (2010, 2010),
}

# Office words of each kind; a role counts when its title is one of these followed by the
# country's name (an acting holder is titled "Pelaksana Tugas ...").
TITLES = {
    "foreign": ("Menteri Luar Negeri",),
    "defence": ("Menteri Pertahanan",),
}
# Offices of the same kind under another name (Japan's Defense Agency until 2007-01-09).
OTHER_TITLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("JPN", "defence"): ("Kepala Badan Pertahanan Jepang",),
}

# (ISO3, kind, checkpoint) with no holder on the day, and why.
ALLOWED_GAPS: dict[tuple[str, str, str], str] = {
    ("ARG", "foreign", "2002-01-01"): "Rodriguez Saa resigned 30 Dec 2001; Duhalde's cabinet "
                                       "took office on 3 Jan 2002",
    ("ARG", "defence", "2002-01-01"): "same interregnum",
    ("MEX", "foreign", "2023-07-01"): "Ebrard resigned in June 2023 to seek the Morena "
                                       "candidacy; Barcena took office in early July",
    ("MYS", "foreign", "2018-07-01"): "no foreign minister between the change of government "
                                       "(May 2018) and Saifuddin Abdullah's oath (2 Jul 2018)",
    ("THA", "foreign", "2014-07-01"): "the May 2014 coup junta named no cabinet until 30 Aug "
                                       "2014",
    ("THA", "defence", "2014-07-01"): "same",
    ("IRQ", "foreign", "2003-07-01"): "occupation: no Iraqi cabinet between April and "
                                       "September 2003",
    ("IRQ", "defence", "2017-01-01"): "vacant (held by the Prime Minister) from the August "
                                       "2016 no-confidence vote to January 2017",
    ("IRQ", "defence", "2019-01-01"): "vacant from October 2018 to June 2019",
    **{("SYR", "defence", day): "Ali Mahmoud Abbas (Apr 2022-Dec 2024) is left out of the "
                                "data: he would make 'Abbas' alone ambiguous with Mahmoud Abbas"
       for day in ("2022-07-01", "2023-01-01", "2023-07-01", "2024-01-01", "2024-07-01")},
    **{("YEM", "defence", day): "minister al-Subaihi held by the Houthis from March 2015; "
                                "no successor until November 2018"
       for day in ("2015-07-01", "2016-01-01", "2016-07-01", "2017-01-01", "2017-07-01",
                   "2018-01-01", "2018-07-01")},
    ("TLS", "defence", "2018-01-01"): "holder in the Sept 2017-June 2018 minority government "
                                       "not known to the curator",
}


def _checkpoints(first: int) -> list[dt.date]:
    days = [dt.date(y, m, 1) for y in range(first, LAST_YEAR + 1) for m in (1, 7)]
    return [d for d in days if d <= dt.date(LAST_YEAR, 7, 1)]


@pytest.fixture(scope="module")
def roles(res: Resources) -> list[dict[str, Any]]:
    out = []
    for person in merge_people(res.glob("actors/people/")):
        for role in person["roles"]:
            out.append({"name": person["name"], "code": role.get("code"),
                        "sector": role.get("sector"), "title": str(role.get("title")),
                        "start": parse_bound(role.get("from"), end=False),
                        "end": parse_bound(role.get("to"), end=True)})
    return out


def _pattern(code: str, kind: str) -> re.Pattern[str]:
    words = "|".join(re.escape(t) for t in TITLES[kind])
    others = "|".join(re.escape(t) for t in OTHER_TITLES.get((code, kind), ()))
    body = rf"(?:Pelaksana Tugas )?(?:{words})\b.*"
    return re.compile(rf"^(?:{body}{'|' + others if others else ''})$")


def _holders(roles: list[dict[str, Any]], code: str, kind: str, day: dt.date) -> list[str]:
    pattern = _pattern(code, kind)
    return [r["name"] for r in roles
            if r["code"] == code and r["sector"] == "GOV" and pattern.match(r["title"])
            and (r["start"] is None or r["start"] <= day)
            and (r["end"] is None or day < r["end"])]


CASES = [(code, kind, first) for code, firsts in SCOPE.items()
         for kind, first in zip(("foreign", "defence"), firsts, strict=True) if first is not None]


@pytest.mark.parametrize(("code", "kind", "first"), CASES,
                         ids=[f"{c}-{k}" for c, k, _ in CASES])
def test_every_checkpoint_has_a_minister(roles: list[dict[str, Any]], code: str, kind: str,
                                         first: int) -> None:
    missing = [day.isoformat() for day in _checkpoints(first)
               if not _holders(roles, code, kind, day)
               and (code, kind, day.isoformat()) not in ALLOWED_GAPS]
    assert not missing, f"{code} {kind} minister missing on {missing}"


def test_allowed_gaps_are_still_gaps(roles: list[dict[str, Any]]) -> None:
    # an allowance that the data now covers is stale and must go
    stale = [key for key in ALLOWED_GAPS
             if _holders(roles, key[0], key[1], dt.date.fromisoformat(key[2]))]
    assert not stale


def test_minister_titles_name_their_country(res: Resources) -> None:
    # "Menteri Luar Negeri Jepang" with code JPN: the title ends with a name of that country
    names = {row["iso3"]: [row["name"], *str(row.get("aliases") or "").split("|")]
             for row in res.get("actors/countries.tsv")}
    wrong = []
    for person in res.get("actors/people/ministers.yaml"):
        for role in person["roles"]:
            title, code = role["title"], role["code"]
            if (code in names and code != "IDN" and re.search(r"Menteri|Badan", title)
                    and not any(n and title.endswith(" " + n) for n in names[code])):
                wrong.append((person["name"], title, code))
    assert not wrong


@pytest.mark.parametrize(("name", "on", "code", "title"), [
    ("Jean-Yves Le Drian", "2015-03-01", "FRA", "Menteri Pertahanan Prancis"),
    ("Jean-Yves Le Drian", "2019-03-01", "FRA", "Menteri Luar Negeri Prancis"),
    ("Taro Kono", "2018-03-01", "JPN", "Menteri Luar Negeri Jepang"),
    ("Taro Kono", "2020-03-01", "JPN", "Menteri Pertahanan Jepang"),
    ("Shigeru Ishiba", "2003-05-01", "JPN", "Kepala Badan Pertahanan Jepang"),
    ("Shigeru Ishiba", "2025-05-01", "JPN", "Perdana Menteri Jepang"),   # world.yaml role
    ("Federica Mogherini", "2014-06-01", "ITA", "Menteri Luar Negeri Italia"),
    ("Federica Mogherini", "2017-06-01", "EU", "Perwakilan Tinggi Uni Eropa"),
    ("Hishammuddin Hussein", "2016-01-01", "MYS", "Menteri Pertahanan Malaysia"),
    ("Hishammuddin Hussein", "2020-06-01", "MYS", "Menteri Luar Negeri Malaysia"),
    ("Avigdor Lieberman", "2010-01-01", "ISR", "Menteri Luar Negeri Israel"),
    ("Avigdor Lieberman", "2017-01-01", "ISR", "Menteri Pertahanan Israel"),
    ("Hamad bin Jassim", "2005-01-01", "QAT", "Menteri Luar Negeri Qatar"),
])
def test_minister_code_follows_the_office_on_the_date(res: Resources, name: str, on: str,
                                                      code: str, title: str) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.code, match.title) == (code, title)


def test_people_in_several_files_merge_into_one_entry(res: Resources) -> None:
    # a minister who is also in world.yaml (Netanyahu, with a Wikidata id there) is one person
    people = merge_people(res.glob("actors/people/"))
    names = [fold(p["name"]) for p in people]
    assert len(names) == len(set(names))
    match = lookup("Benjamin Netanyahu", "2016-06-01", res)
    assert match is not None and match.wikidata == "Q43723" and match.code == "ISR"


def test_minister_without_office_keeps_identity_but_no_code(res: Resources) -> None:
    match = lookup("Jean-Yves Le Drian", "2023-03-01", res)
    assert match is not None and match.name == "Jean-Yves Le Drian"
    assert match.code is None


def test_honorific_is_no_ministers_surname(res: Resources) -> None:
    # "Maas" folds to "mas", the Javanese honorific ("Mas Menteri"): the full name finds
    # Heiko Maas, the bare word finds nobody (actors/name_part_stops.txt)
    match = lookup("Heiko Maas", "2019-06-01", res)
    assert match is not None and match.code == "DEU"
    assert lookup("Mas", "2019-06-01", res) is None
