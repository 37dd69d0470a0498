"""Events stated by nouns: an attack noun whose target is what a strike verb says it hit
(``serangan Hamas pada ... yang menewaskan 12 orang di Israel``), its doer as the ``-nya``
of a verb's object (``Rusia membela serangan udaranya ke Georgia``) or as the agent of a
passive light verb (``dibalas Iran dengan serangan rudal``); a raid's target after a plural
determiner (``terhadap para migran``); a meeting named by a noun with two participants goes
from the first-named to the other (our own sentences; entities from the pipeline's linker
or the table of ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_keys import keys

from warta.doc import Event

Run = Callable[..., list[Event]]


@pytest.mark.parametrize("body", [
    "Konflik itu bermula setelah serangan Hamas pada 8 Oktober 2023 yang menewaskan 12 orang "
    "di Israel.",
    "Serangan Israel pada Senin (16/6) menewaskan sedikitnya 20 orang di Qatar.",
    "Serangan Rusia pada Rabu (18/6) mengenai gedung parlemen Ukraina di ibu kota.",
])
def test_an_attack_noun_hits_what_its_strike_verb_names(parsed: Run, body: str) -> None:
    found = keys(parsed(body))
    assert found & {("HAMAS", "ASSAULT", "ISR"), ("ISR", "ASSAULT", "QAT"),
                    ("RUS", "ASSAULT", "UKR")}


def test_the_attack_is_dated_by_its_own_phrase(parsed: Run) -> None:
    ev = [e for e in parsed("Konflik itu bermula setelah serangan Hamas pada 8 Oktober 2023 "
                            "yang menewaskan 12 orang di Israel.") if e.plover == "ASSAULT"]
    assert ev and ev[0].date == "2023-10-08"


@pytest.mark.parametrize("body", [
    "Serangan jantung menewaskan mantan menteri Israel itu.",
    "Serangan balik Jepang mengenai tiang gawang Indonesia di menit akhir.",
])
def test_a_strike_verb_needs_an_attack_by_an_actor(parsed: Run, body: str) -> None:
    assert not [e for e in parsed(body) if e.plover == "ASSAULT"]


def test_the_nya_of_an_attack_is_the_subject_defending_it(piped: Run) -> None:
    body = ("Rusia kembali membela serangan udaranya ke Georgia dengan alasan menargetkan "
            "kelompok bersenjata.")
    assert ("RUS", "ASSAULT", "GEO") in keys(piped(body))


def test_the_nya_of_a_denounced_attack_is_someone_else(piped: Run) -> None:
    assert ("IRN", "ASSAULT", "SYR") not in keys(piped("Iran mengecam serangannya ke Suriah."))


def test_the_agent_of_a_passive_light_verb_attacks(parsed: Run) -> None:
    found = keys(parsed("Serangan itu dibalas Iran dengan serangan rudal ke Qatar."))
    assert ("IRN", "ASSAULT", "QAT") in found
    # the attack answered is not the answerer's
    assert len([k for k in found if k[0] == "IRN"]) == 1


def test_a_raid_on_a_plural_group(piped: Run) -> None:
    body = ("Kota itu berada di Amerika Serikat. Bentrokan pecah setelah penggerebekan yang "
            "dilakukan FBI terhadap para migran di Chicago.")
    assert ("USA", "COERCE", "USA") in keys(piped(body))


@pytest.mark.parametrize("body", [
    "Kesepakatan itu dicapai usai pertemuan bilateral Presiden Prabowo Subianto dan Perdana "
    "Menteri Jepang Shigeru Ishiba di Tokyo.",
    "Prabowo dan Ishiba melakukan pertemuan bilateral di Tokyo.",
])
def test_a_meeting_noun_goes_from_the_first_named(piped: Run, body: str) -> None:
    found = {k for k in keys(piped(body)) if k[1] == "CONSULT"}
    assert found == {("IDN", "CONSULT", "JPN")}


def test_a_negotiation_noun_goes_from_the_first_named(parsed: Run) -> None:
    found = {k for k in keys(parsed("Perundingan AS dan Iran berlangsung di Oman."))
             if k[1] == "CONSULT"}
    assert found == {("USA", "CONSULT", "IRN")}


def test_a_hyphen_pairs_the_sides_of_a_negotiation(piped: Run) -> None:
    found = keys(piped("Serangan itu terjadi di tengah proses negosiasi nuklir Amerika Serikat "
                       "(AS)-Iran yang bertujuan membatasi program nuklir."))
    assert ("USA", "CONSULT", "IRN") in found
