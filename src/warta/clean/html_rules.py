"""Outlet rules for HTML extraction, read from ``data/html/*.yaml``.

A rule says where one outlet keeps its article body and its metadata, as selectolax
(lexbor) CSS selectors. Rules are data so that a layout change at an outlet is a reviewed
edit to a YAML file, not a code change; ``data/README.md`` documents the format. The
``generic.yaml`` file (no ``domains`` key) holds what applies to every page: the drop
selectors, block tags, meta names and title-suffix vocabulary.

Rules are compiled once per ``Resources`` bundle with ``resources.derived``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from warta.clean.html_text import check_selector
from warta.errors import ResourceError
from warta.resources import Resources

RULES_DIR = "html/"
GENERIC_FILE = "html/generic.yaml"
FIELDS = ("title", "published", "authors", "section")


@dataclass(frozen=True, slots=True)
class FieldSource:
    """One place a metadata value can come from, tried in order.

    Exactly one of ``selector`` (an element; its text or ``attr``), ``meta`` (a ``<meta>``
    tag by ``name``/``property``/``itemprop``) or ``jsonld`` (a key of the page's
    NewsArticle JSON-LD) is set. ``pattern``, when given, must match the found text and its
    first group is the value; ``all`` joins every match with ``", "`` (co-authors).
    """

    selector: str | None = None
    meta: str | None = None
    jsonld: str | None = None
    attr: str | None = None
    pattern: re.Pattern[str] | None = None
    all: bool = False


@dataclass(frozen=True, slots=True)
class OutletRule:
    outlet: str
    domains: tuple[str, ...]
    brands: tuple[str, ...]
    body: tuple[str, ...]
    paragraph: str | None
    drop: tuple[str, ...]
    fields: Mapping[str, tuple[FieldSource, ...]]


@dataclass(frozen=True, slots=True)
class GenericRules:
    block_tags: frozenset[str]
    skip_tags: frozenset[str]
    drop: tuple[str, ...]
    fields: Mapping[str, tuple[FieldSource, ...]]
    jsonld_types: frozenset[str]
    title_separators: tuple[str, ...]
    title_suffix_words: tuple[str, ...]
    title_suffix_max_words: int
    author_cleanup: tuple[re.Pattern[str], ...]
    fragment: re.Pattern[str] | None
    min_body_chars: int
    article_paragraph_chars: int
    min_rule_chars: int
    second_level_suffixes: frozenset[str]


@dataclass(frozen=True, slots=True)
class HtmlRules:
    generic: GenericRules
    outlets: tuple[OutletRule, ...]

    def outlet_for(self, url: str | None) -> OutletRule | None:
        """The rule whose domain is the URL's host or a parent domain of it."""
        host = host_of(url)
        if not host:
            return None
        for rule in self.outlets:
            for domain in rule.domains:
                if host == domain or host.endswith("." + domain):
                    return rule
        return None

    def brand_words(self) -> tuple[str, ...]:
        words = {w.lower() for r in self.outlets for w in r.brands}
        words.update(w.lower() for w in self.generic.title_suffix_words)
        return tuple(sorted(words, key=len, reverse=True))


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    text = url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _source(spec: Any, where: str) -> FieldSource:
    if isinstance(spec, str):
        return FieldSource(selector=spec)
    if not isinstance(spec, Mapping):
        raise ResourceError(f"{where}: a field source must be a selector or a mapping")
    kinds = [k for k in ("selector", "meta", "jsonld") if spec.get(k)]
    if len(kinds) != 1:
        raise ResourceError(f"{where}: give exactly one of selector, meta, jsonld")
    pattern = spec.get("pattern")
    try:
        compiled = re.compile(pattern, re.I | re.S) if pattern else None
    except re.error as exc:
        raise ResourceError(f"{where}: bad pattern {pattern!r}: {exc}") from exc
    return FieldSource(
        selector=spec.get("selector"),
        meta=spec.get("meta"),
        jsonld=spec.get("jsonld"),
        attr=spec.get("attr"),
        pattern=compiled,
        all=bool(spec.get("all", False)),
    )


