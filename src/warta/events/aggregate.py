"""One event per (source code, source sector, type, target code, target sector) per article
(the guide's unit), keeping the most specific CAMEO code and every mention. A mention whose
key differs from an earlier one only by a missing sector (``Venezuela`` after ``Maduro``)
joins the earlier event: the country named alone is the same actor as its organ.

The kept event is the first mention with the event's status (its evidence, names and
attribution: a negated mention, ``Pemerintah tidak mencabut izin PT X``, does not stand as
the evidence of revocations that occurred); its CAMEO code is the most specific among the
mentions with that status (a planned attempt on a leader's life, 185, does not recode
attacks that occurred, 190); its status is ``occurred`` if any mention occurred (a negated or planned mention
next to a reported one does not undo it), its date
the first non-null date, its confidence the highest. The evidence spans of all mentions are
kept on the event (``Event.mentions``); the mention events are also returned beside them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warta.doc import Event
from warta.events.ontology import Ontology

Key = tuple[str | None, str | None, str, str | None, str | None]


def key(e: Event) -> Key:
    t = e.target
    return (e.source.code, e.source.sector, e.plover, t.code if t else None,
            t.sector if t else None)


def _named(e: Event) -> bool:
    """Both actors are named entities (a common-noun actor such as ``21 tersangka`` is a
    different group from a named person of the same country)."""
    return e.source.entity is not None and (e.target is None or e.target.entity is not None)


def _same_but_unsectored(a: Key, b: Key) -> bool:
    """Two keys of one actor pair and type whose sectors differ only where one of them has
    none: ``Venezuela`` and ``Maduro`` (VEN, VEN/GOV) supporting Russia in one article are
    one event, reported once with a country and once with its leader."""
    if (a[0], a[2], a[3]) != (b[0], b[2], b[3]):
        return False
    return all(x == y or x is None or y is None for x, y in ((a[1], b[1]), (a[4], b[4])))


def aggregate(events: Sequence[Event], ontology: Ontology) -> tuple[list[Event],
                                                                    list[list[Event]]]:
    """(one event per key in first-mention order, the mentions of each)."""
    groups: dict[Key, list[Event]] = {}
    for e in events:
        k = key(e)
        if k not in groups and _named(e):
            k = next((g for g in groups if _named(groups[g][0])
                      and _same_but_unsectored(g, k)), k)
        groups.setdefault(k, []).append(e)
    out: list[Event] = []
    mentions: list[list[Event]] = []
    for group in groups.values():
        statuses = {e.status for e in group}
        status = "occurred" if "occurred" in statuses else group[0].status
        kept = [e for e in group if e.status == status]
        first = kept[0]
        cameo = first.cameo
        for e in kept[1:]:
            cameo = ontology.more_specific(cameo, e.cameo)
        date = next((e for e in group if e.date), None)
        out.append(dataclasses.replace(
            first, cameo=cameo, mode=ontology.mode_of(cameo), status=status,
            date=date.date if date else None,
            date_granularity=date.date_granularity if date else None,
            confidence=max(e.confidence for e in group),
            mentions=tuple(dict.fromkeys(e.evidence for e in group))))
        mentions.append(list(group))
    return out, mentions
