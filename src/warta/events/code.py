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

This module keeps the orchestration (``code_sentence``, ``code_document``, the choice
among readings for one trigger, ``event_mapping``); its parts live in modules named after
what they hold: ``records`` (Word, Actor, Trigger, Context, Scene, the cue lists),
``trigger_words``, ``sentence_actors``, ``roles`` (arguments from the parse or word
order), ``nominal`` (arguments of nominal triggers), ``statements`` (what speech triggers say
about the triggers after them) and ``status_date``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from warta.actors import lookup
from warta.doc import ActorRef, DateMention, Document, Entity, Event, Span, Token
from warta.events import arguments as A
from warta.events import fallback as F
from warta.events import (
    nominal,
    records,
    roles,
    sentence_actors,
    statements,
    status_date,
    trigger_words,
)
from warta.events.focus import wants_parse
from warta.events.records import (
    Actor,
    ActorWords,
    Context,
    Cues,
    Scene,
    Trigger,
    Word,
    context,
    load_actor_words,
    load_cues,
    scene_of,
)
from warta.events.roles import AGENT_TARGET_TYPES, CLAUSE_TARGET_TYPES
from warta.events.status_date import SPEECH_TYPES, Status
from warta.events.territory import territory_of
from warta.resources import Resources

# the records and loaders, importable from here as before the split
__all__ = ["Actor", "ActorWords", "Context", "Cues", "Scene", "Status", "Trigger", "Word",
           "code_document", "code_sentence", "context", "event_mapping", "load_actor_words",
           "load_cues", "scene_of"]


NO_TARGET_TYPES = frozenset({"MOBILIZE", "PROTEST"})
# types where an actor and a common noun of its own country are unlikely opponents
FORCE_TYPES = frozenset({"ASSAULT", "THREATEN"})
# types whose object can name a hostile act against their seeming target
FRIENDLY_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE", "AID"})
SPORTS_ARTICLE_WORDS = 3  # distinct sports words that make the whole article a match report
PRONOUN_REACH = 2  # sentences back a pronoun (ia, dia, mereka) looks for its antecedent
# sentences back a demonstrative reference (yayasan tersebut, misi itu) looks for its actor
REFERENCE_REACH = 5
GUESSED_TARGET_TYPES = frozenset({"COERCE", "ACCUSE", "REQUEST", "ASSAULT"})
# a sanction vowed or threatened, by its code: the threat of it (CAMEO 131x)
THREATENED = {"163": "1312", "161": "1313", "162": "1311"}
OWN_FORCES = frozenset({"MIL", "COP"})  # a state's forces: no one it concedes to
# the justice system a suspect or a defendant may act towards (a request to the prosecutor,
# a complaint to the police); any other act of theirs is the narrative of the case
JUSTICE_SECTORS = frozenset({"JUD", "COP"})
STATE_SECTOR_BY_TYPE = {"ASSAULT": "MIL", "MOBILIZE": "MIL"}
# codes whose act a state named alone performs with its forces: military protection (074,
# "AS membantu menembak jatuh rudal yang ditembakkan ke Israel")
STATE_SECTOR_BY_CODE = {"074": "MIL"}
# offers and readiness: cooperation / aid / yield triggers become AGREE (guide)
OFFER_CODES = {"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333",
               "074": "0334", "04": "036", "046": "036", "045": "039", "08": "035",
               "05": "030", "051": "030"}  # "siap mendukung Iran": a pledge of support


def _with_sector(ref: ActorRef, entity: Entity, plover: str, cameo: str = "") -> ActorRef:
    """A country named alone acting militarily is its armed forces (guide)."""
    sector = STATE_SECTOR_BY_TYPE.get(plover) or STATE_SECTOR_BY_CODE.get(cameo)
    if sector and ref.sector is None and entity.type == "LOC" and len(ref.code or "") == 3:
        return ActorRef(ref.code, sector, ref.name, ref.entity)
    if plover == "ASSAULT" and ref.sector == "GOV" and records.is_country(ref):
        # "Putin memerintahkan invasi", "Kremlin menyerang": the state's force is MIL
        return ActorRef(ref.code, "MIL", ref.name, ref.entity)
    return ref


