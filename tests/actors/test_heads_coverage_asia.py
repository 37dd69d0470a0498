"""Every sovereign state of Asia and the Middle East has a head of state or government in the
people files on each 1 January and 1 July from 2000 to 2026 (issue 4: "heads of state and
government of every country since 2000"), and the people of ``heads_asia.yaml`` /
``heads_middle_east.yaml`` resolve by date through the public look-up.

Indonesia is covered by ``people/indonesia.yaml`` and tested there, not here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from head_terms import Term, head_terms, is_head, uncovered_days

from warta.actors import lookup
from warta.resources import Resources

EAST_ASIA = ("CHN", "JPN", "KOR", "PRK", "MNG", "TWN")
SOUTHEAST_ASIA = ("BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS")
SOUTH_ASIA = ("IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV", "AFG")
CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
MIDDLE_EAST = ("IRN", "IRQ", "SYR", "LBN", "JOR", "ISR", "PSE", "SAU", "ARE", "QAT", "KWT",
               "BHR", "OMN", "YEM", "TUR", "CYP")
REGION = EAST_ASIA + SOUTHEAST_ASIA + SOUTH_ASIA + CENTRAL_ASIA + MIDDLE_EAST

# Titles that name the head of a state or of its government (the title's first words).
# "Pemimpin" covers the leaders of North Korea and Myanmar's junta; "Kepala Eksekutif",
# "Kepala Pemerintahan (Sementara)", "Kepala Penasihat" and "Ketua Dewan" the chief executive,
# interim and collective heads (Pakistan 1999-2001, Afghanistan, Bangladesh's caretaker
# governments, Myanmar's SPDC, Yemen's Presidential Leadership Council); "Sekretaris Jenderal
# Partai Komunis" the leader of a one-party state.
HEAD_TITLES = ("Presiden", "Perdana Menteri", "Kanselir", "Raja", "Ratu", "Kaisar", "Emir",
               "Sultan", "Pemimpin", "Pemimpin Tertinggi", "Kepala Negara", "Kepala Eksekutif",
               "Kepala Pemerintahan", "Kepala Penasihat", "Ketua Dewan", "Ketua Kabinet",
               "Penasihat Negara",
               "Sekretaris Jenderal Partai Komunis", "Penjabat Presiden",
               "Penjabat Perdana Menteri")

# Real interregna: (code, first day, last day) on which no national head is recorded on
# purpose. Iraq under the Coalition Provisional Authority (fall of Baghdad, 9 April 2003, to
# the interim government of 1 June 2004: the Governing Council's presidency rotated monthly);
# Timor-Leste under UN administration until independence on 20 May 2002. Shorter gaps
# (Afghanistan 15 Aug - 7 Sep 2021) fall between the sampled days and need no entry.
INTERREGNA: tuple[tuple[str, dt.date, dt.date], ...] = (
    ("IRQ", dt.date(2003, 4, 9), dt.date(2004, 5, 31)),
    ("TLS", dt.date(2000, 1, 1), dt.date(2002, 5, 19)),
)

def _is_head(title: str) -> bool:
    return is_head(title, HEAD_TITLES)


@pytest.fixture(scope="module")
def heads(res: Resources) -> dict[str, list[Term]]:
    return head_terms(res, HEAD_TITLES)


@pytest.mark.parametrize("code", REGION)
def test_every_half_year_has_a_head(heads: dict[str, list[Term]], code: str) -> None:
    excused = [(first, last) for c, first, last in INTERREGNA if c == code]
    missing = uncovered_days(heads.get(code, []), excused)
    assert not missing, f"{code}: no head of state or government on {missing}"


def test_head_titles_are_explicit() -> None:
    assert _is_head("Emir Kuwait") and _is_head("Perdana Menteri Irak")
    assert not _is_head("Wakil Presiden Iran") and not _is_head("Putra Mahkota Arab Saudi")


@pytest.mark.parametrize(("name", "on", "code", "title"), [
    # Pakistan: chief executive after the 1999 coup, then president
    ("Pervez Musharraf", "2000-06-01", "PAK", "Kepala Eksekutif Pakistan"),
    ("Pervez Musharraf", "2005-06-01", "PAK", "Presiden Pakistan"),
    ("Pervez Musharraf", "2010-06-01", None, None),
    # Turkey: Abdullah Gul as prime minister, then president
    ("Abdullah Gul", "2003-02-01", "TUR", "Perdana Menteri Turki"),
    ("Abdullah Gül", "2010-02-01", "TUR", "Presiden Turki"),
    # Sri Lanka: Mahinda Rajapaksa as president, later prime minister
    ("Mahinda Rajapaksa", "2008-01-01", "LKA", "Presiden Sri Lanka"),
    ("Mahinda Rajapaksa", "2021-01-01", "LKA", "Perdana Menteri Sri Lanka"),
    # Mohammed bin Rashid: ruler of Dubai and prime minister of the UAE from 2006
    ("Mohammed bin Rashid Al Maktoum", "2010-01-01", "ARE", "Perdana Menteri Uni Emirat Arab"),
])
def test_region_people_by_date(res: Resources, name: str, on: str, code: str | None,
                               title: str | None) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.code, match.title) == (code, title)


@pytest.mark.parametrize(("surname", "on", "person"), [
    ("Aoun", "2019-01-01", "Michel Aoun"),        # president of Lebanon 2016-2022
    ("Aoun", "2025-06-01", "Joseph Aoun"),        # president of Lebanon from 2025
    ("Rajapaksa", "2012-01-01", "Mahinda Rajapaksa"),
    ("Berdimuhamedow", "2015-01-01", "Gurbanguly Berdimuhamedow"),
    ("Berdimuhamedow", "2023-01-01", "Serdar Berdimuhamedow"),
])
def test_shared_surname_goes_to_the_holder_on_the_date(res: Resources, surname: str, on: str,
                                                       person: str) -> None:
    match = lookup(surname, on, res)
    assert match is not None and match.name == person


# Name parts (first and last words of a name or alias, folded) of the two files that are
# also entries of the Indonesian root list, accepted: personal names and titles the people
# files already share (the root list holds names too), and words rare in capitals. Any other
# would let a foreign leader cut Indonesian names and institutions (``PT Sinar Abadi``,
# ``UIN Syekh Nurjati``) or claim a glued word, unless actors/name_part_stops.txt keeps the
# word from being filed alone.
ACCEPTED_WORD_PARTS = frozenset({
    "abdulah", "adnan", "ali", "anwar", "aoun", "burhanudin", "francisco", "halim", "jose",
    "khalifa", "kim", "kuo", "lin", "mohamed", "nahyan", "park", "raja", "rashid", "said",
    "salim", "sheikh", "zayed",                 # names and titles
    "bian", "chen", "hariri", "sang",           # rare in capitals in Indonesian text
})
MY_FILES = ("actors/people/heads_asia.yaml", "actors/people/heads_middle_east.yaml")


def test_name_parts_are_not_indonesian_words(res: Resources) -> None:
    from warta.actors.names import fold

    words = {fold(str(r.get("word") or "")) for r in res.get("lang/id/roots.tsv") or []}
    words |= {"syekh", "tuanku", "kaisar", "putra", "jenderal", "nepal", "islam", "maha",
              "rama", "amar", "hijab", "safar", "abadi", "arif", "tarik", "bayar"}
    found = set()
    for path in MY_FILES:
        for person in res.get(path):
            for name in (person["name"], *(person.get("aliases") or [])):
                parts = fold(name).split()
                if len(parts) > 1:
                    found |= {p for p in (parts[0], parts[-1]) if len(p) >= 3 and p in words}
    # Parts in actors/name_part_stops.txt are never filed alone, so they are safe too.
    stops = {fold(w) for w in res.get("actors/name_part_stops.txt") or []}
    assert found - stops <= ACCEPTED_WORD_PARTS, sorted(found - stops - ACCEPTED_WORD_PARTS)
