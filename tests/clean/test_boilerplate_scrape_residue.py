"""Residue that raw scrapes left in cleaned bodies (found by sweeping the raw corpora): a
dateline dash whose place the scraper dropped, tokenised datelines (``Kota ( ANTARA News )
-``), quoted video teasers, related labels glued after a colon or bracket, follow-us lines,
sign-offs with a digit and a tag list, a portal blurb, a partial flattened first copy, and
related lists of three headlines. All texts here are invented."""

from __future__ import annotations

import pytest

from warta.clean.article import clean_raw
from warta.config import CleanConfig
from warta.doc import Hints, RawDocument
from warta.resources import Resources, load_resources

RESOURCES = load_resources()
PARA = ("Pemerintah kabupaten menyalurkan bantuan beras kepada 1.200 keluarga di tiga kecamatan "
        "yang terdampak banjir, kata kepala dinas sosial setempat kepada wartawan.")
PARA2 = ("Penyaluran berikutnya dijadwalkan pekan depan setelah data penerima selesai diperiksa "
         "ulang oleh petugas desa bersama relawan.")


def _clean(text: str, res: Resources = RESOURCES, **hints: str) -> tuple[str, str | None]:
    raw = RawDocument(id="t", source="test", locator="0", format="record", content=text,
                      hints=Hints(**hints))
    result = clean_raw(raw, res, CleanConfig())
    return result.body, result.metadata.dateline


@pytest.mark.parametrize("text", [
    f"Bantuan Beras Disalurkan ke Ribuan Keluarga Korban Banjir\n\n-\n{PARA}\n{PARA2}",
    f"Bantuan Beras Disalurkan ke Ribuan Keluarga Korban Banjir\n\n- {PARA}\n{PARA2}",
    f"- {PARA}\n\n{PARA2}",
])
def test_a_dateline_dash_without_its_place_is_removed(text: str) -> None:
    body, dateline = _clean(text)
    assert body.startswith("Pemerintah kabupaten")
    assert dateline is None


def test_a_dash_further_down_stays_a_list_item() -> None:
    body, _ = _clean(f"{PARA}\n\n- beras 10 kilogram per keluarga;\n\n{PARA2}")
    assert "- beras 10 kilogram" in body


@pytest.mark.parametrize(("opening", "place"), [
    ("Kupang ( ANTARA News )   -   ", "Kupang"),
    ("MEDAN ( Pos Kota ) \u00a0 – ", "Medan"),
    ("Jakarta , CNN Indonesia - - ", "Jakarta"),
    ("SURABAYA , JUARA.net \u00a0 - ", "Surabaya"),
    ("KOTAKITA.CO.ID,\u00a0SURABAYA — ", "Surabaya"),
    ("Medan\u00a0, KOTAKITA.com - ", "Medan"),
    ("KOTAKITA.CO.ID, Lampung\u00a0Barat – ", "Lampung Barat"),
])
def test_tokenised_datelines_are_removed_with_their_place(opening: str, place: str) -> None:
    body, dateline = _clean(f"{opening}{PARA}\n\n{PARA2}")
    assert body.startswith("Pemerintah kabupaten")
    assert dateline == place


@pytest.mark.parametrize("teaser", [
    "'Lihat juga Video: Warga Gotong Royong Bersihkan Lumpur di Pasar'",
    "“Simak juga video: Petugas Evakuasi Lansia dengan Perahu Karet”",
])
def test_a_quoted_video_teaser_is_dropped(teaser: str) -> None:
    body, _ = _clean(f"{PARA}\n\n{PARA2}\n\n{teaser}")
    assert "video" not in body.lower()


@pytest.mark.parametrize("glue", [":", ")"])
def test_a_related_label_glued_after_a_colon_or_bracket_goes_with_its_headline(glue: str) -> None:
    text = (f"{PARA} Berikut syarat penerima (KTP){glue}Baca juga: Lima Desa Terendam Banjir "
            f"Setinggi Pinggang Namun petugas memastikan semua warga aman.\n\n{PARA2}")
    body, _ = _clean(text)
    assert "Baca juga" not in body and "Lima Desa Terendam" not in body
    assert "Namun petugas memastikan semua warga aman." in body