def code_sentence(ctx: Context, doc: Document, span: Span, tokens: Sequence[Token],
                  offset: int, dates: Sequence[DateMention], scene: Scene | None = None
                  ) -> list[Event]:
    """Events stated by the sentence ``span`` (``tokens`` are its tokens; ``offset`` the
    index of its first token in ``doc.tokens``, to read heads)."""
    cues = ctx.cues
    words = records.words(tokens, offset, ctx.resources, records.mention_edges(doc, span))
    lows = [w.low for w in words]
    # a scenario word makes what follows it hypothetical ("jika Iran menyerang, ..."); a
    # warning whose condition comes after it ("memperingatkan AS jika ...") still stands
    hypothetical = next((i for i, w in enumerate(lows) if w in cues.hypothetical), len(lows))
    consequence, beyond = _consequence(cues, lows, hypothetical)
    scenario_end = _scenario_end(cues, lows, hypothetical)
    named = sentence_actors.entity_actors(words, doc.entities, span,
                                          scene.country if scene else None, ctx.resources)
    actors = sentence_actors.extra_actors(ctx, words, named, scene)
    # "menolak revisi UU TNI": an institution named in a law's title is not an actor there
    actors = [a for a in actors if not (a.first > 0 and words[a.first - 1].low in cues.law_words)]
    if not actors:
        return []
    inside = {i for a in actors for i in range(a.first, a.last + 1)}
    events: list[Event] = []
    triggers = trigger_words.triggers(ctx, words, inside)
    # a common noun inside a multi-word trigger is part of it ("menarik pasukan") when it
    # holds a word of the phrase; one in a gap of the phrase is an argument ("memperingatkan
    # pemerintah Qatar mengenai serangan itu")
    inner = [a for a in actors if a.ref.entity is None and any(
        t.first <= a.first and a.last <= t.last and _phrase_word(t, words[a.first:a.last + 1])
        for t in triggers)]
    actors = [a for a in actors if a not in inner]
    coded: dict[int, list[Event]] = {}  # trigger index → its events (for statements.recipients)
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
        # a possessed noun is presupposed ("pengeboman Israel"); a phrase that ends in its
        # partner's preposition is not ("menjajaki kolaborasi dengan X": X is the partner
        # weighed, no possessor)
        presupposed = (trig.kind == "noun" and words[trig.last].low not in F.PREPOSITIONS
                       and bool(roles.group_after(ctx, words, actors, trig.last, limit=1)))
        # the consequence of a condition may hold a threat ("Jika X menyerang, kami akan ...")
        threat_only = consequence <= trig.first < beyond and not presupposed
        if hypothetical < trig.first < scenario_end and not threat_only and not presupposed:
            continue  # a possessed noun is presupposed: "apakah AS ikut dalam pengeboman
            # Israel terhadap Iran" still says that Israel bombs Iran
        if statements.said_content(ctx, words, triggers, n, inside):
            continue
        if _prohibited(cues, lows, trig.first):
            continue  # "jangan menyerang Iran": what is demanded not be done
        verb = triggers[against[n]] if n in against else None
        found = _code_trigger(ctx, doc, span, words, actors, trig, dates, verb,
                              [a for a in inner if a.last == trig.last], scene,
                              statements.recipients(ctx, doc, words, triggers, n, coded),
                              conditional=threat_only)
        content = statements.content_code(ctx, words, triggers, n, inside)
        if content is not None:
            found = [dataclasses.replace(e, cameo=content, mode=ctx.ontology.mode_of(content))
                     for e in found]
        coded[n] = found
        events.extend(found)
    if events and ((scene is not None and scene.sports) or any(w in cues.sports for w in lows)):
        events = [e for e in events if not (_team(e.source) or _team(e.target))]
    return events


