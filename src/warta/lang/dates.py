"""Date mentions in Indonesian news text, resolved against the publication date.

``find_dates(text, anchor, resources)`` returns ``DateMention`` records with offsets into
``text``. The anchor is an input (the article's publication date), never the clock: without
one, relative and year-less dates are still found but get ``value=None``.

What counts as a date:
- absolute: ``2 Maret 2022``, ``02/03/2022`` (day first), ``Rabu (2/3/2022)``,
  ``2022-03-02``, ``Maret 2022`` (month), ``tahun 2014`` / ``pada 2014`` / ``2018 lalu`` (year);
- a month named without a year before ``lalu`` or ``silam`` (``Juni lalu``; ``dates.yaml``
  ``month_after``): that month of the anchor's year, or of the year before when it is later
  in the year than the anchor; the mention is the month name alone, like ``Maret 2022``;
- partial: ``Kamis (25/2)``, ``2 Maret``: the year comes from the anchor (the nearest past
  occurrence unless the date is only a little ahead of the anchor, see ``dates.yaml``);
- relative: ``kemarin``, ``pekan lalu``, ``dua hari lalu``, ``sehari sebelumnya`` (counted
  from the previous date in the text), ``Senin lalu``, a bare ``Senin`` (the last Monday on or
  before the anchor);
- a clock time (``pukul 14.30 WIB``) joins a date it stands next to and makes it minute
  precise; on its own it is not a date.
A weekday written with a date is checked; a mismatch is reported in ``conflict`` while the
explicit date wins (``Kamis (25/2)`` in 2022 was a Friday).
Durations (``2 jam``, ``tiga hari``, ``selama 10 tahun``), round-the-clock ``24/7`` and
numbers such as ``2018 orang`` are not dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from warta.doc import DateMention, Granularity
from warta.errors import ResourceError
from warta.lang.wordscan import PhraseTable, Word, scan
from warta.resources import Resources

_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RANK: dict[str, int] = {"minute": 0, "day": 1, "week": 2, "month": 3, "year": 4}


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_names: dict[int, str]
    absolute: re.Pattern[str]
    absolute_starts: re.Pattern[str]
    years: re.Pattern[str]
    year_starts: re.Pattern[str]
    clock: re.Pattern[str]
    day_part: re.Pattern[str]
    timezones: dict[str, str]
    year_range: tuple[int, int]
    future_days: int
    past_days: int
    fixed: PhraseTable[list[Any]]
    units: dict[str, str]
    one_words: dict[str, list[Any]]
    directions: PhraseTable[list[Any]]
    weekday_directions: PhraseTable[int]
    numbers: dict[str, int]
    count_nouns: frozenset[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _first_letters(words: list[str]) -> str:
    """The first letters of ``words`` as the inside of a character class."""
    return "".join(re.escape(c) for c in sorted({w[0] for w in words}))


def _build(resources: Resources) -> _Lexicon:
    cfg = resources.get("lang/id/dates.yaml")
    rel = resources.get("lang/id/relative_dates.yaml")
    num = resources.get("lang/id/numbers.yaml")
    months = {r["name"]: int(r["month"]) for r in resources.get("lang/id/months.tsv")}
    weekdays = {r["name"]: int(r["weekday"]) for r in resources.get("lang/id/weekdays.tsv")}
    names: dict[int, str] = {}
    for name, wd in weekdays.items():
        names.setdefault(wd, name)
    wd_alt, mon_alt = _alt(list(weekdays)), _alt(list(months))
    absolute = re.compile(
        rf"(?:\b(?P<wd>{wd_alt})\b(?:\s*,)?\s*)?(?P<open>\()?\s*(?:"
        rf"(?<![\d/.,])(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})(?![\d/])"
        rf"|(?<![\d/.,])(?P<d1>\d{{1,2}})(?P<s1>[/.-])(?P<m1>\d{{1,2}})"
        rf"(?:(?P=s1)(?P<y1>\d{{4}}|\d{{2}}))?(?![\d/]|[.,-]\d)"
        rf"|(?<![\d.,])(?P<d2>\d{{1,2}})\s+(?i:(?P<mon2>{mon_alt}))\b\.?(?:\s+(?P<y2>\d{{4}})\b)?"
        rf"|(?i:\b(?P<mon3>{mon_alt}))\b\.?\s+(?P<y3>\d{{4}})\b"
        rf"|(?i:\b(?P<mon5>{mon_alt}))\b\.?\s+(?=(?i:{_alt(cfg['month_after'])})\b)"
        rf")\s*(?(open)\))"
    )
    # Where a match of `absolute` can begin (see `_matches`): a weekday, an opening
    # parenthesis, a digit run, a month, or the spaces before a digit or a month. A word's
    # first letter is checked before its alternation: trying some forty month names at
    # every word start was most of the cost of this scan.
    wd_first, mon_first = _first_letters(list(weekdays)), _first_letters(list(months))
    absolute_starts = re.compile(
        rf"\b(?=[{wd_first}])(?=(?:{wd_alt})\b)|\(|\d+"
        rf"|(?i:\b(?=[{mon_first}])(?=(?:{mon_alt})\b))"
        rf"|\s+(?=\d|(?i:(?=[{mon_first}])(?:{mon_alt})\b))"
    )
    cues = _alt(cfg["year_cues"])
    after = _alt(cfg["year_after"])
    year_word = re.escape(cfg["year_word"])
    years = re.compile(
        rf"(?i:\b(?:(?P<cue>{cues})\s+)?(?P<tahun>{year_word}\s+)?)"
        rf"(?<![\d/.,])(?P<y>\d{{4}})(?![\d/]|[.,]\d)(?:\s+(?i:(?P<after>{after}))\b)?"
    )
    # Where a match of `years` can begin: a cue, the year word, or a digit run after a
    # word boundary.
    cue_first = _first_letters([*cfg["year_cues"], cfg["year_word"]])
    year_starts = re.compile(
        rf"(?i:\b(?=[{cue_first}])(?=(?:{cues}|{year_word})\s))|\b\d+")
    tz_alt = _alt(list(cfg["timezones"]))
    clock = re.compile(
        rf"(?:\b(?i:{_alt(cfg['time_words'])})\.?\s*)?(?<![\d.,])(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}})"
        rf"(?:[.:]\d{{2}})?(?![\d])(?:\s*(?P<tz>{tz_alt})\b)?"
    )
    counts = {r["unit"] for r in resources.get("lang/id/amount_units.tsv")
              if r["kind"] not in ("time", "percent")}
    numbers = {k: int(v) for k, v in {**num["units"], **num["words"]}.items()
               if float(v).is_integer() and float(v) > 0}
    return _Lexicon(
        months=months, weekdays=weekdays, weekday_names=names,
        absolute=absolute, absolute_starts=absolute_starts, years=years,
        year_starts=year_starts, clock=clock,
        day_part=re.compile(rf"\s+(?i:{_alt(cfg['day_parts'])})\b"),
        timezones=dict(cfg["timezones"]),
        year_range=(int(cfg["year_range"][0]), int(cfg["year_range"][1])),
        future_days=int(cfg["future_days"]), past_days=int(cfg["past_days"]),
        fixed=PhraseTable.build(rel["fixed"].items()),
        units=dict(rel["units"]), one_words=dict(rel["one_words"]),
        directions=PhraseTable.build(rel["directions"].items()),
        weekday_directions=PhraseTable.build(rel["weekday_directions"].items()),
        numbers=numbers, count_nouns=frozenset(c.split()[0] for c in counts),
    )


def lexicon(resources: Resources) -> _Lexicon:
    return resources.derived("lang.id.dates", _build)


@dataclass(frozen=True)
class _Cand:
    """A date found in the text, before relative values are resolved in text order."""

    start: int
    end: int
    kind: str
    granularity: Granularity
    point: date | None = None  # first day of the period, when known
    weekday: str | None = None  # weekday word written with the date
    offset: int = 0  # relative: how many units from the base
    base: str = "anchor"  # relative: anchor | previous
    month_day: tuple[int, int] | None = None  # partial: (month, day) awaiting a year
    month_only: int | None = None  # `Juni lalu`: the month's latest start on or before the anchor
    weekday_dir: int = 0  # relative weekday: -1 before, +1 after, 0 on or before
    time: str | None = None  # "HH:MM:00" plus offset, when a clock time is attached


def _as_date(anchor: datetime | date | None) -> date | None:
    if isinstance(anchor, datetime):
        return anchor.date()
    return anchor


def find_dates(text: str, anchor: datetime | date | None, resources: Resources, *,
               words: Sequence[Word] | None = None) -> list[DateMention]:
    """Date mentions in ``text`` in text order, resolved against ``anchor``. ``words``:
    ``wordscan.scan(text)`` when the caller has it already (the language layer scans once
    for dates and amounts)."""
    lex = lexicon(resources)
    words = scan(text) if words is None else words
    cands = _absolute(lex, text) + _years(lex, text) + _relative(lex, text, words)
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    kept = [_with_time(lex, text, c) for c in kept]
    return _resolve(lex, text, kept, _as_date(anchor))


def _matches(pattern: re.Pattern[str], starts: re.Pattern[str], text: str,
             ) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found faster: ``pattern`` is tried only
    where ``starts`` matches, right after its previous match, and at 0.

    ``finditer`` tries a pattern at every character; the date patterns open with optional
    words and alternatives, which makes each try costly, and they are nearly all in vain
    (most of the language layer's date-finding time went there). ``starts`` must match
    wherever a match of ``pattern`` can begin; a consuming ``starts`` match (a digit run, a
    run of spaces) may only cover positions where a match cannot begin or behaves as at
    the run's first character. ``pattern`` must not match the empty string."""
    pos = nxt = 0  # nxt: where to look for the next place to try
    while True:
        m = pattern.match(text, pos)
        if m is not None:
            yield m
            pos = nxt = m.end()
            continue
        s = starts.search(text, max(nxt, pos + 1))
        if s is None:
            return
        pos, nxt = s.start(), s.end()


