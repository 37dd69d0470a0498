"""Upper bound of the actor linker on annotated gold: each gold entity looked up by its gold
name on its article's date, compared with the gold code and sector.

    .venv/bin/python scripts/measure_actor_lookup.py [--shared ../shared] [--misses]

Reads ``gold/dev.jsonl`` and ``seed/seed.gold.json`` at run time (nothing is copied). A gold
entity with code null counts as right when the look-up gives no code. This is not the
entity layer's score: the names are given, no mention has to be found or merged, and no
title context is used.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from warta.actors import lookup
from warta.resources import load_resources


def _articles(shared: Path) -> list[dict[str, Any]]:
    out = [json.loads(line) for line in (shared / "gold" / "dev.jsonl").open(encoding="utf-8")
           if line.strip()]
    out.append(json.loads((shared / "seed" / "seed.gold.json").read_text(encoding="utf-8")))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--misses", action="store_true", help="list the entities missed")
    args = parser.parse_args()
    res = load_resources()
    total = code_ok = both_ok = 0
    coded = coded_code_ok = coded_both_ok = 0
    places_ok = 0   # capitals counted as places (code null), for comparison
    by_rule: Counter[str] = Counter()
    misses = []
    for article in _articles(args.shared):
        expected = article["expected"]
        published = (expected.get("metadata") or {}).get("published")
        for ent in expected.get("entities", []):
            match = lookup(ent["name"], published, res)
            code = match.code if match else None
            sector = match.sector if match and match.code else None
            total += 1
            by_rule[match.rule if match else "none"] += 1
            ok_code = code == ent["code"]
            ok_both = ok_code and sector == ent["sector"]
            code_ok += ok_code
            both_ok += ok_both
            if match is not None and match.rule == "capital":
                places_ok += ent["code"] is None
            else:
                places_ok += ok_both
            if ent["code"] is not None:
                coded += 1
                coded_code_ok += ok_code
                coded_both_ok += ok_both
            if not ok_both:
                misses.append((published and published[:10], ent["name"], ent["type"],
                               f"{ent['code']}/{ent['sector']}", f"{code}/{sector}",
                               match.rule if match else "-"))
    print(f"gold entities (dev + seed): {total}")
    print(f"  code right:            {code_ok} ({code_ok / total:.3f})")
    print(f"  code and sector right: {both_ok} ({both_ok / total:.3f})")
    print(f"  ... with capitals read as places: {places_ok} ({places_ok / total:.3f})")
    print(f"gold entities with a code: {coded}")
    print(f"  code right:            {coded_code_ok} ({coded_code_ok / coded:.3f})")
    print(f"  code and sector right: {coded_both_ok} ({coded_both_ok / coded:.3f})")
    print("rules fired: " + ", ".join(f"{k} {v}" for k, v in by_rule.most_common()))
    if args.misses:
        for miss in misses:
            print("  miss", *miss, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
