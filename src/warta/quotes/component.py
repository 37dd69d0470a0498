"""The ``quotes.v1`` component: direct and reported quotes with resolved speakers.

Needs only ``body`` (paragraphs and sentences are used when the language layer provides
them; otherwise a punctuation split stands in). When ``entities`` are present a speaker is
resolved to an entity (``speaker`` = ``Entity.id``, ``speaker_code`` = its code); without
them the speaker is the name printed in the text and the entity fields stay null.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from warta.doc import Document, Entity, Quote, Span, Token
from warta.quotes.attribute import (
    Resolver,
    SpeakerRef,
    after_cue,
    anonymous_subject,
    sentence_subject,
    subject,
)
from warta.quotes.detect import DirectQuote, find_direct
from warta.quotes.lexicon import Lexicon, lexicon
from warta.quotes.reported import Reported, find_reported
from warta.quotes.subject import parse_subject
from warta.quotes.text import WORD, containing, paragraphs, sentences
from warta.resources import Resources


class QuotesComponent:
    name = "quotes"
    version = "1"
    requires = frozenset({"body"})
    provides = frozenset({"quotes"})

    def __call__(self, doc: Document, resources: Resources) -> Document:
        quotes = extract_quotes(doc.body, resources, doc.paragraphs, doc.sentences,
                                doc.entities, doc.tokens)
        return dataclasses.replace(doc, quotes=quotes)

    def wants_parse(self, words: Sequence[str], resources: Resources) -> bool:
        """The parse is read only for the subject of a speech cue (``parse_subject``):
        sentences holding one of the cue words of ``quote_cues.tsv``. Not for ``lead`` words
        (``Demikian``), which only lead into a cue, nor for a cue's ``-nya`` form
        (``katanya``), whose speaker is the pronoun's antecedent, not a parsed subject."""
        cues = resources.derived("quotes.parse_cues", _parse_cues)
        return any(w in cues for w in words)


def _parse_cues(resources: Resources) -> frozenset[str]:
    return frozenset(w for row in resources.get("lang/id/quote_cues.tsv")
                     if row["role"] != "lead" for w in str(row["cue"]).casefold().split())


def _direct_ref(body: str, q: DirectQuote, sents: Sequence[Span], lex: Lexicon) -> SpeakerRef:
    cue = q.cue
    sent = containing(sents, q.open_mark) or Span(0, len(body))
    if cue is None or cue.side == "none":
        return SpeakerRef("none")
    if cue.side == "after":
        if cue.pronominal:
            return SpeakerRef("pronoun", cue.word, cue.start, cue.end)
        between = [w.group().casefold() for w in WORD.finditer(body, q.close_mark, cue.start)]
        if between and between[-1] in lex.pronouns:
            return SpeakerRef("pronoun", between[-1], cue.start, cue.end)
        if between and body[q.close_mark + 1:cue.start].strip(" ,")[:1].isupper():
            s = body.find(between[0], q.close_mark) if False else q.close_mark + 1
            seg = body[s:cue.start].strip(" ,")
            start = body.find(seg, s)
            return SpeakerRef("name", seg, start, start + len(seg))
        end = containing(sents, cue.start)
        limit = end.end if end else len(body)
        return after_cue(body, cue.end, limit, lex)
    if cue.side == "colon":
        start = max(sent.start, _para_start(body, q.open_mark))
        verbs = [m for m in WORD.finditer(body, start, q.open_mark)
                 if lex.is_reporting_verb(m.group())]
        if verbs:  # 'Namun dia mengatakan kepada wartawan bahwa: "…"': the verb's subject
            ref = subject(body, start, verbs[-1].start(), lex)
            if ref.kind != "none":
                return ref
        return subject(body, start, q.open_mark - 1, lex)
    if cue.word.casefold() in lex.according:
        return after_cue(body, cue.end, q.open_mark, lex)
    if cue.pronominal:
        return SpeakerRef("pronoun", cue.word, cue.start, cue.end)
    return subject(body, max(sent.start, _para_start(body, q.open_mark)), cue.start, lex)


def _para_start(body: str, pos: int) -> int:
    k = body.rfind("\n\n", 0, pos)
    return 0 if k < 0 else k + 2


