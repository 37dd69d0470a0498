"""A first-person subject inside a direct quote (``kami``, ``kita``, ``negara kami``) is
the quote's coded speaker, also when the cue is a pronoun resolved by the quotes layer
(``katanya``); a quote by a pundit or by someone unnamed gives nothing (GUIDE: skip pundit
opinion; an uncoded speaker is no actor). Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def _sources(events: list[Event], plover: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code, e.source.sector) for e in events if e.plover == plover}


def test_kami_in_a_quote_is_its_speaker(piped: Piped) -> None:
    ev = piped('"Kami mengecam keras serangan Israel terhadap Qatar," kata Menteri Luar '
               'Negeri Turki Hakan Fidan.')
    assert _sources(ev, "ACCUSE") == {("TUR", "GOV")}


def test_negara_kami_after_a_pronoun_cue_is_the_speaker(piped: Piped) -> None:
    ev = piped('Menteri Luar Negeri Turki Hakan Fidan berbicara di Ankara, Senin. "Negara '
               'kami mendukung penuh Palestina," katanya.')
    assert _sources(ev, "SUPPORT") == {("TUR", "GOV")}


def test_a_pundits_quote_gives_nothing(piped: Piped) -> None:
    assert not piped('"Kami mendukung Palestina," kata seorang pengamat hubungan '
                     'internasional.')


def test_an_unnamed_speakers_quote_gives_nothing(piped: Piped) -> None:
    assert not piped('"Kami mendukung Palestina," kata seorang pria yang tidak mau '
                     'disebutkan namanya.')
