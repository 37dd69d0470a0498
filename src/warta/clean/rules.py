"""The clean stage's rules, compiled once per ``Resources`` bundle.

Every pattern lives in a data file (``data/clean/*.yaml|tsv`` for the generic rules,
``data/outlets/<outlet>.yaml`` for outlet profiles); this module only turns those files
into compiled regular expressions and lookup tables, cached with ``resources.derived`` so
each bundle compiles them once and two bundles never share state.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from warta.errors import ResourceError
from warta.resources import Resources

RULES_KEY = "clean.rules.v1"


@dataclass(frozen=True)
class OutletProfile:
    """One outlet's layout: how to recognise it and what its boilerplate looks like."""

    outlet: str
    domains: tuple[str, ...]
    names: frozenset[str]
    signatures: tuple[re.Pattern[str], ...]
    slash_date_order: str = "dmy"
    published_precision: str = "second"
    author_suffix: re.Pattern[str] | None = None
    authors_first_only: bool = False
    byline_lines: tuple[re.Pattern[str], ...] = ()
    adapter_lines: tuple[re.Pattern[str], ...] = ()
    footer_bylines: tuple[re.Pattern[str], ...] = ()
    signoff_author: re.Pattern[str] | None = None
    wire_url_sections: Mapping[str, str] = field(default_factory=dict)
    drop_lines: re.Pattern[str] | None = None
    footers: tuple[re.Pattern[str], ...] = ()
    datelines: tuple[re.Pattern[str], ...] = ()
    related_label_alone_in_records: bool = False
    related_headlines_in_records: int = 1
    foreign_headline_words: int = 0  # 0: off; else see boilerplate.drop_foreign_headlines


@dataclass(frozen=True)
class CleanRules:
    """Everything the cleaner and the metadata extractor need, compiled."""

    profiles: tuple[OutletProfile, ...]
    drop_lines: re.Pattern[str]
    caption_lines: re.Pattern[str]
    list_item: re.Pattern[str]
    related_label: re.Pattern[str]
    related_bullet: re.Pattern[str]
    inline: re.Pattern[str]
    line_splitter: re.Pattern[str]  # inline markers, hidden paragraph breaks, split points
    footers: tuple[re.Pattern[str], ...]
    trailing_signoffs: tuple[re.Pattern[str], ...]
    caption_after_credit: re.Pattern[str]
    headline_connectors: frozenset[str]
    sentence_starters: frozenset[str]
    datelines: tuple[re.Pattern[str], ...]
    max_place_words: int
    months: Mapping[str, int]
    timezones: Mapping[str, int]
    weekdays: frozenset[str]
    agencies: Mapping[str, str]  # alias or name -> name
    agency_pattern: re.Pattern[str]
    wire_cue: re.Pattern[str]
    wire_weak_cue: re.Pattern[str]
    wire_tight_cue: re.Pattern[str]
    max_filler_words: int
    media_name: re.Pattern[str]
    list_connector: re.Pattern[str]
    author_role_word: re.Pattern[str]  # a split part that is a label, not a name
    author_role_prefix: re.Pattern[str]  # removed in front of a name
    author_role_place: re.Pattern[str]  # "Kontributor Demak": dropped before the name
    author_role_suffix: re.Pattern[str]  # "(Kontributor)" after a name
    leading_dash: re.Pattern[str] = re.compile(r"(?!x)x")  # a placeless dateline dash

    def profile(self, outlet: str | None) -> OutletProfile | None:
        for p in self.profiles:
            if p.outlet == outlet:
                return p
        return None


def load_rules(resources: Resources) -> CleanRules:
    """The compiled rules of this bundle (built on first use, then cached on it)."""
    return resources.derived(RULES_KEY, _build)


