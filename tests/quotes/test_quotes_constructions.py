"""Quote constructions on sentences written for these tests (fictional events)."""

from __future__ import annotations

import pytest

from warta.quotes.component import QuotesComponent, extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _q(body: str, res: Resources) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_name) for q in extract_quotes(body, res)]


def test_cue_after_with_name(res: Resources) -> None:
    body = "\"Kami akan membuka jalur bantuan pekan depan,\" kata Rina Lestari kepada wartawan."
    assert _q(body, res) == [
        ("direct", "Kami akan membuka jalur bantuan pekan depan,", "Rina Lestari")]


def test_pronoun_cue_resolves_to_last_subject(res: Resources) -> None:
    body = ("Gubernur Bambang Sutejo meninjau lokasi banjir di Demak.\n\n"
            "\"Semua pengungsi harus mendapat makanan hari ini,\" katanya.")
    assert _q(body, res)[-1] == (
        "direct", "Semua pengungsi harus mendapat makanan hari ini,", "Bambang Sutejo")


def test_surname_expands_to_full_name(res: Resources) -> None:
    body = ("Menteri Perdagangan Hendra Wijaya mengunjungi pasar. "
            "\"Harga beras mulai turun,\" ujar Wijaya.")
    assert _q(body, res)[-1][2] == "Hendra Wijaya"


def test_cue_before_with_comma(res: Resources) -> None:
    body = "Kapolda Andi Prakoso mengatakan, \"Pelaku sudah kami tangkap tadi malam.\""
    kind, text, speaker = _q(body, res)[0]
    assert (kind, text, speaker) == ("direct", "Pelaku sudah kami tangkap tadi malam.",
                                     "Andi Prakoso")


def test_menurut_before_direct_quote(res: Resources) -> None:
    body = "Menurut Siti Aminah, \"Anggaran desa belum cair sampai sekarang.\""
    assert _q(body, res) == [
        ("direct", "Anggaran desa belum cair sampai sekarang.", "Siti Aminah")]


def test_scare_quotes_are_not_quotes(res: Resources) -> None:
    body = ("Dewan menyebut program itu sebagai 'proyek mercusuar' yang boros. "
            "Warga menamai jembatan itu \"jembatan harapan\" sejak lama.")
    assert [q for q in _q(body, res) if q[0] == "direct"] == []


def test_single_quote_speech_with_cue(res: Resources) -> None:
    body = "'Kami tidak akan mundur dari tuntutan ini,' kata Yusuf Harahap."
    assert _q(body, res) == [("direct", "Kami tidak akan mundur dari tuntutan ini,",
                              "Yusuf Harahap")]


def test_apostrophe_inside_a_name_is_not_a_mark(res: Resources) -> None:
    body = "Wakil Presiden Ma'ruf Amin hadir pada Jum'at pagi di masjid raya."
    assert _q(body, res) == []


def test_split_quote_both_halves_same_speaker(res: Resources) -> None:
    body = ("\"Kami siap berunding,\" kata Lukas Mandagi, \"tetapi serangan harus berhenti "
            "lebih dulu.\"")
    got = _q(body, res)
    assert [g[1] for g in got] == ["Kami siap berunding,",
                                   "tetapi serangan harus berhenti lebih dulu."]
    assert {g[2] for g in got} == {"Lukas Mandagi"}


def test_multi_paragraph_quote(res: Resources) -> None:
    body = ("\"Banjir datang tengah malam. Kami tidak sempat menyelamatkan barang.\n\n"
            "\"Sekarang kami tinggal di tenda darurat,\" kata Maria Ulfa.")
    got = _q(body, res)
    assert len(got) == 1
    assert got[0][1].startswith("Banjir datang") and got[0][1].endswith("tenda darurat,")
    assert got[0][2] == "Maria Ulfa"


def test_ia_menambahkan_after_quote(res: Resources) -> None:
    body = ("Kepala BPBD Rahmat Hidayat memantau tanggul. "
            "\"Debit air masih tinggi,\" ia menambahkan.")
    assert _q(body, res)[-1] == ("direct", "Debit air masih tinggi,", "Rahmat Hidayat")


