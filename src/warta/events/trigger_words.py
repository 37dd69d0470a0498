"""Which words are event triggers: the lexicon's phrases, nouns and verbs found in a
sentence (``triggers``) and the word tests the coder asks about a trigger or its
neighbours (a verbal form, a hostile act, a strike verb, a light verb's root).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warta.events import fallback as F
from warta.events.lexicon import Entry
from warta.events.records import Context, Trigger, Word, adverb
from warta.lang.morph import analyze
from warta.resources import Resources

REQUIRES_REACH = 20
# how far after a label phrase its label word may stand (``sebagai "aksi propaganda``)
LABEL_REACH = 4


def _word_matches(w: Word, target: str, stems: Mapping[str, str]) -> bool:
    """A phrase word by surface, root or stem, also with its possessive clitic
    (``menarik pasukannya``, ``menangguhkan operasional kedutaannya``)."""
    return (w.low == target or w.root == target or w.root == stems.get(target)
            or (w.low.endswith("nya") and w.low[:-3].removesuffix("-") == target))


def triggers(ctx: Context, words: Sequence[Word], inside: set[int]) -> list[Trigger]:
    """The triggers of the sentence left to right, outside the actor words ``inside``: a
    phrase first, then a noun, then a verb by its root (the longest reading wins)."""
    lex = ctx.lexicon
    out: list[Trigger] = []
    i = 0
    while i < len(words):
        if i in inside:
            i += 1
            continue
        w = words[i]
        found: Trigger | None = None
        # a phrase may open with a word carrying its clitic ("IUP-nya dicabut")
        clitic = w.low[:-3].removesuffix("-") if w.low.endswith("-nya") else w.root
        for phrase, entry in (*lex.by_phrase_head.get(w.low, ()),
                              *lex.by_phrase_head.get(w.root, ()),
                              *(lex.by_phrase_head.get(clitic, ()) if clitic != w.root else ())):
            j, k, hit = i, 1, [i]
            while k < len(phrase):
                nxt = next((x for x in range(j + 1, min(len(words), j + 2 + entry.reach))
                            if _word_matches(words[x], phrase[k], lex.stem_roots)), None)
                if nxt is None:
                    break
                j, k = nxt, k + 1
                hit.append(j)
            if k == len(phrase) and _context_ok(ctx, words, entry, j, i):
                verbs = [x for x in hit if set(words[x].prefixes) & {"meN", "ber", "di"}
                         or words[x].low in ctx.cues.unsplit_verbs]
                found = Trigger(entry, i, j, "verb" if verbs else "noun",
                                bool(verbs) and words[verbs[0]].passive)
                break
        if found is None:
            bare = w.low[:-3] if w.low.endswith("nya") and w.low[:-3] in lex.by_noun else w.low
            fits = [e for e in lex.by_noun.get(bare, ()) if _context_ok(ctx, words, e, i, i)]
            if fits and not (w.prefixes and w.root in lex.by_root
                             and bare not in lex.by_noun):
                found = Trigger(fits[0], i, i, "noun", False)
        if found is None:
            for key in (w.root, w.low):
                for entry in lex.by_root.get(key, ()):
                    if not _context_ok(ctx, words, entry, i, i):
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


def _context_ok(ctx: Context, words: Sequence[Word], entry: Entry, last: int,
                first: int) -> bool:
    """An entry with ``requires`` fires only when one of its words follows the trigger in
    the clause (up to ``REQUIRES_REACH`` words); one with ``excludes`` never when one of
    those does; one with ``not_after`` / ``not_before`` never right after / right before
    one of those words (``kebutuhan mendesak``, ``permintaan ekspor``: other senses)."""
    if first > 0 and (words[first - 1].low in entry.not_after
                      or words[first - 1].root in entry.not_after):
        return False
    if last + 1 < len(words) and (words[last + 1].low in entry.not_before
                                  or words[last + 1].root in entry.not_before):
        return False
    if entry.label:
        return label(ctx, words, last) is not None
    if not entry.requires and not entry.excludes:
        return True
    hi = F.clause(words, last, ctx.cues.clause_breaks)[1] + 1  # "mendorong X agar": the
    follow = words[last + 1: min(hi, last + 1 + REQUIRES_REACH)]  # opener itself counts
    if any(w.low in entry.excludes or (w.root in entry.excludes and "peN" not in w.prefixes)
           for w in follow):  # a peN- noun is a doer or tool: pengebom is no bombing
        return False
    return not entry.requires or any(w.low in entry.requires or w.root in entry.requires
                                     for w in follow)


def label(ctx: Context, words: Sequence[Word], last: int) -> str | None:
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
    if entry.prefixes and "per" in prefixes and "per" not in entry.prefixes:
        return False  # per- makes another verb: mempertahankan (keep), not menahan (detain)
    if entry.suffixes and not (set(w.suffixes) & entry.suffixes):
        return False
    return bool(prefixes & {"meN", "ber", "di", "ter", "per", "ku", "kau"})


def event_verb(ctx: Context, w: Word, entry: Entry) -> bool:
    """A verb that is a trigger of another type (``mendukung``, ``mengecam``, ``menolak``):
    its subject acts on a nominal trigger it takes, it does not perform it."""
    return any(e.plover != entry.plover and _verbal(e, w)
               for e in ctx.lexicon.by_root.get(w.root, ()))


def hostile_object(ctx: Context, words: Sequence[Word], trig: Trigger) -> bool:
    """The trigger's object is a nominal trigger of a hostile act (QuadClass 3-4:
    ``penangkapan``, ``serangan``, ``sanksi``): supporting the arrest or the attack of X is
    no friendly act towards X, so X is not the target."""
    i = trig.last + 1
    if i < len(words) and words[i].upos == "DET":
        i += 1
    if i >= len(words) or F.is_verb(words[i]):
        return False
    return any(hostile(ctx, e) for e in ctx.lexicon.by_noun.get(words[i].low, ()))


def condemned_act(ctx: Context, words: Sequence[Word], trig: Trigger) -> Trigger | None:
    """The hostile act a verb takes as its object past adverbs and one of its frame's
    prepositions (``mengecam keras atas penangkapan para aktivis``), when the act's own
    possessor is the one it is done to (the act's entry reads no ``poss`` source:
    ``penangkapan``, ``pembunuhan``, not ``serangan Israel``): the act as a trigger."""
    i = trig.last + 1
    while i < len(words) and adverb(ctx, words[i]):
        i += 1
    if i < len(words) and words[i].low in trig.entry.target:
        i += 1
    if i >= len(words) or F.is_verb(words[i]):
        return None
    entry = next((e for e in ctx.lexicon.by_noun.get(words[i].low, ()) if hostile(ctx, e)),
                 None)
    if entry is None or "poss" in entry.noun_source:
        return None
    return Trigger(entry, i, i, "noun", False)


def hostile(ctx: Context, entry: Entry) -> bool:
    """An entry of verbal or material conflict (CAMEO QuadClass 3-4: ``kecam``,
    ``serang``, ``sanksi``)."""
    code = ctx.ontology.cameo.get(entry.cameo)
    return code is not None and code.quad_class >= 3


def light_roots(ctx: Context) -> frozenset[str]:
    """Roots of the light verbs (``cues.yaml``: ``light_verbs``, surface forms), to know
    their passive forms (``dibalas``, ``dilancarkan``): the agent is the noun's source."""
    def build(res: Resources) -> frozenset[str]:
        return frozenset(analyze(w, res, "VERB").root for w in ctx.cues.light_verbs)

    return ctx.resources.derived("events.light_roots", build)


def doing_roots(ctx: Context) -> frozenset[str]:
    """Roots of the passive verbs whose agent is the doer of the noun they modify
    (``serangan yang dilancarkan Israel``, ``yang diklaim Hamas``): the light verbs and
    claiming."""
    return light_roots(ctx) | {"klaim"}


def strikes(ctx: Context, w: Word) -> bool:
    """A verb of hitting or killing (``cues.yaml``: ``strike_verbs``, roots or surface
    forms the tagger may read otherwise: ``mengenai`` is also the preposition "about")."""
    return w.root in ctx.cues.strike_verbs or w.low in ctx.cues.strike_verbs


def hostile_verb(ctx: Context, w: Word) -> bool:
    """A verb that is a trigger of verbal or material conflict (QuadClass 3-4:
    ``mengecam``, ``menolak``): ``Iran mengecam serangannya`` denounces someone else's
    attack, the ``-nya`` is not the subject."""
    return any(_verbal(e, w) and hostile(ctx, e) for e in ctx.lexicon.by_root.get(w.root, ()))
