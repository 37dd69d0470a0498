"""Build the demo corpus in ``examples/`` from the reviewable sources in ``examples/source``.

Every article is written for the project (see ``examples/README.md``). A source file holds
one article as the newsroom would have written it: its metadata as printed on the page
(byline, date line, dateline), its boilerplate (caption, related headlines, video teaser,
editor sign-off) and its paragraphs. This script lays each article out the way its outlet's
pages and scraper exports look, writes it in the input format named by ``file``, and writes
``examples/expected.jsonl`` (gold format of ``../shared/gold/GUIDE.md``) with the metadata
and clean body a correct pipeline must recover.

The output is byte-for-byte reproducible: fixed timestamps in gzip, zip and WARC headers,
fixed WARC record ids, sorted inputs. Run ``python scripts/make_examples.py`` after editing
a source file and commit the regenerated files; ``tests/test_examples.py`` checks that the
committed files match what this script produces.

Source markup: ``[[words]]`` marks a hyperlinked phrase. Kompas and Republika exports put
such a phrase on its own line; the clean body re-joins it with single spaces.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import random
import re
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXED_ZIP_TIME = (2025, 9, 1, 8, 0, 0)
FIXED_WARC_DATE = "2025-09-01T01:00:00Z"
INPUT = "input"  # the demo inputs; expected.jsonl, README.md and source/ sit beside it
LINK = re.compile(r"\[\[(.+?)\]\]")


# --- the source model ---------------------------------------------------------------
@dataclass(frozen=True)
class Article:
    """One source file, as loaded."""

    data: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)

    @property
    def paras(self) -> list[str]:
        """Paragraphs with link markup, as written in the source."""
        return [p.strip() for p in str(self.data["body"]).strip().split("\n\n") if p.strip()]

    def clean_paras(self) -> list[str]:
        return [LINK.sub(r"\1", " ".join(p.split())) for p in self.paras]

    def expected_body(self) -> str:
        return "\n\n".join(self.clean_paras())


def load_articles(source_dir: Path) -> list[Article]:
    articles = []
    for path in sorted(source_dir.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise SystemExit(f"{path}: {exc}") from exc
        data.setdefault("id", path.stem)
        articles.append(Article(data))
    return articles


def plain(text: str) -> str:
    """Paragraph text without link markup (layouts that keep links inline)."""
    return LINK.sub(r"\1", " ".join(text.split()))


def broken_links(text: str) -> str:
    """Paragraph text as a scraper that breaks lines around links writes it."""
    return LINK.sub(lambda m: "\n" + m.group(1) + "\n", " ".join(text.split())).replace(
        " \n", "\n").replace("\n ", "\n")


# --- text layouts (page dumps and the raw body field of exports) ------------------------
def _with_dateline(a: Article, prefix: str, paras: list[str], sep: str = " ") -> list[str]:
    if not prefix:
        return paras
    return [prefix + sep + paras[0], *paras[1:]]


def _insert(paras: list[str], at: int, block: str | None) -> list[str]:
    if not block:
        return paras
    at = min(at, len(paras))
    return [*paras[:at], block, *paras[at:]]


def related(a: Article, label: str = "Baca juga:", sep: str = " ", n: int = 0) -> str | None:
    rel = a.get("related") or []
    return f"{label}{sep}{rel[n]}" if len(rel) > n else None


def body_detik(a: Article, *, page: bool) -> str:
    paras = [plain(p) for p in a.paras]
    dl = a.get("dateline_printed")
    out = [dl, *paras] if page and dl else _with_dateline(a, dl or "", paras)
    out = _insert(out, 2, "ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT" if page
                  else "SCROLL TO CONTINUE WITH CONTENT")
    out = _insert(out, 5, related(a))
    if a.get("video"):
        out.append(f"Simak Video '{a.video}':\n\n[Gambas:Video 20detik]\n\n")
    if a.get("signoff"):
        out.append(a.signoff)
    sep = "\n\n" if page else "\n"
    return sep.join(out)


def body_kompas(a: Article, *, page: bool) -> str:
    paras = [broken_links(p) for p in a.paras]
    out = _with_dateline(a, a.dateline_printed, paras)
    out = _insert(out, 2, related(a, sep="\n" if not page else " "))
    if a.get("caption"):
        out = _insert(out, 4, a.caption)
    out = _insert(out, 6, related(a, sep="\n" if not page else " ", n=1))
    return ("\n\n" if page else "\n").join(out)


def body_generic(a: Article, *, page: bool, ad: str | None = None,
                 related_label: str = "Baca juga:", related_sep: str = " ",
                 footer: str | None = None,
                 links_broken: bool = False, dateline_sep: str = " ") -> str:
    paras = [broken_links(p) if links_broken else plain(p) for p in a.paras]
    out = _with_dateline(a, a.get("dateline_printed") or "", paras, dateline_sep)
    out = _insert(out, 2, related(a, related_label, related_sep))
    if ad:
        out = _insert(out, 4, ad)
    if a.get("video_embed"):
        out.append(a.video_embed)
    if a.get("signoff"):
        out.append(a.signoff)
    if footer:
        out.append(footer)
    return ("\n\n" if page else "\n").join(out)


def raw_body(a: Article, *, page: bool = False) -> str:
    """The article text with the boilerplate its outlet's pages and exports carry."""
    layout = a.layout
    if layout == "detik":
        return body_detik(a, page=page)
    if layout == "kompas":
        return body_kompas(a, page=page)
    if layout == "liputan6":
        # the page shows "Baca Juga" above the related headlines; scrapers keep the label only
        if page:
            return body_generic(a, page=page, ad="Advertisement", related_label="Baca Juga",
                                related_sep="\n")
        return body_generic(Article({**a.data, "related": [""]}), page=page,
                            ad="Advertisement", related_label="Baca Juga", related_sep="")
    if layout == "cnnindonesia":
        return body_generic(a, page=page, ad="ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT")
    if layout == "antaranews":
        return body_generic(a, page=page, related_label="Baca juga:")
    if layout == "republika":
        return body_generic(a, page=page, related_label="Baca Juga:", links_broken=True,
                            footer="Ikuti Whatsapp Channel Republika")
    if layout == "tribunnews":
        return body_generic(a, page=page, related_label="Baca juga:",
                            footer="Ikuti kami di")
    if layout == "sindonews":
        return body_generic(a, page=page, related_label="Baca Juga:")
    if layout == "okezone":
        return body_generic(a, page=page, related_label="Baca juga:")
    if layout == "tempo":
        return body_generic(a, page=page, related_label="Pilihan Editor:")
    if layout == "kumparan":
        return body_generic(a, page=page, related_label="Baca juga:")
    raise SystemExit(f"{a.id}: unknown layout {layout!r}")