def test_a_glued_headline_stops_before_a_schedule_date() -> None:
    text = (f"{PARA} Jadwal siaran pekan ini:Baca Juga: Tim Tamu Siap Curi Poin di Kandang Lawan! "
            "Sabtu, 7 Juni 2025 19:30 WIB: Persik vs Persita\n\n" + PARA2)
    body, _ = _clean(text)
    assert "Tim Tamu Siap" not in body
    assert "Sabtu, 7 Juni 2025 19:30 WIB: Persik vs Persita" in body


def test_a_brand_with_capitals_inside_is_no_glue_point() -> None:
    text = (f"{PARA} Berikut jadwalnya:Baca Juga: Pebalap Muda Juara MotoGP Seri Kedua "
            f"Namun hujan sempat menunda balapan.\n\n{PARA2}")
    body, _ = _clean(text)
    assert "GP Seri Kedua" not in body
    assert "Namun hujan sempat menunda balapan." in body


@pytest.mark.parametrize("line", [
    "Ikuti perkembangan lainnya di Google News .",
    "Artikel lainnya di google news.",
    "Artikel lainnya di\u00a0google news.",
    "Ikuti dan bergabung disaluran WhatsApp Tribunkota.",
    "[bacajuga:Baca Juga](6011223 6011224 6011225",
])
def test_follow_us_and_related_markup_lines_are_dropped(line: str) -> None:
    body, _ = _clean(f"{PARA}\n\n{line}\n\n{PARA2}")
    assert body == f"{PARA}\n\n{PARA2}"


def test_a_signoff_with_a_digit_ends_the_article_with_its_tags() -> None:
    body, _ = _clean(f"{PARA}\n{PARA2}\n(abc/xy2)\nbanjir bandang\nbantuan sosial")
    assert body.endswith("relawan.")


def test_a_portal_blurb_closes_the_article() -> None:
    blurb = ("DailySocial.id adalah portal berita startup dan inovasi teknologi . Kamu bisa "
             "menjadi member komunitas kami .")
    body, _ = _clean(f"{PARA}\n\n{PARA2}\n\n{blurb}")
    assert "DailySocial" not in body


def test_a_partial_flattened_first_copy_is_dropped() -> None:
    paragraphs = [f"Paragraf {n}: {PARA}" for n in range(1, 9)]
    first_page = "".join(paragraphs[:3]) + "Loading...Ikuti saluran kami"
    text = first_page + "\n" + "\n".join(paragraphs)
    body, _ = _clean(text)
    assert body.count("Paragraf 1:") == 1
    assert "Loading" not in body and "Paragraf 8:" in body


def test_kumparan_lists_three_related_headlines_under_a_bare_label() -> None:
    text = (f"{PARA}\n\nBaca Juga :\n\nPenyanyi Muda Rilis Album Kedua\n\nAktor Senior Kembali "
            f"ke Layar Lebar\n\nKisah Haru Pemain Sinetron di Bulan Puasa\n\n{PARA2}")
    body, _ = _clean(text, outlet="kumparan")
    assert body == f"{PARA}\n\n{PARA2}"


def test_elsewhere_a_bare_label_takes_one_headline_and_keeps_a_subheading() -> None:
    text = (f"{PARA}\n\nBaca juga:\n\nPenyanyi Muda Rilis Album Kedua\n\nSyarat Penerima Bantuan"
            f"\n\nAktor Senior Kembali ke Layar Lebar\n\n{PARA2}")
    body, _ = _clean(text, outlet="detik.com")
    assert "Penyanyi Muda" not in body and "Syarat Penerima Bantuan" in body


def test_a_page_widget_between_two_pages_is_cut_out() -> None:
    text = f"{PARA}Loading...Ikuti Whatsapp Channel Republika {PARA2}"
    body, _ = _clean(text)
    assert "Loading" not in body and "Channel" not in body
    assert body.startswith("Pemerintah kabupaten") and body.endswith("relawan.")


