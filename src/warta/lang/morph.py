"""Indonesian morphology: a word's root, affixes, clitics and voice, with offsets.

``analyze(word, resources)`` enumerates every way the affix rules in
``data/lang/id/affixes.yaml`` can cut the word (clitics, prefixes with their nasal
assimilation and the root letter they swallowed, a suffix), then picks the cut whose root
the lexicon knows best: a word listed in ``lexicalised.txt`` is its own root; a
hand-written root of ``roots_base.txt`` that begins like a prefix stays whole
(``memberangkatkan`` → ``berangkat``, not ``angkat``); otherwise a CSUI lemma beats a
word merely seen in the treebanks (``roots.tsv``, built by ``scripts/build_roots.py``),
which beats an unknown string; ties go to the more frequent lemma, then to the cut that
strips more (an unknown word keeps the most plausible root, but ku-/kau-/se- before an
unknown string are mostly part of a name or loanword: ``kuwait``, ``serius``).
So ``mengecam`` → ``kecam`` (meN-, k dropped), ``menyatakan`` → ``nyata`` + ``-kan``,
``dicaploknya`` → ``caplok`` (di-, passive; ``-nya`` its agent).

Voice follows UD: ``Act`` for meN- and ber-, ``Pass`` for di-, ter- and the proclitic agents
ku-/kau-; a word without a voiced prefix has none, except that a bare verb is active when
the caller says it is a verb (``upos="VERB"``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from warta.resources import Resources

Voice = str  # "Act" | "Pass"


@dataclass(frozen=True, slots=True)
class Part:
    """One morph of a word: ``[start, end)`` inside the word as written. ``form`` is the
    morpheme (``meN``, ``kan``, ``nya``, or the root with any letter the nasal swallowed
    restored); ``role`` says what a clitic does (agent, object, possessor, particle)."""

    start: int
    end: int
    kind: str  # proclitic | prefix | root | suffix | clitic | reduplication
    form: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    word: str
    root: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    clitics: tuple[str, ...] = ()
    voice: Voice | None = None
    confix: str | None = None  # ke-an, peN-an, per-an, ber-an
    reduplicated: bool = False
    known: bool = False  # the root is in the lexicon
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True)
class _Rule:
    surface: str
    prefix: str
    restore: tuple[str, ...]
    next: re.Pattern[str]
    voice: Voice | None
    proclitic: bool
    known_only: bool
    needs_suffix: str | None


@dataclass(frozen=True)
class _Rules:
    prefixes: tuple[_Rule, ...]
    second: frozenset[str]
    suffixes: tuple[str, ...]
    confixes: dict[tuple[str, str], str | None]
    clitics: tuple[str, ...]
    clitic_roles: dict[str, dict[str, str]]
    min_root: int
    weak_suffixes: frozenset[str]
    no_an_after: frozenset[str]
    inflecting: tuple[_Rule, ...]
    lemma: dict[str, int]
    form: dict[str, int]
    news: dict[str, int]  # newswire word counts (NER training sets): weak root evidence
    lexicalised: frozenset[str]
    base: frozenset[str]  # hand-written roots (roots_news.txt, roots_base.txt)
    # ``prefixes`` and ``inflecting`` by the first two letters of their surface (every
    # surface has two or more), in rule order: a word is tried only against the rules
    # that can start it (a third of them at most) instead of all 34
    prefixes_at: dict[str, tuple[_Rule, ...]]
    inflecting_at: dict[str, tuple[_Rule, ...]]


def _by_start(rules: tuple[_Rule, ...]) -> dict[str, tuple[_Rule, ...]]:
    """``rules`` grouped by their surface's first two letters, each group in rule order."""
    if any(len(rule.surface) < 2 for rule in rules):
        raise ValueError("affixes.yaml: every prefix surface needs two letters or more")
    out: dict[str, list[_Rule]] = {}
    for rule in rules:
        out.setdefault(rule.surface[:2], []).append(rule)
    return {start: tuple(group) for start, group in out.items()}


