"""Event exports for the tools people already use: GDELT 2.0's event table and POLECAT-style
PLOVER JSON lines. Both read the store through DuckDB (``store.connect``) and stream rows.

- ``gdelt``: one tab-separated line per **real-world event** (an ``event_clusters`` cluster
  with at least one member that occurred), in GDELT 2.0's 61 columns and order, no header
  (GDELT's files have none; ``GDELT_COLUMNS`` names them). The cluster's representative is
  its smallest occurred member; the counts are the cluster's. Columns Warta does not know
  (tone, ethnic and religion codes, geocoding) are empty. Mapping: ``docs/events.md``.
- ``plover``: one JSON object per **event as reported** (every row of ``events``, every
  status), with the actors, the evidence sentence, the article it came from, its cluster,
  and Warta's own fields (status, CAMEO, confidence, the lexicon rule).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from warta.resources import Resources
from warta.store.export import iter_rows
from warta.store.snapshot import connect

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

_GDELT_SQL = """
SELECT e.*, c.cluster_id, c.date AS cluster_date, c.mentions AS c_mentions,
       c.outlets AS c_outlets, c.articles AS c_articles,
       a.url, a.paragraphs[1]."end" AS lead_end, r.finished AS added
FROM event_clusters c
JOIN events e ON e.article_id = c.article_id AND e."index" = c."index"
JOIN articles a ON a.id = e.article_id
LEFT JOIN runs r ON r.run_id = a.run_id
WHERE c.status = 'occurred'
QUALIFY row_number() OVER (PARTITION BY c.cluster_id
                           ORDER BY (e.status = 'occurred') DESC, e.article_id, e."index") = 1
ORDER BY c.cluster_id
"""

_PLOVER_SQL = """
SELECT e.*, c.cluster_id, c.events AS c_events, c.articles AS c_articles,
       c.reports AS c_reports, c.outlets AS c_outlets, c.status AS c_status,
       a.url, a.title
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN event_clusters c ON c.article_id = e.article_id AND c."index" = e."index"
ORDER BY e.article_id, e."index"
"""


def country_codes(resources: Resources | None) -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes (``actors/countries.tsv``): an actor code among them is a
    country; any other (``NATO``, ``UNO``, ``HAMAS``) is a known group."""
    if resources is None or "actors/countries.tsv" not in resources.files:
        return frozenset()
    return frozenset(r["iso3"] for r in resources.get("actors/countries.tsv"))


def global_event_id(cluster_id: str) -> int:
    """GDELT wants an integer id: the first 60 bits of the cluster id's SHA-256 (stable
    across runs and machines; a collision needs about a billion clusters)."""
    return int(hashlib.sha256(cluster_id.encode("utf-8")).hexdigest()[:15], 16)


def gdelt_day(value: str | None) -> tuple[str, str, str, str]:
    """(SQLDATE, MonthYear, Year, FractionDate) of a day (``2022-02-25``), an ISO week
    (its Monday), a month or a year. Unknown parts are zeros: ``2014`` → ``20140000``."""
    if not value:
        return "", "", "", ""
    if "-W" in value:
        iso_year, iso_week = value.split("-W")
        value = date.fromisocalendar(int(iso_year), int(iso_week[:2]), 1).isoformat()
    parts = value[:10].split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 0
    day = int(parts[2]) if len(parts) > 2 else 0
    first = date(year, 1, 1)
    span = (date(year + 1, 1, 1) - first).days
    fraction = (date(year, month or 1, day or 1) - first).days / span
    return (f"{year:04d}{month:02d}{day:02d}", f"{year:04d}{month:02d}", f"{year:04d}",
            f"{year + fraction:.4f}")


