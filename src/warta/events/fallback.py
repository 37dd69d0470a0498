"""Robust argument readings for when neither the dependency parse nor the strict word-order
rules of ``code`` find an argument.

Indonesian news text defeats the parser in predictable ways: words glued by the scraper
(``ErdoganmengatakanIran``), quotation marks in mid-clause, long titles and appositions
between a subject and its verb (``Menteri Pertahanan Israel, Israel Katz, mengatakan``),
adverbials between a verb and its object. The strict rules give up there; these readings
take the entity-linked actors around the trigger inside its clause instead:

- the **source** of an active trigger is the nearest actor before it in the clause that
  is not the object of a preposition (``kepada X``, ``dengan X``), at most ``SOURCE_REACH``
  words away;
- the **target** is the nearest actor after it in the clause, at most ``TARGET_REACH``
  words away, either bare (when the frame takes an object) or after one of the frame's
  prepositions (``terhadap X``, ``ke X``); an actor behind another preposition is not the
  target;
- a **passive** trigger swaps them: the target before it, the agent after it (``oleh X``
  or bare: ``IUP-nya dicabut Bahlil``).

Clause edges are the clause-opening words of ``cues.yaml`` (``bahwa``, ``setelah``, ``;``)
and sentence punctuation; quotation marks and brackets are not edges here, since that is
precisely where the parse breaks. Everything here works on word indices and actor spans
and knows nothing of entities, so ``code`` decides what the indices mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

SOURCE_REACH = 8
TARGET_REACH = 6
# prepositions: an actor right after one is an oblique, not a subject or a bare object
PREPOSITIONS = frozenset({"dengan", "kepada", "ke", "terhadap", "atas", "dari", "untuk",
                          "oleh", "di", "pada", "bagi", "antara", "menurut", "soal",
                          "tentang", "mengenai", "melawan", "bersama", "seperti", "sebagai",
                          "selaku", "dalam", "akibat", "sejak", "selain"})
# plural determiners that open a noun phrase ("kepada para demonstran")
DETERMINERS = frozenset({"para", "sejumlah", "beberapa", "seluruh", "semua"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "(", ")"})
SENTENCE_END = frozenset({".", "?", "!"})


class WordLike(Protocol):
    @property
    def low(self) -> str: ...
    @property
    def upos(self) -> str | None: ...
    @property
    def prefixes(self) -> tuple[str, ...]: ...


def is_verb(w: WordLike) -> bool:
    """A verb by its tag, or by its meN-/di-/ber- prefix when the text has no tags."""
    return w.upos in ("VERB", "AUX") or (w.upos is None and bool(
        set(w.prefixes) & {"meN", "di", "ber"}))


class ActorLike(Protocol):
    @property
    def first(self) -> int: ...
    @property
    def last(self) -> int: ...
    @property
    def kind(self) -> str: ...


def clause(words: Sequence[WordLike], at: int, breaks: frozenset[str]) -> tuple[int, int]:
    """[lo, hi) of the clause around word ``at``: between clause-opening words or sentence
    punctuation, ignoring quotation marks and brackets."""
    edges = (breaks - QUOTES) | SENTENCE_END
    lo = 0
    for i in range(at - 1, -1, -1):
        if words[i].low in edges:
            lo = i + 1
            break
    hi = len(words)
    for i in range(at + 1, len(words)):
        if words[i].low in edges:
            hi = i
            break
    return lo, hi


def marked(words: Sequence[WordLike], first: int, lo: int) -> str | None:
    """The preposition right before an actor starting at ``first``, past quotation marks
    and plural determiners (``terhadap para migran``: the determiner opens the phrase the
    preposition governs); past titles is not looked at."""
    own = words[first].low[:-3] if first < len(words) and words[first].low.endswith(
        "nya") else ""
    if own in PREPOSITIONS:
        return own  # "kepadanya": an actor read from a preposition's clitic
    i = first - 1
    while i >= lo and (words[i].low in QUOTES or words[i].low in DETERMINERS):
        i -= 1
    if i >= lo and words[i].low in PREPOSITIONS:
        return words[i].low
    return None


def source_before(words: Sequence[WordLike], actors: Sequence[ActorLike], at: int,
                  lo: int, heads: frozenset[str] = frozenset(),
                  reach: int = SOURCE_REACH, speakers: frozenset[str] = frozenset()
                  ) -> int | None:
    """Index (into ``actors``) of the nearest actor ending before word ``at`` and starting
    at or after ``lo`` that is neither the object of a preposition nor the modifier of a
    noun (``bendera Palestina``; nouns in ``heads``, such as ``pemerintah``, are heads an
    actor can stand behind) nor the speaker an attribution word (``speakers``: ``kata``,
    ``ujar``, ``menurut``) names inside the clause (``Uang sitaan ini, kata Prabowo, akan
    digunakan untuk membantu warga``: Prabowo reports the act, the money's user does it)."""
    for n in range(len(actors) - 1, -1, -1):
        a = actors[n]
        if a.last >= at:
            continue
        if a.first < lo or at - a.last - 1 > reach:
            return None
        prev = words[a.first - 1] if a.first > lo else None
        if prev is not None and prev.low in speakers:
            continue
        if prev is not None and prev.upos == "NOUN" and prev.low not in heads and (
                a.kind != "PER"):
            continue  # a person after a noun is titled ("aktivis kemanusiaan Greta ...")
        if marked(words, a.first, lo) is None:
            return n
    return None


def relative_opener(words: Sequence[WordLike], first: int, lo: int) -> int | None:
    """Index of the ``yang`` that opens a relative clause holding an actor starting at
    ``first`` as the object of its active verb (``pengusaha yang diduga menyuap Bupati X``:
    a meN- verb at most one word before the actor), with no punctuation between; ``None``
    otherwise (``yayasan yang didukung AS``: a passive verb's actor is its agent)."""
    for y in range(first - 1, lo - 1, -1):
        low = words[y].low
        if not any(c.isalnum() for c in low):
            return None
        if low == "yang":
            verbs = [k for k in range(y + 1, first) if is_verb(words[k])]
            return y if verbs and "meN" in words[verbs[-1]].prefixes and (
                first - verbs[-1] <= 2) else None
    return None


def _opens_clause(words: Sequence[WordLike], at: int) -> bool:
    """An adverb, particle or auxiliary at ``at`` and a verb right after it: the actor
    before them after ``dan`` is the subject of a new clause (``mendukung negara berkembang
    dan kami juga mendesak ...``), not a conjoined object; a verb right after the actor is
    what a request asks of it (``meminta negara-negara ASEAN dan China memastikan ...``)."""
    return (at + 1 < len(words) and words[at].upos in ("ADV", "PART", "AUX")
            and is_verb(words[at + 1]))


def target_after(words: Sequence[WordLike], actors: Sequence[ActorLike], at: int,
                 hi: int, slots: Sequence[str], gap: frozenset[str] = frozenset(),
                 reach: int = TARGET_REACH) -> int | None:
    """Index of the nearest actor after word ``at`` (before ``hi`` and before any comma)
    that the frame ``slots`` accepts: bare when ``obj`` is a slot and neither a verb (it
    opens another predicate) nor a preposition (``menyerang markas itu dengan dukungan
    AS``: not AS) stands between; or after one of the slots' prepositions with only words
    of ``gap`` (adverbs) or adverbs and adjectives before the preposition (``mendukung
    perlawanan terhadap Israel``: the phrase belongs to the noun). The first actor behind
    another preposition ends the search."""
    for n, a in enumerate(actors):
        if a.first <= at:
            continue
        between = words[at + 1: a.first]
        if a.last >= hi or len(between) > reach or any(w.low == "," for w in between):
            return None
        mark = marked(words, a.first, at)
        if mark is None:
            if ("obj" in slots or "poss" in slots) and not any(
                    is_verb(w) or w.low in PREPOSITIONS for w in between) and not (
                    any(w.low in ("dan", "serta") for w in between)
                    and _opens_clause(words, a.last + 1)):
                return n
            return None
        lead = list(between)
        while lead and lead[-1].low in DETERMINERS:
            lead.pop()  # "terhadap para migran": what stands before the preposition
        if mark in slots and all(w.low in gap or w.upos in ("ADV", "ADJ", "PART", "DET")
                                 for w in lead[:-1]):
            return n
        return None
    return None
