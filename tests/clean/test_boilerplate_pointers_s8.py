"""Page furniture found in kept bodies of the raw corpora (2026-11 audit): photo captions
closed by an unbracketed credit, a multi-page article's "next page" pointer glued to a
sentence, republication notes with adverbs and their outlet on a line of its own, link
pointers alone on a line, and a second "scroll" marker. All texts here are invented."""

from __future__ import annotations

import pytest

from warta.clean.article import clean_raw
from warta.config import CleanConfig
from warta.doc import Hints, RawDocument
from warta.resources import load_resources

RESOURCES = load_resources()
PARA = ("Pemerintah kota meresmikan terminal bus baru di pinggir kota yang mampu menampung 300 "
        "bus antarkota setiap hari, kata kepala dinas perhubungan setempat.")
PARA2 = ("Terminal itu dilengkapi ruang tunggu ber-AC, musala, dan loket tiket elektronik yang "
         "bisa dipakai penumpang sejak pekan depan.")
PARA3 = ("Pengelola menargetkan jumlah penumpang naik dua kali lipat dibandingkan terminal lama "
         "dalam setahun pertama operasinya.")


def _body(text: str) -> str:
    raw = RawDocument(id="t", source="test", locator="0", format="record", content=text,
                      hints=Hints(title="Terminal Bus Baru Diresmikan"))
    return clean_raw(raw, RESOURCES, CleanConfig()).body


@pytest.mark.parametrize("caption", [
    "Suasana ruang tunggu terminal baru Foto: Dok. Dishub Kota",
    "Bus antarkota di jalur keberangkatan Foto: Rina Kartika/contohnews",
    "Loket tiket elektronik Foto: (Andi Saputra/contohOto)",
    "Petugas memeriksa bus Foto: Instagram @dishub.contoh",
])
def test_a_caption_closed_by_its_credit_is_dropped(caption: str) -> None:
    body = _body(f"{PARA}\n{caption}\n{PARA2}")
    assert "Foto:" not in body
    assert body == f"{PARA}\n\n{PARA2}"


def test_a_subheading_above_a_dropped_caption_does_not_join_the_next_paragraph() -> None:
    body = _body(f"{PARA}\nFasilitas Terminal\nRuang tunggu terminal Foto: Dok. Dishub\n{PARA2}")
    assert "Fasilitas Terminal\n\n" + PARA2 in body


@pytest.mark.parametrize("line", [
    "Pendaftaran lomba foto: dibuka hingga akhir bulan bagi pelajar dan mahasiswa",
    "Kategori yang dilombakan antara lain Foto: jurnalistik dan Foto: seni",
])
def test_text_with_foto_colon_that_is_no_credit_stays(line: str) -> None:
    assert line in _body(f"{PARA}\n\n{line}\n\n{PARA2}")


@pytest.mark.parametrize(("with_pointer", "kept"), [
    (f"{PARA} Klik halaman selanjutnya", PARA),
    (f"{PARA} Klik halaman berikutnya >>>", PARA),
    (f"Langsung klik halaman selanjutnya {PARA}", PARA),
    (f"Lanjut ke halaman berikutnya {PARA}", PARA),
    ("Bagaimana tanggapan para sopir? Berlanjut ke halaman berikutnya.",
     "Bagaimana tanggapan para sopir?"),
])
def test_a_next_page_pointer_glued_to_a_sentence_is_cut(with_pointer: str, kept: str) -> None:
    body = _body(f"{with_pointer}\n\n{PARA2}\n\n{PARA3}")
    assert "halaman" not in body
    assert kept in body and PARA2 in body


@pytest.mark.parametrize("note", [
    "Artikel ini sudah lebih dulu tayang di contohjabar. Selengkapnya klik di sini.",
    "Artikel ini sudah lebih dulu tayang di\ncontohjabar\n. Selengkapnya klik di\nsini\n.",
    "Artikel sudah lebih dulu tayang di contohNews.",
    "Artikel telah naik di\ncontohFinance.",
    "Artikel ini sebelumnya telah tayang di contohInet dengan judul Terminal Baru Dibuka.",
    "Artikel telah tayang diContoh Indonesia.",
])
def test_a_republication_note_ends_the_article(note: str) -> None:
    body = _body(f"{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{note}")
    assert body.endswith(PARA3)


@pytest.mark.parametrize("line", [
    "Simak lengkapnya disini.", "Baca info lengkapnya di sini .", "Cek selengkapnya di sini",
    "SCROLL TO RESUME CONTENT",
])
def test_pointer_and_scroll_lines_are_dropped(line: str) -> None:
    assert _body(f"{PARA}\n\n{line}\n\n{PARA2}") == f"{PARA}\n\n{PARA2}"


def test_a_sentence_about_a_scientific_article_stays() -> None:
    line = ("Artikel tersebut telah dimuat di jurnal kesehatan internasional pada awal tahun "
            "dan dikutip oleh banyak peneliti.")
    assert line in _body(f"{PARA}\n\n{PARA2}\n\n{line}\n\n{PARA3}")


def test_a_bullet_list_of_figures_stays_and_related_bullets_go() -> None:
    data = ("• Penerima bantuan tunai: 1.250 keluarga, masing-masing Rp 600 ribu\n"
            "• Penerima Paket Sembako Juni-Juli 2025: 830 Keluarga, Total Rp 498 Juta")
    related = "• Warga Antre Bantuan Tunai di Kantor Pos Sejak Subuh"
    body = _body(f"{PARA}\n\n{data}\n\n{related}\n\n{PARA2}")
    assert "1.250 keluarga" in body and "830 Keluarga" in body
    assert "Antre" not in body
