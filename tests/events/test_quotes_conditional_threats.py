"""A threat is conditional by nature (GUIDE): the consequence of a condition (``Jika X
menyerang ..., kami akan membalas X dengan keras``; ``Apabila ..., maka ...``) states a
threat made now, by the speaker of the quote when the subject is ``kami``; force promised
there is a threat of force (THREATEN 138, occurred); any other act promised under a
condition is a what-if, no event (our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def _threats(events: list[Event]) -> set[tuple[str | None, str | None, str, str, str | None]]:
    return {(e.source.code, e.source.sector, e.cameo, e.status,
             e.target.code if e.target else None) for e in events if e.plover == "THREATEN"}


def test_conditional_vow_in_a_quote_is_the_speakers_threat(piped: Piped) -> None:
    ev = piped('"Jika Israel menyerang fasilitas nuklir kami, kami akan membalas Israel '
               'dengan tegas," kata Menteri Luar Negeri Iran Abbas Araghchi.')
    assert ("IRN", "GOV", "138", "occurred", "ISR") in _threats(ev)


def test_apabila_opens_a_condition_too(piped: Piped) -> None:
    ev = piped("Apabila Rusia menyerang Polandia, NATO akan membalas Rusia dengan tegas.")
    assert ("NATO", None, "138", "occurred", "RUS") in _threats(ev)


def test_force_promised_under_a_condition_is_a_threat_of_force(piped: Piped) -> None:
    ev = piped('"Jika Israel menyerang fasilitas nuklir kami, Iran akan menyerang Israel '
               'tanpa ragu," kata Menteri Luar Negeri Iran Abbas Araghchi.')
    assert _threats(ev) == {("IRN", None, "138", "occurred", "ISR")}
    assert not [e for e in ev if e.plover == "ASSAULT"]


def test_other_acts_under_a_condition_stay_what_ifs(piped: Piped) -> None:
    assert piped('"Jika perundingan gagal, Iran akan mendukung Rusia," kata Menteri '
                 'Luar Negeri Iran Abbas Araghchi.') == []
    assert piped("Jika cuaca membaik, Indonesia akan mengirim bantuan ke Gaza pada "
                 "pekan depan.") == []


def test_a_denied_or_doubted_consequence_is_no_threat(piped: Piped) -> None:
    assert not _threats(piped('"Jika Israel menyerang, Iran tidak akan membalas Israel," '
                              'kata Menteri Luar Negeri Iran Abbas Araghchi.'))
    assert not _threats(piped("Jika Iran menyerang Israel, mungkin Amerika Serikat akan "
                              "menyerang Iran."))


def test_what_one_could_do_under_a_condition_is_analysis(piped: Piped) -> None:
    assert not _threats(piped("Jika Washington ikut campur, Teheran dapat menyerang "
                              "pangkalan militer Amerika Serikat di Qatar."))


def test_a_pundits_or_analysts_conditional_gives_nothing(piped: Piped) -> None:
    assert not piped("Menurut pengamat militer Budi Hartono, jika Iran menutup Selat Hormuz, "
                     "Amerika Serikat akan menyerang Iran.")
    assert not piped("Para analis memperkirakan jika Iran menutup Selat Hormuz, Amerika "
                     "Serikat akan menyerang Iran.")
