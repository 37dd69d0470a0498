"""Code the events of one sentence: triggers from the lexicon, arguments from the parse or
from word order, status, date and attribution.

The coder is built for precision. A sentence is a candidate only when it holds a trigger
and an actor mention (an entity with a code); an event is kept only when its source and
(for types that need one) its target are actors found in the places the entry's frame
allows. Arguments come from the dependency parse when the language layer supplied one
(``nsubj``/``obj``/``obl`` + ``case``; passive ``nsubj:pass`` with ``obl:agent``); without
heads the coder reads word order: the subject is the nearest actor to the left within
the clause with only adverbs and auxiliaries between (``subject_gap`` in ``cues.yaml``),
the object the first actor right after the verb (possibly after a possessed head:
``menyerang wilayah Israel``), an oblique the actor after its preposition. Passives
(di-/ter-) swap the frame: the subject is the target and the agent is ``oleh X``, the
actor right after the verb, or the ``-nya`` clitic (``Krimea yang dicaploknya``: the
nearest actor before the target). Coordinated actors (``AS dan NATO``) give one event
each; symmetric entries (meet, sign, negotiate) code coordinated subjects both ways.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from warta.actors import lookup
from warta.doc import ActorRef, DateMention, Document, Entity, Event, Span, Token
from warta.events import arguments as A
from warta.events import fallback as F
from warta.events.focus import wants_parse
from warta.events.lexicon import Entry, Lexicon, load_lexicon
from warta.events.ontology import Ontology, load_ontology
from warta.events.territory import territory_of
from warta.lang.morph import analyze
from warta.resources import Resources

Status = Literal["occurred", "negated", "future"]
NO_TARGET_TYPES = frozenset({"MOBILIZE", "PROTEST"})
# types where an actor and a common noun of its own country are unlikely opponents
FORCE_TYPES = frozenset({"ASSAULT", "THREATEN"})
# an attack on "kota di Israel" is an attack on Israel: places inside a target phrase
FORCE_PLACES = frozenset({"di"})
# types whose target may be the subject of the reported clause ("menuduh bahwa X ...")
CLAUSE_TARGET_TYPES = frozenset({"THREATEN", "ACCUSE"})
# types whose object can name a hostile act against their seeming target
FRIENDLY_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE", "AID"})
# verbs answering a request: their subject is who the request was addressed to
RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
# types aimed at the doer of the act their object names ("mengecam serangan yang
# dilancarkan Israel", "menolak distribusi bantuan oleh GHF")
AGENT_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "REQUEST"})
# types whose trigger can be the speech act itself: inside a quote, the speaker is the
# source when the sentence names none ("Kami menolak usulan AS," kata Menlu)
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})
REQUIRES_REACH = 20
# how far after a label phrase its label word may stand (``sebagai "aksi propaganda``)
LABEL_REACH = 4
# nominal triggers whose following people noun is their agent ("tuntutan buruh")
VOICE_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT"})
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# speech acts a request never asks for: after "dan" they are the speaker's own
OWN_ACTS = frozenset({"THREATEN", "ACCUSE", "REJECT"})
REQUEST_REACH = 10  # words from a request to the act it asks for ("meminta X untuk ...")
# words after a protest noun that open what is protested ("protes terhadap razia ...")
PROTESTED = frozenset({"terhadap", "atas", "menentang", "melawan"})
# between an attack noun's source and the strike verb it is the subject of: a time phrase
STRIKE_GAP = 9
STRIKE_FILLERS = frozenset({"pada", "yang", "itu", "tersebut", "sebelumnya", "lalu", "dini",
                            "hari", "pagi", "siang", "sore", "malam", "terbaru", "kemarin"})
# between a strike verb and the place or group it hit ("menewaskan sedikitnya 12 orang di")
STRIKE_COUNTS = frozenset({"di", "sedikitnya", "setidaknya", "sekitar", "hampir", "lebih",
                           "dari", "yang", "ada"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'"})
SPORTS_ARTICLE_WORDS = 3  # distinct sports words that make the whole article a match report
PRONOUN_REACH = 2  # sentences back a pronoun (ia, dia, mereka) looks for its antecedent
GUESSED_TARGET_TYPES = frozenset({"COERCE", "ACCUSE", "REQUEST", "ASSAULT"})
# a sanction vowed or threatened, by its code: the threat of it (CAMEO 131x)
THREATENED = {"163": "1312", "161": "1313", "162": "1311"}
OWN_FORCES = frozenset({"MIL", "COP"})  # a state's forces: no one it concedes to
STATE_SECTOR_BY_TYPE = {"ASSAULT": "MIL", "MOBILIZE": "MIL"}
# offers and readiness: cooperation / aid / yield triggers become AGREE (guide)
OFFER_CODES = {"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333",
               "074": "0334", "04": "036", "046": "036", "045": "039", "08": "035",
               "05": "030", "051": "030"}  # "siap mendukung Iran": a pledge of support


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
    poll_shares: frozenset[str]
    noun_modifiers: frozenset[str]
    law_words: frozenset[str]
    quellers: frozenset[str]
    riot_settings: frozenset[str]
    riot_parties: frozenset[str]
    wrongdoing_labels: frozenset[str]
    hostile_labels: frozenset[str]
    nearly: frozenset[str]
    preparing: frozenset[str]


def load_cues(resources: Resources) -> Cues:
    def build(res: Resources) -> Cues:
        raw = res.get("events/id/cues.yaml")
        return Cues(**{k: frozenset(str(w).lower() for w in raw[k])
                       for k in Cues.__dataclass_fields__})

    return resources.derived("events.cues", build)


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the sentence with its morphology."""

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
    pair_start: int = 0  # a pair ("kedua negara", "mereka") is looked for from here on
    body: str = ""  # the article's text (to read what joins two mentions)
    places: tuple[tuple[int, str], ...] = ()  # (offset, state) of places named (``_places``)
    dateline_state: str | None = None  # the state of the dateline's city (``LONDON -``)
    speakers: tuple[tuple[int, int, Entity], ...] = ()  # direct quotes with a coded speaker
    groups: tuple[tuple[int, ActorRef], ...] = ()  # sources of earlier events (for "mereka")
    previous: tuple[int, ...] = ()  # indices into doc.tokens of the sentence before
    cued: tuple[tuple[int, Entity], ...] = ()  # (cue start, coded speaker) of every quote
    quoted: tuple[tuple[int, int, Entity], ...] = ()  # every quote with a coded speaker
    sports: bool = False  # a match report: states named in it are teams (``_sporting``)
    # (start, type, code, sector) of every person or organisation mention, coded or not: an
    # uncoded one (a pundit) is an antecedent a pronoun may stand for too (``_antecedent``)
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
    pairs: frozenset[tuple[str, ...]] = frozenset()  # "kedua negara": both states in context
    movements: Mapping[tuple[str, ...], str] = dataclasses.field(default_factory=dict)  # → code


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
            pairs=frozenset(tuple(str(w).lower().split()) for w in raw.get("pairs") or ()),
            movements={tuple(str(k).lower().split()): str(v)
                       for k, v in (raw.get("movements") or {}).items()})

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


def _words(tokens: Sequence[Token], offset: int, resources: Resources,
           cuts: frozenset[int] = frozenset()) -> list[Word]:
    """The sentence's words. A token that an entity mention starts or ends inside
    (``ErdoganmengatakanIran``, ``Khameneitelah``: words a scraper glued and the tokenizer
    kept whole) is cut there, so that the name is a word of its own and the verb after it is
    read; the pieces keep no parse (the parser saw one word) and are tagged by their affixes.
    ``cuts`` are the character offsets of the sentence's mention edges."""
    pieces: list[list[tuple[int, int]]] = []
    for t in tokens:
        inner = sorted(c for c in cuts if t.start < c < t.end)
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


def _mention_edges(doc: Document, span: Span) -> frozenset[int]:
    """Character offsets where an entity mention inside ``span`` starts or ends."""
    return frozenset(x for e in doc.entities for m in e.mentions
                     if span.start <= m.start and m.end <= span.end for x in (m.start, m.end))


def _actors(words: Sequence[Word], entities: Sequence[Entity], span: Span,
            country: str | None = None, resources: Resources | None = None) -> list[Actor]:
    starts = {w.start: i for i, w in enumerate(words)}
    ends = {w.end: i for i, w in enumerate(words)}
    out: list[Actor] = []
    for ent in entities:
        code = ent.code
        land = None
        if not code and ent.type == "LOC" and resources is not None:
            land = territory_of(resources, ent.name)
        if not code and not land:
            continue
        for m in ent.mentions:
            if m.start < span.start or m.end > span.end:
                continue
            first = starts.get(m.start)
            last = ends.get(m.end)
            if first is None or last is None:
                continue
            if land:  # "Krimea", "Jalur Gaza": the state it belongs to, as a target only
                out.append(Actor(first, last, ActorRef(land, None, m.text, ent.id),
                                 dataclasses.replace(ent, code=land), territory=True))
                continue
            out.append(Actor(first, last, ActorRef(ent.code, ent.sector, m.text, ent.id), ent))
    out.sort(key=lambda a: (a.first, -a.last))
    kept: list[Actor] = []
    for a in out:
        if kept and a.first <= kept[-1].last:
            continue
        prev = kept[-1] if kept else None
        if prev is not None and (a.territory or prev.territory):
            kept.append(a)  # "Israel-Gaza": a region never merges into a neighbour
            continue
        if prev is not None and a.first == prev.last + 1:
            # "Presiden Venezuela Nicolas Maduro": a title's country then the person; the
            # person (the later, more specific mention) is the actor
            kept[-1] = Actor(prev.first, a.last, a.ref, a.entity)
            continue
        if (prev is not None and a.first == prev.last + 2 and words[prev.last + 1].low == "("
                and a.last + 1 < len(words) and words[a.last + 1].low == ")"):
            # "Amerika Serikat (AS)": the abbreviation is part of the first mention; when it
            # names another entity it abbreviates the whole phrase ("Badan Penegakan
            # Imigrasi dan Bea Cukai AS (ICE)": ICE, not AS)
            keep = prev if a.entity.id == prev.entity.id else a
            kept[-1] = Actor(prev.first, a.last + 1, keep.ref, keep.entity)
            continue
        kept.append(a)
    if country:
        kept = _with_guessed(words, entities, span, country, kept, starts, ends)
    return kept


def _with_guessed(words: Sequence[Word], entities: Sequence[Entity], span: Span,
                  country: str, kept: list[Actor], starts: Mapping[int, int],
                  ends: Mapping[int, int]) -> list[Actor]:
    """Persons the entity layer could not code (no office: a suspect, a defendant, a
    witness) as the article's country without a sector, when they neither overlap nor
    touch a coded actor (``Sekretaris DPW PKB Anik Maslachah`` keeps the party's code).
    They may only be targets (``GUESSED_TARGET_TYPES``)."""
    taken = {i for a in kept for i in range(a.first - 1, a.last + 2)}
    extra: list[Actor] = []
    for ent in entities:
        if ent.code or ent.type != "PER":
            continue
        for m in ent.mentions:
            first, last = starts.get(m.start), ends.get(m.end)
            if (m.start < span.start or m.end > span.end or first is None or last is None
                    or any(i in taken for i in range(first, last + 1))):
                continue
            coded = dataclasses.replace(ent, code=country, sector=None)
            extra.append(Actor(first, last, ActorRef(country, None, m.text, ent.id), coded,
                               guessed=True))
    return sorted([*kept, *extra], key=lambda a: a.first)


def _is_country(ref: ActorRef) -> bool:
    return bool(ref.code and len(ref.code) == 3 and ref.code not in _NOT_COUNTRIES)


