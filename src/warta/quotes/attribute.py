"""Speakers: the phrase next to a cue, and its resolution to a name or an entity.

``after_cue`` reads the speaker printed after a cue (``kata Hashim``, ``kata juru bicara
KPK, Budi Prasetyo,``, ``kata dia``); ``subject`` reads the subject before a reporting verb
(``Trump, yang jarang mengkritik Israel, menyebut …`` → ``Trump``). ``Resolver`` turns
these into a speaker: pronouns and pronoun cues (``ia``, ``dia``, ``katanya``) and definite
descriptions (``juru bicara itu``) take the most recent speaker or sentence subject before
the cue; a surname takes the fullest form of the name printed in the article; when the
entity layer has run, the speaker is the entity whose mention covers or names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from warta.doc import Entity, Span
from warta.quotes.lexicon import Lexicon
from warta.quotes.text import WORD

NAME_LINKS = frozenset({"bin", "binti", "al", "el", "van", "von", "de", "der", "ibn", "abu"})
ANON_QUANTIFIERS = frozenset({"salah", "seorang", "sejumlah", "beberapa", "para", "sebuah",
                              "satu", "dua", "tiga", "empat", "lima", "banyak"})
ANON_HEADS = frozenset({"pejabat", "sumber", "narasumber", "diplomat", "petugas", "saksi"})
STATEMENT_NOUNS = frozenset({"laporan", "pernyataan", "data", "keterangan", "catatan",
                             "informasi", "rilis", "unggahan", "akun"})
GROUP_PRONOUNS = frozenset({"mereka", "pihaknya"})
TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2}
_RELATIVE = re.compile(r",\s*(?:yang|yg)\b[^,]*,")


@dataclass(frozen=True)
class SpeakerRef:
    """What the text says about a speaker at one place."""

    kind: str  # name | pronoun | definite | generic | none
    text: str = ""
    start: int = -1
    end: int = -1


def cap_runs(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (with name links such as ``bin``/``al``) in ``text``."""
    return list(iter_cap_runs(text, offset))


