"""``clean_raw``: one raw input → the article body, its map back to the input, metadata.

Order of work, and why:
1. HTML pages go through ``clean.html.extract_html`` first; everything after runs on text
   (the page text, a text dump, a record's body field) so all inputs share one cleaner and
   no HTML is parsed for text inputs.
2. The outlet is found first (URL, source field, text signatures) because its profile
   adds boilerplate rules, byline formats and date order.
3. Lines are cut, classified and re-joined (``clean.boilerplate``); the page header
   (repeated headline, byline, date line, photo captions) and the dateline prefix are
   removed from the top, the editor's sign-off from the end.
4. The body is assembled from source spans only (``clean.normalize``), so ``body_map``
   traces every body character to the input.
5. Metadata: hints win over what the text says, the text over the URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.clean.boilerplate import (
    Line,
    classify,
    drop_foreign_headlines,
    flattened_copy_end,
    is_headline,
    paragraphs,
    split_lines,
    strip_signoff,
    text_end,
)
from warta.clean.metadata import (
    authors_from_hint,
    authors_from_text,
    byline_names,
    find_dateline,
    find_profile,
    find_wire,
    wire_from_url,
)
from warta.clean.normalize import assemble, comparable, content_hash, normalize_title, strip_piece
from warta.clean.published import (
    Published,
    parse_published,
    published_from_url,
    truncate_to_minute,
)
from warta.clean.result import CleanResult
from warta.clean.rules import CleanRules, OutletProfile, load_rules
from warta.config import CleanConfig
from warta.doc import Hints, Metadata, RawDocument
from warta.errors import NotAnArticle
from warta.resources import Resources

HEADER_LINES = 12  # the page header (title, byline, date, captions) sits in these lines
HEADER_LINE_MAX_WORDS = 20  # a longer line is body text: the header has ended
DATE_LINE_MAX_WORDS = 12


@dataclass
class Header:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Published | None = None
    dateline: str | None = None


def merge_hints(page: Hints, raw: Hints) -> Hints:
    """Hints found in the page, falling back to the ones the input carried."""
    return Hints(
        title=page.title or raw.title,
        published=page.published or raw.published,
        url=raw.url or page.url,
        authors=page.authors or raw.authors,
        outlet=page.outlet or raw.outlet,
        section=page.section or raw.section,
    )


def _words(text: str) -> int:
    return len(text.split())


def _strip_header(lines: list[Line], text: str, rules: CleanRules, profile: OutletProfile | None,
                  title: str | None, resources: Resources, header: Header, page: bool
                  ) -> list[Line]:
    """Drop the repeated headline, byline and date lines at the top; note what they say.
    ``page``: the input is a whole page (a text dump or HTML), whose first line is the
    headline, rather than a scraper's body field."""
    order = profile.slash_date_order if profile else "dmy"
    title_key = comparable(title) if title else None
    out: list[Line] = []
    for idx, line in enumerate(lines):
        seg = text[line.start:line.end]
        if idx >= HEADER_LINES or _words(seg) > HEADER_LINE_MAX_WORDS:
            out.extend(lines[idx:])
            break
        if title_key is None and header.title is None and idx <= 2 and not out \
                and _words(seg) >= 3 and is_headline(seg, rules, whole_line=page and idx == 0) \
                and find_dateline(text, line.start, _dash_end(text, line.end), rules,
                                  profile) is None:
            # A page's first line is its headline, whatever its case (antaranews writes
            # headlines in sentence case); elsewhere only a title-cased line counts.
            header.title = normalize_title(seg)
            title_key = comparable(seg)
            continue
        if title_key and comparable(seg) == title_key:
            continue
        names = byline_names(seg, rules, profile)
        if names is not None:
            header.authors = header.authors or names
            continue
        date_line = _words(seg) <= DATE_LINE_MAX_WORDS and seg[:1].isalnum() \
            and not seg.endswith(".")
        value = parse_published(seg, resources, slash_order=order) if date_line else None
        found = find_dateline(text, line.start, line.end + 200, rules, profile)
        # "Kompas.com - 04/02/2025, 09:15 WIB" opens like a placeless dateline
        # ("KOMPAS.com - ...") but is the date line: a placeless prefix followed by
        # nothing but a date is a date line.
        if found is not None and (found[1] is not None or value is None):
            out.extend(lines[idx:])  # the body starts here, with its dateline
            break
        if value is not None:
            header.published = header.published or value
            continue
        if line.alt:
            continue  # a photo's alt text, printed above its caption
        out.append(line)
    return out


def _dash_end(text: str, end: int) -> int:
    """``end`` moved past a dash that opens the next line: a scraper may break a dateline
    before its dash (``JAKARTA , JUARA.net`` / ``- Ketua ...``), and a line that is a dateline
    with it is no headline."""
    m = _NEXT_DASH.match(text, end)
    return m.end() if m else end


