"""When and how an event holds: its status (occurred, negated, future), its date from the
sentence's date mentions or the statement's, and the attribution (``menurut X``).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Literal

from warta.doc import DateMention, Document, Span
from warta.events import fallback as F
from warta.events.records import Actor, Context, Trigger, Word

Status = Literal["occurred", "negated", "future"]
# types whose trigger can be the speech act itself: inside a quote, the speaker is the
# source when the sentence names none ("Kami menolak usulan AS," kata Menlu)
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})


def status(ctx: Context, words: Sequence[Word], trig: Trigger, left: int) -> Status:
    """Whether the act happened, is denied or negated, or is yet to come, from the words
    before the trigger back to the clause start ``left``."""
    if words[trig.first].low in ctx.cues.negators:
        return "occurred"  # "tidak akan menerima seruan X": the refusal is stated now
    window = [w.low for w in words[max(left, trig.first - 4): trig.first]]
    whole_left = [w.low for w in words[max(0, trig.first - 8): trig.first]]
    if words[trig.first].low not in ctx.cues.negators:  # "tidak mengakui" is the event
        if any(w in ctx.cues.denials for w in whole_left):
            return "negated"
        if any(_negates(ctx, words, i) for i in range(max(left, trig.first - 4), trig.last)
               if i < trig.first or not _own_word(trig, words[i])):
            return "negated"  # also inside a phrase's gap: "yang izinnya tak dicabut"
    if trig.first > 0 and words[trig.first - 1].low in ctx.cues.nearly:
        return "negated"  # "nyaris menembak", "hampir menyerang": it did not happen
    roots = [w.root for w in words[max(left, trig.first - 4): trig.first]]
    if any(w in ctx.cues.future for w in window) or any(r in ctx.cues.future for r in roots):
        return "future"  # "rencananya untuk membunuh": the plan's root counts
    if trig.first > 0 and words[trig.first - 1].low == "untuk" and any(
            w.root in ctx.cues.preparing for w in words[max(left, trig.first - 8): trig.first]):
        return "future"  # "mempersiapkan rudal dan peralatan lainnya untuk menyerang"
    if trig.kind == "noun" and _planned_subject(ctx, words, trig, left):
        return "future"  # "Pertemuan X dan Y itu akan digelar pekan depan"
    return "occurred"


def _planned_subject(ctx: Context, words: Sequence[Word], trig: Trigger, left: int) -> bool:
    """A nominal trigger opening its clause whose predicate says it is yet to be held:
    the first verb after it, within twelve words, is a passive or ``berlangsung`` with a
    future word right before it (``Pertemuan X dan Y akan dilaksanakan``, ``... akan
    berlangsung``), or is itself one (``Pertemuan ... dijadwalkan pada Senin``). Not a
    predicate of going on (``Serangan X akan terus berlanjut``: it is under way)."""
    if any(F.is_verb(w) for w in words[left: trig.first]):
        return False
    hi = F.clause(words, trig.last, ctx.cues.clause_breaks)[1]
    for i in range(trig.last + 1, min(hi, trig.last + 13)):
        w = words[i]
        if not F.is_verb(w):
            continue
        if w.low in ctx.cues.future:
            return True
        if not (w.passive or "di" in w.prefixes or w.root == "langsung"):
            return False
        j = i - 1
        while j > trig.last and words[j].low in ctx.cues.subject_gap and (
                words[j].low not in ctx.cues.future):
            j -= 1
        return j > trig.last and words[j].low in ctx.cues.future
    return False


def _negates(ctx: Context, words: Sequence[Word], i: int) -> bool:
    """Word ``i`` is a negator that negates: not one opening an idiom (``cues.yaml``
    ``not_negating``: ``tak lama setelahnya`` is soon after, ``tidak hanya`` not only)."""
    return words[i].low in ctx.cues.negators and not (
        i + 1 < len(words) and words[i + 1].low in ctx.cues.not_negating)


def _own_word(trig: Trigger, w: Word) -> bool:
    """``w`` is a word of the trigger's own phrase (``tidak memenuhi panggilan``: its
    ``tidak`` is the act, a refusal, not a negation of it)."""
    parts = {p for ph in trig.entry.phrases for p in ph}
    return w.low in parts or w.root in parts


def week_ago(ctx: Context, d: DateMention | None, doc: Document) -> DateMention | None:
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


def date(ctx: Context, words: Sequence[Word], dates: Sequence[DateMention],
         span: Span, trig: Trigger, body: str) -> DateMention | None:
    """The date mention of the sentence that dates the trigger's act, if any."""
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
    # a time-shifting word after the trigger, in its own clause too, sets a month or year
    # after it apart ("memotong dana itu menyusul resolusi DK PBB, Desember lalu": the
    # resolution's month); a day there may be the statement's ("..., kata X, Jumat (20/6)")
    shifts = [w.end for w in words[trig.last + 1:] if w.low in ctx.cues.time_shift]
    best: DateMention | None = None
    for d in inside:
        if rel is not None and d.start > rel and d.granularity in ("year", "month"):
            continue
        if d.granularity in ("year", "month") and any(
                a < d.start and len(body[a:d.start].split()) > 1 for a in shifts):
            continue
        if any(lo <= d.start < hi for lo, hi in aside):
            continue
        before = [b.strip(",")
                  for b in body[max(span.start, d.start - 40): d.start].lower().split()]
        if any(b in ctx.cues.report_cues for b in before[-4:]):
            continue
        if not speech and d.start < words[trig.first].start and any(
                b in ctx.cues.speech_verbs for b in before[-3:]):
            continue  # "disampaikannya pada Rabu, ... bahwa Israel menyerang": the statement's
        # "Juni lalu" (the cue after the mention), "2018 lalu" (the cue inside it)
        after = [a.strip(".,;:") for a in body[d.end: d.end + 12].lower().split()[:1]
                 ] + d.text.lower().split()[-1:]
        if d.granularity in ("year", "month") and not (
                set(before[-2:]) & ctx.cues.period_cues
                or set(after) & ctx.cues.period_after):
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


