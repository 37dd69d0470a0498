"""Arguments of a trigger read from the dependency parse (Universal Dependencies labels of
the shipped spaCy model).

An argument is a nominal phrase attached to the trigger: ``nsubj`` (the subject), ``obj``,
``obl`` with a ``case`` marker (``dengan``, ``terhadap``, ``kepada``, ``ke``, ``atas``,
``dari``...), ``nsubj:pass`` and the agent (``obl:agent`` or an ``obl`` marked ``oleh``).
The actor of a phrase is the actor that contains its head or, failing that, the nearest one
reached through name-like relations (``Gubernur Jawa Timur Khofifah``: ``flat:name``;
``markas Hamas``: ``nmod`` without a preposition); a phrase that is itself a preposition's
object (``serangan terhadap Iran``) does not lend its actor to the head. Conjuncts
(``conj``) give one argument each. A verb without its own subject borrows it from the verb
it depends on in a chain (``xcomp``, ``conj``, purpose ``advcl``); a relative clause's
``yang`` stands for the noun it modifies (``Israel yang menyerang``). When the parse gives
nothing, ``code`` falls back to word order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

# relations that stay inside one nominal phrase (conj is handled as coordination)
NOMINAL = frozenset({"flat", "flat:name", "flat:foreign", "compound", "appos", "nmod",
                     "nmod:poss", "det", "amod", "nummod", "punct"})
# verb-to-verb links through which a subject is shared
SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl"})
RELATIVE = frozenset({"acl:relcl", "acl"})


class WordLike(Protocol):
    @property
    def low(self) -> str: ...
    @property
    def root(self) -> str: ...
    @property
    def head(self) -> int | None: ...
    @property
    def dep(self) -> str | None: ...
    @property
    def prefixes(self) -> tuple[str, ...]: ...


class ActorLike(Protocol):
    @property
    def first(self) -> int: ...
    @property
    def last(self) -> int: ...


@dataclass(frozen=True)
class Parse:
    """Children lists of one sentence's words; ``None`` when the sentence has no parse."""

    words: Sequence[WordLike]
    children: tuple[tuple[int, ...], ...]

    def deps(self, i: int, *labels: str) -> list[int]:
        return [c for c in self.children[i] if self.words[c].dep in labels]

    def case_of(self, i: int) -> str | None:
        marks = self.deps(i, "case")
        return self.words[marks[0]].low if marks else None


def parse_of(words: Sequence[WordLike]) -> Parse | None:
    if all(w.head is None for w in words):
        return None
    kids: list[list[int]] = [[] for _ in words]
    for i, w in enumerate(words):
        if w.head is not None and 0 <= w.head < len(words) and w.head != i:
            kids[w.head].append(i)
    return Parse(words, tuple(tuple(k) for k in kids))


def _actor_index(actors: Sequence[ActorLike], i: int) -> int | None:
    for n, a in enumerate(actors):
        if a.first <= i <= a.last:
            return n
    return None


def phrase_actor(p: Parse, actors: Sequence[ActorLike], head: int,
                 places: frozenset[str] = frozenset()) -> int | None:
    """The actor of the nominal phrase headed by word ``head``; with ``places`` (case
    markers such as ``di``), a phrase without an actor of its own may take the one of a
    place inside it (``ke berbagai kota di Israel``)."""
    here = _actor_index(actors, head)
    if here is not None:
        return here
    if p.words[head].low == "yang" and p.words[head].dep in ("nsubj", "nsubj:pass"):
        rel = p.words[head].head
        if rel is not None and p.words[rel].dep in RELATIVE and p.words[rel].head is not None:
            return phrase_actor(p, actors, p.words[rel].head)  # type: ignore[arg-type]
    found = _walk(p, actors, head, frozenset())
    if found is None and places:
        found = _walk(p, actors, head, places)
    return found


def _walk(p: Parse, actors: Sequence[ActorLike], head: int, places: frozenset[str]
          ) -> int | None:
    frontier = [head]
    seen = {head}
    while frontier:
        nxt: list[int] = []
        for i in frontier:
            for c in p.children[i]:
                case = p.case_of(c)
                if c in seen or p.words[c].dep not in NOMINAL or (case and case not in places):
                    continue
                if "ber" in p.words[c].prefixes:
                    continue  # "kapal berbendera Inggris": a ship flagged, not Britain
                seen.add(c)
                n = _actor_index(actors, c)
                if n is not None:
                    return n
                nxt.append(c)
        frontier = sorted(nxt)
    return None


