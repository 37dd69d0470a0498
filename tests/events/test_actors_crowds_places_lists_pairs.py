"""Actors the events layer finds beyond named entities (our own sentences, default pipeline):
cities of current wars as their state when attacked, counted crowds (``ratusan orang``,
``sekelompok aktivis``) coded by the place they gather in, the members of a list a plural
noun is said to be (``negara-negara yang ... mencakup A, B, dan C``), ``kedua negara`` and
``mereka`` standing for a pair only when the context names exactly that pair."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from event_keys import keys
from spacy.language import Language

from warta.doc import Document, Event
from warta.events.component import EventsComponent
from warta.events.territory import territory_of
from warta.lang.component import LangComponent
from warta.resources import Resources

Run = Callable[[str], list[Event]]


def test_war_cities_map_to_their_state(res: Resources) -> None:
    assert territory_of(res, "Kharkiv") == "UKR"
    assert territory_of(res, "Khan Yunis") == "PSE"
    assert territory_of(res, "Kursk") == "RUS"
    assert territory_of(res, "Isfahan") == "IRN"
    assert territory_of(res, "Surabaya") is None


def test_attack_on_a_city_is_an_attack_on_its_state(piped: Run) -> None:
    ev = piped("Pasukan Rusia menggempur Kota Sumy pada Senin malam.")
    assert ("RUS", "ASSAULT", "UKR") in keys(ev)
    ev = piped("Seorang petani tewas dalam serangan udara Rusia di wilayah Kharkiv pada Minggu.")
    assert ("RUS", "ASSAULT", "UKR") in keys(ev)
    assert ("RUS", "ASSAULT", "RUS") not in keys(ev)  # the city is no Russian person


def test_counted_crowd_takes_the_country_it_gathers_in(piped: Run) -> None:
    ev = piped("Ratusan orang berunjuk rasa menentang Israel di Tunis, Tunisia, pada Senin.")
    hit = [e for e in ev if e.plover == "PROTEST"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("TUN", "CVL")
    assert hit[0].target is not None and hit[0].target.code == "ISR"


def test_a_group_word_before_a_common_noun_is_no_modifier(piped: Run) -> None:
    ev = piped("Sekelompok aktivis menggelar aksi protes terhadap Presiden AS Joe Biden.")
    hit = [e for e in ev if e.plover == "PROTEST"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("USA", "CVL")
    assert hit[0].source.name == "sekelompok aktivis"


def test_orang_alone_or_as_a_classifier_is_no_crowd(piped: Run) -> None:
    ev = piped("Polisi Israel menahan tiga orang warga Palestina di Tepi Barat.")
    assert ("ISR", "COERCE", "PSE") in keys(ev)
    assert all((e.target.name if e.target else "") != "tiga orang" for e in ev)


def test_each_member_of_a_list_a_plural_noun_is_said_to_be_acts(piped: Run) -> None:
    ev = piped("Negara-negara lain yang telah menutup kedutaan mereka di Kabul mencakup "
               "Jerman, Prancis, Belanda, dan Kanada.")
    got = {e.source.code for e in ev if e.target is not None and e.target.code == "AFG"}
    assert got == {"DEU", "FRA", "NLD", "CAN"}


def test_a_thing_described_by_the_clause_lists_no_actors(piped: Run) -> None:
    ev = piped("Rudal yang menghantam sejumlah negara yakni Israel dan Yordania "
               "ditembakkan dari Yaman.")
    assert not [e for e in ev if e.source.code in ("ISR", "JOR")]


def test_kedua_negara_is_the_pair_the_context_names(piped: Run) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Perdana Menteri Italia Giorgia Meloni di Roma "
               "pada Senin. Kedua negara sepakat memperkuat kerja sama pertahanan.")
    assert ("IDN", "AGREE", "ITA") in keys(ev) and ("ITA", "AGREE", "IDN") in keys(ev)


def test_kedua_negara_among_three_states_is_unresolved(piped: Run) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron dan Kanselir "
               "Jerman Friedrich Merz di Jakarta. Kedua negara sepakat memperkuat kerja sama.")
    assert not [e for e in ev if e.source.name == "kedua negara"]


def test_mereka_after_a_coordinated_pair_is_both(piped: Run) -> None:
    ev = piped("Hubungan Turki dan Azerbaijan terus menguat sejak 2020. Pada Maret lalu, "
               "mereka menandatangani perjanjian pertahanan bersama.")
    assert ("TUR", "SUPPORT", "AZE") in keys(ev) and ("AZE", "SUPPORT", "TUR") in keys(ev)


def test_mereka_after_two_opponents_stays_unresolved(piped: Run) -> None:
    ev = piped("Israel menyerang Iran pada Jumat. Mereka juga mengecam Qatar.")
    assert not [e for e in ev if e.target is not None and e.target.code == "QAT"]


def test_mereka_after_a_pair_and_a_crowd_stays_unresolved(piped: Run) -> None:
    ev = piped("Warga Turki dan Azerbaijan merayakan hari jadi itu. Mereka menandatangani "
               "perjanjian pertahanan bersama.")
    assert not [e for e in ev if e.plover == "SUPPORT"]


def test_a_crowd_with_no_place_in_its_sentence_is_of_the_datelines_state(
        res: Resources, shipped_nlp: Language, built: Callable[..., Document]) -> None:
    hand = built("Ribuan orang berunjuk rasa menentang Israel pada Sabtu.", "2025-06-20")
    ann = LangComponent(shipped_nlp)(hand, res)
    doc = dataclasses.replace(hand, sentences=ann.sentences, tokens=ann.tokens,
                              dates=ann.dates,
                              metadata=dataclasses.replace(hand.metadata, dateline="London"))
    hit = [e for e in EventsComponent()(doc, res).events if e.plover == "PROTEST"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("GBR", "CVL")


def test_mereka_after_a_pair_behind_a_preposition_stays_unresolved(piped: Run) -> None:
    ev = piped("Para pengusaha wisata dari Indonesia dan Malaysia berkumpul di Bali pekan lalu. "
               "Selama tiga hari, mereka menjalin kerja sama dengan pengusaha lokal.")
    assert not [e for e in ev if {e.source.code, e.target.code if e.target else None}
                == {"IDN", "MYS"}]


def test_mereka_as_a_possessor_stays_unresolved(piped: Run) -> None:
    ev = piped("Iran dan Israel terus saling serang sejak pekan lalu. Para pemimpin itu "
               "membahas perang dalam pertemuan puncak mereka di Kanada.")
    assert not [e for e in ev if e.plover == "CONSULT"]



def test_mereka_after_one_named_organisation_is_it(piped: Run) -> None:
    ev = piped("Kelompok Houthi mengaku bertanggung jawab atas serangan itu. Mereka "
               "menembakkan dua rudal balistik ke Israel.")
    assert ("HOUTHI", "ASSAULT", "ISR") in keys(ev)


def test_mereka_after_an_organisation_and_a_state_stays_unresolved(piped: Run) -> None:
    ev = piped("Hamas menuduh Israel melanggar gencatan senjata. Mereka juga mengecam "
               "Amerika Serikat.")
    assert not [e for e in ev if e.target is not None and e.target.code == "USA"]
