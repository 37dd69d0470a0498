"""The records the event coder passes around and the loaders of its word lists.

``Word`` (a token with its morphology), ``Actor`` (an actor mention as a word span),
``Trigger`` (a lexicon entry found in a sentence), ``Context`` (the resources every step
reads), ``Scene`` (what is known of the whole article) and the ``cues.yaml`` /
``actors.yaml`` lists. Every other module of the coder imports this one and it imports none
of them, so the coder has no import cycles.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from warta.doc import ActorRef, Document, Entity, Span, Token
from warta.events.lexicon import Entry, Lexicon, load_lexicon
from warta.events.ontology import Ontology, load_ontology
from warta.lang.morph import analyze
from warta.resources import Resources


@dataclass(frozen=True)
class Cues:
    negators: frozenset[str]
    denials: frozenset[str]
    future: frozenset[str]
    offers: frozenset[str]
    hypothetical: frozenset[str]
    pundits: frozenset[str]
    report_cues: frozenset[str]
    attribution: frozenset[str]
    subject_gap: frozenset[str]
    possessed_heads: frozenset[str]
    light_verbs: frozenset[str]
    coordinators: frozenset[str]
    clause_breaks: frozenset[str]
    reciprocal: frozenset[str]
    protest_against: frozenset[str]
    requested: frozenset[str]
    protest_sites: frozenset[str]
    strike_verbs: frozenset[str]
    raising: frozenset[str]
    copulas: frozenset[str]
    speech_verbs: frozenset[str]
    period_cues: frozenset[str]
    period_after: frozenset[str]
    habitual: frozenset[str]
    capability: frozenset[str]
    vows: frozenset[str]
    leaders: frozenset[str]
    time_shift: frozenset[str]
    week_ago: frozenset[str]
    sports: frozenset[str]
    sports_weak: frozenset[str]
    unsplit_verbs: frozenset[str]
    generic_public: frozenset[str]
    conditions: frozenset[str]
    listing: frozenset[str]
    listed_heads: frozenset[str]
    statement_refs: frozenset[str]
    occasion_openers: frozenset[str]
    occasion_nouns: frozenset[str]
    occasion_ends: frozenset[str]
    time_refs: frozenset[str]
    poll_shares: frozenset[str]
    noun_modifiers: frozenset[str]
    law_words: frozenset[str]
    quellers: frozenset[str]
    riot_settings: frozenset[str]
    riot_parties: frozenset[str]
    wrongdoing_labels: frozenset[str]
    hostile_labels: frozenset[str]
    nearly: frozenset[str]
    not_negating: frozenset[str]
    speaker_marks: frozenset[str]
    preparing: frozenset[str]
    wars: frozenset[str]
    legal_cases: frozenset[str]
    time_openers: frozenset[str]
    conjunctions: frozenset[str]
    demonstratives: frozenset[str]
    reference_demonstratives: frozenset[str]
    protested: frozenset[str]
    subject_obliques: frozenset[str]
    helped_clauses: frozenset[str]
    inclusion: frozenset[str]
    leader_modifiers: frozenset[str]
    ending: frozenset[str]
    meeting_settings: frozenset[str]
    custody_verbs: frozenset[str]
    reciprocal_partners: frozenset[str]
    accused: frozenset[str]
    incidents: frozenset[str]
    prohibitives: frozenset[str]
    local_marks: frozenset[str]
    pair_links: frozenset[str]
    # "Setelah bertemu X, S ...", "disampaikan S usai bertemu X": a subjectless verb after
    # one of these takes the main clause's subject
    gap_openers: frozenset[str]


def load_cues(resources: Resources) -> Cues:
    def build(res: Resources) -> Cues:
        raw = res.get("events/id/cues.yaml")
        return Cues(**{k: frozenset(str(w).lower() for w in raw[k])
                       for k in Cues.__dataclass_fields__})

    return resources.derived("events.cues", build)


class Word(NamedTuple):
    """A token of the sentence with its morphology (a named tuple: immutable, and built
    several times faster than a frozen dataclass; every token of a coded sentence is one)."""

    start: int
    end: int
    low: str
    root: str
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    nya: bool
    passive: bool
    head: int | None  # index into the sentence's words
    dep: str | None
    upos: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    first: int  # word indices [first, last]
    last: int
    ref: ActorRef
    entity: Entity
    guessed: bool = False  # a person without a code, given the article's country
    territory: bool = False  # a region coded as its state (``territory``): only a target

    @property
    def kind(self) -> str:
        """The entity type (PER, ORG, LOC)."""
        return self.entity.type


@dataclass(frozen=True, slots=True)
class Trigger:
    entry: Entry
    first: int
    last: int
    kind: Literal["verb", "noun"]
    passive: bool


@dataclass(frozen=True)
class Context:
    resources: Resources
    lexicon: Lexicon
    ontology: Ontology
    cues: Cues


def adverb(ctx: Context, w: Word) -> bool:
    """A word that may stand between a verb and what it takes (``cues.yaml``
    ``subject_gap``: ``keras``, ``terlebih``, ``dulu``) without opening a clause of its own,
    as ``yang`` and ``dengan`` do."""
    return w.low in ctx.cues.subject_gap and w.low not in ("yang", "dengan")


def context(resources: Resources) -> Context:
    return Context(resources, load_lexicon(resources), load_ontology(resources),
                   load_cues(resources))


@dataclass(frozen=True)
class Scene:
    """What the coder knows of the whole article when it reads one sentence: the article's
    country (for common-noun actors) and every coded entity mention in text order (for
    pronouns)."""

    country: str | None
    mentions: tuple[tuple[int, int, Entity], ...]  # (start, end, entity)
    window_start: int = 0  # pronouns look back to here (two sentences before)
    reference_start: int = 0  # "yayasan tersebut" looks back to here (five sentences before)
    pair_start: int = 0  # a pair ("kedua negara", "mereka") is looked for from here on
    body: str = ""  # the article's text (to read what joins two mentions)
    # (offset, state) of places named (``sentence_actors.places``)
    places: tuple[tuple[int, str], ...] = ()
    dateline_state: str | None = None  # the state of the dateline's city (``LONDON -``)
    speakers: tuple[tuple[int, int, Entity], ...] = ()  # direct quotes with a coded speaker
    groups: tuple[tuple[int, ActorRef], ...] = ()  # sources of earlier events (for "mereka")
    previous: tuple[int, ...] = ()  # indices into doc.tokens of the sentence before
    cued: tuple[tuple[int, Entity], ...] = ()  # (cue start, coded speaker) of every quote
    quoted: tuple[tuple[int, int, Entity], ...] = ()  # every quote with a coded speaker
    sports: bool = False  # a match report: states named in it are teams (``code._team``)
    # (start, type, code, sector) of every person or organisation mention, coded or not: an
    # uncoded one (a pundit) is an antecedent a pronoun may stand for too (``sentence_actors``)
    referents: tuple[tuple[int, str, str | None, str | None], ...] = ()


@dataclass(frozen=True)
class ActorWords:
    common: Mapping[tuple[str, ...], str]  # noun words → sector
    blockers: frozenset[str]
    pronouns: Mapping[str, str]  # pronoun → entity type
    stand_ins: frozenset[str] = frozenset()  # nouns standing for the previous sentence's actor
    counted: Mapping[str, str] = dataclasses.field(default_factory=dict)  # noun → sector
    counters: frozenset[str] = frozenset()  # words counting a noun ("ratusan", "sekelompok")
    located: frozenset[str] = frozenset()  # sectors that take the country of their place
    # "kedua negara": both states in context, with the sector the phrase gives them
    # ("kedua pemimpin": GOV; None: the states themselves)
    pairs: Mapping[tuple[str, ...], str | None] = dataclasses.field(default_factory=dict)
    movements: Mapping[tuple[str, ...], str] = dataclasses.field(default_factory=dict)  # → code
    references: Mapping[str, str] = dataclasses.field(default_factory=dict)  # noun → kind
    # "perusahaan asal Jerman": nouns that are an actor only with the country of origin
    # after them (→ sector), and the words that may stand between ("asal")
    origins: Mapping[str, str] = dataclasses.field(default_factory=dict)
    origin_words: frozenset[str] = frozenset()
    # "Gubernur Papua Tengah" with no name after it: title words → sector of the office
    regional_offices: Mapping[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    office_blockers: frozenset[str] = frozenset()  # words before a title naming no holder


def load_actor_words(resources: Resources) -> ActorWords:
    def build(res: Resources) -> ActorWords:
        raw = res.get("events/id/actors.yaml")
        return ActorWords(
            # a null sector ("tersangka") is kept as "" so that lookups still find the noun
            common={tuple(str(k).lower().split()): "" if v is None else str(v)
                    for k, v in raw["common"].items()},
            blockers=frozenset(str(w).lower() for w in raw["blockers"]),
            pronouns={str(k).lower(): str(v) for k, v in raw["pronouns"].items()},
            stand_ins=frozenset(str(w).lower() for w in raw.get("stand_ins") or ()),
            counted={str(k).lower(): str(v) for k, v in (raw.get("counted") or {}).items()},
            counters=frozenset(str(w).lower() for w in raw.get("counters") or ()),
            located=frozenset(str(w) for w in raw.get("located") or ()),
            pairs={tuple(str(w).lower().split()): (str(v) if v else None)
                   for w, v in (raw.get("pairs") or {}).items()},
            movements={tuple(str(k).lower().split()): str(v)
                       for k, v in (raw.get("movements") or {}).items()},
            references={str(k).lower(): str(v)
                        for k, v in (raw.get("references") or {}).items()},
            origins={str(k).lower(): str(v) for k, v in (raw.get("origins") or {}).items()},
            origin_words=frozenset(str(w).lower() for w in raw.get("origin_words") or ()),
            regional_offices={tuple(str(k).lower().split()): str(v)
                              for k, v in (raw.get("regional_offices") or {}).items()},
            office_blockers=frozenset(str(w).lower()
                                      for w in raw.get("office_blockers") or ()))

    return resources.derived("events.actor_words", build)


def scene_of(doc: Document) -> Scene:
    """The article's country is its most mentioned country code (ties: first seen)."""
    counts: dict[str, int] = {}
    mentions: list[tuple[int, int, Entity]] = []
    for ent in doc.entities:
        if not ent.code:
            continue
        if len(ent.code) == 3 and ent.code.isupper() and ent.code not in _NOT_COUNTRIES:
            counts[ent.code] = counts.get(ent.code, 0) + len(ent.mentions)
        mentions.extend((m.start, m.end, ent) for m in ent.mentions)
    country = max(counts, key=lambda c: counts[c]) if counts else None
    by_id = {e.id: e for e in doc.entities if e.code}
    speakers = tuple((q.start, q.end, by_id[q.speaker]) for q in doc.quotes
                     if q.kind == "direct" and q.speaker in by_id)
    cued = tuple((q.cue_start, by_id[q.speaker]) for q in doc.quotes
                 if q.cue_start is not None and q.speaker in by_id)
    quoted = tuple((q.start, q.end, by_id[q.speaker]) for q in doc.quotes
                   if q.speaker in by_id)
    referents = tuple(sorted((m.start, e.type, e.code, e.sector) for e in doc.entities
                             if e.type in ("PER", "ORG") for m in e.mentions))
    return Scene(country, tuple(sorted(mentions, key=lambda m: m[0])), speakers=speakers,
                 cued=cued, quoted=quoted, referents=referents)


