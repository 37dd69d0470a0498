"""Indonesia's offices (issue 4: "presidents, vice presidents, cabinets since 2014, heads of
TNI/Polri/KPK/BIN/Kejaksaan, DPR/MPR leaders, party chairs and governors of the larger
provinces") have a holder on each 1 January and 1 July from 2015 to 2026 in the merged
people files (``indonesia.yaml`` + ``indonesia_offices.yaml``), with the sector of the
office, and one name resolves to different offices on different dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warta.actors import lookup
from warta.actors.dates import parse_bound
from warta.actors.index import merge_people
from warta.actors.names import fold
from warta.resources import Resources

FIRST_YEAR, LAST_YEAR = 2015, 2026

# Office → (sector, titles that hold it, first day checked, last day checked). A portfolio
# renamed keeps one entry with all its titles: Kemenkumham was split on 21 Oct 2024 into
# Menteri Hukum (and HAM, Imigrasi); Menko Polhukam became Menko Polkam; the maritime Menko
# ended with Kabinet Indonesia Maju. An acting holder's title starts with "Plt",
# "Penjabat" or "Ketua sementara" and counts (see ``_holds``).
START, END = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 7, 1)
OFFICES: dict[str, tuple[str, tuple[str, ...], dt.date, dt.date]] = {
    "Presiden Indonesia": ("GOV", ("Presiden Indonesia",), START, END),
    "Wakil Presiden Indonesia": ("GOV", ("Wakil Presiden Indonesia",), START, END),
    "Menteri Keuangan": ("GOV", ("Menteri Keuangan",), START, END),
    "Menteri Luar Negeri": ("GOV", ("Menteri Luar Negeri",), START, END),
    "Menteri Dalam Negeri": ("GOV", ("Menteri Dalam Negeri",), START, END),
    "Menteri Pertahanan": ("GOV", ("Menteri Pertahanan",), START, END),
    "Menteri Hukum": ("GOV", ("Menteri Hukum dan HAM", "Menteri Hukum"), START, END),
    "Menteri Agama": ("GOV", ("Menteri Agama",), START, END),
    "Menteri Sekretaris Negara": ("GOV", ("Menteri Sekretaris Negara",), START, END),
    "Menteri PANRB": ("GOV", ("Menteri PANRB",), START, END),
    "Menteri Perdagangan": ("GOV", ("Menteri Perdagangan",), START, END),
    "Menteri ESDM": ("GOV", ("Menteri ESDM",), START, END),
    "Menteri PPN/Kepala Bappenas": ("GOV", ("Menteri PPN/Kepala Bappenas",), START, END),
    "Menteri ATR/BPN": ("GOV", ("Menteri ATR/BPN",), START, END),
    "Menteri Sosial": ("GOV", ("Menteri Sosial",), START, END),
    "Menteri Kesehatan": ("GOV", ("Menteri Kesehatan",), START, END),
    "Menteri Ketenagakerjaan": ("GOV", ("Menteri Ketenagakerjaan",), START, END),
    "Menteri Pertanian": ("GOV", ("Menteri Pertanian",), START, END),
    "Menteri Perindustrian": ("GOV", ("Menteri Perindustrian",), START, END),
    "Menteri Perhubungan": ("GOV", ("Menteri Perhubungan",), START, END),
    "Menteri Kelautan dan Perikanan": ("GOV", ("Menteri Kelautan dan Perikanan",), START, END),
    "Menteri Pemuda dan Olahraga": ("GOV", ("Menteri Pemuda dan Olahraga",), START, END),
    "Menteri PPPA": ("GOV", ("Menteri PPPA",), START, END),
    "Menteri BUMN": ("GOV", ("Menteri BUMN",), START, dt.date(2025, 7, 1)),
    # Renamed or split portfolios: any of the successor titles counts.
    "Menteri Pendidikan": ("GOV", ("Menteri Pendidikan dan Kebudayaan",
                                   "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
                                   "Menteri Pendidikan",  # the same, as a comma cut it
                                   "Menteri Pendidikan Dasar dan Menengah"), START, END),
    "Menteri Investasi": ("GOV", ("Kepala BKPM", "Menteri Investasi"), START, END),
    "Menteri Koperasi": ("GOV", ("Menteri Koperasi dan UKM", "Menteri Koperasi"), START, END),
    "Menteri Lingkungan Hidup": ("GOV", ("Menteri Lingkungan Hidup dan Kehutanan",
                                         "Menteri Lingkungan Hidup"), START, END),
    "Menteri Pekerjaan Umum": ("GOV", ("Menteri PUPR", "Menteri Pekerjaan Umum"), START, END),
    "Menteri Desa": ("GOV", ("Menteri Desa PDTT", "Menteri Desa dan PDT"), START, END),
    "Menteri Kominfo": ("GOV", ("Menteri Komunikasi dan Informatika",
                                "Menteri Komunikasi dan Digital"), START, END),
    "Menteri Pariwisata": ("GOV", ("Menteri Pariwisata",
                                   "Menteri Pariwisata dan Ekonomi Kreatif"), START, END),
    "Menko Polhukam": ("GOV", ("Menko Polhukam", "Menko Polkam"), START, END),
    "Menko Perekonomian": ("GOV", ("Menko Perekonomian",), START, END),
    "Menko Kemaritiman": ("GOV", ("Menko Kemaritiman", "Menko Kemaritiman dan Investasi"),
                          START, dt.date(2024, 7, 1)),
    "Menko PMK": ("GOV", ("Menko PMK",), START, END),
    "Sekretaris Kabinet": ("GOV", ("Sekretaris Kabinet",), START, END),
    "Kepala Staf Kepresidenan": ("GOV", ("Kepala Staf Kepresidenan",), START, END),
    "Kepala BIN": ("GOV", ("Kepala BIN",), START, END),
    "Panglima TNI": ("MIL", ("Panglima TNI",), START, END),
    "KSAD": ("MIL", ("Kepala Staf Angkatan Darat",), START, END),
    "KSAL": ("MIL", ("Kepala Staf Angkatan Laut",), START, END),
    "KSAU": ("MIL", ("Kepala Staf Angkatan Udara",), START, END),
    "Kapolri": ("COP", ("Kapolri",), START, END),
    "Wakapolri": ("COP", ("Wakapolri",), START, END),
    "Kapolda Metro Jaya": ("COP", ("Kapolda Metro Jaya",), dt.date(2019, 7, 1), END),
    "Jaksa Agung": ("JUD", ("Jaksa Agung",), START, END),
    "Ketua KPK": ("JUD", ("Ketua KPK",), START, END),
    "Ketua DPR": ("LEG", ("Ketua DPR",), START, END),
    "Ketua MPR": ("LEG", ("Ketua MPR",), START, END),
    "Ketua DPD": ("LEG", ("Ketua DPD",), START, END),
    **{f"Gubernur {p}": ("GOV", (f"Gubernur {p}",), START, END) for p in (
        "Jawa Barat", "Jawa Timur", "Jawa Tengah", "Sumatera Utara", "Banten", "DKI Jakarta",
        "Sulawesi Selatan", "Lampung", "Sumatera Selatan", "Riau")},
    **{f"Ketua Umum {p}": ("PTY", (f"Ketua Umum {p}",), START, END) for p in (
        "PDI Perjuangan", "Partai Golkar", "Partai Gerindra", "Partai NasDem", "PKB", "PAN",
        "Partai Demokrat", "PPP", "PSI", "Partai Hanura")},
    "Ketua Umum Partai Perindo": ("PTY", ("Ketua Umum Partai Perindo",), dt.date(2015, 7, 1),
                                  END),
    "Presiden PKS": ("PTY", ("Presiden PKS",), START, END),
}
ACTING = ("Plt ", "Penjabat ", "Pelaksana Tugas ")

# (office, checkpoint) with no holder in the data, and why.
ALLOWED_GAPS: dict[tuple[str, str], str] = {
    ("Ketua Umum PPP", "2026-01-01"): "the September 2025 muktamar split between Muhamad "
                                      "Mardiono and Agus Suparmanto; no chair is recorded",
    ("Ketua Umum PPP", "2026-07-01"): "same",
    ("Menteri Kominfo", "2023-07-01"): "Johnny G. Plate was detained in May 2023; Mahfud MD "
                                       "acted (not recorded) until Budi Arie, 17 Jul 2023",
    ("Menteri PANRB", "2022-07-01"): "Tjahjo Kumolo died on 1 July 2022; Mahfud MD acted "
                                     "(not recorded) until Abdullah Azwar Anas, 7 Sep 2022",
}

DAYS = [dt.date(year, month, 1) for year in range(FIRST_YEAR, LAST_YEAR + 1)
        for month in (1, 7)]

Holder = tuple[dt.date | None, dt.date | None, str, str]


def _office_title(title: str) -> str:
    """The office a role's title names: acting prefixes and "sementara" dropped."""
    for prefix in ACTING:
        if title.startswith(prefix):
            title = title[len(prefix):]
    return title.replace("Ketua sementara ", "Ketua ")