def argument(p: Parse, actors: Sequence[ActorLike], head: int,
             places: frozenset[str] = frozenset()) -> list[int]:
    """Actors of the phrase at ``head`` and of its conjuncts, in order, without repeats."""
    out: list[int] = []
    todo = [head]
    seen: set[int] = set()
    while todo:
        h = todo.pop(0)
        if h in seen:
            continue
        seen.add(h)
        n = phrase_actor(p, actors, h, places)
        if n is not None and n not in out:
            out.append(n)
        todo.extend(p.deps(h, "conj"))
        for c in p.deps(h, "appos", "flat:name", "flat"):  # "Presiden AS Donald Trump dan X"
            todo.extend(p.deps(c, "conj"))
    return out


def subject(p: Parse, actors: Sequence[ActorLike], verb: int, depth: int = 0,
            borrow: bool = True, raising: frozenset[str] = frozenset()) -> list[int]:
    """Actors of the active subject of ``verb``, borrowed along verb chains; through a
    passive reporting verb whose root is in ``raising`` (``Israel diklaim mengerahkan``)."""
    own = p.deps(verb, "nsubj")
    if own:
        return argument(p, actors, own[0])
    passive = p.deps(verb, "nsubj:pass")
    if passive and depth > 0 and p.words[verb].root in raising:
        return argument(p, actors, passive[0])
    if not borrow or passive or depth > 3:
        return []
    w = p.words[verb]
    if w.head is None:
        return []
    if w.dep in RELATIVE:  # "Israel yang melancarkan serangan"
        return argument(p, actors, w.head)
    head = p.words[w.head]
    if w.dep == "advcl" and head.dep in ("obj", "obl") and head.head is not None:
        # "menembakkan rudal untuk menyerang": the clause hangs on the verb's object
        return subject(p, actors, head.head, depth + 1, raising=raising)
    if w.dep in SHARED_SUBJECT:
        # a subordinate clause without a subject of its own shares the main one
        # ("..., setelah sebelumnya mendesak Iran"); requests (agar) are skipped earlier
        if p.words[w.head].dep in RELATIVE:
            return []
        return subject(p, actors, w.head, depth + 1, raising=raising)
    return []


def passive_target(p: Parse, actors: Sequence[ActorLike], verb: int) -> list[int]:
    own = p.deps(verb, "nsubj:pass", "nsubj")
    if own:
        return argument(p, actors, own[0])
    w = p.words[verb]
    if w.head is not None and (w.dep == "acl:relcl" or (
            w.dep in RELATIVE and verb > 0 and p.words[verb - 1].low == "yang")):
        return argument(p, actors, w.head)  # "Krimea yang dicaploknya"; a bare "acl" is
    return []  # often a misparsed main verb ("armada ... untuk Gaza diadang oleh X")


def agent(p: Parse, actors: Sequence[ActorLike], verb: int, bare: bool = False) -> list[int]:
    """The agent of a passive verb: ``oleh X`` or ``obl:agent``; with ``bare``, also an
    unmarked phrase right after the verb (``dibalas Iran dengan serangan``)."""
    for c in p.deps(verb, "obl:agent", "obl", "nmod", *(("obj",) if bare else ())):
        if p.words[c].dep == "obl:agent" or p.case_of(c) == "oleh" or (
                bare and c == verb + 1 and p.case_of(c) is None):
            return argument(p, actors, c)
    return []


def object_agent(p: Parse, actors: Sequence[ActorLike], heads: Sequence[int]) -> list[int]:
    """The doer of the act an object noun names, given after it: ``distribusi bantuan oleh
    GHF``, ``serangan yang dilancarkan Israel`` (a passive relative clause with its agent,
    marked by ``oleh`` or bare). Denouncing or rejecting an act is aimed at its doer."""
    for h in heads:
        for c in p.deps(h, "obj"):
            for d in p.children[c]:
                w = p.words[d]
                if w.dep in ("nmod", "obl") and p.case_of(d) == "oleh":
                    got = argument(p, actors, d)
                elif w.dep in RELATIVE and "di" in w.prefixes:
                    got = agent(p, actors, d)
                    if not got:  # "yang dilancarkan Israel": the bare agent after the verb
                        got = [n for k in p.children[d] if k == d + 1 and p.case_of(k) is None
                               for n in argument(p, actors, k)]
                else:
                    continue
                if got:
                    return got
    return []


