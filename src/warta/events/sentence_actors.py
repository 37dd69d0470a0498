"""The actors of one sentence: entity mentions with a code (``entity_actors``), then common
nouns, counted groups, pronouns and stand-ins resolved against the article (``Scene``:
antecedents, quote speakers, places, the groups of earlier events), and the actors carried
over from the previous sentence.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping, Sequence

from warta.actors.index import actor_index
from warta.actors.names import fold
from warta.doc import ActorRef, Document, Entity, Span
from warta.events import fallback as F
from warta.events import records, roles
from warta.events.records import (
    Actor,
    ActorWords,
    Context,
    Cues,
    Scene,
    Trigger,
    Word,
    load_actor_words,
)
from warta.events.territory import territory_of
from warta.resources import Resources

# nominal triggers whose following people noun is their agent ("tuntutan buruh")
VOICE_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT"})


def entity_actors(words: Sequence[Word], entities: Sequence[Entity], span: Span,
                  country: str | None = None, resources: Resources | None = None) -> list[Actor]:
    """The actors of the sentence named by coded entity mentions (and uncoded regions as
    the state they belong to), one per span, a title's country merged into its person."""
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


def extra_actors(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
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
                ref = ActorRef(code, aw.pairs[pair_words], " ".join(pair_words), None)
                out.append(Actor(i, i + 1, ref, common_entity(ref, "pair:")))
            i += 2
            continue
        movement = aw.movements.get(pair_words)
        if movement is not None and i + 2 not in by_first and i + 1 not in taken:
            # "kapal bantuan", "penyelenggara armada": a civil movement with no home
            # country (GUIDE: a Gaza aid flotilla is NGO), unless a name follows it
            ref = ActorRef(movement, None, " ".join(pair_words), None)
            out.append(Actor(_count_start(aw, words, i, taken), i + 1, ref, common_entity(ref)))
            i += 2
            continue
        referred = _referred(ctx.cues, aw, scene, words, i) if i not in taken else []
        if referred:  # "yayasan tersebut", "kota-kota itu": actors named earlier
            out.extend(referred)
            i += 2
            continue
        clitic = etype is None and w.nya and w.low[:-3] in F.PREPOSITIONS
        speaker = _speaker(scene, w.start) if clitic or etype in ("PER", "SPEAKER") else None
        if clitic and speaker is not None:
            etype = "PER"  # "Saya berbicara dengannya": someone other than the speaker
        if etype is not None:
            # inside a direct quote a third person is never its speaker ("dia menawarkan")
            other = speaker[0] if speaker is not None and etype == "PER" else None
            ante = (None if etype == "PAIR"
                    else speaker if etype == "SPEAKER"
                    else _quoted_group(scene, w.start) or _group_antecedent(scene)
                    if etype == "GROUP"
                    else (None if other is not None else _cued_speaker(scene, words, i, etype))
                    or _antecedent(scene, w.start, etype, other))
            if ante is None and etype in ("GROUP", "PAIR") and not (
                    i > 0 and words[i - 1].upos in ("NOUN", "PROPN")):
                # "A dan B ... . Mereka menandatangani ...": the one named pair; not a
                # possessor ("pertemuan puncak mereka"), whose owners are often others;
                # "keduanya" (PAIR) is always two: never one named organisation
                for ent, name in _mereka_antecedents(ctx.cues, scene, aw, w.start,
                                                     pair_only=etype == "PAIR"):
                    out.append(Actor(i, i, ActorRef(ent.code, ent.sector, name, ent.id), ent))
            if ante is not None:
                ent, name = ante
                known = None if ent.id.startswith("group:") else ent.id
                out.append(Actor(i, i, ActorRef(ent.code, ent.sector, name, known), ent))
            i += 1
            continue
        office = _regional_office(ctx, aw, scene, words, i, by_first)
        if office is not None:  # "Gubernur Papua Tengah" with no name: the office acts
            out.append(office)
            i = office.last + 1
            continue
        origin = _origin_actor(aw, words, i, by_first)
        if origin is not None:  # "perusahaan asal Jerman": the country's business, not the state
            out.append(origin)
            i = origin.last + 1
            continue
        n = 2 if pair_words in aw.common else 1
        sector = aw.common.get(pair_words if n == 2 else (w.low,))
        if sector is None and w.low not in aw.counted:
            i += 1  # no people noun: most words end here, before the count is looked for
            continue
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
        if follow is not None and sector and follow.ref.sector == sector:
            i = nxt  # "LSM Walhi", "pasukan IDF": the named body of the noun's sector acts
            continue
        if follow is not None and records.is_country(follow.ref) and follow.ref.sector in (
                None, sector, "GOV"):
            name = " ".join(x.low for x in words[start:follow.last + 1])
            ref = ActorRef(follow.ref.code, sector or None, name, None)
            out.append(Actor(start, follow.last, ref, common_entity(ref)))
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
            out.append(Actor(start, nxt - 1, ref, common_entity(ref)))
            i = nxt
            continue
        if nxt < len(words) and words[nxt].low in ctx.cues.local_marks:
            # "kepolisian setempat": of the place named last, when one is near
            local = scene_place(ctx, scene, w.start, None)
            if local is not None:
                ref = ActorRef(local, sector or None, f"{name} {words[nxt].low}", None)
                out.append(Actor(start, nxt, ref, common_entity(ref)))
                i = nxt + 1
                continue
        # "LONDON - Ribuan orang ...": people are where the reporter is, else of the
        # article's most named state; both are guesses ("implicit")
        guess = (scene.dateline_state if sector in aw.located else None) or scene.country
        if guess:
            ref = ActorRef(guess, sector or None, name, None)
            out.append(Actor(start, nxt - 1, ref, common_entity(ref, "implicit:")))
        i = nxt
    return out


def _referred(cues: Cues, aw: ActorWords, scene: Scene, words: Sequence[Word],
              i: int) -> list[Actor]:
    """The actors a noun of ``references`` right before a demonstrative stands for
    (``yayasan tersebut``: the latest NGO named in the five sentences before; ``kota-kota
    tersebut``: every city named in the sentence of the latest one, coded as its state: a
    president blaming his own country's cities blames his country, so not a region's
    target-only actor, which its own state never acts on). Only actors of the
    noun's kind: an NGO noun never takes a state or a ministry named closer, and with none
    of its kind the phrase is no actor."""
    if i + 1 >= len(words) or words[i + 1].low not in cues.reference_demonstratives:
        return []
    low = words[i].low
    plural = "-" in low and low.split("-")[0] == low.split("-")[-1]
    kind = aw.references.get(low.split("-")[0])
    if kind is None:
        return []
    name = f"{words[i].low} {words[i + 1].low}"
    lo, at = scene.reference_start, words[i].start
    if kind == "CITY":
        named = [(start, code) for start, code in scene.places if lo <= start < at]
        if not named:
            return []
        places = named[-1:]
        if plural:  # the list of the sentence holding the latest city
            edge = scene.body.rfind(".", 0, named[-1][0]) if scene.body else -1
            places = [(start, code) for start, code in named if start > edge]
        codes = list(dict.fromkeys(code for _s, code in places))
        return [Actor(i, i + 1, ActorRef(code, None, name, None),
                      common_entity(ActorRef(code, None, name, None), "reference:"))
                for code in codes]
    fits = [(start, ent) for start, _end, ent in scene.mentions
            if lo <= start < at and _of_kind(ent, kind)]
    if not fits:
        return []
    if plural:
        edge = scene.body.rfind(".", 0, fits[-1][0]) if scene.body else -1
        chosen = [ent for start, ent in fits if start > edge]
    else:
        chosen = [fits[-1][1]]
    out: list[Actor] = []
    for ent in chosen:
        if all(a.entity.id != ent.id for a in out):
            out.append(Actor(i, i + 1, ActorRef(ent.code, ent.sector, ent.name, ent.id), ent))
    return out


def _of_kind(ent: Entity, kind: str) -> bool:
    """An entity of a reference noun's kind: NGO (coded NGO or of sector NGO) or ORG (an
    organisation without a state's code, or an NGO: an armed group, a UN body)."""
    ngo = ent.code == "NGO" or ent.sector == "NGO"
    if kind == "NGO":
        return ngo
    if kind == "ORG":
        return ent.type == "ORG" and (ngo or not records.is_country(
            ActorRef(ent.code, ent.sector, ent.name, ent.id)))
    return False


def _origin_actor(aw: ActorWords, words: Sequence[Word], i: int,
                  by_first: Mapping[int, Actor]) -> Actor | None:
    """A noun of ``actors.yaml`` ``origins`` with the bare country it comes from right
    after it, ``asal`` allowed between (``perusahaan asal Jerman``, ``investor Jepang``):
    that country's business (BUS), not the state; with no country after it, no actor."""
    sector = aw.origins.get(words[i].low)
    if sector is None:
        return None
    j = i + 1
    if j < len(words) and words[j].low in aw.origin_words:
        j += 1
    follow = by_first.get(j)
    if follow is None or not records.is_country(follow.ref) or follow.ref.sector is not None:
        return None
    ref = ActorRef(follow.ref.code, sector, " ".join(w.low for w in words[i: follow.last + 1]),
                   None)
    return Actor(i, follow.last, ref, common_entity(ref))


def _regional_office(ctx: Context, aw: ActorWords, scene: Scene, words: Sequence[Word],
                     i: int, by_first: Mapping[int, Actor]) -> Actor | None:
    """A regional office (``actors.yaml`` ``regional_offices``: ``Gubernur``, ``Wali Kota``)
    written with a listed province, state or city right after it and no holder's name
    (``meminta Gubernur Papua Tengah segera ...``): the office, coded as the place's state
    with the office's sector. The entity layer reads the place alone there (a place, no
    code); with a name after it (``Gubernur Riau, Abdul Wahid``) the person is the actor and
    this gives none; nor after an ``office_blockers`` word (``calon``, ``Kantor``)."""
    if not aw.regional_offices or not scene.body:
        return None
    n = next((k for k in (3, 2, 1)
              if tuple(w.low for w in words[i:i + k]) in aw.regional_offices), 0)
    if not n or (i > 0 and words[i - 1].low in aw.office_blockers):
        return None
    sector = aw.regional_offices[tuple(w.low for w in words[i:i + n])]
    countries = actor_index(ctx.resources).place_country
    place = None
    for k in (4, 3, 2, 1):
        j = i + n + k
        run = words[i + n:j]
        if len(run) == k and all(scene.body[w.start:w.start + 1].isupper() for w in run) \
                and not any(x in by_first for x in range(i + n, j)):
            code = countries.get(fold(scene.body[run[0].start:run[-1].end]))
            if code is not None:
                place = (j, code)
                break
    if place is None:
        return None
    j, code = place
    while j < len(words) and not any(ch.isalnum() for ch in words[j].low):
        j += 1  # "Gubernur Riau, Abdul Wahid": punctuation before the name
    if j < len(words) and (j in by_first or scene.body[words[j].start:words[j].start + 1]
                           .isupper()):
        return None  # a name or an aside follows: the holder is the actor
    last = place[0] - 1
    name = scene.body[words[i].start:words[last].end]
    ref = ActorRef(code, sector, name, None)
    # the office holder is a person: a minister acting on a governor are two actors
    return Actor(i, last, ref, Entity(f"office:{code}/{sector}/{fold(name)}", name, "PER",
                                      (), code, sector))


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
        if not (a.territory or (records.is_country(a.ref) and a.ref.sector is None
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
        if scene.pair_start <= start < before and ent.code and records.is_country(
                ActorRef(ent.code, ent.sector, ent.name, ent.id)) and ent.code not in codes:
            codes.append(ent.code)
    return codes if len(codes) == 2 else []


def _mereka_antecedents(cues: Cues, scene: Scene, aw: ActorWords, before: int,
                        pair_only: bool = False) -> list[tuple[Entity, str]]:
    """``mereka`` standing for one named organisation (an armed group, a party: the only
    actor named from the previous sentence up to the pronoun, of type ORG) or for a pair:
    exactly two actors are named there, once each side by side joined by ``dan``/``serta``
    (``Rusia dan Iran``); and no common noun for a group of people stands there that
    ``mereka`` could mean instead (``warga``, ``demonstran``). Anything else (``Israel
    menyerang Iran. Mereka ...``) is left unresolved: the pronoun could be either.
    ``pair_only`` (``keduanya``, "the two of them"): only the pair. A state named right
    before an actor of its own code is that actor's title (``Menlu China Wang Yi``: one
    actor), and titles may follow the conjunction (``Sugiono dan Menlu China Wang Yi``)."""
    near = _titled([(s, e, ent) for s, e, ent in scene.mentions
                    if scene.pair_start <= s < before], scene.body)
    ids = {ent.id for _s, _e, ent in near}
    if len(ids) not in ((2,) if pair_only else (1, 2)) or not scene.body:
        return []
    lows = {t.strip(".,;:\"'()").lower() for t in scene.body[scene.pair_start:before].split()}
    groups = {k[0] for k in aw.common if len(k) == 1} | set(aw.counted)
    if len(ids) == 1:  # "Houthi mengaku ... . Mereka menembakkan ...": one named group
        ent = near[0][2]
        return [(ent, ent.name)] if ent.type == "ORG" and not lows & groups else []
    joined = any(a[2].id != b[2].id and _conjoined(cues, scene.body[a[1]:b[0]])
                 and not _after_preposition(scene.body, a[0])
                 for a, b in itertools.pairwise(near))
    if not joined or lows & groups:
        return []
    out: list[tuple[Entity, str]] = []
    for _s, _e, ent in near:
        if all(ent.id != o.id for o, _n in out):
            out.append((ent, ent.name))
    return out


def _titled(near: list[tuple[int, int, Entity]], body: str
            ) -> list[tuple[int, int, Entity]]:
    """The mentions without a state named right before an actor of its own code (``Menlu
    China Wang Yi``, ``Presiden Rusia Vladimir Putin``: the state is the person's title)."""
    return [m for m, nxt in itertools.zip_longest(near, near[1:])
            if not (nxt is not None and m[2].type == "LOC" and m[2].sector is None
                    and m[2].code and m[2].code == nxt[2].code and m[2].id != nxt[2].id
                    and not body[m[1]:nxt[0]].strip())]


def _conjoined(cues: Cues, between: str) -> bool:
    """The text between two mentions joins them: a conjunction (``dan``, ``serta``),
    possibly followed by the second one's title words, capitalised (``dan Menlu``, ``dan
    Perdana Menteri``), or a word of a meeting between the two (``pair_links``:
    ``bertemu``, ``dengan``)."""
    toks = between.split()
    for n in range(min(len(toks), 2), 0, -1):
        link = " ".join(toks[:n]).lower()
        if (link in cues.conjunctions or link in cues.pair_links) and len(toks) - n <= 3:
            return all(t[:1].isupper() and t.isalpha() for t in toks[n:])
    return False


def scene_place(ctx: Context, scene: Scene, before: int, other_than: str | None
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


def places(doc: Document, resources: Resources) -> tuple[tuple[int, str], ...]:
    """(offset, state) of every place the article names: a region or city the entity layer
    left uncoded whose state ``territory_of`` gives (``Rafah``, ``Gaza``), and a state named
    after ``di`` or ``ke`` (``di Lebanon``), in text order."""
    out: list[tuple[int, str]] = []
    for ent in doc.entities:
        if ent.type != "LOC":
            continue
        land = territory_of(resources, ent.name) if not ent.code else None
        state = ent.code if ent.code and ent.sector is None and records.is_country(
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


def implicit(a: Actor) -> bool:
    """A common-noun actor whose country is the article's, not the text's."""
    return a.ref.entity is None and a.entity.id.startswith("implicit:")


def common_entity(ref: ActorRef, prefix: str = "common:") -> Entity:
    """A stand-in entity for an actor without a mention of its own (a common noun, a group)."""
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


def _antecedent(scene: Scene, before: int, etype: str, other_than: Entity | None = None
                ) -> tuple[Entity, str] | None:
    """The latest coded mention of the pronoun's type (``ia``: a person; ``pihaknya``: an
    organisation) before it in the window, when it is the only candidate: the nearest
    stretch holding one (the previous sentence up to the pronoun, else the one before) must
    name no other actor of that type with another code or sector, an uncoded one included
    (``Presiden X bertemu Perdana Menteri Y. Ia mengecam ...`` could be either; ``Pengamat
    X menilai ... Presiden Y. Ia mengkritik ...`` could be the pundit: skipped). Two
    people of one code and sector (a president and his minister) give that code. A third
    person inside a direct quote (``other_than``: its speaker) is someone else: the
    speaker's code and sector are no candidate (``"Saya berbicara dengannya"``, kata
    Trump, after a sentence naming Trump and Putin: Putin)."""
    skip = (other_than.code, other_than.sector) if other_than is not None else None
    for lo, hi in ((scene.pair_start, before), (scene.window_start, scene.pair_start)):
        near = {(code, sector) for start, kind, code, sector in scene.referents
                if lo <= start < hi and kind == etype} - {skip}
        if not near:
            continue
        if len(near) > 1:
            return None
        for start, end, ent in reversed(scene.mentions):
            if (lo <= start and end <= hi and ent.type == etype
                    and (ent.code, ent.sector) != skip):
                return ent, ent.name
        return None
    return None


def stand_in(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
             trig: Trigger) -> bool:
    """The trigger's subject is a stand-in noun (``actors.yaml``: ``stand_ins``) opening its
    clause, with at most a short adverbial before it (``Selain itu, serangan juga
    menuntut``) and no actor before the trigger in the clause."""
    cues = ctx.cues
    lo = roles.clause_left(ctx, words, trig.first)
    if any(lo <= a.first and a.last < trig.first for a in actors):
        return False
    i = trig.first - 1
    while i >= lo and (words[i].low in cues.subject_gap or words[i].low in cues.negators):
        i -= 1
    if i < lo or words[i].low not in load_actor_words(ctx.resources).stand_ins:
        return False
    opener = words[lo:i]
    return not opener or (len(opener) <= 4 and opener[-1].low == ",")


def relative_list(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
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
            return roles.group_after(ctx, words, actors, k + 1 if nxt == "lain" else k, limit=1)
    return []


def _previous_sentence(ctx: Context, doc: Document, scene: Scene
                       ) -> tuple[list[Word], Span] | None:
    """The words and span of the sentence before the one being coded (``scene.previous``)."""
    if not scene.previous:
        return None
    tokens = [doc.tokens[n] for n in scene.previous]
    span = doc.sentences[tokens[0].sentence]
    cuts = records.mention_edges(doc, span)
    return records.words(tokens, scene.previous[0], ctx.resources, cuts), span


def carried_group(ctx: Context, doc: Document, scene: Scene) -> list[Actor]:
    """The one group of people (a common noun of a ``located`` sector: ``ribuan warga AS``,
    ``ratusan mahasiswa``) the previous sentence names; nothing when it names none or
    several."""
    prev = _previous_sentence(ctx, doc, scene)
    if prev is None:
        return []
    words, span = prev
    named = entity_actors(words, doc.entities, span, None, ctx.resources)
    aw = load_actor_words(ctx.resources)
    people = [a for a in extra_actors(ctx, words, named, dataclasses.replace(scene, groups=()))
              if a.ref.entity is None and a.ref.sector in aw.located]
    if len({(a.ref.code, a.ref.sector) for a in people}) != 1:
        return []
    return [Actor(-1, -1, people[0].ref, people[0].entity)]


def case_handler(ctx: Context, doc: Document, scene: Scene, words: Sequence[Word],
                 actors: Sequence[Actor], trig: Trigger) -> list[Actor]:
    """The body handling a legal case that a relative clause says ensnared someone
    (``perkara yang telah menjerat X``: ``cues.yaml`` ``legal_cases`` within three words
    before ``yang``): the court, prosecutor or police (JUD, COP) named before the trigger in
    the sentence, else the one such body of the sentence before (``KPK sudah menetapkan 21
    tersangka ... . Penetapan tersangka itu merupakan pengembangan dari perkara yang telah
    menjerat X``)."""
    i = trig.first - 1
    while i >= 0 and words[i].low in ctx.cues.subject_gap and words[i].low != "yang":
        i -= 1
    if i < 1 or words[i].low != "yang" or not any(
            w.low in ctx.cues.legal_cases for w in words[max(0, i - 3): i]):
        return []
    return legal_body(ctx, doc, scene, actors, trig)


def legal_body(ctx: Context, doc: Document, scene: Scene, actors: Sequence[Actor],
               trig: Trigger) -> list[Actor]:
    """The court, prosecutor or police (JUD, COP) named before the trigger in the sentence,
    else the one such body of the sentence before (none, or two different ones: nothing)."""
    legal = ("JUD", "COP")
    here = [a for a in actors if a.last < trig.first and a.ref.sector in legal]
    if here:
        return here[-1:]
    prev = _previous_sentence(ctx, doc, scene)
    if prev is None:
        return []
    found = [a for a in entity_actors(prev[0], doc.entities, prev[1]) if a.ref.sector in legal]
    if len({(a.ref.code, a.ref.sector) for a in found}) != 1:
        return []
    return [Actor(-1, -1, found[0].ref, found[0].entity)]


def carried_source(ctx: Context, doc: Document, scene: Scene) -> list[Actor]:
    """The one actor the previous sentence is about: its named actors that are neither the
    object of a preposition (``dengan Maduro``) nor an attribution (``sebut Kremlin``) must
    all be one (code, sector); that actor, else nothing."""
    prev = _previous_sentence(ctx, doc, scene)
    if prev is None:
        return []
    words, span = prev
    plausible = [a for a in entity_actors(words, doc.entities, span)
                 if not a.territory and F.marked(words, a.first, 0) is None
                 and not (a.first > 0 and words[a.first - 1].low in ctx.cues.attribution)]
    if len({(a.ref.code, a.ref.sector) for a in plausible}) != 1:
        return []
    first = plausible[0]
    return [Actor(-1, -1, first.ref, first.entity)]


def clitic_object(ctx: Context, scene: Scene, words: Sequence[Word], trig: Trigger
                  ) -> list[Actor]:
    """The person an active trigger verb's ``-nya`` object stands for inside a direct
    quote with a coded speaker (``"Saya sudah meneleponnya kemarin," kata Trump``): never
    the speaker, and only when one other person is named in the nearest stretch before
    (``_antecedent``); outside quotes, or with two others named, nothing. Not for force
    (QuadClass 4): what a speaker says of killing or seizing someone is mostly what he will
    not do or might do (``"Kami tidak akan menyingkirkannya (membunuhnya!)"``), and a wrong
    attack costs more than a missed one."""
    w = words[trig.last]
    code = ctx.ontology.cameo.get(trig.entry.cameo)
    if (trig.kind != "verb" or trig.passive or not w.nya or "meN" not in w.prefixes
            or "obj" not in trig.entry.target or code is None or code.quad_class >= 4):
        return []
    speaker = _speaker(scene, w.start)
    if speaker is None:
        return []
    ante = _antecedent(scene, w.start, "PER", speaker[0])
    if ante is None:
        return []
    ent, name = ante
    return [Actor(-1, -1, ActorRef(ent.code, ent.sector, name, ent.id), ent)]


def quote_speaker(doc: Document, at: int) -> list[Actor]:
    """The coded speaker of the quote (direct or reported) that contains offset ``at``."""
    for q in doc.quotes:
        if q.start <= at < q.end and q.speaker:
            ent = next((e for e in doc.entities if e.id == q.speaker), None)
            if ent is not None and ent.code:
                ref = ActorRef(ent.code, ent.sector, q.speaker_name or ent.name, ent.id)
                return [Actor(-1, -1, ref, ent)]
    return []
