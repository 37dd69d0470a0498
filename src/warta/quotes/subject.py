"""The subject of a reporting verb from the dependency parse, resolved to a person.

Word-order rules read the subject as the last capitalised phrase before the verb, which
fails when adverbials sit between them (``Menteri Koordinator Bidang Pangan Zulkifli Hasan
dalam deklarasi …, pertengahan Mei 2025, menyatakan …``: the last phrase is ``Mei 2025``)
or when the name is an appositive of a title (``Kepala Humas Bandara X, Eka Asmadi, saat
dihubungi dari Mataram, Kamis, mengatakan …``). The parser attaches both to the verb's
``nsubj``: this module walks that subtree (leaving out relative and adverbial clauses, whose
names are not the speaker) and returns the person mentioned in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.doc import Entity, Token
from warta.quotes.attribute import SpeakerRef

SUBJECT_DEPS = frozenset({"nsubj"})
PERSON = frozenset({"PER"})
ACTOR_TYPES = frozenset({"PER", "ORG", "LOC"})
# clauses inside a subject phrase that name other people ('yang bertemu Putin')
SKIP_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "obl",
                       "nmod:tmod", "obl:tmod"})


def _verb_index(tokens: Sequence[Token], verb_start: int) -> int | None:
    for i, t in enumerate(tokens):
        if t.start <= verb_start < t.end:
            return i
    return None


def _subtree(tokens: Sequence[Token], root: int, children: dict[int, list[int]]) -> list[int]:
    out, todo = [], [root]
    while todo:
        i = todo.pop()
        out.append(i)
        todo.extend(c for c in children.get(i, []) if tokens[c].dep not in SKIP_DEPS)
    return out


def parse_subject(tokens: Sequence[Token], entities: Sequence[Entity],
                  verb_start: int, *, actors: bool = False) -> SpeakerRef | None:
    """The person in the ``nsubj`` subtree of the verb at ``verb_start``, or None when the
    parse gives no subject or the subject names no person. With ``actors``, a state or an
    organisation too, when it is the subject's head itself."""
    if not tokens or not entities:
        return None
    v = _verb_index(tokens, verb_start)
    if v is None:
        return None
    sent = tokens[v].sentence
    children: dict[int, list[int]] = {}
    lo = v
    while lo > 0 and tokens[lo - 1].sentence == sent:
        lo -= 1
    hi = v
    while hi + 1 < len(tokens) and tokens[hi + 1].sentence == sent:
        hi += 1
    for i in range(lo, hi + 1):
        h = tokens[i].head
        if h is not None and h != i:
            children.setdefault(h, []).append(i)
    subj = [c for c in children.get(v, []) if tokens[c].dep in SUBJECT_DEPS and c < v]
    if not subj:
        return None
    idx = _subtree(tokens, subj[0], children)
    spans = [(tokens[i].start, tokens[i].end) for i in idx]
    types = ACTOR_TYPES if actors else PERSON
    found = [m for e in entities if e.type in types for m in e.mentions
             if m.end <= verb_start and any(s < m.end and m.start < t for s, t in spans)]
    if actors:
        # a state or an organisation speaks only as the subject itself ("China, yang …,
        # mengatakan"), not as a modifier of it ("Mantan Direktur Bank Dunia tersebut")
        head = tokens[subj[0]]
        found = [m for m in found if m.start <= head.start and head.end <= m.end]
    if not found:
        return None
    # 'Kepala Humas X, Eka Asmadi, …': the name in apposition to a title is the person
    appos = [(tokens[i].start, tokens[i].end) for i in idx if tokens[i].dep == "appos"]
    m = min(found, key=lambda m: (not any(s < m.end and m.start < t for s, t in appos),
                                  m.start))
    return SpeakerRef("name", m.text, m.start, m.end)