_NOT_COUNTRIES = frozenset({"UNO", "NGO", "EUR", "WST", "WBK", "IMF", "WHO", "ICC", "ICJ",
                            "OIC", "G20", "AU", "EU", "OPM"})


def _word(text: str, start: int, end: int, upos: str | None, head: int | None,
          dep: str | None, resources: Resources) -> Word:
    low = text.lower()
    if low.isalpha() or "-" in low:
        a = analyze(low, resources, upos)
        return Word(start, end, low, a.root, a.prefixes, a.suffixes, "nya" in a.clitics,
                    a.voice == "Pass", head, dep, upos)
    return Word(start, end, low, low, (), (), False, False, head, dep, upos)


def words(tokens: Sequence[Token], offset: int, resources: Resources,
          cuts: frozenset[int] = frozenset()) -> list[Word]:
    """The sentence's words. A token that an entity mention starts or ends inside
    (``ErdoganmengatakanIran``, ``Khameneitelah``: words a scraper glued and the tokenizer
    kept whole) is cut there, so that the name is a word of its own and the verb after it is
    read; the pieces keep no parse (the parser saw one word) and are tagged by their affixes.
    ``cuts`` are the character offsets of the sentence's mention edges."""
    pieces: list[list[tuple[int, int]]] = []
    edges = sorted(cuts)
    for t in tokens:
        # the cuts strictly inside the token
        inner = edges[bisect.bisect_right(edges, t.start):bisect.bisect_left(edges, t.end)]
        bounds = [t.start, *inner, t.end]
        pieces.append(list(itertools.pairwise(bounds)))
    first: list[int] = []  # token → index of its first word
    n = 0
    for ps in pieces:
        first.append(n)
        n += len(ps)
    out: list[Word] = []
    for t, ps in zip(tokens, pieces, strict=True):
        if len(ps) == 1:
            head = t.head - offset if t.head is not None else None
            if head is not None and 0 <= head < len(first):
                head = first[head]
            out.append(_word(t.text, t.start, t.end, t.upos, head, t.dep, resources))
            continue
        for a, b in ps:
            text = t.text[a - t.start:b - t.start]
            upos = "PROPN" if text[:1].isupper() else None
            out.append(_word(text, a, b, upos, None, None, resources))
    return out


def mention_edges(doc: Document, span: Span) -> frozenset[int]:
    """Character offsets where an entity mention inside ``span`` starts or ends."""
    return frozenset(x for e in doc.entities for m in e.mentions
                     if span.start <= m.start and m.end <= span.end for x in (m.start, m.end))


def is_country(ref: ActorRef) -> bool:
    """A state: a three-letter code that is no international body or region."""
    return bool(ref.code and len(ref.code) == 3 and ref.code not in _NOT_COUNTRIES)