def _build(resources: Resources) -> _Rules:
    cfg = resources.get("lang/id/affixes.yaml")
    rules = tuple(
        _Rule(r["surface"], r["prefix"], tuple(str(x) for x in r["restore"]),
              re.compile(r["next"]), r.get("voice"), bool(r.get("proclitic")),
              bool(r.get("known_only")), r.get("needs_suffix"))
        for r in cfg["prefixes"]
    )
    lemma: dict[str, int] = {}
    form: dict[str, int] = {}
    news: dict[str, int] = {}
    for row in resources.get("lang/id/news_words.tsv"):
        news[row["word"]] = int(row["count"])
    for row in resources.get("lang/id/roots.tsv"):
        if int(row["lemma"]):
            lemma[row["word"]] = int(row["lemma"])
        if int(row["form"]):
            form[row["word"]] = int(row["form"])
    base = frozenset(root.lower() for name in ("lang/id/roots_news.txt",
                                               "lang/id/roots_base.txt")
                     for root in resources.get(name))
    for root in base:
        # a listed root the CSUI lemmas lack weighs what newswire uses it (`pakai` 16 beats
        # the conjunction `maka` + -i in `memakai`), at least once
        lemma.setdefault(root, max(1, news.get(root, 0)))
    inflecting = tuple(x for x in rules if x.prefix in set(cfg["inflecting"]))
    return _Rules(
        prefixes=rules,
        second=frozenset(cfg["second_prefixes"]),
        suffixes=tuple(sorted(cfg["suffixes"], key=len, reverse=True)),
        confixes={(a, b): v for a, b, v in cfg["confixes"]},
        clitics=tuple(sorted(cfg["clitics"], key=len, reverse=True)),
        clitic_roles={k: dict(v) for k, v in cfg["clitic_roles"].items()},
        min_root=int(cfg["min_root"]),
        weak_suffixes=frozenset(cfg["weak_suffixes"]),
        no_an_after=frozenset(cfg["no_an_after"]),
        inflecting=inflecting,
        lemma=lemma, form=form, news=news,
        lexicalised=frozenset(w.lower() for w in resources.get("lang/id/lexicalised.txt")),
        base=base,
        prefixes_at=_by_start(rules), inflecting_at=_by_start(inflecting),
    )


def rules(resources: Resources) -> _Rules:
    return resources.derived("lang.id.morph", _build)


@dataclass(frozen=True)
class _Cut:
    prefixes: tuple[tuple[_Rule, int], ...]  # rule and its start offset
    root: str  # with restored letters
    root_start: int
    root_end: int
    suffix: str | None
    clitics: tuple[tuple[str, int], ...]
    rank: int = 0  # which of the rule's `restore` options (0 = the usual one)


def _clitic_splits(r: _Rules, w: str) -> Iterator[tuple[str, tuple[tuple[str, int], ...]]]:
    yield w, ()
    for c1 in r.clitics:
        if w.endswith(c1) and len(w) - len(c1) >= r.min_root:
            core = w[: -len(c1)]
            yield core, ((c1, len(core)),)
            for c2 in r.clitics:
                if core.endswith(c2) and len(core) - len(c2) >= r.min_root:
                    yield core[: -len(c2)], ((c2, len(core) - len(c2)), (c1, len(core)))


def _prefix_splits(r: _Rules, w: str, at: int, depth: int,
                   ) -> Iterator[tuple[tuple[tuple[_Rule, int], ...], int, str, int]]:
    """(prefix rules with offsets, offset where the rest starts, restored letters, rank)."""
    yield (), at, "", 0
    if depth == 2:
        return
    for rule in r.prefixes_at.get(w[at : at + 2], ()):
        if depth == 1 and rule.prefix not in r.second:
            continue
        if not w.startswith(rule.surface, at):
            continue
        rest = at + len(rule.surface)
        if not rule.next.match(w, rest):
            continue
        for rank, restore in enumerate(rule.restore):
            if restore:
                yield ((rule, at),), rest, restore, rank
            else:
                for more, start, restored, rank2 in _prefix_splits(r, w, rest, depth + 1):
                    yield ((rule, at), *more), start, restored, rank + rank2


