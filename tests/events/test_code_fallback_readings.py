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


def test_agent_of_a_noun_in_a_relative_clause(run: Run) -> None:
    ev = run("Kerusuhan dipicu penggerebekan yang dilakukan Polda Aceh terhadap Budi di Lhokseumawe.")
    assert ("IDN", "COERCE", "IDN") in keys(ev)
    e = next(e for e in ev if e.plover == "COERCE")
    assert (e.source.sector, e.target and e.target.sector) == ("COP", "GOV")


def test_noun_followed_by_a_verb_has_no_agent_there(run: Run) -> None:
    ev = run("Pertemuan itu didampingi Budi Santoso dan Prabowo.")
    assert "CONSULT" not in {e.plover for e in ev}


def test_coordinated_passives_share_the_agent(run: Run) -> None:
    ev = run("Aktivis Budi Santoso ditangkap dan ditahan Polda Aceh pada Minggu.")
    assert ("IDN", "COERCE", "IDN") in keys(ev)


def test_clash_between_two_sides_in_order(run: Run) -> None:
    ev = run("Kericuhan antara mahasiswa dan polisi pecah di depan gedung DPR.")
    protest = [e for e in ev if e.plover == "PROTEST"]
    assert protest and (protest[0].source.sector, protest[0].target
                        and protest[0].target.sector) == ("CVL", "COP")


def test_refusal_stated_with_akan_occurred(run: Run) -> None:
    ev = run("Iran tidak akan menerima tuntutan Amerika Serikat.")
    reject = [e for e in ev if e.plover == "REJECT"]
    assert reject and reject[0].status == "occurred" and reject[0].cameo == "124"


def test_leader_title_makes_the_country_its_government(run: Run) -> None:
    ev = run("Pemimpin tertinggi Iran memperingatkan Amerika Serikat.")
    e = next(e for e in ev if e.plover == "THREATEN")
    assert (e.source.code, e.source.sector) == ("IRN", "GOV")
    ev = run("Kunjungan Presiden Prabowo ke Rusia berlangsung dua hari.")
    assert all(e.target is None or e.target.sector is None for e in ev)


def test_common_noun_military_hit_by_an_attack_is_the_country(run: Run) -> None:
    ev = run("Israel menyerang militer Iran di Isfahan.")
    e = next(e for e in ev if e.plover == "ASSAULT")
    assert e.target is not None and (e.target.code, e.target.sector) == ("IRN", None)


def test_witness_questioning_is_no_arrest(run: Run) -> None:
    ev = run("Budi Santoso diperiksa KPK sebagai saksi kasus suap.")
    assert "COERCE" not in {e.plover for e in ev}


def test_abbreviation_of_a_longer_name_is_that_entity(res: Resources,
                                                      built: Callable[..., Document]) -> None:
    from warta.doc import Entity, Mention

    body = "Agen Amerika Serikat (ICE) menangkap Budi Santoso di Texas."
    doc = built(body)
    at = body.index("ICE")
    ice = Entity("ice", "ICE", "ORG", (Mention(at, at + 3, "ICE"),), "USA", "COP")
    doc = dataclasses.replace(doc, entities=(*doc.entities, ice))
    ev = EventsComponent()(doc, res).events
    assert [(e.source.code, e.source.sector) for e in ev if e.plover == "COERCE"] == [
        ("USA", "COP")]


def test_relative_passive_inside_a_requested_clause_is_a_fact(run: Run) -> None:
    ev = run("NATO menyerukan agar dunia menolak klaim Rusia atas Krimea yang dianeksasinya "
             "pada 2014.")
    coerce = [e for e in ev if e.plover == "COERCE"]
    assert [(e.source.code, e.target and e.target.code, e.date) for e in coerce] == [
        ("RUS", "UKR", "2014")]