def _relay(body: str, start: int, end: int, lex: Lexicon) -> str | None:
    """A news agency named after a relay cue (``dilansir AFP``) between start and end."""
    seg = body[start:end]
    low = seg.casefold()
    for cue in lex.relay_cues:
        i = low.find(cue)
        if i < 0:
            continue
        tail = seg[i + len(cue):i + len(cue) + 60]
        tail = re.sub(r"^(?:\s*(?:kantor berita|dari|media|situs|laman))*\s*", "", tail)
        for wire in lex.wires:
            if tail.startswith(wire):
                return wire
    return None


def extract_quotes(body: str, resources: Resources, given_paragraphs: Sequence[Span] = (),
                   given_sentences: Sequence[Span] = (),
                   entities: Sequence[Entity] = (),
                   tokens: Sequence[Token] = ()) -> tuple[Quote, ...]:
    """All quotes of one article body, in text order."""
    lex = lexicon(resources)
    paras = paragraphs(body, given_paragraphs)
    sents = sentences(body, paras, given_sentences)
    directs = find_direct(body, paras, sents, lex)
    blocked = [Span(q.open_mark, q.close_mark + 1) for q in directs]
    reported = find_reported(body, sents, blocked, lex)
    items: list[tuple[int, int, object]] = []
    anonymous: list[int] = []
    for s in sents:
        ref = sentence_subject(body, s, lex)
        if ref.kind == "name" and not any(b.start <= ref.start < b.end for b in blocked):
            items.append((ref.start, 0, ref))
        anon = anonymous_subject(body, s)
        if anon is not None and not any(b.start <= anon < b.end for b in blocked):
            anonymous.append(anon)
    for q in directs:
        pos = q.cue.start if q.cue is not None and q.cue.side != "none" else q.open_mark
        items.append((pos, 1, q))
    for r in reported:
        items.append((r.cue_start, 1, r))
    items.sort(key=lambda t: (t[0], t[1]))
    resolver = Resolver(body, lex, entities, sents)
    for anon in anonymous:
        resolver.note_anonymous(anon)
    out: list[Quote] = []
    for pos, _kind, item in items:
        if isinstance(item, SpeakerRef):
            if not lex.is_wire(item.text):
                resolver.note(pos, item.text, subject=True)
            continue
        if isinstance(item, DirectQuote):
            ref = _direct_ref(body, item, sents, lex)
            sent = containing(sents, item.close_mark)
            relay = _relay(body, item.close_mark, sent.end if sent else item.close_mark, lex)
            start, end, text = item.start, item.end, item.text(body)
            qkind = "direct"
            cue = item.cue.word if item.cue and item.cue.side not in ("none", "colon") else None
            cue_start = item.cue.start if cue and item.cue else None
            conf = 0.9 if ref.kind == "name" else 0.8 if cue else 0.6
        else:
            assert isinstance(item, Reported)
            ref = item.speaker
            sent = containing(sents, item.cue_start)
            relay = item.reported_by or _relay(body, sent.start if sent else item.text.start,
                                               sent.end if sent else item.text.end, lex)
            start, end = item.text.start, item.text.end
            text, qkind, cue, cue_start = body[start:end], "indirect", item.cue, item.cue_start
            conf = 0.7
        if ref.kind == "name" and lex.is_wire(ref.text):
            relay, ref = ref.text, SpeakerRef("none")
        res = resolver.resolve(ref, pos, start if qkind == "direct" else None)
        if cue_start is not None and ref.kind != "pronoun" and (
                res.entity is None or res.entity.type != "PER"):
            parsed = parse_subject(tokens, entities, cue_start)
            if parsed is None and res.entity is None and not (
                    res.name and sent is not None and res.name in body[sent.start:cue_start]):
                # no speaker named before the cue in its sentence (word order found none,
                # or carried one over from an earlier sentence): a state or an
                # organisation may be the subject, set off from its verb by a relative
                # clause ("Namun China, yang …, mengatakan bahwa …")
                parsed = parse_subject(tokens, entities, cue_start, actors=True)
            if parsed is not None and parsed.text.split()[0] in lex.not_names:
                parsed = None  # 'Kala itu, …, X menjelaskan': an opener the NER took for a name
            if parsed is not None:
                res = resolver.resolve(parsed, pos)
        if res.name:
            resolver.note(pos, res.name)
        ent = res.entity
        out.append(Quote(start=start, end=end, text=text, kind=qkind,  # type: ignore[arg-type]
                         cue=cue, cue_start=cue_start,
                         speaker=ent.id if ent else None, speaker_name=res.name,
                         speaker_code=ent.code if ent else None, reported_by=relay,
                         confidence=conf))
    out.sort(key=lambda q: q.start)
    return tuple(out)