def _cuts(r: _Rules, w: str) -> Iterator[_Cut]:
    for core, clitics in _clitic_splits(r, w):
        for prefixes, start, restore, rank in _prefix_splits(r, core, 0, 0):
            if prefixes and prefixes[0][0].proclitic and len(prefixes) > 1:
                continue
            # what the prefixes ask of the suffix, read once for all the suffixes tried
            needs = {p.needs_suffix for p, _ in prefixes if p.needs_suffix}
            no_an = any(p.prefix in r.no_an_after for p, _ in prefixes)
            for suffix in (None, *r.suffixes):
                end = len(core) - (len(suffix) if suffix else 0)
                if suffix and not core.endswith(suffix):
                    continue
                if suffix == "an" and no_an:
                    continue
                if needs and needs != {suffix}:
                    continue
                root = restore + core[start:end]
                if len(root) < r.min_root or not _VOWEL.search(root):
                    continue
                yield _Cut(prefixes, root, start, end, suffix, clitics, rank)


def _looks_inflected(r: _Rules, word: str) -> bool:
    return any(word.startswith(x.surface) and x.next.match(word, len(x.surface))
               and len(word) - len(x.surface) >= r.min_root
               for x in r.inflecting_at.get(word[:2], ()))


def _suffixed_known(r: _Rules, word: str) -> bool:
    """Whether ``word`` is a known word plus a suffix (`serukan` = `seru` + -kan, `binaan`):
    news text has such forms on their own (imperatives, nouns), but they are not roots."""
    return any(word.endswith(x) and len(word) - len(x) >= r.min_root and (
        (stem := word[: -len(x)]) in r.lemma or stem in r.form or stem in r.news)
        for x in r.suffixes)


_CLUSTER = re.compile(r"[^aeiou]{2}$")
_VOWEL = re.compile(r"[aeiou]")
_LETTERS = re.compile(r"[a-z]+")
# ai/au/oi are one syllable at the end of a root (`pantai`, `pulau`), two elsewhere
# (`naik`, `gaung`)
_SYLLABLE = re.compile(r"(?:ai|au|oi)$|[aeiou]")
_VERBAL_START = re.compile(r"di|me[mn]")
_DIGRAPH = ("ng", "ny", "kh", "sy")


