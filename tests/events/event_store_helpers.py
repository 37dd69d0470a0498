"""Stores of hand-built events for the clustering and export tests (our own sentences).

``FakeEvents`` stands in for the whole pipeline: body = the raw content, metadata from the
hints, and events looked up by body text in the ``EVENTS`` table, so duplicate articles (the
same text under two ids) carry the same events, as they would from the real coder.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from warta.config import PipelineConfig
from warta.doc import ActorRef, Document, Event, Hints, Metadata, RawDocument, Span
from warta.pipeline import Pipeline
from warta.resources import Resources
from warta.runner import RunSummary, run_stream

POLRI = ActorRef("IDN", "COP", "Polri", "polri")
KPK = ActorRef("IDN", "JUD", "KPK", "kpk")
BUPATI = ActorRef("IDN", "GOV", "Bupati Sukamaju", "bupati")
MAHASISWA = ActorRef("IDN", "CVL", "mahasiswa", "mhs")
DPR = ActorRef("IDN", "LEG", "DPR", "dpr")
JPN = ActorRef("JPN", "GOV", "Jepang", "jpn")
NATO = ActorRef("NATO", None, "NATO", "nato")

# Our own news-style texts, long enough for MinHash (>= 12 words).
ARREST = (
    "Komisi Pemberantasan Korupsi menangkap Bupati Sukamaju di rumah dinasnya pada Selasa "
    "malam terkait dugaan suap proyek jalan kabupaten senilai puluhan miliar rupiah.\n\n"
    "Juru bicara KPK mengatakan penyidik juga menyita sejumlah dokumen dan uang tunai dari "
    "lokasi penangkapan sebelum membawa sang bupati ke Jakarta untuk diperiksa lebih lanjut."
)
ARREST_COPY = ARREST.replace("sejumlah dokumen", "beberapa dokumen")  # another outlet's edit
ARREST_FOLLOWUP = (
    "Sehari setelah penangkapan, KPK resmi menahan Bupati Sukamaju selama dua puluh hari "
    "pertama di rumah tahanan cabang gedung Merah Putih untuk kepentingan penyidikan."
)
PROTEST = (
    "Ratusan mahasiswa berunjuk rasa di depan gedung DPR menolak revisi undang-undang "
    "penyiaran yang dinilai mengancam kebebasan pers di Indonesia.\n\n"
    "Aksi berlangsung tertib dan massa membubarkan diri menjelang magrib setelah perwakilan "
    "mereka diterima oleh sejumlah anggota dewan."
)
PROTEST_LATER = (
    "Mahasiswa kembali menggelar unjuk rasa di depan gedung DPR pekan berikutnya untuk "
    "menuntut pembatalan revisi undang-undang penyiaran yang masih dibahas di parlemen."
)
HISTORY = (
    "Pengamat mengingatkan bahwa Jepang mengecam NATO pada 2014 terkait perluasan "
    "keanggotaan, sebuah sikap yang kini jarang terdengar dari Tokyo."
)
DENIAL = (
    "Kepolisian membantah telah menangkap aktivis lingkungan di Sukamaju dan menyebut kabar "
    "yang beredar di media sosial itu tidak benar sama sekali."
)

# body → (source, target, plover, cameo, evidence substring, status, date, granularity)
EventSpec = tuple[ActorRef, ActorRef | None, str, str, str, str, str | None, str | None]
EVENTS: dict[str, list[EventSpec]] = {
    ARREST: [(KPK, BUPATI, "COERCE", "173", "menangkap Bupati Sukamaju", "occurred", None,
              None)],
    ARREST_COPY: [(KPK, BUPATI, "COERCE", "173", "menangkap Bupati Sukamaju", "occurred",
                   None, None)],
    ARREST_FOLLOWUP: [(KPK, BUPATI, "COERCE", "173", "menahan Bupati Sukamaju", "occurred",
                       None, None)],
    PROTEST: [(MAHASISWA, DPR, "PROTEST", "141", "berunjuk rasa di depan gedung DPR",
               "occurred", None, None)],
    PROTEST_LATER: [(MAHASISWA, DPR, "PROTEST", "141", "menggelar unjuk rasa", "occurred",
                     None, None)],
    HISTORY: [(JPN, NATO, "ACCUSE", "111", "Jepang mengecam NATO", "occurred", "2014",
               "year")],
    DENIAL: [(POLRI, MAHASISWA, "COERCE", "173", "membantah telah menangkap", "negated",
              None, None)],
}


def _sentence_of(body: str, start: int) -> Span:
    """The span of the paragraph line holding ``start`` up to its full stop."""
    begin = max(body.rfind("\n", 0, start) + 1, body.rfind(". ", 0, start) + 2
                if body.rfind(". ", 0, start) >= 0 else 0)
    stop = body.find(".", start)
    return Span(begin, stop + 1 if stop >= 0 else len(body))


def events_for(body: str) -> tuple[Event, ...]:
    out = []
    for src, tgt, plover, cameo, cue, status, when, gran in EVENTS.get(body, []):
        at = body.index(cue)
        span = _sentence_of(body, at)
        out.append(Event(src, tgt, plover, cameo, status, span,  # type: ignore[arg-type]
                         date=when, date_granularity=gran,  # type: ignore[arg-type]
                         location="Jakarta", rule="test", confidence=0.9,
                         mentions=(span,)))
    return tuple(out)


class FakeEvents:
    name = "fakeevents"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"source_text", "body", "paragraphs", "metadata", "events"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        text = doc.raw.content
        spans, pos = [], 0
        for para in text.split("\n\n"):
            start = text.index(para, pos)
            spans.append(Span(start, start + len(para)))
            pos = start + len(para)
        hints = doc.raw.hints
        return dataclasses.replace(
            doc, source_text=text, body=text, paragraphs=tuple(spans),
            metadata=Metadata(outlet=hints.outlet, title=hints.title, published=hints.published,
                              published_granularity="minute", url=hints.url),
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            events=events_for(text),
        )


def raw(aid: str, text: str, outlet: str, published: str) -> RawDocument:
    return RawDocument(
        id=aid, source=f"mem/{outlet}", locator=aid, format="text", content=text,
        hints=Hints(title=aid, published=published, outlet=outlet,
                    url=f"https://{outlet}/berita/{aid}"),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def run_items(items: Sequence[RawDocument], out: Path, resources: Resources) -> RunSummary:
    pipe = Pipeline((FakeEvents(),), PipelineConfig(components=("fakeevents",)))
    return run_stream(list(items), out, pipe.config, pipeline=pipe, resources=resources,
                      progress=False)


def corpus() -> dict[str, RawDocument]:
    """Articles keyed by id. Day 0 is 2024-05-07 (a Tuesday)."""
    items = [
        raw("a1-arrest", ARREST, "kabar.id", "2024-05-07T21:30:00+07:00"),
        raw("a2-arrest-copy", ARREST_COPY, "warta.co.id", "2024-05-08T06:00:00+07:00"),
        raw("a3-followup", ARREST_FOLLOWUP, "kabar.id", "2024-05-09T10:00:00+07:00"),
        raw("b1-protest", PROTEST, "kabar.id", "2024-05-07T15:00:00+07:00"),
        raw("b2-protest-later", PROTEST_LATER, "berita.id", "2024-05-15T15:00:00+07:00"),
        raw("c1-history", HISTORY, "kabar.id", "2024-05-10T08:00:00+07:00"),
    ]
    return {r.id: r for r in items}


def rows_by(table: Sequence[Mapping[str, object]], key: str) -> dict[object, dict[str, object]]:
    return {r[key]: dict(r) for r in table}