def _extra_actors(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                  scene: Scene | None) -> list[Actor]:
    """Named actors plus common-noun actors (``warga AS`` → USA/CVL, ``militer Israel`` →
    ISR/MIL, ``massa`` → <article country>/CVL) and pronouns resolved to the most recent
    named actor of their type (``ia``, ``dia``, ``pihaknya``)."""
    if scene is None:
        return list(actors)
    aw = load_actor_words(ctx.resources)
    by_first = {a.first: a for a in actors}
    taken = {i for a in actors for i in range(a.first, a.last + 1)}
    out: list[Actor] = []
    i = 0
    while i < len(words):
        if i in by_first:
            a = by_first[i]
            out.append(a)
            i = a.last + 1
            continue
        if i in taken:
            i += 1
            continue
        w = words[i]
        etype = aw.pronouns.get(w.low)
        pair_words = tuple(x.low for x in words[i:i + 2])
        if pair_words in aw.pairs and not any(k in taken for k in (i, i + 1)):
            # "kedua negara": the two states the context names, when it names exactly two
            for code in _state_pair(scene, w.start):
                ref = ActorRef(code, None, " ".join(pair_words), None)
                out.append(Actor(i, i + 1, ref, _common_entity(ref, "pair:")))
            i += 2
            continue
        movement = aw.movements.get(pair_words)
        if movement is not None and i + 2 not in by_first and i + 1 not in taken:
            # "kapal bantuan", "penyelenggara armada": a civil movement with no home
            # country (GUIDE: a Gaza aid flotilla is NGO), unless a name follows it
            ref = ActorRef(movement, None, " ".join(pair_words), None)
            out.append(Actor(_count_start(aw, words, i, taken), i + 1, ref, _common_entity(ref)))
            i += 2
            continue
        if etype is not None:
            ante = (_speaker(scene, w.start) if etype == "SPEAKER"
                    else _quoted_group(scene, w.start) or _group_antecedent(scene)
                    if etype == "GROUP"
                    else _cued_speaker(scene, words, i, etype)
                    or _antecedent(scene, w.start, etype))
            if ante is None and etype == "GROUP" and not (
                    i > 0 and words[i - 1].upos in ("NOUN", "PROPN")):
                # "A dan B ... . Mereka menandatangani ...": the one named pair; not a
                # possessor ("pertemuan puncak mereka"), whose owners are often others
                for ent, name in _mereka_antecedents(scene, aw, w.start):
                    out.append(Actor(i, i, ActorRef(ent.code, ent.sector, name, ent.id), ent))
            if ante is not None:
                ent, name = ante
                known = None if ent.id.startswith("group:") else ent.id
                out.append(Actor(i, i, ActorRef(ent.code, ent.sector, name, known), ent))
            i += 1
            continue
        n = 2 if tuple(x.low for x in words[i:i + 2]) in aw.common else 1
        sector = aw.common.get(tuple(x.low for x in words[i:i + n]))
        start = _count_start(aw, words, i, taken)
        if sector is None and w.low in aw.counted and start < i and not (
                i + 1 < len(words) and words[i + 1].upos == "NOUN" and i + 1 not in by_first):
            sector = aw.counted[w.low]  # "ratusan orang"; "dua orang tersangka": a classifier
        voiced = sector in aw.located and start > 0 and _voice_noun(ctx, words[start - 1])
        if sector is None or (w.dep in ("compound", "amod") and not voiced and start == i) or (
                start == i and i > 0 and words[i - 1].upos == "NOUN" and not voiced
                and words[i - 1].low not in ctx.cues.possessed_heads):
            i += 1  # "hubungan militer", "bantuan militer": a modifier, not an actor
            continue
        nxt = i + n
        follow = by_first.get(nxt)
        if follow is not None and _is_country(follow.ref) and follow.ref.sector in (
                None, sector, "GOV"):
            name = " ".join(x.low for x in words[start:follow.last + 1])
            ref = ActorRef(follow.ref.code, sector or None, name, None)
            out.append(Actor(start, follow.last, ref, _common_entity(ref)))
            i = follow.last + 1
            continue
        if nxt < len(words) and (words[nxt].low in aw.blockers or nxt in taken
                                 or words[nxt].root in ("negara",)):
            i = nxt
            continue
        name = " ".join(x.low for x in words[start:nxt])
        place = _place_of(ctx, words, actors, nxt) if sector in aw.located else None
        if place is not None:  # "ratusan orang berkumpul di Kharkiv": people of that place
            ref = ActorRef(place, sector or None, name, None)
            out.append(Actor(start, nxt - 1, ref, _common_entity(ref)))
            i = nxt
            continue
        # "LONDON - Ribuan orang ...": people are where the reporter is, else of the
        # article's most named state; both are guesses ("implicit")
        guess = (scene.dateline_state if sector in aw.located else None) or scene.country
        if guess:
            ref = ActorRef(guess, sector or None, name, None)
            out.append(Actor(start, nxt - 1, ref, _common_entity(ref, "implicit:")))
        i = nxt
    return out


def _voice_noun(ctx: Context, w: Word) -> bool:
    """A nominal trigger by which people voice something (``VOICE_TYPES``: ``tuntutan``,
    ``permintaan``, ``protes``, ``kecaman``, ``penolakan``): people named right after it
    are whose voice it is (``tuntutan buruh``, ``protes mahasiswa``), not a modifier as in
    ``bantuan militer``."""
    return any(e.plover in VOICE_TYPES for e in ctx.lexicon.by_noun.get(w.low, ()))


def _count_start(aw: ActorWords, words: Sequence[Word], i: int, taken: set[int]) -> int:
    """The first of the words right before word ``i`` that count it (``sekelompok
    aktivis``, ``ratusan orang``, ``200 orang``): they belong to the actor's phrase and make
    the noun no modifier of the noun before it. A classifier may stand between the count
    and the noun (``100 orang demonstran``, ``ratusan orang mahasiswa``)."""
    def counts(k: int) -> bool:
        return k not in taken and (
            words[k].low in aw.counters or words[k].upos == "NUM"
            or words[k].low.replace(".", "").replace(",", "").isdigit())

    j = i
    if j > 1 and j - 1 not in taken and words[j - 1].low in aw.counted and counts(j - 2):
        j -= 1
    while j > 0 and counts(j - 1):
        j -= 1
    return j


def _place_of(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], at: int,
              reach: int = 12) -> str | None:
    """The state of the place people named by a common noun are said to be in: the first
    state or region (``territory_of``) after the noun in its clause marked by ``di``, with
    at most two place nouns between (``di Kharkiv``, ``di kota Rafah``, ``di wilayah
    Kursk``). Crowds are of the country they gather in, not of the article's most named
    state (GUIDE: civilians are coded by where they are)."""
    hi = min(len(words), at + reach)
    for a in actors:
        if a.first < at or a.first >= hi:
            continue
        if any(w.low in ctx.cues.clause_breaks or w.low in F.SENTENCE_END
               for w in words[at:a.first]):
            return None
        if not (a.territory or (_is_country(a.ref) and a.ref.sector is None
                                and a.kind == "LOC")):
            continue
        k = a.first - 1
        while k >= max(at, a.first - 3) and words[k].low in ctx.cues.possessed_heads:
            k -= 1
        if k >= at and words[k].low == "di":
            return a.ref.code
    return None


def _state_pair(scene: Scene, before: int) -> list[str]:
    """The two states named from the previous sentence up to offset ``before`` (by their
    people, organs or names), when exactly two are: ``Prabowo bertemu Meloni di Roma. Kedua
    negara sepakat ...`` → IDN, ITA; nothing when one or three or more are named."""
    codes: list[str] = []
    for start, _end, ent in scene.mentions:
        if scene.pair_start <= start < before and ent.code and _is_country(
                ActorRef(ent.code, ent.sector, ent.name, ent.id)) and ent.code not in codes:
            codes.append(ent.code)
    return codes if len(codes) == 2 else []


def _mereka_antecedents(scene: Scene, aw: ActorWords, before: int
                      ) -> list[tuple[Entity, str]]:
    """``mereka`` standing for one named organisation (an armed group, a party: the only
    actor named from the previous sentence up to the pronoun, of type ORG) or for a pair:
    exactly two actors are named there, once each side by side joined by ``dan``/``serta``
    (``Rusia dan Iran``); and no common noun for a group of people stands there that
    ``mereka`` could mean instead (``warga``, ``demonstran``). Anything else (``Israel menyerang Iran.
    Mereka ...``) is left unresolved: the pronoun could be either."""
    near = [(s, e, ent) for s, e, ent in scene.mentions if scene.pair_start <= s < before]
    ids = {ent.id for _s, _e, ent in near}
    if len(ids) not in (1, 2) or not scene.body:
        return []
    lows = {t.strip(".,;:\"'()").lower() for t in scene.body[scene.pair_start:before].split()}
    groups = {k[0] for k in aw.common if len(k) == 1} | set(aw.counted)
    if len(ids) == 1:  # "Houthi mengaku ... . Mereka menembakkan ...": one named group
        ent = near[0][2]
        return [(ent, ent.name)] if ent.type == "ORG" and not lows & groups else []
    joined = any(a[2].id != b[2].id and scene.body[a[1]:b[0]].strip().lower() in ("dan", "serta")
                 and not _after_preposition(scene.body, a[0])
                 for a, b in itertools.pairwise(near))
    if not joined or lows & groups:
        return []
    out: list[tuple[Entity, str]] = []
    for _s, _e, ent in near:
        if all(ent.id != o.id for o, _n in out):
            out.append((ent, ent.name))
    return out


def _scene_place(ctx: Context, scene: Scene, before: int, other_than: str | None
                 ) -> str | None:
    """The state of the latest place named from the pronoun window up to offset ``before``
    that is not ``other_than`` (``scene.places``: a region or city with ``territory_of``, or
    a state after ``di``/``ke``)."""
    aw = load_actor_words(ctx.resources)
    if not aw.located:
        return None
    for start, code in reversed(scene.places):
        if start >= before:
            continue
        if start < scene.window_start:
            return None
        if code != other_than:
            return code
    return None


def _places(doc: Document, resources: Resources) -> tuple[tuple[int, str], ...]:
    """(offset, state) of every place the article names: a region or city the entity layer
    left uncoded whose state ``territory_of`` gives (``Rafah``, ``Gaza``), and a state named
    after ``di`` or ``ke`` (``di Lebanon``), in text order."""
    out: list[tuple[int, str]] = []
    for ent in doc.entities:
        if ent.type != "LOC":
            continue
        land = territory_of(resources, ent.name) if not ent.code else None
        state = ent.code if ent.code and ent.sector is None and _is_country(
            ActorRef(ent.code, None, ent.name, ent.id)) else None
        for m in ent.mentions:
            if land:
                out.append((m.start, land))
            elif state and doc.body[max(0, m.start - 3):m.start].lower() in ("di ", "ke "):
                out.append((m.start, state))
    return tuple(sorted(out))


def _after_preposition(body: str, at: int) -> bool:
    """The word before offset ``at`` is a preposition (``antara Israel dan Iran``, ``di
    Indonesia dan Malaysia``): the pair it opens is no subject ``mereka`` can stand for."""
    before = body[max(0, at - 30):at].split()
    return bool(before) and before[-1].lower().strip(",") in (F.PREPOSITIONS | {"antar"})


def _implicit(a: Actor) -> bool:
    """A common-noun actor whose country is the article's, not the text's."""
    return a.ref.entity is None and a.entity.id.startswith("implicit:")


def _common_entity(ref: ActorRef, prefix: str = "common:") -> Entity:
    return Entity(f"{prefix}{ref.code}/{ref.sector}", ref.name, "ORG", (), ref.code,
                  ref.sector)


def _group_antecedent(scene: Scene) -> tuple[Entity, str] | None:
    """The source of the latest event in the window that is not a single person."""
    if not scene.groups:
        return None
    ref = scene.groups[-1][1]
    ent = Entity(ref.entity or f"group:{ref.code}/{ref.sector}", ref.name, "ORG", (),
                 ref.code, ref.sector)
    return ent, ref.name


def _speaker(scene: Scene, at: int) -> tuple[Entity, str] | None:
    for start, end, ent in scene.speakers:
        if start <= at < end:
            return ent, ent.name
    return None


def _quoted_group(scene: Scene, at: int) -> tuple[Entity, str] | None:
    """``mereka`` inside what a state or an organisation is reported to say stands for
    that speaker (``Israel mengonfirmasi bahwa Iran menembakkan rudal ke wilayah
    mereka``: Israel's territory)."""
    for start, end, ent in scene.quoted:
        if start <= at < end and ent.type != "PER":
            return ent, ent.name
    return None


def _cued_speaker(scene: Scene, words: Sequence[Word], at: int, etype: str
                  ) -> tuple[Entity, str] | None:
    """The speaker the quotes layer gave to a quote whose cue follows the pronoun at word
    ``at`` within three words (``Dia mengancam bahwa ...``, ``Ia juga menegaskan ...``): the
    quotes layer resolves a pronoun speaker across sentences and glued names better than
    the nearest mention of a type does."""
    if etype != "PER":
        return None
    near = {w.start for w in words[at + 1: at + 4]}
    for start, ent in scene.cued:
        if start in near:
            return ent, ent.name
    return None


def _antecedent(scene: Scene, before: int, etype: str) -> tuple[Entity, str] | None:
    """The latest coded mention of the pronoun's type (``ia``: a person; ``pihaknya``: an
    organisation) before it in the window, when it is the only candidate: the nearest
    stretch holding one (the previous sentence up to the pronoun, else the one before) must
    name no other actor of that type with another code or sector, an uncoded one included
    (``Presiden X bertemu Perdana Menteri Y. Ia mengecam ...`` could be either; ``Pengamat
    X menilai ... Presiden Y. Ia mengkritik ...`` could be the pundit: skipped). Two
    people of one code and sector (a president and his minister) give that code."""
    for lo, hi in ((scene.pair_start, before), (scene.window_start, scene.pair_start)):
        near = {(code, sector) for start, kind, code, sector in scene.referents
                if lo <= start < hi and kind == etype}
        if not near:
            continue
        if len(near) > 1:
            return None
        for start, end, ent in reversed(scene.mentions):
            if lo <= start and end <= hi and ent.type == etype:
                return ent, ent.name
        return None
    return None


def _word_matches(w: Word, target: str, stems: Mapping[str, str]) -> bool:
    """A phrase word by surface, root or stem, also with its possessive clitic
    (``menarik pasukannya``, ``menangguhkan operasional kedutaannya``)."""
    return (w.low == target or w.root == target or w.root == stems.get(target)
            or (w.low.endswith("nya") and w.low[:-3] == target))


