"""People with dated roles from a Wikidata JSON dump.

Reads the standard entity JSON (one entity per line as in ``latest-all.json`` — with or
without the array brackets and trailing commas — or a JSON array), keeps humans holding a
position listed in ``actors/wikidata_positions.tsv`` (claim P39 with qualifiers P580 start
and P582 end), and returns people in the format of ``actors/people/*.yaml``: labels and
aliases in Indonesian (``id``) and English (``en``), the Wikidata id, one role per statement.
Dates keep Wikidata's precision: day (11), month (10) or year (9).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from warta.errors import ResourceError

POSITION_HELD = "P39"
START, END = "P580", "P582"
LANGS = ("id", "en")


def _is_json(line: str) -> bool:
    try:
        json.loads(line.strip().rstrip(","))
    except json.JSONDecodeError:
        return False
    return True


def _json_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for number, raw in enumerate(lines, 1):
        raw = raw.strip().rstrip(",")
        if raw in ("[", "]"):
            continue
        try:
            entity = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ResourceError(f"wikidata dump line {number}: not JSON ({exc.msg})") from exc
        if isinstance(entity, dict):
            yield entity


def iter_entities(stream: TextIO) -> Iterator[dict[str, Any]]:
    """Entities of a dump, streamed: JSON lines, or the dump layout (a ``[`` line, one
    entity per line ending in a comma, a ``]`` line). A JSON array laid out any other way
    (a small hand-made file) is read whole."""
    lines = (line for line in stream if line.strip())
    first = next(lines, "")
    head = first.strip()
    if not head.startswith("["):
        yield from _json_lines(itertools.chain([first] if head else [], lines))
        return
    if head == "[":
        second = next(lines, "]")
        if _is_json(second):
            yield from _json_lines(itertools.chain([second], lines))
            return
        text = first + second + "".join(lines)
    else:
        text = first + "".join(lines)
    data = json.loads(text)
    if not isinstance(data, list):
        raise ResourceError("wikidata dump: expected a JSON array of entities")
    yield from (e for e in data if isinstance(e, dict))


def wikidata_date(value: Mapping[str, Any] | None) -> str | None:
    """``+2014-10-20T00:00:00Z`` at precision 11/10/9 → ``2014-10-20``/``2014-10``/``2014``."""
    if not value:
        return None
    time = str(value.get("time", ""))
    precision = int(value.get("precision", 11))
    date = time.lstrip("+").split("T", 1)[0]
    parts = date.split("-")
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    year, month, day = parts
    if precision >= 11 and month != "00" and day != "00":
        return f"{year}-{month}-{day}"
    if precision >= 10 and month != "00":
        return f"{year}-{month}"
    return year


def _qualifier(claim: Mapping[str, Any], prop: str) -> str | None:
    for snak in (claim.get("qualifiers") or {}).get(prop, []):
        if snak.get("snaktype") == "value":
            return wikidata_date(snak.get("datavalue", {}).get("value"))
    return None


def _item_id(snak: Mapping[str, Any]) -> str | None:
    value = (snak.get("datavalue") or {}).get("value") or {}
    return value.get("id") if isinstance(value, Mapping) else None


def _names(entity: Mapping[str, Any]) -> tuple[str | None, list[str]]:
    labels = entity.get("labels") or {}
    name = next((labels[lang]["value"] for lang in LANGS if lang in labels), None)
    aliases: list[str] = []
    for lang in LANGS:
        if lang in labels and labels[lang]["value"] != name:
            aliases.append(labels[lang]["value"])
        for alias in (entity.get("aliases") or {}).get(lang, []):
            value = alias.get("value")
            if value and value != name and value not in aliases:
                aliases.append(value)
    return name, aliases


def person_from_entity(entity: Mapping[str, Any],
                       positions: Mapping[str, Mapping[str, str]]) -> dict[str, Any] | None:
    """A people-file item for an entity holding a known position, else ``None``."""
    roles = []
    for claim in (entity.get("claims") or {}).get(POSITION_HELD, []):
        if claim.get("rank") == "deprecated":
            continue
        qid = _item_id(claim.get("mainsnak") or {})
        position = positions.get(qid or "")
        if position is None:
            continue
        roles.append({"code": position["code"] or None, "sector": position["sector"] or None,
                      "title": position["title"], "from": _qualifier(claim, START),
                      "to": _qualifier(claim, END)})
    name, aliases = _names(entity)
    if not roles or not name:
        return None
    roles.sort(key=lambda r: r["from"] or "")
    person: dict[str, Any] = {"name": name, "wikidata": entity.get("id")}
    if aliases:
        person["aliases"] = aliases
    person["roles"] = roles
    return person


def people_from_dump(entities: Iterable[Mapping[str, Any]],
                     positions: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    out = [p for e in entities if (p := person_from_entity(e, positions)) is not None]
    return sorted(out, key=lambda p: str(p["name"]))


def position_table(rows: Iterable[Mapping[str, str]]) -> dict[str, dict[str, str]]:
    return {row["qid"]: {"code": row.get("code") or "", "sector": row.get("sector") or "",
                         "title": row.get("title") or row["qid"]} for row in rows}
