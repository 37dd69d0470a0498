"""Sentence splitting on hand-written news text: the quote idiom, quote shapes, paragraphs,
abbreviations, glued sentence ends; and a property test that tokens index the body."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.doc import Span
from warta.lang.segment import segment, split_sentences
from warta.resources import Resources, load_resources

RES = load_resources()


@pytest.fixture(scope="module")
def res() -> Resources:
    return RES


def sentences(text: str, res: Resources, paragraphs: tuple[Span, ...] = ()) -> list[str]:
    return [s.text(text) for s in split_sentences(text, res, paragraphs)]


@pytest.mark.parametrize(("open_q", "close_q"), [('"', '"'), ("“", "”"), ("”", "”"),
                                                 ("'", "'")])
def test_quote_then_cue_is_one_sentence(open_q: str, close_q: str, res: Resources) -> None:
    text = (f"{open_q}Kami akan menindak tegas pelanggaran di lapangan,{close_q} katanya. "
            "Operasi dimulai pekan depan.")
    assert sentences(text, res) == [
        f"{open_q}Kami akan menindak tegas pelanggaran di lapangan,{close_q} katanya.",
        "Operasi dimulai pekan depan."]


@pytest.mark.parametrize("end", [".", "!", "?"])
def test_sentence_end_inside_quote_followed_by_cue(end: str, res: Resources) -> None:
    text = f"“Kami tidak akan mundur{end}” ujar Rahmat kepada wartawan. Ia lalu pergi."
    assert sentences(text, res) == [
        f"“Kami tidak akan mundur{end}” ujar Rahmat kepada wartawan.", "Ia lalu pergi."]


def test_capitalised_cue_after_closing_quote_continues(res: Resources) -> None:
    text = '"Kami siap berdialog." Kata Bupati Sleman itu. Warga pun bubar.'
    assert sentences(text, res) == ['"Kami siap berdialog." Kata Bupati Sleman itu.',
                                    "Warga pun bubar."]


@pytest.mark.parametrize(("open_q", "close_q"), [('"', '"'), ("“", "”"), ("”", "”")])
def test_multi_sentence_quote_stays_with_its_cue(open_q: str, close_q: str,
                                                 res: Resources) -> None:
    text = (f"{open_q}Stok beras aman. Harga akan turun!{close_q} kata Menteri Perdagangan. "
            "Warga lega.")
    assert sentences(text, res) == [
        f"{open_q}Stok beras aman. Harga akan turun!{close_q} kata Menteri Perdagangan.",
        "Warga lega."]


def test_multi_sentence_quote_without_cue_is_cut(res: Resources) -> None:
    text = '"Stok beras aman. Harga turun." Presiden lalu pergi.'
    assert sentences(text, res) == ['"Stok beras aman.', 'Harga turun."',
                                    "Presiden lalu pergi."]


def test_line_break_inside_a_quote_still_ends_the_sentence(res: Resources) -> None:
    text = '"Stok beras aman.\nHarga turun," katanya.'
    assert sentences(text, res) == ['"Stok beras aman.', 'Harga turun," katanya.']


def test_closing_quote_and_bracket_stay_with_their_sentence(res: Resources) -> None:
    text = "Ia menyebutnya “bencana besar.” Sejak itu warga mengungsi (sekitar 300 orang.) Lalu?"
    assert sentences(text, res) == ["Ia menyebutnya “bencana besar.”",
                                    "Sejak itu warga mengungsi (sekitar 300 orang.)", "Lalu?"]


def test_opening_quote_starts_a_new_sentence(res: Resources) -> None:
    text = 'Polisi menutup jalan. "Demi keamanan," ucapnya.'
    assert sentences(text, res) == ["Polisi menutup jalan.", '"Demi keamanan," ucapnya.']


def test_paragraph_breaks_always_end_sentences(res: Resources) -> None:
    text = ("Banjir merendam tiga desa di Kabupaten Bekasi\n\nWarga mengungsi ke masjid, "
            "menurut\nkepala desa. Bantuan tiba sore.")
    assert sentences(text, res) == ["Banjir merendam tiga desa di Kabupaten Bekasi",
                                    "Warga mengungsi ke masjid, menurut", "kepala desa.",
                                    "Bantuan tiba sore."]


def test_paragraph_spans_end_sentences_without_a_line_break(res: Resources) -> None:
    text = "Judul berita tanpa titik Isi berita dimulai di sini."
    cut = text.index("Isi")
    paras = (Span(0, cut - 1), Span(cut, len(text)))
    assert sentences(text, res, paras) == ["Judul berita tanpa titik",
                                           "Isi berita dimulai di sini."]


def test_title_abbreviations_do_not_end_sentences(res: Resources) -> None:
    text = ("Rapat dipimpin Prof. Dr. H. Wahyu Santoso, M.Si. di Jl. Veteran No. 3 pada pkl. "
            "10.00 WIB. Hasilnya diumumkan Kol. Inf. Darmawan.")
    assert sentences(text, res) == [
        "Rapat dipimpin Prof. Dr. H. Wahyu Santoso, M.Si. di Jl. Veteran No. 3 pada pkl. "
        "10.00 WIB.", "Hasilnya diumumkan Kol. Inf. Darmawan."]


def test_initials_belong_to_names_but_a_lone_letter_may_end_a_sentence(res: Resources) -> None:
    text = ("Kunjungan George W. Bush dibahas. Unggahan itu dihapus dari platform X. Langkah "
            "itu dikritik sejak Perang Dunia I. Warga kecewa.")
    assert sentences(text, res) == ["Kunjungan George W. Bush dibahas.",
                                    "Unggahan itu dihapus dari platform X.",
                                    "Langkah itu dikritik sejak Perang Dunia I.",
                                    "Warga kecewa."]


def test_common_abbreviation_ends_a_sentence_only_before_a_capital(res: Resources) -> None:
    text = "Warga membawa beras, minyak, dll. Polisi berjaga. Ada tenda, dll. untuk pengungsi."
    assert sentences(text, res) == ["Warga membawa beras, minyak, dll.", "Polisi berjaga.",
                                    "Ada tenda, dll. untuk pengungsi."]


def test_list_numbers_at_line_start_do_not_end_sentences(res: Resources) -> None:
    text = "Daftar tersangka:\n1. Budi Hartono\n2. Sari Dewi. Keduanya ditahan."
    assert sentences(text, res) == ["Daftar tersangka:", "1. Budi Hartono", "2. Sari Dewi.",
                                    "Keduanya ditahan."]


def test_glued_sentence_end_without_space(res: Resources) -> None:
    text = "Serangan itu dikecam negara tersebut.Israel belum menanggapi."
    assert sentences(text, res) == ["Serangan itu dikecam negara tersebut.",
                                    "Israel belum menanggapi."]


def test_figures_urls_and_a_lower_case_next_word_do_not_end_sentences(res: Resources) -> None:
    text = ("Kerugian Rp1.250,5 juta tercatat pukul 14.30 WIB di contohwarta.com. iPhone itu "
            "dijual Yahoo! kemarin.")
    assert sentences(text, res) == [text]


def test_sentence_indexes_on_tokens(res: Resources) -> None:
    text = "Hujan turun. Jalan banjir!\n\nWarga mengungsi."
    seg = segment(text, res)
    assert [t.sentence for t in seg.tokens] == [0, 0, 0, 1, 1, 1, 2, 2, 2]
    for tok in seg.tokens:
        s = seg.sentences[tok.sentence]
        assert s.start <= tok.start < tok.end <= s.end


_PIECES = st.sampled_from([
    "Presiden", "mengatakan", "bukunya", "Dr.", "S.H.", "680.000", "Rp425", "(25/2)", '"', "“",
    "”", "'", ",", ".", "!", "?", "...", "\n", "\n\n", " ", "  ", "tersebut.Israel",
    "keQatardengan", "https://a.id/x.", "e@x.id", "#Tag", "ke-5", "dll.", "Kol.", "-", "–",
    "\t", "é", "日本", "🙂", "ku", "kauambil", "AS", "PBBmengatakan",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_tokens_index_the_body_and_never_overlap(text: str) -> None:
    seg = segment(text, RES)
    prev_end = 0
    for tok in seg.tokens:
        assert 0 <= prev_end <= tok.start < tok.end <= len(text)
        assert text[tok.start : tok.end] == tok.text
        assert tok.text.strip() == tok.text
        for p in tok.parts:
            assert tok.start <= p.start < p.end <= tok.end
        prev_end = tok.end
    # every visible character is in exactly one token
    covered = sum(t.end - t.start for t in seg.tokens)
    assert covered == sum(1 for ch in text if not ch.isspace())
    prev = 0
    for s in seg.sentences:
        assert prev <= s.start < s.end <= len(text)
        prev = s.end