@pytest.fixture(scope="module")
def holders(res: Resources) -> dict[str, list[Holder]]:
    people: list[dict[str, Any]] = merge_people(res.glob("actors/people/"))
    out: dict[str, list[Holder]] = {}
    for person in people:
        for role in person["roles"]:
            if role.get("code") != "IDN":
                continue
            out.setdefault(_office_title(str(role["title"])), []).append(
                (parse_bound(role.get("from"), end=False), parse_bound(role.get("to"), end=True),
                 str(role.get("sector")), person["name"]))
    return out


def test_acting_titles_name_the_office() -> None:
    assert _office_title("Penjabat Gubernur DKI Jakarta") == "Gubernur DKI Jakarta"
    assert _office_title("Plt Ketua DPR") == "Ketua DPR"
    assert _office_title("Ketua sementara KPK") == "Ketua KPK"
    assert _office_title("Wakil Gubernur DKI Jakarta") == "Wakil Gubernur DKI Jakarta"


@pytest.mark.parametrize("office", sorted(OFFICES))
def test_every_half_year_has_a_holder(holders: dict[str, list[Holder]], office: str) -> None:
    sector, titles, first, last = OFFICES[office]
    roles = [h for t in titles for h in holders.get(t, [])]
    wrong_sector = sorted({name for *_, s, name in roles if s != sector})
    assert not wrong_sector, f"{office}: sector is not {sector} for {wrong_sector}"
    missing = [day.isoformat() for day in DAYS
               if first <= day <= last and (office, day.isoformat()) not in ALLOWED_GAPS
               and not any((start is None or start <= day) and (end is None or day < end)
                           for start, end, _, _ in roles)]
    assert not missing, f"{office}: no holder on {missing}"


