"""Arguments the coder reads across scraper glue and across sentences: a name glued to the
verb after it (``NetanyahumengecamIran``) is cut at the entity's edge; a pronoun subject of
a speech verb is the speaker the quotes layer found (``Dia mengancam bahwa ...``);
``mereka`` inside what a state is reported to say is that state; the target of a threat
or accusation may be the subject right after ``bahwa`` (our own sentences)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from event_keys import keys

from warta.doc import Document, Entity, Event, Mention, Quote
from warta.events.component import EventsComponent
from warta.resources import Resources

Run = Callable[..., list[Event]]


def _with(doc: Document, *extra: Entity, quotes: tuple[Quote, ...] = ()) -> Document:
    return dataclasses.replace(doc, entities=doc.entities + extra, quotes=quotes)


def _mention(body: str, text: str, start_at: int = 0) -> Mention:
    i = body.index(text, start_at)
    return Mention(i, i + len(text), text)


def test_name_glued_to_its_verb_is_cut(res: Resources, built: Callable[..., Document]
                                       ) -> None:
    body = "Perdana Menteri Israel NetanyahumengecamIran atas serangan rudal pada Senin."
    doc = built(body)
    netanyahu = Entity("bibi", "Netanyahu", "PER", (_mention(body, "Netanyahu"),),
                       "ISR", "GOV")
    iran = Entity("iran2", "Iran", "LOC", (_mention(body, "Iran"),), "IRN", None)
    ev = list(EventsComponent()(_with(doc, netanyahu, iran), res).events)
    assert ("ISR", "ACCUSE", "IRN") in keys(ev)


def test_unglued_text_is_unchanged(run: Run) -> None:
    assert ("RUS", "ACCUSE", "NATO") in keys(run("Putin mengecam NATO pada Senin."))


def test_pronoun_before_a_cue_is_the_quote_speaker(res: Resources,
                                                   built: Callable[..., Document]) -> None:
    # the entity table has no mention of the speaker before "Dia": only the quotes layer
    # knows who speaks (here: Putin, named in a sentence the tagger missed)
    body = "Kremlin marah besar. Dia mengancam bahwa NATO akan menyesal atas langkah itu."
    doc = built(body)
    putin = Entity("putin2", "Vladimir Putin", "PER", (), "RUS", "GOV")
    start = body.index("NATO")
    quote = Quote(start, len(body) - 1, body[start:-1], "indirect", cue="mengancam",
                  cue_start=body.index("mengancam"), speaker="putin2",
                  speaker_name="Vladimir Putin")
    ev = list(EventsComponent()(_with(doc, putin, quotes=(quote,)), res).events)
    hit = [e for e in ev if e.plover == "THREATEN"]
    assert hit and (hit[0].source.code, hit[0].source.sector) == ("RUS", "GOV")
    assert hit[0].target is not None and hit[0].target.code == "NATO"
    # without the quote the pronoun finds no person and there is no event
    ev = list(EventsComponent()(_with(doc), res).events)
    assert not [e for e in ev if e.plover == "THREATEN"]


def test_threat_target_is_the_subject_after_bahwa(run: Run) -> None:
    ev = run("Putin mengancam bahwa NATO akan membayar mahal.")
    assert ("RUS", "THREATEN", "NATO") in keys(ev)


def test_mereka_in_a_state_report_is_that_state(res: Resources,
                                                built: Callable[..., Document]) -> None:
    body = "Israel mengonfirmasi bahwa Iran kembali menembakkan rudal ke wilayah mereka."
    doc = built(body)
    israel = next(e for e in doc.entities if e.id == "isr")
    start = body.index("Iran")
    quote = Quote(start, len(body) - 1, body[start:-1], "indirect", cue="mengonfirmasi",
                  cue_start=body.index("mengonfirmasi"), speaker=israel.id,
                  speaker_name="Israel")
    ev = list(EventsComponent()(_with(doc, quotes=(quote,)), res).events)
    assert ("IRN", "ASSAULT", "ISR") in keys(ev)