def _prohibited(cues: Cues, lows: Sequence[str], first: int) -> bool:
    """A prohibitive (``jangan``) stands up to three words before the trigger, with no
    punctuation between (``jangan sampai menyerang``, not ``Jangan lupa, polisi menangkap``)."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if lows[k] in cues.prohibitives:
            return True
        if not any(c.isalnum() for c in lows[k]):
            return False
    return False


def _phrase_word(trig: Trigger, words: Sequence[Word]) -> bool:
    """One of ``words`` is a word of the trigger's entry (a phrase or multi-word noun word,
    by surface or root), or the trigger is a single word."""
    if trig.first == trig.last:
        return True
    parts = {p for ph in trig.entry.phrases for p in ph} | {
        p for n in trig.entry.nouns for p in n.split()}
    return any(w.low in parts or w.root in parts for w in words)


def _scenario_end(cues: Cues, lows: Sequence[str], hypothetical: int) -> int:
    """Where the scenario a hypothetical word opens ends: the end of the sentence, or the
    comma that closes an opening time clause holding the word (``Saat Los Angeles menghadapi
    kemungkinan hari keempat kerusuhan, kedua partai berselisih ...``: the main clause after
    the comma is no scenario). A condition (``jika``) keeps the whole sentence (its
    consequence is read by ``_consequence``)."""
    if (hypothetical >= len(lows) or lows[hypothetical] in cues.conditions
            or lows[0] not in cues.time_openers):
        return len(lows)
    return next((i for i in range(hypothetical + 1, len(lows)) if lows[i] == ","), len(lows))


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
    return ref is not None and records.is_country(ref) and not ref.sector


def _sports_article(ctx: Context, doc: Document) -> bool:
    """An article whose body holds ``SPORTS_ARTICLE_WORDS`` distinct sports words, one of
    them unambiguous (``cues.yaml``: ``sports``, ``sports_weak``), is a match report."""
    lows = {t.text.lower() for t in doc.tokens}
    strong = lows & ctx.cues.sports
    return bool(strong) and len(strong | (lows & ctx.cues.sports_weak)) >= SPORTS_ARTICLE_WORDS


def _code_trigger(ctx: Context, doc: Document, span: Span, words: Sequence[Word],
                  actors: Sequence[Actor], trig: Trigger, dates: Sequence[DateMention],
                  against: Trigger | None = None, inner: Sequence[Actor] = (),
                  scene: Scene | None = None, recipients: Sequence[Actor] = (),
                  conditional: bool = False) -> list[Event]:
    """The events of one trigger; ``conditional``: it stands in the consequence of a
    condition (``_consequence``), where only a threat is an event."""
    cues = ctx.cues
    entry = trig.entry
    left = roles.clause_left(ctx, words, trig.first)
    loose = F.clause(words, trig.first, cues.clause_breaks)[0]
    if any(w.low in cues.pundits for w in words[min(left, loose): trig.first]):
        return []
    if left > 0 and words[left - 1].low in cues.requested and not (
            trig.first > 0 and words[trig.first - 1].low == "yang"):
        return []  # requested content; a relative clause in it is a fact ("agar Kiev
        # mengakui ... Krimea yang dicaploknya pada 2014": the annexation happened)
    if entry.plover == "ASSAULT" and trig.kind == "noun" and nominal.ended(ctx, words, trig):
        return []  # "kesepakatan untuk mengakhiri pertempuran antara X dan Y": its end
    sources: list[Actor] = []
    targets: list[Actor] = []
    untargeted = False
    answered = False  # a request someone refused or accepted: it was made
    ahead = False  # "Sebelum pertemuan dengan X, Y akan ...": the main clause is planned
    hostile = False  # a friendly verb whose object is a hostile act: no target
    condemned: list[Actor] | None = None  # the agents of a condemned act: the only targets
    confidence = 0.6
    dep_sources, dep_targets, dep_untargeted = roles.parse_args(ctx, words, actors, trig)
    if trig.kind == "verb" and not trig.passive:
        sources = (dep_sources or roles.subject(ctx, words, actors, trig.first)
                   or roles.borrowed_subject(ctx, words, actors, trig))
        targets, untargeted = dep_targets, dep_untargeted
        if not targets and not untargeted:
            targets, untargeted = roles.target(ctx, words, actors, trig, entry.target, trig.last)
        if not targets and not untargeted and entry.plover in CLAUSE_TARGET_TYPES:
            # "mengancam bahwa Iran akan ...": the clause's subject when the parse missed it
            targets = roles.oblique(ctx, words, actors, trig.last, "bahwa", window=2)
        if not targets and entry.plover in AGENT_TARGET_TYPES and "obj" in entry.target:
            targets = roles.object_agent(ctx, words, actors, trig)
        # "mendukung penangkapan Gubernur X": no support for X
        hostile = entry.plover in FRIENDLY_TYPES and trigger_words.hostile_object(ctx, words, trig)
        act = trigger_words.condemned_act(ctx, words, trig) if entry.plover in (
            "ACCUSE", "REJECT") else None
        if act is not None:
            # "mengecam penangkapan para aktivis oleh IDF": condemning the arrest of X is
            # aimed at who arrests (the act's agent), never at X; no agent, no target
            hi = F.clause(words, act.last, cues.clause_breaks)[1]
            condemned = nominal.noun_agent(ctx, words, actors, act, hi)
        confidence = 0.8 if dep_sources else 0.7
    elif trig.kind == "verb":
        targets = dep_targets if "obj" in entry.target else []
        if not targets and trig.first > 1 and words[trig.first - 1].low == "yang":
            # "atas Krimea yang dicaploknya": the noun the relative clause hangs on, even
            # inside a prepositional phrase
            targets = [a for a in actors if a.last == trig.first - 2][:1]
        if not targets:
            targets = roles.subject(ctx, words, actors, trig.first)
            rel = F.relative_opener(words, targets[0].first, F.clause(
                words, trig.first, cues.clause_breaks)[0]) if targets else None
            if rel is not None:
                # "pengusaha yang diduga menyuap Bupati X ditangkap KPK": the official is the
                # relative clause's object; the one arrested is the noun "yang" hangs on
                targets = roles.subject(ctx, words, actors, rel)
        agent = dep_sources or roles.oblique(ctx, words, actors, trig.last, "oleh", window=4)
        if not agent:
            agent = roles.group_after(ctx, words, actors, trig.last, limit=0)
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
                targets, untargeted = roles.target(ctx, words, actors, trig, entry.target,
                                                   trig.last)
        confidence = 0.7
    else:
        sources, targets, untargeted = dep_sources, dep_targets, dep_untargeted
        for slot in () if sources else entry.noun_source:
            if slot == "agent":
                hi = F.clause(words, trig.first, cues.clause_breaks)[1]
                sources = nominal.noun_agent(ctx, words, actors, trig, hi)
                if sources:  # "penangkapan Budi oleh KPK": Budi is arrested
                    targets = [a for a in roles.group_after(ctx, words, actors, trig.last, limit=1)
                               if a.last < sources[0].first]
                    if not targets:
                        targets, untargeted = roles.target(ctx, words, actors, trig,
                                                           entry.noun_target, sources[-1].last)
            elif slot == "poss":
                if words[trig.last].low in F.PREPOSITIONS:
                    continue  # "salut dengan Indonesia": the actor after it is the object
                sources = roles.group_after(ctx, words, actors, trig.last, limit=1)
                if sources:  # the parse's target stands when word order finds none
                    found, none = roles.target(ctx, words, actors, trig, entry.noun_target,
                                               sources[-1].last)
                    if found or none or not targets:
                        targets, untargeted = found, none
            elif slot == "antara":  # "pertempuran antara Iran dan Israel": both sides
                at = next((i for i in range(trig.last + 1, min(len(words), trig.last + 4))
                           if words[i].low == "antara"), None)
                if at is not None:
                    sides = roles.group_after(ctx, words, actors, at, limit=1)
                    if len(sides) == 1 and sides[0].last + 1 < len(words) and (
                            words[sides[0].last + 1].low == "dengan"):
                        # "bentrokan antara petugas imigrasi dengan para demonstran"
                        sides += roles.group_after(ctx, words, actors, sides[0].last + 1, limit=1)
                    if len(sides) > 1 and entry.symmetric:
                        sources = sides
                    elif len(sides) > 1:  # "kericuhan antara massa dan aparat": in order
                        sources, targets = sides[:1], sides[1:]
            elif slot == "subj":
                light = trig.first - 1
                while light >= 0 and words[light].low in cues.subject_gap:
                    light -= 1
                if light >= 0 and words[light].low in cues.light_verbs:
                    sources = roles.subject(ctx, words, actors, light)
                elif entry.predicate:  # "Guterres mengaku salut dengan Indonesia"
                    sources = roles.subject(ctx, words, actors, trig.first)
                elif (entry.plover == "CONSULT" and trig.first >= 2
                      and words[trig.first - 1].low in cues.meeting_settings
                      and (met := _meeting_party(ctx, words, actors, trig.first - 1))):
                    # "kata Mendag dalam rapat kerja dengan Komisi VI DPR": the speaker or
                    # subject right before the setting word is the one who met
                    sources = met
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
                               and roles.actor_at(actors, at) is None):
                            at += 1
                        n = roles.actor_at(actors, at)
                        if n is not None:
                            sources = roles.group(actors, n, words, cues)
                            tail = words[sources[-1].last + 1: sources[-1].last + 4]
                            ahead = any(w.low in cues.future for w in tail)
                if sources and not targets:
                    targets, untargeted = roles.target(ctx, words, actors, trig, entry.noun_target,
                                                       trig.last)
            if sources:
                break
        if sources and not targets and not untargeted:
            targets, untargeted = roles.target(ctx, words, actors, trig, entry.noun_target,
                                               max(trig.last, sources[-1].last))
        if sources and not targets and recipients:
            targets, answered = list(recipients), True
        if sources and not targets and entry.plover == "ACCUSE":
            denier = _denier(ctx, words, actors, trig)
            if denier:  # "Iran membantah tuduhan Israel": Israel accused Iran, and did
                targets, answered = denier, True
        confidence = 0.6
    if against is not None:  # "berunjuk rasa menentang DPR": the protest's target
        over = roles.parse_args(ctx, words, actors, against)[1] or roles.group_after(
            ctx, words, actors, against.last)
        if over:
            targets, untargeted = over, False
    if entry.plover == "PROTEST" and not targets:
        site = next((i for i in range(trig.last + 1, min(len(words), trig.last + 5))
                     if words[i].low in cues.protest_sites), None)
        if site is not None:
            targets = roles.group_after(ctx, words, actors, site, limit=2)
            untargeted = untargeted and not targets
    if entry.plover == "PROTEST" and trig.kind == "noun" and not targets:
        # "aksi protes terhadap razia imigrasi oleh pemerintah federal": the doer of the
        # act protested against
        at = next((i for i in range(trig.last + 1, min(len(words), trig.last + 3))
                   if words[i].low in cues.protested), None)
        if at is not None:
            targets = roles.object_agent(ctx, words, actors, dataclasses.replace(
                trig, first=at, last=at)) or nominal.act_possessor(ctx, words, actors, at)
            untargeted = untargeted and not targets
    if trig.kind == "verb" and (targets if trig.passive else sources) == []:
        listed = sentence_actors.relative_list(ctx, words, actors, trig)
        if listed and trig.passive:
            targets, untargeted = listed, False  # "negara yang dijatuhi sanksi ... antara
        elif listed:  # lain A dan B"; "negara yang menutup kedutaannya mencakup A, B, dan C"
            sources = listed
    if (not sources and targets and scene is not None and entry.plover == "PROTEST"
            and trig.kind == "noun" and trig.last + 1 < len(words)
            and words[trig.last + 1].low in cues.demonstratives
            and not (trig.first > 0 and words[trig.first - 1].low in F.PREPOSITIONS)):
        # "Ribuan warga AS berkumpul ... . Unjuk rasa ini menentang ...": the people of the
        # sentence before; not "dalam kerusuhan itu" (a setting) nor a protest said against
        # no one
        sources = sentence_actors.carried_group(ctx, doc, scene)
    if (not sources and scene is not None and entry.plover in ("ACCUSE", "COERCE")
            and trig.kind == "verb" and not trig.passive):
        # "perkara yang telah menjerat X": the body handling the case
        sources = sentence_actors.case_handler(ctx, doc, scene, words, actors, trig)
    if (not sources and scene is not None and entry.plover in SPEECH_TYPES
            and trig.kind == "verb" and not trig.passive
            and sentence_actors.stand_in(ctx, words, actors, trig)):
        # "serangan juga menuntut agar ..."
        sources = sentence_actors.carried_source(ctx, doc, scene)
    if entry.plover == "ASSAULT" and sources and not targets and not entry.symmetric:
        # "Perang Iran-Israel ... dimulai oleh serangan Israel": the war's other party
        targets = nominal.war_target(ctx, words, actors, sources, trig)
    if not sources or (not targets and not untargeted):
        more_sources, more_targets = _fallback(ctx, doc, words, actors, trig, sources, targets)
        if more_sources or more_targets:
            confidence = min(confidence, 0.5)
        sources, targets = sources or more_sources, targets or more_targets
    if (not sources and targets and scene is not None and trig.kind == "verb"
            and trig.passive and entry.plover in ("ACCUSE", "COERCE")
            and words[trig.first].root in cues.custody_verbs
            and not any(w.low in cues.speech_verbs
                        for w in words[max(t.last for t in targets) + 1: trig.first])):
        # "Budi ditetapkan sebagai tersangka", "Budi kemudian ditahan": no agent named, even
        # by the robust readings; the court, prosecutor or police of the sentence, else the
        # one of the sentence before. Not when a speech verb stands between the target and
        # the verb ("Kapolsek X mengatakan, pelaku ditangkap": X is the speaker, not the one
        # arrested)
        sources = sentence_actors.legal_body(ctx, doc, scene, actors, trig)
    if not targets and not untargeted and scene is not None:
        # "Saya sudah meneleponnya," kata Trump: the object clitic of a verb in a quote
        targets = sentence_actors.clitic_object(ctx, scene, words, trig)
    if entry.received and trig.kind == "verb" and not trig.passive:
        # "Filipina menerima bantuan dari Jepang": Japan gives, the Philippines receive;
        # no giver named, no event
        sources, targets = (targets, sources) if targets else ([], [])
    if hostile:
        targets = []
    if condemned is not None:
        targets = condemned
    if entry.plover == "PROTEST" and trig.kind == "noun" and sources:
        sources, targets = _rioters(ctx, words, trig, sources, targets)
        if not sources:
            return []  # "Polisi mengamankan provokator kericuhan": the riot's makers unnamed
    if (not sources and targets and entry.plover == "PROTEST" and trig.kind == "noun"
            and scene is not None and scene.country
            and not (entry.cameo.startswith("145") and any(
                t.ref.sector == "MIL" for t in targets))  # a border clash is no riot
            and not (
                trig.last + 1 < len(words) and words[trig.last + 1].low in cues.demonstratives)):
        # "gelombang protes terhadap DPR": unnamed protesters are the public of the
        # article's country; "unjuk rasa itu" is the group named before
        # (sentence_actors.carried_group)
        ref = ActorRef(scene.country, "CVL",
                       " ".join(w.low for w in words[trig.first: trig.last + 1]), None)
        sources = [Actor(-1, -1, ref, sentence_actors.common_entity(ref, "implicit:"))]
    if (not targets and inner and entry.plover not in NO_TARGET_TYPES
            and words[inner[-1].first - 1].low not in F.PREPOSITIONS):
        # "menetapkan 21 tersangka": the phrase's last noun is the group acted on
        targets = [inner[-1]]
    # "Inggris, Prancis, dan Jerman mengecam ...": the parse often links only one member
    # of a listed coordination; each listed actor is one event
    sources, targets = (roles.listed(ctx, words, actors, sources, targets),
                        roles.listed(ctx, words, actors, targets, sources))
    if entry.plover == "MOBILIZE":  # what is deployed is not a target (guide)
        targets, untargeted = [], True
    reciprocal = trig.first > 0 and words[trig.first - 1].low in cues.reciprocal
    if reciprocal:
        targets = []
        partner = trig.last + 1
        if partner < len(words) and words[partner].low in cues.reciprocal_partners:
            sides = roles.group_after(ctx, words, actors, partner, limit=1)
            if words[partner].low == "antara" and len(sides) > 1:
                # "imbas saling serang antara Iran dan Israel": the two sides named
                sources = sides
            elif words[partner].low != "antara" and sources:
                # "Iran terlibat aksi saling serang dengan Israel": the subject and its
                # partner
                sources = sources + [s for s in sides if s not in sources]
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
    if entry.plover == "THREATEN" and trig.kind == "verb" and window_words & cues.capability:
        return []  # "negara itu dianggap dapat mengancam keamanan Israel": what could
        # endanger X is no threat made to X (a boast of force, "dapat membunuh", is read
        # from the attack entry below)
    if entry.plover == "THREATEN" and _warns_public(ctx, words, actors, trig):
        return []  # "memperingatkan warganya agar tidak bepergian ke ...": an advisory
    status = "occurred" if answered else status_date.status(ctx, words, trig, left)
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
    if entry.label and trigger_words.label(ctx, words, trig.last) in cues.hostile_labels:
        cameo = "111"  # "menyebut X sebagai ancaman": a hostile name, no wrongdoing stated
    if plover == "ASSAULT" and status == "occurred" and (
            window_words & cues.capability or (entry.aim and _stated_aim(ctx, words, trig))):
        # "AS dapat dengan mudah membunuh Khamenei": a boast of force is a threat (guide);
        # so is an aim beside what one can or will do ("AS menargetkan Khamenei dan bisa
        # segera mengambil keputusan untuk menyerang")
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
    date = status_date.week_ago(ctx, status_date.date(ctx, words, dates, span, trig, doc.body), doc)
    attribution = status_date.attribution(ctx, words, actors)
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
        if _accused(ctx, words, s) and (t is None or t.ref.sector not in JUSTICE_SECTORS):
            continue  # "terdakwa membuat kesepakatan dengan X untuk ...": the indictment's
            # account of the case, not a political act (a suspect has no office: guide)
        if t is not None and plover == "ACCUSE" and _incident_victim(ctx, words, trig, t):
            continue  # "menyelidiki kematian X", "menyesalkan kematian X": X died, X is not
            # the one investigated or criticised
        if (((plover == "REQUEST" and cameo.startswith("02")) or plover == "COOPERATE")
                and t is not None and _generic_public(ctx, t, actors)):
            continue  # "Polisi meminta warga menjauh": an advisory to the public at large;
            # "berkolaborasi dengan masyarakat": a slogan, no partner named
        if plover == "SUPPORT" and trig.passive and s.ref.sector == "BUS":
            continue  # "Sidang Tahunan MPR didukung oleh Telkom Indonesia": a sponsor
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
                sentence_actors.implicit(s) or sentence_actors.implicit(t)):
            # "tank Israel menembaki warga": the article's country is a guess; people hit
            # are of the place the article last put the action in (Gaza), if not the
            # attacker's own
            place = (sentence_actors.scene_place(ctx, scene, words[trig.first].start, s.ref.code)
                     if scene is not None and sentence_actors.implicit(t)
                     and not sentence_actors.implicit(s) else None)
            if place is None:
                continue
            ref = ActorRef(place, t.ref.sector, t.ref.name, None)
            t = dataclasses.replace(t, ref=ref, entity=sentence_actors.common_entity(ref))
        src = _with_sector(s.ref, s.entity, plover, cameo)
        if _led(ctx, words, s):  # "Pemimpin tertinggi Iran memperingatkan ...": IRN/GOV
            src = ActorRef(src.code, "GOV", src.name, src.entity)
        tgt = t.ref if t else None
        if (tgt is not None and plover == "ASSAULT" and tgt.sector == "MIL"
                and tgt.entity is None and records.is_country(tgt)):
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


def _meeting_party(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                   setting: int) -> list[Actor]:
    """The actor group ending right before the setting word at ``setting`` (cues.yaml
    ``meeting_settings``) when it opens its clause or follows a speech mark, with only
    title words before it (no verb, no preposition): ``kata Menteri Keuangan Sri Mulyani
    dalam rapat ...``, ``Gubernur Jawa Barat saat pertemuan dengan ... mengatakan``; not
    an object or a preposition's actor (``menerima Dubes Jepang dalam pertemuan ...``)."""
    cues = ctx.cues
    ends = [n for n, a in enumerate(actors) if a.last == setting - 1]
    if not ends:
        return []
    met = roles.group(actors, ends[-1], words, cues)
    opener = cues.speaker_marks | cues.speech_verbs | cues.clause_breaks | {","}
    i = met[0].first - 1
    while i >= 0 and words[i].low not in opener:
        if F.is_verb(words[i]) or words[i].low in F.PREPOSITIONS:
            return []
        i -= 1
    return met


