"""Name → actor, at the article's date.

``lookup`` tries, in order: the name as written among case-sensitive keys (``AS``, ``MK``),
the folded name (spelling variants), an institution head with a country or organisation
(``Kementerian Pertahanan Rusia``, ``Polda Aceh``, ``DPW PKB Jawa Timur``), and finally the
surname or first name of exactly one known person (``Maduro``). A person's code is the one
of the role valid on the date: state offices before party posts (a minister who chairs a
party acts as a minister); no valid role gives a match with code ``null`` (``Jokowi`` in
2025). Where a key names several actors (``Partai Demokrat`` in Indonesia and the United
States), ``prefer`` (codes already seen in the article) decides, then the data order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from warta.actors.dates import as_date
from warta.actors.heads import NO_ACTOR, Found, HeadTable, apply_head, compile_heads, scan_actor
from warta.actors.index import ActorIndex, Entry, actor_index
from warta.actors.match import ActorMatch, Role
from warta.actors.names import accepts, fold, is_capitalised, tokens
from warta.resources import Resources

DateLike = dt.date | dt.datetime | str | None

# sectors of state offices win over party posts held at the same time
_PARTY_SECTORS = frozenset({"PTY"})


def institution_heads(resources: Resources) -> HeadTable:
    return resources.derived("actors.institutions", lambda r: compile_heads(
        r.get("actors/institutions.tsv"), "actors/institutions.tsv"))


def role_on(roles: tuple[Role, ...], on: dt.date | None) -> Role | None:
    """The role valid on ``on`` (the current role when ``on`` is ``None``)."""
    if on is None:
        valid = [r for r in roles if r.end is None]
    else:
        valid = [r for r in roles if r.valid_on(on)]
    if not valid:
        return None
    return max(valid, key=lambda r: (r.sector not in _PARTY_SECTORS, r.start or dt.date.min))


def _to_match(entry: Entry, on: dt.date | None, rule_override: str | None = None) -> ActorMatch:
    if not entry.is_person:
        return ActorMatch(name=entry.name, type=entry.type, code=entry.code, sector=entry.sector,
                          rule=entry.rule, wikidata=entry.wikidata)
    role = role_on(entry.roles, on)
    rule = rule_override or ("person" if role else "person-no-role")
    return ActorMatch(name=entry.name, type="PER", code=role.code if role else None,
                      sector=role.sector if role else None, rule=rule,  # type: ignore[arg-type]
                      wikidata=entry.wikidata, title=role.title if role else None)


def _choose(index: ActorIndex, numbers: list[int], on: dt.date | None,
            prefer: Collection[str]) -> Entry:
    entries = [index.entries[n] for n in numbers]
    if len(entries) == 1:
        return entries[0]

    def code(e: Entry) -> str | None:
        if e.is_person:
            role = role_on(e.roles, on)
            return role.code if role else None
        return e.code

    def rank(e: Entry) -> tuple[bool, bool]:
        return (code(e) in prefer, code(e) is not None)

    return max(entries, key=rank)  # max keeps the first of equals: data order


def _dictionary(index: ActorIndex, name: str) -> list[int]:
    found = list(index.exact.get(name, []))
    if accepts(name):
        found += [n for n in index.folded.get(fold(name), []) if n not in found]
    return found


def _state_or_org(index: ActorIndex, resources: Resources, span: str
                  ) -> tuple[str | None, str | None, bool] | None:
    """What a span after a head names, if it is a country or an organisation. A foreign
    city or state (``places.yaml`` ``cities``) names its country, as a bare state would:
    ``Wali Kota Los Angeles`` is a US office, not the IDN fallback of ``Wali Kota``."""
    for n in _dictionary(index, span):
        entry = index.entries[n]
        if not entry.is_person and entry.code is not None:
            return entry.code, entry.sector, entry.rule == "country"
        if entry.rule == "place" and fold(entry.name) in index.place_country:
            return index.place_country[fold(entry.name)], None, True
    match = _institution(index, resources, span)
    if match is not None and match.code is not None:
        return match.code, match.sector, False
    return None


def actor_after(rest: list[str], index: ActorIndex, resources: Resources) -> Found:
    """The actor named after a title or institution head. A region word that ends a longer
    place name is not that region: ``Gubernur Jawa Barat``, ``Dinas Pendidikan Provinsi
    Jawa Barat``, ``Gubernur Papua Barat Daya`` name Indonesian provinces, not the West
    (``Barat`` → WST)."""
    found, i, j = scan_actor(rest, lambda s: _state_or_org(index, resources, s))
    while found is not None and i > 0 and j == i + 1 and rest[i - 1][:1].isupper() \
            and any(index.entries[n].rule == "region" for n in _dictionary(index, rest[i])):
        rest = rest[j:]
        found, i, j = scan_actor(rest, lambda s: _state_or_org(index, resources, s))
    return found


def _institution(index: ActorIndex, resources: Resources, name: str) -> ActorMatch | None:
    words = [w for w in tokens(name) if w not in {",", "(", ")"}]
    if len(words) < 2:
        return None
    heads = institution_heads(resources)
    folded = [fold(w) for w in words]
    head = heads.match_at(folded, 0, words)
    if head is None:
        return None
    if head.code == NO_ACTOR:
        # a national sports team (``Tim Nasional Jepang``) is named for a state but is none
        # of its organs: an organisation with no code
        return ActorMatch(name=name, type="ORG", code=None, sector=None, rule="institution",
                          title=" ".join(words[:len(head.words)]))
    found = actor_after(words[len(head.words):], index, resources)
    code, sector = apply_head(head, found)
    if code is None:
        return None
    return ActorMatch(name=name, type="ORG", code=code, sector=sector, rule="institution",
                      title=" ".join(words[:len(head.words)]))


def lookup(name: str, on: DateLike = None, resources: Resources | None = None,
           prefer: Collection[str] = ()) -> ActorMatch | None:
    """The actor ``name`` refers to on date ``on`` (article date), or ``None``."""
    if resources is None:
        raise TypeError("lookup needs a Resources bundle")
    name = " ".join(name.split())
    if not name:
        return None
    day = as_date(on)
    index = actor_index(resources)
    found = _dictionary(index, name)
    if found:
        return _to_match(_choose(index, found, day, prefer), day)
    match = _institution(index, resources, name)
    if match is not None:
        return match
    if is_capitalised(name) and accepts(name):
        parts = index.parts.get(fold(name), [])
        if parts:
            people = [index.entries[n] for n in parts]
            if len(people) > 1:
                # several people share the name: only one holding a role on the date counts
                active = [n for n in parts if role_on(index.entries[n].roles, day) is not None]
                if len(active) != 1:
                    return None
                parts = active
            return _to_match(index.entries[parts[0]], day, "person-partial")
    return None