def _triggers(ctx: Context, words: Sequence[Word], inside: set[int]) -> list[Trigger]:
    lex = ctx.lexicon
    out: list[Trigger] = []
    i = 0
    while i < len(words):
        if i in inside:
            i += 1
            continue
        w = words[i]
        found: Trigger | None = None
        for phrase, entry in (*lex.by_phrase_head.get(w.low, ()),
                              *lex.by_phrase_head.get(w.root, ())):
            j, k, hit = i, 1, [i]
            while k < len(phrase):
                nxt = next((x for x in range(j + 1, min(len(words), j + 2 + entry.reach))
                            if _word_matches(words[x], phrase[k], lex.stem_roots)), None)
                if nxt is None:
                    break
                j, k = nxt, k + 1
                hit.append(j)
            if k == len(phrase) and _context_ok(ctx, words, entry, j):
                verbs = [x for x in hit if set(words[x].prefixes) & {"meN", "ber", "di"}
                         or words[x].low in ctx.cues.unsplit_verbs]
                found = Trigger(entry, i, j, "verb" if verbs else "noun",
                                bool(verbs) and words[verbs[0]].passive)
                break
        if found is None:
            bare = w.low[:-3] if w.low.endswith("nya") and w.low[:-3] in lex.by_noun else w.low
            fits = [e for e in lex.by_noun.get(bare, ()) if _context_ok(ctx, words, e, i)]
            if fits and not (w.prefixes and w.root in lex.by_root
                             and bare not in lex.by_noun):
                found = Trigger(fits[0], i, i, "noun", False)
        if found is None:
            for key in (w.root, w.low):
                for entry in lex.by_root.get(key, ()):
                    if not _context_ok(ctx, words, entry, i):
                        continue
                    if _verbal(entry, w) or (i > 0 and words[i - 1].low in ctx.cues.reciprocal):
                        found = Trigger(entry, i, i, "verb", w.passive)
                        break
                if found:
                    break
        if found is not None:
            out.append(found)
            i = found.last + 1
        else:
            i += 1
    return out


def _context_ok(ctx: Context, words: Sequence[Word], entry: Entry, last: int) -> bool:
    """An entry with ``requires`` fires only when one of its words follows the trigger in
    the clause (up to ``REQUIRES_REACH`` words); one with ``excludes`` never when one of
    those does."""
    if entry.label:
        return _label(ctx, words, last) is not None
    if not entry.requires and not entry.excludes:
        return True
    hi = F.clause(words, last, ctx.cues.clause_breaks)[1] + 1  # "mendorong X agar": the
    follow = words[last + 1: min(hi, last + 1 + REQUIRES_REACH)]  # opener itself counts
    if any(w.low in entry.excludes or (w.root in entry.excludes and "peN" not in w.prefixes)
           for w in follow):  # a peN- noun is a doer or tool: pengebom is no bombing
        return False
    return not entry.requires or any(w.low in entry.requires or w.root in entry.requires
                                     for w in follow)


def _label(ctx: Context, words: Sequence[Word], last: int) -> str | None:
    """The label word within ``LABEL_REACH`` words after a label phrase (``menyebut X
    sebagai "aksi propaganda``, ``sebagai negara teroris``), from the label lists of
    cues.yaml; a neutral label (``sebagai mitra``) is none."""
    labels = ctx.cues.wrongdoing_labels | ctx.cues.hostile_labels
    for w in words[last + 1: last + 1 + LABEL_REACH]:
        if w.low in F.SENTENCE_END or w.low == ",":
            return None
        for form in (w.low, w.root, w.low.split("-")[0]):
            if form in labels:
                return form
    return None


def _verbal(entry: Entry, w: Word) -> bool:
    if w.low in entry.verbs and (w.prefixes or w.low != w.root or entry.bare
                                 or w.low.startswith(("me", "di", "ber", "ter"))):
        return True  # a listed surface form (a listed bare root is no verb: "tentang")
    if w.low in entry.nouns:
        return False
    prefixes = set(w.prefixes)
    if not prefixes:
        return entry.bare
    if entry.prefixes and not (prefixes & entry.prefixes):
        return False
    if entry.suffixes and not (set(w.suffixes) & entry.suffixes):
        return False
    return bool(prefixes & {"meN", "ber", "di", "ter", "per", "ku", "kau"})


def _group(actors: Sequence[Actor], idx: int, words: Sequence[Word], cues: Cues) -> list[Actor]:
    """The coordination group of ``actors[idx]``: neighbours joined by dan/serta or by
    commas in a list that ends with dan/serta (``A, B, dan C``); commas alone do not
    coordinate (``dengan Putin, Maduro ...``)."""

    def link(a: Actor, b: Actor) -> str | None:
        if (a.first, a.last) == (b.first, b.last):
            return "and"  # one phrase standing for two actors ("kedua negara", "mereka")
        between = [w.low for w in words[a.last + 1: b.first]]
        if "," in between and b.first == b.last and words[b.first].upos == "PRON":
            return None  # "... bagi Israel, dan mereka mendesak": a new clause's subject
        if between and len(between) <= 2 and all(x in cues.coordinators for x in between):
            return "comma" if set(between) == {","} else "and"
        return None

    lo = hi = idx
    links: list[str] = []
    while hi + 1 < len(actors) and (kind := link(actors[hi], actors[hi + 1])):
        links.append(kind)
        hi += 1
    while lo - 1 >= 0 and (kind := link(actors[lo - 1], actors[lo])):
        links.append(kind)
        lo -= 1
    if "and" not in links:
        return [actors[idx]]
    return list(actors[lo: hi + 1])


def _actor_at(actors: Sequence[Actor], first: int) -> int | None:
    for n, a in enumerate(actors):
        if a.first == first:
            return n
    return None


def _subject(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
             before: int) -> list[Actor]:
    """Nearest actor group left of word ``before``, with only gap words in between."""
    cues = ctx.cues
    for n in range(len(actors) - 1, -1, -1):
        a = actors[n]
        if a.last >= before:
            continue
        between = words[a.last + 1: before]
        if len(between) > 6 or any(w.low in cues.clause_breaks for w in between):
            return []
        if all(_gap(cues, between, k) for k in range(len(between))):
            # the head of a coordination is what precedes the verb; take the whole group
            grp = _group(actors, n, words, cues)
            # an actor after a preposition is not a subject, nor the modifier of a noun
            # ("mengibarkan bendera Rusia dan menentang NATO")
            prev = words[grp[0].first - 1] if grp[0].first > 0 else None
            if prev is not None and (prev.low in {
                    "dengan", "kepada", "ke", "terhadap", "atas", "dari", "untuk", "oleh",
                    "di", "pada", "bagi", "antara"} or _modifier(ctx, words, grp[0].first)):
                return []
            return grp
        return []
    return []


def _gap(cues: Cues, between: Sequence[Word], k: int) -> bool:
    """May word ``k`` of ``between`` stand between a subject and its verb? Adverbs,
    auxiliaries, negators, plans, offers and vows, and the ``untuk`` (or ``diri untuk``) they
    take (``Turki bersedia untuk menengahi``, ``menawarkan diri untuk membantu``, ``bersumpah
    untuk menyerang``)."""
    low = between[k].low
    if (low in cues.subject_gap or low in cues.negators or low in cues.future
            or low in cues.denials or low in cues.offers or low in cues.vows
            or low in cues.coordinators):
        return True
    prev = between[k - 1].low if k > 0 else ""
    takes = cues.future | cues.offers | cues.vows | {"diri"}
    return (low == "untuk" and prev in takes) or (low == "diri" and prev in cues.offers)


def _modifier(ctx: Context, words: Sequence[Word], first: int) -> bool:
    """An actor starting at ``first`` that modifies the object noun of a verb before it
    (``mengibarkan bendera Rusia``), so it is no subject."""
    if first < 2:
        return False
    noun, verb = words[first - 1], words[first - 2]
    return (noun.upos == "NOUN" and noun.low not in ctx.cues.possessed_heads
            and bool(set(verb.prefixes) & {"meN", "di"}))


def _after(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], at: int,
           limit: int = 3) -> list[Actor]:
    """The actor group starting within ``limit`` words after word ``at`` with only
    possessed heads, titles or determiners between."""
    cues = ctx.cues
    for n, a in enumerate(actors):
        if a.first <= at:
            continue
        between = words[at + 1: a.first]
        if len(between) > limit:
            return []
        if all(w.low in cues.possessed_heads or w.low in {"yang", "itu"} for w in between):
            return _group(actors, n, words, cues)
        return []
    return []


def _oblique(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], start: int,
             prep: str, window: int = 8, own: bool = False) -> list[Actor]:
    """The actor after ``prep`` in the clause after ``start``. A noun right before ``prep``
    takes the phrase (``mendukung perlawanan terhadap Israel``) unless the slot is ``own``:
    the verb's recipient after its theme object (``menawarkan penurunan tarif kepada
    Indonesia``)."""
    for i in range(start + 1, min(len(words), start + 1 + window)):
        low = words[i].low
        if low == prep:  # a clause opener may be the slot ("agar X", "bahwa X")
            return _after(ctx, words, actors, i, limit=3)
        if low in ctx.cues.clause_breaks or low in {".", "?", "!"}:
            return []
        if not own and words[i].upos == "NOUN" and i + 1 < len(words) and (
                words[i + 1].low == prep):
            return []  # "mendukung perlawanan terhadap Israel": the phrase is the noun's
        if low == prep:
            return _after(ctx, words, actors, i, limit=3)
    return []


def _target(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], trig: Trigger,
            slots: Sequence[str], after: int) -> tuple[list[Actor], bool]:
    """(target group, no target needed)."""
    for slot in slots:
        if slot == "none":
            return [], True
        if slot in ("obj", "poss"):
            grp = _after(ctx, words, actors, after)
            if not grp and trig.last > trig.first:  # "menetapkan Budi sebagai tersangka"
                grp = [a for a in _after(ctx, words, actors, trig.first) if a.last < trig.last]
        else:
            # a verb whose frame lists the slot before (or without) its object has a theme
            # object and a recipient: the preposition after that object is the verb's
            own = trig.kind == "verb" and (
                "obj" not in slots or slots.index(slot) < slots.index("obj"))
            grp = _oblique(ctx, words, actors, after, slot, own=own)
        if grp:
            return grp, False
    return [], False


def _listed(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
            found: Sequence[Actor], other: Sequence[Actor]) -> list[Actor]:
    """``found`` with the other members of each one's coordination (``A, B, dan C``),
    except those already in the ``other`` role (``antara massa dan aparat``)."""
    if not found or any(a in other for a in found):
        return list(found)
    out: list[Actor] = []
    for a in found:
        n = next((k for k, b in enumerate(actors) if b is a), None)
        grp = _group(actors, n, words, ctx.cues) if n is not None else [a]
        if any(b in other for b in grp):
            grp = [a]  # one side of a coordination against the other
        for b in grp:
            if all(b is not c for c in out):
                out.append(b)
    return out


def _event_verb(ctx: Context, w: Word, entry: Entry) -> bool:
    """A verb that is a trigger of another type (``mendukung``, ``mengecam``, ``menolak``):
    its subject acts on a nominal trigger it takes, it does not perform it."""
    return any(e.plover != entry.plover and _verbal(e, w)
               for e in ctx.lexicon.by_root.get(w.root, ()))


def _hostile_object(ctx: Context, words: Sequence[Word], trig: Trigger) -> bool:
    """The trigger's object is a nominal trigger of a hostile act (QuadClass 3-4:
    ``penangkapan``, ``serangan``, ``sanksi``): supporting the arrest or the attack of X is
    no friendly act towards X, so X is not the target."""
    i = trig.last + 1
    if i < len(words) and words[i].upos == "DET":
        i += 1
    if i >= len(words) or F.is_verb(words[i]):
        return False
    return any(_hostile(ctx, e) for e in ctx.lexicon.by_noun.get(words[i].low, ()))


def _hostile(ctx: Context, entry: Entry) -> bool:
    """An entry of verbal or material conflict (CAMEO QuadClass 3-4: ``kecam``,
    ``serang``, ``sanksi``)."""
    code = ctx.ontology.cameo.get(entry.cameo)
    return code is not None and code.quad_class >= 3


def _object_agent(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                  trig: Trigger, reach: int = 5) -> list[Actor]:
    """Word order for ``arguments.object_agent``: after the trigger, a few nouns (the act:
    ``cara pendistribusian bantuan``) then ``oleh X`` or ``yang di-VERB (oleh) X``."""
    def noun(w: Word) -> bool:  # by its tag, or without tags: a plain word
        return w.upos in ("NOUN", "ADJ") or (
            w.upos is None and w.low.isalpha() and not F.is_verb(w)
            and w.low not in F.PREPOSITIONS and w.low not in ("yang", "oleh"))

    i = trig.last + 1
    while i < len(words) and i - trig.last <= reach and noun(words[i]):
        i += 1
    if i == trig.last + 1 or i >= len(words) or any(
            a.first <= i - 1 and a.last >= trig.last + 1 for a in actors):
        return []  # no act named, or an actor inside it (it would be the object)
    if words[i].low == "oleh":
        return _after(ctx, words, actors, i, limit=2)
    if words[i].low == "yang" and i + 1 < len(words) and "di" in words[i + 1].prefixes:
        return (_oblique(ctx, words, actors, i + 1, "oleh", window=2)
                or _after(ctx, words, actors, i + 1, limit=0))
    return []


def _governed(ctx: Context, words: Sequence[Word], a: Actor) -> bool:
    """The actor is the object of a preposition past its titles (``oleh Presiden AS Donald
    Trump``): no subject."""
    i = a.first - 1
    while i >= 0 and words[i].low in ctx.cues.possessed_heads:
        i -= 1
    return i >= 0 and words[i].low in F.PREPOSITIONS


