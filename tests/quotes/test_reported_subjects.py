"""Subjects of reported speech: offices without a name, coordinated verbs, a bracketed
acronym after the subject, and a name in apposition after ``menurut`` and a title.
Sentences written for these tests (fictional people and events)."""

from __future__ import annotations

import pytest

from warta.doc import Entity, Mention
from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _ind(body: str, res: Resources, entities: tuple[Entity, ...] = ()) -> list[
        tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in extract_quotes(body, res, entities=entities)
            if q.kind == "indirect"]


def test_office_without_name_speaks_as_the_phrase(res: Resources) -> None:
    body = ("Kepala layanan darurat Filipina menuturkan kepada televisi pemerintah bahwa tiga "
            "rumah sakit rusak.")
    k = body.index("Filipina")
    place = Entity("e1", "Filipina", "LOC", (Mention(k, k + 8, "Filipina"),), code="PHL")
    q = extract_quotes(body, res, entities=(place,))[0]
    assert (q.speaker_name, q.speaker_code) == ("Kepala layanan darurat Filipina", "PHL")


def test_lower_case_office_of_a_place_is_not_the_place(res: Resources) -> None:
    body = ("Polisi regional di Cebu mengatakan pada hari Minggu bahwa jumlah korban banjir "
            "bertambah menjadi sembilan orang.")
    k = body.index("Cebu")
    place = Entity("e1", "Cebu", "LOC", (Mention(k, k + 4, "Cebu"),))
    assert _ind(body, res, (place,))[0][1] == "Polisi regional di Cebu"


def test_institution_of_a_country_is_the_country(res: Resources) -> None:
    body = "Otoritas Filipina mengatakan sedikitnya sembilan orang tewas dalam banjir itu."
    k = body.index("Filipina")
    place = Entity("e1", "Filipina", "LOC", (Mention(k, k + 8, "Filipina"),))
    assert _ind(body, res, (place,))[0][1] == "Filipina"


def test_coordinated_verb_has_the_clause_subject(res: Resources) -> None:
    body = ("Sehari sebelumnya, Perdana Menteri Kirana Laksmi menolak tawaran Singapura untuk "
            "menunda perundingan dan memperingatkan bahwa tarif baru akan berlaku bulan depan.")
    assert _ind(body, res) == [("tarif baru akan berlaku bulan depan", "Kirana Laksmi")]


def test_verb_after_dengan_has_the_clause_subject(res: Resources) -> None:
    body = ("Malaysia mulai menutup perbatasan pada Senin, dengan mengklaim penutupan itu "
            "mencegah penyelundupan senjata.")
    assert _ind(body, res)[0][1] == "Malaysia"


def test_bracketed_acronym_after_the_subject(res: Resources) -> None:
    body = ("\"Kami siap,\" kata Budi Santoso. Perserikatan Bangsa-Bangsa (PBB) menolak cara "
            "pembagian itu. Mereka mengkritik pembagian bantuan sebagai tidak netral.")
    assert _ind(body, res)[-1][1] == "Perserikatan Bangsa-Bangsa"


def test_name_in_apposition_after_menurut_and_a_title(res: Resources) -> None:
    body = ("Menurut Senior Manager Humas Maskapai Nusantara, Rudi Hartono, maskapai langsung "
            "membawa penumpang itu ke rumah sakit.")
    assert _ind(body, res) == [
        ("maskapai langsung membawa penumpang itu ke rumah sakit", "Rudi Hartono")]