def _accused(ctx: Context, words: Sequence[Word], a: Actor) -> bool:
    """The actor is a suspect or a defendant named by a common noun (``terdakwa``, ``para
    tersangka``; cues.yaml ``accused``), with no sector of its own."""
    return a.ref.sector is None and a.first >= 0 and any(
        w.low in ctx.cues.accused for w in words[a.first: a.last + 1])


def _incident_victim(ctx: Context, words: Sequence[Word], trig: Trigger, t: Actor) -> bool:
    """The target of an investigation or a criticism (ACCUSE) stands in a noun phrase of an
    incident, a death or a complaint (cues.yaml ``incidents``): one of those words between
    the verb and the target (``menyelidiki insiden tabrakan yang menimpa dua tentara``,
    ``menyesalkan kematian seorang warga``), not when the target is the agent (``oleh X``);
    or, for a target before the verb, right before it past titles and determiners
    (``Kematian anggota DPRD itu diselidiki polisi``; not ``Dalam insiden itu, X
    dituduh ...``)."""
    if t.first > trig.last:
        between = words[trig.last + 1: t.first]
        if between and between[-1].low == "oleh":
            return False
        return any(w.low in ctx.cues.incidents for w in between)
    i = t.first - 1
    while i >= 0 and (words[i].low in ctx.cues.possessed_heads or words[i].low in F.DETERMINERS):
        i -= 1
    return i >= 0 and words[i].low in ctx.cues.incidents


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
    return roles.subject(ctx, words, actors, at)


