"""The body is built from the source only: every mapped character equals its source
character, words are never rewritten, broken lines are re-joined, short inputs rejected."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.clean.article import clean_raw
from warta.config import CleanConfig
from warta.doc import Hints, RawDocument
from warta.errors import NotAnArticle
from warta.resources import Resources, load_resources

RESOURCES = load_resources()
WORDS = ["Presiden", "menyatakan", "dukungan", "kuat", "Jakarta", "warga", "dariABC", "Net",
         "SCROLL", "ADVERTISEMENT", "Baca", "juga:", "(Foto:", "kata", "dia.", "Rabu", "(2/3).",
         "\u00a0", "  ", "\n", "\n\n", "-", ",", "\"Kami", "siap,\"", "kunjungan.Kondisi"]


def _raw(text: str, fmt: str = "record", **hints: str) -> RawDocument:
    return RawDocument(id="t", source="test", locator="0", format=fmt,  # type: ignore[arg-type]
                       content=text, hints=Hints(**hints))


def _check_map(text: str, config: CleanConfig) -> None:
    try:
        result = clean_raw(_raw(text), RESOURCES, config)
    except NotAnArticle:
        return
    mapped = [False] * len(result.body)
    for seg in result.body_map:
        assert result.body[seg.body_start : seg.body_start + seg.length] == \
            result.source_text[seg.source_start : seg.source_start + seg.length]
        for i in range(seg.body_start, seg.body_start + seg.length):
            mapped[i] = True
    # what is not mapped is a separator: one space inside a paragraph, "\n\n" between them
    assert all(ch in " \n" for ch, m in zip(result.body, mapped, strict=True) if not m)
    assert "\n\n\n" not in result.body and not result.body.startswith((" ", "\n"))
    for para in result.paragraphs:
        assert "\n" not in result.body[para.start : para.end]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join))
def test_every_body_character_maps_to_the_same_source_character(text: str) -> None:
    _check_map(text, CleanConfig(min_body_chars=1))


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_body_map_holds_for_arbitrary_text(text: str) -> None:
    _check_map(text, CleanConfig(min_body_chars=1))


def test_glued_words_are_never_repaired() -> None:
    text = ("Serangan itu dilakukan di Doha,Qatarpada Selasa, dilansir dariABC Net. "
            "Presiden ASDonald Trump memperingatkan Tel Aviv akan konsekuensi serius.")
    body = clean_raw(_raw(text), RESOURCES, CleanConfig()).body
    for word in ("Doha,Qatarpada", "dariABC", "ASDonald"):
        assert word in body
    assert set(re.findall(r"\S+", body)) <= set(re.findall(r"\S+", text))


def test_kompas_linked_words_on_their_own_lines_are_rejoined() -> None:
    text = ("JAKARTA, KOMPAS.com\n- Menteri Pertanian\nAndi Setiawan\nmeninjau panen raya di\n"
            "Karawang\n, Jawa Barat, bersama kelompok tani (\nGapoktan\n) setempat.\n"
            "Ia mengatakan hasil panen tahun ini naik dibandingkan tahun lalu.")
    result = clean_raw(_raw(text, url="https://regional.kompas.com/read/2025/03/01/1/x"),
                       RESOURCES, CleanConfig())
    assert result.body.split("\n\n") == [
        "Menteri Pertanian Andi Setiawan meninjau panen raya di Karawang , Jawa Barat, "
        "bersama kelompok tani ( Gapoktan ) setempat.",
        "Ia mengatakan hasil panen tahun ini naik dibandingkan tahun lalu.",
    ]
    assert result.metadata.dateline == "Jakarta"


def test_detik_dateline_split_over_lines_is_removed() -> None:
    text = "Jakarta\n-\nPenyanyi itu merilis album baru pada Jumat malam di sebuah kafe di Kemang, Jakarta Selatan."
    result = clean_raw(_raw(text), RESOURCES, CleanConfig())
    assert result.body.startswith("Penyanyi itu")
    assert result.metadata.dateline == "Jakarta"


def test_flattened_record_is_split_into_paragraphs() -> None:
    text = ("Pemerintah menaikkan anggaran pendidikan tahun depan.  Anggaran itu naik sepuluh persen. "
            "Kenaikan disetujui DPR pada Selasa.,\"Kami bersyukur,\" kata menteri.Sekolah negeri akan "
            "menerima dana tambahan.")
    body = clean_raw(_raw(text), RESOURCES, CleanConfig()).body
    assert body.split("\n\n") == [
        "Pemerintah menaikkan anggaran pendidikan tahun depan.",
        "Anggaran itu naik sepuluh persen. Kenaikan disetujui DPR pada Selasa.",
        "\"Kami bersyukur,\" kata menteri.",
        "Sekolah negeri akan menerima dana tambahan.",
    ]


def test_duplicated_flattened_copy_is_kept_once() -> None:
    paras = ["Warga desa membangun jembatan bambu secara gotong royong selama tiga hari penuh.",
             "Jembatan itu menghubungkan dua dusun yang sebelumnya terpisah sungai selebar dua puluh meter.",
             "Kepala desa berterima kasih kepada semua warga yang ikut bekerja tanpa dibayar."]
    text = "".join(paras) + "\n" + "\n".join(paras)
    body = clean_raw(_raw(text), RESOURCES, CleanConfig()).body
    assert body == "\n\n".join(paras)


def test_only_boilerplate_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        clean_raw(_raw("ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n(lir/nvc)"),
                  RESOURCES, CleanConfig())
    with pytest.raises(NotAnArticle):
        clean_raw(_raw("   \n  "), RESOURCES, CleanConfig())


def test_content_hash_ignores_spacing_and_case() -> None:
    a = clean_raw(_raw("Harga cabai naik tajam di pasar induk menjelang hari raya tahun ini di kota itu."),
                  RESOURCES, CleanConfig())
    b = clean_raw(_raw("Harga  cabai naik tajam di pasar induk menjelang hari raya tahun ini di KOTA itu."),
                  RESOURCES, CleanConfig())
    assert a.content_hash == b.content_hash and len(a.content_hash) == 64


def test_resources_fixture_type() -> None:
    assert isinstance(RESOURCES, Resources)
