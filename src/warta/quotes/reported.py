"""Reported speech: a speech or claim verb with its clause, ``menurut X, …``, and an
attribution printed after the clause (``…, kata juru bicara itu``, ``…, sebut Kremlin``).

The reported content runs from after the verb (and after ``bahwa`` when it follows within
a few words: ``mengatakan kepada Putin bahwa …``, ``mengatakan pada Rabu (18/6), bahwa …``)
to the end of the sentence, cut before a coordinated second speech verb (``… dan menegaskan
…``, which starts its own quote) and before a trailing attribution. ``weak`` verbs
(``menyampaikan``, ``mengumumkan``) take a noun object as often as a clause, so they count
only with ``bahwa``, a comma or a colon after them. A verb followed by a quotation mark
introduces a direct quote instead (``detect``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.doc import Span
from warta.quotes.attribute import SpeakerRef, after_cue, subject
from warta.quotes.lexicon import Lexicon
from warta.quotes.text import WORD

MIN_WORDS = 3
BAHWA_WINDOW = 16
EARLY = 7  # words after a weak verb within which a predicate makes it a clause
NOT_CLAUSE = frozenset({"apakah", "soal", "tentang", "terkait", "mengenai", "hal", "kepada",
                        "dengan", "untuk", "bagaimana", "siapa", "mengapa", "kenapa", "akan",
                        "belum", "terima", "dukungannya", "pihaknya", "kabar", "pernyataan"})
# a reporting verb after these is not an act of saying ('tidak membantah apakah …')
NOT_SPEECH_BEFORE = frozenset({"untuk", "akan", "tidak", "tak", "belum", "ingin", "enggan",
                               "bisa", "dapat", "sempat", "mau"})
_TRAIL = re.compile(r",\s*(?:(?:demikian|seperti|sebagaimana)\s+)?([a-z]+)\s+[^,.;]{1,80}$")


_CONTRAST = re.compile(r",\s*(?:namun|tetapi|tapi|sedangkan|sementara|setelah)\s[^,]{0,60}$")
# a subject whose head names a news medium: 'Media Iran melaporkan bahwa …' is sourcing, not
# a statement (GUIDE: an outlet as source is wire, not a speaker)
MEDIA_HEADS = frozenset({"media", "laman", "situs", "harian", "surat", "televisi", "stasiun",
                         "kantor", "outlet", "portal"})


@dataclass(frozen=True)
class Reported:
    text: Span
    cue: str
    cue_start: int
    speaker: SpeakerRef
    reported_by: str | None = None


def _clean_end(body: str, start: int, end: int) -> int:
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".;"):
        end -= 1
    return end


def _glued_verb(word: str, lex: Lexicon) -> int:
    """``Putinmengatakan`` → index where the verb starts (0 when not glued)."""
    if len(word) < 9 or not word[0].isupper():
        return 0
    for k in range(2, len(word) - 5):
        if word[k:].casefold() in lex.verbs and word[k - 1].islower():
            return k
    return 0


def _trailing_attribution(body: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Offset of the comma of ``…, kata X`` / ``…, sebut Kremlin`` closing a clause."""
    m = _TRAIL.search(body, start, end)
    if m and lex.after_cue(m.group(1)) and not lex.is_reporting_verb(m.group(1)):
        return m.start()
    return None


def find_reported(body: str, sents: Sequence[Span], blocked: Sequence[Span],
                  lex: Lexicon) -> list[Reported]:
    out: list[Reported] = []
    prev: Span | None = None
    for sent in sents:
        inside = sorted((b for b in blocked if b.start < sent.end and sent.start < b.end),
                        key=lambda b: b.start)
        if inside:
            # a sentence the segmenter ran into a quotation ('… di lingkungan TNI."Mutasi
            # ini …'): the words before the quotation still report speech
            head = Span(sent.start, inside[0].start)
            lead = body[sent.start:inside[0].start].rstrip()
            if len(inside) == 1 and lead and lead[-1].isalpha() \
                    and not body[inside[0].end:sent.end].strip(" .,;\"”’'"):
                # a quoted phrase closing a reported clause ('… bahwa ia tidak suka dan
                # "mungkin tidak akan pernah suka."') belongs to the clause
                head = sent
            if len(WORD.findall(body, head.start, head.end)) >= MIN_WORDS + 3:
                out.extend(_in_sentence(body, head, prev, lex))
            prev = sent
            continue
        out.extend(_in_sentence(body, sent, prev, lex))
        prev = sent
    return out


