"""Page metadata from the places publishers put it: ``<meta>`` tags, JSON-LD, and the
visible headline/byline/date elements an outlet rule points at.

Values are returned raw, as the page prints them (``Rabu, 02 Mar 2022 12:03 WIB``);
``clean.article`` normalises them. Only two things are cleaned here, because only the page
structure tells how: the site name appended to a title (`` - detikNews``) and the labels
around a byline (``Pewarta:``, ``Kontributor Lhokseumawe,``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from warta.clean.html_rules import FieldSource, GenericRules

_WS = re.compile(r"\s+")


def squash(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page head says about itself, read once per page."""

    metas: Mapping[str, tuple[str, ...]]  # lower-cased name/property/itemprop → contents
    articles: tuple[Mapping[str, Any], ...]  # JSON-LD objects of an article type
    canonical: str | None

    def meta(self, name: str) -> str | None:
        for value in self.metas.get(name.lower(), ()):
            if squash(value):
                return squash(value)
        return None


def _jsonld_objects(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _jsonld_objects(item)
    elif isinstance(value, Mapping):
        yield value
        if "@graph" in value:
            yield from _jsonld_objects(value["@graph"])


def _types(obj: Mapping[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return {str(k) for k in kind} if isinstance(kind, list) else {str(kind)}


def read_page_meta(tree: LexborHTMLParser, jsonld_types: frozenset[str]) -> PageMeta:
    metas: dict[str, list[str]] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        content = attrs.get("content")
        if content is None:
            continue
        for key in ("name", "property", "itemprop"):
            name = attrs.get(key)
            if name:
                metas.setdefault(name.strip().lower(), []).append(content)
    articles: list[Mapping[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "", strict=False)
        except (json.JSONDecodeError, ValueError):
            continue  # a broken JSON-LD block is common; the meta tags still count
        articles.extend(o for o in _jsonld_objects(data) if _types(o) & jsonld_types)
    link = tree.css_first('link[rel="canonical"][href]')
    canonical = squash(link.attributes.get("href")) if link is not None else None
    return PageMeta(
        metas={k: tuple(v) for k, v in metas.items()},
        articles=tuple(articles),
        canonical=canonical or None,
    )


def _jsonld_text(value: Any) -> list[str]:
    """Names out of a JSON-LD value: a string, a Person/Organization, or a list of them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return _jsonld_text(value.get("name"))
    if isinstance(value, list):
        return [t for v in value for t in _jsonld_text(v)]
    return []


def _apply(source: FieldSource, text: str) -> str | None:
    text = squash(text)
    if not text:
        return None
    if source.pattern is None:
        return text
    match = source.pattern.search(text)
    if match is None:
        return None
    return squash(match.group(1) if match.groups() else match.group(0)) or None


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return list(seen)


def read_source(source: FieldSource, tree: LexborHTMLParser, page: PageMeta) -> str | None:
    raw: list[str] = []
    if source.selector:
        for node in tree.css(source.selector):
            raw.append(node.attributes.get(source.attr) or "" if source.attr
                       else node.text(deep=True, separator=" "))
    elif source.meta:
        raw.extend(page.metas.get(source.meta.lower(), ()))
    elif source.jsonld:
        for article in page.articles:
            raw.extend(_jsonld_text(article.get(source.jsonld)))
    values = _unique(v for v in (_apply(source, r) for r in raw) if v)
    if not values:
        return None
    return ", ".join(values) if source.all else values[0]


def read_field(sources: Sequence[FieldSource], tree: LexborHTMLParser,
               page: PageMeta) -> str | None:
    for source in sources:
        value = read_source(source, tree, page)
        if value:
            return value
    return None


def strip_title_suffix(title: str, brands: Sequence[str], generic: GenericRules,
                       site_name: str | None = None) -> str:
    """Remove `` - Kompas.com Regional``/`` | Republika Online``-style tails.

    A tail after a separator is dropped when it is short and names the site (a brand word
    of any outlet rule, a generic word such as ``Halaman all``, or the page's
    ``og:site_name``). Repeats, so ``X - Halaman all - Tribunnews.com`` loses both tails.
    """
    words = [b.lower() for b in brands]
    if site_name:
        words.append(site_name.lower())
    title = squash(title)
    changed = True
    while changed:
        changed = False
        for sep in generic.title_separators:
            head, found, tail = title.rpartition(sep)
            if not found or not head.strip():
                continue
            low = tail.strip().lower()
            if (len(low.split()) <= generic.title_suffix_max_words
                    and any(w and w in low for w in words)):
                title = head.strip()
                changed = True
                break
    return title


def clean_authors(value: str | None, generic: GenericRules) -> str | None:
    """Strip byline labels and drop values that are links (``article:author`` is often a
    Facebook page URL)."""
    if not value:
        return None
    for pattern in generic.author_cleanup:
        value = pattern.sub("", squash(value))
    names: list[str] = []
    for part in value.split(","):
        name = part
        for pattern in generic.author_cleanup:
            name = pattern.sub("", squash(name))
        name = squash(name).strip(" ,;:-")
        if name and not re.match(r"(?i)^(https?:|www\.|/)", name):
            names.append(name)
    return ", ".join(_unique(names)) or None


def registrable_domain(host: str | None, generic: GenericRules) -> str | None:
    """``news.example.co.id`` → ``example.co.id``; ``regional.kompas.com`` → ``kompas.com``."""
    if not host:
        return None
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    keep = 3 if ".".join(labels[-2:]) in generic.second_level_suffixes else 2
    return ".".join(labels[-keep:])
