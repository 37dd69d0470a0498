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


@dataclass(slots=True)
class _Item:
    """A point with its clustering date, so the date is worked out once."""

    point: EventPoint
    when: date | str | None
    basis: str


@dataclass
class _Unit:
    """The events of one report (an article, or a group of duplicate articles) with one key,
    dated by the earliest of them (``date.min`` for periods, which take no window)."""

    report_id: str
    members: list[_Item]
    day: date

    @property
    def first(self) -> tuple[str, int]:
        return min(m.point.sort_key for m in self.members)


def cluster_events(
    points: Iterable[EventPoint], report_of: Mapping[str, str] | None = None
) -> list[EventClusterRow]:
    """Cluster events across articles. ``report_of`` maps an article id to its duplicate
    cluster id (articles missing from it are their own report). Rows come sorted by
    (cluster_id, article_id, index)."""
    report_of = report_of or {}
    # (key, period or None for day-dated) → report → its events of that key
    groups: dict[tuple[ClusterKey, str | None], dict[str, list[_Item]]] = defaultdict(
        lambda: defaultdict(list))
    clusters: list[list[_Unit]] = []
    for p in points:
        item = _Item(p, *point_date(p))
        report = report_of.get(p.article_id, p.article_id)
        if p.source_code is None or item.when is None:
            clusters.append([_Unit(report, [item], date.min)])  # stays alone
            continue
        key: ClusterKey = (p.source_code, p.source_sector, p.plover, p.target_code,
                           p.target_sector)
        period = item.when if isinstance(item.when, str) else None
        groups[(key, period)][report].append(item)

    for (_key, period), reports in groups.items():
        units = [_Unit(report, members, _earliest(members))
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

    rows: list[EventClusterRow] = []
    for units in clusters:
        rows.extend(_rows(units))
    rows.sort(key=lambda r: (r.cluster_id, r.article_id, r.index))
    return rows


def _earliest(members: Sequence[_Item]) -> date:
    days = [m.when for m in members if isinstance(m.when, date)]
    return min(days) if days else date.min


def _rows(units: Sequence[_Unit]) -> list[EventClusterRow]:
    tagged = sorted(((m.point.sort_key, m, u.report_id) for u in units for m in u.members),
                    key=lambda t: t[0])
    members = [m.point for _, m, _ in tagged]
    first = members[0]
    dates = sorted(str(m.when) for _, m, _ in tagged if m.when is not None)
    figures = {
        "cluster_id": first.event_id,
        "status": "occurred" if any(m.status == "occurred" for m in members)
        else first.status,
        "events": len(members),
        "articles": len({m.article_id for m in members}),
        "reports": len({u.report_id for u in units}),
        "outlets": len({m.outlet for m in members if m.outlet}),
        "mentions": sum(m.num_mentions for m in members),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
    }
    return [
        EventClusterRow(event_id=m.point.event_id, article_id=m.point.article_id,
                        index=m.point.index, report_id=report,
                        date=str(m.when) if m.when is not None else None,
                        date_basis=m.basis, **figures)  # type: ignore[arg-type]
        for _, m, report in tagged
    ]
