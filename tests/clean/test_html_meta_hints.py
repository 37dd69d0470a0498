"""Metadata hints from <meta> tags, JSON-LD and outlet selectors; title and byline clean-up."""

from __future__ import annotations

import pytest

from warta.clean.html import extract_html
from warta.clean.html_rules import html_rules
from warta.resources import Resources, load_resources

BODY = "".join(
    f"<p>Kalimat berita rekaan nomor {i} tentang rapat warga di balai desa yang berlangsung lama.</p>"
    for i in range(6)
)


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def page(head: str, body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_html_meta_jsonld_list_and_person_authors(resources: Resources) -> None:
    head = """<script type="application/ld+json">[{"@type": "BreadcrumbList"},
      {"@type": ["NewsArticle"], "headline": "Rapat Warga Berakhir Damai",
       "datePublished": "2023-07-01T10:00:00+07:00",
       "author": {"@type": "Person", "name": "Sinta Dewi"}}]</script>"""
    hints = extract_html(page(head), "https://contoh.net/a", resources).hints
    assert hints.title == "Rapat Warga Berakhir Damai"
    assert hints.published == "2023-07-01T10:00:00+07:00"
    assert hints.authors == "Sinta Dewi"


def test_html_meta_broken_jsonld_falls_back_to_meta(resources: Resources) -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta property="og:title" content="Judul dari OG">
      <meta name="pubdate" content="2023-07-01 08:00:00">
      <meta name="author" content="Bima Arya">"""
    hints = extract_html(page(head), None, resources).hints
    assert (hints.title, hints.published, hints.authors) == (
        "Judul dari OG", "2023-07-01 08:00:00", "Bima Arya")


def test_html_meta_content_published_date_and_dtk_tags(resources: Resources) -> None:
    head = """<meta name="content_PublishedDate" content="2022-03-02 12:03:00">
      <meta name="dtk:namakanal" content="Internasional">"""
    hints = extract_html(page(head), None, resources).hints
    assert hints.published == "2022-03-02 12:03:00"
    assert hints.section == "Internasional"


def test_html_meta_author_url_is_not_an_author(resources: Resources) -> None:
    head = '<meta property="article:author" content="https://www.facebook.com/media">'
    assert extract_html(page(head), None, resources).hints.authors is None


@pytest.mark.parametrize(
    ("og_title", "expected"),
    [
        ("Banjir di Bekasi - detikNews", "Banjir di Bekasi"),
        ("Banjir di Bekasi - Kompas.com Regional", "Banjir di Bekasi"),
        ("Banjir di Bekasi Halaman all - Tribunnews.com", "Banjir di Bekasi Halaman all"),
        ("Banjir di Bekasi - Halaman all - Tribunnews.com", "Banjir di Bekasi"),
        ("Banjir di Bekasi : Okezone News", "Banjir di Bekasi"),
        ("Banjir di Bekasi | Republika Online", "Banjir di Bekasi"),
        ("Banjir di Bekasi - News Liputan6.com", "Banjir di Bekasi"),
        ("Banjir di Bekasi | merdeka.com", "Banjir di Bekasi"),
        ("Banjir di Bekasi - ANTARA News", "Banjir di Bekasi"),
        ("Banjir di Bekasi | Warta Kampung", "Banjir di Bekasi"),  # og:site_name
        # Not site names: a subtitle and an ordinary word stay.
        ("Jokowi: Ekonomi Tumbuh Lima Persen", "Jokowi: Ekonomi Tumbuh Lima Persen"),
        ("Rekapitulasi - Perolehan Suara Partai", "Rekapitulasi - Perolehan Suara Partai"),
        ("Hari Merdeka - Upacara di Istana", "Hari Merdeka - Upacara di Istana"),
    ],
)
def test_html_meta_title_site_suffix_is_stripped(
    og_title: str, expected: str, resources: Resources
) -> None:
    head = (f'<meta property="og:title" content="{og_title}">'
            '<meta property="og:site_name" content="Warta Kampung">')
    assert extract_html(page(head), None, resources).hints.title == expected


def test_html_meta_og_title_beats_section_h1(resources: Resources) -> None:
    head = '<meta property="og:title" content="Polisi Amankan Dua Pelaku - Kompas.com Regional">'
    html = page(head, "<h1>Regional</h1>" + BODY)
    assert extract_html(html, None, resources).hints.title == "Polisi Amankan Dua Pelaku"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Pewarta: Nur Aini", "Nur Aini"),
        ("Kontributor Ambon, Rahmat Rahman", "Rahmat Rahman"),
        ("Laporan Wartawan Tribunnews.com, Reza Deni", "Reza Deni"),
        ("Fino Yurio - detikInet", "Fino Yurio"),
        ("Oleh Sinta Dewi, Bima Arya", "Sinta Dewi, Bima Arya"),
    ],
)
def test_html_meta_byline_labels_are_removed(byline: str, expected: str,
                                             resources: Resources) -> None:
    head = f'<meta name="author" content="{byline}">'
    assert extract_html(page(head), None, resources).hints.authors == expected


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://news.detik.com/berita/d-1/x", "detik.com"),
        ("http://www.antaranews.com/berita/1/x", "antaranews.com"),
        ("https://jogja.tribunnews.com/2024/01/01/x", "tribunnews.com"),
        ("https://www.kabarpesisir.co.id/a", "kabarpesisir.co.id"),
        ("https://berita.contoh.net/a", "contoh.net"),
    ],
)
def test_html_meta_outlet_from_url(url: str, outlet: str, resources: Resources) -> None:
    hints = extract_html(page(""), url, resources).hints
    assert hints.outlet == outlet
    assert hints.url == url


def test_html_meta_outlet_from_canonical_when_no_url(resources: Resources) -> None:
    head = '<link rel="canonical" href="https://regional.kompas.com/read/2024/01/01/1/x">'
    hints = extract_html(page(head), None, resources).hints
    assert hints.outlet == "kompas.com"
    assert hints.url == "https://regional.kompas.com/read/2024/01/01/1/x"


def test_html_meta_rules_are_cached_on_the_bundle(resources: Resources) -> None:
    assert html_rules(resources) is html_rules(resources)
