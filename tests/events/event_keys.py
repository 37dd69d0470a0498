"""Test helper: the scoring key of events."""

from __future__ import annotations

from warta.doc import Event


def keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source code, PLOVER, target code) of each event."""
    return {(e.source.code, e.plover, e.target.code if e.target else None) for e in events}


def cameo_keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of each event."""
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in events}


SectorKey = tuple[str | None, str | None, str, str | None, str | None]


def sector_keys(events: list[Event], plover: str | None = None) -> list[SectorKey]:
    """(source code, source sector, CAMEO code, target code, target sector) of each event,
    in order; with ``plover``, of the events of that type only."""
    return [(e.source.code, e.source.sector, e.cameo,
             e.target.code if e.target else None, e.target.sector if e.target else None)
            for e in events if plover is None or e.plover == plover]
