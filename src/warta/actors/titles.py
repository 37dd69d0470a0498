"""Actor codes from the title written before a person's name.

Indonesian news introduces people by office: ``Menteri Luar Negeri Iran Abbas Araghchi``,
``juru bicara militer Israel Avichay Adraee``, ``Kapolda Metro Jaya Irjen Fulan``. When a
person is not in the dictionary (or holds no role there on the date), the title decides.

The words before the name are cut at the last clause boundary (punctuation, a clause word or
a verb such as ``mengatakan``: ``actors/title_words.yaml``), trailing ranks and honorifics
are dropped (``Irjen``, ``Laksamana Pertama``, ``Dr``), and the title head nearest the name
(``actors/titles.tsv``) is applied to the actor named after it. A head preceded by
``mantan``/``eks``/``calon`` names a former or future office and gives no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.actors.dates import as_date
from warta.actors.heads import WILD, HeadTable, apply_head, compile_heads
from warta.actors.index import actor_index
from warta.actors.lookup import DateLike, actor_after, lookup
from warta.actors.match import ActorMatch
from warta.actors.names import fold, tokens
from warta.resources import Resources

_CLAUSE_PUNCT = frozenset({".", ";", ":", "!", "?", "\"", "“", "”", "(", ")", "-", "–", "—"})
MAX_WORDS = 12
# a short aside in parentheses inside a title (an acronym, a short form: ``Kepala Pusat
# Penerangan (Kapuspen) TNI``, ``Duta Besar (Dubes) Iran``) is read past, not a boundary
_ASIDE = re.compile(r"\(\s*[\w.&'’-]+(?:\s+[\w.&'’-]+)?\s*\)")


@dataclass(frozen=True)
class TitleWords:
    ranks: frozenset[str]
    rank_tails: frozenset[str]
    boundaries: frozenset[str]
    negators: frozenset[str]
    not_verbs: frozenset[str]
    verb_prefix: re.Pattern[str]
    group_heads: frozenset[str] = frozenset()  # folded heads naming a crowd (warga)
    portfolio_heads: frozenset[str] = frozenset()  # offices whose IDN fallback is a guess
    spelled_ranks: frozenset[str] = frozenset()  # folded ranks in several words


def _title_words(resources: Resources) -> TitleWords:
    data = resources.get("actors/title_words.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data.get(key) or [])

    prefixes = "|".join(re.escape(p) for p in data.get("verb_prefixes") or [])
    return TitleWords(ranks=words("ranks"), rank_tails=words("rank_tails"),
                      boundaries=words("boundaries"), negators=words("negators"),
                      not_verbs=words("not_verbs"), group_heads=words("group_heads"),
                      portfolio_heads=words("portfolio_heads"),
                      spelled_ranks=words("spelled_ranks"),
                      verb_prefix=re.compile(rf"^(?:{prefixes})\w{{3,}}$" if prefixes else r"^$"))


def _tables(resources: Resources) -> tuple[HeadTable, TitleWords]:
    return resources.derived("actors.titles", lambda r: (
        compile_heads(r.get("actors/titles.tsv"), "actors/titles.tsv"), _title_words(r)))


def title_heads(resources: Resources) -> HeadTable:
    """The title heads of ``actors/titles.tsv`` (compiled once per bundle)."""
    return _tables(resources)[0]


def _window(context_before: str, words_: TitleWords, heads: HeadTable,
            apposition: bool = True) -> tuple[list[str], bool]:
    """The words after the last clause boundary, without trailing ranks and commas, and
    whether they are an office set off by a comma before a rank (``apposition``)."""
    toks = tokens(_ASIDE.sub(" ", context_before))[-(MAX_WORDS * 2):]
    start = 0
    for i, tok in enumerate(toks):
        low = fold(tok)
        is_last_comma = tok == "," and all(t == "," for t in toks[i:])
        if (tok in _CLAUSE_PUNCT or (tok == "," and not is_last_comma)
                or low in words_.boundaries
                or (tok.islower() and words_.verb_prefix.match(low)
                    and low not in words_.not_verbs and low not in heads.by_first)):
            start = i + 1
    window = _without_ranks([t for t in toks[start:] if t != ","], words_)
    if not window and start > 1 and toks[start - 1] == "," and any(
            t != "," for t in toks[start:]) and apposition:
        # "Kapolres Jember, AKBP Fulan": only a rank after the comma, so the office before
        # it is the one the rank's holder has
        return _window(" ".join(toks[:start - 1]), words_, heads, apposition=False)[0], True
    return window[-MAX_WORDS:], False


def _without_ranks(window: list[str], words_: TitleWords) -> list[str]:
    while window:
        low = fold(window[-1])
        spelled = next((n for n in (4, 3, 2) if len(window) >= n and " ".join(
            fold(w) for w in window[-n:]) in words_.spelled_ranks), 0)
        if spelled:
            del window[-spelled:]  # "Komisaris Besar": a rank in words
        elif low in words_.ranks or (low in words_.rank_tails and len(window) > 1
                                     and fold(window[-2]) in words_.ranks | words_.rank_tails):
            window.pop()
        else:
            break
    return window


def infer_from_title(context_before: str, name: str, on: DateLike = None,
                     resources: Resources | None = None) -> ActorMatch | None:
    """The actor a person named ``name`` acts for, from the title in ``context_before`` (the
    sentence text right before the name)."""
    if resources is None:
        raise TypeError("infer_from_title needs a Resources bundle")
    heads, words_ = _tables(resources)
    window, appositive = _window(context_before, words_, heads)
    folded = [fold(w) for w in window]
    index = actor_index(resources)
    # read heads left to right, longest first, skipping words inside a head already read
    # ("Perdana Menteri" is not also "Menteri"); the head nearest the name wins
    # the nearest head that gives a code wins: ``Bupati Raja Ampat`` is a regent although
    # ``Raja`` (king) is nearer and names no state
    found_heads = []
    i = 0
    while i < len(window):
        head = heads.match_at(folded, i, window)
        if head is None:
            i += 1
            continue
        found_heads.append((i, head))
        i += len(head.words)
    for start, head in reversed(found_heads):
        if start > 0 and folded[start - 1] in words_.negators:
            return None
        rest = window[start + len(head.words):]
        if appositive and any(fold(w) in index.parts and fold(w) not in index.folded
                              for w in rest):
            return None  # "Presiden Fulan Widodo, AKBP ...": a person, not an office
        found = actor_after(rest, index, resources)
        if found is None and " ".join(head.words) in words_.group_heads:
            region = region_state(resources, rest)
            if region == "":
                continue  # "warga Kashmir": a disputed region, no state's civilians
            if region is not None:  # "warga Gaza, Fulan": Palestine's civilian, not ours
                found = (region, None, True)
        code, sector = apply_head(head, found)
        if code is None:
            continue
        # an office named by its portfolio with nothing named after it gives its fallback
        # (``Menteri`` → IDN): a guess, which the entity layer may overrule by the
        # article's country (entities.link.home_country); not a local office, whose
        # unknown place is mostly Indonesian (``Wali Kota Depok``)
        default = found is None and head.code == WILD \
            and " ".join(head.words) in words_.portfolio_heads
        return ActorMatch(name=" ".join(name.split()), type="PER", code=code, sector=sector,
                          rule="title-default" if default else "title",
                          title=" ".join(window[start:]))
    return None


def region_state(resources: Resources, words: list[str]) -> str | None:
    """The state a region named at the start of ``words`` belongs to (``Gaza``, ``Tepi
    Barat`` → PSE: ``territory_of`` in ``actors/places.yaml``, names, aliases and
    ``territory_aliases``); ``""`` for a listed region of no state (``Kashmir``); ``None``
    when ``words`` do not start with a listed region."""

    def build(res: Resources) -> dict[str, str]:
        out: dict[str, str] = {}
        for item in (res.get("actors/places.yaml") or {}).get("regions") or []:
            names = [item.get("name"), *(item.get("aliases") or []),
                     *(item.get("territory_aliases") or [])]
            for n in names:
                if n:
                    out[fold(str(n))] = str(item.get("territory_of") or "")
        return out

    table = resources.derived("actors.region_states", build)
    folded = [fold(w) for w in words[:4]]
    for n in range(len(folded), 0, -1):
        state = table.get(" ".join(folded[:n]))
        if state is not None:
            return state
    return None


def resolve_person(name: str, context_before: str = "", on: DateLike = None,
                   resources: Resources | None = None) -> ActorMatch | None:
    """A person mention: the dictionary role valid on the date, else the title before it.
    A known person with no role on the date keeps code null unless the text gives a title."""
    found = lookup(name, as_date(on), resources)
    if found is not None and found.type == "PER" and found.code is not None:
        return found
    titled = infer_from_title(context_before, name, on, resources) if context_before else None
    if titled is not None and found is not None:
        return ActorMatch(name=found.name, type="PER", code=titled.code, sector=titled.sector,
                          rule=titled.rule, wikidata=found.wikidata, title=titled.title)
    return titled or found
