"""A pejorative label is an accusation: ``menyebut/menilai/menganggap/menjuluki X sebagai
<label>`` with a label of cues.yaml right after ``sebagai`` — a wrongdoing (``teroris``,
``provokasi``: ACCUSE 112) or a hostile name (``ancaman``, ``musuh``: ACCUSE 111); a neutral
label is no event, even with a label word further on (our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]


def accusations(events: list[Event]) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in events if e.plover == "ACCUSE"]


def test_a_hostile_name_after_a_long_title_is_111(piped: Run) -> None:
    ev = piped("Presiden Turki Recep Tayyip Erdogan menyebut Perdana Menteri Israel Benjamin "
               "Netanyahu sebagai ancaman bagi kawasan.")
    assert accusations(ev) == [("TUR", "ISR", "111")]


def test_a_wrongdoing_label_is_112(piped: Run) -> None:
    assert accusations(piped("Rusia menilai langkah NATO sebagai provokasi.")) == [
        ("RUS", "NATO", "112")]
    assert accusations(piped("Iran menyebut Amerika Serikat sebagai negara teroris.")) == [
        ("IRN", "USA", "112")]


def test_a_nickname_that_is_an_enemy_is_111(piped: Run) -> None:
    assert accusations(piped("Iran menjuluki Israel sebagai musuh utama.")) == [
        ("IRN", "ISR", "111")]


def test_a_neutral_label_is_no_accusation(piped: Run) -> None:
    ev = piped("Presiden Prabowo menyebut Jepang sebagai mitra strategis dalam memerangi "
               "terorisme.")
    assert accusations(ev) == []
