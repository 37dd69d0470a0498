"""Reported-speech clauses on sentences written for these tests (fictional events)."""

from __future__ import annotations

import pytest

from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _ind(body: str, res: Resources) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in extract_quotes(body, res) if q.kind == "indirect"]


def test_weak_verb_with_clause_predicate(res: Resources) -> None:
    body = "Bupati Rahmat Hidayat menjelaskan bantuan tunai tidak akan dipotong."
    assert _ind(body, res) == [("bantuan tunai tidak akan dipotong", "Rahmat Hidayat")]


def test_weak_verb_with_noun_object_is_not_speech(res: Resources) -> None:
    body = "Bupati Lestari Ningsih menyampaikan terima kasih kepada relawan yang sudah datang."
    assert _ind(body, res) == []


def test_weak_verb_request_is_not_speech(res: Resources) -> None:
    body = "Kedutaan mengimbau semua warganya untuk segera meninggalkan kota itu."
    assert _ind(body, res) == []


def test_bahwa_after_long_adverbial(res: Resources) -> None:
    body = ("Kepala dinas kesehatan Fajar Nugroho menuturkan kepada radio setempat, seperti "
            "dikutip harian lokal, Senin (3/3/2025), bahwa dua puskesmas rusak diterjang banjir.")
    assert _ind(body, res) == [("dua puskesmas rusak diterjang banjir", "Fajar Nugroho")]


def test_clause_before_a_run_on_quotation(res: Resources) -> None:
    # the segmenter may leave a clause and the next quotation in one sentence
    body = ("Juru bicara Arif Kurnia mengatakan bahwa rotasi jabatan merupakan hal rutin di "
            "lingkungan kepolisian.\"Ini bukan hukuman bagi siapa pun,\" katanya.")
    qs = extract_quotes(body, res)
    kinds = sorted(q.kind for q in qs)
    assert kinds == ["direct", "indirect"]
    ind = next(q for q in qs if q.kind == "indirect")
    assert ind.text.startswith("rotasi jabatan merupakan hal rutin")
    assert ind.speaker_name == "Arif Kurnia"


def test_quoted_phrase_ending_the_clause_stays_in_it(res: Resources) -> None:
    body = ("Perdana Menteri Lino Marques mengatakan kepada wartawan bahwa ia menolak usulan "
            "itu dan \"tidak akan pernah menandatanganinya.\"")
    texts = _ind(body, res)
    assert texts and texts[0][0].endswith("\"tidak akan pernah menandatanganinya.\"")
    assert texts[0][1] == "Lino Marques"


def test_media_reporting_is_sourcing_not_a_statement(res: Resources) -> None:
    body = "Sejumlah media Malaysia melaporkan bahwa banjir merendam tiga desa di Kelantan."
    assert _ind(body, res) == []


def test_media_in_an_adverbial_does_not_block_the_speaker(res: Resources) -> None:
    body = ("Lewat unggahan di media sosial, Gubernur Tomi Hadinata menegaskan sekolah akan "
            "dibuka kembali pekan depan.")
    assert _ind(body, res) == [("sekolah akan dibuka kembali pekan depan", "Tomi Hadinata")]


def test_melaporkan_with_noun_object_is_not_speech(res: Resources) -> None:
    body = "Bupati itu melaporkan harta kekayaannya pada Maret lalu ke lembaga antirasuah."
    assert _ind(body, res) == []


def test_contrasting_clause_with_its_own_speaker_is_cut(res: Resources) -> None:
    body = ("Pemberontak mengklaim sasarannya adalah gudang senjata di dekat kota, namun pihak "
            "militer menyatakan tidak ada gudang senjata di lokasi itu.")
    texts = [t for t, _ in _ind(body, res)]
    assert texts == ["sasarannya adalah gudang senjata di dekat kota",
                     "tidak ada gudang senjata di lokasi itu"]
