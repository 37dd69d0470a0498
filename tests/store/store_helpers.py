"""Store test helpers: a fake clean component and hand-written articles (our own text).

The fake component stands in for ``clean.v1`` so these tests exercise the store and the
runner alone: body = the raw content, paragraphs split on blank lines, content hash of the
body, outlet from the hints. Content containing ``MELEDAK`` makes it crash, content shorter
than 40 characters is ``NotAnArticle``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

from warta.doc import Document, Hints, Metadata, RawDocument, Span
from warta.errors import NotAnArticle
from warta.resources import Resources
from warta.runner import RunSummary

ARTICLES = {
    "banjir": (
        "Banjir merendam ratusan rumah warga di tiga kecamatan di Kabupaten Sukamaju sejak "
        "Selasa pagi setelah hujan deras mengguyur wilayah itu selama dua hari.\n\n"
        "Kepala Badan Penanggulangan Bencana Daerah setempat mengatakan tim gabungan telah "
        "mengevakuasi sedikitnya 240 warga ke balai desa dan sekolah terdekat.\n\n"
        "Pemerintah kabupaten menyiapkan dapur umum dan meminta warga di bantaran sungai "
        "tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir pekan."
    ),
    "pasar": (
        "Harga cabai rawit di Pasar Induk Karanganyar naik hampir dua kali lipat dalam "
        "sepekan terakhir menjelang musim hajatan di sejumlah desa.\n\n"
        "Para pedagang menyebut pasokan dari petani berkurang karena banyak tanaman rusak "
        "akibat cuaca yang tidak menentu sepanjang bulan lalu.\n\n"
        "Dinas perdagangan berencana menggelar operasi pasar murah pekan depan untuk "
        "menahan kenaikan harga bahan pokok lainnya."
    ),
    "sekolah": (
        "Sebanyak 35 sekolah dasar di Kota Lembahhijau mulai menerapkan jam belajar baru "
        "yang dimulai pukul delapan pagi mulai semester ini.\n\n"
        "Wali kota menyatakan kebijakan itu diambil setelah survei menunjukkan banyak murid "
        "datang terlambat karena jarak rumah yang jauh dari sekolah.\n\n"
        "Sejumlah orang tua menyambut baik perubahan tersebut meski ada yang khawatir jam "
        "pulang anak menjadi terlalu sore."
    ),
}


def light_edit(text: str) -> str:
    """The same story as another outlet would run it: two words changed."""
    return text.replace("ratusan rumah", "puluhan rumah").replace("dua hari", "tiga hari")


class FakeClean:
    name = "fakeclean"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"source_text", "body", "paragraphs", "metadata"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        text = doc.raw.content.strip()
        if "MELEDAK" in text:
            raise RuntimeError("komponen meledak")
        if len(text) < 40:
            raise NotAnArticle(f"only {len(text)} characters")
        spans, pos = [], 0
        for para in text.split("\n\n"):
            start = text.index(para, pos)
            spans.append(Span(start, start + len(para)))
            pos = start + len(para)
        return dataclasses.replace(
            doc,
            source_text=doc.raw.content,
            body=text,
            paragraphs=tuple(spans),
            metadata=Metadata(outlet=doc.raw.hints.outlet, title=doc.raw.hints.title,
                              published=doc.raw.hints.published,
                              published_granularity="minute" if doc.raw.hints.published
                              else None, authors=("Rina Kartika",)),
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )


def raw(aid: str, text: str, outlet: str = "contoh.id", title: str | None = None,
        published: str | None = "2024-03-05T10:15:00+07:00") -> RawDocument:
    return RawDocument(
        id=aid, source=f"mem/{outlet}", locator=aid, format="text", content=text,
        hints=Hints(title=title or aid.capitalize(), published=published, outlet=outlet),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def corpus() -> list[RawDocument]:
    return [raw(k, v) for k, v in ARTICLES.items()]


RunFn = Callable[..., RunSummary]  # the ``run_docs`` fixture of conftest.py
