"""Publication dates in every printed and exported form, with time zones and granularity."""

from __future__ import annotations

import pytest

from warta.clean.published import parse_published, published_from_url
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("Rabu, 02 Mar 2022 12:03 WIB", "2022-03-02T12:03:00+07:00", "minute"),
        ("Diperbarui 20 Jun 2025, 05:50 WIB", "2025-06-20T05:50:00+07:00", "minute"),
        ("Kompas.com - 10/06/2025, 21:23 WIB", "2025-06-10T21:23:00+07:00", "minute"),
        (",\u00a0Jurnalis-Rabu, 18 Juni 2025 |20:02 WIB", "2025-06-18T20:02:00+07:00", "minute"),
        ("Selasa, 10 Juni 2025 - 12:07 WIB", "2025-06-10T12:07:00+07:00", "minute"),
        ("Tayang: Selasa, 10 Juni 2025 06:53 WITA", "2025-06-10T06:53:00+08:00", "minute"),
        ("Kamis, 3 Juli 2025 19.30 WIT", "2025-07-03T19:30:00+09:00", "minute"),
        ("2025-09-10 15:04:26", "2025-09-10T15:04:26+07:00", "second"),
        ("2025-09-10T08:04:26Z", "2025-09-10T08:04:26+00:00", "second"),
        ("2015-11-05T14:56:43+07:00", "2015-11-05T14:56:43+07:00", "second"),
        ("June 10, 2025", "2025-06-10", "day"),
        ("10 Agustus 2024", "2024-08-10", "day"),
        ("5 Sept. 2023 08:00", "2023-09-05T08:00:00+07:00", "minute"),
        ("1757300000", "2025-09-08T09:53:20+07:00", "second"),
        ("1757300000000", "2025-09-08T09:53:20+07:00", "second"),
    ],
)
def test_parse_published_formats(resources: Resources, text: str, value: str, granularity: str) -> None:
    result = parse_published(text, resources)
    assert result is not None
    assert (result.value, result.granularity) == (value, granularity)


def test_published_label_wins_over_updated(resources: Resources) -> None:
    result = parse_published("Diperbarui 21 Jun 2025, 10:00 WIB Diterbitkan 20 Jun 2025, 08:00 WIB",
                             resources)
    assert result is not None and result.value == "2025-06-20T08:00:00+07:00"


def test_export_cell_uses_the_profile_order_but_printed_dates_are_day_first(resources: Resources) -> None:
    export = parse_published("10/06/2025 15:46", resources, slash_order="mdy")
    printed = parse_published("Kamis, 05/11/2015 10:08 WIB", resources, slash_order="mdy")
    impossible = parse_published("10/21/2025 15:46", resources, slash_order="dmy")
    assert export is not None and export.value.startswith("2025-10-06")
    assert printed is not None and printed.value.startswith("2015-11-05")
    assert impossible is not None and impossible.value.startswith("2025-10-21")


@pytest.mark.parametrize("text", ["", "Scroll ke bawah untuk membaca berita", "Rabu (5/11)", "12 Mei", None])
def test_no_year_or_no_date_gives_none(resources: Resources, text: str | None) -> None:
    assert parse_published(text, resources) is None


def test_url_timestamp_and_url_date(resources: Resources) -> None:
    stamp = published_from_url("https://www.cnnindonesia.com/x/20250910160549-120-1/a", resources)
    day = published_from_url("https://news.okezone.com/read/2025/06/10/18/3145732/a", resources)
    assert stamp is not None and (stamp.value, stamp.granularity) == ("2025-09-10T16:05:49+07:00", "second")
    assert day is not None and (day.value, day.granularity) == ("2025-06-10", "day")
    assert published_from_url("https://www.liputan6.com/global/read/6056500/x", resources) is None