def attribution(ctx: Context, words: Sequence[Word], actors: Sequence[Actor]) -> str | None:
    """The name of the actor the sentence is attributed to (``menurut X``)."""
    for a in actors:
        if a.first > 0 and words[a.first - 1].low == "menurut":
            return a.ref.name
    return None


def statement_date(ctx: Context, doc: Document, si: int) -> DateMention | None:
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


def continued_statement(ctx: Context, doc: Document, si: int,
                        pronouns: Mapping[str, str]) -> DateMention | None:
    """The day of the statement that sentence ``si`` goes on with when it opens with a
    pronoun for a person (``Ia``, ``Dia``: ``actors.yaml`` pronouns of type PER) right
    after a sentence that dates a statement (``Hal tersebut disampaikan Dubes X di Jenewa,
    Rabu (18/6). Ia menyebut AS sebagai ...``, read by ``statement_date``): the speaker
    goes on speaking that day."""
    if si == 0 or si >= len(doc.sentences):
        return None
    span = doc.sentences[si]
    first = doc.body[span.start:span.end].split()[:1]
    if not first or pronouns.get(first[0].strip(",").lower()) != "PER":
        return None
    return statement_date(ctx, doc, si - 1)


def occasion_date(ctx: Context, doc: Document, si: int) -> DateMention | None:
    """The date of the occasion or time that sentence ``si`` refers back to, for its undated
    acts. An occasion anywhere in it (``Dalam kesempatan itu``, ``Di kesempatan yang
    sama``, ``usai pertemuan tersebut``, ``pada hari itu``: ``cues.yaml``
    ``occasion_openers`` + ``occasion_nouns`` + ``occasion_ends``) took place on the last
    day the text gave before the sentence; a nearer date that names only a week, month or
    year leaves that day unknown. A sentence opening with a time reference (``Saat itu``,
    ``Ketika itu``: ``time_refs``) is set at the last date of the two sentences before it,
    of any precision (``pada 2015. Saat itu, ...``). A date after a report cue (``dilansir
    AFP, Rabu``) is when a report appeared and is passed over."""
    if si >= len(doc.sentences):
        return None
    span = doc.sentences[si]
    lows = [w.strip(",.;:\"“”()").lower() for w in doc.body[span.start:span.end].split()]
    ends = [e.split() for e in ctx.cues.occasion_ends]
    occasion = any(
        lows[i] in ctx.cues.occasion_openers and lows[i + 1] in ctx.cues.occasion_nouns
        and any(lows[i + 2: i + 2 + len(e)] == e for e in ends) for i in range(len(lows) - 2))
    timed = any(lows[:len(r.split())] == r.split() for r in ctx.cues.time_refs)
    if not (occasion or timed):
        return None
    floor = doc.sentences[max(0, si - 2)].start if not occasion else 0
    for d in reversed(doc.dates):
        if d.end > span.start or not d.value or d.kind == "time":
            continue
        if d.start < floor:
            return None
        before = [b.strip(",") for b in doc.body[max(0, d.start - 40): d.start].lower().split()]
        if any(b in ctx.cues.report_cues for b in before[-4:]):
            continue
        return d if not occasion or d.granularity in ("day", "minute") else None
    return None
