"""Alias-aware name matching, shared by the entity scorer and the quote speaker scorer.

A predicted name matches a gold name when

1. they are equal after normalisation (NFC, case-folded, ``\\w+`` tokens joined by one
   space: ``Amerika  Serikat`` = ``amerika serikat``), or
2. one is a *derived form* of the other: an acronym of a name of two or more words (the
   initials of all its words, or of its words other than function words: ``AS`` ↔
   ``Amerika Serikat``, ``PBB`` ↔ ``Perserikatan Bangsa-Bangsa``), or, for persons, a
   proper prefix or suffix of its words (``Maduro`` ↔ ``Nicolas Maduro``, ``Prabowo`` ↔
   ``Prabowo Subianto``), or
3. both belong to the same alias group of ``warta/data/eval/aliases.yaml`` (names that
   cannot be derived: ``Tiongkok`` ↔ ``China``, ``Kyiv`` ↔ ``Kiev``).

Rules 2 and 3 only count when they are unambiguous *within the article's gold*: the derived
form or alias group must point at exactly one of the gold names listed for that article (if
the gold lists two people surnamed ``Widodo``, a bare ``Widodo`` matches neither).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from warta.eval.text import tokens

EXACT = 2
ALIAS = 1
NONE = 0

_FUNCTION_WORDS = frozenset({"dan", "untuk", "dari", "di", "ke", "the", "of", "and", "for", "yang"})


def norm_name(name: str | None) -> str:
    return " ".join(tokens(name))


def acronyms(name: str) -> set[str]:
    """Lower-cased acronyms of a name of two or more words."""
    words = tokens(name)
    if len(words) < 2:
        return set()
    out = {"".join(w[0] for w in words)}
    content = [w for w in words if w not in _FUNCTION_WORDS]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    return out


def person_parts(name: str) -> set[str]:
    """Proper prefixes and suffixes of a person's name, as normalised names."""
    words = tokens(name)
    out: set[str] = set()
    for k in range(1, len(words)):
        out.add(" ".join(words[:k]))
        out.add(" ".join(words[k:]))
    return out


def derived_forms(name: str, is_person: bool) -> set[str]:
    forms = acronyms(name)
    if is_person:
        forms |= person_parts(name)
    forms.discard(norm_name(name))
    return forms


def alias_groups(groups: Iterable[Sequence[str]]) -> dict[str, int]:
    """Normalised name → group number, from the lists of ``eval/aliases.yaml``."""
    out: dict[str, int] = {}
    for number, group in enumerate(groups):
        for name in group:
            out[norm_name(name)] = number
    return out


class NameIndex:
    """The gold names of one article, ready to tell whether a predicted name matches one.

    ``gold`` holds ``(name, type)`` pairs (type ``PER``/``ORG``/``LOC`` or ``None``)."""

    def __init__(self, gold: Sequence[tuple[str, str | None]],
                 groups: Mapping[str, int] | None = None):
        self.names = [norm_name(n) for n, _ in gold]
        self.types = [t for _, t in gold]
        self.groups = groups or {}
        self._derived = [derived_forms(n, t == "PER") for n, t in gold]
        self._owners: dict[str, set[int]] = {}
        for j, (name, forms) in enumerate(zip(self.names, self._derived, strict=True)):
            for key in {name, *forms}:
                self._owners.setdefault(key, set()).add(j)
        self._group_owners: dict[int, set[int]] = {}
        for j, name in enumerate(self.names):
            if name in self.groups:
                self._group_owners.setdefault(self.groups[name], set()).add(j)

    def find(self, name: str | None) -> int | None:
        """Index of the gold name equal to ``name`` after normalisation."""
        key = norm_name(name)
        for j, gold_name in enumerate(self.names):
            if gold_name == key:
                return j
        return None

    def match(self, pred: str | None, j: int, pred_type: str | None = None) -> int:
        """``EXACT``, ``ALIAS`` or ``NONE``: how predicted name ``pred`` matches gold ``j``."""
        p = norm_name(pred)
        if not p:
            return NONE
        g = self.names[j]
        if p == g:
            return EXACT
        # the predicted name is a derived form of gold j, and of no other gold name
        if self._owners.get(p) == {j}:
            return ALIAS
        # gold j is a derived form of the predicted name, and the only gold name that is
        is_person = (pred_type or self.types[j]) == "PER"
        forms = derived_forms(pred or "", is_person)
        if g in forms and [k for k, n in enumerate(self.names) if n in forms] == [j]:
            return ALIAS
        group = self.groups.get(p)
        if group is not None and self._group_owners.get(group) == {j}:
            return ALIAS
        return NONE
