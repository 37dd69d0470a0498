"""Amounts: number forms, vague ranges, approximators, the counted thing and its kind."""

from __future__ import annotations

import pytest

from warta.lang.numbers import find_amounts
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def only(text: str, res: Resources) -> tuple:
    [a] = find_amounts(text, res)
    assert text[a.start : a.end] == a.text
    return a.text, a.low, a.high, a.approx, a.unit, a.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures and scale words
        ("Pemerintah menyiapkan Rp 2 miliar untuk korban banjir.",
         ("Rp 2 miliar", 2e9, 2e9, None, "Rp", "money")),
        ("Nilai proyek itu Rp425 triliun.", ("Rp425 triliun", 425e12, 425e12, None, "Rp", "money")),
        ("Bank Dunia mengucurkan US$ 3 juta.", ("US$ 3 juta", 3e6, 3e6, None, "US$", "money")),
        ("Dana 1,5 juta dolar AS dicairkan.",
         ("1,5 juta dolar AS", 1.5e6, 1.5e6, None, "dolar AS", "money")),
        ("Tiket dijual Rp50.000 per lembar.", ("Rp50.000", 5e4, 5e4, None, "Rp", "money")),
        # number words
        ("Tiga warga luka-luka akibat ledakan.", ("Tiga warga", 3, 3, None, "warga", "injured")),
        ("Sebelas tentara tewas dalam penyergapan.",
         ("Sebelas tentara", 11, 11, None, "tentara", "deaths")),
        ("Dua puluh lima mahasiswa ditangkap aparat.",
         ("Dua puluh lima mahasiswa", 25, 25, None, "mahasiswa", "arrested")),
        ("Seratus pengungsi tiba di pelabuhan.",
         ("Seratus pengungsi", 100, 100, None, "pengungsi", "displaced")),
        ("Setengah juta orang mengungsi ke negara tetangga.",
         ("Setengah juta orang", 5e5, 5e5, None, "orang", "displaced")),
        ("Dua ratus lima puluh ribu warga mengungsi.",
         ("Dua ratus lima puluh ribu warga", 250000, 250000, None, "warga", "displaced")),
        # vague quantities
        ("Belasan orang diamankan polisi.", ("Belasan orang", 11, 19, None, "orang", "arrested")),
        ("Puluhan rumah terbakar.", ("Puluhan rumah", 20, 99, None, "rumah", "other")),
        ("Ratusan orang tewas dalam gempa.", ("Ratusan orang", 100, 999, None, "orang", "deaths")),
        ("Ribuan pengunjuk rasa memadati jalan.",
         ("Ribuan pengunjuk rasa", 1000, 9999, None, "pengunjuk rasa", "other")),
        ("Puluhan ribu warga berunjuk rasa.",
         ("Puluhan ribu warga", 20000, 99999, None, "warga", "other")),
        ("Jutaan orang kehilangan tempat tinggal.",
         ("Jutaan orang", 1e6, 9999999, None, "orang", "displaced")),
        # approximators
        ("Hampir 680.000 orang telah meninggalkan negara itu.",
         ("Hampir 680.000 orang", 680000, 680000, "Hampir", "orang", "displaced")),
        ("Sekitar 5.000 personel TNI dikerahkan ke lokasi.",
         ("Sekitar 5.000 personel", 5000, 5000, "Sekitar", "personel", "troops")),
        ("Lebih dari 1,5 juta orang meninggalkan rumah mereka.",
         ("Lebih dari 1,5 juta orang", 1.5e6, 1.5e6, "Lebih dari", "orang", "displaced")),
        ("Sedikitnya 7 orang meninggal dunia.",
         ("Sedikitnya 7 orang", 7, 7, "Sedikitnya", "orang", "deaths")),
        ("Setidaknya 300 rudal ditembakkan sejak pagi.",
         ("Setidaknya 300 rudal", 300, 300, "Setidaknya", "rudal", "weapons")),
        ("Sekurang-kurangnya 40 orang terluka.",
         ("Sekurang-kurangnya 40 orang", 40, 40, "Sekurang-kurangnya", "orang", "injured")),
        ("Kurang lebih 200 tahanan dipindahkan.",
         ("Kurang lebih 200 tahanan", 200, 200, "Kurang lebih", "tahanan", "arrested")),
        ("Hingga 4.000 warga mengungsi ke gedung sekolah.",
         ("Hingga 4.000 warga", 4000, 4000, "Hingga", "warga", "displaced")),
        ("Jumlah korban tewas mencapai 50 orang.",
         ("mencapai 50 orang", 50, 50, "mencapai", "orang", "deaths")),
        # ranges
        ("Sekitar 20-30 orang terluka.", ("Sekitar 20-30 orang", 20, 30, "Sekitar", "orang",
                                          "injured")),
        ("Antara 10 hingga 15 polisi berjaga.", ("10 hingga 15 polisi", 10, 15, None, "polisi",
                                                 "troops")),
        # kinds from units and predicates
        ("Rusia menerbangkan 15 jet tempur ke wilayah itu.",
         ("15 jet tempur", 15, 15, None, "jet tempur", "weapons")),
        ("Polisi menyebut 12 orang ditangkap.", ("12 orang", 12, 12, None, "orang", "arrested")),
        ("Aparat menangkap 12 orang di lokasi.", ("12 orang", 12, 12, None, "orang", "arrested")),
        ("Serangan itu menewaskan 12 orang.", ("12 orang", 12, 12, None, "orang", "deaths")),
        ("Sebanyak 300 warga mengungsi ke masjid.",
         ("300 warga", 300, 300, None, "warga", "displaced")),
        ("Rumah 3 warga rusak.", ("3 warga", 3, 3, None, "warga", "other")),
        ("Ada 2018 orang di aula itu.", ("2018 orang", 2018, 2018, None, "orang", "other")),
        # percentages stay as kind other
        ("Inflasi naik 3,5% bulan ini.", ("3,5%", 3.5, 3.5, None, "%", "other")),
        ("Suara partai itu 12 persen.", ("12 persen", 12, 12, None, "%", "other")),
    ],
)
def test_amount_forms_and_kinds(text: str, expected: tuple, res: Resources) -> None:
    assert only(text, res) == expected


def test_two_amounts_in_one_sentence(res: Resources) -> None:
    text = "Ratusan orang tewas, ribuan lainnya luka-luka."
    kinds = [(a.text, a.kind) for a in find_amounts(text, res)]
    assert kinds == [("Ratusan orang", "deaths"), ("ribuan lainnya", "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat dimulai pukul 14.30 WIB.",
        "Acara digelar Rabu (2/3/2022) di balai kota.",
        "Wilayah itu dicaplok pada 2014.",
        "Ia menempati peringkat ke-3.",
        "Hubungi 0812-3456-7890 untuk informasi.",
        "Aturan itu tercantum dalam pasal 5 ayat 2.",
        "Mereka menunggu selama 2 jam.",
        "Ia dipenjara 10 tahun.",
        "Salah satu korban adalah warga setempat.",
        "Layanan darurat siaga 24/7.",
    ],
)
def test_not_amounts(text: str, res: Resources) -> None:
    assert find_amounts(text, res) == []
