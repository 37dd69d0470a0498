"""The generic path: trafilatura for unknown outlets and for rule misses; empty text for
pages without an article; bad rules fail on load."""

from __future__ import annotations

import pytest

from warta.clean.html import extract_html
from warta.errors import ResourceError
from warta.resources import Resources, load_resources

SENTENCES = [
    "Dinas pendidikan membuka pendaftaran beasiswa bagi siswa berprestasi dari keluarga kurang mampu.",
    "Kepala dinas mengatakan kuota tahun ini bertambah menjadi 500 penerima di seluruh kabupaten.",
    "Pendaftaran dibuka hingga akhir bulan dan seluruh berkas dapat diunggah melalui laman resmi.",
]


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def article(container: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (f"<html><head><title>Beasiswa Dibuka</title></head><body><nav><a>Beranda</a></nav>"
            f"{container.format(paras)}<footer>Hak cipta 2024</footer></body></html>")


def test_html_fallback_unknown_outlet_uses_trafilatura(resources: Resources) -> None:
    result = extract_html(article("<main><article>{}</article></main>"),
                          "https://portal-daerah.example/berita/1", resources)
    assert result.extractor == "trafilatura"
    assert result.text == "\n\n".join(SENTENCES)


def test_html_fallback_when_outlet_rule_finds_nothing(resources: Resources) -> None:
    """A detik URL whose layout no detik selector knows still yields the article."""
    html = article("<div class='layout-baru-2030'><article>{}</article></div>")
    result = extract_html(html, "https://news.detik.com/berita/d-1/beasiswa", resources)
    assert result.extractor == "trafilatura"
    assert result.text == "\n\n".join(SENTENCES)
    assert result.hints.outlet == "detik.com"


def test_html_fallback_page_without_article_is_empty(resources: Resources) -> None:
    html = ("<html><head><title>Indeks</title></head><body><ul><li><a href='/a'>Satu</a></li>"
            "<li><a href='/b'>Dua</a></li></ul></body></html>")
    result = extract_html(html, "https://portal-daerah.example/indeks", resources)
    assert (result.text, result.extractor) == ("", "none")


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "bukan html sama sekali"])
def test_html_fallback_degenerate_input_is_empty_not_an_error(html: str,
                                                              resources: Resources) -> None:
    assert extract_html(html, None, resources).text == ""


def test_html_fallback_bad_selector_fails_on_load(resources: Resources) -> None:
    files = dict(resources.files)
    files["html/rusak.yaml"] = {"outlet": "rusak.id", "domains": ["rusak.id"], "body": ["div[["]}
    broken = Resources(files=files, fingerprint="test")
    with pytest.raises(ResourceError, match=r"rusak\.id body"):
        extract_html("<p>x</p>", None, broken)


def test_html_fallback_index_page_of_headline_links_is_empty(resources: Resources) -> None:
    """trafilatura returns the menu and link list of an index page; that is not an article."""
    links = "".join(f"<li><a href='/b/{i}'>Kabar daerah nomor {i} hari ini</a></li>"
                    for i in range(12))
    html = ("<html><head><title>Indeks Berita</title></head><body><nav><a>Beranda</a>"
            "<a>Ekonomi</a><a>Olahraga</a></nav><main><h1>Indeks Berita</h1>"
            f"<ul>{links}</ul><div>1 2 3 Selanjutnya</div></main></body></html>")
    result = extract_html(html, "https://portal-daerah.example/indeks", resources)
    assert (result.text, result.extractor) == ("", "none")