def _fields(data: Mapping[str, Any], where: str) -> dict[str, tuple[FieldSource, ...]]:
    return {
        name: tuple(_source(s, f"{where} {name}") for s in _as_list(data.get(name)))
        for name in FIELDS
    }


def _strs(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in _as_list(values))


def _outlet(name: str, data: Mapping[str, Any]) -> OutletRule:
    domains = tuple(d.lower() for d in _strs(data.get("domains")))
    if not domains or not data.get("outlet"):
        raise ResourceError(f"{name}: an outlet rule needs `outlet` and `domains`")
    return OutletRule(
        outlet=str(data["outlet"]).lower(),
        domains=domains,
        brands=_strs(data.get("brands")),
        body=_strs(data.get("body")),
        paragraph=data.get("paragraph"),
        drop=_strs(data.get("drop")),
        fields=_fields(data.get("fields") or {}, name),
    )


def _generic(data: Mapping[str, Any]) -> GenericRules:
    try:
        cleanup = tuple(re.compile(p, re.I) for p in _strs(data.get("author_cleanup")))
        fragment = re.compile(data["join_fragment"]) if data.get("join_fragment") else None
    except re.error as exc:
        raise ResourceError(f"{GENERIC_FILE}: bad pattern: {exc}") from exc
    return GenericRules(
        block_tags=frozenset(_strs(data.get("block_tags"))),
        skip_tags=frozenset(_strs(data.get("skip_tags"))),
        drop=_strs(data.get("drop")),
        fields=_fields(data.get("fields") or {}, GENERIC_FILE),
        jsonld_types=frozenset(_strs(data.get("jsonld_types"))),
        title_separators=_strs(data.get("title_separators")),
        title_suffix_words=_strs(data.get("title_suffix_words")),
        title_suffix_max_words=int(data.get("title_suffix_max_words", 4)),
        author_cleanup=cleanup,
        fragment=fragment,
        min_body_chars=int(data.get("min_body_chars", 80)),
        article_paragraph_chars=int(data.get("article_paragraph_chars", 60)),
        min_rule_chars=int(data.get("min_rule_chars", 200)),
        second_level_suffixes=frozenset(_strs(data.get("second_level_suffixes"))),
    )


def build_rules(resources: Resources) -> HtmlRules:
    files = resources.glob(RULES_DIR)
    generic = files.get(GENERIC_FILE)
    if not isinstance(generic, Mapping):
        raise ResourceError(f"missing or malformed data file {GENERIC_FILE}")
    outlets: Sequence[OutletRule] = [
        _outlet(name, data)
        for name, data in sorted(files.items())
        if name != GENERIC_FILE and isinstance(data, Mapping) and "domains" in data
    ]
    rules = HtmlRules(generic=_generic(generic), outlets=tuple(outlets))
    _check_selectors(rules)
    return rules


def _check_selectors(rules: HtmlRules) -> None:
    """Fail on load, naming the selector, rather than on the first page that uses it."""
    groups: list[tuple[str, Sequence[str]]] = [("generic drop", rules.generic.drop)]
    for rule in rules.outlets:
        groups.append((f"{rule.outlet} body", rule.body))
        groups.append((f"{rule.outlet} drop", rule.drop))
        if rule.paragraph:
            groups.append((f"{rule.outlet} paragraph", [rule.paragraph]))
    for rule_fields in [rules.generic.fields, *(r.fields for r in rules.outlets)]:
        for name, sources in rule_fields.items():
            groups.append((name, [s.selector for s in sources if s.selector]))
    for where, selectors in groups:
        for selector in selectors:
            try:
                check_selector(selector)
            except ValueError as exc:
                raise ResourceError(f"html rules, {where}: bad selector {selector!r}") from exc


def html_rules(resources: Resources) -> HtmlRules:
    """The compiled rules of this bundle (built once, then cached on the bundle)."""
    return resources.derived("clean.html.rules", build_rules)
