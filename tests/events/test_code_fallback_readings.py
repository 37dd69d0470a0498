"""The robust readings (``warta.events.fallback``) on our own sentences without a parse:
a source far from its verb, a target behind adverbials, what must not be read (a noun's
modifier, a preposition's object, a phrase that belongs to a noun), the speaker of a quote
as the source of a speech act, and the aggregation of sector variants."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from warta.doc import Document, Event, Quote
from warta.events.component import EventsComponent
from warta.resources import Resources

Run = Callable[..., list[Event]]


def keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.plover, e.target.code if e.target else None) for e in events}


def test_source_across_a_long_adverbial(run: Run) -> None:
    ev = run("Presiden Prabowo Subianto dalam pidato panjang di depan parlemen mengecam Israel.")
    assert keys(ev) == {("IDN", "ACCUSE", "ISR")}
    assert ev[0].confidence <= 0.5  # a fallback reading says so


def test_source_before_a_time_phrase(run: Run) -> None:
    ev = run("Polda Aceh pada Jumat malam menangkap Budi di rumahnya.")
    assert ("IDN", "COERCE", "IDN") in keys(ev)
    e = next(e for e in ev if e.plover == "COERCE")
    assert (e.source.sector, e.target and e.target.sector) == ("COP", "GOV")


def test_bare_target_behind_adverbs(run: Run) -> None:
    ev = run("Jepang mengecam keras sekali lagi Tiongkok atas insiden di perairan itu.")
    assert keys(ev) == {("JPN", "ACCUSE", "CHN")}


def test_no_target_behind_another_preposition(run: Run) -> None:
    ev = run("Israel menyerang markas itu dengan dukungan Amerika Serikat.")
    assert ("ISR", "ASSAULT", "USA") not in keys(ev)


def test_speaker_of_the_quote_is_the_source(res: Resources, built: Callable[..., Document]
                                            ) -> None:
    body = '"Mengecam Israel adalah kewajiban moral kita semua," kata Prabowo.'
    doc = built(body)
    end = body.index('," kata')
    prabowo = next(e for e in doc.entities if e.id == "prabowo")
    quote = Quote(start=1, end=end, text=body[1:end], kind="direct", cue="kata",
                  speaker=prabowo.id, speaker_name="Prabowo", speaker_code="IDN")
    events = list(EventsComponent()(dataclasses.replace(doc, quotes=(quote,)), res).events)
    assert keys(events) == {("IDN", "ACCUSE", "ISR")}
    assert events[0].source.name == "Prabowo"


def test_no_speaker_for_a_non_speech_type(res: Resources, built: Callable[..., Document]
                                          ) -> None:
    body = '"Menyerang Gaza lagi adalah kesalahan besar," kata Prabowo.'
    doc = built(body)
    end = body.index('," kata')
    quote = Quote(start=1, end=end, text=body[1:end], kind="direct", cue="kata",
                  speaker="prabowo", speaker_name="Prabowo", speaker_code="IDN")
    events = EventsComponent()(dataclasses.replace(doc, quotes=(quote,)), res).events
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_country_and_its_leader_doing_one_thing_are_one_event(run: Run) -> None:
    ev = run("Putin mengecam NATO pada Senin. Rusia juga mengecam NATO dalam pernyataan resmi.")
    accuse = [e for e in ev if e.plover == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0].source.sector == "GOV"
    assert len(accuse[0].mentions) == 2


def test_a_government_attacking_is_its_military(run: Run) -> None:
    ev = run("Kremlin menyerang Ukraina pada Kamis pagi.")
    assert [(e.source.code, e.source.sector) for e in ev if e.plover == "ASSAULT"] == [
        ("RUS", "MIL")]


def test_what_is_deployed_is_not_a_target(run: Run) -> None:
    ev = run("Rusia mengerahkan pasukan tambahan ke perbatasan Ukraina.")
    mob = [e for e in ev if e.plover == "MOBILIZE"]
    assert mob and all(e.target is None for e in mob)
