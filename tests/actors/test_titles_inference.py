"""Title inference on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.actors import infer_from_title, resolve_person
from warta.resources import Resources


@pytest.mark.parametrize(("sentence", "name", "code", "sector"), [
    ("Menteri Luar Negeri Iran Abbas Araghchi menolak tuduhan itu.", "Abbas Araghchi", "IRN", "GOV"),
    ("Hal itu disampaikan juru bicara militer Israel Fulan Levi kepada wartawan.", "Fulan Levi", "ISR", "MIL"),
    ("Kapolda Metro Jaya Irjen Fulan Wibowo memimpin apel pagi.", "Fulan Wibowo", "IDN", "COP"),
    ("Ketua Umum Partai Gerindra Fulan Hadi hadir di Senayan.", "Fulan Hadi", "IDN", "PTY"),
    ("Panglima TNI Jenderal Fulan Susilo meninjau latihan.", "Fulan Susilo", "IDN", "MIL"),
    ("Jaksa Agung Fulan Harahap mengumumkan tersangka baru.", "Fulan Harahap", "IDN", "JUD"),
    ("Sementara itu anggota DPR Fulanah Sari mengkritik kebijakan itu.", "Fulanah Sari", "IDN", "LEG"),
    ("Gubernur Jawa Tengah Fulan Prasetyo meresmikan jembatan.", "Fulan Prasetyo", "IDN", "GOV"),
    ("Bupati Sleman Fulanah Dewi meninjau lokasi banjir.", "Fulanah Dewi", "IDN", "GOV"),
    ("Duta Besar Rusia untuk Indonesia Fulan Ivanov menemui wartawan.", "Fulan Ivanov", "RUS", "GOV"),
    ("Perdana Menteri Belanda Fulan de Vries menelepon mitranya.", "Fulan de Vries", "NLD", "GOV"),
    ("Sekjen PBB Fulan Mensah menyerukan gencatan senjata.", "Fulan Mensah", "UNO", None),
    ("Wakil Perdana Menteri Jepang Fulan Sato tiba di Jakarta.", "Fulan Sato", "JPN", "GOV"),
    ("Kepala Dinas Penerangan TNI AL Laksamana Pertama Fulan menjelaskan rencana itu.", "Fulan", "IDN", "MIL"),
    ("Juru bicara Kremlin, Fulan Petrov, membantah laporan itu.", "Fulan Petrov", "RUS", "GOV"),
    ("Kata pemimpin Hamas Fulan Yusuf dalam rekaman video.", "Fulan Yusuf", "HAMAS", None),
    ("Ustaz Fulan Hakim mengisi pengajian.", "Fulan Hakim", "IDN", "REL"),
])
def test_title_before_name(res: Resources, sentence: str, name: str, code: str,
                           sector: str | None) -> None:
    before = sentence[:sentence.index(name)]
    match = infer_from_title(before, name, "2025-06-20", res)
    assert match is not None, before
    assert (match.code, match.sector) == (code, sector)
    assert match.rule == "title"


@pytest.mark.parametrize("before", [
    "Perdana Menteri ",                      # a foreign-only office with no country named
    "mantan Presiden ",                      # a former office
    "Pengamat politik itu mengatakan bahwa ",
    "",
])
def test_no_code_without_a_usable_title(res: Resources, before: str) -> None:
    assert infer_from_title(before, "Fulan", "2025-06-20", res) is None


def test_title_does_not_cross_a_verb(res: Resources) -> None:
    # the title belongs to someone else: "Presiden" is before a verb, not before the name
    before = "Presiden Prancis menyambut kedatangan "
    assert infer_from_title(before, "Fulan", "2025-06-20", res) is None


def test_dictionary_role_wins_over_title(res: Resources) -> None:
    match = resolve_person("Prabowo Subianto", "Menteri Pertahanan ", "2025-06-20", res)
    assert match is not None and match.title == "Presiden Indonesia"


def test_title_fills_a_known_person_without_role(res: Resources) -> None:
    match = resolve_person("Joko Widodo", "Gubernur DKI Jakarta ", "2025-06-20", res)
    assert match is not None
    assert (match.name, match.code, match.sector, match.rule) == ("Joko Widodo", "IDN", "GOV", "title")
