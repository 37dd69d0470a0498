"""Arguments of nominal triggers that the frame alone does not give: the agent after the
noun (``serangan yang dilancarkan Israel``), what an attack noun struck (``serangan Israel
... menewaskan``), the owner of an act (``kebijakan imigrasi Presiden Trump``) and the
subject of the verb a noun is the object of.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.events import arguments as A
from warta.events import fallback as F
from warta.events import roles, trigger_words
from warta.events.records import Actor, Context, Trigger, Word

# between an attack noun's source and the strike verb it is the subject of: a time phrase
STRIKE_GAP = 9
STRIKE_FILLERS = frozenset({"pada", "yang", "itu", "tersebut", "sebelumnya", "lalu", "dini",
                            "hari", "pagi", "siang", "sore", "malam", "terbaru", "kemarin"})
# between a strike verb and the place or group it hit ("menewaskan sedikitnya 12 orang di")
STRIKE_COUNTS = frozenset({"di", "sedikitnya", "setidaknya", "sekitar", "hampir", "lebih",
                           "dari", "yang", "ada"})


def act_possessor(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], at: int,
                  reach: int = 4) -> list[Actor]:
    """The actor that owns the act named after word ``at`` (``protes terhadap kebijakan
    imigrasi Presiden Donald Trump``): a few nouns, then the actor; a region or city is
    where the act is, not who does it."""
    i = at + 1
    while i < len(words) and i - at <= reach and words[i].upos in ("NOUN", "ADJ") and not (
            F.is_verb(words[i]) or words[i].low in F.PREPOSITIONS):
        if roles.actor_at(actors, i) is not None:
            break
        i += 1
    n = roles.actor_at(actors, i) if i > at + 1 else None
    if n is None or actors[n].territory:
        return []
    return roles.group(actors, n, words, ctx.cues)


def struck(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], after: int,
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
        if trigger_words.strikes(ctx, w) and (F.is_verb(w) or w.low in cues.strike_verbs):
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
               or (w.low in cues.conjunctions and k > 0)  # "fasilitas militer dan ekonomi"
               for k, w in enumerate(between)):
            return roles.group(actors, n, words, cues)
        return []
    return []


def host_subject(words: Sequence[Word], actors: Sequence[Actor], trig: Trigger) -> int | None:
    """The parse's subject of the verb whose object is the nominal trigger, borrowed along
    coordinated verbs (``Trump menyebut ... dan memerintahkan pengerahan pasukan``)."""
    p = A.parse_of(words)
    if p is None:
        return None
    v = roles.trigger_head(words, trig)
    host = words[v].head
    if host is None or words[v].dep != "obj":
        return None
    found = A.subject(p, actors, host)
    return found[0] if found else None


def noun_agent(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], trig: Trigger,
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
                words[i + 1].root not in trigger_words.doing_roots(ctx)):
            return []
        i += 1
    n = F.target_after(words, actors, i, hi, ("obj", "oleh"), reach=1)
    return roles.group(actors, n, words, ctx.cues) if n is not None else []


def noun_object(ctx: Context, words: Sequence[Word], trig: Trigger) -> bool:
    """A nominal trigger that is not inside a prepositional phrase (``bagi bantuan``,
    ``sejak serangan``) nor possessed by a clitic (``dukungannya``): it can be the object of
    the clause's verb, whose subject is then its source. A hostile act possessed by a
    clitic is the subject's own (``Israel melanjutkan serangannya ke Gaza``, ``AS
    memperketat sanksinya``): one does not carry on, step up or widen another's attack,
    and a verb that judges it (``mengecam serangannya``) is kept out by
    ``trigger_words.event_verb``."""
    w = words[trig.first]
    prev = words[trig.first - 1].low if trig.first > 0 else ""
    own = trigger_words.hostile(ctx, trig.entry)
    return (own or (not w.nya and not w.low.endswith("nya"))) and (
        prev not in F.PREPOSITIONS) and prev not in ctx.cues.clause_breaks


def war_sides(ctx: Context, words: Sequence[Word], actors: Sequence[Actor]
              ) -> list[tuple[Actor, Actor]]:
    """The two parties of each war or fight the sentence names by them (``cues.yaml``
    ``wars``): ``perang Iran-Israel`` (a hyphen joins them), ``pertempuran antara India
    dan Pakistan``."""
    out: list[tuple[Actor, Actor]] = []
    for i, w in enumerate(words[:-1]):
        if w.low not in ctx.cues.wars:
            continue
        if words[i + 1].low == "antara":
            sides = roles.group_after(ctx, words, actors, i + 1, limit=1)
            if len(sides) == 2:
                out.append((sides[0], sides[1]))
            continue
        n = roles.actor_at(actors, i + 1)
        if n is None:
            continue
        first = actors[n]
        j = first.last + 1
        if j < len(words) and words[j].low in ("-", "–"):
            j += 1  # "Rusia - Ukraina"; a glued "-Israel" is one word
        elif not (j < len(words) and words[j].low.startswith(("-", "–"))):
            continue
        m = roles.actor_at(actors, j)
        if m is not None and actors[m].ref.code != first.ref.code:
            out.append((first, actors[m]))
    return out


def war_target(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
               sources: Sequence[Actor], trig: Trigger) -> list[Actor]:
    """The other party of a war the sentence names by its parties before the trigger, for
    an attack by one of them that names no target of its own (``Perang Iran-Israel dimulai
    oleh serangan Israel``: Israel attacked Iran). A war named after the attack may be what
    the sentence weighs joining (``melindungi pesawatnya dari serangan udara Iran, saat
    ... mempertimbangkan apakah akan terlibat dalam konflik antara Iran dan Israel``)."""
    codes = {s.ref.code for s in sources}
    for a, b in war_sides(ctx, words[: trig.first], actors):
        if a.ref.code in codes and b.ref.code not in codes:
            return [b]
        if b.ref.code in codes and a.ref.code not in codes:
            return [a]
    return []


def ended(ctx: Context, words: Sequence[Word], trig: Trigger) -> bool:
    """A fight or attack named as what a verb ends or stops (``cues.yaml`` ``ending``:
    ``kesepakatan untuk mengakhiri pertempuran antara X dan Y``, ``menghentikan serangan``):
    the sentence speaks of its end, it does not report the act."""
    i = trig.first - 1
    while i >= 0 and words[i].upos == "DET":
        i -= 1
    return i >= 0 and words[i].root in ctx.cues.ending and bool(
        set(words[i].prefixes) & {"meN", "di", "ber"})