def page_text(a: Article) -> str:
    """A whole page saved as text (select-all + copy, or a text-mode scraper)."""
    layout = a.layout
    if layout == "detik":
        head = ["ADVERTISEMENT", "", a.title, "", a.byline, a.date_printed]
        if a.get("caption"):
            head.append(a.caption)
        tail = ["", "ADVERTISEMENT", "", "ADVERTISEMENT", ""]
        return "\n".join(head) + "\n" + raw_body(a, page=True) + "\n" + "\n".join(tail)
    if layout == "kompas":
        head = [a.title, "", f"Kompas.com - {a.date_printed}", ""]
        tail = ["", "", f"Penulis: {a.byline}", f"Editor: {a.editor}", "",
                "Sumber: Kompas.com", "", "Tag " + " ".join(a.get("tags", [])), ""]
        return "\n".join(head) + raw_body(a, page=True) + "\n".join(tail)
    if layout == "liputan6":
        head = [a.title, "", f"Oleh {a.byline}", "", a.date_printed, "", ""]
        tail = ["", "", "Advertisement", "", "Tag Terkait", ""]
        return "\n".join(head) + raw_body(a, page=True) + "\n".join(tail)
    if layout == "antaranews":
        head = [a.title, "", a.date_printed, "", ""]
        tail = ["", "", f"Pewarta: {a.byline}", f"Editor: {a.editor}",
                "COPYRIGHT © ANTARA 2025", "", "Dilarang keras mengambil konten, melakukan "
                "crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin "
                "tertulis dari Kantor Berita ANTARA.", ""]
        return "\n".join(head) + raw_body(a, page=True) + "\n".join(tail)
    raise SystemExit(f"{a.id}: no page-text layout for {layout!r}")


