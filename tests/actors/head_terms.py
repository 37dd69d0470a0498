"""Shared by the heads-of-state coverage tests: the terms of head-of-state/government roles
per country code, read from the merged people files, and the half-yearly sample days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from warta.actors.dates import parse_bound
from warta.actors.index import merge_people
from warta.resources import Resources

Term = tuple[dt.date | None, dt.date | None, str]  # start, end (exclusive), person

DAYS = [dt.date(year, month, 1) for year in range(2000, 2027) for month in (1, 7)]


def is_head(title: str, head_titles: Sequence[str]) -> bool:
    """A title that is, or starts with, one of ``head_titles`` word for word."""
    return any(title == t or title.startswith(t + " ") for t in head_titles)


def head_terms(res: Resources, head_titles: Sequence[str]) -> dict[str, list[Term]]:
    """GOV roles with a head title, by country code, across all ``actors/people/`` files."""
    people: list[dict[str, Any]] = merge_people(res.glob("actors/people/"))
    out: dict[str, list[Term]] = {}
    for person in people:
        for role in person["roles"]:
            if role.get("sector") == "GOV" and is_head(str(role["title"]), head_titles):
                out.setdefault(str(role.get("code")), []).append(
                    (parse_bound(role.get("from"), end=False),
                     parse_bound(role.get("to"), end=True), person["name"]))
    return out


def uncovered_days(terms: Sequence[Term], excused: Sequence[tuple[dt.date, dt.date]] = ()
                   ) -> list[str]:
    """Sample days on which no term runs, outside the ``excused`` (first, last) periods."""
    return [day.isoformat() for day in DAYS
            if not any(first <= day <= last for first, last in excused)
            and not any((start is None or start <= day) and (end is None or day < end)
                        for start, end, _ in terms)]