def _score(r: _Rules, cut: _Cut, whole: str, verb: bool) -> tuple[float, ...]:
    """Sort key: (evidence for the root, preference, tie-break)."""
    root = cut.root
    syllables = len(_SYLLABLE.findall(root))
    stripped = len(cut.prefixes) + (cut.suffix is not None) + len(cut.clitics)
    if root in r.lexicalised and not cut.prefixes and cut.suffix is None:
        # a fused word is its own root, also under a clitic (`belajarnya`, `terjadinya`)
        evidence = 4.0
    elif root in r.base and _looks_inflected(r, root):
        # A hand-written root that begins like a prefix was listed to be kept whole: it
        # beats the shorter known word the prefix would leave (`berangkat`, not `angkat`;
        # `peroleh`, not `oleh`; `perang`, not `ang`).
        evidence = 3.5
    elif root in r.lemma:
        # CSUI sometimes left an inflected form as its lemma (`mempunyai`, `menjadi`): a
        # root that looks inflected is weaker evidence than one found by stripping, and so
        # is a one-syllable lemma (`per`, `ang`), which is mostly a function word.
        evidence = 2.5 if _looks_inflected(r, root) else 3.0 if syllables >= 2 else 1.0
        if verb and root == whole and evidence == 2.5 and any(
                x.voice for x in r.inflecting if root.startswith(x.surface)):
            evidence = 0.0  # a verb with meN-/di-/ter-/ber- left unlemmatised in CSUI
    elif root in r.form and syllables < 2 and root != whole and cut.prefixes and (
            cut.suffix in ("kan", "an")):
        # a one-syllable word between a prefix and -kan/-an (`disahkan`, `pengesahan`)
        evidence = 1.0
    elif root in r.form and syllables >= 2 and not root.endswith("kan"):
        # A word seen in the treebanks; weak when it could itself be inflected (`perang`).
        evidence = 1.0 if _looks_inflected(r, root) else 2.0
        if evidence == 1.0 and root == whole:
            evidence = 0.0
    elif root in r.news and root != whole and syllables >= 2 and not _looks_inflected(
            r, root) and not _suffixed_known(r, root) and not any(
            rule.proclitic for rule, _ in cut.prefixes) and (
            cut.prefixes or cut.suffix != "i" or verb):
        # A word seen in newswire only, reached by stripping: evidence that the cut is
        # right (`mengorbankan` -> `korban`, not `orban`), never a reason to stop stripping
        # (`lainnya`, `kerusuhan` are news words too).
        evidence = 1.5
    else:
        evidence = 0.0
    if evidence == 3.5:
        # two listed roots (`terapi`, `terap` + -i): the one that needs fewer affixes
        return (evidence, -float(stripped), math.log1p(r.lemma.get(root, 0)))
    if evidence:
        count = (r.lemma.get(root, 0) if evidence >= 2.5 else r.news.get(root, 0)
                 if evidence == 1.5 else r.form.get(root, 0))
        # Among known roots the more frequent lemma wins (CSUI's stray `miliki` loses to
        # `milik`); each affix stripped costs a little, so a frequent root need not be cut.
        return (evidence, math.log1p(count) - 0.7 * stripped, 0.0)
    if any(rule.known_only for rule, _ in cut.prefixes):
        return (-1.0, 0.0, 0.0)
    # Unknown root: strip what the rules allow, but distrust what roots often look like.
    verbal = any(rule.voice for rule, _ in cut.prefixes)
    penalty = 0.5 * cut.rank
    if cut.suffix == "i" and (not verbal or root.endswith("a") or (
            _CLUSTER.search(root) and not root.endswith(_DIGRAPH))):
        penalty += 1.5  # `nilai`, `dipakai`, `mengungsi`: the -i belongs to the root
    if cut.suffix == "i" and len(root) >= 6 and root.endswith("s"):
        penalty += 1.5  # loanwords in -asi/-isi: `mengakomodasi`, `berorientasi`
    if _VERBAL_START.match(root):
        penalty += 1.0  # an unknown root should not keep a verbal prefix (`disahkan`)
    if cut.suffix == "an" and not cut.prefixes:
        penalty += 1.5  # `jalan`, `hujan`
    if syllables < 2:
        penalty += 2.0  # roots have two syllables or more: `terbang` is not ter + bang
    if len(cut.prefixes) > 1:
        penalty += 0.75
    if any(rule.proclitic or rule.prefix == "se" for rule, _ in cut.prefixes):
        # ku-/kau-/se- before a word the lexicon lacks: mostly a name or a loanword
        # (`kuwait`, `serius`, `seminar`); the roots se- takes are common words
        penalty += 1.0
    if any(c in ("ku", "mu") for c, _ in cut.clitics):
        penalty += 1.5
    return (0.0, stripped - penalty, 0.0)


# Analyses kept per resource bundle: news repeats its words, and the tokenizer, the event
# coder and the lexicon ask about the same word many times (27k calls for 100 articles).
# ``Analysis`` is frozen, so a shared one cannot be changed by a caller. Emptied when full.
MEMO_MAX = 200_000


def _memo(_: Resources) -> dict[tuple[str, str | None], Analysis]:
    return {}


def analyze(word: str, resources: Resources, upos: str | None = None) -> Analysis:
    """The most plausible analysis of one word (any case; offsets refer to ``word``)."""
    memo = resources.derived("lang.id.morph.memo", _memo)
    # the tag only tells a verb from anything else: one memo entry for all other tags
    upos = "VERB" if upos == "VERB" else None
    key = (word, upos)
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_MAX:
            memo.clear()
        found = memo[key] = _analyze(word, resources, upos)
    return found


