"""Do two names refer to the same actor? Acronym ↔ expansion, surname ↔ full name, and
names the dictionary files under one actor (``Tiongkok``/``RRT``, ``Kiev``/``Kyiv``).

Used to merge the mentions of one article into entities: ``AS`` and ``Amerika Serikat``,
``PBB`` and ``Perserikatan Bangsa-Bangsa``, ``Maduro`` and ``Nicolas Maduro``."""

from __future__ import annotations

from warta.actors.index import actor_index
from warta.actors.names import fold, is_case_sensitive
from warta.resources import Resources

FUNCTION_WORDS = frozenset({"dan", "untuk", "dari", "di", "ke", "yang", "the", "of", "and", "for"})


def acronyms(name: str) -> set[str]:
    """Folded acronyms of a name of two or more words: initials of all words, and of the
    words other than function words (``Organisasi Kerja Sama Islam`` → ``oksi``, ``okis``
    is not produced; ``Perserikatan Bangsa-Bangsa`` → ``pbb``)."""
    words = fold(name).split()
    if len(words) < 2:
        return set()
    out = {"".join(w[0] for w in words)}
    content = [w for w in words if w not in FUNCTION_WORDS]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    return out


def is_acronym_of(short: str, long: str) -> bool:
    """``AS`` of ``Amerika Serikat``: the short form is written in capitals."""
    compact = short.replace(".", "").replace(" ", "")
    if not compact.isupper() or len(compact) < 2:
        return False
    return compact.casefold() in acronyms(long)


def is_name_part(part: str, full: str) -> bool:
    """``Maduro`` of ``Nicolas Maduro``: a proper prefix or suffix of the words."""
    p, f = fold(part).split(), fold(full).split()
    if not p or len(p) >= len(f):
        return False
    return f[:len(p)] == p or f[-len(p):] == p


def resolve_alias(a: str, b: str, resources: Resources | None = None,
                  persons: bool = False) -> bool:
    """Whether names ``a`` and ``b`` name one referent. ``persons``: both are people (the
    surname rule applies); with ``resources`` the dictionary's aliases count too."""
    if fold(a) == fold(b):
        # AS is not "as": a short capitalised key only equals itself as written
        return a == b if is_case_sensitive(a) or is_case_sensitive(b) else True
    if is_acronym_of(a, b) or is_acronym_of(b, a):
        return True
    if persons and (is_name_part(a, b) or is_name_part(b, a)):
        return True
    if resources is not None:
        index = actor_index(resources)

        def owners(name: str) -> set[int]:
            return set(index.exact.get(name, [])) | set(index.folded.get(fold(name), []))

        shared = owners(a) & owners(b)
        if shared:
            return True
        if persons:
            pa, pb = owners(a) or set(index.parts.get(fold(a), [])), \
                owners(b) or set(index.parts.get(fold(b), []))
            return len(pa) == 1 and pa == pb
    return False