def _act_possessor(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], at: int,
                   reach: int = 4) -> list[Actor]:
    """The actor that owns the act named after word ``at`` (``protes terhadap kebijakan
    imigrasi Presiden Donald Trump``): a few nouns, then the actor; a region or city is
    where the act is, not who does it."""
    i = at + 1
    while i < len(words) and i - at <= reach and words[i].upos in ("NOUN", "ADJ") and not (
            F.is_verb(words[i]) or words[i].low in F.PREPOSITIONS):
        if _actor_at(actors, i) is not None:
            break
        i += 1
    n = _actor_at(actors, i) if i > at + 1 else None
    if n is None or actors[n].territory:
        return []
    return _group(actors, n, words, ctx.cues)


def _trigger_head(words: Sequence[Word], trig: Trigger) -> int:
    """The word of a multi-word trigger whose head lies outside it (its syntactic head)."""
    for i in range(trig.first, trig.last + 1):
        h = words[i].head
        if h is None or not trig.first <= h <= trig.last:
            return i
    return trig.first


def _parse_args(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], trig: Trigger
                ) -> tuple[list[Actor], list[Actor], bool]:
    """(sources, targets, no target needed) from the dependency parse; empty lists when the
    parse does not say (the caller falls back to word order)."""
    p = A.parse_of(words)
    if p is None:
        return [], [], False
    v = _trigger_head(words, trig)
    span = range(trig.first, trig.last + 1)
    entry = trig.entry
    heads: list[int] = list(span)
    patient: list[int] = []
    if trig.kind == "noun":
        slots = entry.noun_target
        doer = (A.noun_agent(p, actors, v, span, _doing_roots(ctx))
                if "agent" in entry.noun_source else [])
        patient = A.possessor(p, actors, v, span) if doer or "poss" not in entry.noun_source \
            else []
        src = doer or (A.possessor(p, actors, v, span) if "poss" in entry.noun_source else [])
        if src and entry.symmetric and not doer:
            # "pertemuan Prabowo dan Perdana Menteri Jepang Ishiba": the parse hangs the
            # second participant on the noun, not on the first
            src += [n for c in p.deps(v, "conj") if c > v
                    for n in A.argument(p, actors, c) if n not in src]
        hosts = A.nominal_host(p, v)
        verb = next((h for h in hosts if words[h].low in ctx.cues.light_verbs), None)
        if not src and verb is not None:
            src = A.subject(p, actors, verb)  # "Israel melancarkan serangan ke Gaza"
            heads.extend(hosts[:hosts.index(verb) + 1])
        passive = next((h for h in hosts if words[h].passive
                        and words[h].root in _light_roots(ctx)), None)
        if not src and verb is None and passive is not None and p.case_of(v) == "dengan":
            src = A.agent(p, actors, passive, bare=True)  # "dibalas Iran dengan serangan"
        if passive is not None and words[v].dep == "nsubj:pass":
            # "permintaan warga itu disampaikan (X) kepada Menteri Y": the passive light
            # verb's agent makes the request, its recipient receives it
            src = src or A.agent(p, actors, passive, bare=True)
            heads.append(passive)
        elif not src and words[v].dep == "obl" and hosts and words[v].low in {
                "percakapan", "pertemuan", "telepon"}:
            src = A.subject(p, actors, hosts[0])  # "Dalam percakapan telepon dengan X, Y"
        slots = tuple(s for s in slots if s != "obj")
    elif trig.passive:
        src = A.agent(p, actors, v)
        slots = entry.target
    else:
        own = A.subject(p, actors, v, borrow=False)
        near = _subject(ctx, words, actors, trig.first)
        if own or (near and not any(w.low in ctx.cues.coordinators
                                    for w in words[near[-1].last + 1: trig.first])):
            src = own  # an actor right before the verb beats a subject borrowed from afar
        else:
            src = A.subject(p, actors, v, raising=ctx.cues.raising)
        slots = entry.target
    # obliques of the verb's object count when the object is a place or group the target
    # stands behind ("menyerang wilayah di ..."), not a noun of its own ("mendukung
    # perlawanan terhadap Israel": the phrase is the noun's)
    heads.extend(c for h in list(heads) for c in p.deps(h, "obj", "conj")
                 if c not in heads and trig.kind == "verb" and (
                     words[c].dep == "conj" or words[c].low in ctx.cues.possessed_heads))
    places = FORCE_PLACES if entry.plover in ("ASSAULT", "COERCE") else frozenset()
    tgt: list[int] = []
    untargeted = False
    for slot in slots:
        if slot == "none":
            untargeted = True
            break
        if slot == "obj":
            tgt = (A.passive_target(p, actors, v) if trig.passive and trig.kind == "verb"
                   else A.objects(p, actors, heads, places))
        elif slot in ctx.cues.requested or slot == "bahwa":  # "menuntut agar Kiev ...": Kiev
            tgt = A.clause_subject(p, actors, heads, slot)
        elif slot == "poss":
            tgt = patient if trig.kind == "noun" else []  # "penangkapan Budi oleh KPK"
        else:
            tgt = A.oblique(p, actors, heads, slot, places)
        if tgt:
            break
    h = words[v].head
    if (not tgt and trig.kind == "noun" and h is not None and words[v].dep == "nsubj"
            and _strikes(ctx, words[h])):
        tgt = A.objects(p, actors, [h], places)  # "serangan Israel mengenai markas Hamas"
    if not tgt and patient and "poss" in entry.noun_source:
        tgt = patient  # "pencaplokan Krimea oleh Rusia": done to the possessor
    if not tgt and trig.kind == "noun" and entry.plover == "ASSAULT":
        # "serangan Hamas pada 7 Oktober yang menewaskan 12 orang di Israel": what the
        # relative clause says the attack hit
        hit = [c for c in p.deps(v, *A.RELATIVE) if _strikes(ctx, words[c])]
        tgt = A.objects(p, actors, hit, places)
    if not tgt and not untargeted and entry.plover in CLAUSE_TARGET_TYPES:
        tgt = A.clause_subject(p, actors, heads, "bahwa")  # "mengancam bahwa Iran akan ..."
    if (not tgt and entry.plover in AGENT_TARGET_TYPES and "obj" in slots
            and trig.kind == "verb" and not trig.passive):
        tgt = A.object_agent(p, actors, heads)
    return [actors[n] for n in src], [actors[n] for n in tgt], untargeted


def _light_roots(ctx: Context) -> frozenset[str]:
    """Roots of the light verbs (``cues.yaml``: ``light_verbs``, surface forms), to know
    their passive forms (``dibalas``, ``dilancarkan``): the agent is the noun's source."""
    def build(res: Resources) -> frozenset[str]:
        return frozenset(analyze(w, res, "VERB").root for w in ctx.cues.light_verbs)

    return ctx.resources.derived("events.light_roots", build)


def _doing_roots(ctx: Context) -> frozenset[str]:
    """Roots of the passive verbs whose agent is the doer of the noun they modify
    (``serangan yang dilancarkan Israel``, ``yang diklaim Hamas``): the light verbs and
    claiming."""
    return _light_roots(ctx) | {"klaim"}


def _strikes(ctx: Context, w: Word) -> bool:
    """A verb of hitting or killing (``cues.yaml``: ``strike_verbs``, roots or surface
    forms the tagger may read otherwise: ``mengenai`` is also the preposition "about")."""
    return w.root in ctx.cues.strike_verbs or w.low in ctx.cues.strike_verbs


def _struck(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], after: int,
            hi: int) -> list[Actor]:
    """Word order for an attack noun that is the subject of a strike verb: after the
    noun's source (word ``after``), a time phrase or ``yang`` at most, then the verb, then
    the first actor of what it hit with only counts, nouns and ``di`` between
    (``serangan Israel pada Selasa (9/9) mengenai rumah pemimpin Hamas``, ``... yang
    menewaskan 12 orang di Israel``)."""
    cues = ctx.cues
    verb = None
    for i in range(after + 1, min(hi, after + 1 + STRIKE_GAP)):
        w = words[i]
        if _strikes(ctx, w) and (F.is_verb(w) or w.low in cues.strike_verbs):
            verb = i
            break
        if w.low in STRIKE_FILLERS or (w.upos in ("NUM", "PROPN", "ADV", "DET") and not (
                set(w.prefixes) & {"meN", "di", "ber"})) or w.low in ("(", ")", "/"):
            continue
        return []
    if verb is None:
        return []
    for n, a in enumerate(actors):
        if a.first <= verb:
            continue
        between = words[verb + 1: a.first]
        if a.last >= hi or len(between) > F.TARGET_REACH:
            return []
        if all(w.low in cues.possessed_heads or w.low in STRIKE_COUNTS or w.low.isdigit()
               or (w.upos in ("NUM", "NOUN", "ADJ", "DET") and not F.is_verb(w))
               for w in between):
            return _group(actors, n, words, cues)
        return []
    return []


def _status(ctx: Context, words: Sequence[Word], trig: Trigger, left: int) -> Status:
    if words[trig.first].low in ctx.cues.negators:
        return "occurred"  # "tidak akan menerima seruan X": the refusal is stated now
    window = [w.low for w in words[max(left, trig.first - 4): trig.first]]
    whole_left = [w.low for w in words[max(0, trig.first - 8): trig.first]]
    if words[trig.first].low not in ctx.cues.negators:  # "tidak mengakui" is the event
        if any(w in ctx.cues.denials for w in whole_left):
            return "negated"
        if any(w in ctx.cues.negators for w in window):
            return "negated"
    if trig.first > 0 and words[trig.first - 1].low in ctx.cues.nearly:
        return "negated"  # "nyaris menembak", "hampir menyerang": it did not happen
    roots = [w.root for w in words[max(left, trig.first - 4): trig.first]]
    if any(w in ctx.cues.future for w in window) or any(r in ctx.cues.future for r in roots):
        return "future"  # "rencananya untuk membunuh": the plan's root counts
    if trig.first > 0 and words[trig.first - 1].low == "untuk" and any(
            w.root in ctx.cues.preparing for w in words[max(left, trig.first - 8): trig.first]):
        return "future"  # "mempersiapkan rudal dan peralatan lainnya untuk menyerang"
    return "occurred"


def _week_ago(ctx: Context, d: DateMention | None, doc: Document) -> DateMention | None:
    """``sepekan lalu`` is the day a week before publication, not just that week: the
    language layer gives the week; the event takes the day."""
    pub = (doc.metadata.published or "")[:10]
    if d is None or d.granularity != "week" or not pub or not any(
            d.text.lower().startswith(w) for w in ctx.cues.week_ago):
        return d
    try:
        day = _dt.date.fromisoformat(pub) - _dt.timedelta(days=7)
    except ValueError:
        return d
    return dataclasses.replace(d, value=day.isoformat(), granularity="day")


def _date(ctx: Context, words: Sequence[Word], dates: Sequence[DateMention],
          span: Span, trig: Trigger, body: str) -> DateMention | None:
    # a date in a clause before the trigger's belongs to that clause ("pada hari Rabu, saat
    # Iran dan Israel terus saling serang"); one after it may close the whole sentence
    # ("... saat menembak jatuh drone Rusia pada Selasa (9/9) malam"), but a date in the
    # trigger's own clause comes first
    lo, hi = F.clause(words, trig.first, ctx.cues.clause_breaks)
    first = words[lo].start if lo < len(words) else span.start
    last = words[hi - 1].end if 0 < hi <= len(words) else span.end
    speech = trig.entry.plover in SPEECH_TYPES
    if speech and lo > 0 and words[lo - 1].low == "bahwa":
        first = span.start  # "X pada Rabu mengatakan bahwa negaranya menolak ...": the
        # statement is the event, and its date is the event's
    inside = [d for d in dates if max(span.start, first) <= d.start and d.end <= span.end
              and d.value and d.kind != "time"]
    own = [d for d in inside if d.end <= last]
    # a later clause opened by a time-shifting word has its own time ("mengerahkan Garda
    # Nasional setelah protes pada hari Jumat")
    inside = own or [d for d in inside if not any(
        w.low in ctx.cues.time_shift for w in words[trig.last + 1:]
        if w.start < d.start and len(body[w.end:d.start].split()) > 1)]
    # "agar Kiev mengakui ... Krimea yang dicaploknya pada 2014": a year or month after a
    # relative clause's verb dates that clause (the annexation), not the trigger before it
    rel = next((words[i].start for i in range(trig.last + 1, len(words) - 1)
                if words[i].low == "yang" and F.is_verb(words[i + 1])), None)
    # "Khamenei, yang berkuasa sejak 1989 ..., telah bersumpah": a date inside a relative
    # clause set off by commas before the trigger describes the noun, not the event
    aside = _asides(words, trig.first)
    best: DateMention | None = None
    for d in inside:
        if rel is not None and d.start > rel and d.granularity in ("year", "month"):
            continue
        if any(lo <= d.start < hi for lo, hi in aside):
            continue
        before = [b.strip(",") for b in body[max(span.start, d.start - 40): d.start].lower().split()]
        if any(b in ctx.cues.report_cues for b in before[-4:]):
            continue
        if not speech and d.start < words[trig.first].start and any(
                b in ctx.cues.speech_verbs for b in before[-3:]):
            continue  # "disampaikannya pada Rabu, ... bahwa Israel menyerang": the statement's
        if d.granularity in ("year", "month") and not (
                set(before[-2:]) & ctx.cues.period_cues
                or body[d.end: d.end + 6].lower().strip().startswith("lalu")):
            continue  # "APBD tahun 2019-2022" names a period of a thing, not the event's
        if best is None or abs(d.start - words[trig.first].start) < abs(
                best.start - words[trig.first].start):
            best = d
    return best


