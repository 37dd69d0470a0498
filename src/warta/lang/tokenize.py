"""Tokens with character offsets for Indonesian news text.

One regular expression scans the text left to right; each match is a token of a kind
(``url``, ``email``, ``tag``, ``date``, ``number``, ``abbr``, ``word``, ``ellipsis``,
``punct``), tried in that order at each position, so a URL or an abbreviation is never cut
by the word rule. What the rules decide (``src/warta/data/README.md``, ``lang/id`` tokens):

* figures stay whole: ``680.000``, ``1,5``, ``10.30``, ``1990-an``; a currency written
  before a figure is its own token (``Rp425`` → ``Rp`` + ``425``, the same as ``Rp 425``),
  so the amount finder and the model see one shape; ``10%`` is ``10`` + ``%``;
* day/month dates are one token: ``2/3/2022``, ``25/2`` (the brackets of ``(25/2)`` are not);
* abbreviations from ``abbreviations.tsv`` keep their dot (``Dr.``, ``Jl.``, ``S.H.``,
  ``M.Si.``), as do other dotted initialisms and a capital initial before a name (``H.``);
* words keep inner hyphens and apostrophes (``teman-teman``, ``COVID-19``, ``Jum'at``), as
  UD Indonesian tokenises them; clitics stay inside the word and are reported as
  ``Token.parts`` (``bukunya`` = ``buku`` + ``nya``), again as UD's surface tokens do;
* quotes, brackets and other symbols are single-character tokens; ``...``/``…`` is one.

Scrapers glue words where they strip links (``DilansirAFP``, ``keQatardengan``,
``Trumpatas``). ``split_glued`` finds boundaries inside such a word from the lexicon (root
list, morphology, spaCy's Indonesian stop words) and the names in the actor data, and only
where a boundary is visible (lower→upper case) or both sides are known; it never splits a
word that is itself known. Tokens are always sub-spans of the text: nothing is rewritten.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from warta.lang import morph
from warta.resources import Resources

_CLITIC_FORMS = ("nya", "lah", "kah", "pun", "ku", "mu")
_PROCLITICS = ("ku", "kau")
# words whose glued-word cuts are remembered on the resource bundle before it starts afresh
_CACHE_LIMIT = 200_000
# strings that are affixes or clitics, never a word of their own after a cut
# a word ending in a run of capitals and then lower-case letters (JakTVdan)
_CAPS_THEN_WORD = re.compile(r"(.*[A-Z]{2,})([a-z]{3,})")
_NOT_A_WORD = frozenset({"nya", "lah", "kah", "pun", "kan", "an", "i", "ku", "mu", "tah",
                         "wan", "wati", "isme", "is"})


class Piece(NamedTuple):
    """One token: ``[start, end)`` in the text and the rule that matched it. A named tuple:
    immutable like a frozen dataclass and built several times faster (one per token)."""

    start: int
    end: int
    kind: str  # url email tag date currency number abbr word ellipsis punct
    abbr: str | None = None  # for kind "abbr": title | common | initial (``W.``)


@dataclass(frozen=True)
class Lexicon:
    """Everything the tokenizer and the sentence splitter read from the data files."""

    pattern: re.Pattern[str]
    abbr_kind: Mapping[str, str]
    acronyms: frozenset[str]
    currencies: tuple[str, ...]
    words: frozenset[str]  # lower-case known words
    names: frozenset[str]  # name words as written (``Trump``, ``Qatar``, ``AFP``)
    cues: frozenset[str]  # speech cues after a closing quote, lower-case
    keep: frozenset[str]  # glued on purpose: never split
    keep_prefixes: tuple[str, ...]
    short_left: frozenset[str]  # two-letter words that may be glued before a name (ke, di)
    function_words: frozenset[str]  # spaCy's Indonesian stop words


_URL = r"(?:https?://|www\.)[^\s<>\"“”‘’()\[\]{}]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = (r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
           r"\.(?:com|net|org|co\.id|go\.id|ac\.id|or\.id|id|tv|news|info|io)(?![\w])")
_TAG = r"(?<![\w@#])[#@][^\W_]\w*"
_DATE = r"\d{1,2}/\d{1,2}(?:/\d{4}|/\d{2})?(?![\d/])"
_DOTTED = (r"(?:[A-Za-z]\.(?:[A-Za-z][a-z]{0,3}\.)+|[A-Za-z][a-z]{0,2}\.(?:[A-Za-z]\.)+)"
           r"(?![^\W\d_])")
_INITIAL = r"[A-HJ-UWYZ]\.(?=[ \t]*[A-Z][a-z])"  # not I, V, X: Perang Dunia I. Lalu
_NUMBER = r"\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?"
_WORD = r"[^\W_]+(?:[-'’][^\W_]+)*"
_ELLIPSIS = r"\.{2,}|…"
_PUNCT = r"[!?]+|\S"


def _alternation(items: Iterable[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(set(items), key=len, reverse=True)) \
        or r"(?!x)x"


def _build_pattern(dotted_abbrs: Iterable[str], currencies: Iterable[str]) -> re.Pattern[str]:
    abbr, cur = _alternation(dotted_abbrs), _alternation(currencies)
    parts = [("url", _URL), ("email", _EMAIL), ("url", _DOMAIN), ("tag", _TAG),
             ("date", _DATE), ("currency", rf"(?<![^\W_])(?:{cur})(?=\d)"),
             ("abbr", rf"(?<![^\W_])(?:{abbr})"), ("dotted", _DOTTED),
             ("initial", _INITIAL), ("number", _NUMBER), ("word", _WORD),
             ("ellipsis", _ELLIPSIS), ("punct", _PUNCT)]
    return re.compile("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(parts)))


def _name_words(value: Any, out: set[str]) -> None:
    """Every capitalised word or acronym in the actor data (names, aliases, capitals)."""
    if isinstance(value, str):
        for w in re.findall(r"[^\W_]+", value):
            if len(w) >= 2 and w[0].isupper() and (len(w) >= 4 or w.isupper()):
                out.add(w)
    elif isinstance(value, Mapping):
        for v in value.values():
            _name_words(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _name_words(v, out)


def _build(resources: Resources) -> Lexicon:
    from spacy.lang.id.stop_words import STOP_WORDS

    rows = resources.get("lang/id/abbreviations.tsv")
    kinds = {r["abbr"]: r["kind"] for r in rows}
    dotted = [a for a, k in kinds.items() if k in ("title", "common") and a.endswith(".")]
    r = morph.rules(resources)
    words = set(r.lemma) | set(r.form) | set(r.lexicalised) | {w.lower() for w in STOP_WORDS}
    names: set[str] = set()
    _name_words(resources.glob("actors/"), names)
    acronyms = {a for a, k in kinds.items() if k == "acronym"}
    currencies = [a for a, k in kinds.items() if k == "currency"]
    keep = resources.get("lang/id/keep_whole.txt")
    return Lexicon(
        pattern=_build_pattern(dotted, currencies),
        abbr_kind={a: k for a, k in kinds.items() if a in dotted},
        acronyms=frozenset(acronyms | {n for n in names if n.isupper()}),
        currencies=tuple(sorted(currencies, key=len, reverse=True)),
        words=frozenset(w for w in words if w),
        names=frozenset(names | acronyms),
        cues=_speech_cues(resources),
        keep=frozenset(k for k in keep if not k.endswith("*")),
        keep_prefixes=tuple(k[:-1] for k in keep if k.endswith("*")),
        short_left=frozenset(w for w in STOP_WORDS if len(w) == 2 and w != "se"),
        function_words=frozenset(STOP_WORDS),
    )


def _speech_cues(resources: Resources) -> frozenset[str]:
    """Words that may follow a closing quote as its cue (``"…," katanya``, ``"…." Demikian
    kata X``): the ``after`` cues of ``lang/id/quote_cues.tsv`` with their ``-nya`` forms,
    and its ``lead`` words. The quote layer reads the same file."""
    rows = [(str(r["cue"]).strip().lower(), r["role"])
            for r in resources.get("lang/id/quote_cues.tsv")]
    after = {cue for cue, role in rows if role == "after"}
    # 'terangnya' is listed beside 'terang'; 'tanya' only looks like a -nya form
    nya = {cue + "nya" for cue in after if not (cue.endswith("nya") and cue[:-3] in after)}
    return frozenset(after | nya | {cue for cue, role in rows if role == "lead"})


def lexicon(resources: Resources) -> Lexicon:
    return resources.derived("lang.id.tokenize", _build)


def scan(text: str, resources: Resources) -> list[Piece]:
    """Tokens of ``text`` in order, glued words already split."""
    lex = lexicon(resources)
    # the rule of each numbered group of the pattern (``word10`` → ``word``)
    kinds = {name: name.rstrip("0123456789") for name in lex.pattern.groupindex}
    cache = _glued_cache(resources)
    out: list[Piece] = []
    for m in lex.pattern.finditer(text):
        kind = kinds.get(m.lastgroup or "", "punct")
        start, end = m.span()
        if kind == "url":
            end = start + len(_trim_url(m.group()))
        elif kind == "abbr":
            out.append(Piece(start, end, "abbr", lex.abbr_kind.get(m.group(), "title")))
            continue
        elif kind in ("dotted", "initial"):
            out.append(Piece(start, end, "abbr", "title" if kind == "dotted" else "initial"))
            continue
        elif kind == "word":
            if cache.get(m.group()) == []:  # a word met before, and not glued
                out.append(Piece(start, end, "number" if text[start].isdigit() else "word"))
                continue
            for s, e in split_glued(text, start, end, resources):
                out.append(Piece(s, e, "number" if text[s].isdigit() else "word"))
            continue
        out.append(Piece(start, end, kind))
        if end < m.end():  # trailing punctuation cut from a URL
            out.extend(Piece(i, i + 1, "punct") for i in range(end, m.end()))
    return out


def _trim_url(url: str) -> str:
    while url and url[-1] in ".,;:!?'\"":
        url = url[:-1]
    if url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    return url


# --- glued words ----------------------------------------------------------------------
def _known_word(lex: Lexicon, w: str, resources: Resources) -> bool:
    low = w.lower()
    if low in _NOT_A_WORD or len(low) < 2:
        return False
    if low in lex.words:
        return True
    if not low.isalpha():
        return False
    return morph.analyze(low, resources).known


def _known(lex: Lexicon, w: str, resources: Resources) -> bool:
    return w in lex.names or _known_word(lex, w, resources)


def _glued_cache(resources: Resources) -> dict[str, list[int]]:
    return resources.derived("lang.id.glued_cuts", _new_cache)


def _new_cache(_: Resources) -> dict[str, list[int]]:
    return {}


def split_glued(text: str, start: int, end: int, resources: Resources) -> list[tuple[int, int]]:
    """Sub-spans of the word ``text[start:end]``: itself, or the words a scraper glued."""
    w = text[start:end]
    # the cuts depend on the word alone: remembered per word on the bundle (a news run
    # meets the same few thousand words again and again)
    cache = _glued_cache(resources)
    cuts = cache.get(w)
    if cuts is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cuts = cache[w] = _cuts(lexicon(resources), w, resources)
    if not cuts:
        return [(start, end)]
    bounds = [0, *cuts, len(w)]
    return [(start + a, start + b) for a, b in itertools.pairwise(bounds)]


def _cuts(lex: Lexicon, w: str, resources: Resources, depth: int = 0) -> list[int]:
    if depth > 4 or len(w) < 4:
        return _currency_cut(lex, w)
    cur = _currency_cut(lex, w)
    if cur:
        return cur
    if w in lex.names or w in lex.keep or (
            lex.keep_prefixes and w.startswith(lex.keep_prefixes)):
        return []
    if "'" in w or "’" in w:
        return []
    if "-" in w:
        # a hyphenated pair keeps its hyphen; only a name ending it may have a word glued
        # after it (Iran-Israelyang → Iran-Israel + yang)
        tail = w.rfind("-") + 1
        return [tail + c for c in _name_word_cut(lex, w[tail:], resources)]
    # a function word glued after a name that ends in capitals (JakTVdan, MetroTVyang):
    # the case change upper→lower is the boundary
    m = _CAPS_THEN_WORD.fullmatch(w)
    if m and m.group(2) in lex.function_words and m.group(2) not in _NOT_A_WORD:
        cut = m.start(2)
        return [*_cuts(lex, w[:cut], resources, depth + 1), cut]
    # a visible boundary: lower→upper (keQatar, DilansirAFP, BenjaminNetanyahu)
    for i in range(1, len(w)):
        if w[i].isupper() and (w[i - 1].islower() or w[i - 1].isdigit()):
            left, right = w[:i], w[i:]
            right_cuts = _cuts(lex, right, resources, depth + 1)
            first = right[: right_cuts[0]] if right_cuts else right
            # the left part is a known word or name (two letters: a preposition such as
            # ke, di), or the left part is longer and a name or acronym follows it
            short_ok = len(left) >= 3 or left.lower() in lex.short_left
            if short_ok and left.isalpha() and _known(lex, left, resources):
                return [i, *(i + c for c in right_cuts)]
            if len(left) >= 3 and len(first) >= 3 and first in lex.names:
                # the left part may itself be a name with a word glued after it
                # (IsraeldanIran, ErdoganmengatakanIran, AFPdanReuters)
                left_cuts = _cuts(lex, left, resources, depth + 1)
                return [*left_cuts, i, *(i + c for c in right_cuts)]
            return []
    # an acronym glued to a word: PBBmengatakan, ASDonald
    m = re.match(r"[A-Z]{2,}", w)
    if m and m.end() < len(w):
        for i in range(m.end(), 1, -1):
            left, right = w[:i], w[i:]
            if left in lex.acronyms and len(right) >= 3 and (
                    (right.islower() and _known_word(lex, right, resources))
                    or right in lex.names):
                return [i]
        return []
    return _name_word_cut(lex, w, resources)


def _name_word_cut(lex: Lexicon, w: str, resources: Resources) -> list[int]:
    """A name glued to a lower-case word: Trumpatas, Netanyahuberterima, Balidan. A name of
    five letters or more takes a known word of four or more; a shorter name only a
    function word or an affixed verb (Telkomsel, Mutiara, Jayawijaya stay whole)."""
    if not (len(w) >= 7 and w[0].isupper() and w[1:].islower()) or w.lower() in lex.words:
        return []
    for i in range(len(w) - 3, 3, -1):
        left, right = w[:i], w[i:]
        if left not in lex.names or not _known_word(lex, right, resources):
            continue
        plausible = (len(left) >= 5 and len(right) >= 4) or right in lex.function_words \
            or (len(right) >= 6 and bool(morph.analyze(right, resources).prefixes))
        if plausible and not _known_word(lex, w, resources):
            return [i]
    return []


def _currency_cut(lex: Lexicon, w: str) -> list[int]:
    for cur in lex.currencies:
        if w.startswith(cur) and len(w) > len(cur) and w[len(cur)].isdigit():
            return [len(cur)]
    return []


# --- clitics --------------------------------------------------------------------------
def clitic_parts(word: str, resources: Resources) -> tuple[tuple[int, int], ...]:
    """Offsets inside ``word`` of its host and clitics (``bukunya`` → (0, 4), (4, 7));
    empty when the word has no clitic. The analysis is ``morph.analyze``'s."""
    low = word.lower()
    if not low.endswith(_CLITIC_FORMS) and not low.startswith(_PROCLITICS):
        return ()
    cache: dict[str, tuple[tuple[int, int], ...]] = resources.derived(
        "lang.id.clitic_parts", lambda _: {})
    hit = cache.get(word)
    if hit is not None:
        return hit
    analysis = morph.analyze(word, resources)
    parts = analysis.parts
    clitics = [p for p in parts if p.kind in ("clitic", "proclitic")]
    out: tuple[tuple[int, int], ...] = ()
    if clitics:
        pro = [p for p in clitics if p.kind == "proclitic"]
        enc = [p for p in clitics if p.kind == "clitic"]
        host_start = pro[-1].end if pro else 0
        host_end = enc[0].start if enc else len(word)
        spans = [(p.start, p.end) for p in pro] + [(host_start, host_end)] + [
            (p.start, p.end) for p in enc]
        out = tuple(spans)
    cache[word] = out
    return out
