"""The Indonesian event lexicon (``data/events/id/verbs.yaml``) compiled for lookup.

A trigger fires on a word by its root (``warta.lang.morph.analyze``: ``mengecam``,
``dikecam``, ``kecamannya`` share ``kecam``) when the word is verbal (a meN-/ber-/di-/ter-
prefix, or the entry allows the bare root), on a listed nominal form (``serangan``), or on a
multi-word phrase whose words match by surface or root in order with small gaps. The
entry's frame says where the source and the target are; passive forms swap them (see
``code``). Validation lives here so that a malformed entry fails when the bundle loads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from warta.errors import ResourceError
from warta.events.ontology import load_ontology
from warta.lang.morph import analyze
from warta.resources import Resources

PREPOSITIONS = frozenset({"dengan", "terhadap", "kepada", "ke", "atas", "dari", "untuk",
                          "bagi", "pada", "agar", "antara", "di"})
# "bahwa": the subject of the clause it opens ("jaminan bahwa NATO tidak akan ...")
TARGET_SLOTS = PREPOSITIONS | {"obj", "none", "poss", "bahwa"}
# "agent": the doer given after the noun (``penangkapan X oleh Y``, ``penindakan yang
# dilakukan Y``); when it is there, the noun's possessor is what was done to
SOURCE_SLOTS = frozenset({"subj", "poss", "antara", "agent"})
VERBAL_PREFIXES = frozenset({"meN", "ber", "di", "ter", "per", "ku", "kau"})


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    cameo: str
    plover: str
    verbs: frozenset[str]
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    target: tuple[str, ...]
    noun_source: tuple[str, ...]
    noun_target: tuple[str, ...]
    symmetric: bool
    bare: bool
    # the entry fires only when one of these words (surface or root) follows the trigger
    # in its clause ("menuntut ... lima tahun penjara" is a charge, not a demand)
    requires: frozenset[str] = frozenset()
    # ... and never when one of these follows ("diperiksa sebagai saksi" is no arrest)
    excludes: frozenset[str] = frozenset()
    # the trigger names obtaining what was asked for ("mendapatkan jaminan"): a failure to
    # obtain it still says it was asked, so a negator does not negate the request
    asked: bool = False
    # words a phrase may skip between two of its words ("menetapkan Sekretaris Jenderal
    # partai Budi sebagai tersangka": an office title before the name)
    reach: int = 3
    # the phrase is a predicate without a verbal prefix ("X salut kepada Y", "X tidak terima
    # Y"): its nominal reading takes the clause subject without a light verb
    predicate: bool = False
    # the subject receives what the trigger names ("X menerima bantuan dari Y"): the actor of
    # the frame's target slot (``dari``) is the source and the subject the target
    received: bool = False
    # what follows the trigger in its clause is what the speaker says of the target ("menuduh
    # Iran mendukung Hamas", "menyebut misi itu sebagai propaganda untuk mendukung Hamas"):
    # the accusation's content, not an event of its own
    content: bool = False
    # a label phrase ("menyebut X sebagai ancaman"): it fires only when a word of the
    # label lists of cues.yaml (`wrongdoing_labels`, `hostile_labels`) stands right after
    # it, and the label decides the code (a wrongdoing 112, a hostile name 111)
    label: bool = False
    # the verb names an aim ("menargetkan"): coordinated with what its subject can or will do
    # ("menargetkan X dan bisa segera ..."), the aim is stated, not carried out: a threat of
    # force made now (THREATEN 138)
    aim: bool = False
    # the trigger is another word sense right after one of these words ("kebutuhan
    # mendesak": urgent, no demand) or right before one of these ("permintaan ekspor":
    # market demand, no request)
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    by_root: Mapping[str, tuple[Entry, ...]]
    by_noun: Mapping[str, tuple[Entry, ...]]
    by_phrase_head: Mapping[str, tuple[tuple[tuple[str, ...], Entry], ...]]
    # a phrase word written as a suffixed stem ("kenakan", "akui") → its root ("kena",
    # "aku"), so that "mengenakan tarif" matches "kenakan tarif"
    stem_roots: Mapping[str, str] = field(default_factory=dict)


def _words(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ResourceError(f"events/id/verbs.yaml {where}: expected a list of words")
    return [v.lower() for v in value]


def _slots(value: Any, allowed: frozenset[str], where: str) -> tuple[str, ...]:
    slots = tuple(_words(value, where))
    bad = [s for s in slots if s not in allowed]
    if bad or not slots:
        raise ResourceError(f"events/id/verbs.yaml {where}: invalid frame slot(s) {bad}")
    return slots


def _entry(raw: Mapping[str, Any], noun_frame: Mapping[str, Any], resources: Resources,
           seen: set[str]) -> Entry:
    ident = str(raw.get("id") or "")
    if not ident or ident in seen:
        raise ResourceError(f"events/id/verbs.yaml: missing or duplicate id {ident!r}")
    seen.add(ident)
    cameo = str(raw.get("cameo") or "")
    onto = load_ontology(resources)
    plover = onto.plover_of(cameo)
    if plover is None:
        raise ResourceError(f"events/id/verbs.yaml {ident}: CAMEO {cameo!r} has no PLOVER type")
    frame = raw.get("frame") or {}
    unknown = set(raw) - {"id", "cameo", "verbs", "prefixes", "suffixes", "nouns", "phrases",
                          "frame", "noun_frame", "symmetric", "bare", "requires",
                          "excludes", "asked", "reach", "predicate", "content", "label",
                          "aim", "not_after", "not_before", "received"}
    if unknown:
        raise ResourceError(f"events/id/verbs.yaml {ident}: unknown keys {sorted(unknown)}")
    nf = raw.get("noun_frame") or noun_frame
    entry = Entry(
        id=ident, cameo=cameo, plover=plover,
        verbs=frozenset(_words(raw.get("verbs"), ident)),
        prefixes=frozenset(str(p) for p in raw.get("prefixes") or ()),
        suffixes=frozenset(str(p) for p in raw.get("suffixes") or ()),
        nouns=frozenset(_words(raw.get("nouns"), ident)),
        phrases=tuple(tuple(p.lower().split()) for p in _words(raw.get("phrases"), ident)),
        target=_slots(frame.get("target"), TARGET_SLOTS, f"{ident}.frame.target"),
        noun_source=_slots(nf.get("source"), SOURCE_SLOTS, f"{ident}.noun_frame.source"),
        noun_target=_noun_target(raw, nf, frame, ident),
        symmetric=bool(raw.get("symmetric", False)),
        bare=bool(raw.get("bare", False)),
        requires=frozenset(_words(raw.get("requires"), ident)),
        excludes=frozenset(_words(raw.get("excludes"), ident)),
        asked=bool(raw.get("asked", False)),
        reach=int(raw.get("reach", 3)),
        predicate=bool(raw.get("predicate", False)),
        received=bool(raw.get("received", False)),
        content=bool(raw.get("content", False)),
        label=bool(raw.get("label", False)),
        aim=bool(raw.get("aim", False)),
        not_after=frozenset(_words(raw.get("not_after"), ident)),
        not_before=frozenset(_words(raw.get("not_before"), ident)),
    )
    if not (entry.verbs or entry.nouns or entry.phrases):
        raise ResourceError(f"events/id/verbs.yaml {ident}: no verbs, nouns or phrases")
    if entry.prefixes - VERBAL_PREFIXES:
        raise ResourceError(f"events/id/verbs.yaml {ident}: unknown prefixes")
    return entry


def _noun_target(raw: Mapping[str, Any], nf: Mapping[str, Any], frame: Mapping[str, Any],
                 ident: str) -> tuple[str, ...]:
    """The target slots of a nominal reading. An entry without a ``noun_frame`` of its own
    reads the default slots, then any slot of its own frame the default lacks: a phrase or
    noun keeps what its entry says of it (``mediasi antara A dan B``, ``bom bunuh diri di
    Suriah``); not ``none``: a bare noun (``demonstrasi``) names no event of its own."""
    slots = _slots(nf.get("target"), TARGET_SLOTS, f"{ident}.noun_frame.target")
    if raw.get("noun_frame"):
        return slots
    own = _slots(frame.get("target"), TARGET_SLOTS, f"{ident}.frame.target")
    return (*slots, *(s for s in own if s not in slots and s != "none"))


def _build(resources: Resources) -> Lexicon:
    data = resources.get("events/id/verbs.yaml")
    if not isinstance(data, Mapping) or not isinstance(data.get("entries"), list):
        raise ResourceError("events/id/verbs.yaml: expected a mapping with 'entries'")
    seen: set[str] = set()
    entries = tuple(_entry(e, data.get("noun_frame") or {}, resources, seen)
                    for e in data["entries"])
    by_root: dict[str, list[Entry]] = {}
    by_noun: dict[str, list[Entry]] = {}
    by_head: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for e in entries:
        for v in e.verbs:
            by_root.setdefault(v, []).append(e)
        for n in e.nouns:
            if " " in n:
                by_head.setdefault(n.split()[0], []).append((tuple(n.split()), e))
            else:
                by_noun.setdefault(n, []).append(e)
        for p in e.phrases:
            by_head.setdefault(p[0], []).append((p, e))
    stem_roots: dict[str, str] = {}
    for e in entries:
        for p in (*e.phrases, *(tuple(n.split()) for n in e.nouns if " " in n)):
            for w in p:
                a = analyze(w, resources)
                if set(a.suffixes) & {"kan", "i"} and not a.prefixes and a.root != w:
                    stem_roots[w] = a.root
    for w, root in stem_roots.items():
        for pe in by_head.get(w, []):
            by_head.setdefault(root, []).append(pe)
    # entries with a required context are tried before the plain entry of the same word
    return Lexicon(
        stem_roots=stem_roots,
        entries=entries,
        by_root={k: tuple(sorted(v, key=lambda e: not e.requires))
                 for k, v in by_root.items()},
        by_noun={k: tuple(sorted(v, key=lambda e: not e.requires)) for k, v in by_noun.items()},
        by_phrase_head={k: tuple(sorted(v, key=lambda pe: (-len(pe[0]), not pe[1].requires)))
                        for k, v in by_head.items()},
    )


def load_lexicon(resources: Resources) -> Lexicon:
    """The compiled lexicon of this bundle (built once, cached on it)."""
    return resources.derived("events.lexicon", _build)