def iter_cap_runs(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """``cap_runs`` one run at a time, for a caller that needs only the first ones
    (``sentence_subject`` reads the run that opens the rest of a sentence)."""
    run: list[re.Match[str]] = []
    for m in WORD.finditer(text):
        w = m.group()
        gap = text[run[-1].end():m.start()] if run else " "
        joined = bool(run) and gap.strip() == ""
        if w[0].isupper() or (w[0].isdigit() and run):
            if run and not joined:
                yield from _nonempty(_run(run, text, offset))
                run = []
            run.append(m)
        elif run and joined and w.casefold() in NAME_LINKS:
            run.append(m)
        else:
            if run:
                yield from _nonempty(_run(run, text, offset))
            run = []
    if run:
        yield from _nonempty(_run(run, text, offset))


def _nonempty(run: tuple[int, int, str]) -> tuple[tuple[int, int, str], ...]:
    """The run, or nothing when only name links made it up."""
    return (run,) if run[2] else ()


def _run(run: list[re.Match[str]], text: str, offset: int) -> tuple[int, int, str]:
    while run and run[-1].group().casefold() in NAME_LINKS:
        run.pop()
    if not run:
        return (0, 0, "")
    return (offset + run[0].start(), offset + run[-1].end(), text[run[0].start():run[-1].end()])


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def unglue(name: str, lex: Lexicon) -> str:
    """Undo scraper glue: ``ASDonald Trump`` → ``Donald Trump``, ``Purbaya Yudhi
    Sadewaberjanji`` → ``Purbaya Yudhi Sadewa``; the name ends where a glued word ends."""
    out: list[str] = []
    for word in name.split():
        pieces = _GLUE.split(word)
        if len(pieces) > 1 and not pieces[0].isupper() and not any(
                p[i:].casefold() in lex.glue_words for p in pieces for i in range(3, len(p) - 4)):
            pieces = [word]  # a brand written in camel case: NetBlocks
        for k, piece in enumerate(pieces):
            low = piece.casefold()
            cut = next((i for i in range(3, len(piece) - 4)
                        if piece[i:].casefold() in lex.glue_words), None)
            if cut is not None:
                out.append(piece[:cut])
                return " ".join(out)
            if k < len(pieces) - 1 and piece.isupper() and len(pieces) > 1:
                continue  # 'AS' glued before a name
            if low:
                out.append(piece)
        if len(pieces) > 1 and not (len(pieces) == 2 and pieces[0].isupper()):
            return " ".join(out)
    return " ".join(out)


def strip_titles(name: str, lex: Lexicon) -> str:
    """``Presiden Rusia Vladimir Putin`` → ``Rusia Vladimir Putin``; ``Laksamana Pertama
    Tunggul`` → ``Tunggul``: drop the words up to the last office word."""
    whole = unglue(name, lex).split() or name.split()
    parts = _after_region(whole, lex)
    last = -1
    for k, w in enumerate(parts):
        after_office = last >= 0 and (last == k - 1 or parts[k - 1] == "dan")
        if w.strip(",.") in lex.person_titles or (after_office
                                                  and w.strip(",.") in lex.office_words):
            last = k
        elif last >= 0 and k < len(parts) - 1 and w.strip(",.") in lex.office_words \
                and w.strip(",.") not in ("Lalu", "Anak", "Hidup"):
            # 'Direktur Jenderal Penanganan Fakir Miskin Kementerian Sosial Asep …': the
            # office runs on to its last portfolio word
            last = k
    rest = parts[last + 1:]
    while len(rest) > 1 and (rest[0].strip(",.") in lex.places
                             or (rest[0].isupper() and not rest[1].isupper())):
        rest = rest[1:]
    acronyms = [k for k, w in enumerate(rest) if len(w) > 1 and w.isupper()]
    if acronyms and acronyms[-1] < len(rest) - 1 and \
            _looks_like_name(" ".join(rest[acronyms[-1] + 1:])):
        # 'Jampidmil Mayjen TNI M Ali Ridho', 'Wakil Ketua DPR RI Sufmi Dasco': a name
        # after the organisation's acronym is the person
        rest = rest[acronyms[-1] + 1:]
    if not rest and len(parts) < len(whole):
        rest = parts  # 'Gubernur Jawa Barat Lukman Hakim': a name ending in a title word
    if rest and rest[0][:1].islower():
        return name  # 'Kepala layanan darurat Iran': an office without a name stays whole
    return " ".join(rest) if rest else name


def _after_region(parts: list[str], lex: Lexicon) -> list[str]:
    """The words after the region an office is for, when a name follows it: ``Wali Kota
    Cimahi Hendra Wijaya`` → ``Hendra Wijaya``; ``Gubernur Jawa Barat X`` → ``X``;
    ``Sekretaris Badan … Kabupaten Garut Rina Marlina`` → ``Rina Marlina``. A region is
    one word after a place word (``Kota``, ``Kabupaten``), or two when the first opens a
    compound region (``Jawa``, ``Nusa``) or the second is a compass word (``Jakarta
    Selatan``); after an office (``Bupati``) only such a two-word region is cut, since
    ``Bupati Rahmat Hidayat`` is followed by the name itself."""
    marks = [k for k, w in enumerate(parts[:-2]) if w in lex.region_marks]
    if not marks:
        return parts
    k = marks[-1]
    two = parts[k + 1] in lex.region_heads or parts[k + 2] in lex.compass
    if not two and parts[k] not in lex.region_places:
        return parts  # 'Bupati Rahmat Hidayat': an office may be followed by the name
    tail = parts[k + 3:] if two else parts[k + 2:]
    return tail if tail and _looks_like_name(" ".join(tail)) else parts


def after_cue(body: str, cue_end: int, limit: int, lex: Lexicon) -> SpeakerRef:
    """The speaker phrase printed after a cue word, up to a stop word or punctuation."""
    seg = body[cue_end:limit]
    ws = list(WORD.finditer(seg))
    if not ws:
        return SpeakerRef("none")
    first = ws[0].group()
    if first.casefold() in lex.pronouns and first.casefold() != "saya":
        return SpeakerRef("pronoun", first, cue_end + ws[0].start(), cue_end + ws[0].end())
    taken: list[re.Match[str]] = []
    for m in ws:
        gap = seg[taken[-1].end():m.start()] if taken else seg[:m.start()]
        if any(c in gap for c in ".;:!?()\"”“"):
            break
        if "," in gap and taken:
            break
        if m.group().casefold() in lex.speaker_stops and not m.group()[0].isupper() \
                and not (m.group() == "dan" and taken and _office_so_far(taken, lex)):
            break
        taken.append(m)
        if len(taken) >= 12:
            break
    if not taken:
        return SpeakerRef("none")
    start, end = cue_end + taken[0].start(), cue_end + taken[-1].end()
    phrase = body[start:end]
    runs = cap_runs(phrase, start)
    # appositive after a title: 'kata juru bicara KPK, Budi Prasetyo, kepada …'
    tail = body[end:limit]
    appo = re.match(r"(?:\s+(?:saat|ketika|kala)\s+itu)?\s*,\s*([A-Z][^,.;:()\"”]{1,60}?)"
                    r"\s*(?:,|\.|$|\s(?:saat|kepada|di|dalam))", tail)
    if appo and appo.group(1).split()[0] in lex.not_names:
        appo = None  # 'kata Presiden Joko Widodo, Jumat.': a weekday, not a name
    if appo and (not runs or not phrase[0].isupper()
                 or phrase.split()[0] in lex.person_titles
                 or (strip_titles(phrase, lex) == phrase and _all_titles(phrase, lex))):
        name = appo.group(1).strip()
        s = end + appo.start(1)
        return SpeakerRef("name", name, s, s + len(name))
    if runs and phrase[0].isupper() and _all_titles(runs[0][2], lex):
        ahead = _NAME_AHEAD.match(body, end, limit)
        if ahead and ahead.group(1).split()[0] not in lex.not_names:
            # 'disampaikan Duta Besar (Dubes) Iran untuk PBB, Ali Bahreini kepada …'
            return SpeakerRef("name", ahead.group(1), ahead.start(1), ahead.end(1))
    if runs and phrase[0].isupper():
        s, e, text = runs[0]
        if len(runs) > 1 and text.split()[0] in lex.person_titles \
                and all(w in lex.person_titles or w in lex.office_words for w in text.split()):
            # 'kata Menteri Pariwisata dan Ekonomi Kreatif Wishnutama': the portfolio
            # runs on after 'dan'; the name is at the end
            s, e, text = runs[0][0], runs[1][1], body[runs[0][0]:runs[1][1]]
        return SpeakerRef("name", text, s, e)
    low = phrase.casefold().split()
    if low and low[-1] in lex.definite:
        return SpeakerRef("definite", phrase, start, end)
    if runs:
        s, e, text = runs[-1]
        return SpeakerRef("generic", phrase, start, end) if len(runs) == 0 else \
            SpeakerRef("name", phrase if low[0] in lex.generic_speakers else text, s, e)
    return SpeakerRef("generic", phrase, start, end)


_NAME_AHEAD = re.compile(r"[^.;:\"”\n]{0,60}?,\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                         r"(?=\s*(?:,|\.|$|\s(?:saat|kepada|di|dalam|ketika|pada)\b))")


def _office_so_far(taken: Sequence[re.Match[str]], lex: Lexicon) -> bool:
    """``Menteri Pariwisata`` before ``dan Ekonomi Kreatif …``: the portfolio goes on."""
    return taken[0].group() in lex.person_titles and taken[-1].group() in lex.office_words \
        and all(w.group() in lex.person_titles or w.group() in lex.office_words for w in taken)


def _all_titles(phrase: str, lex: Lexicon) -> bool:
    return all(w in lex.person_titles for w in phrase.split())


ADVERBS = frozenset({"juga", "sebelumnya", "bahkan", "kemudian", "pun", "telah", "sudah", "akan",
                     "tidak", "tak", "belum", "pernah", "kembali", "lantas", "lalu", "sendiri",
                     "langsung", "bersikeras", "secara", "resmi", "terus", "pula", "sempat",
                     "justru", "hanya", "masih", "lagi", "turut", "segera", "tegas", "kala", "itu", "mengatakan"})


def _office_of_place(ws: Sequence[str], runs: Sequence[tuple[int, int, str]],
                     lex: Lexicon) -> bool:
    """``Kepala layanan darurat Iran``: a capitalised office word or speaker head, lower-case
    words, and a single capitalised place word at the end (a name of two words or more at
    the end is a person: ``Kepala dinas itu Budi Santoso``)."""
    return 2 < len(ws) <= 7 and ws[0][:1].isupper() and (
        ws[0] in lex.person_titles or ws[0].casefold() in lex.generic_speakers) \
        and ws[1][:1].islower() and len(runs) == 2 and runs[0][2] == ws[0] \
        and runs[-1][2] == ws[-1]


def subject(body: str, sent_start: int, verb_start: int, lex: Lexicon) -> SpeakerRef:
    """The subject before a reporting verb in its sentence. A verb coordinated with an
    earlier one (``X menolak ajakan AS dan memperingatkan bahwa …``, ``X menyerang Y
    dengan mengklaim …``) has the sentence's subject."""
    before = WORD.findall(body, sent_start, verb_start)
    if before and before[-1].casefold() in lex.coordinators:
        # the clause's subject may follow an opener ('Sehari sebelumnya, X menolak …')
        commas = [sent_start + i + 1 for i, c in enumerate(body[sent_start:verb_start])
                  if c == ","][:3]
        starts = [sent_start, *commas]
        for start in starts:
            opener = sentence_subject(body, Span(start, verb_start), lex)
            if opener.kind == "name":
                return opener
    head = body[sent_start:verb_start]
    head = _RELATIVE.sub(",", head)
    segments = [s for s in re.split(r"[,;:()\"“”]", head)]
    for n_seg, seg in enumerate(reversed(segments)):
        ws = [m.group() for m in WORD.finditer(seg)]
        while len(ws) > 1 and lex.is_reporting_verb(ws[-1]):
            ws.pop()  # 'Presiden AS itu menambahkan: "…"' (a colon cue reads past its verb)
        pointing = len(ws) > 1 and ws[-1].casefold() in lex.definite
        while ws and ws[-1].casefold() in ADVERBS:
            ws.pop()
        if not ws:
            continue
        if ws[-1].casefold() in lex.pronouns and ws[-1].casefold() != "saya":
            pos = sent_start + body[sent_start:verb_start].rfind(ws[-1])
            return SpeakerRef("pronoun", ws[-1], pos, pos + len(ws[-1]))
        cut = " ".join(ws)
        low_ws = [w.casefold() for w in ws]
        if any(w in ANON_HEADS for w in low_ws[-4:]) and any(
                w in ANON_QUANTIFIERS for w in low_ws[-4:]):
            # 'dan sebuah sumber mengatakan …': an unnamed source, not an earlier name
            k = low_ws.index(next(w for w in low_ws[-4:] if w in ANON_QUANTIFIERS))
            idx = body.rfind(ws[k], sent_start, verb_start)
            return SpeakerRef("generic", " ".join(ws[k:]), idx, idx + len(ws[k]))
        if ws[0].casefold() in lex.after or ws[0].casefold() in lex.relay_cues \
                or ws[0].casefold() in ("sebut", "dilansir", "dikutip", "mengutip"):
            continue  # a parenthetical relay: ', sebut Kremlin,'
        runs = cap_runs(cut)
        idx = body.rfind(cut.split()[-1], sent_start, verb_start)
        runs = [r for r in runs if r[2].split()[0] not in lex.not_names]
        if runs and pointing and (ws[0] in lex.person_titles or len(
                [w for w in ws if w.casefold() not in lex.definite]) == 1):
            # 'Presiden AS itu menambahkan': a definite description of someone named before
            return SpeakerRef("definite", cut, idx, idx + len(ws[-1]))
        if runs and _office_of_place(ws, runs, lex):
            # 'Kepala layanan darurat Iran menuturkan', 'Polisi regional di Kharkiv
            # mengatakan': an office without a name speaks as the phrase, not as the place
            pos = body.rfind(ws[0], sent_start, verb_start)
            end = body.rfind(ws[-1], sent_start, verb_start) + len(ws[-1])
            return SpeakerRef("name", body[pos:end], pos, end)
        if runs:
            _, _, text = runs[-1]
            first_low = ws[0].casefold()
            if first_low in lex.connectors and len(runs) == 1 and ws[0] == text.split()[0]:
                continue
            pos = body.rfind(text, sent_start, verb_start)
            if pos < 0:
                pos = idx
            return SpeakerRef("name", text, pos, pos + len(text))
        if ws[-1].casefold() in lex.definite or (len(ws) > 1 and ws[-2].casefold() in lex.definite):
            return SpeakerRef("definite", cut, idx, idx + len(ws[-1]))
        if n_seg == 0 and ws[0] in lex.not_names and ws[0] not in lex.subordinators \
                and not runs:
            # 'Semua memastikan …', 'Ada yang menuding …': an opener or a quantifier right
            # before the verb, no name; nobody named speaks (not the last speaker)
            return SpeakerRef("generic", cut, idx, idx + len(ws[-1]))
        if ws[0].casefold() not in lex.generic_speakers:
            continue
        return SpeakerRef("generic", cut, idx, idx + len(ws[-1]))
    return SpeakerRef("none")


@dataclass(frozen=True)
class Resolved:
    name: str | None
    entity: Entity | None = None


@dataclass
class Resolver:
    """Resolves speaker references in text order; remembers who spoke and who was the
    subject of each sentence, for pronouns and definite descriptions later on."""

    body: str
    lex: Lexicon
    entities: Sequence[Entity] = ()
    sentences: Sequence[Span] = ()
    history: list[tuple[int, str]] | None = None

    def __post_init__(self) -> None:
        self.history = []
        self._subjects: set[tuple[int, str]] = set()
        self._anon: list[int] = []
        self._names = cap_runs(self.body)
        self._printed: list[list[str]] | None = None

    def _printed_names(self) -> list[list[str]]:
        """The body's capitalised runs as name words, titles and openers removed (the same
        for every name asked about, so worked out once)."""
        if self._printed is None:
            self._printed = []
            for _, _, run in self._names:
                cp = strip_titles(run, self.lex).split()
                opener = [k for k, w in enumerate(cp) if w in self.lex.not_names]
                if opener:  # 'Jabar Menurut Sri Mulyani': a run across a sentence opener
                    cp = cp[opener[-1] + 1:]
                while cp and (cp[0].casefold() in self.lex.common_words
                              or cp[0] in self.lex.person_titles
                              or cp[0] in self.lex.office_words):
                    cp = cp[1:]
                self._printed.append(cp)
        return self._printed

    def full_name(self, name: str) -> str:
        """The fullest printed form of a name: ``Hashim`` → ``Ahmed Hashim``."""
        name = strip_titles(name, self.lex)
        parts = name.split()
        best, best_words = name, len(parts)
        for cp in self._printed_names():
            if not best_words < len(cp) <= 5:
                continue  # only a longer form, of five words at most, replaces the best
            named = cp[next((k for k, w in enumerate(cp) if len(w.rstrip(".")) > 1), 0):]
            if cp[-len(parts):] == parts or cp[:len(parts)] == parts \
                    or named[:len(parts)] == parts:  # 'Ali' → 'M Ali Ridho'
                best, best_words = " ".join(cp), len(cp)
        if best == name and len(parts) == 1:
            # a middle name used alone ('Roro' for 'Dyah Roro Esti Widya Putri'): only
            # when one person entity of the article holds it
            inner = {e.name for e in self.entities if e.type == "PER"
                     and parts[0] in e.name.split()[1:-1] and len(e.name.split()) <= 5}
            if len(inner) == 1:
                best = inner.pop()
        return best

    def entity_for(self, ref: SpeakerRef, name: str) -> Entity | None:
        """The entity a speaker phrase names. Inside ``Presiden Rusia Vladimir Putin`` the
        person is the speaker, not the country: the name left after the titles is looked up
        first, and among entities mentioned in the phrase a person wins over an
        organisation, an organisation over a place."""
        core = strip_titles(name, self.lex)
        span = (ref.start, ref.end)
        if ref.start >= 0:
            k = self.body.find(core, ref.start, ref.end + 1) if core else -1
            if k >= 0:
                span = (k, k + len(core))
        hit = self._overlapping(*span)
        if hit is None and span != (ref.start, ref.end) and not _looks_like_name(core):
            # 'Jubir KPK Budi Prasetyo' with no entity for Budi Prasetyo: the speaker is
            # the person the title introduces, never the organisation inside the title
            hit = self._overlapping(ref.start, ref.end)
        if hit is not None:
            return hit
        return self._by_name(core) or self._by_name(name)

    def _anonymous_before(self, ref: SpeakerRef) -> bool:
        """``tiga pejabat AS``, ``seorang sumber``: a counted, unnamed source just before
        the name (the name is only where the source works)."""
        if ref.start < 0:
            return False
        before = self.body[max(0, ref.start - 40):ref.start]
        before = re.split(r"[,.;:()\"“”\n]", before)[-1]
        words = [w.casefold() for w in WORD.findall(before)][-3:]
        return any(w in ANON_HEADS for w in words) and any(
            w in ANON_QUANTIFIERS for w in words)

    def _latest_named(self, head: str, pos: int) -> Entity | None:
        """The organisation or person whose name holds ``head`` and was mentioned last
        before ``pos``."""
        best: tuple[int, Entity] | None = None
        for e in self.entities:
            if e.type == "LOC" or head not in e.name.casefold().split():
                continue
            starts = [m.start for m in e.mentions if m.start < pos]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), e)
        return best[1] if best else None

    def _other_words(self, name: str) -> bool:
        """Whether ``name`` holds a word of an organisation or place entity (``Hizbullah
        Naim Qassem`` is not a longer form of ``Naim Qassem``)."""
        words = set(name.split())
        return any(e.type != "PER" and words & set(e.name.split()) for e in self.entities)

    def _overlapping(self, start: int, end: int) -> Entity | None:
        if start < 0:
            return None
        found = [e for e in self.entities
                 if any(m.start < end and start < m.end for m in e.mentions)]
        found.sort(key=lambda e: TYPE_RANK.get(e.type, 3))
        return found[0] if found else None

    def _by_name(self, name: str) -> Entity | None:
        key = name.casefold().split()
        if not key:
            return None
        exact = [e for e in self.entities if e.name.casefold() == name.casefold()
                 or any(m.text.casefold() == name.casefold() for m in e.mentions)]
        if exact:
            exact.sort(key=lambda e: TYPE_RANK.get(e.type, 3))
            return exact[0]
        hits = [e for e in self.entities
                if e.type == "PER" and key[-1] in e.name.casefold().split()]
        return hits[0] if hits else None

    def antecedent(self, pos: int, person: bool = False, anchor: int | None = None) -> str | None:
        """The latest speaker or subject before ``pos``; ``person`` asks for one that is
        not an organisation or place entity (``ia``/``dia``/``katanya`` point to people:
        in '… peraturan OFAC. OFAC adalah … Ia menambahkan, …' the antecedent is the
        official quoted before, not OFAC)."""
        found = self._antecedent_at(pos, person, anchor)
        return found[1] if found else None

    def _antecedent_at(self, pos: int, person: bool, anchor: int | None
                       ) -> tuple[int, str] | None:
        assert self.history is not None
        before = [(p, n) for p, n in self.history if p <= pos]
        if person:
            # a sentence subject counts only close by (this or the previous sentence);
            # further back, the latest speaker is who 'katanya' continues
            near = [(p, n) for p, n in before
                    if ((p, n) not in self._subjects
                        or self._near(p, pos if anchor is None else anchor))
                    and self.is_person(n)]
            if near:
                return near[-1]
            people = [(p, n) for p, n in before if self.is_person(n)]
            if people:
                return people[-1]
        return before[-1] if before else None

    def _person_opening_previous(self, pos: int) -> tuple[int, str] | None:
        """The first person entity mentioned in the sentence before the one holding
        ``pos``: who 'Ia mengaku …' or '"…," katanya' continues when the text introduced
        them without a reporting verb (``Kehangatan juga dirasakan Nita, mahasiswa …``)
        or glued their name to the verb (``Presiden X Erdoganmengatakan``)."""
        k = next((i for i, s in enumerate(self.sentences) if s.start <= pos < s.end), None)
        if not k:
            return None
        prev = self.sentences[k - 1]
        opening = WORD.search(self.body, prev.start, prev.end)
        if opening and opening.group() in self.lex.list_openers:
            return None  # 'Termasuk terlapor Fulan.': the people listed are not the subject
        hits = [(m.start, e) for e in self.entities if e.type == "PER"
                for m in e.mentions if prev.start <= m.start < prev.end]
        if not hits:
            return None
        start, ent = min(hits, key=lambda h: h[0])
        subj = sentence_subject(self.body, prev, self.lex)
        if subj.kind == "name" and not self.lex.looks_common(subj.text) and not any(
                m.start < subj.end and subj.start < m.end for m in ent.mentions):
            return None  # 'KPK juga memanggil … Sinta': the sentence has another subject
        return start, ent.name

    def note_anonymous(self, pos: int) -> None:
        """Remember an unnamed source (``seorang pejabat AS``) at ``pos``: a pronoun or
        ``pejabat itu`` right after it continues the unnamed source, not an earlier name."""
        self._anon.append(pos)
        self._anon.sort()

    def _anonymous_since(self, pos: int, since: int, anchor: int | None) -> bool:
        """Whether an unnamed source was mentioned after ``since`` and close before
        ``pos`` (this or the previous sentence)."""
        return any(since < a <= pos and self._near(a, pos if anchor is None else anchor)
                   for a in self._anon)

    def _near(self, earlier: int, pos: int) -> bool:
        if not self.sentences:
            return True
        idx = [k for k, s in enumerate(self.sentences) if s.start <= earlier < s.end or
               s.start <= pos < s.end]
        return len(idx) < 2 or idx[-1] - idx[0] <= 1

    def is_person(self, name: str) -> bool:
        ent = self._by_name(name) if self.entities else None
        if ent is not None:
            return ent.type == "PER"
        # without entities: an acronym (HIMKI, KPK) names an organisation
        return not self.lex.looks_common(name) and not (name.isupper() and len(name) > 2)

    def note(self, pos: int, name: str | None, subject: bool = False) -> None:
        """Remember a speaker (or, with ``subject``, a sentence subject) at ``pos``."""
        if name:
            assert self.history is not None
            self.history.append((pos, name))
            self.history.sort()
            if subject:
                self._subjects.add((pos, name))

    def resolve(self, ref: SpeakerRef, pos: int, anchor: int | None = None) -> Resolved:
        """The speaker ``ref`` stands for at ``pos`` (the cue). ``anchor`` is where the
        statement starts (a direct quote's opening mark): a subject is "near" a pronoun cue
        when it is in the sentence before the statement, however many sentences the
        quotation runs to before its ``katanya``."""
        if ref.kind in ("pronoun", "definite", "none"):
            if ref.kind == "definite":
                head = ref.text.casefold().split()[0]
                if head in ANON_HEADS:
                    named_at = max((p for p, n in self.history or [] if p <= pos
                                    and head in n.casefold()), default=-1)
                    if any(named_at < a <= pos for a in self._anon):
                        return Resolved(None)  # 'pejabat itu' after 'seorang pejabat AS'
                for p, n in reversed(self.history or []):
                    if p <= pos and head in n.casefold():
                        return self._finish(n, SpeakerRef("name", n))
                named = self._latest_named(head, pos)
                if named is not None:  # 'Yayasan tersebut' → the foundation named before
                    return Resolved(_bare(named.name), named)
            person = (ref.kind == "pronoun" and ref.text.casefold() not in GROUP_PRONOUNS) or (
                ref.kind == "definite"
                and ref.text.split()[0].capitalize() in self.lex.person_titles)
            found = self._antecedent_at(pos, person, anchor)
            if person:
                mentioned = self._person_opening_previous(pos if anchor is None else anchor)
                if mentioned is not None and (found is None or mentioned[0] > found[0]):
                    found = mentioned
            if person and ref.kind == "pronoun" and self._anonymous_since(
                    pos, found[0] if found else -1, anchor):
                return Resolved(None)  # 'Seorang pejabat AS … Namun dia mengatakan …'
            name = found[1] if found else None
            # the antecedent is looked up by its name, not at the pronoun's place
            return self._finish(name, SpeakerRef("name", name)) if name else Resolved(None)
        if ref.kind == "generic":
            if ref.text and ref.text.split()[0] in self.lex.not_names \
                    and ref.text.split()[0] not in self.lex.subordinators:
                return Resolved(None)  # 'Semua memastikan …': no one named
            head = ref.text.split()[0].casefold() if ref.text else ""
            for p, n in reversed(self.history or []):
                if p <= pos and head and head in n.casefold():
                    return self._finish(n, SpeakerRef("name", n))
            if ref.text and ref.text.split()[0].casefold() in ANON_QUANTIFIERS:
                self.note_anonymous(pos)
                return Resolved(None)
            return Resolved(ref.text)
        if self._anonymous_before(ref):
            self.note_anonymous(pos)
            return Resolved(None)  # 'Seorang pejabat AS, yang …, mengatakan': unnamed source
        words = ref.text.split()
        while len(words) > 1 and words[0] in STATEMENT_NOUNS and words[1][:1].isupper():
            words = words[1:]  # 'menurut laporan Human Rights Watch' → the organisation
        return self._finish(" ".join(words), ref)

    def _finish(self, name: str, ref: SpeakerRef) -> Resolved:
        ent = self.entity_for(ref, name) if self.entities else None
        full = self.full_name(name)
        if ent is not None:
            if ent.type == "PER" and _extends(full, ent.name) and not self._other_words(full):
                # the entity of the full form when the entity layer kept the short one
                # apart ('Roro' beside 'Dyah Roro Esti Widya Putri')
                whole = next((e for e in self.entities if e.type == "PER" and e.name == full),
                             ent)
                return Resolved(full, whole)
            words = name.split()
            if ent.type == "LOC" and (words[0] in self.lex.person_titles or (
                    words[0].casefold() in self.lex.generic_speakers
                    and len(words) > 2 and words[1][:1].islower())):
                # 'Polisi regional di Kharkiv' is an office; 'Otoritas Iran' is Iran
                return self._office(name, ent)
            return Resolved(_bare(ent.name), ent)
        return Resolved(_bare(full))

    def _office(self, phrase: str, place: Entity) -> Resolved:
        """``Perdana Menteri Qatar`` speaks: the person when the article names the holder
        (``Perdana Menteri Qatar Sheikh Mohammed``), else the office as written, with the
        country's entity (and code) behind it."""
        for m in re.finditer(re.escape(phrase) + r"\s+((?:[A-Z][\w'’-]*\s?){1,4})", self.body):
            holder = m.group(1).strip()
            if holder.split()[0] not in self.lex.not_names:
                ent = self._by_name(holder)
                if ent is not None and ent.type == "PER":
                    return Resolved(ent.name, ent)
        return Resolved(phrase, place)