def _stated_aim(ctx: Context, words: Sequence[Word], trig: Trigger) -> bool:
    """The aim the trigger names is coordinated, in its clause, with what its subject can
    or will do (``dan bisa``, ``dan akan segera``: ``cues.yaml`` ``capability``, ``future``
    within two words after ``dan``)."""
    hi = F.clause(words, trig.last, ctx.cues.clause_breaks)[1]
    for i in range(trig.last + 1, hi):
        if words[i].low in ctx.cues.conjunctions and any(
                w.low in ctx.cues.capability or w.low in ctx.cues.future
                for w in words[i + 1: min(hi, i + 3)]):
            return True
    return False


def _poll_share(ctx: Context, words: Sequence[Word], a: Actor) -> bool:
    """The actor is a share of a population in a survey (``16% warga Rusia``, ``60 persen
    responden``: ``cues.yaml`` ``poll_shares`` within three words before it), not one that
    acts."""
    return a.first > 0 and any(
        w.low in ctx.cues.poll_shares or w.low.endswith("%")
        for w in words[max(0, a.first - 3): a.first])


def _led(ctx: Context, words: Sequence[Word], t: Actor) -> bool:
    """A country actor reached through a leader's title outside its span (``pemimpin
    tertinggi Iran``): the target is its leadership."""
    if not records.is_country(t.ref) or t.ref.sector is not None or t.first < 1:
        return False
    for i in range(t.first - 1, max(-1, t.first - 4), -1):
        if words[i].low in ctx.cues.leaders:
            return True
        if words[i].low in ctx.cues.leader_modifiers:
            continue  # "Pemimpin Tertinggi Iran": the title goes on
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
            n = F.source_before(words, actors, trig.first, lo, cues.possessed_heads,
                                speakers=cues.speaker_marks)
            rel = F.relative_opener(words, actors[n].first, lo) if n is not None else None
            if rel is not None:
                # "pengusaha yang diduga menyuap Bupati X ditangkap KPK": the bribed official
                # is the relative clause's object; the one arrested is named before "yang"
                n = F.source_before(words, actors, rel, lo, cues.possessed_heads,
                                    speakers=cues.speaker_marks)
            tgt = roles.group(actors, n, words, cues) if n is not None else []
        if not sources:
            at = trig.last
            while (at + 2 < hi and words[at + 1].low in ("dan", "serta", "lalu")
                   and words[at + 2].passive):
                at += 2  # "ditangkap dan disandera Pasukan Israel": one agent for both
            n = F.target_after(words, actors, at, hi, ("obj", "oleh"), reach=1)
            src = roles.group(actors, n, words, cues) if n is not None else []
        return src, tgt
    slots = entry.target if trig.kind == "verb" else entry.noun_target
    after = trig.last
    if trig.kind == "noun" and sources:  # the noun's possessors are not its object
        after = max([after, *(a.last for a in sources if a.first > trig.last)])
    if not sources and trig.kind == "noun":
        agent = nominal.noun_agent(ctx, words, actors, trig, hi)
        if agent:
            src, after = agent, agent[-1].last
    if not sources and not src:
        n = None
        if trig.kind == "noun" and "poss" in entry.noun_source:
            # "serangan udara besar-besaran Israel": a late possessor
            n = F.target_after(words, actors, trig.last, hi, ("poss",), reach=2)
            if n is not None:
                after = actors[n].last
        # an attack possessed by a clitic, the subject's own (``nominal.noun_object``)
        own = trig.kind == "noun" and entry.plover == "ASSAULT" and (
            words[trig.last].nya or words[trig.last].low.endswith("nya"))
        if trig.kind == "noun":
            if n is None and "subj" in entry.noun_source and nominal.noun_object(ctx, words, trig):
                n = nominal.host_subject(words, actors, trig)
            if n is None and "subj" in entry.noun_source and nominal.noun_object(ctx, words, trig):
                n = F.source_before(words, actors, trig.first, lo, cues.possessed_heads,
                                    speakers=cues.speaker_marks)
                if n is not None and (not any(
                        set(w.prefixes) & {"meN", "ber"} and w.low not in cues.copulas
                        and w.low not in cues.speech_verbs
                        for w in words[actors[n].last + 1: trig.first]) or roles.governed(
                            ctx, words, actors[n])):
                    n = None  # the actor must be the subject of the verb that takes the
                    # noun, not a preposition's object ("rencana yang diajukan oleh
                    # Presiden AS Donald Trump mencakup pembebasan sandera")
            host = [w for w in words[actors[n].last + 1: trig.first] if F.is_verb(w)
                    ] if n is not None else []
            if host and trigger_words.event_verb(ctx, host[-1], entry) and not (
                    own and not trigger_words.hostile_verb(ctx, host[-1])):
                n = None  # "Inggris mendukung serangan ...": it supports, not attacks; but
                # "Israel membela serangan udaranya": defending its own attack
        else:
            n = F.source_before(words, actors, trig.first, lo, cues.possessed_heads,
                                speakers=cues.speaker_marks)
        src = roles.group(actors, n, words, cues) if n is not None else []
        if not src and entry.plover in SPEECH_TYPES and trig.kind == "verb":
            src = sentence_actors.quote_speaker(doc, words[trig.first].start)
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
        tgt = roles.group(actors, n, words, cues) if n is not None else []
        last = words[trig.last]
        if not tgt and last.nya and last.low[:-3] in slots:
            # "berbicara dengannya": the clitic of the phrase's own preposition
            tgt = [a for a in actors if a.first == a.last == trig.last]
        if (not tgt and trig.kind == "noun" and "poss" in slots
                and "poss" not in entry.noun_source):
            tgt = roles.group_after(ctx, words, actors, trig.last, limit=1)  # "penangkapan Ojan"
    if not targets and not tgt and trig.kind == "noun" and entry.plover == "ASSAULT":
        tgt = nominal.struck(ctx, words, actors, after, hi)
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