def test_roles_have_exactly_the_five_fields(res: Resources) -> None:
    # A title with commas left unquoted in a YAML flow mapping is cut at the first comma
    # and the rest become stray keys ("Kebudayaan": null); this file quotes such titles.
    bad = [(person["name"], sorted(role)) for person in res.get(MY_FILE)
           for role in person["roles"] if set(role) != {"code", "sector", "title", "from", "to"}]
    assert not bad, bad


@pytest.mark.parametrize(("name", "on", "sector", "title"), [
    # Prabowo: party chair without state office, defence minister, president
    ("Prabowo Subianto", "2016-03-01", "PTY", "Ketua Umum Partai Gerindra"),
    ("Prabowo", "2021-03-01", "GOV", "Menteri Pertahanan"),
    ("Prabowo", "2025-03-01", "GOV", "Presiden Indonesia"),
    # Tito Karnavian: Jakarta police chief, counter-terrorism agency, national police, ministry
    ("Tito Karnavian", "2015-10-01", "COP", "Kapolda Metro Jaya"),
    ("Tito Karnavian", "2016-05-01", "GOV", "Kepala BNPT"),
    ("Tito Karnavian", "2018-03-01", "COP", "Kapolri"),
    ("Tito Karnavian", "2020-03-01", "GOV", "Menteri Dalam Negeri"),
    # Ridwan Kamil: mayor of Bandung, governor of West Java, then no office
    ("Ridwan Kamil", "2016-03-01", "GOV", "Wali Kota Bandung"),
    ("Ridwan Kamil", "2020-03-01", "GOV", "Gubernur Jawa Barat"),
    ("Ridwan Kamil", "2024-06-01", None, None),
    # Andika Perkasa: army chief of staff, then TNI commander
    ("Andika Perkasa", "2019-06-01", "MIL", "Kepala Staf Angkatan Darat"),
    ("Andika Perkasa", "2022-06-01", "MIL", "Panglima TNI"),
    # Fadli Zon: acting speaker while Setya Novanto was out, later a minister
    ("Fadli Zon", "2016-01-01", "LEG", "Plt Ketua DPR"),
    ("Fadli Zon", "2017-06-01", "LEG", "Wakil Ketua DPR"),
    ("Fadli Zon", "2025-06-01", "GOV", "Menteri Kebudayaan"),
    # Nana Sudjana: Jakarta police chief, then acting governor of Central Java
    ("Nana Sudjana", "2020-06-01", "COP", "Kapolda Metro Jaya"),
    ("Nana Sudjana", "2024-06-01", "GOV", "Penjabat Gubernur Jawa Tengah"),
    # Oesman Sapta Odang: DPD speaker (a state office wins over his Hanura chair), then chair
    ("Oesman Sapta Odang", "2018-06-01", "LEG", "Ketua DPD"),
    ("OSO", "2021-06-01", "PTY", "Ketua Umum Partai Hanura"),
    # Rano Karno: governor of Banten, later deputy governor of Jakarta
    ("Rano Karno", "2016-06-01", "GOV", "Gubernur Banten"),
    ("Rano Karno", "2025-06-01", "GOV", "Wakil Gubernur DKI Jakarta"),
    # Budi Gunawan: deputy police chief, intelligence chief, coordinating minister
    ("Budi Gunawan", "2015-10-01", "COP", "Wakapolri"),
    ("Budi Gunawan", "2020-10-01", "GOV", "Kepala BIN"),
    # Muhaimin Iskandar: PKB chair throughout; deputy speaker 2019-2024 wins over the party
    ("Muhaimin Iskandar", "2018-06-01", "PTY", "Ketua Umum PKB"),
    ("Cak Imin", "2022-06-01", "LEG", "Wakil Ketua DPR"),
    ("Cak Imin", "2025-06-01", "GOV", "Menko Pemberdayaan Masyarakat"),
    # Saifullah Yusuf: deputy governor, no office, mayor of Pasuruan, social affairs minister
    ("Gus Ipul", "2017-06-01", "GOV", "Wakil Gubernur Jawa Timur"),
    ("Gus Ipul", "2020-06-01", None, None),
    ("Gus Ipul", "2022-06-01", "GOV", "Wali Kota Pasuruan"),
    ("Saifullah Yusuf", "2025-06-01", "GOV", "Menteri Sosial"),
])
def test_same_person_by_date(res: Resources, name: str, on: str, sector: str | None,
                             title: str | None) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.sector, match.title) == (sector, title)
    assert match.code == ("IDN" if sector else None)


