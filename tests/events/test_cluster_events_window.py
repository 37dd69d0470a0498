"""Cross-article clustering as a pure function: the key, the anchored window, periods,
near-duplicate reports, events without a source code, and order independence."""

from __future__ import annotations

import random
from datetime import date

from warta.events.cluster import WINDOW_DAYS, EventPoint, cluster_events


def point(aid: str, day: int | None, *, index: int = 0, target: str | None = "IDN",
          event_date: str | None = None, source: str | None = "IDN", outlet: str = "a.id",
          status: str = "occurred", plover: str = "PROTEST") -> EventPoint:
    published = date(2024, 5, 1 + day) if day is not None else None
    return EventPoint(aid, index, source, "CVL", plover, target, "LEG", event_date, published,
                      outlet, status)


def clusters(points: list[EventPoint], report_of: dict[str, str] | None = None
             ) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in cluster_events(points, report_of):
        out.setdefault(row.cluster_id, set()).add(row.event_id)
    return out


def test_same_key_within_window_is_one_event_outside_is_another() -> None:
    pts = [point("a", 0), point("b", 1), point("c", WINDOW_DAYS), point("d", WINDOW_DAYS + 1)]
    assert clusters(pts) == {"a:0": {"a:0", "b:0", "c:0"}, "d:0": {"d:0"}}


def test_window_is_anchored_not_chained() -> None:
    # daily reports of a week-long series: chaining would make one event of them all
    pts = [point(f"x{d}", d) for d in range(8)]
    found = clusters(pts)
    assert len(found) == 2
    assert found["x0:0"] == {f"x{d}:0" for d in range(WINDOW_DAYS + 1)}


def test_any_key_part_keeps_events_apart() -> None:
    pts = [point("a", 0), point("b", 0, target="USA"), point("c", 0, source="MYS"),
           point("d", 0, plover="ACCUSE")]
    assert len(clusters(pts)) == 4


def test_event_date_wins_over_publication_date() -> None:
    # reported ten days later but dated to the same day: the same event
    pts = [point("a", 0), point("b", 10, event_date="2024-05-01")]
    rows = {r.event_id: r for r in cluster_events(pts)}
    assert rows["b:0"].cluster_id == "a:0"
    assert (rows["a:0"].date_basis, rows["b:0"].date_basis) == ("published", "event")
    assert rows["b:0"].date == "2024-05-01"


def test_periods_cluster_by_period_without_window() -> None:
    pts = [point("a", 0, event_date="2014"), point("b", 20, event_date="2014"),
           point("c", 0, event_date="2015"), point("d", 0)]
    found = clusters(pts)
    assert found["a:0"] == {"a:0", "b:0"} and found["c:0"] == {"c:0"}
    assert found["d:0"] == {"d:0"}  # a day-dated event never joins a period


def test_near_duplicate_articles_are_one_report() -> None:
    # b republishes a a week later; c reports the same event on day 1
    pts = [point("a", 0, outlet="x.id"), point("b", 7, outlet="y.id"), point("c", 1)]
    rows = cluster_events(pts, {"a": "a", "b": "a"})
    assert {r.cluster_id for r in rows} == {"a:0"}
    first = rows[0]
    assert (first.events, first.articles, first.reports, first.outlets) == (3, 3, 2, 3)
    assert {r.event_id: r.report_id for r in rows} == {"a:0": "a", "b:0": "a", "c:0": "c"}


def test_without_source_code_or_date_an_event_stays_alone() -> None:
    pts = [point("a", 0, source=None), point("b", 0, source=None), point("c", None),
           point("d", None)]
    assert len(clusters(pts)) == 4


def test_status_and_counts_are_the_clusters() -> None:
    pts = [point("a", 0, status="negated"), point("b", 1)]
    rows = cluster_events(pts)
    assert {r.status for r in rows} == {"occurred"}
    assert rows[0].first_date == "2024-05-01" and rows[0].last_date == "2024-05-02"
    only_negated = cluster_events([point("a", 0, status="negated")])
    assert only_negated[0].status == "negated"


def test_result_does_not_depend_on_input_order() -> None:
    pts = [point(f"a{i:02d}", i % 9, index=i % 2, target=("IDN", "USA")[i % 2])
           for i in range(40)]
    expected = cluster_events(pts, {"a03": "a01"})
    for seed in range(5):
        shuffled = pts[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_events(shuffled, {"a03": "a01"}) == expected