def _text(value: Any) -> str:
    """A TSV cell: empty for null, no tabs or line breaks inside."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _actor(row: Mapping[str, Any], role: str, countries: frozenset[str]) -> list[Any]:
    code, sector = row[f"{role}_code"], row[f"{role}_sector"]
    if not code and not sector:
        return [None] * 10
    country = code if code in countries else None
    group = code if code and code not in countries else None
    return [f"{code or ''}{sector or ''}", row[f"{role}_name"], country, group, None, None,
            None, sector, None, None]


def gdelt_row(row: Mapping[str, Any], countries: frozenset[str]) -> list[Any]:
    """The 61 GDELT cells of one representative event row (see ``_GDELT_SQL``)."""
    cameo = row["cameo"] or ""
    added = row["added"]
    added_text = ""
    if isinstance(added, datetime):
        added_text = added.strftime("%Y%m%d%H%M%S")
    lead_end = row["lead_end"]
    is_root = None if lead_end is None else int(row["start"] < lead_end)
    action_geo = [None, row["location"], None, None, None, None, None, None]
    cells = [
        global_event_id(row["cluster_id"]), *gdelt_day(row["cluster_date"]),
        *_actor(row, "source", countries), *_actor(row, "target", countries),
        is_root, cameo, cameo[:3], row["cameo_root"], row["quad_class"], row["goldstein"],
        row["c_mentions"], row["c_outlets"], row["c_articles"], None,
        *([None] * 8), *([None] * 8), *action_geo,
        added_text, row["url"],
    ]
    assert len(cells) == len(GDELT_COLUMNS)
    return cells


def iter_gdelt(out_dir: str | Path, resources: Resources | None = None) -> Iterator[list[Any]]:
    countries = country_codes(resources)
    con = connect(out_dir)
    try:
        for row in _iter_raw(con.execute(_GDELT_SQL)):
            yield gdelt_row(row, countries)
    finally:
        con.close()


def export_gdelt(out_dir: str | Path, fh: IO[str], resources: Resources | None = None) -> int:
    """Write the GDELT 2.0 event table (tab-separated, no header); returns the row count."""
    n = 0
    for cells in iter_gdelt(out_dir, resources):
        fh.write("\t".join(_text(c) for c in cells) + "\n")
        n += 1
    return n


def _iter_raw(cur: Any) -> Iterator[dict[str, Any]]:
    """Rows as dicts with DuckDB's own Python values (datetimes kept for DATEADDED)."""
    names = [d[0] for d in cur.description or ()]
    while batch := cur.fetchmany(500):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def _ref(row: Mapping[str, Any], role: str, countries: frozenset[str]) -> dict[str, Any] | None:
    code = row[f"{role}_code"]
    if code is None and row[f"{role}_name"] is None:
        return None
    return {
        "name": row[f"{role}_name"],
        "code": code,
        "country": code if code in countries else None,
        "sector": row[f"{role}_sector"],
        "entity": row[f"{role}_entity"],
    }


def plover_record(row: Mapping[str, Any], countries: frozenset[str]) -> dict[str, Any]:
    """One POLECAT-style record (see ``docs/events.md`` for every field)."""
    published_day = row["published_date"]
    return {
        "event_id": row["event_id"],
        "event_type": row["plover"],
        "mode": row["mode"],
        "context": [row["context"]] if row["context"] else [],
        "event_date": row["date"] or published_day,
        "date_granularity": row["date_granularity"] if row["date"] else
        ("day" if published_day else None),
        "date_source": "event" if row["date"] else ("published" if published_day else None),
        "actor": _ref(row, "source", countries),
        "recipient": _ref(row, "target", countries),
        "location": {"name": row["location"]} if row["location"] else None,
        "evidence": {"text": row["evidence"], "start": row["start"], "end": row["end"],
                     "mentions": row["mentions"] or []},
        "article": {"id": row["article_id"], "url": row["url"], "outlet": row["outlet"],
                    "title": row["title"], "published": row["published"]},
        "cluster": None if row["cluster_id"] is None else {
            "id": row["cluster_id"], "events": row["c_events"], "articles": row["c_articles"],
            "reports": row["c_reports"], "outlets": row["c_outlets"],
            "status": row["c_status"]},
        "warta": {
            "status": row["status"], "cameo": row["cameo"], "cameo_root": row["cameo_root"],
            "cameo_name": row["cameo_name"], "quad_class": row["quad_class"],
            "goldstein": row["goldstein"], "confidence": row["confidence"],
            "rule": row["rule"], "attribution": row["attribution"],
            "num_mentions": row["num_mentions"],
        },
    }


def iter_plover(out_dir: str | Path,
                resources: Resources | None = None) -> Iterator[dict[str, Any]]:
    countries = country_codes(resources)
    con = connect(out_dir)
    try:
        for row in iter_rows(con.execute(_PLOVER_SQL)):  # JSON-ready values
            yield plover_record(row, countries)
    finally:
        con.close()


def export_plover(out_dir: str | Path, fh: IO[str], resources: Resources | None = None) -> int:
    """Write PLOVER JSON lines, one per stored event; returns the row count."""
    n = 0
    for record in iter_plover(out_dir, resources):
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
