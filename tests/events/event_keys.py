"""Test helper: the scoring key of events."""

from __future__ import annotations

from warta.doc import Event


def keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source code, PLOVER, target code) of each event."""
    return {(e.source.code, e.plover, e.target.code if e.target else None) for e in events}


def cameo_keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of each event."""
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in events}
