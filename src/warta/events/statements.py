"""What speech triggers say about the triggers after them: the content of a request,
accusation or label is said, not done (``said_content``); a more specific request inside a
request's content gives it its code (``content_code``); and a refusal or acceptance
right before a nominal request tells to whom the request was made (``recipients``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warta.doc import ActorRef, Document, Event
from warta.events import fallback as F
from warta.events import records, sentence_actors
from warta.events.records import Actor, Context, Trigger, Word

# verbs answering a request: their subject is who the request was addressed to
RESPONSE_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
# speech acts a request never asks for: after "dan" they are the speaker's own
OWN_ACTS = frozenset({"THREATEN", "ACCUSE", "REJECT"})
REQUEST_REACH = 10  # words from a request to the act it asks for ("meminta X untuk ...")


def said_content(ctx: Context, words: Sequence[Word], triggers: Sequence[Trigger],
                 n: int, inside: set[int] | None = None) -> bool:
    """Trigger ``n`` is what an earlier trigger of its clause says rather than an act: the
    content of a request after ``untuk`` (``meminta Israel untuk menghentikan serangan ke
    Gaza``, ``memberitahu Israel untuk tidak menyerang``: asked for, not done, and not by the
    one who asks), or of an accusation or label (an entry with ``content``: ``menuduh Iran
    mendukung Hamas``). A relative clause (``yang``) and the reason after ``atas``
    (``menyalahkan Israel atas serangan itu``) state facts, and a threat, accusation or
    refusal after ``dan`` is the speaker's own next act (``menolak ajakan AS untuk ... dan
    memperingatkan bahwa ...``): no one asks for those. Without ``untuk`` the content of a
    request verb stands right after it or after its addressee (``inside``: the words of the
    sentence's actors), with only adverbs between (``addressed``): ``mendesak Israel
    membebaskan para aktivis``, ``meminta DPR terlebih dulu menekan pemerintah``,
    ``menyerukan gencatan senjata``."""
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
        if addressed(ctx, words, prev, trig, inside or set()):
            return True
    return False


def addressed(ctx: Context, words: Sequence[Word], prev: Trigger, trig: Trigger,
              inside: set[int]) -> bool:
    """``trig`` is what the active request verb ``prev`` asks for with no ``untuk`` before
    it: it follows the verb at once (a noun: ``menyerukan gencatan senjata``, ``menuntut
    pembebasan X``) or past the addressee and adverbs only (``mendesak Israel membebaskan
    ...``). A relative clause (``meminta DPR yang menekan ...``: ``yang`` is no adverb
    here), a preposition or another verb between ends the request's reach."""
    if prev.entry.plover != "REQUEST" or prev.kind != "verb" or prev.passive:
        return False
    if trig.first - prev.last - 1 > REQUEST_REACH:
        return False
    for i in range(prev.last + 1, trig.first):
        w = words[i]
        if i in inside:
            continue
        if records.adverb(ctx, w) and not F.is_verb(w):
            continue
        return False
    return True


def content_code(ctx: Context, words: Sequence[Word], triggers: Sequence[Trigger], n: int,
                 inside: set[int] | None = None) -> str | None:
    """The code of what a request asks for, when its content (after ``untuk``, ``agar``)
    holds a more specific request trigger: ``seruan Trump untuk penyerahan diri tanpa
    syarat`` is a demand to yield (105), not a bare appeal (020); so is the content right
    after the verb or its addressee (``addressed``: ``menyerukan penyerahan tanpa syarat``,
    ``menuntut Iran menyerah tanpa syarat``; ``inside``, the words of the sentence's actors)."""
    trig = triggers[n]
    if trig.entry.plover != "REQUEST":
        return None
    hi = F.clause(words, trig.last, ctx.cues.clause_breaks - ctx.cues.requested)[1]
    for later in triggers[n + 1:]:
        if later.first >= hi or later.first - trig.last > 10:
            break
        opener = any(w.low in ("untuk", *ctx.cues.requested)
                     for w in words[trig.last + 1: later.first]) or (
            inside is not None and addressed(ctx, words, trig, later, inside))
        if (opener and later.entry.plover == "REQUEST" and later.entry.cameo[:2] == "10"
                and later.entry.cameo != "100"):
            return later.entry.cameo
    return None


def recipients(ctx: Context, doc: Document, words: Sequence[Word],
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
        if records.is_country(ref):  # a leader answering for his state: the call went to the state
            ref = ActorRef(ref.code, None, ref.name, ref.entity)
        if any(a.ref == ref for a in out):
            continue
        ent = next((x for x in doc.entities if x.id == ref.entity), None)
        out.append(Actor(-1, -1, ref, ent or sentence_actors.common_entity(ref)))
    return out