def _asides(words: Sequence[Word], before: int) -> list[tuple[int, int]]:
    """Character ranges of the relative clauses set off by commas (``, yang ... ,``) that
    end before word ``before``."""
    out: list[tuple[int, int]] = []
    for i in range(1, before):
        if words[i].low != "yang" or words[i - 1].low != ",":
            continue
        end = next((j for j in range(i + 1, before) if words[j].low == ","), None)
        if end is not None:
            out.append((words[i].start, words[end].start))
    return out


def _attribution(ctx: Context, words: Sequence[Word], actors: Sequence[Actor]) -> str | None:
    for a in actors:
        if a.first > 0 and words[a.first - 1].low == "menurut":
            return a.ref.name
    return None


def _with_sector(ref: ActorRef, entity: Entity, plover: str) -> ActorRef:
    """A country named alone acting militarily is its armed forces (guide)."""
    sector = STATE_SECTOR_BY_TYPE.get(plover)
    if sector and ref.sector is None and entity.type == "LOC" and len(ref.code or "") == 3:
        return ActorRef(ref.code, sector, ref.name, ref.entity)
    if plover == "ASSAULT" and ref.sector == "GOV" and _is_country(ref):
        # "Putin memerintahkan invasi", "Kremlin menyerang": the state's force is MIL
        return ActorRef(ref.code, "MIL", ref.name, ref.entity)
    return ref


def code_sentence(ctx: Context, doc: Document, span: Span, tokens: Sequence[Token],
                  offset: int, dates: Sequence[DateMention], scene: Scene | None = None
                  ) -> list[Event]:
    """Events stated by the sentence ``span`` (``tokens`` are its tokens; ``offset`` the
    index of its first token in ``doc.tokens``, to read heads)."""
    cues = ctx.cues
    words = _words(tokens, offset, ctx.resources, _mention_edges(doc, span))
    lows = [w.low for w in words]
    # a scenario word makes what follows it hypothetical ("jika Iran menyerang, ..."); a
    # warning whose condition comes after it ("memperingatkan AS jika ...") still stands
    hypothetical = next((i for i, w in enumerate(lows) if w in cues.hypothetical), len(lows))
    consequence, beyond = _consequence(cues, lows, hypothetical)
    actors = _extra_actors(ctx, words, _actors(words, doc.entities, span,
                                               scene.country if scene else None,
                                               ctx.resources), scene)
    # "menolak revisi UU TNI": an institution named in a law's title is not an actor there
    actors = [a for a in actors if not (a.first > 0 and words[a.first - 1].low in cues.law_words)]
    if not actors:
        return []
    inside = {i for a in actors for i in range(a.first, a.last + 1)}
    events: list[Event] = []
    triggers = _triggers(ctx, words, inside)
    # a common noun inside a multi-word trigger is part of it ("menarik pasukan")
    inner = [a for a in actors if a.ref.entity is None and any(
        t.first <= a.first and a.last <= t.last for t in triggers)]
    actors = [a for a in actors if a not in inner]
    coded: dict[int, list[Event]] = {}  # trigger index → its events (for _recipients)
    against: dict[int, int] = {}  # protest trigger index → the verb that says against whom
    for n, trig in enumerate(triggers):
        if trig.entry.plover != "PROTEST":
            continue
        for m in range(n + 1, len(triggers)):
            nxt = triggers[m]
            if nxt.first - trig.last > 3:
                break
            if words[nxt.first].root in cues.protest_against and nxt.kind == "verb":
                against[n] = m
                break
    for n, trig in enumerate(triggers):
        if n in against.values():
            continue
        presupposed = trig.kind == "noun" and bool(_after(ctx, words, actors, trig.last,
                                                          limit=1))
        # the consequence of a condition may hold a threat ("Jika X menyerang, kami akan ...")
        threat_only = consequence <= trig.first < beyond and not presupposed
        if trig.first > hypothetical and not threat_only and not presupposed:
            continue  # a possessed noun is presupposed: "apakah AS ikut dalam pengeboman
            # Israel terhadap Iran" still says that Israel bombs Iran
        if _said_content(ctx, words, triggers, n):
            continue
        verb = triggers[against[n]] if n in against else None
        found = _code_trigger(ctx, doc, span, words, actors, trig, dates, verb,
                              [a for a in inner if a.last == trig.last], scene,
                              _recipients(ctx, doc, words, triggers, n, coded),
                              conditional=threat_only)
        content = _content_code(ctx, words, triggers, n, inside)
        if content is not None:
            found = [dataclasses.replace(e, cameo=content, mode=ctx.ontology.mode_of(content))
                     for e in found]
        coded[n] = found
        events.extend(found)
    if events and ((scene is not None and scene.sports) or any(w in cues.sports for w in lows)):
        events = [e for e in events if not (_team(e.source) or _team(e.target))]
    return events


def _consequence(cues: Cues, lows: Sequence[str], hypothetical: int) -> tuple[int, int]:
    """The words of the consequence a condition opens (``Jika Israel menyerang kilang kami,
    kami akan membalas Israel dengan keras``; ``Apabila ..., maka ...``): from the first
    comma or ``maka`` after the condition word up to the next scenario word. Empty
    (``(len, len)``) when the scenario word is no condition or nothing closes it."""
    none = (len(lows), len(lows))
    if hypothetical >= len(lows) or lows[hypothetical] not in cues.conditions:
        return none
    close = next((i for i in range(hypothetical + 1, len(lows)) if lows[i] in (",", "maka")),
                 None)
    if close is None:
        return none
    start = close + 1 + (close + 1 < len(lows) and lows[close + 1] == "maka")
    beyond = next((i for i in range(start, len(lows)) if lows[i] in cues.hypothetical),
                  len(lows))
    return start, beyond


def _said_content(ctx: Context, words: Sequence[Word], triggers: Sequence[Trigger],
                  n: int) -> bool:
    """Trigger ``n`` is what an earlier trigger of its clause says rather than an act: the
    content of a request after ``untuk`` (``meminta Israel untuk menghentikan serangan ke
    Gaza``, ``memberitahu Israel untuk tidak menyerang``: asked for, not done, and not by the
    one who asks), or of an accusation or label (an entry with ``content``: ``menuduh Iran
    mendukung Hamas``). A relative clause (``yang``) and the reason after ``atas``
    (``menyalahkan Israel atas serangan itu``) state facts, and a threat, accusation or
    refusal after ``dan`` is the speaker's own next act (``menolak ajakan AS untuk ... dan
    memperingatkan bahwa ...``): no one asks for those."""
    trig = triggers[n]
    if trig.first > 0 and words[trig.first - 1].low in ("yang", "atas"):
        return False
    if (trig.first > 0 and words[trig.first - 1].low in ctx.cues.coordinators
            and trig.entry.plover in OWN_ACTS):
        return False
    breaks = ctx.cues.clause_breaks - {"bahwa"}
    for prev in triggers[:n]:
        between = words[prev.last + 1: trig.first]
        if any(w.low in breaks or w.low in {".", "?", "!"} for w in between):
            continue
        if prev.entry.content and (prev.kind == "verb" or any(
                w.low == "bahwa" for w in between)):
            return True  # a noun's content opens with bahwa ("tuduhan Israel bahwa Iran
            # menyerang"); "menolak tuduhan itu dan menyerang" is the subject's own act
        # "memberi tahu X untuk" holds its untuk; a comma after it closes what is asked
        # ("atas permintaan Iran untuk membantu, Rusia mengirim ...")
        asked = [w.low for w in words[prev.first + 1: trig.first]]
        if (prev.entry.plover == "REQUEST" and len(between) <= REQUEST_REACH
                and "untuk" in asked and "," not in asked[asked.index("untuk"):]
                and "bahwa" not in asked):
            return True
    return False


def _warns_public(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                  trig: Trigger) -> bool:
    """A warning whose object is the public at large or one's own people (``warga``,
    ``warganya``, ``masyarakat``) with no named group after it is a public advisory, not a
    threat to whatever place it names (``agar tidak bepergian ke Israel``)."""
    at = trig.last + 1
    if at >= len(words):
        return False
    low = words[at].low
    public = low in ctx.cues.generic_public or (
        low.endswith("nya") and low[:-3] in ctx.cues.generic_public)
    named = any((a.first == at and a.last > at) or a.first == at + 1 for a in actors)
    return public and not named  # "warga Gaza" is a group warned


def _generic_public(ctx: Context, t: Actor, actors: Sequence[Actor]) -> bool:
    """The public at large (``cues.yaml``: ``generic_public``), a common noun with no named
    group after it: ``warga`` is, ``warga Gaza`` is not."""
    return (t.ref.entity is None and t.first >= 0
            and (t.ref.name or "").lower() in ctx.cues.generic_public
            and not any(a.first == t.last + 1 for a in actors))


def _team(ref: ActorRef | None) -> bool:
    """A bare state (no sector) in a match report is its national team: ``Argentina akan
    bertemu Prancis di final`` is a fixture, not a meeting of states; a state's organs and
    people (``Kepolisian Swiss menangkap anggota FIFA``) still act."""
    return ref is not None and _is_country(ref) and not ref.sector


def _sports_article(ctx: Context, doc: Document) -> bool:
    """An article whose body holds ``SPORTS_ARTICLE_WORDS`` distinct sports words, one of
    them unambiguous (``cues.yaml``: ``sports``, ``sports_weak``), is a match report."""
    lows = {t.text.lower() for t in doc.tokens}
    strong = lows & ctx.cues.sports
    return bool(strong) and len(strong | (lows & ctx.cues.sports_weak)) >= SPORTS_ARTICLE_WORDS


def _content_code(ctx: Context, words: Sequence[Word], triggers: Sequence[Trigger], n: int,
                  inside: set[int] | None = None) -> str | None:
    """The code of what a request asks for, when its content (after ``untuk``, ``agar``)
    holds a more specific request trigger: ``seruan Trump untuk penyerahan diri tanpa
    syarat`` is a demand to yield (105), not a bare appeal (020); so is the content right
    after the addressee (``menuntut Iran menyerah tanpa syarat``: ``inside``, the words of
    the sentence's actors, are all that stands between)."""
    trig = triggers[n]
    if trig.entry.plover != "REQUEST":
        return None
    hi = F.clause(words, trig.last, ctx.cues.clause_breaks - ctx.cues.requested)[1]
    for later in triggers[n + 1:]:
        if later.first >= hi or later.first - trig.last > 10:
            break
        between = range(trig.last + 1, later.first)
        opener = any(w.low in ("untuk", *ctx.cues.requested)
                     for w in words[trig.last + 1: later.first]) or (
            trig.kind == "verb" and inside is not None and len(between) > 0
            and all(i in inside for i in between))
        if (opener and later.entry.plover == "REQUEST" and later.entry.cameo[:2] == "10"
                and later.entry.cameo != "100"):
            return later.entry.cameo
    return None


def _recipients(ctx: Context, doc: Document, words: Sequence[Word],
                triggers: Sequence[Trigger], n: int, coded: Mapping[int, list[Event]]
                ) -> list[Actor]:
    """Who a nominal request is addressed to when a response verb takes it as object: the
    source of the refusal or acceptance right before it (``Khamenei menolak ajakan AS``,
    ``Iran tidak akan menerima seruan Trump``: the request was made to Iran)."""
    trig = triggers[n]
    if trig.kind != "noun" or trig.entry.plover != "REQUEST" or n == 0:
        return []
    prev = triggers[n - 1]
    if (prev.kind != "verb" or prev.passive or prev.entry.plover not in RESPONSE_TYPES
            or trig.first - prev.last > 2
            or any(w.upos not in ("DET", "NUM") for w in words[prev.last + 1: trig.first])):
        return []
    out: list[Actor] = []
    for e in coded.get(n - 1, []):
        ref = e.source
        if _is_country(ref):  # a leader answering for his state: the call went to the state
            ref = ActorRef(ref.code, None, ref.name, ref.entity)
        if any(a.ref == ref for a in out):
            continue
        ent = next((x for x in doc.entities if x.id == ref.entity), None)
        out.append(Actor(-1, -1, ref, ent or _common_entity(ref)))
    return out


def _clause_left(ctx: Context, words: Sequence[Word], at: int) -> int:
    for i in range(at - 1, -1, -1):
        if i == at - 1 and words[i].low in QUOTE_MARKS:
            continue  # a quoted word stays in its clause: akan "menggempur" is future
        if words[i].low in ctx.cues.clause_breaks:
            return i + 1
    return 0