_PAREN = re.compile(r"\s*\([^()]*\)$")


def _bare(name: str) -> str:
    """A speaker name without a trailing acronym in brackets or lower-case tail:
    ``Organisasi Kesehatan Dunia (WHO)`` → ``Organisasi Kesehatan Dunia``,
    ``Kementerian Keuangan negara`` → ``Kementerian Keuangan``."""
    bare = _PAREN.sub("", name)
    words = bare.split()
    while len(words) > 1 and words[0][:1].isupper() and words[-1][:1].islower():
        words.pop()
    return " ".join(words) or name


def _looks_like_name(words: str) -> bool:
    """One to four capitalised words, initials allowed (``M Ali Ridho``), no acronym
    and no lower-case word: what is left of a title phrase when it ends in a name."""
    ws = words.split()
    return 0 < len(ws) <= 4 and any(len(w) > 1 for w in ws) and all(
        w[:1].isupper() and (len(w.rstrip(".")) == 1 or not w.isupper()) for w in ws)


def _extends(longer: str, shorter: str) -> bool:
    """``Iwan Kurniawan Lukminto`` extends ``Iwan`` (and ``Dyah Roro Esti Widya Putri``
    extends the middle name ``Roro``): the longer printed form of the name."""
    a, b = longer.split(), shorter.split()
    return len(a) > len(b) and any(a[k:k + len(b)] == b for k in range(len(a) - len(b) + 1))


