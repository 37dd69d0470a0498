"""Which earlier name a pronoun cue continues, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _speakers(body: str, res: Resources) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(body, res)]


def test_derived_noun_subject_is_not_an_antecedent(res: Resources) -> None:
    body = ("\"Stok beras aman sampai Lebaran,\" kata Rudi Hartono di gudang Bulog.\n\n"
            "Kewenangan penyaluran ada di tangan pemerintah daerah.\n\n"
            "\"Kami tinggal menunggu data penerima,\" katanya.")
    assert _speakers(body, res)[-1] == "Rudi Hartono"


def test_far_subject_yields_to_the_last_speaker(res: Resources) -> None:
    body = ("\"Jalan tol dibuka pekan depan,\" kata Wulan Sari.\n\n"
            "Direktur Arman Jaya menyelesaikan jembatan pada Maret.\n\n"
            "Jembatan itu sepanjang dua kilometer.\n\n"
            "Lalu lintas diperkirakan padat saat libur panjang.\n\n"
            "\"Kami siapkan petugas di setiap gerbang,\" ujarnya.")
    assert _speakers(body, res)[-1] == "Wulan Sari"


def test_near_subject_is_the_antecedent(res: Resources) -> None:
    body = ("\"Jalan tol dibuka pekan depan,\" kata Wulan Sari.\n\n"
            "Direktur Arman Jaya menyelesaikan jembatan pada Maret.\n\n"
            "\"Kami bekerja siang dan malam,\" ujarnya.")
    assert _speakers(body, res)[-1] == "Arman Jaya"


def test_full_name_does_not_cross_a_sentence_opener(res: Resources) -> None:
    body = ("Ekonomi Jabar Menurut Dewi Anggraini tumbuh melambat.\n\n"
            "\"Pinjaman daerah akan kami percepat,\" kata Dewi Anggraini.\n\n"
            "\"Bunganya hampir nol,\" kata Anggraini.")
    assert _speakers(body, res)[-1] == "Dewi Anggraini"


def test_long_office_subject_is_still_a_person(res: Resources) -> None:
    body = ("Direktur Jenderal Penanganan Bencana Arif Santoso menyatakan, pihaknya belum "
            "bisa memberi angka pasti.\n\n"
            "\"Data masih kami kumpulkan,\" katanya.")
    speaker = _speakers(body, res)[-1]
    assert speaker is not None and speaker.endswith("Arif Santoso")