def _code_trigger(ctx: Context, doc: Document, span: Span, words: Sequence[Word],
                  actors: Sequence[Actor], trig: Trigger, dates: Sequence[DateMention],
                  against: Trigger | None = None, inner: Sequence[Actor] = (),
                  scene: Scene | None = None, recipients: Sequence[Actor] = (),
                  conditional: bool = False) -> list[Event]:
    """The events of one trigger; ``conditional``: it stands in the consequence of a
    condition (``_consequence``), where only a threat is an event."""
    cues = ctx.cues
    entry = trig.entry
    left = _clause_left(ctx, words, trig.first)
    loose = F.clause(words, trig.first, cues.clause_breaks)[0]
    if any(w.low in cues.pundits for w in words[min(left, loose): trig.first]):
        return []
    if left > 0 and words[left - 1].low in cues.requested and not (
            trig.first > 0 and words[trig.first - 1].low == "yang"):
        return []  # requested content; a relative clause in it is a fact ("agar Kiev
        # mengakui ... Krimea yang dicaploknya pada 2014": the annexation happened)
    sources: list[Actor] = []
    targets: list[Actor] = []
    untargeted = False
    answered = False  # a request someone refused or accepted: it was made
    ahead = False  # "Sebelum pertemuan dengan X, Y akan ...": the main clause is planned
    hostile = False  # a friendly verb whose object is a hostile act: no target
    confidence = 0.6
    dep_sources, dep_targets, dep_untargeted = _parse_args(ctx, words, actors, trig)
    if trig.kind == "verb" and not trig.passive:
        sources = dep_sources or _subject(ctx, words, actors, trig.first)
        targets, untargeted = dep_targets, dep_untargeted
        if not targets and not untargeted:
            targets, untargeted = _target(ctx, words, actors, trig, entry.target, trig.last)
        if not targets and not untargeted and entry.plover in CLAUSE_TARGET_TYPES:
            # "mengancam bahwa Iran akan ...": the clause's subject when the parse missed it
            targets = _oblique(ctx, words, actors, trig.last, "bahwa", window=2)
        if not targets and entry.plover in AGENT_TARGET_TYPES and "obj" in entry.target:
            targets = _object_agent(ctx, words, actors, trig)
        # "mendukung penangkapan Gubernur X": no support for X
        hostile = entry.plover in FRIENDLY_TYPES and _hostile_object(ctx, words, trig)
        confidence = 0.8 if dep_sources else 0.7
    elif trig.kind == "verb":
        targets = dep_targets if "obj" in entry.target else []
        if not targets and trig.first > 1 and words[trig.first - 1].low == "yang":
            # "atas Krimea yang dicaploknya": the noun the relative clause hangs on, even
            # inside a prepositional phrase
            targets = [a for a in actors if a.last == trig.first - 2][:1]
        targets = targets or _subject(ctx, words, actors, trig.first)
        agent = dep_sources or _oblique(ctx, words, actors, trig.last, "oleh", window=4)
        if not agent:
            agent = _after(ctx, words, actors, trig.last, limit=0)
        if not agent and words[trig.first].nya and targets:
            # the -nya agent stands right before the target's phrase ("kedaulatan Rusia atas
            # Krimea yang dicaploknya", "Rusia mengembalikan Krimea yang dicaploknya")
            before = [a for a in actors if targets[0].first - 3 <= a.last < targets[0].first]
            agent = [before[-1]] if before else []
        sources = agent
        if not sources and entry.plover == "MOBILIZE":
            # "Pasukan AS di kawasan itu telah dimobilisasi": the forces put on the move
            # are their own state's act when no one else is said to move them
            p = A.parse_of(words)
            own = A.passive_target(p, actors, trig.first) if p is not None else []
            sources = [a for a in [actors[k] for k in own] or targets
                       if a.ref.sector in ("MIL", "COP")]
        if "obj" not in entry.target:  # an oblique frame: the subject is not the target
            targets, untargeted = dep_targets, dep_untargeted
            if not targets:
                targets, untargeted = _target(ctx, words, actors, trig, entry.target,
                                              trig.last)
        confidence = 0.7
    else:
        sources, targets, untargeted = dep_sources, dep_targets, dep_untargeted
        for slot in () if sources else entry.noun_source:
            if slot == "agent":
                hi = F.clause(words, trig.first, cues.clause_breaks)[1]
                sources = _noun_agent(ctx, words, actors, trig, hi)
                if sources:  # "penangkapan Budi oleh KPK": Budi is arrested
                    targets = [a for a in _after(ctx, words, actors, trig.last, limit=1)
                               if a.last < sources[0].first]
                    if not targets:
                        targets, untargeted = _target(ctx, words, actors, trig,
                                                      entry.noun_target, sources[-1].last)
            elif slot == "poss":
                if words[trig.last].low in F.PREPOSITIONS:
                    continue  # "salut dengan Indonesia": the actor after it is the object
                sources = _after(ctx, words, actors, trig.last, limit=1)
                if sources:  # the parse's target stands when word order finds none
                    found, none = _target(ctx, words, actors, trig, entry.noun_target,
                                          sources[-1].last)
                    if found or none or not targets:
                        targets, untargeted = found, none
            elif slot == "antara":  # "pertempuran antara Iran dan Israel": both sides
                at = next((i for i in range(trig.last + 1, min(len(words), trig.last + 4))
                           if words[i].low == "antara"), None)
                if at is not None:
                    sides = _after(ctx, words, actors, at, limit=1)
                    if len(sides) == 1 and sides[0].last + 1 < len(words) and (
                            words[sides[0].last + 1].low == "dengan"):
                        # "bentrokan antara petugas imigrasi dengan para demonstran"
                        sides += _after(ctx, words, actors, sides[0].last + 1, limit=1)
                    if len(sides) > 1 and entry.symmetric:
                        sources = sides
                    elif len(sides) > 1:  # "kericuhan antara massa dan aparat": in order
                        sources, targets = sides[:1], sides[1:]
            elif slot == "subj":
                light = trig.first - 1
                while light >= 0 and words[light].low in cues.subject_gap:
                    light -= 1
                if light >= 0 and words[light].low in cues.light_verbs:
                    sources = _subject(ctx, words, actors, light)
                elif entry.predicate:  # "Guterres mengaku salut dengan Indonesia"
                    sources = _subject(ctx, words, actors, trig.first)
                elif trig.first <= 2 or (trig.first > 0 and words[trig.first - 1].low in {
                        "dalam", "melalui", "lewat"}):
                    # "Dalam percakapan telepon dengan X, Y ...": Y after the comma; for a
                    # meeting, past a title ("..., Menlu Sugiono mengusulkan")
                    comma = next((i for i in range(trig.last + 1, len(words))
                                  if words[i].low == ","), None)
                    if comma is not None and any(  # the noun's own partner before it
                            w.low in entry.noun_target for w in words[trig.last: comma]):
                        at = comma + 1
                        while (entry.plover == "CONSULT" and at < len(words)
                               and words[at].low in cues.possessed_heads
                               and _actor_at(actors, at) is None):
                            at += 1
                        n = _actor_at(actors, at)
                        if n is not None:
                            sources = _group(actors, n, words, cues)
                            tail = words[sources[-1].last + 1: sources[-1].last + 4]
                            ahead = any(w.low in cues.future for w in tail)
                if sources and not targets:
                    targets, untargeted = _target(ctx, words, actors, trig, entry.noun_target,
                                                  trig.last)
            if sources:
                break
        if sources and not targets and not untargeted:
            targets, untargeted = _target(ctx, words, actors, trig, entry.noun_target,
                                          max(trig.last, sources[-1].last))
        if sources and not targets and recipients:
            targets, answered = list(recipients), True
        if sources and not targets and entry.plover == "ACCUSE":
            denier = _denier(ctx, words, actors, trig)
            if denier:  # "Iran membantah tuduhan Israel": Israel accused Iran, and did
                targets, answered = denier, True
        confidence = 0.6
    if against is not None:  # "berunjuk rasa menentang DPR": the protest's target
        over = _parse_args(ctx, words, actors, against)[1] or _after(
            ctx, words, actors, against.last)
        if over:
            targets, untargeted = over, False
    if entry.plover == "PROTEST" and not targets:
        site = next((i for i in range(trig.last + 1, min(len(words), trig.last + 5))
                     if words[i].low in cues.protest_sites), None)
        if site is not None:
            targets = _after(ctx, words, actors, site, limit=2)
            untargeted = untargeted and not targets
    if entry.plover == "PROTEST" and trig.kind == "noun" and not targets:
        # "aksi protes terhadap razia imigrasi oleh pemerintah federal": the doer of the
        # act protested against
        at = next((i for i in range(trig.last + 1, min(len(words), trig.last + 3))
                   if words[i].low in PROTESTED), None)
        if at is not None:
            targets = _object_agent(ctx, words, actors, dataclasses.replace(
                trig, first=at, last=at)) or _act_possessor(ctx, words, actors, at)
            untargeted = untargeted and not targets
    if trig.kind == "verb" and (targets if trig.passive else sources) == []:
        listed = _relative_list(ctx, words, actors, trig)
        if listed and trig.passive:
            targets, untargeted = listed, False  # "negara yang dijatuhi sanksi ... antara
        elif listed:  # lain A dan B"; "negara yang menutup kedutaannya mencakup A, B, dan C"
            sources = listed
    if (not sources and targets and scene is not None and entry.plover == "PROTEST"
            and trig.kind == "noun" and trig.last + 1 < len(words)
            and words[trig.last + 1].low in DEMONSTRATIVES
            and not (trig.first > 0 and words[trig.first - 1].low in F.PREPOSITIONS)):
        sources = _carried_group(ctx, doc, scene)  # "Ribuan warga AS berkumpul ... . Unjuk
        # rasa ini menentang ...": the people of the sentence before; not "dalam kerusuhan
        # itu" (a setting) nor a protest said against no one
    if (not sources and scene is not None and entry.plover in SPEECH_TYPES
            and trig.kind == "verb" and not trig.passive
            and _stand_in(ctx, words, actors, trig)):
        sources = _carried_source(ctx, doc, scene)  # "serangan juga menuntut agar ..."
    if not sources or (not targets and not untargeted):
        more_sources, more_targets = _fallback(ctx, doc, words, actors, trig, sources, targets)
        if more_sources or more_targets:
            confidence = min(confidence, 0.5)
        sources, targets = sources or more_sources, targets or more_targets
    if hostile:
        targets = []
    if entry.plover == "PROTEST" and trig.kind == "noun" and sources:
        sources, targets = _rioters(ctx, words, trig, sources, targets)
        if not sources:
            return []  # "Polisi mengamankan provokator kericuhan": the riot's makers unnamed
    if (not sources and targets and entry.plover == "PROTEST" and trig.kind == "noun"
            and scene is not None and scene.country
            and not (entry.cameo.startswith("145") and any(
                t.ref.sector == "MIL" for t in targets))  # a border clash is no riot
            and not (
                trig.last + 1 < len(words) and words[trig.last + 1].low in DEMONSTRATIVES)):
        # "gelombang protes terhadap DPR": unnamed protesters are the public of the
        # article's country; "unjuk rasa itu" is the group named before (_carried_group)
        ref = ActorRef(scene.country, "CVL",
                       " ".join(w.low for w in words[trig.first: trig.last + 1]), None)
        sources = [Actor(-1, -1, ref, _common_entity(ref, "implicit:"))]
    if (not targets and inner and entry.plover not in NO_TARGET_TYPES
            and words[inner[-1].first - 1].low not in F.PREPOSITIONS):
        # "menetapkan 21 tersangka": the phrase's last noun is the group acted on
        targets = [inner[-1]]
    # "Inggris, Prancis, dan Jerman mengecam ...": the parse often links only one member
    # of a listed coordination; each listed actor is one event
    sources, targets = (_listed(ctx, words, actors, sources, targets),
                        _listed(ctx, words, actors, targets, sources))
    if entry.plover == "MOBILIZE":  # what is deployed is not a target (guide)
        targets, untargeted = [], True
    reciprocal = trig.first > 0 and words[trig.first - 1].low in cues.reciprocal
    if reciprocal:
        targets = []
    symmetric = (entry.symmetric or reciprocal) and not targets and len(sources) > 1
    if symmetric and trig.kind == "noun" and entry.plover == "CONSULT" and not reciprocal:
        # "pertemuan bilateral Prabowo dan Putin": a meeting named by a noun goes from
        # the first-named participant to the others, as "Prabowo bertemu Putin" does
        sources, targets, symmetric = sources[:1], sources[1:], False
    if not sources or (not targets and not symmetric
                       and not (untargeted and entry.plover in NO_TARGET_TYPES)):
        return []
    window_words = {w.low for w in words[max(left, trig.first - 4): trig.first]}
    if window_words & cues.habitual:
        return []  # "kami selalu berkoordinasi dengan AS": a habit, not an event
    if entry.plover == "THREATEN" and _warns_public(ctx, words, actors, trig):
        return []  # "memperingatkan warganya agar tidak bepergian ke ...": an advisory
    status = "occurred" if answered else _status(ctx, words, trig, left)
    if ahead and status == "occurred":
        status = "future"  # the meeting the opener names belongs to the planned clause
    if status == "future" and entry.plover not in ("ASSAULT", "THREATEN") and any(
            w.low in cues.conditions for w in words[trig.last + 1:]):
        # "akan memeriksa X jika keterangannya dibutuhkan": a conditional plan; force or a
        # threat under a condition ("akan menggempur Iran bila diserang") stays: a threat
        # is conditional by nature
        return []
    if status == "negated" and entry.asked:
        status = "occurred"  # "gagal mendapatkan jaminan": the guarantee was asked for
    cameo, plover = entry.cameo, entry.plover
    if entry.label and _label(ctx, words, trig.last) in cues.hostile_labels:
        cameo = "111"  # "menyebut X sebagai ancaman": a hostile name, no wrongdoing stated
    if plover == "ASSAULT" and status == "occurred" and window_words & cues.capability:
        # "AS dapat dengan mudah membunuh Khamenei": a boast of force is a threat (guide)
        cameo, plover = "138", "THREATEN"
    vowed = [i for i in range(max(left, trig.first - 4), trig.first)
             if words[i].low in cues.vows or words[i].low in cues.offers]
    threat = "138" if plover == "ASSAULT" else THREATENED.get(cameo[:3])
    if threat and status != "negated" and vowed and not any(
            vowed[-1] < a.first < trig.first for a in actors):
        # "Katz bersumpah untuk menyerang Iran", "Iran siap membalas", "Trump mengancam
        # menaikkan tarif China": a vow, threat or stated readiness to use force or a sanction
        # is a threat, made now; not when another actor stands between ("siap mendukung Iran
        # berperang": Iran is the one who fights)
        cameo, plover, status = threat, "THREATEN", "occurred"
    if conditional:
        # a threat is conditional by nature (GUIDE): force promised under a condition is a
        # threat of force made now; any other act under a condition is a what-if, and so
        # is what one could do ("Jika X terlibat, Teheran dapat menyerang ...": analysis)
        if plover == "ASSAULT" and status == "future":
            cameo, plover, status = "138", "THREATEN", "occurred"
        if plover != "THREATEN" or status == "negated" or window_words & cues.capability:
            return []
        status = "occurred"
    window = {w.low for w in words[max(left, trig.first - 4): trig.first]}
    if status != "negated" and window & cues.offers:
        # an offer or pledge is the event, whether worded as a plan ("siap membantu") or
        # not ("berkomitmen membantu", "menawarkan bantuan"): AGREE that occurred (guide)
        agreed = (cameo if cameo.startswith("03")
                  else OFFER_CODES.get(cameo) or OFFER_CODES.get(cameo[:2]))
        if agreed:
            cameo, status = agreed, "occurred"
            plover = ctx.ontology.plover_of(cameo) or plover
    date = _week_ago(ctx, _date(ctx, words, dates, span, trig, doc.body), doc)
    attribution = _attribution(ctx, words, actors)
    pairs: list[tuple[Actor, Actor | None]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets]
    elif symmetric:
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, None) for s in sources]
    out: list[Event] = []
    for s, t in pairs:
        if t is not None and not symmetric and s.first >= 0 and (s.first, s.last) == (
                t.first, t.last):
            continue  # one phrase for a pair ("mereka", "kedua negara") is not acting on itself
        if t is not None and ((s.ref.entity is not None and s.ref.entity == t.ref.entity) or (
                s.ref.code == t.ref.code and s.ref.sector == t.ref.sector
                and not (s.entity.type == t.entity.type == "PER"))):
            continue  # the same actor; two people of one sector are still two actors
        if t is None and plover not in NO_TARGET_TYPES:
            continue
        if (((plover == "REQUEST" and cameo.startswith("02")) or plover == "COOPERATE")
                and t is not None and _generic_public(ctx, t, actors)):
            continue  # "Polisi meminta warga menjauh": an advisory to the public at large;
            # "berkolaborasi dengan masyarakat": a slogan, no partner named
        if _poll_share(ctx, words, s):
            continue  # "16% warga Rusia menganggap Berlin sebagai musuh": a survey's share
        if s.guessed or (t is not None and t.guessed and plover not in GUESSED_TARGET_TYPES):
            continue  # an uncoded person is only ever acted on (arrested, charged, summoned)
        if s.territory or (t is not None and t.territory and t.ref.code == s.ref.code):
            continue  # a region does not act; a state in its own region is no event
        if (plover == "CONCEDE" and t is not None and t.ref.code == s.ref.code
                and t.ref.sector in OWN_FORCES):
            continue  # "mengizinkan pasukan Garda Nasional membawa senjata": an order to
            # one's own forces, no concession to an opponent
        if t is not None and plover in FORCE_TYPES and s.ref.code == t.ref.code and (
                _implicit(s) or _implicit(t)):
            # "tank Israel menembaki warga": the article's country is a guess; people hit
            # are of the place the article last put the action in (Gaza), if not the
            # attacker's own
            place = (_scene_place(ctx, scene, words[trig.first].start, s.ref.code)
                     if scene is not None and _implicit(t) and not _implicit(s) else None)
            if place is None:
                continue
            ref = ActorRef(place, t.ref.sector, t.ref.name, None)
            t = dataclasses.replace(t, ref=ref, entity=_common_entity(ref))
        src = _with_sector(s.ref, s.entity, plover)
        if _led(ctx, words, s):  # "Pemimpin tertinggi Iran memperingatkan ...": IRN/GOV
            src = ActorRef(src.code, "GOV", src.name, src.entity)
        tgt = t.ref if t else None
        if (tgt is not None and plover == "ASSAULT" and tgt.sector == "MIL"
                and tgt.entity is None and _is_country(tgt)):
            # "menyerang target-target militer Iran": the country is attacked (guide: the
            # target of an attack is the state unless a named force is hit)
            tgt = ActorRef(tgt.code, None, tgt.name, None)
        code = cameo
        if t is not None and _led(ctx, words, t):
            # "menyerang pemimpin tertinggi Iran": the state's leadership, and an attack
            # aimed at a leader is an attempt on his life (CAMEO 185)
            tgt = ActorRef(t.ref.code, t.ref.sector or "GOV", t.ref.name, t.ref.entity)
            if plover == "ASSAULT" and cameo[:2] == "19":
                code = "185"
        out.append(Event(
            source=src, target=tgt, plover=plover, cameo=code,
            status=status, evidence=span,
            date=date.value if date else None,
            date_granularity=date.granularity if date else None,
            location=doc.metadata.dateline, mode=ctx.ontology.mode_of(code),
            rule=entry.id, attribution=attribution, confidence=confidence,
        ))
    return out