def sentence_subject(body: str, sent: Span, lex: Lexicon) -> SpeakerRef:
    """A name that opens a sentence as its subject (``Maduro juga disebut …``,
    ``Setelah itu, Maduro memposting …``): the candidates pronouns point back to."""
    text = body[sent.start:sent.end]
    ws = list(WORD.finditer(text))
    k = 0
    comma = text.find(",")
    if ws and ws[0].group().casefold() in lex.connectors and 0 < comma < 80:
        k = next((i for i, m in enumerate(ws) if m.start() > comma), len(ws))
    while k < len(ws) and ws[k].group().casefold() in lex.connectors:
        k += 1
    if k >= len(ws) or not ws[k].group()[0].isupper() or text[:1] in "\"“”'‘" \
            or ws[k].group().casefold() in lex.pronouns:
        return SpeakerRef("none")
    first = next(iter_cap_runs(text[ws[k].start():], sent.start + ws[k].start()), None)
    if first is None:
        return SpeakerRef("none")
    s, e, name = first
    appo = re.match(r"[^,.]{0,40}?,\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s*,", body[e:sent.end])
    if appo and any(w in lex.person_titles for w in name.split()):
        s = e + appo.start(1)
        name = appo.group(1)
        e = s + len(name)
    nxt = WORD.search(body, e, sent.end)
    if nxt and nxt.group().casefold() in lex.definite and name.split()[0] in lex.person_titles:
        return SpeakerRef("none")  # 'Presiden AS itu …' describes someone named before
    if name.split()[0] in lex.not_names or any(c.isdigit() for c in name.split()[0]) \
            or (" " not in name and name.casefold() in lex.common_words) \
            or (k == 0 and lex.derived_noun(name.split()[0])):
        return SpeakerRef("none")
    after = _past_appositive(body, e, sent.end) if " " in name.strip() else e
    bracket = re.match(r"\s*\([^()]{1,15}\)", body[after:sent.end])
    if bracket:  # 'Perserikatan Bangsa-Bangsa (PBB) menolak …'
        after += bracket.end()
    for m in WORD.finditer(body, after, min(sent.end, after + 60)):
        w = m.group()
        low = w.casefold()
        if low in ADVERBS:
            continue
        if w[0].isupper():
            break
        if _is_predicate(low, lex):
            return SpeakerRef("name", name, s, e)
        if low in SCENE_PREPOSITIONS and not body[e:m.start()].strip() \
                and _verb_after_scene(body, m.end(), sent.end, lex):
            return SpeakerRef("name", name, s, e)
        break
    return SpeakerRef("none")


