"""Cross-article event clusters: the reports of one real-world event, so that users count
events, not articles about them.

Per article, events are already one per (source code, source sector, PLOVER type, target
code, target sector) (``aggregate.py``). Across articles, events with the same key whose
dates fall within ``WINDOW_DAYS`` of the first one form a cluster:

- **Date.** The event's own date when it names a day (``Kamis (25/2)``), else the article's
  publication date (an event reported as current happened about when it was reported).
  An event dated only to a week, month or year (``pada 2014``) is a historical reference:
  it clusters with the events of the same key and the same period, with no window.
- **Windows are anchored**, not chained: a cluster spans at most ``WINDOW_DAYS`` from its
  earliest date. Chaining would fold a month of daily protests by the same group into one
  event; anchoring keeps them apart while reports of one event, spread over a couple of
  days of coverage, stay together.
- **Near-duplicate articles count once.** Articles in one duplicate cluster (the store's
  ``clusters`` table: the same wire story run by several outlets) are one report: their
  events of one key form a single unit dated by the earliest of them, so a story
  republished a week later does not open a second cluster, and ``reports`` counts the
  story once while ``articles`` counts every copy.
- **No source code, no cluster.** An event whose source actor has no code is not identified
  well enough to say two reports describe it; it stays alone.

The result depends only on the events and the duplicate clusters, never on the order they
arrived in: units are sorted by (date, article id, index) and ``cluster_id`` is the event id
of the smallest (article id, index) member.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

# Days after a cluster's first date that still count as the same real-world event. Coverage
# of one event (the day itself, follow-ups, a weekly's recap) mostly falls within three days;
# a longer window starts merging distinct repeated events (weekly rallies, daily strikes).
WINDOW_DAYS = 3

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

ClusterKey = tuple[str, str | None, str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class EventPoint:
    """What clustering needs to know about one stored event."""

    article_id: str
    index: int
    source_code: str | None
    source_sector: str | None
    plover: str
    target_code: str | None
    target_sector: str | None
    event_date: str | None  # the event's date, any granularity
    published_date: date | None  # the article's local publication date
    outlet: str | None = None
    status: str = "occurred"
    num_mentions: int = 1

    @property
    def event_id(self) -> str:
        return f"{self.article_id}:{self.index}"

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.article_id, self.index)


@dataclass(frozen=True, slots=True)
class EventClusterRow:
    """One row of the ``event_clusters`` table: a member event and its cluster's figures."""

    cluster_id: str
    event_id: str
    article_id: str
    index: int
    report_id: str
    date: str | None
    date_basis: str  # event | published | period | none
    status: str
    events: int
    articles: int
    reports: int
    outlets: int
    mentions: int
    first_date: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def point_date(p: EventPoint) -> tuple[date | str | None, str]:
    """The date the window applies to and where it came from: a day (``date``), a coarser
    period (its string, e.g. ``2014``), or ``None`` when neither the event nor the article
    has one."""
    if p.event_date:
        if _DAY.match(p.event_date):
            try:
                return date.fromisoformat(p.event_date[:10]), "event"
            except ValueError:
                pass
        else:
            return p.event_date, "period"
    if p.published_date is not None:
        return p.published_date, "published"
    return None, "none"


@dataclass
class _Unit:
    """The events of one report (an article, or a group of duplicate articles) with one key,
    dated by the earliest of them (``date.min`` for periods, which take no window)."""

    report_id: str
    members: list[EventPoint]
    day: date

    @property
    def first(self) -> tuple[str, int]:
        return min(m.sort_key for m in self.members)


def cluster_events(
    points: Iterable[EventPoint], report_of: Mapping[str, str] | None = None
) -> list[EventClusterRow]:
    """Cluster events across articles. ``report_of`` maps an article id to its duplicate
    cluster id (articles missing from it are their own report). Rows come sorted by
    (cluster_id, article_id, index)."""
    report_of = report_of or {}
    dated: dict[EventPoint, tuple[date | str | None, str]] = {}
    # (key, period or None for day-dated) → report → its events of that key
    groups: dict[tuple[ClusterKey, str | None], dict[str, list[EventPoint]]] = defaultdict(
        lambda: defaultdict(list))
    singles: list[EventPoint] = []
    for p in points:
        dated[p] = point_date(p)
        when = dated[p][0]
        if p.source_code is None or when is None:
            singles.append(p)
            continue
        key: ClusterKey = (p.source_code, p.source_sector, p.plover, p.target_code,
                           p.target_sector)
        period = when if isinstance(when, str) else None
        groups[(key, period)][report_of.get(p.article_id, p.article_id)].append(p)

    clusters: list[list[_Unit]] = []
    for (_key, period), reports in groups.items():
        units = [_Unit(report, members, _earliest(members, dated))
                 for report, members in reports.items()]
        if period is not None:  # a historical reference: the same period, no window
            clusters.append(units)
            continue
        units.sort(key=lambda u: (u.day, u.first))
        current: list[_Unit] = []
        anchor: date | None = None
        for unit in units:
            if anchor is None or (unit.day - anchor).days > WINDOW_DAYS:
                if current:
                    clusters.append(current)
                current, anchor = [], unit.day
            current.append(unit)
        if current:
            clusters.append(current)
    for p in singles:
        clusters.append([_Unit(report_of.get(p.article_id, p.article_id), [p], date.min)])

    rows: list[EventClusterRow] = []
    for units in clusters:
        rows.extend(_rows(units, dated))
    rows.sort(key=lambda r: (r.cluster_id, r.article_id, r.index))
    return rows


def _earliest(members: Sequence[EventPoint],
              dated: Mapping[EventPoint, tuple[date | str | None, str]]) -> date:
    days = [d for d in (dated[m][0] for m in members) if isinstance(d, date)]
    return min(days) if days else date.min


def _rows(units: Sequence[_Unit],
          dated: Mapping[EventPoint, tuple[date | str | None, str]]) -> list[EventClusterRow]:
    members = sorted((m for u in units for m in u.members), key=lambda m: m.sort_key)
    report = {m: u.report_id for u in units for m in u.members}
    first = members[0]
    dates = sorted(str(d) for d in (dated[m][0] for m in members) if d is not None)
    status = "occurred" if any(m.status == "occurred" for m in members) else first.status
    out = []
    for m in members:
        when, basis = dated[m]
        out.append(EventClusterRow(
            cluster_id=first.event_id, event_id=m.event_id, article_id=m.article_id,
            index=m.index, report_id=report[m], date=str(when) if when is not None else None,
            date_basis=basis, status=status, events=len(members),
            articles=len({x.article_id for x in members}),
            reports=len(set(report.values())),
            outlets=len({x.outlet for x in members if x.outlet}),
            mentions=sum(x.num_mentions for x in members),
            first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None))
    return out
