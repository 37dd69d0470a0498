"""Tokenizer rules on hand-written Indonesian news sentences: abbreviations, figures, dates,
URLs, tags, quotes, glued words and clitic parts. Tokens must be sub-spans of the text."""

from __future__ import annotations

import pytest

from warta.lang.segment import segment
from warta.lang.tokenize import clitic_parts, scan, split_glued
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def words(text: str, res: Resources) -> list[str]:
    return [text[p.start : p.end] for p in scan(text, res)]


@pytest.mark.parametrize("abbr", ["Dr.", "Prof.", "Jl.", "No.", "pkl.", "H.", "Kol.",
                                  "Irjen.", "S.H.", "M.Si.", "dll."])
def test_abbreviation_keeps_its_dot(abbr: str, res: Resources) -> None:
    text = f"Rapat dihadiri {abbr} Sutrisno kemarin."
    assert abbr in words(text, res)


def test_title_abbreviations_in_a_row(res: Resources) -> None:
    text = "Kapolda Irjen. Pol. Agus Salim, S.H., M.Si. tiba di Jl. Merdeka No. 12 pkl. 09.00 WIB."
    assert words(text, res) == [
        "Kapolda", "Irjen.", "Pol.", "Agus", "Salim", ",", "S.H.", ",", "M.Si.", "tiba", "di",
        "Jl.", "Merdeka", "No.", "12", "pkl.", "09.00", "WIB", "."]


def test_acronyms_stay_plain_words(res: Resources) -> None:
    assert words("Sekjen PBB dan pejabat AS bertemu.", res) == [
        "Sekjen", "PBB", "dan", "pejabat", "AS", "bertemu", "."]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sebanyak 680.000 warga mengungsi.", ["Sebanyak", "680.000", "warga", "mengungsi", "."]),
    ("Harga naik 1,5 persen.", ["Harga", "naik", "1,5", "persen", "."]),
    ("Anggaran Rp425 triliun disetujui.", ["Anggaran", "Rp", "425", "triliun", "disetujui", "."]),
    ("Anggaran Rp 425 triliun.", ["Anggaran", "Rp", "425", "triliun", "."]),
    ("Rugi Rp1.250,5 juta atau US$3,2 juta.", ["Rugi", "Rp", "1.250,5", "juta", "atau", "US$",
                                              "3,2", "juta", "."]),
    ("Inflasi 3% pada 1990-an.", ["Inflasi", "3", "%", "pada", "1990-an", "."]),
])
def test_figures(text: str, expected: list[str], res: Resources) -> None:
    assert words(text, res) == expected


def test_dates_are_one_token_and_brackets_are_not(res: Resources) -> None:
    text = "Sidang digelar Rabu (2/3/2022) dan Kamis (25/2)."
    assert words(text, res) == ["Sidang", "digelar", "Rabu", "(", "2/3/2022", ")", "dan",
                                "Kamis", "(", "25/2", ")", "."]


def test_urls_emails_and_tags(res: Resources) -> None:
    text = ("Baca https://contoh.co.id/berita/2022/03/a-b?id=7. Kirim ke redaksi@contoh.id, "
            "pantau contohwarta.com atau #TolakKenaikan dan @humaspolri.")
    toks = words(text, res)
    assert "https://contoh.co.id/berita/2022/03/a-b?id=7" in toks
    assert "redaksi@contoh.id" in toks
    assert "contohwarta.com" in toks
    assert "#TolakKenaikan" in toks
    assert "@humaspolri" in toks
    assert toks[-1] == "."


def test_hyphens_and_apostrophes_inside_words(res: Resources) -> None:
    assert words("Teman-temannya libur Jum'at karena COVID-19 ke-5 kali.", res) == [
        "Teman-temannya", "libur", "Jum'at", "karena", "COVID-19", "ke-5", "kali", "."]


@pytest.mark.parametrize("open_q,close_q", [('"', '"'), ("“", "”"), ("'", "'"), ("”", "”"),
                                            ("‘", "’")])