def _in_sentence(body: str, sent: Span, prev: Span | None, lex: Lexicon) -> list[Reported]:
    end = _clean_end(body, sent.start, sent.end)
    ws = list(WORD.finditer(body, sent.start, end))
    found: list[Reported] = []
    trail = _trailing_attribution(body, sent.start, end, lex)
    used_until = sent.start
    for k, m in enumerate(ws):
        if m.start() < used_until:
            continue
        word = m.group()
        low = word.casefold()
        glue = _glued_verb(word, lex)
        if glue:
            low = low[glue:]
        if low in lex.according or low == "menurutnya":
            rep = _according(body, sent, end, ws, k, lex)
            if rep:
                found.append(rep)
                used_until = rep.text.end
            continue
        if low in lex.passive and k + 1 < len(ws):
            rep = _passive(body, sent, prev, end, ws, k, lex)
            if rep:
                found.append(rep)
                used_until = rep.text.end
            continue
        if not lex.is_reporting_verb(low):
            continue
        if k > 0 and ws[k - 1].group().casefold() in NOT_SPEECH_BEFORE:
            continue
        verb_end = m.end()
        after = body[verb_end:end]
        lead = after.lstrip()
        if not lead or lead[0] in "\"“”'‘":
            continue
        punct = lead[0] in ",:"
        rest = [w for w in WORD.finditer(body, verb_end, end)]
        bahwa = next((i for i, w in enumerate(rest[:BAHWA_WINDOW])
                      if w.group().casefold() == "bahwa"), None)
        if bahwa is not None and any(lex.is_reporting_verb(w.group())
                                     for w in rest[:bahwa]):
            bahwa = None
        if bahwa is not None:
            c_start = rest[bahwa].end()
        elif low in lex.weak and not punct and not _early_predicate(rest, lex):
            continue
        else:
            if not rest or rest[0].group().casefold() in NOT_CLAUSE:
                continue
            if not punct and not _has_predicate(rest, lex):
                continue
            c_start = rest[0].start()
        c_end = end if trail is None or trail < c_start else trail
        # a coordinated second speech verb starts its own quote
        for i, w in enumerate(WORD.finditer(body, c_start, c_end)):
            if i and lex.is_reporting_verb(w.group()):
                before = body[c_start:w.start()].rstrip()
                if re.search(r"(?:,|\bdan|\bserta)(?:\s+juga)?$", before):
                    c_end = c_start + len(before)
                    c_end -= len(re.search(r"(?:,|\s*\bdan|\s*\bserta)(?:\s+juga)?$",
                                           before).group())  # type: ignore[union-attr]
                    break
            if i and (lex.is_reporting_verb(w.group()) or w.group().casefold() in lex.passive):
                # '…, namun pihak Israel menyatakan …' / '…, namun tudingan itu dibantah
                # oleh …': a contrasting clause with its own speaker
                turn = _CONTRAST.search(body[c_start:w.start()])
                if turn:
                    c_end = c_start + turn.start()
                    break
        c_start = _skip_space(body, c_start, c_end)
        c_end = _clean_end(body, c_start, c_end)
        if len(WORD.findall(body, c_start, c_end)) < MIN_WORDS:
            continue
        verb_start = m.start() + glue
        if k > 0 and ws[k - 1].group().casefold() == "yang":
            spk = subject(body, sent.start, ws[k - 1].start(), lex)
        else:
            spk = subject(body, sent.start, verb_start, lex)
        if (spk.text and spk.text.split()[0].casefold() in MEDIA_HEADS) \
                or _media_before(body, sent.start, verb_start):
            continue
        by = None
        paren = re.search(r",\s*(sebut|kata|ujar|menurut)\s+([A-Z][\w ]{1,40}?),",
                          body[sent.start:verb_start])
        if paren:
            by = paren.group(2)
        found.append(Reported(Span(c_start, c_end), body[verb_start:m.end()], verb_start,
                              spk, by))
        used_until = c_end
    if trail is not None and not found:
        m2 = _TRAIL.search(body, sent.start, end)
        assert m2 is not None
        c_start = _skip_space(body, sent.start, trail)
        if len(WORD.findall(body, c_start, trail)) >= MIN_WORDS and body[c_start] not in "\"“”":
            cue_start = m2.start(1)
            spk = after_cue(body, m2.end(1), end, lex)
            found.append(Reported(Span(c_start, _clean_end(body, c_start, trail)), m2.group(1),
                                  cue_start, spk))
    return found


