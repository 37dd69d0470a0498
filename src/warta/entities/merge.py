"""Mentions → one group per real-world referent of the article.

Candidates from the scan (dictionary names, institutions, titled people, shapes) and the
NER mentions of the language layer first settle their overlaps: a dictionary reading wins
over an NER span of the same words or a shorter one (``Presiden Joko Widodo`` → the person
``Joko Widodo``); an NER organisation or place that contains a dictionary name is kept whole
(``Universitas Indonesia`` is not the country).

Then the mentions are grouped: the same dictionary actor (``AS``/``Amerika Serikat``,
``Kiev``/``Kyiv``, ``Zelenskiy``/``Zelensky``), a surname or first name of exactly one person
of the article (``Maduro``), an acronym of exactly one longer name (``KPK``), or the same
folded spelling. Case matters for short capitals: ``AS`` is grouped with the United States
only because the dictionary key is case-sensitive and the scan matched it as written.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from warta.actors import ActorMatch, lookup
from warta.actors.aliases import is_acronym_of
from warta.actors.dates import as_date
from warta.actors.index import actor_index
from warta.actors.names import fold
from warta.entities.recognize import Candidate
from warta.resources import Resources

GROUND_SOURCES = ("gazetteer", "institution", "title")


@dataclass
class Group:
    """The mentions of one referent; ``match`` is the dictionary actor when there is one."""

    mentions: list[Candidate] = field(default_factory=list)
    match: ActorMatch | None = None
    labels: Counter[str] = field(default_factory=Counter)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def type(self) -> str | None:
        if self.match is not None and self.match.rule != "person-partial":
            return self.match.type
        if self.labels:
            # the first label with the highest count, as ``most_common(1)`` gives it, without
            # its heap: a group's type is asked for every group at every pending mention
            return max(self.labels, key=self.labels.__getitem__)
        return self.match.type if self.match is not None else None

    def texts(self) -> list[str]:
        return [m.text for m in self.mentions]


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def combine(scanned: list[Candidate], ner: list[Candidate],
            title_heads: frozenset[str]) -> list[Candidate]:
    """Scan candidates and (cleaned) NER candidates without overlaps, in text order."""
    kept = list(scanned)
    for ner_cand in ner:
        hit = [c for c in kept if _overlaps(c, ner_cand)]
        if not hit:
            kept.append(ner_cand)
            continue
        contains = all(ner_cand.start <= c.start and c.end <= ner_cand.end for c in hit)
        longer = ner_cand.end - ner_cand.start > max(c.end - c.start for c in hit)
        titled = bool(set(fold(ner_cand.text).split()) & title_heads)
        wider = (contains and longer and ner_cand.label in ("ORG", "LOC") and not titled
                 and all(c.source != "title" for c in hit))
        # "Raja Ampat": a place the NER reads whole, title word included, is no person
        wider = wider or (contains and longer and ner_cand.label == "LOC"
                          and all(c.source == "title" and c.after_title is not None
                                  and fold(ner_cand.text).startswith(fold(c.after_title))
                                  for c in hit))
        if wider or all(c.source == "shape" for c in hit):
            kept = [c for c in kept if c not in hit] + [ner_cand]
        elif len(hit) == 1 and hit[0].source == "title" and hit[0].start == ner_cand.start \
                and hit[0].end == ner_cand.end:
            kept = [c for c in kept if c is not hit[0]] + [
                dataclasses.replace(hit[0], confirmed=True)]
        elif ner_cand.label == "PER" and all(
                c.source == "institution" and c.start <= ner_cand.start < c.end < ner_cand.end
                for c in hit):
            # "Kejati Sumsel| Fulanah Sari": the NER read the institution's place into the
            # person's name; the words after the institution are the person
            cut = max(c.end for c in hit)
            rest = ner_cand.text[cut - ner_cand.start:]
            start = cut + len(rest) - len(rest.lstrip())
            if rest.strip()[:1].isupper():
                kept.append(dataclasses.replace(ner_cand, start=start, text=rest.strip()))
        elif ner_cand.same_as and len(hit) == 1 and hit[0].text == ner_cand.text:
            # "(KPI)" after a name stands for that name, whatever else KPI may be
            kept = [c for c in kept if c is not hit[0]] + [
                dataclasses.replace(hit[0], same_as=ner_cand.same_as)]
    return sorted(kept, key=lambda c: (c.start, -c.end))


_ALIAS = re.compile(r"\s*,?\s+(?:alias|alias:|a\.k\.a\.?|atau yang dikenal sebagai)\s+",
                    re.IGNORECASE)


def link_aliases(body: str, cands: list[Candidate]) -> list[Candidate]:
    """``Fulan alias Abu Fulan``: the name after ``alias`` is the same entity as the one
    before it (marked ``same_as``, joined in ``group_mentions``)."""
    out = list(cands)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.label in (None, "PER") and cur.label in (None, "PER") \
                and _ALIAS.fullmatch(body[prev.end:cur.start]):
            out[k] = dataclasses.replace(cur, same_as=prev.text, label="PER")
    return out


def _is_acronym(text: str) -> bool:
    compact = text.replace(".", "").replace("-", "")
    return 2 <= len(compact) <= 6 and compact.isupper()


def group_mentions(cands: list[Candidate], on: str | None, resources: Resources,
                   loc_heads: frozenset[str] = frozenset(),
                   short_names: Mapping[str, str] | None = None,
                   legal_forms: frozenset[str] = frozenset(),
                   family_name_first: frozenset[str] | None = None,
                   unlinked: frozenset[str] = frozenset()) -> list[Group]:
    """Group candidates by referent (see the module docstring), in order of first mention.
    ``short_names`` maps folded short forms to long names (``Jatim`` → ``Jawa Timur``).
    ``family_name_first``: when given, a foreign person's given name alone is no match
    (see ``given_name_alone``). ``unlinked``: texts not looked up in the dictionary (an
    acronym the article defines as something else: ``entities.acronyms``)."""
    memo: dict[str, _Form] = {}
    short = short_names or {}

    def form_once(text: str) -> _Form:
        form = memo.get(text)
        if form is None:
            key = fold(text)
            key = fold(short[key]) if key in short else key
            words = tuple(key.split())
            form = memo[text] = _Form(key, words, tuple(_no_form(words, legal_forms)))
        return form

    if not cands:
        return []  # and the article's date is not read
    # An article names its actors again and again: each distinct text is looked up once,
    # at the article's date parsed once (``lookup`` would parse it at every call).
    day = as_date(on)
    plain: dict[str, ActorMatch | None] = {}
    preferred: dict[str, ActorMatch | None] = {}

    def look(text: str, codes: frozenset[str] = frozenset()) -> ActorMatch | None:
        seen = preferred if codes else plain
        if text not in seen:
            seen[text] = lookup(text, day, resources, codes)
        return seen[text]

    matches = [None if c.text in unlinked else look(c.text) for c in cands]
    if family_name_first is not None:
        matches = [None if m is not None and given_name_alone(c.text, m, resources,
                                                              family_name_first) else m
                   for c, m in zip(cands, matches, strict=True)]
    prefer = frozenset(m.code for m in matches
                       if m is not None and m.rule == "country" and m.code)
    by_actor: dict[tuple[str, str], Group] = {}
    groups: list[Group] = []
    pending: list[tuple[Candidate, ActorMatch | None]] = []
    for c, m in zip(cands, matches, strict=True):
        if m is not None and m.rule != "person-partial" and (
                c.source != "ner" or c.label in (None, m.type)
                or m.rule in ("capital", "country")):
            if prefer:
                m = look(c.text, prefer) or m
            key = (m.name, m.type)
            group = by_actor.get(key)
            if group is None:
                group = by_actor[key] = Group(match=m)
                groups.append(group)
            group.mentions.append(c)
            if c.label:
                group.labels[c.label] += 1
        else:
            pending.append((c, m))
    # full names first, so that surnames find them
    pending.sort(key=lambda cm: (-len(cm[0].text.split()), cm[0].start))
    for c, m in pending:
        target = _attach(c, groups, form_once, loc_heads)
        if target is None:
            target = Group(match=m if m is not None and m.rule == "person-partial" else None)
            groups.append(target)
        target.mentions.append(c)
        if c.label and not (c.source == "title" and target.type == "LOC"):
            target.labels[c.label] += 1  # "warga Gaza" read as a person stays the place
    groups = _join_same_as(groups)
    for g in groups:
        g.mentions.sort(key=lambda c: c.start)
    return sorted(groups, key=lambda g: g.first)


def given_name_alone(text: str, m: ActorMatch, resources: Resources,
                     family_name_first: frozenset[str]) -> bool:
    """Whether ``text`` matched a foreign person only by the given name that opens the
    name (``Andrew`` → Andrew Holness, ``Patrick``, ``Hari``, ``Pak``). Indonesian news
    calls foreign leaders by their family name, so a given name alone is nearly always
    someone else: a footballer, a company's CEO, a word. Indonesians go by their first
    name (``Prabowo``), and in the countries of ``family_name_first`` the first part is the
    family name (``Kim``, ``Xi``, ``Hun``): those keep the match."""
    if m.rule != "person-partial":
        return False
    key = fold(text)
    if not fold(m.name).startswith(key + " "):
        return False
    index = actor_index(resources)
    codes = {r.code for n in index.folded.get(fold(m.name), [])
             for r in index.entries[n].roles if index.entries[n].is_person}
    return bool(codes) and "IDN" not in codes and not codes & family_name_first


def _join_same_as(groups: list[Group]) -> list[Group]:
    """``Badan Pusat Statistik (BPS)``: the group of ``BPS`` joins that of the name before
    it, unless both are different dictionary actors."""
    owner: dict[str, Group] = {}
    for g in groups:
        for m in g.mentions:
            owner.setdefault(m.text, g)
    gone: set[int] = set()
    for g in groups:
        links = [m.same_as for m in g.mentions if m.same_as]
        for name in links:
            host = owner.get(name)
            if host is None or host is g or id(host) in gone or id(g) in gone:
                continue
            if g.match is not None and host.match is not None and g.match.name != host.match.name:
                continue
            host.mentions.extend(g.mentions)
            host.labels.update(g.labels)
            if host.match is None and g.match is not None \
                    and any(is_acronym_of(a, n) for a in g.texts() for n in host.texts()):
                host.match = g.match
            gone.add(id(g))
            for m in g.mentions:
                owner[m.text] = host
    return [g for g in groups if id(g) not in gone]


def _no_form(words: Sequence[str], forms: frozenset[str]) -> list[str]:
    """Folded words of an organisation's name without its legal form (``PT``)."""
    return [w for w in words if w not in forms]


