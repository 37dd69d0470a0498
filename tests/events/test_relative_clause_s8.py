"""The actor inside a relative clause before a passive verb is the clause's object, not the
passive subject: the one arrested is the noun ``yang`` hangs on (own sentences, default
pipeline)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def test_the_official_bribed_is_not_the_one_arrested(piped: Run) -> None:
    ev = piped("Seorang pengusaha yang diduga menyuap Bupati Langkat ditangkap oleh KPK di "
               "Medan.")
    assert not [e for e in ev if e.target and e.target.name == "Langkat"]


def test_the_named_noun_before_yang_is_the_one_arrested(piped: Run) -> None:
    ev = piped("Direktur PT Maju Jaya yang diduga menyuap Wali Kota Medan ditahan KPK pada "
               "Senin.")
    assert [(e.source.code, e.plover, e.target and e.target.name) for e in ev] == [
        ("IDN", "COERCE", "PT Maju Jaya")]


def test_an_agent_after_a_passive_relative_verb_is_not_skipped(piped: Run) -> None:
    # "yang dikelola X": X is that verb's agent, so the passive subject reading keeps the
    # nearest actor before the main passive verb, as before
    ev = piped("Bantuan itu disalurkan lewat lembaga yang dikelola Palang Merah Indonesia, "
               "lembaga yang didukung Kementerian Sosial.")
    assert [(e.source.name, e.plover, e.target and e.target.name) for e in ev] == [
        ("Kementerian Sosial", "SUPPORT", "Palang Merah Indonesia")]
