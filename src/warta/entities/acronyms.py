"""Acronyms an article defines itself.

Indonesian writing spells an acronym out where it first appears: ``Pajak Kendaraan Bermotor
(PKB)``, ``KPI (Indikator Kinerja Utama)``, ``Massachusetts Institute of Technology (MIT)``.
When the spelled-out form is not a name of the dictionary actor the acronym would otherwise
link to (``PKB`` is also the party Partai Kebangkitan Bangsa, ``PBB`` the United Nations,
``MIT`` an armed group), the article's own definition wins: its mentions of the acronym are
not that actor. They join the spelled-out name when that name is a candidate (an NER
organisation), and are dropped otherwise (a tax, a performance indicator).

A definition whose words mostly agree with one of the actor's names is a variant spelling of
that actor (``Komisi Pemberantas Korupsi (KPK)``, ``Perusahaan Listrik Nasional (PLN)``):
the link stays.
"""

from __future__ import annotations

import dataclasses
import re

from warta.actors.aliases import FUNCTION_WORDS, acronyms
from warta.actors.index import actor_index
from warta.actors.lookup import lookup
from warta.actors.names import fold
from warta.entities.recognize import Candidate
from warta.resources import Resources

MAX_LONG_WORDS = 8   # words of a spelled-out form read before "(ACR)"
SHARED_PREFIX = 4    # letters two words share to count as the same word (Pemberantas[an])

_ACR = r"[A-Z]{2,6}"
_DEFINED_AFTER = re.compile(rf"\(\s*({_ACR})\s*\)")            # long form (ACR)
_DEFINED_INSIDE = re.compile(rf"\b({_ACR})\s*\(\s*([^()\n]{{3,120}}?)\s*\)")  # ACR (long form)
_WORD = re.compile(r"[\w-]+")


def definitions(body: str, legal_forms: frozenset[str]) -> dict[str, str]:
    """Acronym → the form the article spells it out as (the first such definition)."""
    out: dict[str, str] = {}
    for m in _DEFINED_AFTER.finditer(body):
        acr = m.group(1)
        before = body[max(0, m.start() - 160):m.start()]
        cut = max(before.rfind(c) for c in ".,;:()\n\"“”")
        words = _WORD.findall(before[cut + 1:])[-MAX_LONG_WORDS:]
        for n in range(2, len(words) + 1):
            long = " ".join(words[-n:])
            if _spells(acr, long, legal_forms):
                out.setdefault(acr, long)
                break
    for m in _DEFINED_INSIDE.finditer(body):
        acr, inside = m.group(1), m.group(2)
        words = _WORD.findall(inside)
        if words and _spells(acr, " ".join(words), legal_forms):
            out.setdefault(acr, " ".join(words))
    return out


def _spells(acr: str, long: str, legal_forms: frozenset[str]) -> bool:
    words = [w for w in fold(long).split() if w not in legal_forms]
    if len(words) < 2 or words[0] in FUNCTION_WORDS:
        return False
    return acr.casefold() in acronyms(" ".join(words))


def _same_word(a: str, b: str) -> bool:
    n = min(len(a), len(b), SHARED_PREFIX)
    return a == b or (n == SHARED_PREFIX and a[:n] == b[:n])


def _agrees(long: str, names: list[str]) -> bool:
    """Whether most content words of ``long`` are words of one of ``names``."""
    words = [w for w in fold(long).split() if w not in FUNCTION_WORDS]
    for name in names:
        other = fold(name).split()
        shared = sum(1 for w in words if any(_same_word(w, o) for o in other))
        if words and 2 * shared >= len(words):
            return True
    return False


def foreign_definitions(body: str, resources: Resources, on: str | None,
                        legal_forms: frozenset[str]) -> dict[str, str]:
    """The acronyms that the article defines as something other than the dictionary actor
    they name (acronym → the article's spelled-out form)."""
    out: dict[str, str] = {}
    index = actor_index(resources)
    for acr, long in definitions(body, legal_forms).items():
        found = lookup(acr, on, resources)
        if found is None:
            continue
        same = lookup(long, on, resources)
        if same is not None and same.name == found.name:
            continue
        names = [found.name, *(a for n in index.exact.get(acr, []) + index.folded.get(
            fold(acr), []) for a in (index.entries[n].name, *index.entries[n].aliases))]
        if not _agrees(long, names):
            out[acr] = long
    return out


def apply_definitions(cands: list[Candidate], defined: dict[str, str]
                      ) -> tuple[list[Candidate], frozenset[str]]:
    """Candidates without the dictionary reading of the acronyms in ``defined``, and the
    acronym texts ``group_mentions`` must not look up. An acronym whose spelled-out form is a
    candidate joins it (``same_as``); otherwise its mentions go."""
    if not defined:
        return cands, frozenset()
    hosts: dict[str, str] = {}
    for acr, long in defined.items():
        key = fold(long)
        host = next((c.text for c in cands if c.text != acr
                     and (fold(c.text) == key or (key.endswith(" " + fold(c.text))
                                                  and acr.casefold() in acronyms(c.text)))),
                    None)
        if host is not None:
            hosts[acr] = host
    out = []
    for c in cands:
        if c.text not in defined:
            out.append(c)
        elif c.text in hosts:
            # the spelled-out name decides the type: OKI of a regency is no organisation
            out.append(dataclasses.replace(c, same_as=hosts[c.text], label=None))
    return out, frozenset(hosts)