def _analyze(word: str, resources: Resources, upos: str | None) -> Analysis:
    r = rules(resources)
    core = word.strip("-")
    if core != word and core:
        lead = word.index(core)
        inner = analyze(core, resources, upos)
        return replace(inner, word=word, parts=tuple(
            replace(p, start=p.start + lead, end=p.end + lead) for p in inner.parts))
    low = word.lower()
    if "-" in low.strip("-"):
        redup = _reduplication(r, word, resources, upos)
        if redup is not None:
            return redup
    if not _LETTERS.fullmatch(low):
        return Analysis(word=word, root=low, known=low in r.lemma or low in r.form,
                        voice="Act" if upos == "VERB" else None,
                        parts=(Part(0, len(word), "root", low),))
    verb = upos == "VERB"
    best = max(_cuts(r, low), key=lambda c: _score(r, c, low, verb), default=None)
    if best is None:
        best = _Cut((), low, 0, len(low), None, ())
    return _analysis(r, word, best, upos)


def _analysis(r: _Rules, word: str, cut: _Cut, upos: str | None) -> Analysis:
    voice = next((rule.voice for rule, _ in cut.prefixes if rule.voice), None)
    if voice is None and not cut.prefixes and cut.root in r.lexicalised:
        # `terjadi`, `merupakan`: fused, but the prefix still gives the voice
        voice = next((x.voice for x in r.inflecting if x.voice and cut.root.startswith(
            x.surface) and x.next.match(cut.root, len(x.surface))), None)
    if voice is None and upos == "VERB" and not cut.prefixes:
        voice = "Act"
    parts: list[Part] = []
    for rule, start in cut.prefixes:
        parts.append(Part(start, start + len(rule.surface),
                          "proclitic" if rule.proclitic else "prefix", rule.prefix))
    parts.append(Part(cut.root_start, cut.root_end, "root", cut.root))
    if cut.suffix:
        parts.append(Part(cut.root_end, cut.root_end + len(cut.suffix), "suffix", cut.suffix))
    for clitic, start in cut.clitics:
        roles = r.clitic_roles.get(clitic, {})
        role = roles.get("any") or roles.get(voice or "none") or roles.get("none")
        parts.append(Part(start, start + len(clitic), "clitic", clitic, role))
    names = tuple(rule.prefix for rule, _ in cut.prefixes if not rule.proclitic)
    confix = None
    if names and cut.suffix and (names[0], cut.suffix) in r.confixes:
        confix = f"{names[0]}-{cut.suffix}"
        if upos == "VERB":
            voice = r.confixes[(names[0], cut.suffix)] or voice
    return Analysis(
        word=word, root=cut.root,
        prefixes=tuple(rule.prefix for rule, _ in cut.prefixes),
        suffixes=(cut.suffix,) if cut.suffix else (),
        clitics=tuple(c for c, _ in cut.clitics),
        voice=voice, confix=confix,
        known=cut.root in r.lemma or cut.root in r.form or cut.root in r.lexicalised,
        parts=tuple(parts),
    )


def _reduplication(r: _Rules, word: str, resources: Resources,
                   upos: str | None) -> Analysis | None:
    """``luka-luka``, ``serang-menyerang``, ``berbondong-bondong``: both halves share a
    root; the affixed half carries the analysis, the other is a reduplication part."""
    cut = word.rfind("-")
    left, right = word[:cut], word[cut + 1 :]
    if "-" in left or not left or not right:
        return None
    a_left, a_right = analyze(left, resources, upos), analyze(right, resources, upos)
    if a_left.root != a_right.root and left.lower() != a_right.root \
            and right.lower() != a_left.root:
        return None
    affixed_right = bool(a_right.prefixes or a_right.suffixes or a_right.clitics)
    main = a_right if affixed_right else a_left
    shift = cut + 1 if affixed_right else 0
    other = Part(0, cut, "reduplication", left.lower()) if affixed_right else \
        Part(cut + 1, len(word), "reduplication", right.lower())
    parts = [Part(p.start + shift, p.end + shift, p.kind, p.form, p.role) for p in main.parts]
    parts = sorted([*parts, other], key=lambda p: p.start)
    return Analysis(word=word, root=main.root, prefixes=main.prefixes, suffixes=main.suffixes,
                    clitics=main.clitics, voice=main.voice, confix=main.confix,
                    reduplicated=True, known=main.known, parts=tuple(parts))
