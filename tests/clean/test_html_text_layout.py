"""DOM → paragraphs: inline elements stay inside a sentence, blocks and <br> separate."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from warta.clean.html_text import drop_matches, join_fragments, outermost, paragraphs_of

BLOCKS = frozenset({"p", "div", "li", "ul", "h2", "table", "tr", "td", "blockquote"})
SKIP = frozenset({"script", "style", "iframe"})
DATELINE = re.compile(r"[^\W\d_][^\n]{0,60}?\s*[-\u2013\u2014]{1,2}")


def paras(html: str) -> list[str]:
    node = LexborHTMLParser(f"<div id='c'>{html}</div>").css_first("#c")
    assert node is not None
    return paragraphs_of(node, BLOCKS, SKIP)


def test_html_text_inline_link_does_not_split_word() -> None:
    html = "<p>Harga <a href='/t'>cabai</a>rawit naik, kata <b>Ketua</b> <i>KTNA</i>.</p>"
    assert paras(html) == ["Harga cabairawit naik, kata Ketua KTNA."]


def test_html_text_br_and_blocks_separate_paragraphs() -> None:
    html = "Satu kalimat.<br>Dua kalimat.<br/><br/>Tiga.<p>Empat.</p>Lima."
    assert paras(html) == ["Satu kalimat.", "Dua kalimat.", "Tiga.", "Empat.", "Lima."]


def test_html_text_whitespace_collapses_inside_paragraph() -> None:
    assert paras("<p>  Warga\n   Desa&nbsp;Sukamaju\tberkumpul. </p>") == [
        "Warga Desa Sukamaju berkumpul."
    ]


def test_html_text_scripts_and_comments_are_not_text() -> None:
    html = "<p>Rapat dimulai.<script>var a = 1;</script><!-- iklan --> Lalu selesai.</p>"
    assert paras(html) == ["Rapat dimulai. Lalu selesai."]


def test_html_text_entities_are_decoded() -> None:
    assert paras("<p>&ldquo;Siap,&rdquo; ujar Budi &amp; Ani.</p>") == ["“Siap,” ujar Budi & Ani."]


def test_html_text_deep_nesting_does_not_overflow() -> None:
    html = "<div>" * 3000 + "Dalam sekali." + "</div>" * 3000
    assert paras(html) == ["Dalam sekali."]


@pytest.mark.parametrize("fragment", ["Jakarta -", "JAKARTA, KOMPAS.com \u2013", "Bekasi (ANTARA) --"])
def test_html_text_dateline_fragment_joins_next_paragraph(fragment: str) -> None:
    out = join_fragments([fragment, "Hujan turun sejak pagi.", "Kalimat lain."], DATELINE)
    assert out == [f"{fragment} Hujan turun sejak pagi.", "Kalimat lain."]


def test_html_text_long_paragraph_ending_in_dash_is_not_a_fragment() -> None:
    long = "Ini paragraf panjang yang kebetulan berakhir dengan tanda pisah di ujung kalimatnya -"
    assert join_fragments([long, "Berikutnya."], DATELINE) == [long, "Berikutnya."]


def test_html_text_drop_matches_keeps_container_and_nested_drops_once() -> None:
    tree = LexborHTMLParser(
        "<div class='x' id='c'><p>Isi.</p><div class='x'><div class='x'>Iklan</div></div></div>"
    )
    node = tree.css_first("#c")
    assert node is not None
    drop_matches(node, ".x")
    assert paragraphs_of(node, BLOCKS, SKIP) == ["Isi."]


def test_html_text_outermost_skips_nested_matches() -> None:
    tree = LexborHTMLParser("<div class='b'>A<div class='b'>B</div></div><div class='b'>C</div>")
    nodes = outermost(tree.css("div.b"))
    assert [n.text() for n in nodes] == ["AB", "C"]