def test_every_quote_shape_is_its_own_token(open_q: str, close_q: str, res: Resources) -> None:
    text = f"{open_q}Kami menolak,{close_q} katanya."
    assert words(text, res) == [open_q, "Kami", "menolak", ",", close_q, "katanya", "."]


@pytest.mark.parametrize(("glued", "expected"), [
    ("BenjaminNetanyahuberterima", ["Benjamin", "Netanyahu", "berterima"]),
    ("Trumpatas", ["Trump", "atas"]),
    ("DilansirAFP", ["Dilansir", "AFP"]),
    ("keQatardengan", ["ke", "Qatar", "dengan"]),
    ("PBBmengatakan", ["PBB", "mengatakan"]),
    ("Balidan", ["Bali", "dan"]),
    ("wilayahBalibertambah", ["wilayah", "Bali", "bertambah"]),
])
def test_glued_words_are_split_without_changing_text(glued: str, expected: list[str],
                                                     res: Resources) -> None:
    text = f"Kabar itu {glued} pekan lalu."
    start = text.index(glued)
    spans = split_glued(text, start, start + len(glued), res)
    assert [text[s:e] for s, e in spans] == expected
    assert "".join(text[s:e] for s, e in spans) == glued
    assert words(text, res)[2 : 2 + len(expected)] == expected


def test_glued_boundaries_after_punctuation(res: Resources) -> None:
    text = "Pertemuan itu dikecam (AS)Donald Trump tersebut.Israel menolak."
    toks = words(text, res)
    assert toks[3:7] == ["(", "AS", ")", "Donald"]
    assert toks[-5:-2] == ["tersebut", ".", "Israel"]


@pytest.mark.parametrize("word", [
    "Jawaban", "Indonesia", "Pertahanan", "Kementerian", "iPhone", "YouTube", "McDonald",
    "WhatsApp", "Jakartanya", "Amerikanisasi", "Perdamaian", "Aliansi", "Kemenlu",
    "Berdasarkan", "Negarawan", "TikTok", "DPRD", "KPKpun", "Telkomsel", "Mutiara",
    "Jayawijaya", "detikNews", "GoTo", "MotoGP", "SiCepat", "MyPertamina", "Kalimantan",
])
def test_real_words_are_never_split(word: str, res: Resources) -> None:
    text = f"{word} disebut dalam laporan itu."
    assert split_glued(text, 0, len(word), res) == [(0, len(word))]
    assert words(text, res)[0] == word


@pytest.mark.parametrize(("word", "parts"), [
    ("bukunya", ["buku", "nya"]),
    ("dicaploknya", ["dicaplok", "nya"]),
    ("tidaklah", ["tidak", "lah"]),
    ("apakah", ["apa", "kah"]),
    ("kuambil", ["ku", "ambil"]),
    ("Indonesiapun", ["Indonesia", "pun"]),
])
def test_clitic_parts(word: str, parts: list[str], res: Resources) -> None:
    spans = clitic_parts(word, res)
    assert [word[s:e] for s, e in spans] == parts


def test_words_without_clitics_have_no_parts(res: Resources) -> None:
    for word in ("hanya", "punya", "kuat", "menyatakan"):
        assert clitic_parts(word, res) == ()


def test_token_parts_are_body_offsets(res: Resources) -> None:
    text = "Krimea dicaploknya pada 2014, tetapi bukunya tetap terbit."
    seg = segment(text, res)
    by_text = {t.text: t for t in seg.tokens}
    tok = by_text["dicaploknya"]
    assert [text[p.start : p.end] for p in tok.parts] == ["dicaplok", "nya"]
    assert tok.parts[0].start == tok.start and tok.parts[-1].end == tok.end
    assert [text[p.start : p.end] for p in by_text["bukunya"].parts] == ["buku", "nya"]
    assert by_text["Krimea"].parts == ()
