"""Absolute and partial dates, weekday checks and attached clock times, on sentences
written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from warta.lang.dates import find_dates
from warta.resources import Resources, load_resources

ANCHOR = datetime(2022, 3, 2, 12, 3, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def one(text: str, res: Resources, anchor: datetime | date | None = ANCHOR) -> tuple:
    found = find_dates(text, anchor, res)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d.text, d.value, d.granularity, d.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat digelar pada 2 Maret 2022 di Jakarta.",
         ("2 Maret 2022", "2022-03-02", "day", "absolute")),
        ("Surat itu bertanggal 02/03/2022.", ("02/03/2022", "2022-03-02", "day", "absolute")),
        ("Surat itu bertanggal 2/3/2022.", ("2/3/2022", "2022-03-02", "day", "absolute")),
        ("Sidang ditunda hingga 15-04-2022.", ("15-04-2022", "2022-04-15", "day", "absolute")),
        ("Data per 2022-01-31 menunjukkan kenaikan.",
         ("2022-01-31", "2022-01-31", "day", "absolute")),
        ("Seperti dikutip Reuters, Rabu (2/3/2022), menteri itu hadir.",
         ("Rabu (2/3/2022)", "2022-03-02", "day", "absolute")),
        ("Pemilu digelar pada Maret 2022.", ("Maret 2022", "2022-03", "month", "absolute")),
        ("Bandara dibuka kembali pada Okt. 2021.", ("Okt. 2021", "2021-10", "month", "absolute")),
        ("Jembatan itu dibangun tahun 2014.", ("tahun 2014", "2014", "year", "absolute")),
        ("Wilayah itu dicaplok pada 2014.", ("2014", "2014", "year", "absolute")),
        ("Pemilihan ulang pada 2018 lalu dianggap curang.",
         ("2018 lalu", "2018", "year", "absolute")),
        ("Kebijakan itu berlaku sejak 2019.", ("2019", "2019", "year", "absolute")),
        ("Gempa terjadi 3 Des 2021 dini hari.",
         ("3 Des 2021 dini hari", "2021-12-03", "day", "absolute")),
    ],
)
def test_absolute_forms(text: str, expected: tuple, res: Resources) -> None:
    assert one(text, res) == expected


def test_weekday_conflict_is_flagged_and_the_date_wins(res: Resources) -> None:
    text = "Pasukan mulai bergerak pada Kamis (25/2) lalu."
    [d] = find_dates(text, ANCHOR, res)
    assert (d.text, d.value, d.kind) == ("Kamis (25/2)", "2022-02-25", "partial")
    assert d.conflict is not None and "Kamis" in d.conflict and "2022-02-25" in d.conflict


def test_matching_weekday_has_no_conflict(res: Resources) -> None:
    [d] = find_dates("Polisi menggelar jumpa pers, Jumat (25/2).", ANCHOR, res)
    assert d.value == "2022-02-25" and d.conflict is None


def test_partial_date_takes_the_nearest_past_year(res: Resources) -> None:
    text = "Ledakan terdengar Selasa (9/9) malam di pelabuhan."
    [d] = find_dates(text, date(2025, 9, 10), res)
    assert (d.text, d.value, d.conflict) == ("Selasa (9/9) malam", "2025-09-09", None)
    [d] = find_dates(text, date(2026, 1, 5), res)
    assert d.value == "2025-09-09"  # September is in the past in January


def test_partial_date_just_ahead_of_the_anchor_stays_in_its_year(res: Resources) -> None:
    [d] = find_dates("Pelantikan dijadwalkan Senin (7/3).", ANCHOR, res)
    assert d.value == "2022-03-07"
    [d] = find_dates("Tim tiba Senin (3/1).", date(2022, 12, 28), res)
    assert d.value == "2023-01-03"


def test_day_month_words_without_year(res: Resources) -> None:
    assert one("Gencatan senjata berlaku 20 Februari.", res) == (
        "20 Februari", "2022-02-20", "day", "partial")


def test_without_anchor_partial_dates_have_no_value(res: Resources) -> None:
    [d] = find_dates("Kamis (25/2) malam", None, res)
    assert d.value is None and d.kind == "partial"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Ledakan terjadi Rabu (2/3/2022) pukul 14.30 WIB.",
         "Rabu (2/3/2022) pukul 14.30 WIB", "2022-03-02T14:30:00+07:00"),
        ("Rabu, 02 Mar 2022 12:03 WIB", "Rabu, 02 Mar 2022 12:03 WIB",
         "2022-03-02T12:03:00+07:00"),
        ("Kapal bersandar pukul 09.15 WITA, Selasa (1/3).",
         "pukul 09.15 WITA, Selasa (1/3)", "2022-03-01T09:15:00+08:00"),
        ("Gempa terasa kemarin pukul 21.05 WIT.", "kemarin pukul 21.05 WIT",
         "2022-03-01T21:05:00+09:00"),
    ],
)
def test_clock_time_attaches_to_an_adjacent_date(text: str, span: str, value: str,
                                                 res: Resources) -> None:
    [d] = find_dates(text, ANCHOR, res)
    assert (d.text, d.value, d.granularity) == (span, value, "minute")


@pytest.mark.parametrize(
    "text",
    [
        "Rapat dimulai pukul 14.30 WIB.",
        "Antrean mengular selama 2 jam.",
        "Mereka berjalan kaki tiga hari.",
        "Ia dipenjara selama 10 tahun.",
        "Sebanyak 2018 orang mendaftar.",
        "Layanan darurat siaga 24/7.",
        "Skor akhir 20-30 untuk tim tamu.",
        "Inflasi naik 1.5 persen.",
    ],
)
def test_not_dates(text: str, res: Resources) -> None:
    assert find_dates(text, ANCHOR, res) == []
