"""The records the actor linker returns and the dated roles it reasons over."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from warta.doc import Record

EntityType = Literal["PER", "ORG", "LOC"]

# Which rule produced a match, so that callers (entity merging, events) can weigh it:
# a capital city is an actor only when the sentence makes it one; a title inference is
# weaker evidence than a dictionary entry.
Rule = Literal[
    "country",          # a country name or alias: code, sector null
    "capital",          # a capital used as an actor: country/GOV (the caller decides if it acts)
    "metonym",          # a seat of power: Kremlin, Gedung Putih, Pentagon
    "region",           # Barat, Eropa
    "place",            # a foreign city or state (Los Angeles, California): code null, the
                        # titles and institutions named before it take its country
    "organization",     # an organisation in the dictionary
    "institution",      # a name built from an institution head and a country: Militer Israel
    "person",           # a person in the dictionary with a role valid on the date
    "person-no-role",   # a known person with no role on the date: code null (former office)
    "person-partial",   # a surname or first name of exactly one known person
    "title",            # inferred from the title before a person's name
    "title-default",    # a title head's fallback, no country named after it (Menteri → IDN)
]


@dataclass(frozen=True)
class ActorMatch(Record):
    """A name resolved to an actor: canonical name, entity type, code and sector."""

    name: str
    type: EntityType
    code: str | None
    sector: str | None
    rule: Rule
    wikidata: str | None = None
    title: str | None = None     # the office (people) or the title words that fired


@dataclass(frozen=True)
class Role(Record):
    """An office held between two dates. ``start``/``end`` are the first and last day the
    data allows (a month-precise ``from: 2017-05`` starts on 1 May); ``end`` ``None`` means
    the role is current."""

    code: str | None
    sector: str | None
    title: str
    start: dt.date | None
    end: dt.date | None

    def valid_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)