# prepositions that open a scene between a subject and its verb ('Presiden X dalam
# kesempatan itu mengucapkan …', 'Budi di Jakarta, Senin, mengatakan …')
SCENE_PREPOSITIONS = frozenset({"dalam", "pada", "di", "saat", "usai", "seusai", "setelah",
                                "ketika", "sebelum", "sesudah"})
_APPOSITIVE = re.compile(r"\s*,\s*((?:yang|yg)\s+)?([^,.;:!?\"“”()\n]{2,80}?)\s*(?=,)")


def _is_predicate(low: str, lex: Lexicon) -> bool:
    return low in lex.predicates or lex.is_reporting_verb(low) or low in lex.passive \
        or bool(re.match(r"^(?:me|ber|di|ter)[a-z]{3,}$", low))


def _verb_after_scene(body: str, start: int, limit: int, lex: Lexicon) -> bool:
    """Whether a verb follows a short scene phrase (up to 10 words, commas allowed)."""
    for k, m in enumerate(WORD.finditer(body, start, min(limit, start + 90))):
        low = m.group().casefold()
        if k >= 10 or any(c in body[start:m.start()] for c in ".;:\"“”"):
            return False
        if m.group()[0].islower() and (lex.is_reporting_verb(low) or (
                re.match(r"^(?:me|ber)[a-z]{3,}$", low) and low not in lex.common_words)):
            return True
    return False


