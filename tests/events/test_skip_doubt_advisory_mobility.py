"""A doubted act is no event (``meragukan bahwa X akan menyerang``), a warning to the public
at large is an advisory, a plan under a condition is a what-if, and ``bermobilisasi``
(getting around, in transport news) is no military mobilisation; the mobilisation of troops,
warnings to named groups and plans without a condition still code."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import cameo_keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_a_doubted_attack_is_no_event(piped: Piped) -> None:
    assert piped("Kepala badan nuklir PBB meragukan bahwa Israel akan menyerang "
                 "fasilitas nuklir Iran dalam waktu dekat.") == []
    # the same attack stated as a fact codes
    assert any(code.startswith("19") for _, code, _ in cameo_keys(
        piped("Israel menyerang fasilitas nuklir Iran pada Jumat dini hari.")))


def test_getting_around_is_no_mobilisation(piped: Piped) -> None:
    assert piped("Operator MRT Jakarta memberi tarif murah agar warga mudah "
                 "bermobilisasi selama perayaan ulang tahun kota.") == []
    assert ("ISR", "154", None) in cameo_keys(
        piped("Israel memobilisasi puluhan ribu tentara cadangan menjelang operasi darat."))


def test_a_warning_to_the_public_is_an_advisory(piped: Piped) -> None:
    # a travel advisory to one's own citizens threatens none of the places it names
    assert piped("Seperti India dan Australia, Prancis telah memperingatkan warganya agar "
                 "tidak bepergian ke Israel, Iran, Lebanon, dan wilayah Palestina.") == []
    assert piped("Kedutaan Besar AS memperingatkan masyarakat agar menjauhi lokasi unjuk "
                 "rasa di Jakarta.") == []
    # a warning to a named group or to a state stays a threat
    assert ("ISR", "130", "PSE") in cameo_keys(
        piped("Militer Israel memperingatkan warga Gaza agar segera mengungsi ke selatan."))
    assert ("IDN", "130", "ISR") in cameo_keys(
        piped("Presiden Prabowo Subianto memperingatkan Israel agar menghentikan serangan "
              "ke Gaza."))


def test_a_conditional_plan_is_no_event(piped: Piped) -> None:
    assert piped("Kejaksaan Agung akan memeriksa mantan menteri Nadiem Makarim jika "
                 "keterangannya dibutuhkan penyidik.") == []
    # the plan alone stays a future event
    events = piped("Kejaksaan Agung akan memeriksa mantan menteri Nadiem Makarim pekan depan.")
    assert [(e.source.code, e.cameo[:2], e.status) for e in events] == [("IDN", "17", "future")]