VERB_PREFIX = re.compile(r"^(?:me|ber|di|ter|per)[a-z]{3,}$")


def _has_predicate(rest: Sequence[re.Match[str]], lex: Lexicon) -> bool:
    for w in rest[:14]:
        low = w.group().casefold()
        if low in ("yang", "bahwa"):
            return False
        if low in lex.predicates or (VERB_PREFIX.match(low) and low not in lex.generic_speakers
                                     and low not in ("mereka", "media", "menteri", "militer")):
            return True
    return False


def _media_before(body: str, start: int, verb_start: int) -> bool:
    """``Sejumlah media Israel melaporkan …``: a medium heads the words before the verb."""
    clause = body[start:verb_start]
    clause = clause[clause.rfind(",") + 1:]
    words = [w.casefold() for w in WORD.findall(clause)]
    while words and words[0] in ("sejumlah", "beberapa", "para", "banyak", "salah", "satu"):
        words = words[1:]
    return bool(words) and words[0] in MEDIA_HEADS and len(words) <= 5


def _early_predicate(rest: Sequence[re.Match[str]], lex: Lexicon) -> bool:
    """A weak verb's complement is a clause when a predicate word comes within a few
    words (``menjelaskan Budi tidak datang``, ``mengungkapkan kunjungan ini menjadi …``),
    not a noun object (``menyampaikan terima kasih kepada …``)."""
    if not rest or rest[0].group().casefold() in NOT_CLAUSE:
        return False
    for w in rest[1:EARLY]:
        low = w.group().casefold()
        if low in ("yang", "bahwa", "dan", "untuk", "agar", "supaya"):
            return False  # a relative clause or a request ('mengimbau warga untuk …')
        if low in lex.predicates:
            return True
    return False


def _skip_space(body: str, start: int, end: int) -> int:
    while start < end and (body[start].isspace() or body[start] in ",:"):
        start += 1
    return start


# ', [honorifics] Name[, degrees]' after a 'menurut' phrase; 'stop' is the comma closing
# it (or nothing before a lower-case word)
_HONORIFIC_NAME = re.compile(
    r",\s*(?P<hon>(?:[A-Za-z]+\.?\s+)*?)(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}?)"
    r"(?P<deg>(?:\s*,\s*[A-Z][A-Za-z]*\.(?:\s?[A-Za-z]+\.?)*)*)"
    r"(?P<stop>\s*,|(?=\s+[a-z]))")
# the appositive name is the first of a list ('…, Fulan, Fulanah dan Fulan …')
_LIST_AHEAD = re.compile(r"\s*(?:(?:dan|serta|atau)\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                         r"\s*(?:,|\b(?:dan|serta|atau)\b))")


def _according_appositive(body: str, comma: int, end: int, phrase: str,
                          lex: Lexicon) -> tuple[SpeakerRef, int] | None:
    """'Menurut <title phrase>, <Name>, clause' (or '…, Profesor Name clause'): the name
    in apposition to a description of a person is the speaker; returns it and where the
    clause starts."""
    words = phrase.split()
    if not words or words[0].casefold() in lex.record_words:
        return None
    first = words[0]
    if not (first in lex.person_titles or first.casefold() in lex.generic_speakers
            or first[0].islower()):
        return None
    m = _HONORIFIC_NAME.match(body, comma, end)
    if not m:
        return None
    hon = m.group("hon").split()
    name_start, name = m.start("name"), m.group("name")
    while name.split()[0].rstrip(".") in lex.name_honorifics and len(name.split()) > 1:
        hon.append(name.split()[0])  # 'Profesor Fulan …': the honorific opens the run
        cut = len(name.split()[0])
        cut += len(name[cut:]) - len(name[cut:].lstrip())
        name_start, name = name_start + cut, name[cut:]
    if any(h.rstrip(".") not in lex.name_honorifics for h in hon):
        return None
    head = name.split()[0]
    if head in lex.not_names or head in lex.places or head in lex.region_heads \
            or head in lex.person_titles or head.casefold() in lex.non_person_heads:
        return None
    if not m.group("stop").strip() and not hon:
        return None  # 'Menurut analis, Presiden Fulan akan …' is the clause's subject
    if _LIST_AHEAD.match(body, m.end(), end):
        return None  # a list of names: 'Menurut pengamat, Fulan, Fulanah dan Fulan sama …'
    return SpeakerRef("name", name, name_start, name_start + len(name)), m.end()


