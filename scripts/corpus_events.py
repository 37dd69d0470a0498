"""Describe the events of a Warta store, and draw a random sample of them to read by hand.

Issue 6 asks, for a run over all of ``../shared/data/corpora``, the events per article, the
PLOVER type distribution and 30 randomly drawn events judged by a person. This script reads
the store that ``warta run`` wrote (``--out``) and prints, as Markdown:

- articles, events (aggregated rows: one per source, type and target per article) and event
  mentions, events per article (mean, and the share of articles with at least one);
- the distribution of PLOVER types, CAMEO roots, statuses and date granularities;
- the commonest source and target actor codes;
- ``--sample`` events drawn with a fixed ``--seed`` (``ORDER BY hash(event_id || seed)``,
  so the draw is reproducible and independent of row order), each with its outlet, codes,
  status, date and the evidence sentence, and an empty "judgement" line for the reader.

The sample shows article sentences, so write the report outside the repository (the default
is ``reports/``, which git ignores): third-party article text must not be committed.

Usage: ``python scripts/corpus_events.py --out STORE [--sample 30] [--seed 6]
[--report reports/corpus_events.md]``
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from warta.store.snapshot import connect


def _table(rows: list[tuple[Any, ...]], headers: tuple[str, ...]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return out


def _share(rows: list[tuple[Any, ...]], total: int) -> list[tuple[Any, ...]]:
    return [(*row, f"{row[-1] / total:.1%}" if total else "-") for row in rows]


def report(out_dir: Path, *, sample: int, seed: int) -> str:
    con = connect(out_dir)
    (articles,) = con.execute("SELECT count(*) FROM articles").fetchall()[0]
    events, mentions, with_events = con.execute(
        "SELECT count(*), coalesce(sum(num_mentions), 0), count(DISTINCT article_id) "
        "FROM events").fetchall()[0]
    lines = [f"# Events of the store `{out_dir}`", "",
             f"- articles: {articles:,}",
             f"- events (one per source, type, target and article): {events:,}; "
             f"mentions: {mentions:,}",
             f"- events per article: {events / articles:.2f}" if articles else "- no articles",
             f"- articles with at least one event: {with_events:,} "
             f"({with_events / articles:.1%})" if articles else "", ""]
    for title, column in (("PLOVER type", "plover"), ("CAMEO root", "cameo_root"),
                          ("status", "status"), ("date granularity", "date_granularity")):
        rows = con.execute(f"SELECT {column}, count(*) AS n FROM events GROUP BY 1 "
                           "ORDER BY n DESC, 1").fetchall()
        lines += [f"## {title}", "", *_table(_share(rows, events), (column, "events", "share")),
                  ""]
    for side in ("source", "target"):
        rows = con.execute(
            f"SELECT {side}_code, {side}_sector, count(*) AS n FROM events GROUP BY 1, 2 "
            "ORDER BY n DESC, 1, 2 LIMIT 15").fetchall()
        lines += [f"## Commonest {side} actors", "",
                  *_table(rows, (f"{side}_code", "sector", "events")), ""]
    drawn = con.execute(
        "SELECT e.event_id, e.outlet, e.source_code, e.source_sector, e.source_name, e.plover, "
        "e.cameo, e.target_code, e.target_sector, e.target_name, e.status, e.date, e.rule, "
        "e.confidence, e.evidence FROM events e "
        "ORDER BY hash(e.event_id || ?), e.event_id LIMIT ?", [str(seed), sample]).fetchall()
    lines += [f"## {len(drawn)} events drawn at random (seed {seed})", ""]
    for i, row in enumerate(drawn, 1):
        (event_id, outlet, scode, ssector, sname, plover, cameo, tcode, tsector, tname,
         status, date, rule, confidence, evidence) = row
        lines += [f"{i}. `{event_id}` ({outlet}) **{scode or '-'}/{ssector or '-'}** "
                  f"({sname}) {plover} {cameo} **{tcode or '-'}/{tsector or '-'}** ({tname}); "
                  f"{status}, {date}; rule `{rule}`, confidence {confidence}",
                  f"   > {evidence}", "   judgement: ", ""]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path, help="the store written by warta run")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--report", type=Path, default=Path("reports/corpus_events.md"))
    args = ap.parse_args()
    text = report(args.out, sample=args.sample, seed=args.seed)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
