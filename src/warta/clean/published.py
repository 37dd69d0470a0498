"""Publication dates: every format Indonesian outlets and their scrapers print, to a
tz-aware ISO 8601 string plus its granularity.

Why hand-written patterns rather than a general date parser: the formats are few and
known (``Rabu, 02 Mar 2022 12:03 WIB``, ``Kompas.com - 10/06/2025, 21:23 WIB``,
``18 Juni 2025 |20:02 WIB``, ISO strings, epoch seconds, URL timestamps), they mix
Indonesian month names with scraper noise around them, and the result must never depend on
the clock: a date without a year is not a publication date and is left alone. Month
names, weekday names and time zones come from ``data/clean/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from warta.clean.rules import CleanRules, load_rules
from warta.doc import Granularity
from warta.resources import Resources

DEFAULT_OFFSET_HOURS = 7  # WIB: Indonesian outlets print local western time
# A spreadsheet export's cell ("10/21/2025 15:46"): the only form whose order depends on
# the exporting tool rather than on the outlet's Indonesian print.
_BARE_SLASH = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_PUBLISHED_LABEL = re.compile(
    r"(?i)\b(?:diterbitkan|dipublikasikan|terbit|tayang|published|posted|dipublikasi)\b"
)


@dataclass(frozen=True, slots=True)
class Published:
    value: str  # ISO 8601: "2022-03-02T12:03:00+07:00" or "2022-03-02"
    granularity: Granularity


@dataclass(frozen=True)
class DatePatterns:
    day_month_year: re.Pattern[str]
    month_day_year: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    time: re.Pattern[str]
    epoch: re.Pattern[str]
    url_stamp: re.Pattern[str]
    url_date: re.Pattern[str]


def _build(rules: CleanRules) -> DatePatterns:
    months = "|".join(re.escape(m) for m in sorted(rules.months, key=len, reverse=True))
    zones = "|".join(re.escape(z) for z in sorted(rules.timezones, key=len, reverse=True))
    return DatePatterns(
        day_month_year=re.compile(
            rf"(?i)(?<!\d)(?P<d>\d{{1,2}})[\s-]*(?P<mon>{months})\b\.?[\s,-]*(?P<y>\d{{4}})(?!\d)"
        ),
        month_day_year=re.compile(
            rf"(?i)\b(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
        ),
        numeric=re.compile(r"(?<![\d/])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})(?![\d/])"),
        iso=re.compile(
            r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
            r"\s*(?P<off>Z|[+-]\d{2}:?\d{2})?)?"
        ),
        time=re.compile(
            rf"\s*(?:[,|/-]|\bpukul\b|\bjam\b)?\s*\|?\s*(?P<H>\d{{1,2}})[:.](?P<M>\d{{2}})"
            rf"(?:[:.](?P<S>\d{{2}}))?(?!\d)\s*(?P<tz>\b(?:{zones})\b)?"
            rf"(?:\s*(?P<off>[+-]\d{{1,2}}(?::?\d{{2}})?))?"
        ),
        epoch=re.compile(r"\s*(?P<n>\d{10}|\d{13})(?:\.\d+)?\s*"),
        url_stamp=re.compile(r"/(?P<s>20\d{2}[01]\d[0-3]\d[0-2]\d[0-5]\d[0-5]\d)-"),
        url_date=re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/"),
    )


def date_patterns(resources: Resources) -> DatePatterns:
    """Compiled once per bundle. The rules are loaded before entering ``derived`` because
    a builder must not call ``derived`` itself (the bundle's lock is not re-entrant)."""
    rules = load_rules(resources)
    return resources.derived("clean.dates.v1", lambda _res: _build(rules))


def _offset(text: str | None, rules: CleanRules, label: str | None) -> timezone | None:
    if text:
        if text == "Z":
            return UTC
        sign = -1 if text[0] == "-" else 1
        digits = text[1:].replace(":", "")
        hours = int(digits[:2]) if len(digits) >= 2 else int(digits)
        minutes = int(digits[2:4]) if len(digits) >= 4 else 0
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if label:
        return timezone(timedelta(hours=rules.timezones[label.upper()]))
    return None


def _result(day: date, hms: tuple[int, int, int | None] | None, tz: timezone | None) -> Published:
    if hms is None:
        return Published(day.isoformat(), "day")
    hour, minute, second = hms
    zone = tz or timezone(timedelta(hours=DEFAULT_OFFSET_HOURS))
    stamp = datetime(day.year, day.month, day.day, hour, minute, second or 0, tzinfo=zone)
    return Published(stamp.isoformat(), "second" if second is not None else "minute")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _time_after(text: str, pos: int, pats: DatePatterns, rules: CleanRules
                ) -> tuple[tuple[int, int, int | None] | None, timezone | None]:
    m = pats.time.match(text, pos)
    if not m:
        return None, None
    hour, minute = int(m["H"]), int(m["M"])
    second = int(m["S"]) if m["S"] else None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None, None
    return (hour, minute, second), _offset(m["off"], rules, m["tz"])


def _candidates(text: str, pats: DatePatterns, rules: CleanRules, slash_order: str
                ) -> list[tuple[int, Published]]:
    found: list[tuple[int, Published]] = []
    for m in pats.iso.finditer(text):
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is None:
            continue
        if m["H"]:
            hms = (int(m["H"]), int(m["M"]), int(m["S"]) if m["S"] else None)
            tz = _offset(m["off"], rules, None)
            if tz is None:
                (_, tz) = _time_after(text, m.start("H"), pats, rules)
            found.append((m.start(), _result(day, hms, tz)))
        else:
            found.append((m.start(), _result(day, *_time_after(text, m.end(), pats, rules))))
    for pat in (pats.day_month_year, pats.month_day_year):
        for m in pat.finditer(text):
            day = _safe_date(int(m["y"]), rules.months[m["mon"].lower().rstrip(".")], int(m["d"]))
            if day is not None:
                found.append((m.start(), _result(day, *_time_after(text, m.end(), pats, rules))))
    for m in pats.numeric.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 or (b <= 12 and slash_order != "mdy"):
            day = _safe_date(y, b, a)
        else:
            day = _safe_date(y, a, b)
        if day is not None:
            found.append((m.start(), _result(day, *_time_after(text, m.end(), pats, rules))))
    return sorted(found, key=lambda item: item[0])


def parse_published(text: str | None, resources: Resources, *, slash_order: str = "dmy"
                    ) -> Published | None:
    """The publication date in ``text`` (a date field, a header line), or None.

    Where the text holds several dates, one after a "published" label wins (``Diterbitkan
    ... Diperbarui ...``); otherwise the first. A date with no year is not a publication
    date. ``slash_order`` ("dmy" or "mdy") settles ``10/06/2025``; an impossible reading
    (day > 12) is never chosen."""
    if not text or not text.strip():
        return None
    rules = load_rules(resources)
    pats = date_patterns(resources)
    em = pats.epoch.fullmatch(text)
    if em:
        number = int(em["n"])
        seconds = number / 1000 if len(em["n"]) == 13 else number
        local = datetime.fromtimestamp(seconds, tz=timezone(timedelta(hours=DEFAULT_OFFSET_HOURS)))
        return Published(local.replace(microsecond=0).isoformat(), "second")
    if not _BARE_SLASH.fullmatch(text):
        slash_order = "dmy"  # printed on a page: Indonesian day/month order
    found = _candidates(text, pats, rules, slash_order)
    if not found:
        return None
    label = _PUBLISHED_LABEL.search(text)
    if label:
        for pos, value in found:
            if pos >= label.end():
                return value
    return found[0][1]


def published_from_url(url: str | None, resources: Resources) -> Published | None:
    """A timestamp (``/20250910160549-``, second granularity) or a date path
    (``/2025/06/10/``, day granularity) inside an article URL."""
    if not url:
        return None
    pats = date_patterns(resources)
    m = pats.url_stamp.search(url)
    if m:
        s = m["s"]
        try:
            stamp = datetime(int(s[:4]), int(s[4:6]), int(s[6:8]), int(s[8:10]), int(s[10:12]),
                             int(s[12:14]), tzinfo=timezone(timedelta(hours=DEFAULT_OFFSET_HOURS)))
        except ValueError:
            stamp = None
        if stamp is not None:
            return Published(stamp.isoformat(), "second")
    m = pats.url_date.search(url)
    if m:
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None:
            return Published(day.isoformat(), "day")
    return None


def truncate_to_minute(value: Published) -> Published:
    """Drop the seconds of a timestamp (outlets that print minutes only)."""
    if value.granularity != "second":
        return value
    stamp = datetime.fromisoformat(value.value).replace(second=0)
    return Published(stamp.isoformat(), "minute")
