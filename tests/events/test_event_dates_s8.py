"""Event dates the text gives or implies (GUIDE: `date`), session 8: a month named before
``lalu``/``silam`` (``Maret lalu``), a year before ``lalu`` (``2019 lalu``), and an
occasion a later sentence refers back to (``Dalam kesempatan itu``, ``pada hari itu``),
whose undated acts take the day the text gave it. Our own sentences; publication date
2025-06-20 (a Friday)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from warta.doc import Event
from warta.lang.dates import find_dates
from warta.resources import Resources

Piped = Callable[[str], list[Event]]
ANCHOR = date(2025, 6, 20)


def _of(events: list[Event], plover: str) -> list[Event]:
    found = [e for e in events if e.plover == plover]
    assert found, f"no {plover} event in {[(e.plover, e.date) for e in events]}"
    return found


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("bertemu pada Maret lalu", "Maret", "2025-03"),
        ("diresmikan Juni lalu", "Juni", "2025-06"),  # the anchor's own month
        ("ditandatangani pada bulan Agustus silam", "Agustus", "2024-08"),  # later: last year
        ("dibuka pada Januari yang lalu", "Januari", "2025-01"),
    ],
)
def test_a_month_before_lalu_is_the_latest_such_month(res: Resources, text: str,
                                                       mention: str, value: str) -> None:
    found = [(d.text, d.value, d.granularity) for d in find_dates(text, ANCHOR, res)]
    assert found == [(mention, value, "month")]


@pytest.mark.parametrize("text", ["pada Juni mendatang", "bulan Juni", "Juni ini"])
def test_a_month_without_a_past_marker_is_no_date(res: Resources, text: str) -> None:
    assert find_dates(text, ANCHOR, res) == []


def test_a_month_before_lalu_without_an_anchor_has_no_value(res: Resources) -> None:
    found = find_dates("pada Maret lalu", None, res)
    assert [(d.text, d.value) for d in found] == [("Maret", None)]


def test_a_meeting_in_a_past_month_takes_the_month(piped: Piped) -> None:
    ev = piped("Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang di Tokyo "
               "Maret lalu untuk membahas kerja sama maritim kedua negara.")
    assert all(e.date == "2025-03" for e in _of(ev, "CONSULT"))


def test_silam_after_a_month_dates_the_event_without_pada(piped: Piped) -> None:
    ev = piped("Kepolisian Daerah Sumatera Utara menangkap dua pejabat Dinas Pekerjaan Umum "
               "Kota Binjai Februari silam atas dugaan suap proyek jalan.")
    assert all(e.date == "2025-02" for e in _of(ev, "COERCE"))


def test_a_year_before_lalu_dates_the_event(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto pernah bertemu Perdana Menteri Malaysia Anwar "
               "Ibrahim di Kuala Lumpur 2019 lalu dalam sebuah forum ekonomi.")
    assert all(e.date == "2019" for e in _of(ev, "CONSULT"))


def test_dalam_kesempatan_itu_takes_the_day_of_the_meeting(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, "
               "Kamis (19/6). Dalam kesempatan itu, Anwar mendukung Indonesia menjadi tuan "
               "rumah KTT ASEAN.")
    assert all(e.date == "2025-06-19" for e in _of(ev, "SUPPORT"))


def test_pada_kesempatan_yang_sama_takes_the_day(piped: Piped) -> None:
    ev = piped("Menteri Luar Negeri Sugiono menerima kunjungan Menteri Luar Negeri Jepang di "
               "Jakarta pada Senin (16/6). Pada kesempatan yang sama, Sugiono mengecam "
               "Israel atas serangan ke Iran.")
    assert all(e.date == "2025-06-16" for e in _of(ev, "ACCUSE"))


def test_pada_hari_itu_takes_the_day_a_sentence_before(piped: Piped) -> None:
    ev = piped("Ribuan mahasiswa berunjuk rasa menolak revisi undang-undang di depan Gedung "
               "DPR, Jakarta, Selasa (17/6). Pada hari itu, Polda Metro Jaya menangkap lima "
               "mahasiswa.")
    assert all(e.date == "2025-06-17" for e in _of(ev, "COERCE"))


def test_an_occasion_dated_only_by_a_report_cue_stays_undated(piped: Piped) -> None:
    # the date after "dilansir" is when the report appeared: no day for the occasion
    ev = piped("Menteri Luar Negeri Sugiono berbicara di hadapan para diplomat di Jakarta, "
               "seperti dilansir Antara, Senin (16/6). Dalam kesempatan itu, Sugiono "
               "mengecam Israel atas serangan ke Iran.")
    assert all(e.date is None for e in _of(ev, "ACCUSE"))


def test_an_occasion_after_a_year_keeps_no_day(piped: Piped) -> None:
    # the nearest date names a year: the occasion's day is unknown
    ev = piped("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, "
               "Kamis (19/6). Kedua negara telah menjalin kerja sama energi sejak tahun "
               "2021. Dalam kesempatan itu, Anwar mendukung Indonesia menjadi tuan rumah "
               "KTT ASEAN.")
    assert all(e.date is None for e in _of(ev, "SUPPORT"))


def test_a_sentence_with_its_own_date_keeps_it(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, "
               "Kamis (19/6). Dalam kesempatan itu, Anwar juga menyebut bahwa Malaysia "
               "mengecam Israel pada Sabtu (14/6).")
    assert all(e.date == "2025-06-14" for e in _of(ev, "ACCUSE"))


def test_an_undated_sentence_without_a_reference_stays_undated(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, "
               "Kamis (19/6). Sementara itu, Menteri Luar Negeri Sugiono mengecam Israel "
               "atas serangan ke Iran.")
    assert all(e.date is None for e in _of(ev, "ACCUSE"))


def test_saat_itu_takes_the_year_of_the_sentence_before(piped: Piped) -> None:
    ev = piped("Kedua negara pertama kali menggelar latihan militer bersama pada 2016. Saat "
               "itu, Presiden Joko Widodo bertemu Perdana Menteri Australia di Canberra.")
    assert all(e.date == "2016" for e in _of(ev, "CONSULT"))


def test_ketika_itu_reaches_back_two_sentences_only(piped: Piped) -> None:
    ev = piped("Kedua negara pertama kali menggelar latihan militer bersama pada 2016. "
               "Latihan itu melibatkan ribuan prajurit dari berbagai satuan. Kapal perang "
               "kedua negara juga ikut berlayar di Laut Timor. Ketika itu, Presiden Joko "
               "Widodo bertemu Perdana Menteri Australia di Canberra.")
    assert all(e.date is None for e in _of(ev, "CONSULT"))


def test_saat_itu_inside_a_sentence_is_no_reference(piped: Piped) -> None:
    # "who had just been elected at the time": it describes the noun, it does not set the
    # act at the year before
    ev = piped("Kedua negara pertama kali menggelar latihan militer bersama pada 2016. "
               "Presiden Joko Widodo bertemu Perdana Menteri Australia, yang saat itu baru "
               "terpilih, di Canberra.")
    assert all(e.date is None for e in _of(ev, "CONSULT"))


def test_a_month_after_menyusul_dates_what_it_follows(piped: Piped) -> None:
    # the riot's month, not the arrest's: "menyusul" opens another act's time
    ev = piped("Polda Metro Jaya menangkap lima mahasiswa menyusul kericuhan di kampus, "
               "Maret lalu, yang merusak gedung rektorat.")
    assert all(e.date is None for e in _of(ev, "COERCE"))
    ev = piped("Polda Metro Jaya menangkap lima mahasiswa pada Maret lalu.")
    assert all(e.date == "2025-03" for e in _of(ev, "COERCE"))


def test_a_month_before_the_request_dates_it(piped: Piped) -> None:
    ev = piped("Mahkamah Konstitusi pada Mei lalu meminta KPU Kabupaten Sleman untuk "
               "menghitung ulang suara.")
    assert all(e.date == "2025-05" for e in _of(ev, "REQUEST"))
