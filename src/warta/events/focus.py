"""Which sentences the events layer reads the parse of: those where a lexicon trigger may
fire. With ``lang.parse = "needed"`` the language layer tags and parses only the sentences
some later component asks for (``warta.pipeline.ParseReader``), so this test must let
through every sentence the coder could find a trigger in (``warta.events.trigger_words``).
It is a superset: it looks at the words alone, before any tag is known, and takes a word's
root under both readings the morphology distinguishes (verb or not), a multi-word phrase
when its other words occur anywhere later in the sentence, a noun also with ``-nya``, and a
long unknown token holding part of a trigger word (a name and a verb the scraper glued
together). A sentence it lets through that holds no event costs only its parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.events.lexicon import load_lexicon
from warta.events.records import load_cues
from warta.lang.morph import analyze
from warta.resources import Resources

# a token this long that the morphology does not know may be words glued together
GLUED_MIN = 12


@dataclass(frozen=True)
class _Keys:
    nouns: frozenset[str]  # nominal triggers and listed surface forms, as printed
    roots: frozenset[str]  # verb roots (and their stems)
    bare: frozenset[str]  # roots that fire without an affix
    reciprocal: frozenset[str]  # words before a bare root that make it a verb (saling)
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word/root -> the other words
    # letters 2-5 of every trigger word: a long unknown token holding one may be a name and
    # a verb glued by the scraper (``NetanyahumengecamIran``), which the events layer cuts
    # at the name's edge once entities are known
    glued: tuple[str, ...] = ()


def _keys(resources: Resources) -> _Keys:
    def build(res: Resources) -> _Keys:
        lex = load_lexicon(res)
        stems = dict(lex.stem_roots)
        roots = set(lex.by_root) | {stems.get(w, w) for w in lex.by_root}
        listed = {v for e in lex.entries for v in e.verbs if not v.isalpha() or v not in roots}
        bare = {stems.get(v, v) for e in lex.entries if e.bare for v in e.verbs}
        bare |= {v for e in lex.entries if e.bare for v in e.verbs}
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for head, items in lex.by_phrase_head.items():
            for phrase, _entry in items:
                rest = tuple(stems.get(w, w) for w in phrase[1:])
                phrases.setdefault(head, []).append(rest)
                phrases.setdefault(stems.get(head, head), []).append(rest)
        glued = {v[1:5] for e in lex.entries for v in e.verbs if len(v) >= 5}
        glued |= {n.split()[0][1:5] for e in lex.entries for n in e.nouns if len(n) >= 5}
        return _Keys(frozenset(set(lex.by_noun) | listed), frozenset(roots), frozenset(bare),
                     load_cues(res).reciprocal,
                     {k: tuple(v) for k, v in phrases.items()}, tuple(sorted(glued)))

    return resources.derived("events.focus_keys", build)


# endings of verb forms (-i, -kan) and of their nominalisations (-an)
VERB_ENDINGS = ("i", "kan", "an")
# first letters of the prefixes a word left whole may still carry as a verb
PREFIX_STARTS = ("me", "di", "be", "te", "pe", "ke", "se")


def _forms(word: str, resources: Resources) -> set[str]:
    """The word, its roots as a verb and as anything else, and the word without ``-nya``.

    The verb reading is asked for only where it can differ from the plain one: a word the
    plain reading leaves whole though it starts like a prefix (``menandatangani`` →
    ``tandatangan`` only as a verb), or a word with a verb or nominal ending. On 15,443
    corpus words the two readings differed on 31, all of that shape; skipping the others
    saves a second analysis of every new word (about half of this test's time on a fresh run)."""
    out = {word}
    if word.isalpha() or "-" in word:
        plain = analyze(word, resources, None).root
        out.add(plain)
        if (plain == word and word.startswith(PREFIX_STARTS)) or word.endswith(VERB_ENDINGS):
            out.add(analyze(word, resources, "VERB").root)
    if word.endswith("nya"):
        out.add(word[:-3].removesuffix("-"))  # "IUP-nya" is "IUP" with its clitic
    return out


def _may_trigger(word: str, forms: set[str], keys: _Keys, prev: str) -> bool:
    """A nominal trigger, or a verb root carrying an affix (a bare root fires only when its
    entry says so, or after ``saling``: ``tentang`` is no ``menentang``)."""
    if forms & keys.nouns:
        return True
    roots = forms & keys.roots
    if not roots:
        return False
    affixed = len(forms) > 1 or word.startswith(("me", "di", "ber", "ter", "per"))
    return affixed or bool(roots & keys.bare) or prev in keys.reciprocal


@dataclass(frozen=True, slots=True)
class _Word:
    """What the test reads of one word, the same wherever the word occurs: its forms, and
    whether it may fire alone (a trigger, or a glued token holding part of one) or only
    after a reciprocal word (a bare root after ``saling``)."""

    forms: frozenset[str]
    fires: bool
    fires_after_reciprocal: bool
    has_phrase: bool  # some form starts a multi-word phrase


# words whose reading is remembered on the resource bundle before it starts afresh
MEMO_MAX = 200_000


def _memo(_: Resources) -> dict[str, _Word]:
    return {}


def _word(word: str, keys: _Keys, resources: Resources, memo: dict[str, _Word]) -> _Word:
    """``word``'s reading, to be remembered in ``memo`` (per bundle): the test runs on
    every sentence twice (the language layer asks it, then ``code_document``), and news
    repeats its words, so on corpus articles nine in ten words are read from the memo
    instead of analysed."""
    forms = _forms(word, resources)
    glued = len(word) >= GLUED_MIN and word.isalpha() \
        and not analyze(word, resources).known and any(k in word for k in keys.glued)
    # no word before: the one case that depends on it (a bare root after ``saling``) is
    # ``fires_after_reciprocal``, checked per sentence
    found = _Word(frozenset(forms),
                  fires=glued or _may_trigger(word, forms, keys, ""),
                  fires_after_reciprocal=bool(forms & keys.roots),
                  has_phrase=any(f in keys.phrases for f in forms))
    if len(memo) >= MEMO_MAX:
        memo.clear()
    memo[word] = found
    return found


def wants_parse(words: Sequence[str], resources: Resources) -> bool:
    """May a lexicon trigger fire in the sentence of these lower-cased words?"""
    keys = _keys(resources)
    memo = resources.derived("events.focus_words", _memo)
    read = [memo.get(w) or _word(w, keys, resources, memo) for w in words]
    for i, r in enumerate(read):
        if r.fires or (r.fires_after_reciprocal and i and words[i - 1] in keys.reciprocal):
            return True
    if not any(r.has_phrase for r in read):
        return False
    later: set[str] = set()  # every form after word i, walking from the end
    for i in range(len(read) - 1, -1, -1):
        if read[i].has_phrase:
            for f in read[i].forms:
                for rest in keys.phrases.get(f, ()):
                    if all(w in later for w in rest):
                        return True
        later |= read[i].forms
    return False
