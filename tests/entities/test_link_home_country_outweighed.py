"""Institutions filed as Indonesian by default (``Partai Demokrat``, ``Pangkalan Udara X``)
in an article about another state: they move to that state when it outweighs what is
Indonesian three to one and names another organ of the same kind there; an Indonesian
party in a story about a foreign war stays Indonesian."""

from __future__ import annotations

from warta.entities.component import extract_entities
from warta.resources import Resources


def _codes(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: (e.code, e.sector) for e in extract_entities(doc, res)}


def test_us_party_beside_an_indonesian_embassy(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Partai Demokrat menguasai Senat Amerika Serikat setelah pemilu sela. "
                   "Presiden Joe Biden memuji kemenangan itu. Partai Republik menolak "
                   "hasilnya, sementara Kedutaan Besar Indonesia memantau situasi. Amerika "
                   "Serikat bersiap menghadapi pemilu presiden.", published="2022-11-20")
    codes = _codes(doc, res)
    assert codes["Partai Demokrat"] == ("USA", "PTY")
    assert codes["Kedutaan Besar Indonesia"] == ("IDN", "GOV")


def test_indonesian_party_in_a_story_about_israel(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengecam serangan "
                   "Israel. Israel dan Palestina diminta berunding. Militer Israel menolak. "
                   "Israel terus menyerang.", published="2025-03-01")
    assert _codes(doc, res)["Partai Demokrat"] == ("IDN", "PTY")


def test_foreign_air_base(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Pesawat itu mendarat di Pangkalan Udara Edwards, California. Militer "
                   "Amerika Serikat menyebut uji terbang berhasil.", published="2025-03-01")
    assert _codes(doc, res)["Pangkalan Udara Edwards"] == ("USA", "MIL")


def test_indonesian_air_base_stays(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Pesawat itu mendarat di Pangkalan Udara Iswahjudi, Madiun, kata Kepala "
                   "Dinas Penerangan TNI AU.", published="2025-03-01")
    codes = _codes(doc, res)
    assert codes["Pangkalan Udara Iswahjudi"] == ("IDN", "MIL")
