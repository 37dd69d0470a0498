"""Regions without an actor code that an event can still be aimed at.

``Krimea``, ``Donetsk``, ``Jalur Gaza`` or ``Xinjiang`` are places, not actors: the entity
layer gives them no code (GUIDE: Krimea is a LOC with code null). When such a region is the
TARGET of an event (``Krimea yang dicaploknya``, ``Israel menggempur Jalur Gaza``), the
event is aimed at the state the region belongs to de jure, so the events layer codes the
target as that state (UKR, PSE, SYR...) with no sector. The mapping is the ``territory_of``
field of the regions in ``actors/places.yaml`` (names: ``name``, ``aliases`` and
``territory_aliases``, short names only this layer maps); disputed regions (Kashmir) have none and
stay out of events. A region is never the source of an event: a place does not act.
A capital (``capitals`` of ``places.yaml``) the entity layer left uncoded, a place and not
a government acting (``bertandang ke Moskow``, ``serangan udara ke Teheran``), is read the
same way: a target standing for its state.
"""

from __future__ import annotations

from collections.abc import Mapping

from warta.actors.names import fold
from warta.resources import Resources


def territories(resources: Resources) -> Mapping[str, str]:
    """Folded region or capital name or alias → the ISO3 code of the state it belongs to."""

    def build(res: Resources) -> Mapping[str, str]:
        out: dict[str, str] = {}
        places = res.get("actors/places.yaml") or {}
        for code, names in (places.get("capitals") or {}).items():
            for name in names or []:  # "ke Moskow": a capital the linker left as a place
                out[fold(str(name))] = str(code)
        for item in places.get("regions") or []:
            code = item.get("territory_of")
            if not code:
                continue
            names = [item["name"]]
            for key in ("aliases", "territory_aliases"):
                more = item.get(key) or []
                names.extend(more if isinstance(more, list) else [more])
            for name in names:
                out[fold(str(name))] = str(code)
        return out

    return resources.derived("events.territories", build)


def territory_of(resources: Resources, *names: str) -> str | None:
    """The state of the first of ``names`` (entity name, mention text) that is a region
    with a ``territory_of``; ``None`` otherwise."""
    table = territories(resources)
    for name in names:
        code = table.get(fold(name))
        if code:
            return code
    return None