def _denier(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
            trig: Trigger) -> list[Actor]:
    """The subject of a denial or refusal right before a nominal accusation (``Iran
    membantah tuduhan Israel``, ``Rusia menolak tudingan Barat``): the one accused. The
    denial says the accusation was made, so it does not negate it."""
    at = trig.first - 1
    if at > 0 and words[at].upos == "DET":
        at -= 1
    refusal = words[at].root == "tolak" and "meN" in words[at].prefixes
    if at < 1 or not (words[at].low in ctx.cues.denials or refusal):
        return []
    return _subject(ctx, words, actors, at)


def _poll_share(ctx: Context, words: Sequence[Word], a: Actor) -> bool:
    """The actor is a share of a population in a survey (``16% warga Rusia``, ``60 persen
    responden``: ``cues.yaml`` ``poll_shares`` within three words before it), not one that
    acts."""
    return a.first > 0 and any(
        w.low in ctx.cues.poll_shares or w.low.endswith("%")
        for w in words[max(0, a.first - 3): a.first])


def _stand_in(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
              trig: Trigger) -> bool:
    """The trigger's subject is a stand-in noun (``actors.yaml``: ``stand_ins``) opening its
    clause, with at most a short adverbial before it (``Selain itu, serangan juga
    menuntut``) and no actor before the trigger in the clause."""
    cues = ctx.cues
    lo = _clause_left(ctx, words, trig.first)
    if any(lo <= a.first and a.last < trig.first for a in actors):
        return False
    i = trig.first - 1
    while i >= lo and (words[i].low in cues.subject_gap or words[i].low in cues.negators):
        i -= 1
    if i < lo or words[i].low not in load_actor_words(ctx.resources).stand_ins:
        return False
    opener = words[lo:i]
    return not opener or (len(opener) <= 4 and opener[-1].low == ",")


def _relative_list(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                   trig: Trigger) -> list[Actor]:
    """The actors a plural noun described by the trigger's relative clause is said to be,
    listed after a listing word (``cues.yaml``: ``listing``): ``Negara-negara lain yang
    menangguhkan operasi kedutaannya di Teheran mencakup Bulgaria, Portugal, dan Swiss``
    (each listed state did it). Only when the noun itself is no actor (it is said to be the
    listed ones) and the list follows in the same sentence."""
    i = trig.first - 1
    while i >= 0 and ((words[i].low in ctx.cues.subject_gap and words[i].low != "yang")
                      or words[i].low in ctx.cues.negators):
        i -= 1
    if i < 1 or words[i].low != "yang" or any(a.first <= i - 1 <= a.last for a in actors):
        return []
    head = i - 1
    while head > 0 and words[head].low in ("lain", "lainnya", "itu", "tersebut", "ini"):
        head -= 1
    noun = words[head].low.split("-")[0]
    if noun not in ctx.cues.listed_heads:
        return []  # "rudal yang menghantam ... yakni X": a thing is no group of actors
    for k in range(trig.last + 1, len(words)):
        low = words[k].low
        if low in F.SENTENCE_END or low in ctx.cues.clause_breaks:
            return []
        nxt = words[k + 1].low if k + 1 < len(words) else ""
        if low in ctx.cues.listing and (low != "antara" or nxt == "lain"):
            return _after(ctx, words, actors, k + 1 if nxt == "lain" else k, limit=1)
    return []


def _previous_sentence(ctx: Context, doc: Document, scene: Scene
                       ) -> tuple[list[Word], Span] | None:
    """The words and span of the sentence before the one being coded (``scene.previous``)."""
    if not scene.previous:
        return None
    tokens = [doc.tokens[n] for n in scene.previous]
    span = doc.sentences[tokens[0].sentence]
    return _words(tokens, scene.previous[0], ctx.resources, _mention_edges(doc, span)), span


def _carried_group(ctx: Context, doc: Document, scene: Scene) -> list[Actor]:
    """The one group of people (a common noun of a ``located`` sector: ``ribuan warga AS``,
    ``ratusan mahasiswa``) the previous sentence names; nothing when it names none or
    several."""
    prev = _previous_sentence(ctx, doc, scene)
    if prev is None:
        return []
    words, span = prev
    named = _actors(words, doc.entities, span, None, ctx.resources)
    aw = load_actor_words(ctx.resources)
    people = [a for a in _extra_actors(ctx, words, named, dataclasses.replace(scene, groups=()))
              if a.ref.entity is None and a.ref.sector in aw.located]
    if len({(a.ref.code, a.ref.sector) for a in people}) != 1:
        return []
    return [Actor(-1, -1, people[0].ref, people[0].entity)]


def _carried_source(ctx: Context, doc: Document, scene: Scene) -> list[Actor]:
    """The one actor the previous sentence is about: its named actors that are neither the
    object of a preposition (``dengan Maduro``) nor an attribution (``sebut Kremlin``) must
    all be one (code, sector); that actor, else nothing."""
    prev = _previous_sentence(ctx, doc, scene)
    if prev is None:
        return []
    words, span = prev
    plausible = [a for a in _actors(words, doc.entities, span)
                 if not a.territory and F.marked(words, a.first, 0) is None
                 and not (a.first > 0 and words[a.first - 1].low in ctx.cues.attribution)]
    if len({(a.ref.code, a.ref.sector) for a in plausible}) != 1:
        return []
    first = plausible[0]
    return [Actor(-1, -1, first.ref, first.entity)]


def _led(ctx: Context, words: Sequence[Word], t: Actor) -> bool:
    """A country actor reached through a leader's title outside its span (``pemimpin
    tertinggi Iran``): the target is its leadership."""
    if not _is_country(t.ref) or t.ref.sector is not None or t.first < 1:
        return False
    for i in range(t.first - 1, max(-1, t.first - 4), -1):
        if words[i].low in ctx.cues.leaders:
            return True
        if words[i].upos in ("PROPN", "ADP", "VERB", "PUNCT") or (
                set(words[i].prefixes) & {"meN", "di", "ber"}) or words[i].low in F.PREPOSITIONS:
            return False  # "kunjungan Presiden Prabowo ke Rusia": not Russia's leader
    return False