def test_kata_dia(res: Resources) -> None:
    body = ("Ketua KPU daerah, Dewi Sartika, membuka rapat pleno. "
            "\"Rekapitulasi selesai malam ini,\" kata dia.")
    assert _q(body, res)[-1][2] == "Dewi Sartika"


def test_reported_with_bahwa(res: Resources) -> None:
    body = "Presiden Arman Lubis mengatakan bahwa pemerintah akan menaikkan upah minimum."
    assert _q(body, res) == [
        ("indirect", "pemerintah akan menaikkan upah minimum", "Arman Lubis")]


def test_reported_without_bahwa(res: Resources) -> None:
    body = "Kementerian Kesehatan menegaskan vaksin itu aman bagi anak-anak."
    assert _q(body, res) == [("indirect", "vaksin itu aman bagi anak-anak",
                              "Kementerian Kesehatan")]


def test_noun_object_is_not_reported_speech(res: Resources) -> None:
    body = "Presiden Arman Lubis menyatakan dukungan penuh untuk tim nasional."
    assert _q(body, res) == []


def test_menurut_reported(res: Resources) -> None:
    body = "Menurut Badan Meteorologi, hujan lebat akan turun hingga akhir pekan."
    assert _q(body, res) == [("indirect", "hujan lebat akan turun hingga akhir pekan",
                              "Badan Meteorologi")]


def test_menurut_a_news_agency_is_not_a_speaker(res: Resources) -> None:
    body = "Menurut AFP, ribuan warga telah mengungsi dari kota itu."
    assert _q(body, res) == []


def test_attribution_after_the_clause(res: Resources) -> None:
    body = "Pasukan penjaga perdamaian akan tiba pekan depan, kata Kementerian Pertahanan."
    assert _q(body, res) == [("indirect", "Pasukan penjaga perdamaian akan tiba pekan depan",
                              "Kementerian Pertahanan")]


def test_sebut_chain_keeps_who_reported(res: Resources) -> None:
    body = ("Dalam pertemuan itu, sebut Kremlin, Putin menyatakan bahwa pasukannya akan "
            "mundur dari perbatasan.")
    (q,) = extract_quotes(body, res)
    assert (q.speaker_name, q.reported_by) == ("Putin", "Kremlin")


def test_wire_is_reported_by_not_speaker(res: Resources) -> None:
    body = ("\"Kami menolak tuduhan itu,\" kata Omar Haddad, seperti dilansir AFP, "
            "Senin (3/3/2025).")
    (q,) = extract_quotes(body, res)
    assert (q.speaker_name, q.reported_by) == ("Omar Haddad", "AFP")


def test_offsets_point_into_the_body(res: Resources) -> None:
    body = "Ia datang pagi. \"Kami menolak rencana itu,\" kata Budi Santoso."
    (q,) = extract_quotes(body, res)
    assert body[q.start:q.end] == q.text
    assert q.cue == "kata" and q.cue_start is not None
    assert body[q.cue_start:q.cue_start + 4] == "kata"


def test_component_provides_quotes(res: Resources) -> None:
    from warta.doc import Document, RawDocument

    raw = RawDocument(id="t", source="t", locator="t", format="text", content="")
    doc = Document.from_raw(raw)
    import dataclasses

    doc = dataclasses.replace(doc, body="\"Kami siap,\" kata Ani Wulandari.")
    out = QuotesComponent()(doc, res)
    assert out.quotes[0].speaker_name == "Ani Wulandari"
    assert out.quotes[0].speaker is None  # no entity layer: no entity id


def test_portfolio_words_between_title_and_name(res: Resources) -> None:
    body = ("\"Kunjungan wisatawan naik dua kali lipat,\" kata Menteri Pariwisata dan "
            "Ekonomi Kreatif Rangga Pratama di Bali.")
    assert _q(body, res)[-1][2] == "Rangga Pratama"
