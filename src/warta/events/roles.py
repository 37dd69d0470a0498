"""The actor in each role of a trigger: subject, object, oblique and agent, read from the
dependency parse (``parse_args``, with ``arguments``) or, without heads, from word order
(``subject``, ``group_after``, ``oblique``, ``target``), and the coordination group
(``AS dan NATO``) an actor belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.events import arguments as A
from warta.events import fallback as F
from warta.events import trigger_words
from warta.events.records import Actor, Context, Cues, Trigger, Word

# an attack on "kota di Israel" is an attack on Israel: places inside a target phrase
FORCE_PLACES = frozenset({"di"})
# types whose target may be the subject of the reported clause ("menuduh bahwa X ...")
CLAUSE_TARGET_TYPES = frozenset({"THREATEN", "ACCUSE"})
# types aimed at the doer of the act their object names ("mengecam serangan yang
# dilancarkan Israel", "menolak distribusi bantuan oleh GHF")
AGENT_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "REQUEST"})
# hostile types whose coordinated acts go on against the same party, so a coordinated verb
# lends its object even when the trigger has one ("mengancam akan meluncurkan serangan ... dan
# menghancurkan ibu kota X"; "menolak hal itu dan telah memberi tahu X untuk tidak ...")
SHARED_OBJECT_TYPES = frozenset({"ASSAULT", "THREATEN", "REJECT", "ACCUSE"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'"})


def group(actors: Sequence[Actor], idx: int, words: Sequence[Word], cues: Cues) -> list[Actor]:
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
    # a list ends with its dan/serta: an actor after a comma past it opens a new clause
    # ("antara Thailand dan Kamboja, puluhan warga mengungsi")
    while hi > lo and link(actors[hi - 1], actors[hi]) == "comma":
        hi -= 1
    if idx > hi:
        return [actors[idx]]
    return list(actors[lo: hi + 1])


def actor_at(actors: Sequence[Actor], first: int) -> int | None:
    """The index of the actor starting at word ``first``, if any."""
    for n, a in enumerate(actors):
        if a.first == first:
            return n
    return None


def subject(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
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
            grp = group(actors, n, words, cues)
            # an actor after a preposition is not a subject, nor the modifier of a noun
            # ("mengibarkan bendera Rusia dan menentang NATO"), nor the speaker set off in
            # the clause ("Dua pejabat itu, kata Kapolda, ditangkap ...": cues.speaker_marks)
            prev = words[grp[0].first - 1] if grp[0].first > 0 else None
            if prev is not None and (prev.low in cues.subject_obliques
                                     or prev.low in cues.speaker_marks
                                     or _modifier(ctx, words, grp[0].first)):
                return []
            return grp
        return []
    return []


def borrowed_subject(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                     trig: Trigger) -> list[Actor]:
    """The doer of a verb that opens a clause with no subject of its own, from the clause
    it hangs on: the one helped by ``membantu`` when the clause says when or what for
    (``membantu militer Polandia saat menembak jatuh drone Rusia``: Poland shoots it down),
    and the main subject of the sentence for an act listed after ``, termasuk`` (``AS
    mengambil tindakan tidak langsung ..., termasuk membantu menembak jatuh rudal``)."""
    i = trig.first - 1
    while i >= 0 and words[i].low in ctx.cues.subject_gap:
        i -= 1
    if i >= 0 and words[i].low in ctx.cues.gap_openers:
        return _opener_subject(ctx, words, actors, i)
    if i < 1:
        return []
    if words[i].low in ctx.cues.helped_clauses:
        for n, a in enumerate(actors):
            if a.last == i - 1 and a.first > 0 and words[a.first - 1].root == "bantu" and (
                    "meN" in words[a.first - 1].prefixes):
                return group(actors, n, words, ctx.cues)
        return []
    if words[i].low in ctx.cues.inclusion and words[i - 1].low == ",":
        root = next((k for k, w in enumerate(words[: i - 1]) if w.dep == "root"), None)
        p = A.parse_of(words)
        if root is None or p is None or not F.is_verb(words[root]):
            return []
        return [actors[n] for n in A.subject(p, actors, root)]
    return []


def _opener_subject(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
                    opener: int) -> list[Actor]:
    """The main subject shared by a subjectless verb in a time clause (``gap_openers``):
    the actor group right after the comma closing a clause that opens the sentence
    (``Setelah bertemu Macron, Prabowo ...``), or the agent right before the opener of a
    passive speech verb (``Hal itu disampaikan Sugiono usai bertemu Iwaya``)."""
    if opener == 0:
        comma = next((k for k in range(opener + 1, len(words)) if words[k].low == ","), None)
        if comma is None:
            return []
        # a named actor only (a common noun after the comma, "wartawan menanyakan ...", is
        # as often someone else as the one who met); an office title may stand before the
        # name ("Sebelum mengunjungi Jepang, Presiden Prabowo Subianto ...")
        after = [a for a in actors if comma < a.first <= comma + 4 and a.ref.entity is not None
                 and all(w.upos in ("PROPN", "NOUN") for w in words[comma + 1:a.first])]
        if not after:
            return []
        return group(actors, actors.index(after[0]), words, ctx.cues)
    before = [n for n, a in enumerate(actors) if a.last == opener - 1]
    if not before:
        return []
    first = actors[before[0]].first
    k = first - 1
    while k >= 0 and first - k <= 4 and words[k].upos in ("PROPN", "NOUN"):
        k -= 1  # the office title before the name ("disampaikan Menlu Sugiono usai ...")
    if k >= 0 and words[k].low in ctx.cues.speech_verbs and words[k].passive:
        return [actors[before[0]]]
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


def group_after(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], at: int,
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
            return group(actors, n, words, cues)
        return []
    return []


def oblique(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], start: int,
            prep: str, window: int = 8, own: bool = False) -> list[Actor]:
    """The actor after ``prep`` in the clause after ``start``. A noun right before ``prep``
    takes the phrase (``mendukung perlawanan terhadap Israel``) unless the slot is ``own``:
    the verb's recipient after its theme object (``menawarkan penurunan tarif kepada
    Indonesia``)."""
    for i in range(start + 1, min(len(words), start + 1 + window)):
        low = words[i].low
        if low == prep:  # a clause opener may be the slot ("agar X", "bahwa X")
            return group_after(ctx, words, actors, i, limit=3)
        if low in ctx.cues.clause_breaks or low in {".", "?", "!"}:
            return []
        if not own and words[i].upos == "NOUN" and i + 1 < len(words) and (
                words[i + 1].low == prep):
            return []  # "mendukung perlawanan terhadap Israel": the phrase is the noun's
        if low == prep:
            return group_after(ctx, words, actors, i, limit=3)
    return []


def target(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], trig: Trigger,
           slots: Sequence[str], after: int) -> tuple[list[Actor], bool]:
    """(target group, no target needed)."""
    for slot in slots:
        if slot == "none":
            return [], True
        if slot in ("obj", "poss"):
            grp = group_after(ctx, words, actors, after)
            if not grp and trig.last > trig.first:  # "menetapkan Budi sebagai tersangka"
                grp = [a for a in group_after(ctx, words, actors, trig.first) if a.last < trig.last]
        else:
            # a verb whose frame lists the slot before (or without) its object has a theme
            # object and a recipient: the preposition after that object is the verb's
            own = trig.kind == "verb" and (
                "obj" not in slots or slots.index(slot) < slots.index("obj"))
            grp = oblique(ctx, words, actors, after, slot, own=own)
        if grp:
            return grp, False
    return [], False


def listed(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
           found: Sequence[Actor], other: Sequence[Actor]) -> list[Actor]:
    """``found`` with the other members of each one's coordination (``A, B, dan C``),
    except those already in the ``other`` role (``antara massa dan aparat``)."""
    if not found or any(a in other for a in found):
        return list(found)
    out: list[Actor] = []
    for a in found:
        n = next((k for k, b in enumerate(actors) if b is a), None)
        grp = group(actors, n, words, ctx.cues) if n is not None else [a]
        if any(b in other for b in grp):
            grp = [a]  # one side of a coordination against the other
        for b in grp:
            if all(b is not c for c in out):
                out.append(b)
    return out


def object_agent(ctx: Context, words: Sequence[Word], actors: Sequence[Actor],
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
        return group_after(ctx, words, actors, i, limit=2)
    if words[i].low == "yang" and i + 1 < len(words) and "di" in words[i + 1].prefixes:
        return (oblique(ctx, words, actors, i + 1, "oleh", window=2)
                or group_after(ctx, words, actors, i + 1, limit=0))
    return []


def governed(ctx: Context, words: Sequence[Word], a: Actor) -> bool:
    """The actor is the object of a preposition past its titles (``oleh Presiden AS Donald
    Trump``): no subject."""
    i = a.first - 1
    while i >= 0 and words[i].low in ctx.cues.possessed_heads:
        i -= 1
    return i >= 0 and words[i].low in F.PREPOSITIONS


def trigger_head(words: Sequence[Word], trig: Trigger) -> int:
    """The word of a multi-word trigger whose head lies outside it (its syntactic head)."""
    for i in range(trig.first, trig.last + 1):
        h = words[i].head
        if h is None or not trig.first <= h <= trig.last:
            return i
    return trig.first


def parse_args(ctx: Context, words: Sequence[Word], actors: Sequence[Actor], trig: Trigger
               ) -> tuple[list[Actor], list[Actor], bool]:
    """(sources, targets, no target needed) from the dependency parse; empty lists when the
    parse does not say (the caller falls back to word order)."""
    p = A.parse_of(words)
    if p is None:
        return [], [], False
    v = trigger_head(words, trig)
    span = range(trig.first, trig.last + 1)
    entry = trig.entry
    heads: list[int] = list(span)
    patient: list[int] = []
    if trig.kind == "noun":
        slots = entry.noun_target
        doer = (A.noun_agent(p, actors, v, span, trigger_words.doing_roots(ctx))
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
                        and words[h].root in trigger_words.light_roots(ctx)), None)
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
        near = subject(ctx, words, actors, trig.first)
        if own or (near and not any(w.low in ctx.cues.coordinators
                                    for w in words[near[-1].last + 1: trig.first])):
            src = own  # an actor right before the verb beats a subject borrowed from afar
        else:
            src = A.subject(p, actors, v, raising=ctx.cues.raising)
        slots = entry.target
    # obliques of the verb's object count when the object is a place or group the target
    # stands behind ("menyerang wilayah di ..."), not a noun of its own ("mendukung
    # perlawanan terhadap Israel": the phrase is the noun's)
    # a coordinated verb shares the trigger's object only when the trigger has none of its
    # own ("menyerang dan menghancurkan Gaza"); one with its own object acts on something
    # else ("mencabut izin tambang di Sulawesi dan mempertahankan izin PT X": no revocation
    # of X's permit), except for the hostile SHARED_OBJECT_TYPES
    own_object = entry.plover not in SHARED_OBJECT_TYPES
    heads.extend(c for h in list(heads) for c in p.deps(h, "obj", "conj")
                 if c not in heads and trig.kind == "verb" and (
                     (words[c].dep == "conj"
                      and not (own_object and F.is_verb(words[c]) and p.deps(h, "obj")))
                     or words[c].low in ctx.cues.possessed_heads))
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
            and trigger_words.strikes(ctx, words[h])):
        tgt = A.objects(p, actors, [h], places)  # "serangan Israel mengenai markas Hamas"
    if not tgt and patient and "poss" in entry.noun_source:
        tgt = patient  # "pencaplokan Krimea oleh Rusia": done to the possessor
    if not tgt and trig.kind == "noun" and entry.plover == "ASSAULT":
        # "serangan Hamas pada 7 Oktober yang menewaskan 12 orang di Israel": what the
        # relative clause says the attack hit
        hit = [c for c in p.deps(v, *A.RELATIVE) if trigger_words.strikes(ctx, words[c])]
        tgt = A.objects(p, actors, hit, places)
    if not tgt and not untargeted and entry.plover in CLAUSE_TARGET_TYPES:
        tgt = A.clause_subject(p, actors, heads, "bahwa")  # "mengancam bahwa Iran akan ..."
    if (not tgt and entry.plover in AGENT_TARGET_TYPES and "obj" in slots
            and trig.kind == "verb" and not trig.passive):
        tgt = A.object_agent(p, actors, heads)
    return [actors[n] for n in src], [actors[n] for n in tgt], untargeted


def clause_left(ctx: Context, words: Sequence[Word], at: int) -> int:
    """The first word of the clause of word ``at``: after the nearest clause break before it."""
    for i in range(at - 1, -1, -1):
        if i == at - 1 and words[i].low in QUOTE_MARKS:
            continue  # a quoted word stays in its clause: akan "menggempur" is future
        if words[i].low in ctx.cues.clause_breaks:
            return i + 1
    return 0
