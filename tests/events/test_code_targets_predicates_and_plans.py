"""Argument and status classes from the lexicon's known gaps, on our own sentences: a
capital the entity layer leaves a place is a target standing for its state; a verb's
recipient after its theme object is the verb's; a prefixless predicate phrase takes its
subject; the content of a demand right after its addressee codes it; scheduled, purposed and
quoted plans are future."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_keys import cameo_keys as keys

from warta.doc import Event

Run = Callable[[str], list[Event]]


@pytest.mark.parametrize("body", [
    'Israel akan "menggempur" Iran bila diserang, kata seorang menteri.',
    "Presiden Prabowo Subianto dijadwalkan bertemu Presiden Rusia Vladimir Putin pekan depan.",
    "Pemerintah Indonesia bertujuan untuk bekerja sama dengan Jepang dalam pembangunan kereta.",
])
def test_scheduled_purposed_and_quoted_plans_are_future(piped: Run, body: str) -> None:
    events = piped(body)
    assert events and all(e.status == "future" for e in events)


@pytest.mark.parametrize(("body", "target"), [
    ("Menteri Luar Negeri Sugiono tiba di Beijing untuk membahas sengketa Laut China Selatan.",
     "CHN"),
    ("Rusia melancarkan serangan rudal ke Kyiv pada Selasa dini hari, kata pejabat Ukraina.",
     "UKR"),
])
def test_a_capital_as_target_is_its_state(piped: Run, body: str, target: str) -> None:
    assert target in {e.target.code for e in piped(body) if e.target}


def test_a_state_in_its_own_capital_is_no_event(piped: Run) -> None:
    events = piped("Presiden Rusia Vladimir Putin tiba di Moskow setelah lawatan ke Asia Tengah.")
    assert all(e.target is None or e.target.code != "RUS" for e in events)


def test_a_recipient_after_the_theme_object_is_the_verbs(piped: Run) -> None:
    events = piped("Pemerintah Jepang menawarkan pinjaman lunak kepada Filipina untuk membangun pelabuhan.")
    assert ("JPN", "030", "PHL") in keys(events)


def test_a_phrase_after_the_object_of_support_stays_the_nouns(piped: Run) -> None:
    # "perlawanan terhadap Israel": support for the resistance, not for Israel
    events = piped("Presiden Prabowo Subianto mendukung perlawanan terhadap Israel di Gaza.")
    assert ("IDN", "051", "ISR") not in keys(events)


def test_a_predicate_phrase_takes_its_subject(piped: Run) -> None:
    events = piped("Pemerintah Vietnam tidak terima keputusan Tiongkok yang membangun pulau buatan di Laut China Selatan.")
    assert ("VNM", "124", "CHN") in keys(events)


def test_demanded_content_right_after_the_addressee_codes_the_demand(piped: Run) -> None:
    events = piped("Presiden Rusia Vladimir Putin menuntut Ukraina menyerah tanpa syarat di wilayah Kursk.")
    assert ("RUS", "105", "UKR") in keys(events)
    plain = piped("Presiden Rusia Vladimir Putin menuntut Ukraina menarik pasukan dari wilayah Kursk.")
    assert all(e.cameo != "105" for e in plain)