@pytest.mark.parametrize(("surname", "on", "person"), [
    ("Mulyono", "2017-01-01", "Mulyono"),                 # KSAD 2015-2018
    ("Syafruddin", "2019-01-01", "Syafruddin"),           # Menteri PANRB
    ("Wihaji", "2025-03-01", "Wihaji"),
    ("Karnavian", "2020-01-01", "Tito Karnavian"),
])
def test_single_and_last_names_resolve(res: Resources, surname: str, on: str,
                                       person: str) -> None:
    match = lookup(surname, on, res)
    assert match is not None and match.name == person


# First and last name parts of this file's people that are also Indonesian root words,
# accepted because they are given names or surnames far more often than words in capitals
# (Agus, Andi, Ida, Rahmat, Halim, Nasution; Saan folds to "san"), or already parts of people in indonesia.yaml
# (Perkasa, Purnama, Prabowo). Common words ("anak", "mata") are in name_part_stops.txt.
ACCEPTED_WORD_PARTS = frozenset({
    "abdulah", "agus", "andi", "ery", "halim", "harsya", "ida", "nasution", "norman", "prabowo",
    "perkasa", "purnama", "rahmat", "san", "supandi",
})
MY_FILE = "actors/people/indonesia_offices.yaml"


def test_name_parts_are_not_indonesian_words(res: Resources) -> None:
    words = {fold(str(r.get("word") or "")) for r in res.get("lang/id/roots.tsv") or []}
    found = set()
    for person in res.get(MY_FILE):
        for name in (person["name"], *(person.get("aliases") or [])):
            parts = fold(name).split()
            if len(parts) > 1:
                found |= {p for p in (parts[0], parts[-1]) if len(p) >= 3 and p in words}
            elif parts and parts[0] in words:
                found.add(parts[0])
    stops = {fold(w) for w in res.get("actors/name_part_stops.txt") or []}
    assert found - stops <= ACCEPTED_WORD_PARTS, sorted(found - stops - ACCEPTED_WORD_PARTS)


@pytest.mark.parametrize("word", ["Mayor", "Bang", "Gus", "Cak", "Teuku", "Tengku", "Anak",
                                  "Mata", "Dunia"])
def test_honorifics_and_words_alone_are_no_person(res: Resources, word: str) -> None:
    # 'Mayor Inf ...' or 'Teuku ...' opens many names; the word alone names nobody
    match = lookup(word, "2025-06-01", res)
    assert match is None or match.type != "PER"


@pytest.mark.parametrize(("alias", "person"), [
    ("Mayor Teddy", "Teddy Indra Wijaya"), ("Bang Doel", "Rano Karno"),
    ("Gus Irfan", "Mochamad Irfan Yusuf"), ("Teuku Riefky", "Teuku Riefky Harsya"),
])
def test_aliases_with_honorifics_still_resolve(res: Resources, alias: str, person: str) -> None:
    match = lookup(alias, "2025-06-01", res)
    assert match is not None and match.name == person
