"""Role dates as the data files write them: ``2014-10-20``, ``2017-05`` or ``2004``.

A partial start date means the first day of its month or year; a partial end date means the
first day after it (the data says "until May 2017", so the role still holds in May)."""

from __future__ import annotations

import datetime as dt
import re

from warta.errors import ResourceError

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_bound(value: object, *, end: bool) -> dt.date | None:
    """A role's ``from`` (``end=False``) or ``to`` (``end=True``) as a date; ``None`` stays open."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _ISO.match(str(value).strip())
    if not m:
        raise ResourceError(f"bad role date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        return dt.date(year, int(month or 1), int(day))
    if month:
        first = dt.date(year, int(month), 1)
        if not end:
            return first
        return dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
    return dt.date(year + 1, 1, 1) if end else dt.date(year, 1, 1)


def as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """An article date (``2022-03-02``, ``2022-03-02T12:03:00+07:00``, a date) as a day."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    return parse_bound(text[:10], end=False) if len(text) >= 10 else parse_bound(text, end=False)
