"""The coder with the dependency parse of the shipped model: subjects, objects and obliques
read from the tree, passives, relative ``yang``, coordination through appositions, shared
subjects, common-noun actors and pronouns (our own sentences; entities from the table of
``conftest``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from event_keys import keys
from spacy.language import Language

from warta.doc import Document, Event
from warta.events.component import EventsComponent
from warta.lang.component import LangComponent
from warta.resources import Resources

Run = Callable[..., list[Event]]


def test_object_is_a_title_before_the_name(parsed: Run) -> None:
    # the parse's object is "Gubernur"; the actor is the name inside its phrase
    ev = parsed("KPK kembali memanggil Gubernur Jawa Tengah Budi Santoso pekan ini.")
    assert ("IDN", "REQUEST", "IDN") in keys(ev)
    e = next(e for e in ev if e.plover == "REQUEST")
    assert (e.source.sector, e.target and e.target.sector) == ("JUD", "GOV")


def test_coordinated_subjects_sign_both_ways(parsed: Run) -> None:
    ev = parsed("Presiden Prabowo Subianto dan Perdana Menteri Jepang Fumio Kishida "
                "menandatangani perjanjian kerja sama maritim di Tokyo.")
    assert {("IDN", "SUPPORT", "JPN"), ("JPN", "SUPPORT", "IDN")} <= keys(ev)


def test_reciprocal_saling(parsed: Run) -> None:
    ev = parsed("Hingga Jumat malam, Iran dan Israel masih saling serang.")
    assert {("IRN", "ASSAULT", "ISR"), ("ISR", "ASSAULT", "IRN")} <= keys(ev)


def test_oblique_with_case_marker(parsed: Run) -> None:
    ev = parsed("Rusia mempererat hubungan militer dengan Iran sejak tahun lalu.")
    assert ("RUS", "COOPERATE", "IRN") in keys(ev)


def test_common_noun_with_country(parsed: Run) -> None:
    ev = parsed("Militer Israel kembali menyerang wilayah Gaza pada Senin malam.")
    hit = [e for e in ev if e.plover == "ASSAULT"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("ISR", "MIL")


def test_common_noun_takes_the_article_country(parsed: Run) -> None:
    body = ("DPR mengesahkan revisi undang-undang penyiaran pada Kamis. "
            "Ribuan demonstran berunjuk rasa menentang DPR di Jakarta.")
    ev = parsed(body)
    protest = [e for e in ev if e.source.sector == "CVL"]
    assert ("IDN", "PROTEST", "IDN") in keys(ev) and ("IDN", "REJECT", "IDN") not in keys(ev)
    assert protest and protest[0].source.code == "IDN"


def test_own_civilians_are_not_a_guessed_target(parsed: Run) -> None:
    # "warga" has no country in the text: the article's country (Israel) is only a guess,
    # and an army attacking its own civilians on that guess is not coded
    ev = parsed("Israel kembali menggempur Jalur Gaza. Tank Israel menembaki warga di dekat "
                "pos bantuan.")
    assert ("ISR", "ASSAULT", "ISR") not in keys(ev)


def test_pronoun_subject(parsed: Run) -> None:
    body = ("Presiden Prabowo Subianto tiba di Moskwa pada Rabu. "
            "Ia kemudian bertemu Putin di Kremlin.")
    ev = parsed(body)
    assert ("IDN", "CONSULT", "RUS") in keys(ev)


def test_pronoun_without_antecedent_codes_nothing(parsed: Run) -> None:
    ev = parsed("Ia mengecam Israel atas serangan itu.")
    assert not ev


def test_noun_trigger_under_a_light_verb_with_dengan(parsed: Run) -> None:
    ev = parsed("Iran membalas dengan gelombang serangan rudal terhadap wilayah Israel.")
    assert ("IRN", "ASSAULT", "ISR") in keys(ev)


def test_attack_on_a_place_inside_a_country(parsed: Run) -> None:
    ev = parsed("Rusia menembakkan puluhan rudal ke sejumlah kota di Ukraina.")
    assert ("RUS", "ASSAULT", "UKR") in keys(ev)


def test_requested_content_is_not_an_event(parsed: Run) -> None:
    ev = parsed("Ukraina menuntut agar Rusia menarik pasukan dari Krimea.")
    assert ("UKR", "REQUEST", "RUS") in keys(ev)
    assert not [e for e in ev if e.source.code == "RUS"]


def test_phrase_with_suffixed_stem(parsed: Run) -> None:
    ev = parsed("Tiongkok mengenakan tarif tambahan terhadap Filipina pekan lalu.")
    assert ("CHN", "SANCTION", "PHL") in keys(ev)


def test_condition_after_a_warning_keeps_it(parsed: Run) -> None:
    ev = parsed("Iran memperingatkan Amerika Serikat tentang akibat yang berat jika Israel "
                "menyerang lagi.")
    assert ("IRN", "THREATEN", "USA") in keys(ev)
    assert not [e for e in ev if e.plover == "ASSAULT"]  # the attack is the condition


def test_common_noun_inside_the_trigger_is_not_an_actor(parsed: Run) -> None:
    ev = parsed("Rusia mulai menarik pasukan dari Ukraina pada Rabu.")
    assert ("RUS", "RETREAT", "UKR") in keys(ev)


def test_threat_target_is_the_subject_of_the_bahwa_clause(parsed: Run) -> None:
    ev = parsed("Israel mengancam bahwa Iran akan menanggung akibatnya.")
    assert ("ISR", "THREATEN", "IRN") in keys(ev)


def test_protest_in_front_of_a_building_targets_its_owner(parsed: Run) -> None:
    ev = parsed("Ratusan demonstran berunjuk rasa di depan gedung DPR pada Senin.",
                )
    assert ("IDN", "PROTEST", "IDN") in keys(ev)
    e = next(e for e in ev if e.plover == "PROTEST")
    assert (e.source.sector, e.target and e.target.sector) == ("CVL", "LEG")


def test_adjacent_subject_beats_a_borrowed_one(parsed: Run) -> None:
    ev = parsed("Prabowo sangat berterima kasih Rusia mendukung Indonesia.")
    assert ("RUS", "SUPPORT", "IDN") in keys(ev)
    assert ("IDN", "SUPPORT", "IDN") not in keys(ev)


def test_first_person_in_a_direct_quote_is_its_speaker(
        res: Resources, shipped_nlp: Language, built: Callable[..., Document]) -> None:
    from warta.doc import Quote

    body = "\"Kami sepakat dengan Jepang soal keamanan laut,\" kata Prabowo."
    hand = built(body)
    ann = LangComponent(shipped_nlp)(hand, res)
    end = body.index(",\"") + 2
    quote = Quote(0, end, body[:end], "direct", speaker="prabowo", speaker_name="Prabowo")
    doc = dataclasses.replace(hand, sentences=ann.sentences, tokens=ann.tokens,
                              dates=ann.dates, quotes=(quote,))
    ev = list(EventsComponent()(doc, res).events)
    assert ("IDN", "AGREE", "JPN") in keys(ev)
    # without the quote the pronoun has no referent
    ev = list(EventsComponent()(dataclasses.replace(doc, quotes=()), res).events)
    assert ("IDN", "AGREE", "JPN") not in keys(ev)


def test_subject_raised_through_a_reporting_passive(parsed: Run) -> None:
    ev = parsed("Israel dilaporkan menembakkan puluhan rudal untuk menyerang sasaran di Qatar.")
    assert ("ISR", "ASSAULT", "QAT") in keys(ev)


def test_mereka_is_the_group_of_an_earlier_event(parsed: Run) -> None:
    body = ("Ribuan demonstran berunjuk rasa di depan gedung DPR. "
            "Mereka menuntut Prabowo membatalkan kenaikan harga bahan bakar.")
    ev = parsed(body)
    req = [e for e in ev if e.plover == "REQUEST"]
    assert req and (req[0].source.code, req[0].source.sector) == ("IDN", "CVL")
    assert req[0].target is not None and req[0].target.sector == "GOV"


def test_mereka_after_a_named_state_codes_nothing(parsed: Run) -> None:
    body = "Israel menyerang Gaza pada Senin. Mereka juga mengecam Qatar."
    assert ("ISR", "ACCUSE", "QAT") not in keys(parsed(body))


def test_not_answering_a_summons_is_a_rejection_that_occurred(parsed: Run) -> None:
    ev = parsed("Budi Santoso tidak memenuhi panggilan KPK pada Jumat.")
    rej = [e for e in ev if e.plover == "REJECT"]
    assert rej and rej[0].target is not None and rej[0].target.sector == "JUD"
    assert rej[0].status == "occurred"
