"""The actor dictionary compiled once per ``Resources`` bundle.

Reads ``actors/countries.tsv``, ``actors/places.yaml``, ``actors/organizations/*.yaml`` and
``actors/people/*.yaml`` (formats in ``src/warta/data/README.md``) into dictionaries keyed by
name: one for keys that match only as written (acronyms) and one for folded keys
(``names.fold``), plus an index of people's name parts (``Maduro`` → Nicolas Maduro) used
when a mention gives only a surname. People listed in several files (a hand-kept file and
one built from Wikidata) are merged by Wikidata id, or by canonical name when neither has
one: aliases and roles are united.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from warta.actors.dates import parse_bound
from warta.actors.match import EntityType, Role, Rule
from warta.actors.names import fold, is_case_sensitive
from warta.errors import ResourceError
from warta.resources import Resources

INDEX_KEY = "actors.index"
TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Entry:
    """One real-world actor of the dictionary."""

    name: str
    type: EntityType
    code: str | None
    sector: str | None
    rule: Rule
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def is_person(self) -> bool:
        return self.type == "PER"


@dataclass
class ActorIndex:
    entries: list[Entry] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=dict)
    folded: dict[str, list[int]] = field(default_factory=dict)
    parts: dict[str, list[int]] = field(default_factory=dict)
    # folded country names and aliases (for scanning the words after a title) and the
    # longest such name in words
    country_keys: set[str] = field(default_factory=set)
    iso3: dict[str, int] = field(default_factory=dict)
    # folded names of foreign cities and states (``places.yaml`` ``cities``) → their ISO3
    place_country: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry, names: Iterable[str]) -> int:
        number = len(self.entries)
        self.entries.append(entry)
        for name in {entry.name, *names}:
            name = name.strip()
            if not name:
                continue
            if is_case_sensitive(name):
                _put(self.exact, name, number)
            else:
                _put(self.folded, fold(name), number)
        return number


def _put(table: dict[str, list[int]], key: str, number: int) -> None:
    bucket = table.setdefault(key, [])
    if number not in bucket:
        bucket.append(number)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _type(value: Any, default: EntityType, where: str) -> EntityType:
    value = value or default
    if value not in TYPES:
        raise ResourceError(f"{where}: type must be one of {TYPES}, got {value!r}")
    return value  # type: ignore[no-any-return,unused-ignore]


ROLE_KEYS = frozenset({"code", "sector", "title", "from", "to"})
ORGANIZATION_KEYS = frozenset({"name", "aliases", "type", "code", "sector", "wikidata"})
PERSON_KEYS = frozenset({"name", "aliases", "wikidata", "roles"})


def _check_keys(item: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    """An unquoted comma in a flow-style value ({name: Badan A, B, dan C, ...}) turns the
    rest of the value into keys: fail loudly instead of keeping a cut name."""
    unknown = set(item) - allowed
    if unknown:
        raise ResourceError(f"{where}: unknown keys {sorted(map(str, unknown))}",
                            hint="quote a value that contains a comma")


def _roles(raw: Any, where: str) -> tuple[Role, ...]:
    out = []
    for item in raw or []:
        if not isinstance(item, Mapping) or "title" not in item:
            raise ResourceError(f"{where}: each role needs at least a title")
        _check_keys(item, ROLE_KEYS, f"{where}: role")
        out.append(Role(code=item.get("code"), sector=item.get("sector"), title=str(item["title"]),
                        start=parse_bound(item.get("from"), end=False),
                        end=parse_bound(item.get("to"), end=True)))
    return tuple(out)


def _countries(index: ActorIndex, rows: list[dict[str, str]]) -> None:
    for row in rows:
        names = _split(row.get("aliases"))
        entry = Entry(name=row["name"], type="LOC", code=row["iso3"], sector=None, rule="country",
                      aliases=tuple(names))
        number = index.add(entry, names)
        index.iso3[row["iso3"]] = number
        index.country_keys.update(fold(n) for n in (row["name"], *names) if not is_case_sensitive(n))
        index.country_keys.update(n for n in names if is_case_sensitive(n))


def _places(index: ActorIndex, places: Mapping[str, Any]) -> None:
    for code, names in (places.get("capitals") or {}).items():
        names = _as_list(names)
        index.add(Entry(name=names[0], type="LOC", code=code, sector="GOV", rule="capital",
                        aliases=tuple(names[1:])), names)
    for code, names in (places.get("cities") or {}).items():
        for name in _as_list(names):  # each city its own place: Osaka is no alias of Kyoto
            index.add(Entry(name=name, type="LOC", code=None, sector=None, rule="place"), [])
            index.place_country[fold(name)] = str(code)
    kinds: tuple[tuple[str, Rule], ...] = (("metonyms", "metonym"), ("regions", "region"))
    for kind, rule in kinds:
        for item in places.get(kind) or []:
            aliases = _as_list(item.get("aliases"))
            index.add(Entry(name=item["name"], type=_type(item.get("type"), "ORG", item["name"]),
                            code=item.get("code"), sector=item.get("sector"), rule=rule,
                            wikidata=item.get("wikidata"), aliases=tuple(aliases)), aliases)


def _organizations(index: ActorIndex, files: Mapping[str, Any]) -> None:
    for path, items in sorted(files.items()):
        for item in items or []:
            if not isinstance(item, Mapping) or "name" not in item:
                raise ResourceError(f"{path}: every organisation needs a name")
            _check_keys(item, ORGANIZATION_KEYS, f"{path}: {item['name']}")
            aliases = _as_list(item.get("aliases"))
            index.add(Entry(name=item["name"], type=_type(item.get("type"), "ORG", path),
                            code=item.get("code"), sector=item.get("sector"),
                            rule="organization", wikidata=item.get("wikidata"),
                            aliases=tuple(aliases)), aliases)


def merge_people(files: Mapping[str, Any]) -> list[dict[str, Any]]:
    """People of all files, merged by Wikidata id (else canonical name); first file wins
    the canonical name, aliases and roles are united (a role already listed is kept once)."""
    merged: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for path, items in sorted(files.items()):
        for item in items or []:
            if not isinstance(item, Mapping) or "name" not in item:
                raise ResourceError(f"{path}: every person needs a name")
            _check_keys(item, PERSON_KEYS, f"{path}: {item['name']}")
            key = str(item.get("wikidata") or fold(item["name"]))
            if key not in merged:
                merged[key] = {"name": item["name"], "wikidata": item.get("wikidata"),
                               "aliases": [], "roles": [], "where": path}
                order.append(key)
            person = merged[key]
            for alias in [item["name"], *_as_list(item.get("aliases"))]:
                if alias not in person["aliases"] and alias != person["name"]:
                    person["aliases"].append(alias)
            seen = {(r.get("title"), str(r.get("from"))) for r in person["roles"]}
            for role in item.get("roles") or []:
                if (role.get("title"), str(role.get("from"))) not in seen:
                    person["roles"].append(role)
    return [merged[k] for k in order]


def _people(index: ActorIndex, files: Mapping[str, Any], stops: frozenset[str] = frozenset()) -> None:
    """People by full name and alias, and by their first and last name parts except the
    words of ``actors/name_part_stops.txt`` (``Abadi`` alone is no Iraqi prime minister)."""
    for person in merge_people(files):
        aliases = person["aliases"]
        entry = Entry(name=person["name"], type="PER", code=None, sector=None, rule="person",
                      wikidata=person["wikidata"], aliases=tuple(aliases),
                      roles=_roles(person["roles"], f"{person['where']}: {person['name']}"))
        # a one-word alias that folds to a stop word ("Rutte" folds like "rute", route) is
        # found only as written, never through folding
        as_written = [a for a in aliases if " " not in a.strip() and fold(a) in stops]
        number = index.add(entry, [a for a in aliases if a not in as_written])
        for alias in as_written:
            _put(index.exact, alias.strip(), number)
        for name in (person["name"], *aliases):
            words = fold(name).split()
            for k in range(1, len(words)):
                for part in (" ".join(words[:k]), " ".join(words[k:])):
                    if len(part) >= 3 and part not in stops:
                        _put(index.parts, part, number)


def build_index(resources: Resources) -> ActorIndex:
    index = ActorIndex()
    _countries(index, resources.get("actors/countries.tsv"))
    _places(index, resources.get("actors/places.yaml") or {})
    _organizations(index, resources.glob("actors/organizations/"))
    stops = frozenset(fold(w) for w in resources.get("actors/name_part_stops.txt") or [])
    _people(index, resources.glob("actors/people/"), stops)
    return index


def actor_index(resources: Resources) -> ActorIndex:
    """The compiled dictionary of this bundle (built on first use)."""
    return resources.derived(INDEX_KEY, build_index)