def _fallback(ctx: Context, doc: Document, words: Sequence[Word], actors: Sequence[Actor],
              trig: Trigger, sources: Sequence[Actor], targets: Sequence[Actor]
              ) -> tuple[list[Actor], list[Actor]]:
    """Arguments the strict readings missed, from the actors around the trigger in its
    clause (``fallback``); the speaker of a quote as the source of a speech act."""
    cues = ctx.cues
    entry = trig.entry
    lo, hi = F.clause(words, trig.first, cues.clause_breaks)
    src: list[Actor] = []
    tgt: list[Actor] = []
    if trig.kind == "verb" and trig.passive:
        if not targets and "obj" in entry.target:
            n = F.source_before(words, actors, trig.first, lo, cues.possessed_heads)
            tgt = _group(actors, n, words, cues) if n is not None else []
        if not sources:
            at = trig.last
            while (at + 2 < hi and words[at + 1].low in ("dan", "serta", "lalu")
                   and words[at + 2].passive):
                at += 2  # "ditangkap dan disandera Pasukan Israel": one agent for both
            n = F.target_after(words, actors, at, hi, ("obj", "oleh"), reach=1)
            src = _group(actors, n, words, cues) if n is not None else []
        return src, tgt
    slots = entry.target if trig.kind == "verb" else entry.noun_target
    after = trig.last
    if trig.kind == "noun" and sources:  # the noun's possessors are not its object
        after = max([after, *(a.last for a in sources if a.first > trig.last)])
    if not sources and trig.kind == "noun":
        agent = _noun_agent(ctx, words, actors, trig, hi)
        if agent:
            src, after = agent, agent[-1].last
    if not sources and not src:
        n = None
        if trig.kind == "noun" and "poss" in entry.noun_source:
            # "serangan udara besar-besaran Israel": a late possessor
            n = F.target_after(words, actors, trig.last, hi, ("poss",), reach=2)
            if n is not None:
                after = actors[n].last
        # an attack possessed by a clitic, the subject's own (``_noun_object``)
        own = trig.kind == "noun" and entry.plover == "ASSAULT" and (
            words[trig.last].nya or words[trig.last].low.endswith("nya"))
        if trig.kind == "noun":
            if n is None and "subj" in entry.noun_source and _noun_object(ctx, words, trig):
                n = _host_subject(words, actors, trig)
            if n is None and "subj" in entry.noun_source and _noun_object(ctx, words, trig):
                n = F.source_before(words, actors, trig.first, lo, cues.possessed_heads)
                if n is not None and (not any(
                        set(w.prefixes) & {"meN", "ber"} and w.low not in cues.copulas
                        and w.low not in cues.speech_verbs
                        for w in words[actors[n].last + 1: trig.first]) or _governed(
                            ctx, words, actors[n])):
                    n = None  # the actor must be the subject of the verb that takes the
                    # noun, not a preposition's object ("rencana yang diajukan oleh
                    # Presiden AS Donald Trump mencakup pembebasan sandera")
            host = [w for w in words[actors[n].last + 1: trig.first] if F.is_verb(w)
                    ] if n is not None else []
            if host and _event_verb(ctx, host[-1], entry) and not (
                    own and not _hostile_verb(ctx, host[-1])):
                n = None  # "Inggris mendukung serangan ...": it supports, not attacks; but
                # "Israel membela serangan udaranya": defending its own attack
        else:
            n = F.source_before(words, actors, trig.first, lo, cues.possessed_heads)
        src = _group(actors, n, words, cues) if n is not None else []
        if not src and entry.plover in SPEECH_TYPES and trig.kind == "verb":
            src = _quote_speaker(doc, words[trig.first].start)
    if not targets and "none" not in slots:
        # "serangan rudal Rusia terbaru di Kharkiv": a noun's modifiers before its target
        gap = cues.subject_gap | cues.noun_modifiers if trig.kind == "noun" else cues.subject_gap
        # past a noun's possessor, a bare actor is a co-possessor ("unjuk rasa mahasiswa
        # pemerintahan Prabowo dan Gibran"), not an object; a hyphen pairs the two sides
        # ("negosiasi nuklir AS-Iran")
        paired = after + 1 < len(words) and words[after + 1].low in ("-", "–")
        bare = ("poss", "obj") if (trig.kind == "noun" and after > trig.last
                                   and not paired) else ("poss",)
        n = F.target_after(words, actors, after, hi, [s for s in slots if s not in bare], gap)
        tgt = _group(actors, n, words, cues) if n is not None else []
        if (not tgt and trig.kind == "noun" and "poss" in slots
                and "poss" not in entry.noun_source):
            tgt = _after(ctx, words, actors, trig.last, limit=1)  # "penangkapan Ojan"
    if not targets and not tgt and trig.kind == "noun" and entry.plover == "ASSAULT":
        tgt = _struck(ctx, words, actors, after, hi)
    return src, tgt


def _rioters(ctx: Context, words: Sequence[Word], trig: Trigger, sources: Sequence[Actor],
             targets: Sequence[Actor]) -> tuple[list[Actor], list[Actor]]:
    """The protesters or rioters of a protest noun among the sources read for it. One named
    before the noun is no protester when a verb that stops, prevents, handles or investigates
    the protest stands between (``cues.quellers``: ``Polisi mengamankan provokator
    kericuhan``, ``mengerahkan 700 personel untuk meredam kerusuhan``) or when the noun only
    sets the clause (``cues.riot_settings``: ``polisi menangkap 15 orang usai kericuhan``,
    but ``massa terlibat dalam kericuhan``). Police and soldiers do not riot (CAMEO 145):
    ``bentrokan antara polisi dengan demonstran`` is the demonstrators' riot against the
    police; a clash of two forces is no riot."""
    cues = ctx.cues
    lo = F.clause(words, trig.first, cues.clause_breaks)[0]
    prev = trig.first - 1
    while prev > lo and words[prev].low in ("di", "itu", "yang"):
        prev -= 1  # "di tengah kericuhan"
    setting = prev >= 0 and words[prev].low in cues.riot_settings and not (
        prev > 0 and words[prev - 1].low in cues.riot_parties)
    kept = []
    for a in sources:
        before = 0 <= a.last < trig.first
        between = words[a.last + 1: trig.first] if before else []
        if before and (setting or any(
                F.is_verb(w) and w.root in cues.quellers for w in between)):
            continue
        kept.append(a)
    if not trig.entry.cameo.startswith("145"):
        return kept, list(targets)
    forces = ("COP", "MIL")
    if kept and all(a.ref.sector in forces for a in kept):
        others = [t for t in targets if t.ref.sector not in forces]
        return others, kept if others else []
    return [a for a in kept if a.ref.sector not in forces], list(targets)


def _host_subject(words: Sequence[Word], actors: Sequence[Actor], trig: Trigger) -> int | None:
    """The parse's subject of the verb whose object is the nominal trigger, borrowed along
    coordinated verbs (``Trump menyebut ... dan memerintahkan pengerahan pasukan``)."""
    p = A.parse_of(words)
    if p is None:
        return None
    v = _trigger_head(words, trig)
    host = words[v].head
    if host is None or words[v].dep != "obj":
        return None
    found = A.subject(p, actors, host)
    return found[0] if found else None


def _noun_agent(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], trig: Trigger,
                hi: int) -> list[Actor]:
    """The agent of a nominal trigger given after it: ``penindakan yang dilakukan ICE``,
    ``agresi yang dilancarkan oleh Israel``, ``razia imigrasi oleh pemerintah federal``,
    ``penangkapan Joshua Wong oleh polisi`` (a named patient between is not counted in the
    reach); the relative clause's verb must be one of doing (``dilakukan``, ``diklaim``),
    not of judging (``serangan yang dikecam PBB``)."""
    inside = {k for a in actors for k in range(a.first, a.last + 1)}
    i, seen = trig.last + 1, 0
    while i < hi and seen < 2 and words[i].low not in ("yang", "oleh"):
        if words[i].low in F.PREPOSITIONS or words[i].low == ",":
            return []
        seen += i not in inside
        i += 1
    if i >= hi or words[i].low not in ("yang", "oleh"):
        return []
    if words[i].low == "yang":
        if i + 1 >= hi or not words[i + 1].passive or (
                words[i + 1].root not in _doing_roots(ctx)):
            return []
        i += 1
    n = F.target_after(words, actors, i, hi, ("obj", "oleh"), reach=1)
    return _group(actors, n, words, ctx.cues) if n is not None else []


def _noun_object(ctx: Context, words: Sequence[Word], trig: Trigger) -> bool:
    """A nominal trigger that is not inside a prepositional phrase (``bagi bantuan``,
    ``sejak serangan``) nor possessed by a clitic (``dukungannya``): it can be the object of
    the clause's verb, whose subject is then its source. A hostile act possessed by a
    clitic is the subject's own (``Israel melanjutkan serangannya ke Gaza``, ``AS
    memperketat sanksinya``): one does not carry on, step up or widen another's attack,
    and a verb that judges it (``mengecam serangannya``) is kept out by ``_event_verb``."""
    w = words[trig.first]
    prev = words[trig.first - 1].low if trig.first > 0 else ""
    own = _hostile(ctx, trig.entry)
    return (own or (not w.nya and not w.low.endswith("nya"))) and (
        prev not in F.PREPOSITIONS) and prev not in ctx.cues.clause_breaks


def _hostile_verb(ctx: Context, w: Word) -> bool:
    """A verb that is a trigger of verbal or material conflict (QuadClass 3-4:
    ``mengecam``, ``menolak``): ``Iran mengecam serangannya`` denounces someone else's
    attack, the ``-nya`` is not the subject."""
    return any(_verbal(e, w) and _hostile(ctx, e) for e in ctx.lexicon.by_root.get(w.root, ()))


def _quote_speaker(doc: Document, at: int) -> list[Actor]:
    """The coded speaker of the quote (direct or reported) that contains offset ``at``."""
    for q in doc.quotes:
        if q.start <= at < q.end and q.speaker:
            ent = next((e for e in doc.entities if e.id == q.speaker), None)
            if ent is not None and ent.code:
                ref = ActorRef(ent.code, ent.sector, q.speaker_name or ent.name, ent.id)
                return [Actor(-1, -1, ref, ent)]
    return []


def code_document(doc: Document, resources: Resources) -> list[Event]:
    """Every event of the document, per sentence, before aggregation."""
    ctx = context(resources)
    by_sentence: dict[int, list[int]] = {}
    for n, t in enumerate(doc.tokens):
        by_sentence.setdefault(t.sentence, []).append(n)
    out: list[Event] = []
    dateline = doc.metadata.dateline
    scene = dataclasses.replace(scene_of(doc), sports=_sports_article(ctx, doc),
                                places=_places(doc, resources),
                                dateline_state=territory_of(resources, dateline)
                                if dateline else None)
    aw = load_actor_words(resources)
    for si, span in enumerate(doc.sentences):
        idx = by_sentence.get(si)
        if not idx:
            continue
        tokens = [doc.tokens[n] for n in idx]
        # the sentences where a trigger may fire, the same test that decides which
        # sentences the language layer parses for this layer (a superset of where
        # ``_triggers`` finds one, so nothing is lost; most sentences end here)
        if not wants_parse([t.text.lower() for t in tokens], resources):
            continue
        window = doc.sentences[max(0, si - PRONOUN_REACH)].start
        pair_start = doc.sentences[max(0, si - 1)].start
        groups = tuple((e.evidence.start, e.source) for e in out
                       if e.evidence.start >= window and _group_ref(e.source, aw))
        found = code_sentence(ctx, doc, span, tokens, idx[0], doc.dates,
                              dataclasses.replace(scene, window_start=window,
                                                  pair_start=pair_start, body=doc.body,
                                                  groups=groups,
                                                  previous=tuple(by_sentence.get(si - 1, ()))))
        stated = _statement_date(ctx, doc, si + 1) if any(
            e.date is None and e.plover in SPEECH_TYPES for e in found) else None
        if stated is not None:
            found = [dataclasses.replace(e, date=stated.value,
                                         date_granularity=stated.granularity)
                     if e.date is None and e.plover in SPEECH_TYPES else e for e in found]
        out.extend(found)
    return [e for e in out if not _self_targeted(e, doc, resources)]


def _statement_date(ctx: Context, doc: Document, si: int) -> DateMention | None:
    """The day of the statement that sentence ``si`` refers back to when it opens with a
    reference and a speech verb (``Hal ini disampaikannya pada Rabu (18/6)``, ``Hal
    tersebut disampaikan Dubes Iran ... Rabu (18/6)``: ``cues.yaml`` ``statement_refs``,
    ``speech_verbs``): the threat or accusation of the sentence before was made that day. A
    date after a report cue (``dilansir AFP, Rabu``) is when the report appeared, not it."""
    if si >= len(doc.sentences):
        return None
    span = doc.sentences[si]
    lows = [w.strip(",").lower() for w in doc.body[span.start:span.end].split()[:3]]
    if len(lows) < 3 or " ".join(lows[:2]) not in ctx.cues.statement_refs \
            or lows[2] not in ctx.cues.speech_verbs:
        return None
    for d in doc.dates:
        if not (span.start <= d.start < span.end) or not d.value or d.kind == "time" \
                or d.granularity != "day":
            continue
        before = [b.strip(",") for b in doc.body[max(span.start, d.start - 40): d.start]
                  .lower().split()]
        if not any(b in ctx.cues.report_cues for b in before[-4:]):
            return d
    return None


def _self_targeted(ev: Event, doc: Document, resources: Resources) -> bool:
    """A state's organ acting on its own country as a whole (``pemerintah mendukung
    produktivitas pertanian Indonesia``: the actor is read inside an abstract object) is no
    event between actors; a city or a person of the same country stays a target."""
    tgt = ev.target
    if tgt is None or tgt.sector or not tgt.code or tgt.code != ev.source.code:
        return False
    entity = next((x for x in doc.entities if x.id == tgt.entity), None)
    if entity is None or entity.type != "LOC":
        return False
    found = lookup(entity.name, doc.metadata.published, resources)
    return found is not None and found.rule == "country"


def _group_ref(ref: ActorRef, aw: ActorWords) -> bool:
    """An actor ``mereka`` can stand for: a group named by a common noun (``warga``,
    ``demonstran``) that was the source of an earlier event; named states and
    organisations are left alone (``mereka`` after ``serangan Israel`` is rarely Israel),
    and so is one state of a pair (``kedua negara``: ``mereka`` is both, or neither)."""
    return ref.entity is None and tuple((ref.name or "").split()) not in aw.pairs


def event_mapping(events: Sequence[Event]) -> Mapping[str, int]:
    """Count of events per PLOVER type (for reports)."""
    counts: dict[str, int] = {}
    for e in events:
        counts[e.plover] = counts.get(e.plover, 0) + 1
    return counts
