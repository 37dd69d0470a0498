"""What the entity layer compiles once per ``Resources`` bundle: the word lists of
``entities/words.yaml``, the actor dictionary's first words (so that a scan only looks up
spans that can start a dictionary name) and the title and institution heads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warta.actors.heads import HeadTable
from warta.actors.index import ActorIndex, actor_index
from warta.actors.lookup import institution_heads
from warta.actors.names import fold
from warta.actors.titles import TitleWords, _tables
from warta.resources import Resources

TABLES_KEY = "entities.tables"


@dataclass(frozen=True)
class Phrases:
    """Folded one- and multi-word phrases; ``longest`` is the longest in words."""

    items: frozenset[str]
    longest: int

    def __contains__(self, key: object) -> bool:
        return key in self.items

    def match_end(self, folded: list[str], end: int) -> int:
        """Words of the longest phrase ending right before ``end`` (0 when none)."""
        for n in range(min(self.longest, end), 0, -1):
            if " ".join(folded[end - n:end]) in self.items:
                return n
        return 0

    def match_start(self, folded: list[str], start: int) -> int:
        for n in range(min(self.longest, len(folded) - start), 0, -1):
            if " ".join(folded[start:start + n]) in self.items:
                return n
        return 0


def _phrases(values: Any) -> Phrases:
    items = frozenset(fold(str(v)) for v in values or [])
    return Phrases(items, max((len(v.split()) for v in items), default=0))


@dataclass(frozen=True)
class EntityTables:
    index: ActorIndex
    titles: HeadTable
    title_words: TitleWords
    institutions: HeadTable
    first_words: frozenset[str]     # folded first words of dictionary keys
    exact_first: frozenset[str]     # first words of case-sensitive keys, as written
    longest_key: int                # longest dictionary key, in words
    connectors: frozenset[str]
    not_names: frozenset[str]
    glue_words: frozenset[str]
    org_heads: Phrases
    org_tails: Phrases
    loc_heads: Phrases
    loc_tails: Phrases
    place_before: Phrases
    speech_before: Phrases
    act_after: frozenset[str]
    act_before: Phrases
    keep_in_names: frozenset[str]   # country acronyms kept inside names, as written (RI)
    short_names: dict[str, str]     # folded short form → long name (Jatim → Jawa Timur)
    legal_forms: frozenset[str]     # company forms ignored when names are compared (PT)
    family_name_first: frozenset[str]  # codes whose people's first part is the family name
    acting_regions: frozenset[str]     # regions coded only when they act (Eropa)
    generic_institutions: frozenset[str]  # institutions every state has (Kementerian Kesehatan)
    home_heads: Phrases             # institution heads that default to Indonesia (Pangkalan)
    law_words: Phrases              # a title after these names a law (Peraturan Menteri)
    cite_before: frozenset[str]     # words that cite a medium or a source before its name
    honorifics: frozenset[str]      # words before a person's name that are not part of it
    drop_heads: Phrases             # generic heads dropped from a name (Pemerintah X)
    place_prefixes: Phrases         # administrative words dropped from a place (Kota X)
    person_openers: Phrases         # words opening a person's name (I Wayan, Ida Bagus)
    spelled_ranks: Phrases          # ranks written out (Komisaris Besar)
    direction_words: frozenset[str]  # second words of regional names (Barito Timur)
    common: frozenset[str]          # Indonesian words (lang/id/roots.tsv): not names
    currency_marks: tuple[str, ...] = ()  # US$, HK$: the name before one is a currency code
    # folded rank → (code, sector) of the one force that uses it (title_words: rank_codes)
    rank_codes: dict[str, tuple[str, str]] = field(default_factory=dict)


def build_tables(resources: Resources) -> EntityTables:
    index = actor_index(resources)
    words = resources.get("entities/words.yaml") or {}
    titles, title_words = _tables(resources)
    folded_keys = list(index.folded)
    exact_keys = list(index.exact)
    longest = max((len(k.split()) for k in [*folded_keys, *exact_keys]), default=1)

    def folded_set(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in words.get(key) or [])

    return EntityTables(
        index=index, titles=titles, title_words=title_words,
        institutions=institution_heads(resources),
        first_words=frozenset(k.split()[0] for k in folded_keys if k),
        exact_first=frozenset(k.split()[0] for k in exact_keys if k),
        longest_key=longest,
        connectors=folded_set("connectors"), not_names=folded_set("not_names"),
        glue_words=folded_set("glue_words"),
        org_heads=_phrases(words.get("org_heads")), org_tails=_phrases(words.get("org_tails")),
        loc_heads=_phrases(words.get("loc_heads")), loc_tails=_phrases(words.get("loc_tails")),
        place_before=_phrases(words.get("place_before")),
        speech_before=_phrases(words.get("speech_before")),
        act_after=folded_set("act_after"),
        act_before=_phrases(words.get("act_before")),
        honorifics=folded_set("honorifics"), cite_before=folded_set("cite_before"),
        law_words=_phrases(words.get("law_words")), legal_forms=folded_set("legal_forms"),
        keep_in_names=frozenset(str(w) for w in words.get("keep_in_names") or []),
        short_names={fold(str(k)): str(v) for k, v in (words.get("short_names") or {}).items()},
        family_name_first=frozenset(str(w) for w in words.get("family_name_first") or []),
        acting_regions=folded_set("acting_regions"),
        generic_institutions=folded_set("generic_institutions"),
        home_heads=_phrases(words.get("home_heads")),
        drop_heads=_phrases(words.get("drop_heads")),
        place_prefixes=_phrases(words.get("place_prefixes")),
        person_openers=_phrases(words.get("person_openers")),
        spelled_ranks=_phrases(title_words.spelled_ranks),
        direction_words=folded_set("direction_words"),
        common=frozenset(str(r.get("word") or "") for r in resources.get("lang/id/roots.tsv") or []),
        currency_marks=tuple(str(w) for w in words.get("currency_marks") or []),
        rank_codes=_rank_codes(resources.get("actors/title_words.yaml") or {}),
    )


def _rank_codes(data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """``rank_codes`` of ``actors/title_words.yaml``: folded rank → (code, sector)."""
    out: dict[str, tuple[str, str]] = {}
    for key, ranks in (data.get("rank_codes") or {}).items():
        code, _, sector = str(key).partition("/")
        for rank in ranks or []:
            out[fold(str(rank))] = (code, sector)
    return out


def entity_tables(resources: Resources) -> EntityTables:
    return resources.derived(TABLES_KEY, build_tables)