def _past_appositive(body: str, end: int, limit: int) -> int:
    """Where the verb may start after a name of two words or more: past appositives set
    off by commas
    (``Sari Lestari, Ketua Asosiasi Pedagang, juga menyampaikan …``; ``X, Wali Kota Y, yang
    dihubungi, membenarkan …``), at most three; the name's end when there is none. An
    appositive holding a verb of its own is a clause, not a description, and stops it."""
    pos = end
    for _ in range(3):
        m = _APPOSITIVE.match(body, pos, limit)
        if m is None:
            break
        words = m.group(2).split()
        if not m.group(1) and (len(words) > 10 or any(
                re.match(r"^(?:me|ber|di|ter)[a-z]{3,}$", w) for w in words)):
            break
        pos = m.end()
    return pos


def anonymous_subject(body: str, sent: Span) -> int | None:
    """Where a sentence opens with an unnamed source as its subject (``Seorang pejabat
    pertahanan AS, yang …``, ``Namun, dua sumber mengatakan …``): the offset of the
    quantifier, else None."""
    ws = list(WORD.finditer(body, sent.start, min(sent.end, sent.start + 80)))[:6]
    for k, m in enumerate(ws):
        if m.group()[0].isupper() and k and m.group().casefold() not in ANON_QUANTIFIERS:
            return None  # a name comes first
        if m.group().casefold() in ANON_QUANTIFIERS and any(
                w.group().casefold() in ANON_HEADS for w in ws[k + 1:k + 3]):
            return m.start()
    return None