def _absolute(lex: _Lexicon, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _matches(lex.absolute, lex.absolute_starts, text):
        g = m.groupdict()
        wd = g["wd"]
        gran: Granularity = "day"
        day = month = year = None
        if g["y4"]:
            year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
        elif g["d1"]:
            day, month = int(g["d1"]), int(g["m1"])
            if g["y1"]:
                year = int(g["y1"]) if len(g["y1"]) == 4 else 2000 + int(g["y1"])
            elif g["s1"] != "/" or not (g["open"] or wd):
                continue  # `24/7`, `20-30`, `1.5`: not a date without a year
        elif g["d2"]:
            day, month = int(g["d2"]), lex.months[g["mon2"].lower()]
            year = int(g["y2"]) if g["y2"] else None
        elif g["mon5"]:
            end = _trim(text, m.start(), m.end())
            out.append(_Cand(m.start("mon5"), end, "partial", "month",
                             month_only=lex.months[g["mon5"].lower()]))
            continue
        else:
            month, year, gran = lex.months[g["mon3"].lower()], int(g["y3"]), "month"
        start, end = m.start(), m.end()
        if g["open"] and not wd:
            start = m.start("open")
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        end = _trim(text, start, end)
        if text[end - 1] == ".":
            end -= 1  # an abbreviation dot at the end is also a sentence end: leave it out
        while text[start].isspace():
            start += 1
        if year is None:
            out.append(_Cand(start, end, "partial", "day", weekday=wd,
                             month_day=(month, day or 1)))
            continue
        try:
            point = date(year, month, day or 1)
        except ValueError:
            continue
        out.append(_Cand(start, end, "absolute", gran, point, weekday=wd))
    return out


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _years(lex: _Lexicon, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    lo, hi = lex.year_range
    for m in _matches(lex.years, lex.year_starts, text):
        if not (m.group("cue") or m.group("tahun") or m.group("after")):
            continue
        year = int(m.group("y"))
        if not lo <= year <= hi:
            continue
        nxt = re.match(r"\s+([^\W\d_]+)", text[m.end("y"):])
        if nxt and nxt.group(1).lower() in lex.count_nouns and not m.group("after"):
            continue  # `pada 2018 orang ...` counts people
        start = m.start("tahun") if m.group("tahun") else m.start("y")
        end = m.end("after") if m.group("after") else m.end("y")
        out.append(_Cand(start, end, "absolute", "year", date(year, 1, 1)))
    return out


def _gran(unit: str) -> Granularity:
    if unit not in _RANK:
        raise ResourceError(f"lang/id/relative_dates.yaml: unknown unit {unit!r}")
    return unit  # type: ignore[return-value]


def _number_at(lex: _Lexicon, w: Word) -> int | None:
    if w.is_num and w.text.isdigit():
        return int(w.text)
    return lex.numbers.get(w.low)


def _relative(lex: _Lexicon, text: str, words: Sequence[Word]) -> list[_Cand]:
    out: list[_Cand] = []
    for i, w in enumerate(words):
        hit = lex.fixed.match_at(words, i)
        if hit is not None:
            n, (offset, unit, base) = hit
            out.append(_Cand(w.start, words[i + n - 1].end, "relative", _gran(unit),
                             offset=int(offset), base=base))
        count: tuple[int, str, int] | None = None  # (count, unit, index after unit)
        if w.low in lex.one_words:
            k, unit = lex.one_words[w.low]
            count = (int(k), unit, i + 1)
        elif i + 1 < len(words) and words[i + 1].low in lex.units:
            k2 = _number_at(lex, w)
            if k2 is not None:
                count = (k2, lex.units[words[i + 1].low], i + 2)
        if count is not None:
            k, unit, j = count
            d = lex.directions.match_at(words, j)
            if d is not None:
                n, (sign, base) = d
                out.append(_Cand(w.start, words[j + n - 1].end, "relative", _gran(unit),
                                 offset=k * int(sign), base=base))
        if w.text in lex.weekdays:
            d2 = lex.weekday_directions.match_at(words, i + 1)
            end = words[i + d2[0]].end if d2 else w.end
            out.append(_Cand(w.start, end, "relative", "day", weekday=w.text,
                             weekday_dir=d2[1] if d2 else 0))
    return out


def _with_time(lex: _Lexicon, text: str, c: _Cand) -> _Cand:
    """Attach a clock time standing right after (or right before) a day-precise date, and
    a part of the day (``malam``) right after it."""
    if c.granularity != "day":
        return c
    m = lex.day_part.match(text, c.end)
    if m is not None:
        c = replace(c, end=m.end())
    after = re.compile(r"\s*,?\s*(?:pada\s+)?").match(text, c.end)
    assert after is not None
    m = lex.clock.match(text, after.end())
    if m is not None and _is_clock(m):
        return replace(c, end=m.end(), granularity="minute", time=_clock(lex, m))
    for m in lex.clock.finditer(text, max(0, c.start - 40), c.start):
        gap = text[m.end() : c.start]
        if _is_clock(m) and re.fullmatch(r"\s*,?\s*(?:pada\s+)?", gap):
            return replace(c, start=m.start(), granularity="minute", time=_clock(lex, m))
    return c


def _is_clock(m: re.Match[str]) -> bool:
    has_word = m.start() != m.start("h")
    return (has_word or m.group("tz") is not None) and int(m.group("h")) < 24 \
        and int(m.group("mi")) < 60


def _clock(lex: _Lexicon, m: re.Match[str]) -> str:
    tz = lex.timezones.get(m.group("tz") or "", "")
    return f"{int(m.group('h')):02d}:{m.group('mi')}:00{tz}"


def _shift(point: date, offset: int, unit: str) -> date:
    if unit == "day":
        return point + timedelta(days=offset)
    if unit == "week":
        return point + timedelta(weeks=offset)
    if unit == "month":
        index = point.year * 12 + point.month - 1 + offset
        y, m = divmod(index, 12)
        return date(y, m + 1, min(point.day, calendar.monthrange(y, m + 1)[1]))
    return date(point.year + offset, point.month, 1 if point.month == 2 and point.day == 29
                else point.day)


def _partial_year(lex: _Lexicon, month: int, day: int, anchor: date) -> date | None:
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        if (cand - anchor).days > lex.future_days:
            continue
        if (anchor - cand).days > lex.past_days:
            continue
        return cand
    return None


def _format(point: date, gran: Granularity, time: str | None) -> str:
    if gran == "minute" and time:
        return f"{point.isoformat()}T{time}"
    if gran == "week":
        iso = point.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if gran == "month":
        return f"{point.year}-{point.month:02d}"
    if gran == "year":
        return str(point.year)
    return point.isoformat()


def _resolve(lex: _Lexicon, text: str, cands: list[_Cand],
             anchor: date | None) -> list[DateMention]:
    out: list[DateMention] = []
    previous: _Cand | None = None
    for c in cands:
        point = c.point
        if c.month_day is not None and anchor is not None:
            point = _partial_year(lex, c.month_day[0], c.month_day[1], anchor)
        elif c.month_only is not None and anchor is not None:
            point = date(anchor.year - (c.month_only > anchor.month), c.month_only, 1)
        elif c.kind == "relative" and c.weekday and anchor is not None:
            point = _weekday_near(lex.weekdays[c.weekday], anchor, c.weekday_dir)
        elif c.kind == "relative":
            base_c = previous if c.base == "previous" and previous is not None else None
            base = base_c.point if base_c is not None else anchor
            unit = c.granularity if c.granularity != "minute" else "day"
            if base_c is not None and _RANK[base_c.granularity] > _RANK[unit]:
                base = None  # `sehari sebelumnya` after a bare year: no day to count from
            point = _shift(base, c.offset, unit) if base is not None else None
        conflict = None
        if point is not None and c.weekday and c.kind != "relative" and c.granularity in (
                "day", "minute") and lex.weekdays[c.weekday] != point.weekday():
            actual = lex.weekday_names[point.weekday()]
            conflict = (f"weekday {c.weekday} does not match {point.isoformat()}, "
                        f"a {actual} ({_WEEKDAY_EN[point.weekday()]})")
        resolved = replace(c, point=point)
        if point is not None:
            previous = resolved
        out.append(DateMention(
            start=c.start, end=c.end, text=text[c.start : c.end],
            value=_format(point, c.granularity, c.time) if point is not None else None,
            granularity=c.granularity, kind=c.kind,  # type: ignore[arg-type]
            conflict=conflict,
        ))
    return out


def _weekday_near(weekday: int, anchor: date, direction: int) -> date:
    """The weekday's date on or before the anchor (0), strictly before (-1) or after (+1)."""
    back = (anchor.weekday() - weekday) % 7
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    if direction > 0:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=back)
