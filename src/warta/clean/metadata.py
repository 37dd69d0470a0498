"""Article metadata from the input's hints and the page text: outlet, authors, dateline
place, wire agencies.

Each extractor reads rules from ``CleanRules`` (data files) and returns plain values;
``clean.article`` decides which source wins. Names are kept as printed (``Adrial akbar``):
the guide wants reporter names as published, and fixing case would be rewriting.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from warta.clean.rules import CleanRules, OutletProfile

_SECOND_LEVEL = {"co", "or", "go", "ac", "web", "my", "sch", "net", "com", "org", "mil", "biz"}
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\n|&|\s+dan\s+|\s+and\s+)\s*")
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_HAS_LETTER = re.compile(r"[A-Za-z]")
_FOOTER_CHARS = 1500


def registrable_domain(url_or_host: str | None) -> str | None:
    """``https://news.detik.com/x`` → ``detik.com``; ``rejogja.republika.co.id`` →
    ``republika.co.id``. Lower-case, no ``www.``."""
    if not url_or_host:
        return None
    value = url_or_host.strip().lower()
    host = urlsplit(value).hostname if "://" in value else value.split("/")[0]
    if not host or "." not in host:
        return None
    labels = [p for p in host.split(".") if p]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def find_profile(rules: CleanRules, url: str | None, outlet_hint: str | None, text: str
                 ) -> tuple[str | None, OutletProfile | None]:
    """The outlet domain and its profile, from the URL, then the source field, then text
    signatures (``detikNews``, ``KOMPAS.com``) near the start or end of the text."""
    for candidate in (url, outlet_hint):
        domain = registrable_domain(candidate) if candidate and "." in candidate else None
        if domain:
            for p in rules.profiles:
                if any(domain == d or domain.endswith("." + d) for d in p.domains):
                    return domain, p
            return domain, None
    if outlet_hint:
        name = outlet_hint.strip().lower()
        for p in rules.profiles:
            if name in p.names:
                return p.outlet, p
    window = text[:1500] + "\n" + text[-1500:]
    for p in rules.profiles:
        if any(sig.search(window) for sig in p.signatures):
            return p.outlet, p
    return None, None


def canonical_agency(name: str, rules: CleanRules) -> str | None:
    """The agency a byline or a cited name refers to, or None if it is not one."""
    name = name.strip()
    if name in rules.agencies:
        return rules.agencies[name]
    bare = _PARENS.sub(" ", name).strip()
    return rules.agencies.get(bare)


def split_names(value: str, rules: CleanRules) -> list[str]:
    """The names in an author field or byline, labels and role prefixes removed
    (``Oleh Dimas``, ``Kontributor Demak, Aditya Prasetyo`` → the reporter only)."""
    out = []
    for part in _AUTHOR_SPLIT.split(value.strip()):
        part = part.strip(" \t-–—:|")
        m = rules.author_role_prefix.match(part)
        if m:
            part = part[m.end():]
        part = rules.author_role_suffix.sub("", part)
        part = " ".join(part.split())
        if not part or not _HAS_LETTER.search(part) or rules.author_role_word.fullmatch(part):
            continue
        if rules.author_role_place.fullmatch(part):
            continue
        out.append(part)
    return out


def authors_from_hint(value: str | None, rules: CleanRules, profile: OutletProfile | None
                      ) -> tuple[list[str], list[str]]:
    """(reporters, agencies) in a scraper's author field. An agency byline (``Antara
    -detikTravel``) is a wire, not an author; kompas-style ``Writer, Editor`` keeps the
    writer only."""
    if not value or not value.strip():
        return [], []
    if profile and profile.author_suffix:
        value = profile.author_suffix.sub("", value)
    names = split_names(value, rules)
    if profile and profile.authors_first_only:
        names = names[:1]
    authors: list[str] = []
    agencies: list[str] = []
    for name in names:
        agency = canonical_agency(name, rules)
        if agency:
            agencies.append(agency)
        elif len(name.split()) <= 6:
            authors.append(name)
    return authors, agencies


def authors_from_text(text: str, rules: CleanRules, profile: OutletProfile | None) -> list[str]:
    """Reporter names printed in the text: adapter lines (detik's DW copy), sign-offs
    (``(Tribunnews.com/Name)``), footer bylines (``Pewarta: Name``)."""
    if profile is None:
        return []
    tail = text[-_FOOTER_CHARS:]  # these lines close the article; the header is handled apart
    for pattern in (*profile.adapter_lines, *profile.footer_bylines):
        m = pattern.search(tail)
        if m:
            return split_names(m["names"], rules)
    if profile.signoff_author:
        m = profile.signoff_author.search(tail)
        if m:
            return split_names(m["names"], rules)
    return []


def byline_names(line: str, rules: CleanRules, profile: OutletProfile | None
                 ) -> list[str] | None:
    """Names if ``line`` is a header byline of the outlet (``Name - detikNews``)."""
    if profile is None:
        return None
    for pattern in profile.byline_lines:
        m = pattern.fullmatch(line)
        if m:
            return split_names(m["names"], rules)
    return None


def dateline_place(place: str | None, rules: CleanRules) -> str | None:
    """Title-case a place printed in capitals (``JAKARTA`` → ``Jakarta``); keep mixed
    case as printed (``Washington, DC``)."""
    if not place:
        return None
    place = " ".join(place.split()).strip(" ,")
    if not place or len(place.split()) > rules.max_place_words:
        return None
    letters = [c for c in place if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        place = " ".join(w.capitalize() if len(w) > 2 else w for w in place.split(" "))
    return place


def find_dateline(text: str, start: int, limit: int, rules: CleanRules, profile: OutletProfile | None
                  ) -> tuple[int, str | None] | None:
    """A dateline at ``start``: returns (end offset of the prefix, place or None)."""
    patterns = (profile.datelines if profile else ()) + rules.datelines
    for pat in patterns:
        m = pat.match(text, start, min(len(text), start + 160))
        if not m or m.end() > limit or m.end() == m.start():
            continue
        place = m.groupdict().get("place")
        if place is not None:
            place = dateline_place(place, rules)
            if place is None:
                continue
        return m.end(), place
    return None


def _name_at(text: str, pos: int, rules: CleanRules, allow_media: bool) -> tuple[str, int] | None:
    m = rules.agency_pattern.match(text, pos)
    if m:
        return rules.agencies[m.group()], m.end()
    if allow_media:
        m = rules.media_name.match(text, pos)
        if m and len(m.group().split()) <= 5:
            return m.group(), m.end()
    return None


_LOWER = re.compile(r"[a-z]+")
_WORD_REST = re.compile(r"[\w.-]*")
_GAP = re.compile(r"[\s,]*")


def find_wire(text: str, rules: CleanRules, outlet: str | None) -> list[str]:
    """Agencies the text says it relies on: names right after a citation cue
    (``dilansir AFP``, ``seperti dikutipAl Jazeera``, ``mengutip laman Times of Israel``),
    several when joined by ``dan``/``,``. The outlet itself never counts."""
    own = (outlet or "").split(".")[0].lower()
    # Cue patterns are lower-case; scanning a lower-cased copy is much faster than
    # re.IGNORECASE. Offsets agree unless lower-casing changed the length (rare Unicode).
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    hits: list[tuple[int, str]] = []

    def add(name: str, at: int) -> None:
        if not (own and name.lower().startswith(own)):
            hits.append((at, name))

    for cue, max_filler, allow_media in (
        (rules.wire_cue, rules.max_filler_words, True),
        (rules.wire_weak_cue, rules.max_filler_words, False),
        (rules.wire_tight_cue, 0, False),
    ):
        for m in cue.finditer(lowered):
            if m.start() and text[m.start() - 1].isalpha():
                continue  # inside a word ("melaporkan" is not "laporan")
            pos = m.end()
            hit = None
            for _ in range(max_filler + 1):
                gap = _GAP.match(text, pos)
                pos = gap.end() if gap else pos
                hit = _name_at(text, pos, rules, allow_media)
                if hit:
                    break
                filler = _LOWER.match(text, pos)
                if not filler:
                    break
                hit = _name_at(text, filler.end(), rules, allow_media)  # glued: "lamanAP"
                if hit:
                    break
                rest = _WORD_REST.match(text, filler.end())
                pos = rest.end() if rest else filler.end()
            while hit:
                name, pos = hit
                add(name, pos)
                conn = rules.list_connector.match(text, pos)
                hit = _name_at(text, conn.end(), rules, allow_media) if conn else None
    found: list[str] = []
    for _, name in sorted(hits):
        if name not in found:
            found.append(name)
    return found


def wire_from_url(url: str | None, profile: OutletProfile | None) -> list[str]:
    """Agency copy marked by the URL section (detik's ``/dw/``)."""
    if not url or profile is None or not profile.wire_url_sections:
        return []
    path = urlsplit(url).path.strip("/").split("/")
    return [agency for section, agency in profile.wire_url_sections.items() if section in path]
