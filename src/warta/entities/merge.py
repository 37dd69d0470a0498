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

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from warta.actors import ActorMatch, lookup
from warta.actors.aliases import is_acronym_of
from warta.actors.names import fold
from warta.doc import Mention
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
            return self.labels.most_common(1)[0][0]
        return self.match.type if self.match is not None else None

    def texts(self) -> list[str]:
        return [m.text for m in self.mentions]


def _overlaps(a: Candidate, b: Mention | Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def combine(scanned: list[Candidate], ner: tuple[Mention, ...],
            title_heads: frozenset[str]) -> list[Candidate]:
    """Scan candidates and NER mentions without overlaps, in text order."""
    kept = list(scanned)
    for m in ner:
        if m.label not in ("PER", "ORG", "LOC") or not m.text.strip():
            continue
        hit = [c for c in kept if _overlaps(c, m)]
        ner_cand = Candidate(m.start, m.end, m.text, "ner", m.label)
        if not hit:
            kept.append(ner_cand)
            continue
        contains = all(m.start <= c.start and c.end <= m.end for c in hit)
        longer = m.end - m.start > max(c.end - c.start for c in hit)
        titled = bool(set(fold(m.text).split()) & title_heads)
        wider = (contains and longer and m.label in ("ORG", "LOC") and not titled
                 and all(c.source != "title" for c in hit))
        if wider or all(c.source == "shape" for c in hit):
            kept = [c for c in kept if c not in hit] + [ner_cand]
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _is_acronym(text: str) -> bool:
    compact = text.replace(".", "").replace("-", "")
    return 2 <= len(compact) <= 6 and compact.isupper()


def group_mentions(cands: list[Candidate], on: str | None, resources: Resources
                   ) -> list[Group]:
    """Group candidates by referent (see the module docstring), in order of first mention."""
    memo: dict[str, str] = {}

    def fold_once(text: str) -> str:
        if text not in memo:
            memo[text] = fold(text)
        return memo[text]

    matches = [lookup(c.text, on, resources) for c in cands]
    prefer = {m.code for m in matches if m is not None and m.rule == "country" and m.code}
    by_actor: dict[tuple[str, str], Group] = {}
    groups: list[Group] = []
    pending: list[tuple[Candidate, ActorMatch | None]] = []
    for c, m in zip(cands, matches, strict=True):
        if m is not None and m.rule != "person-partial" and (
                c.source != "ner" or c.label in (None, m.type)
                or m.rule in ("capital", "country")):
            if prefer:
                m = lookup(c.text, on, resources, prefer) or m
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
        target = _attach(c, groups, fold_once)
        if target is None:
            target = Group(match=m if m is not None and m.rule == "person-partial" else None)
            groups.append(target)
        target.mentions.append(c)
        if c.label:
            target.labels[c.label] += 1
    for g in groups:
        g.mentions.sort(key=lambda c: c.start)
    return sorted(groups, key=lambda g: g.first)


def _attach(c: Candidate, groups: list[Group], key: Callable[[str], str]) -> Group | None:
    """The one existing group ``c`` names by a shorter form, if exactly one."""
    text = c.text
    ftext = key(text)
    words = ftext.split()
    acronym = _is_acronym(text)
    found: dict[int, Group] = {}
    for g in groups:
        names = set(g.texts()) | ({g.match.name} if g.match is not None else set())
        gtype = g.type
        for n in names:
            fn = key(n)
            if fn == ftext and (not acronym or n == text):
                found[id(g)] = g
                break
            nwords = fn.split()
            if c.label in (None, "PER") and gtype == "PER" and len(words) < len(nwords) \
                    and (nwords[:len(words)] == words or nwords[-len(words):] == words):
                found[id(g)] = g
                break
            if gtype in ("ORG", "LOC") and acronym and is_acronym_of(text, n):
                found[id(g)] = g
                break
    return next(iter(found.values())) if len(found) == 1 else None