def objects(p: Parse, actors: Sequence[ActorLike], heads: Sequence[int],
            places: frozenset[str] = frozenset()) -> list[int]:
    for h in heads:
        for c in p.deps(h, "obj"):
            got = argument(p, actors, c, places)
            if got:
                return got
    return []


def oblique(p: Parse, actors: Sequence[ActorLike], heads: Sequence[int], prep: str,
            places: frozenset[str] = frozenset()) -> list[int]:
    """Actors of an ``obl``/``nmod`` dependent of one of ``heads`` marked by ``prep``."""
    for h in heads:
        for c in p.deps(h, "obl", "nmod", "obl:arg"):
            if p.case_of(c) == prep:
                got = argument(p, actors, c, places)
                if got:
                    return got
    return []


def nominal_host(p: Parse, noun: int, steps: int = 2) -> list[int]:
    """Nouns above a nominal trigger through compound/nmod links and the verb they end at
    (``membalas dengan rentetan serangan``: [rentetan, membalas])."""
    out: list[int] = []
    i = noun
    for _ in range(steps + 1):
        w = p.words[i]
        if w.head is None or p.case_of(i) not in (None, "dengan"):
            break  # "dukungan untuk invasi Rusia": the noun hangs on a preposition
        out.append(w.head)
        if w.dep not in ("compound", "nmod", "flat"):
            break
        i = w.head
    return out


def noun_agent(p: Parse, actors: Sequence[ActorLike], noun: int, span: Sequence[int],
               doing: frozenset[str]) -> list[int]:
    """The doer of a nominal trigger given after it: ``oleh X`` on the noun
    (``penangkapan Budi oleh KPK``) or the agent of a passive relative clause whose verb
    root is in ``doing`` (``penindakan yang dilakukan ICE``, ``serangan yang diklaim
    Hamas``; not ``serangan yang dikecam PBB``: denouncing is not doing)."""
    for h in (noun, *[i for i in span if i != noun]):
        for c in p.deps(h, "nmod", "obl", "obl:agent"):
            if any(noun < d < c and p.case_of(d) not in (None, "oleh") for d in p.children[h]):
                break  # "protes terhadap razia oleh X": the nearer noun's doer
            if c > noun and (p.words[c].dep == "obl:agent" or p.case_of(c) == "oleh"):
                got = argument(p, actors, c)
                if got:
                    return got
        for c in p.deps(h, *RELATIVE):
            if "di" in p.words[c].prefixes and p.words[c].root in doing:
                got = agent(p, actors, c, bare=True)
                if got:
                    return got
    return []


def possessor(p: Parse, actors: Sequence[ActorLike], noun: int,
              span: Sequence[int] = ()) -> list[int]:
    """The actor of a nominal trigger's unmarked dependent: ``serangan Israel``,
    ``serangan udara Rusia`` (a dependent of any word of the trigger)."""
    for h in (noun, *[i for i in span if i != noun]):
        for c in p.deps(h, "nmod", "nmod:poss", "flat", "flat:name", "compound", "appos"):
            if p.case_of(c) is None and c > noun and c not in span:
                got = argument(p, actors, c)
                if got:
                    return got
    return []


def clause_subject(p: Parse, actors: Sequence[ActorLike], heads: Sequence[int], mark: str
                   ) -> list[int]:
    """The subject of a clause attached to one of ``heads`` and opened by ``mark``
    (``menuntut agar Rusia ...``: Rusia)."""
    for h in heads:
        for c in p.deps(h, "advcl", "ccomp", "xcomp", "conj"):
            if any(p.words[m].low == mark for m in p.deps(c, "mark")):
                own = p.deps(c, "nsubj", "nsubj:pass")
                if own:
                    return argument(p, actors, own[0])
    return []