_NEXT_DASH = re.compile(r"\s*[-–—]+(?:[ \t\u00a0]+[-–—]+)?\s*")


def _from(lines: list[Line], idx: int, end: int, text: str) -> list[Line]:
    """The lines from ``idx`` on, with everything before offset ``end`` removed."""
    rest = [ln for ln in lines[idx:] if ln.end > end]
    if rest and rest[0].start < end:
        s, e = strip_piece(text, end, rest[0].end)
        rest[0] = Line(s, e, True)
        if e <= s:
            rest.pop(0)
    if rest:
        rest[0].brk = True
    return rest


def _strip_dateline(lines: list[Line], text: str, rules: CleanRules, profile: OutletProfile | None,
                    header: Header) -> list[Line]:
    """Remove the dateline prefix (and any header lines above it) from the top. A bare dash
    opening the first line is a dateline whose place the scraper dropped: removed, no place."""
    if lines:
        dash = rules.leading_dash.match(text, lines[0].start, lines[0].end)
        if dash is not None:
            return _from(lines, 0, dash.end(), text)
    for idx in range(min(len(lines), HEADER_LINES)):
        line = lines[idx]
        limit = lines[min(idx + 2, len(lines) - 1)].end
        found = find_dateline(text, line.start, limit, rules, profile)
        if found is not None:
            end, place = found
            header.dateline = place
            return _from(lines, idx, end, text)
        if _words(text[line.start:line.end]) > HEADER_LINE_MAX_WORDS:
            break
    return lines


def _strip_tail(lines: list[Line], text: str, rules: CleanRules) -> list[Line]:
    while lines:
        last = strip_signoff(lines[-1], text, rules)
        if last is None:
            lines.pop()
            continue
        lines[-1] = last
        break
    return lines


def _published(hints: Hints, header: Header, resources: Resources, profile: OutletProfile | None
               ) -> Published | None:
    order = profile.slash_date_order if profile else "dmy"
    value = (
        parse_published(hints.published, resources, slash_order=order)
        or header.published
        or published_from_url(hints.url, resources)
    )
    if value is not None and profile is not None and profile.published_precision == "minute":
        value = truncate_to_minute(value)
    return value


def clean_raw(raw: RawDocument, resources: Resources, config: CleanConfig) -> CleanResult:
    """Clean one raw input. Raises ``NotAnArticle`` (E201) when no article body remains."""
    rules = load_rules(resources)
    hints = raw.hints
    warnings: list[str] = []
    if raw.format == "html":
        from warta.clean.html import extract_html

        page = extract_html(raw.content, raw.hints.url, resources)
        hints = merge_hints(page.hints, raw.hints)
        source = page.text
    else:
        source = raw.content
    if not source or not source.strip():
        raise NotAnArticle("the input has no text")

    outlet, profile = find_profile(rules, hints.url, hints.outlet, source)
    title = normalize_title(hints.title)
    header = Header()

    end = text_end(source, rules, profile, min_keep=min(len(source) // 3, 400))
    lines = split_lines(source, flattened_copy_end(source, end), end, rules)
    whole_page = raw.format != "record"
    lines = classify(lines, source, rules, profile, page=whole_page)
    lines = _strip_header(lines, source, rules, profile, title, resources, header, whole_page)
    lines = _strip_dateline(lines, source, rules, profile, header)
    lines = _strip_tail(lines, source, rules)
    paras = paragraphs(lines, source, rules)
    if profile is not None and profile.foreign_headline_words:
        paras = drop_foreign_headlines(paras, source, rules, title or header.title,
                                       profile.foreign_headline_words)
    body, spans, segments = assemble(source, paras)
    if len(body) < config.min_body_chars:
        raise NotAnArticle(
            f"only {len(body)} characters of article text remain after cleaning "
            f"(minimum {config.min_body_chars})"
        )

    authors, hint_agencies = authors_from_hint(hints.authors, rules, profile)
    if not authors:
        authors = header.authors or authors_from_text(source, rules, profile)
    wire: list[str] = []
    for name in (*hint_agencies, *wire_from_url(hints.url, profile), *find_wire(body, rules, outlet)):
        if name not in wire:
            wire.append(name)
    published = _published(hints, header, resources, profile)
    if published is None:
        warnings.append("no publication date found")
    metadata = Metadata(
        outlet=outlet,
        title=title or header.title,
        published=published.value if published else None,
        published_granularity=published.granularity if published else None,
        authors=tuple(authors),
        dateline=header.dateline,
        wire=tuple(wire),
        url=hints.url,
        section=hints.section,
    )
    return CleanResult(
        source_text=source,
        body=body,
        paragraphs=spans,
        body_map=segments,
        metadata=metadata,
        content_hash=content_hash(body),
        warnings=tuple(warnings),
    )