@pytest.mark.parametrize("line", [
    "Ikuti Berita KOTAKITA.COM lainnya di GOOGLE NEWS",
    "Simak berita menarik lainnya di kotakita.com dengan mengklik Google News.",
    "BACA BERITA KOTAKITA.CO.ID LAINNYA DI GOOGLE NEWS",
])
def test_google_news_lines_in_any_case_are_dropped(line: str) -> None:
    body, _ = _clean(f"{PARA}\n\n{PARA2}\n\n{line}")
    assert body == f"{PARA}\n\n{PARA2}"


@pytest.mark.parametrize(("outlet", "line"), [
    ("tribunnews.com", "Kumpulan Artikel Kota Lama"),
    ("liputan6.com", "Berikan Rating Untuk Resep Ini Thanks For Rating!"),
    ("liputan6.com", "Terima kasih sudah membantu banyak orang dengan ratingmu"),
    ("detik.com", "Punya pertanyaan soal rumah, tanah atau properti lain? Kirim ke redaksi kami."),
    ("detik.com", "Caranya gampang. Kamu tinggal kirim pertanyaan lewat tautan ini"),
])
def test_outlet_widgets_are_dropped(outlet: str, line: str) -> None:
    body, _ = _clean(f"{PARA}\n\n{PARA2}\n\n{line}", outlet=outlet)
    assert body == f"{PARA}\n\n{PARA2}"


def test_a_channel_invitation_glued_between_paragraphs_is_cut_out() -> None:
    body, _ = _clean(f"{PARA}Ikuti Whatsapp Channel Republika {PARA2}")
    assert "Channel" not in body and body.endswith("relawan.")


@pytest.mark.parametrize(("outlet", "line"), [
    (None, "Ikuti dan Bergabung Dalam Saluran Whatsapp Kotakita.com"),
    (None, "Com di WhatsApp: https://www.whatsapp.com/channel/0000AbCdEf"),
    (None, "Saksikan juga: Wawancara Khusus dengan Kepala Desa Terapung"),
    (None, "(Reporter: Fulan Wibisono | Editor: Fulanah Sari)"),
    (None, "SIMAK JUGA : Klasemen Sementara Liga Kampung"),
    ("detik.com", "\"Detik Siang, Kabar Hangat Tiap Hari!\""),
])
def test_more_promo_and_credit_lines_are_dropped(outlet: str | None, line: str) -> None:
    hints = {"outlet": outlet} if outlet else {}
    body, _ = _clean(f"{PARA}\n\n{PARA2}\n\n{line}", **hints)
    assert body == f"{PARA}\n\n{PARA2}"


CARD = "Truk Bermuatan Pasir Terguling di Tanjakan Curam, Sopirnya Selamat"


def test_a_card_for_another_story_is_dropped_where_the_outlet_prints_them() -> None:
    body, _ = _clean(f"{PARA}\n\n{CARD}\n\n{PARA2}", outlet="liputan6.com")
    assert body == f"{PARA}\n\n{PARA2}"


def test_a_subheading_that_shares_the_article_vocabulary_stays() -> None:
    sub = "Data Penerima Bantuan Beras Diperiksa Ulang Petugas Desa"
    body, _ = _clean(f"{PARA}\n\n{sub}\n\n{PARA2}", outlet="liputan6.com")
    assert sub in body


def test_other_outlets_keep_unrelated_headline_lines() -> None:
    body, _ = _clean(f"{PARA}\n\n{CARD}\n\n{PARA2}", outlet="detik.com")
    assert CARD in body


def test_a_place_glued_to_an_acronym_is_still_a_dateline() -> None:
    body, dateline = _clean(f"Kotakita.com, SurabayaPT Kereta Api menambah jadwal. {PARA}\n\n{PARA2}")
    assert body.startswith("PT Kereta Api") and dateline == "Surabaya"