def code_document(doc: Document, resources: Resources) -> list[Event]:
    """Every event of the document, per sentence, before aggregation."""
    ctx = context(resources)
    by_sentence: dict[int, list[int]] = {}
    for n, t in enumerate(doc.tokens):
        by_sentence.setdefault(t.sentence, []).append(n)
    out: list[Event] = []
    dateline = doc.metadata.dateline
    scene = dataclasses.replace(scene_of(doc), sports=_sports_article(ctx, doc),
                                places=sentence_actors.places(doc, resources),
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
        # ``trigger_words.triggers`` finds one, so nothing is lost; most sentences end here)
        if not wants_parse([t.text.lower() for t in tokens], resources):
            continue
        window = doc.sentences[max(0, si - PRONOUN_REACH)].start
        pair_start = doc.sentences[max(0, si - 1)].start
        groups = tuple((e.evidence.start, e.source) for e in out
                       if e.evidence.start >= window and _group_ref(e.source, aw))
        found = code_sentence(ctx, doc, span, tokens, idx[0], doc.dates,
                              dataclasses.replace(scene, window_start=window,
                                                  reference_start=doc.sentences[
                                                      max(0, si - REFERENCE_REACH)].start,
                                                  pair_start=pair_start, body=doc.body,
                                                  groups=groups,
                                                  previous=tuple(by_sentence.get(si - 1, ()))))
        stated = (status_date.statement_date(ctx, doc, si + 1)
                  or status_date.continued_statement(ctx, doc, si, aw.pronouns)) if any(
            e.date is None and e.plover in SPEECH_TYPES for e in found) else None
        if stated is not None:
            found = [dataclasses.replace(e, date=stated.value,
                                         date_granularity=stated.granularity)
                     if e.date is None and e.plover in SPEECH_TYPES else e for e in found]
        occasion = status_date.occasion_date(ctx, doc, si) if any(
            e.date is None for e in found) else None
        if occasion is not None:
            found = [dataclasses.replace(e, date=occasion.value,
                                         date_granularity=occasion.granularity)
                     if e.date is None else e for e in found]
        out.extend(found)
    return [e for e in out if not _self_targeted(e, doc, resources)]


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