def _according(body: str, sent: Span, end: int, ws: list[re.Match[str]], k: int,
               lex: Lexicon) -> Reported | None:
    m = ws[k]
    word = m.group()
    comma = body.find(",", m.end(), end)
    if word.casefold() == "menurutnya":
        spk = SpeakerRef("pronoun", word, m.start(), m.end())
        phrase_end = m.end()
    else:
        if comma < 0:
            # '…, menurut X.' closes the clause
            spk = after_cue(body, m.end(), end, lex)
            head = body[sent.start:m.start()].rstrip().rstrip(",")
            c_start = _skip_space(body, sent.start, sent.start + len(head))
            if len(WORD.findall(head)) < MIN_WORDS or spk.kind == "none":
                return None
            return Reported(Span(c_start, sent.start + len(head)), word, m.start(), spk)
        spk = after_cue(body, m.end(), comma, lex)
        phrase_end = comma
        phrase = body[m.end():comma]
        appo = _according_appositive(body, comma, end, phrase, lex)
        if appo:
            # 'Menurut Senior Manager Humas Maskapai X, Rudi Hartono, maskapai …': the
            # name in apposition to the title is the speaker; the clause follows it
            spk, phrase_end = appo
        if len(WORD.findall(phrase)) > 10:
            return None
        for w in ("laporan", "data", "keterangan", "catatan", "informasi", "pernyataan"):
            if phrase.strip().casefold().startswith(w + " ") and spk.kind != "name":
                runs = [r for r in WORD.finditer(phrase) if r.group()[0].isupper()]
                if runs:
                    s = m.end() + runs[0].start()
                    spk = SpeakerRef("name", body[s:comma].strip(), s, comma)
    if spk.kind == "name" and lex.is_wire(spk.text):
        return None
    c_start = _skip_space(body, phrase_end, end)
    if c_start >= end or body[c_start] in "\"“”":
        return None
    head = body[sent.start:m.start()].strip()
    c_end = _clean_end(body, c_start, end)
    if len(WORD.findall(body, c_start, c_end)) < MIN_WORDS:
        return None
    return Reported(Span(c_start, c_end), word, m.start(), spk)


def _passive(body: str, sent: Span, prev: Span | None, end: int, ws: list[re.Match[str]],
             k: int, lex: Lexicon) -> Reported | None:
    m = ws[k]
    rest = ws[k + 1:]
    pos = m.end()
    if rest and rest[0].group().casefold() == "juga":
        rest = rest[1:]
    if rest and rest[0].group().casefold() == "oleh":
        pos = rest[0].end()
    elif not (rest and rest[0].group()[0].isupper()):
        return None
    bahwa = body.find(" bahwa ", pos, end)
    if bahwa >= 0:
        spk = after_cue(body, pos, bahwa, lex)
        c_start = bahwa + len(" bahwa ")
        c_end = _clean_end(body, c_start, end)
    else:
        # 'Hal ini diungkapkan oleh X.': the previous sentence is the statement
        opening = body[sent.start:m.start()].strip().casefold()
        if not re.fullmatch(r"hal (?:ini|itu|tersebut)(?: juga)?", opening) or prev is None:
            return None
        spk = after_cue(body, pos, end, lex)
        c_start = prev.start
        c_end = _clean_end(body, prev.start, prev.end)
    if spk.kind == "none" or len(WORD.findall(body, c_start, c_end)) < MIN_WORDS:
        return None
    return Reported(Span(c_start, c_end), m.group(), m.start(), spk)