def _compile(pattern: str, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ResourceError(f"bad regular expression in {where}: {pattern!r}: {exc}") from exc


def _alternation(patterns: Sequence[str], where: str, flags: int = 0) -> re.Pattern[str]:
    """One pattern that fully matches a line when any of ``patterns`` does."""
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    return _compile(rf"(?:{body})", where, flags)


def _str_list(data: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ResourceError(f"{where}: '{key}' must be a list of strings")
    return value


def _profile(name: str, data: Any) -> OutletProfile:
    if not isinstance(data, Mapping) or not isinstance(data.get("outlet"), str):
        raise ResourceError(f"{name}: an outlet profile needs an 'outlet' domain")
    opt = data.get
    suffix = opt("author_suffix")
    signoff = opt("signoff_author")
    drops = _str_list(data, "drop_lines", name)
    return OutletProfile(
        outlet=data["outlet"],
        domains=tuple(_str_list(data, "domains", name)) or (data["outlet"],),
        names=frozenset(n.lower() for n in _str_list(data, "names", name)),
        signatures=tuple(_compile(s, name) for s in _str_list(data, "signatures", name)),
        slash_date_order=str(opt("slash_date_order") or "dmy"),
        published_precision=str(opt("published_precision") or "second"),
        author_suffix=_compile(suffix, name) if suffix else None,
        authors_first_only=bool(opt("authors_first_only")),
        byline_lines=tuple(_compile(s, name) for s in _str_list(data, "byline_lines", name)),
        adapter_lines=tuple(_compile(s, name, re.M) for s in _str_list(data, "adapter_lines", name)),
        footer_bylines=tuple(_compile(s, name, re.M) for s in _str_list(data, "footer_bylines", name)),
        signoff_author=_compile(signoff, name) if signoff else None,
        wire_url_sections=dict(opt("wire_url_sections") or {}),
        drop_lines=_alternation(drops, name) if drops else None,
        footers=tuple(_compile(s, name) for s in _str_list(data, "footers", name)),
        datelines=tuple(_compile(s, name) for s in _str_list(data, "datelines", name)),
        related_label_alone_in_records=bool(opt("related_label_alone_in_records")),
        related_headlines_in_records=int(opt("related_headlines_in_records") or 1),
        foreign_headline_words=int(opt("foreign_headline_words") or 0),
    )


def _datelines(data: Mapping[str, Any]) -> tuple[re.Pattern[str], ...]:
    parts = data.get("parts") or {}
    out = []
    for pattern in _str_list(data, "patterns", "clean/datelines.yaml"):
        for key, value in parts.items():
            pattern = pattern.replace("{" + key + "}", value)
        out.append(_compile(pattern, "clean/datelines.yaml"))
    return tuple(out)


def _agencies(rows: list[dict[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in rows:
        name = (row.get("name") or "").strip()
        if not name:
            continue
        table[name] = name
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                table[alias.strip()] = name
    return table


def _build(resources: Resources) -> CleanRules:
    bp = resources.get("clean/boilerplate.yaml")
    where = "clean/boilerplate.yaml"
    wire = resources.get("clean/wire.yaml")
    dl = resources.get("clean/datelines.yaml")
    by = resources.get("clean/bylines.yaml")
    by_where = "clean/bylines.yaml"
    agencies = _agencies(resources.get("clean/wire_agencies.tsv"))
    names = sorted(agencies, key=len, reverse=True)
    agency_pattern = _compile(
        "(?:" + "|".join(re.escape(n) for n in names) + r")(?![A-Z0-9])", "wire_agencies.tsv"
    )
    domains = "|".join(_str_list(wire, "media_domains", "clean/wire.yaml"))
    words = "|".join(_str_list(wire, "media_words", "clean/wire.yaml"))
    media_name = _compile(
        rf"(?:[A-Z][\w-]*\s+(?:(?:of|the)\s+)?){{0,4}}?"
        rf"(?:[A-Z][\w-]*(?:{domains})|(?:{words}))(?!\w)",
        "clean/wire.yaml",
    )
    profiles = tuple(
        _profile(name, data)
        for name, data in sorted(resources.glob("outlets/").items())
        if name.endswith((".yaml", ".yml"))
    )
    return CleanRules(
        profiles=profiles,
        drop_lines=_alternation(_str_list(bp, "drop_lines", where), where),
        caption_lines=_alternation(_str_list(bp, "caption_lines", where), where),
        list_item=_compile(str(bp.get("list_item") or r"(?!x)x"), where),
        related_label=_alternation(_str_list(bp, "related_labels", where), where),
        related_bullet=_compile(str(bp.get("related_bullet") or r"(?!x)x"), where),
        inline=_alternation(_str_list(bp, "inline", where), where),
        line_splitter=_alternation(
            _str_list(bp, "inline", where)
            + _str_list(bp, "paragraph_breaks", where)
            + _str_list(bp, "split_points", where),
            where,
        ),
        footers=tuple(_compile(p, where) for p in _str_list(bp, "footers", where)),
        trailing_signoffs=tuple(_compile(p, where) for p in _str_list(bp, "trailing_signoffs", where)),
        caption_after_credit=_compile(str(bp.get("caption_after_credit") or r"(?!x)x"), where),
        headline_connectors=frozenset(_str_list(bp, "headline_connectors", where)),
        sentence_starters=frozenset(_str_list(bp, "sentence_starters", where)),
        datelines=_datelines(dl),
        max_place_words=int(dl.get("max_place_words", 4)),
        months={r["name"].lower(): int(r["month"]) for r in resources.get("clean/months.tsv")},
        timezones={r["label"].upper(): int(r["offset"]) for r in resources.get("clean/timezones.tsv")},
        weekdays=frozenset(w.lower() for w in resources.get("clean/weekdays.txt")),
        agencies=agencies,
        agency_pattern=agency_pattern,
        wire_cue=_compile(
            r"(?:" + "|".join(_str_list(wire, "cues", "clean/wire.yaml")) + ")",
            "clean/wire.yaml",
        ),
        wire_weak_cue=_compile(
            r"(?:" + "|".join(_str_list(wire, "weak_cues", "clean/wire.yaml")) + ")",
            "clean/wire.yaml",
        ),
        wire_tight_cue=_compile(
            r"(?:" + "|".join(_str_list(wire, "tight_cues", "clean/wire.yaml")) + r")\s*",
            "clean/wire.yaml",
        ),
        max_filler_words=int(wire.get("max_filler_words", 3)),
        media_name=media_name,
        list_connector=_compile(str(wire.get("list_connectors") or r"\s*,\s*"), "clean/wire.yaml"),
        author_role_word=_alternation(_str_list(by, "role_words", by_where), by_where, re.I),
        author_role_prefix=_compile(
            r"(?:" + "|".join(_str_list(by, "role_prefixes", by_where)) + r")\s*:?\s+",
            by_where, re.I),
        author_role_place=_compile(str(by.get("role_place") or r"(?!x)x"), by_where),
        author_role_suffix=_compile(str(by.get("role_suffix") or r"(?!x)x"), by_where),
        leading_dash=_compile(str(dl.get("leading_dash") or r"(?!x)x"), "clean/datelines.yaml"),
    )