# --- HTML layouts ---------------------------------------------------------------------------
def _p(paras: Iterable[str]) -> str:
    return "\n".join(f"<p>{link_html(p)}</p>" for p in paras)


def link_html(text: str) -> str:
    """Escape a paragraph and turn ``[[phrase]]`` into an in-site link, as outlets do."""
    esc = html.escape(" ".join(text.split()), quote=False)

    def repl(m: re.Match[str]) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-")
        return f'<a href="/tag/{slug}">{m.group(1)}</a>'

    return LINK.sub(repl, esc)


def json_ld(a: Article, publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "url": a.url,
        "datePublished": a.expected["published"],
        "author": [{"@type": "Person", "name": n} for n in a.expected.get("authors", [])],
        "publisher": {"@type": "Organization", "name": publisher},
        "inLanguage": "id",
    }
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=1) + "</script>")


def head(a: Article, site: str, extra: str = "") -> str:
    t = html.escape(a.title)
    desc = html.escape(plain(a.paras[0])[:150])
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} - {site}</title>
<meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{t}">
<meta property="og:url" content="{a.url}">
<link rel="canonical" href="{a.url}">
{extra}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"kanal": "news"}});</script>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
"""


NAV = """<header class="header"><nav class="nav"><ul>
<li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li>
<li><a href="/internasional">Internasional</a></li><li><a href="/ekonomi">Ekonomi</a></li>
<li><a href="/olahraga">Olahraga</a></li><li><a href="/indeks">Indeks</a></li>
</ul></nav></header>"""


def popular(a: Article) -> str:
    items = "".join(f'<li><a href="/berita/{i}">{html.escape(h)}</a></li>'
                    for i, h in enumerate(a.get("popular", []), 1))
    return f'<aside class="terpopuler"><h3>Terpopuler</h3><ol>{items}</ol></aside>'


def html_detik(a: Article) -> str:
    paras = [plain(p) for p in a.paras]
    first = f'<strong>{html.escape(a.dateline_printed[:-2])}</strong> - {html.escape(paras[0])}'
    rel = a.get("related") or []
    body = [f"<p>{first}</p>", *(f"<p>{html.escape(p)}</p>" for p in paras[1:2]),
            '<div class="parallaxindetail"><div class="ads">ADVERTISEMENT</div>'
            '<p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>']
    if rel:
        body.append(f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:'
                    f'</strong> <a href="/berita/d-1">{html.escape(rel[0])}</a></div></td></tr>'
                    "</table>")
    body += [f"<p>{html.escape(p)}</p>" for p in paras[2:]]
    if a.get("video"):
        body.append(f"<p><strong>Simak Video '{html.escape(a.video)}':</strong></p>"
                    '<div class="embed video20detik">[Gambas:Video 20detik]</div>')
    if a.get("signoff"):
        body.append(f'<div class="detail__body-tag"><strong>{a.signoff}</strong></div>')
    meta = (f'<meta name="author" content="{a.expected["authors"][0]}">\n'
            f'<meta name="publishdate" content="{a.meta_date}">\n'
            + json_ld(a, "detikcom"))
    return head(a, "detikNews", meta) + f"""<body>
{NAV}
<div class="container"><article class="detail">
<div class="detail__header">
<h1 class="detail__title">{html.escape(a.title)}</h1>
<div class="detail__author">{html.escape(a.byline)}</div>
<div class="detail__date">{a.date_printed}</div>
</div>
<figure class="detail__media-image"><img src="/foto/1.jpg" alt="{html.escape(a.title)}">
<figcaption class="detail__media-caption">{html.escape(a.get("caption", ""))}</figcaption></figure>
<div class="detail__body-text itp_bodycontent">
{chr(10).join(body)}
</div>
<div class="detail__body-tag"><a href="/tag/1">{"</a> <a href='/tag/2'>".join(a.get("tags", []))}</a></div>
</article>{popular(a)}</div>
<footer class="footer">Copyright @ 2025 detikcom, All Rights Reserved</footer>
</body></html>
"""


def html_kompas(a: Article) -> str:
    paras = a.paras
    rel = a.get("related") or []
    body = [f"<p><strong>{html.escape(a.dateline_printed)}</strong> {link_html(paras[0])}</p>",
            _p(paras[1:2])]
    if rel:
        body.append(f'<p><strong>Baca juga: </strong><a class="inner-link-baca-juga" '
                    f'href="/read/1">{html.escape(rel[0])}</a></p>')
    if a.get("caption"):
        body.append(f'<div class="photo__caption">{html.escape(a.caption)}</div>')
    body.append(_p(paras[2:]))
    meta = (f'<meta name="content_PublishedDate" content="{a.meta_date}">\n'
            f'<meta name="content_author" content="{a.expected["authors"][0]}">\n'
            + json_ld(a, "KOMPAS.com"))
    return head(a, "KOMPAS.com", meta) + f"""<body>
{NAV}
<div class="row col-offset-fluid clearfix"><div class="col-bs10-7">
<h1 class="read__title">{html.escape(a.title)}</h1>
<div class="read__time">Kompas.com - {a.date_printed}</div>
<div class="read__content"><div class="clearfix">
{chr(10).join(body)}
</div></div>
<div class="read__credit"><div class="credit-title-name"><h6>Penulis</h6>
<a href="/penulis/1">{html.escape(a.byline)}</a></div>
<div class="credit-title-name"><h6>Editor</h6><a href="/editor/1">{html.escape(a.editor)}</a></div></div>
<div class="tag__article"><ul>{"".join(f"<li><a>{t}</a></li>" for t in a.get("tags", []))}</ul></div>
</div>{popular(a)}</div>
<footer class="footer">Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Digital Group).</footer>
</body></html>
"""


def html_antaranews(a: Article) -> str:
    paras = a.paras
    rel = a.get("related") or []
    body = [f"{html.escape(a.dateline_printed)} {link_html(paras[0])}<br><br>"]
    for i, p in enumerate(paras[1:], 1):
        body.append(f"{link_html(p)}<br><br>")
        if i == 1 and rel:
            body.append(f'<p><span class="baca-juga">Baca juga: <a href="/berita/1">'
                        f"{html.escape(rel[0])}</a></span></p>")
    meta = (f'<meta itemprop="datePublished" content="{a.expected["published"]}">\n'
            + json_ld(a, "ANTARA News"))
    return head(a, "ANTARA News", meta) + f"""<body>
{NAV}
<div class="wrapper"><div class="post-wrapper" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="post-title" itemprop="headline">{html.escape(a.title)}</h1>
<p class="text-muted"><span><i class="fa fa-clock-o"></i> {a.date_printed}</span></p>
<figure class="image-overlay"><img src="/img/1.jpg" alt="">
<figcaption class="flex-caption">{html.escape(a.get("caption", ""))}</figcaption></figure>
<div class="post-content clearfix" itemprop="articleBody">
{chr(10).join(body)}
<p class="text-muted mt-2 small">Pewarta: <span itemprop="author">{html.escape(a.byline)}</span><br>Editor: {html.escape(a.editor)}<br>COPYRIGHT © ANTARA 2025</p>
</div>
</div>{popular(a)}</div>
<footer class="footer">Kantor Berita ANTARA. Wisma ANTARA, Jakarta.</footer>
</body></html>
"""


def html_cnnindonesia(a: Article) -> str:
    paras = a.paras
    rel = a.get("related") or []
    body = [f"<p><strong>{html.escape(a.dateline_printed)}</strong> {link_html(paras[0])}</p>",
            '<div class="paradetail"><div class="ads">ADVERTISEMENT</div>'
            '<div class="scroll">SCROLL TO CONTINUE WITH CONTENT</div></div>',
            _p(paras[1:2])]
    if rel:
        body.append(f'<table class="linksisip"><tr><td><strong>Baca juga:</strong> '
                    f'<a href="/internasional/1">{html.escape(rel[0])}</a></td></tr></table>')
    body.append(_p(paras[2:]))
    if a.get("video_embed"):
        body.append(f'<div class="embed">{html.escape(a.video_embed)}</div>')
    if a.get("signoff"):
        body.append(f"<p><strong>{html.escape(a.signoff)}</strong></p>")
    meta = (f'<meta name="publishdate" content="{a.meta_date}">\n'
            + json_ld(a, "CNN Indonesia"))
    return head(a, "CNN Indonesia", meta) + f"""<body>
{NAV}
<div class="container"><div class="content-detail">
<h1 class="mb-2 text-[28px] leading-9 text-cnn_black">{html.escape(a.title)}</h1>
<div class="text-cnn_grey text-sm mb-4">{html.escape(a.byline)} | CNN Indonesia</div>
<div class="text-cnn_grey text-sm mb-4">{a.date_printed}</div>
<div class="detail-text text-cnn_black text-sm grow min-w-0">
{chr(10).join(body)}
</div></div>{popular(a)}</div>
<footer>CNN Indonesia &copy; 2025</footer>
</body></html>
"""


def html_kumparan(a: Article) -> str:
    meta = json_ld(a, "kumparan")
    return head(a, "kumparan", meta) + f"""<body>
{NAV}
<main><div class="StoryRenderer">
<h1 data-qa-id="story-title">{html.escape(a.title)}</h1>
<div data-qa-id="author-name">{html.escape(a.byline)}</div>
<div data-qa-id="date">{a.date_printed}</div>
<div class="story-content">
{_p(a.paras[:2])}
<div class="related"><span>Baca juga:</span> <a href="/news/1">{html.escape((a.get("related") or [""])[0])}</a></div>
{_p(a.paras[2:])}
</div>
<div class="share">Bagikan: WhatsApp · Facebook · X · Salin tautan</div>
</div>{popular(a)}</main>
<footer>kumparan &copy; 2025 · Pedoman Media Siber</footer>
</body></html>
"""


def html_tempo(a: Article) -> str:
    paras = a.paras
    body = [f"<p><strong>{html.escape(a.dateline_printed)}</strong> {link_html(paras[0])}</p>",
            _p(paras[1:2])]
    if a.get("related"):
        body.append(f'<p class="pilihan-editor"><strong>Pilihan Editor:</strong> '
                    f'<a href="/read/1">{html.escape(a.related[0])}</a></p>')
    body.append(_p(paras[2:]))
    meta = (f'<meta property="article:published_time" content="{a.expected["published"]}">\n'
            f'<meta name="author" content="{a.expected["authors"][0]}">\n'
            + json_ld(a, "Tempo"))
    return head(a, "Tempo.co", meta) + f"""<body>
{NAV}
<article class="detail-artikel">
<h1 class="title">{html.escape(a.title)}</h1>
<p class="date">{a.date_printed}</p>
<p class="author">Reporter: {html.escape(a.byline)}</p>
<p class="author">Editor: {html.escape(a.editor)}</p>
<div class="detail-konten" id="isi">
{chr(10).join(body)}
</div>
<div class="tag">Topik: {" · ".join(a.get("tags", []))}</div>
</article>{popular(a)}
<footer>© 2025 Tempo. Hak cipta dilindungi undang-undang.</footer>
</body></html>
"""


HTML_LAYOUTS: dict[str, Callable[[Article], str]] = {
    "detik": html_detik,
    "kompas": html_kompas,
    "antaranews": html_antaranews,
    "cnnindonesia": html_cnnindonesia,
    "kumparan": html_kumparan,
    "tempo": html_tempo,
}


# --- export schemas: column name -> value, as each scraper writes its rows ----------------
def _rec(mapping: dict[str, str]) -> Callable[[Article, int], dict[str, str]]:
    """``mapping`` gives each column's source: an Article key, or ``=body`` for the raw
    body, ``=n`` for the row number."""

    def build(a: Article, n: int) -> dict[str, str]:
        out: dict[str, str] = {}
        for col, key in mapping.items():
            if key == "=body":
                out[col] = raw_body(a)
            elif key == "=n":
                out[col] = str(n)
            else:
                out[col] = str(a.get(key) or "")
        return out

    return build


SCHEMAS: dict[str, Callable[[Article, int], dict[str, str]]] = {
    # github scrapers of detik/kompas/okezone pages (sumber, url, judul ...)
    "scraper_id": _rec({"sumber": "sumber", "url": "url", "judul": "title", "author": "byline",
                        "tanggal_publikasi": "date_printed", "isi_berita": "=body"}),
    "scraper_id_reordered": _rec({"judul": "title", "isi_berita": "=body",
                                  "tanggal_publikasi": "date_printed", "url": "url",
                                  "author": "byline", "sumber": "sumber"}),
    "cnn": _rec({"judul": "title", "kategori": "category", "isi": "=body", "link": "url"}),
    "english": _rec({"title": "title", "source": "sumber", "date": "date_printed",
                     "time": "time_printed", "category": "category", "content": "=body",
                     "url": "url", "author": "byline"}),
    "xlsx": _rec({"No.": "=n", "Sumber": "sumber", "Judul": "title", "Isi": "=body",
                  "Tanggal": "date_printed", "Kategori": "category", "Link": "url"}),
}


# --- writers ------------------------------------------------------------------------------
def write_text(path: Path, a: Article) -> None:
    text = page_text(a)
    enc = a.get("encoding", "utf-8")
    if a.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(enc))


def rows_for(arts: list[Article]) -> list[dict[str, str]]:
    schema = {a.schema for a in arts}
    if len(schema) != 1:
        raise SystemExit(f"articles of one export must share a schema: {sorted(schema)}")
    build = SCHEMAS[schema.pop()]
    return [build(a, i) for i, a in enumerate(arts, 1)]


def csv_bytes(rows: list[dict[str, str]], delimiter: str = ",") -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=delimiter,
                       quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def write_export(path: Path, rows: list[dict[str, str]]) -> None:
    name = path.name
    if name.endswith(".csv.gz"):
        with path.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh,
                                                  mtime=0) as gz:
            gz.write(csv_bytes(rows))
    elif name.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            info = zipfile.ZipInfo(name[:-4] + ".csv", date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, csv_bytes(rows))
    elif name.endswith(".csv"):
        path.write_bytes(csv_bytes(rows))
    elif name.endswith(".tsv"):
        # as pandas' to_csv(sep="\t") writes it: cells with line breaks are quoted
        path.write_bytes(csv_bytes(rows, delimiter="\t"))
    elif name.endswith(".jsonl"):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
    elif name.endswith(".json"):
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(rows)
        pq.write_table(table, path, compression="zstd")
    else:
        raise SystemExit(f"no writer for {name}")


def write_warc(path: Path, arts: list[Article]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def rid(n: int) -> str:
        return f"<urn:uuid:{uuid.UUID(int=0x3A87_0000_0000_4000_8000_0000_0000_0000 + n)}>"

    n = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for a in arts:
            n += 1
            target = "/" + a.url.split("/", 3)[3]
            req = StatusAndHeaders(f"GET {target} HTTP/1.1",
                                   [("Host", a.url.split("/")[2]),
                                    ("User-Agent", "warta-demo-crawler/0.1")],
                                   is_http_request=True)
            writer.write_record(writer.create_warc_record(
                a.url, "request", http_headers=req,
                warc_headers_dict={"WARC-Date": FIXED_WARC_DATE, "WARC-Record-ID": rid(n)}))
            n += 1
            page = HTML_LAYOUTS[a.layout](a).encode("utf-8")
            resp = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8"),
                                               ("Content-Length", str(len(page)))],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                a.url, "response", payload=io.BytesIO(page), http_headers=resp,
                warc_headers_dict={"WARC-Date": FIXED_WARC_DATE, "WARC-Record-ID": rid(n)}))
        # a non-HTML response a crawl always picks up: it must be skipped, not ingested
        n += 1
        robots = b"User-agent: *\nDisallow: /search\nSitemap: https://kumparan.com/sitemap.xml\n"
        resp = StatusAndHeaders("200 OK", [("Content-Type", "text/plain"),
                                           ("Content-Length", str(len(robots)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://kumparan.com/robots.txt", "response", payload=io.BytesIO(robots),
            http_headers=resp,
            warc_headers_dict={"WARC-Date": FIXED_WARC_DATE, "WARC-Record-ID": rid(n)}))


def write_bad(out: Path) -> None:
    """Inputs that must become rejects, never articles and never a crash."""
    bad = out / INPUT / "bad"
    bad.mkdir(parents=True, exist_ok=True)
    (bad / "kosong.txt").write_bytes(b"")
    # a JPEG that someone saved with a .txt name: NUL bytes and no text
    blob = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00" + bytes(
        (i * 37 + 11) % 256 for i in range(2048))
    (bad / "foto-tersimpan.txt").write_bytes(blob)
    (bad / "tanpa-kolom-isi.csv").write_text(
        "judul,tanggal_publikasi,url\n"
        "Harga Cabai Naik Jelang Lebaran,\"Senin, 24 Mar 2025 10:00 WIB\","
        "https://example.org/berita/1\n"
        "Jalan Tol Baru Dibuka untuk Mudik,\"Selasa, 25 Mar 2025 11:30 WIB\","
        "https://example.org/berita/2\n", encoding="utf-8")
    (bad / "halaman-indeks.html").write_text(
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
        "<title>Indeks Berita - Warta Contoh</title></head><body>" + NAV +
        "<main><h1>Indeks Berita</h1><ul>"
        + "".join(f'<li><a href="/berita/{i}">Berita nomor {i}</a></li>' for i in range(1, 9))
        + "</ul><div class=\"pagination\">1 2 3 Selanjutnya</div></main>"
        "<footer>Warta Contoh 2025</footer></body></html>\n", encoding="utf-8")
    # one long row cut off half-way through the compressed stream: no row is complete
    words = " ".join(a for a in NAV.split() if a.isalpha()).split() or ["berita"]
    rng = random.Random(7)
    text = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(3000))
    full = csv_bytes([{"judul": "Arsip terpotong", "isi_berita": text, "url": "x"}])
    packed = gzip.compress(full, mtime=0)
    (bad / "terpotong.csv.gz").write_bytes(packed[: len(packed) // 2])


# --- expected.jsonl -------------------------------------------------------------------------
def gold_line(a: Article, inp: dict[str, Any]) -> dict[str, Any]:
    exp = a.expected
    return {
        "id": a.id,
        "lang": "id",
        "input": inp,
        "expected": {
            "metadata": {
                "outlet": a.outlet,
                "title": " ".join(a.title.split()),
                "published": exp.get("published"),
                "authors": list(exp.get("authors", [])),
                "dateline": exp.get("dateline"),
                "wire": list(exp.get("wire", [])),
            },
            "body": a.expected_body(),
        },
        "notes": f"written for the Warta demo corpus; stored in examples/{INPUT}/{a.file}",
    }


def variant(a: Article, n: int) -> Article:
    """Copy ``n`` of an article for scaled-up benchmark corpora: a distinct URL, title and
    first sentence, so each copy is a distinct input rather than a re-run of the same one."""
    paras = a.paras
    first = f"Laporan {n}: {paras[0]}"
    return Article({**a.data, "id": f"{a.id}-{n}", "url": f"{a.url}-{n}",
                    "title": f"{a.title} ({n})",
                    "body": "\n\n".join([first, *paras[1:]])})


def build(out: Path, source_dir: Path, copy: int | None = None) -> list[Path]:
    """Write the corpus under ``out``; with ``copy`` set, write variant ``copy`` of every
    article (see ``variant``) for a scaled-up benchmark corpus."""
    articles = load_articles(source_dir)
    if copy is not None:
        articles = [variant(a, copy) for a in articles]
    by_file: dict[str, list[Article]] = {}
    for a in articles:
        by_file.setdefault(a.file, []).append(a)
    written: list[Path] = []
    gold: list[dict[str, Any]] = []
    for file, arts in sorted(by_file.items()):
        path = out / INPUT / file
        rel = f"{INPUT}/{file}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if file.endswith(".txt"):
            (a,) = arts
            write_text(path, a)
            gold.append(gold_line(a, {"format": "text", "path": rel}))
        elif file.endswith((".html", ".htm")):
            (a,) = arts
            path.write_text(HTML_LAYOUTS[a.layout](a), encoding="utf-8")
            gold.append(gold_line(a, {"format": "html", "path": rel, "url": a.url}))
        elif file.endswith((".warc.gz", ".warc")):
            write_warc(path, arts)
        else:
            rows = rows_for(arts)
            write_export(path, rows)
            gold += [gold_line(a, {"format": "record", "record": r}) for a, r in zip(arts, rows,
                                                                                    strict=True)]
        written.append(path)
    write_bad(out)
    gold.sort(key=lambda g: g["id"])
    exp = out / "expected.jsonl"
    exp.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                   encoding="utf-8")
    written.append(exp)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=EXAMPLES,
                    help="where to write the corpus (default: examples/)")
    ap.add_argument("--source", type=Path, default=EXAMPLES / "source")
    args = ap.parse_args(argv)
    for path in build(args.out, args.source):
        print(path.relative_to(args.out) if path.is_relative_to(args.out) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