class _Form(NamedTuple):
    """A name as ``_attach`` compares it: folded (short forms expanded), its words, and its
    words without a legal form. Made once per distinct text of an article: ``_attach``
    compares each pending mention with every name of every group."""

    key: str
    words: tuple[str, ...]
    bare: tuple[str, ...]


def _attach(c: Candidate, groups: list[Group], form: Callable[[str], _Form],
            loc_heads: frozenset[str] = frozenset()) -> Group | None:
    """The existing group ``c`` names by a shorter form. When a short form fits several
    people (two brothers, one first name), the one named last before it: a writer does not
    use a first name that the nearest mention leaves open."""
    text = c.text
    ftext, words, short = form(text)
    acronym = _is_acronym(text)
    found: dict[int, Group] = {}
    persons: list[Group] = []
    for g in groups:
        # In mention order, the matched name last: a set's order changes with the hash
        # seed, and the first name that fits decides, so the same text gave different
        # groups from one process to the next.
        names = dict.fromkeys([*g.texts(), *([g.match.name] if g.match is not None else [])])
        gtype = g.type
        for n in names:
            fn, nwords, full = form(n)
            if fn == ftext and (not acronym or n == text):
                found[id(g)] = g
                break
            if c.label in (None, "PER") and gtype == "PER" and len(words) < len(nwords) \
                    and (nwords[:len(words)] == words or nwords[-len(words):] == words):
                persons.append(g)
                break
            if gtype in ("ORG", "LOC") and acronym and is_acronym_of(text, n):
                found[id(g)] = g
                break
            if gtype == "ORG" and c.label in (None, "ORG") and not acronym \
                    and 0 < len(short) < len(full) and full[:len(short)] == short:
                found[id(g)] = g  # Garuda ↔ PT Garuda Indonesia, Komisi Fatwa ↔ ... MUI
                break
            if gtype == "LOC" and (c.label in (None, "LOC") or c.source == "title") \
                    and len(nwords) > len(words) \
                    and nwords[-len(words):] == words \
                    and " ".join(nwords[:-len(words)]) in loc_heads:
                found[id(g)] = g  # Gaza ↔ Jalur Gaza
                break
    if len(found) == 1:
        return next(iter(found.values()))
    if found or not persons:
        return None
    if len(persons) == 1:
        return persons[0]
    before = [g for g in persons if g.first < c.start]
    if not before:
        return None
    return max(before, key=lambda g: max(m.start for m in g.mentions if m.start < c.start))
