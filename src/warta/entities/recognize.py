"""Candidate mentions from the body: actor-dictionary names, institution names, people
introduced by a title, and (when the language layer gave no NER) capitalised names typed
by their head words.

The body is scanned once, word by word. At a capitalised word the longest of three readings
wins: a dictionary name (``Amerika Serikat``, ``AS`` only as written, ``Dewan Keamanan PBB``),
an institution head with the actor after it (``Kementerian Pertahanan Rusia``), or a title
head (``Menteri Luar Negeri``, also lower-case: ``juru bicara``). After a title, the first
capitalised name that is not an actor is the person the title introduces (``Presiden
Venezuela Nicolas Maduro``). Other capitalised runs are ``shape`` candidates: kept only as a
stand-in for NER, with a type only when the words around them say so.

Scrapers glue words together (``pemimpinHamas``, ``Presiden ASDonald Trump``,
``keQatardengan``). Words are split at a lower→upper case change, and a capitalised word
that ends in a function word (``Qatar`` + ``dengan``) is split only when its head is a
dictionary name: conservative, so that real names are never cut.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from warta.actors.heads import HeadTable
from warta.actors.lookup import lookup
from warta.actors.names import fold
from warta.entities.tables import EntityTables, entity_tables
from warta.resources import Resources

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})")
_ACRONYM_GLUED = re.compile(r"([A-Z]{2,})([a-z]{3,})")
_SPACE = re.compile(r"[ \t\u00a0]*")
_LOWER = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


class Word(NamedTuple):
    """One word of the body (a named tuple: immutable, and built several times faster than
    a frozen dataclass; every word of every body becomes one)."""

    start: int
    end: int
    text: str
    key: str          # folded
    cap: bool         # starts with a capital letter or a digit-led name such as 103FM
    glued: bool = False  # split off a longer scraped word


@dataclass(frozen=True)
class Candidate:
    """A span that may name an entity, before merging."""

    start: int
    end: int
    text: str
    source: str                  # gazetteer | institution | title | ner | shape
    label: str | None            # PER | ORG | LOC, None when unknown
    first: int = 0               # index of the first word
    after_title: str | None = None  # the title words that introduced a person
    same_as: str | None = None   # the name this one stands for: ``X`` of ``Y (X)``
    confirmed: bool = False      # a title reading the NER also saw as a name


def _split_word(text: str, start: int, tables: EntityTables, lower: frozenset[str],
                tokens: Counter[str] | None = None) -> list[tuple[int, int]]:
    if text.islower():
        return [(start, start + len(text))]  # no capital: no camel cut, no name to unglue
    cuts = [m.start() for m in _CAMEL.finditer(text)]
    acronym = _ACRONYM_GLUED.fullmatch(text)
    if acronym and (acronym.group(1) in tables.index.exact
                    or fold(acronym.group(1)) in tables.index.folded) and _glue_rest(
            acronym.group(2), tables, lower):
        # "KPKjuga": a known acronym and a glued word, not "KP" + "Kjuga" (the camel cut
        # before a capital and two lower-case letters is meant for "ASDonald")
        cuts = [acronym.end(1)]
    pieces, prev = [], 0
    for cut in [*cuts, len(text)]:
        if cut > prev:
            pieces.append((prev, cut))
        prev = cut
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        piece = text[a:b]
        if "-" in piece and piece[:1].isupper():
            parts = piece.split("-")
            if len(set(parts)) == len(parts) and all(p[:1].isupper() for p in parts) \
                    and any(fold(p) in tables.index.folded for p in parts):
                at = start + a  # Indonesia-Rusia: two names, not one
                for p in parts:
                    # a word glued after a name of the pair (Iran-Israelyang) is cut off
                    cut = _glue_cut(p, tables, lower, tokens) if len(p) > 4 else 0
                    out += [(at, at + cut), (at + cut, at + len(p))] if cut else [
                        (at, at + len(p))]
                    at += len(p) + 1
                continue
        seen = tokens or Counter()
        if seen[piece] > (piece == text):
            cut = 0  # written alone elsewhere in the body: a whole name (Suryadi, not Surya|di)
        else:
            cut = _glue_cut(piece, tables, lower, seen) \
                if piece[:1].isupper() and len(piece) > 4 else 0
        if cut:
            out += [(start + a, start + a + cut), (start + a + cut, start + b)]
        else:
            out.append((start + a, start + b))
    return out


def _glue_cut(piece: str, tables: EntityTables, lower: frozenset[str],
              tokens: Counter[str] | None = None) -> int:
    """Where a known name ends inside ``Qatardengan``/``Subiantoakan`` (0: no cut). The rest
    must be a lower-case word found elsewhere in the body or a glue word. A name the
    dictionary does not know is cut too when the body writes it alone elsewhere and the rest
    is a word of four letters or more (``Boroujerdi`` + ``dalam``, ``Ronaldo`` +
    ``mengirimkan``)."""
    index = tables.index
    if fold(piece) in index.folded:
        return 0  # a known name whole ("Donbass") is not a shorter one glued ("Don" + "bass")
    for cut in range(len(piece) - 2, 2, -1):
        rest = piece[cut:]
        if not piece[cut - 1].isalpha():
            continue  # "Kompas.com" is one name
        if not rest.islower() or not _glue_rest(rest, tables, lower):
            continue
        head = fold(piece[:cut])
        if head in index.folded or (head in index.parts and cut >= 4):
            return cut  # a bare name part of 3 letters cuts too much: Bah|kan, Bio|diesel
        if tokens and cut >= 4 and len(rest) >= 4 and tokens[piece[:cut]]:
            return cut
    return 0


def _glue_rest(rest: str, tables: EntityTables, lower: frozenset[str]) -> bool:
    """Whether ``rest`` can be a word glued after a name: a glue word, a word the body
    writes alone, a root word of four letters or more, or a prefixed verb (``dilaporkan``)."""
    return (rest in tables.glue_words or rest in lower
            or (len(rest) >= 4 and rest in tables.common)
            or (len(rest) >= 6 and bool(tables.title_words.verb_prefix.match(rest))))


def words_of(body: str, tables: EntityTables) -> list[Word]:
    words: list[Word] = []
    lower = frozenset(w for w in _LOWER.findall(body) if len(w) > 1)
    matches = list(_WORD.finditer(body))
    tokens = Counter(m.group() for m in matches)
    folded: dict[str, str] = {}  # a body repeats its words: fold each once
    for m in matches:
        text = m.group()
        if text.islower():
            # most words: no capital, so no camel cut, no name to unglue, not capitalised
            key = folded.get(text)
            if key is None:
                key = folded[text] = fold(text)
            words.append(Word(m.start(), m.end(), text, key, False))
            continue
        spans = (_split_word(text, m.start(), tables, lower, tokens) if len(text) > 3
                 else [(m.start(), m.end())])
        glued = len(spans) > 1
        for a, b in spans:
            piece = body[a:b]
            cap = piece[:1].isupper() or (piece[:1].isdigit() and any(c.isupper() for c in piece))
            key = folded.get(piece)
            if key is None:
                key = folded[piece] = fold(piece)
            words.append(Word(a, b, piece, key, cap, glued))
    return words


def joined(body: str, words: list[Word], i: int, j: int) -> bool:
    """Whether words ``i..j`` follow one another with only spaces (or a glue cut) between."""
    for k in range(i, j):
        gap = body[words[k].end:words[k + 1].start]
        if gap and not _SPACE.fullmatch(gap):
            return False
    return True


def _dictionary_at(body: str, words: list[Word], i: int, tables: EntityTables) -> int:
    """Words of the longest dictionary name starting at word ``i`` (0 when none)."""
    w = words[i]
    first = w.key.split()[0] if w.key else ""
    exact = w.text in tables.exact_first
    if first not in tables.first_words and not exact:
        return 0
    index = tables.index
    for n in range(min(tables.longest_key + 2, len(words) - i), 0, -1):
        last = words[i + n - 1]
        if not (last.cap or last.key[:1].isdigit()) or not joined(body, words, i, i + n - 1):
            continue
        text = body[w.start:last.end]
        if text in index.exact:
            return n
        key = fold(text)
        if key in index.folded and any(c.isupper() for c in text):
            if n == 1 and w.text.isupper() and len(w.text) <= 6 and text not in index.exact:
                continue  # "AS" is not "as", "PAN" is not "Pan": acronyms only as written
            return n
    return 0


def _head_at(words: list[Word], i: int, heads: HeadTable) -> int:
    if i >= len(words) or words[i].key not in heads.by_first:
        return 0  # most words start no head: skip building the six-word window
    keys = [w.key for w in words[i:i + 6]]
    head = heads.match_at(keys, 0, [w.text for w in words[i:i + 6]]) if keys else None
    return len(head.words) if head else 0


_CLAUSE = re.compile(r"[.;:!?()/\"“”\n]")
_ASIDE_AFTER = re.compile(r"[ \t]*\([ \t]*[\w.&'’-]+(?:[ \t]+[\w.&'’-]+)?[ \t]*\)[ \t]+(?=[A-Z])")


def _is_acronym_word(text: str) -> bool:
    compact = text.replace(".", "").replace("-", "")
    return " " not in text and len(compact) >= 2 and compact.isupper()
MAX_TITLE_GAP = 10   # words between a title head and the name it introduces


class Scanner:
    """One pass over a body (see the module docstring)."""

    def __init__(self, body: str, tables: EntityTables, resources: Resources,
                 on: str | None, shapes: bool, person_starts: frozenset[int] = frozenset()):
        self.body = body
        self.tables = tables
        self.resources = resources
        self.on = on
        self.shapes = shapes
        self.person_starts = person_starts  # where the NER saw a person begin
        self.words = words_of(body, tables)
        self.lower_words = frozenset(w.key for w in self.words if w.text.islower())

    # --- readings at one word -------------------------------------------------------
    def institution_at(self, i: int) -> int:
        words, body = self.words, self.body
        n_head = _head_at(words, i, self.tables.institutions)
        if not n_head:
            return 0
        limit = n_head
        ranks = self.tables.title_words.ranks
        people = self.tables.index.parts
        end = min(n_head + 6, len(words) - i)
        while limit < end and words[i + limit].cap \
                and joined(body, words, i + limit - 1, i + limit) \
                and words[i + limit].key not in ranks and words[i + limit].key not in people \
                and words[i + limit].key not in self.tables.not_names \
                and not self.opens_name(i + limit):
            # a rank or a person's name ends it: Polres X AKP Fulan, DPRD Bali I Wayan Fulan
            if words[i + limit].start in self.person_starts:
                if not self.place_word(i + limit):
                    break
                # a place the NER read as a person's first name (Kejati Jatim Fulan): the
                # place is the institution's, the person starts after it
                end = min(end, limit + 1 + (limit + 1 < end and words[i + limit + 1].key
                                            in self.tables.direction_words))
            limit += 1
        if limit < len(words) - i and words[i + limit].key in people:
            limit = self.first_names_out(i, n_head, limit)
        for n in range(limit, n_head, -1):
            found = lookup(body[words[i].start:words[i + n - 1].end], self.on, self.resources)
            if found is not None and found.rule == "institution":
                return n
        return 0

    def first_names_out(self, i: int, n_head: int, limit: int) -> int:
        """``Wakil Ketua DPRD Jatim Sahat Tua Simanjuntak``: when a known surname stopped
        the run, the unknown words before it are the person's first names, not part of the
        institution, provided a known name (``Jatim``) ends the institution before them."""
        t, k = self.tables, limit
        while k - 1 > n_head and self.words[i + k - 1].key not in t.common \
                and self.words[i + k - 1].key not in self.lower_words \
                and self.words[i + k - 1].key not in t.index.folded \
                and self.words[i + k - 1].text not in t.index.exact \
                and self.words[i + k - 1].key not in t.short_names:
            k -= 1
        last = self.words[i + k - 1].key
        if self.words[i + k - 1].text in t.index.exact and k < limit:
            return k  # "DPR RI Fulan Kadir": an acronym as written ends it too
        admin = next((a for a in range(k - 1, max(n_head, k - 3) - 1, -1)
                      if self.words[i + a].key in t.place_prefixes
                      or self.words[i + a].key in t.loc_heads), None)
        if admin is not None:
            # "DPRD Kabupaten Malang Fulan Hartono": the place after an administrative word
            # is one word, or two when the second is a direction (Kabupaten Barito Timur)
            end = admin + 2
            if end < limit and self.words[i + end].key in t.direction_words:
                end += 1
            return end if end < limit else limit
        return k if k < limit and (last in t.index.folded or last in t.short_names) else limit

    def opens_name(self, k: int) -> bool:
        """Whether word ``k`` starts a person's name or a spelled-out rank: ``I Wayan``,
        ``Komisaris Besar`` (``entities/words.yaml``)."""
        t = self.tables
        keys = [w.key for w in self.words[k:k + 3]]
        return bool(t.person_openers.match_start(keys, 0) or t.spelled_ranks.match_start(keys, 0))

    def place_word(self, k: int) -> bool:
        """Whether word ``k`` is a dictionary place or a province's short form (``Jatim``)."""
        key = self.words[k].key
        return key in self.tables.short_names or any(
            self.tables.index.entries[n].type == "LOC"
            for n in self.tables.index.folded.get(key, []))

    def readings(self, i: int) -> tuple[int, int, int]:
        """Words of the dictionary name, institution and title head starting at ``i``."""
        w = self.words[i]
        n_title = _head_at(self.words, i, self.tables.titles)
        if not w.cap:
            return 0, 0, n_title
        return (_dictionary_at(self.body, self.words, i, self.tables), self.institution_at(i),
                n_title)

    def after_rank(self, i: int) -> bool:
        """Whether word ``i`` follows a rank, over the words completing it (``Muda``)."""
        tw, k = self.tables.title_words, i - 1
        while k >= 0 and self.words[k].key in tw.rank_tails and joined(self.body, self.words, k, k + 1):
            k -= 1
        return k >= 0 and self.words[k].key in tw.ranks and joined(self.body, self.words, k, k + 1)

    def is_verb(self, w: Word) -> bool:
        tw = self.tables.title_words
        return (w.text.islower() and bool(tw.verb_prefix.match(w.key))
                and w.key not in tw.not_verbs and w.key not in self.tables.titles.by_first)

    def sentence_initial(self, i: int) -> bool:
        before = self.body[:self.words[i].start].rstrip(" \t\"“'‘")
        return not before or before[-1] in ".!?\n:"

    # --- the pass ---------------------------------------------------------------------
    def run(self) -> list[Candidate]:
        words, body, tables = self.words, self.body, self.tables
        out: list[Candidate] = []
        title: tuple[int, int] | None = None   # (first word of the title, first word after)
        i = 0
        while i < len(words):
            if title is not None:
                gap = body[words[i - 1].end:words[i].start] if i else ""
                if _CLAUSE.search(gap) or i - title[1] > MAX_TITLE_GAP:
                    title = None
            w = words[i]
            n_dict, n_inst, n_title = self.readings(i)
            if n_title > max(n_dict, n_inst):
                before = [x.key for x in words[max(0, i - 2):i]]
                if tables.law_words.match_end(before, len(before)):
                    i += n_title  # "Peraturan Menteri Perhubungan No 77": a law, no person
                    title = None
                    continue
                title = (i, i + n_title)
                i += n_title
                continue
            if n_inst > n_dict and self.tables.drop_heads.match_start([w.key], 0):
                i += 1  # "Pemerintah Australia" names the state: read from "Australia"
                continue
            if n_dict and w.key in tables.title_words.rank_tails and self.after_rank(i):
                i += n_dict  # "Mayjen TNI Fulan", "Laksamana Muda TNI": TNI completes a rank
                continue
            if n_dict or n_inst:
                n = max(n_dict, n_inst)
                text = body[w.start:words[i + n - 1].end]
                if n_dict >= n_inst:
                    place = self.named_place(i, n)
                    if place is not None:
                        out.append(place[0])
                        i = place[1]
                        continue
                    found = lookup(text, self.on, self.resources)
                    label = found.type if found else None
                    out.append(Candidate(w.start, words[i + n - 1].end, text, "gazetteer",
                                         label, i))
                    if label == "PER":
                        title = None  # the title's person is found
                else:
                    out.append(Candidate(w.start, words[i + n - 1].end, text, "institution",
                                         "ORG", i))
                i += n
                continue
            if not w.cap:
                if title is not None and (w.key in tables.title_words.boundaries
                                          or self.is_verb(w)):
                    title = None
                i += 1
                continue
            j = self.extend(i)
            cand = self.name_run(i, j, title)
            if cand is not None:
                out.append(cand)
                if cand.label == "PER" or cand.source == "shape":
                    title = None  # a shape after a title is the crowd's place: warga Gaza
            i = j
        return out

    def named_place(self, i: int, n: int) -> tuple[Candidate, int] | None:
        """``Istana Konstantinovsky``, ``Istana Kepresidenan Jakarta``: a dictionary name
        that starts with a place head (``Istana``, ``Gedung``) and runs on into capitalised
        words that are no dictionary name is that building, a place. Returns the place and
        the index of the word after it."""
        words, body = self.words, self.body
        if not self.tables.loc_heads.match_start([words[i].key], 0):
            return None
        j = i + n
        while j < len(words) and words[j].cap and joined(body, words, j - 1, j) \
                and words[j].key not in self.tables.not_names and not any(self.readings(j)):
            j += 1
        if j == i + n:
            return None
        text = body[words[i].start:words[j - 1].end]
        return Candidate(words[i].start, words[j - 1].end, text, "shape", "LOC", i), j

    def extend(self, i: int) -> int:
        """End (exclusive) of the capitalised run starting at ``i``."""
        words, body = self.words, self.body
        j = i + 1
        while j < len(words):
            w = words[j]
            if w.cap and joined(body, words, j - 1, j) and not any(self.readings(j)):
                j += 1
            elif (w.text.islower() and w.key in self.tables.connectors and j + 1 < len(words) and words[j + 1].cap
                  and joined(body, words, j - 1, j + 1) and not any(self.readings(j + 1))):
                j += 2
            else:
                break
        return j

    def name_run(self, i: int, j: int, title: tuple[int, int] | None) -> Candidate | None:
        """A capitalised run that is no dictionary name: a titled person, or a shape."""
        words, tables = self.words, self.tables
        ranks = tables.title_words.ranks | tables.title_words.rank_tails
        # drop leading non-names ("Namun", "Selasa") and sentence-initial common words
        while i < j and (words[i].key in tables.not_names
                         or (self.sentence_initial(i) and words[i].key in self.lower_words)):
            i += 1
        ranked = False
        k = i
        while k < j:
            spelled = tables.spelled_ranks.match_start([w.key for w in words[k:j]], 0)
            if words[k].key not in ranks and not spelled:
                break
            k += spelled or 1
        if k < j and k > i:
            ranked, i = True, k
        # inside a run, the last rank starts the name ("Metro Jaya Irjen Karyoto")
        last_rank = max((k for k in range(i, j) if words[k].key in tables.title_words.ranks),
                        default=None)
        if last_rank is not None and last_rank + 1 < j:
            ranked, i = True, last_rank + 1
        if i >= j:
            return None
        start, end = words[i].start, words[j - 1].end
        text = self.body[start:end]
        if title is not None and j < len(words) and any(self.readings(j)[:2]) \
                and joined(self.body, words, j - 1, j):
            return None  # "Menteri Luar Negeri Iran": the run is part of the title
        numbered = j < len(words) and words[j].text[:1].isdigit() \
            and (joined(self.body, words, j - 1, j) or self.body[words[j - 1].end:words[j].start] == "/")
        if (title is not None or ranked) and (numbered or _is_acronym_word(text)
                                              or words[i].key in self.lower_words):
            # "Menteri ESDM", "Direktur Utama PPSJ", "Kepala Pusat Penerangan": the rest of
            # an office (an acronym, or a word the body also writes in lower case); a
            # numbered run is a regulation ("Peraturan Menteri Perhubungan No 77")
            return None
        if title is not None and self.office_aside(j):
            # "Menteri Perhubungan (Menhub) Fulan", "Bupati Ogan Komering Ilir (OKI) Fulan":
            # a short form in parentheses, then the name: the run is the rest of the office
            return None
        if title is not None and i == title[1] and self.crowd_place(title, i, j):
            # "warga Gaza", "massa Bekasi": the crowd's place, not a person the head names
            keys = [w.key for w in words[i:j]]
            label = "ORG" if tables.org_heads.match_start(keys, 0) else "LOC"
            return Candidate(start, end, text, "shape", label, i)
        if title is not None or ranked:
            after = (" ".join(w.text for w in words[title[0]:title[1]])
                     if title is not None else None)
            return Candidate(start, end, text, "title", "PER", i, after)
        if not self.shapes:
            return None
        return Candidate(start, end, text, "shape", self.shape_label(i, j), i)

    def office_aside(self, j: int) -> bool:
        """Whether a one- or two-word aside in parentheses follows word ``j - 1`` and a
        capitalised name follows the aside (``(Menhub) Fulan``)."""
        m = _ASIDE_AFTER.match(self.body, self.words[j - 1].end)
        if m is None:
            return False
        k = j
        while k < len(self.words) and self.words[k].start < m.end():
            k += 1
        return k < len(self.words) and self.words[k].cap \
            and self.words[k].key not in self.tables.not_names

    def crowd_place(self, title: tuple[int, int], i: int, j: int) -> bool:
        """Whether the run ``i..j`` written right after a crowd head (``warga``, ``massa``:
        ``title_words.yaml: group_heads``) names where the crowd is from. Common words
        (``Warga Sipil``) and a verb (``Warga Terdampak``) in headline case do not."""
        words, tw = self.words, self.tables.title_words
        head = " ".join(w.key for w in words[title[0]:title[1]])
        keys = [w.key for w in words[i:j]]
        if head not in tw.group_heads or not joined(self.body, words, i - 1, i):
            return False
        if all(k in self.tables.common or k in self.lower_words for k in keys):
            return False
        return not (tw.verb_prefix.match(keys[0]) and keys[0] not in tw.not_verbs)

    def shape_label(self, i: int, j: int) -> str | None:
        """The type the words in and around a capitalised run give it (NER stand-in)."""
        t = self.tables
        keys = [w.key for w in self.words[i:j]]
        if t.loc_heads.match_start(keys, 0) or t.loc_tails.match_end(keys, len(keys)):
            return "LOC"
        if t.org_heads.match_start(keys, 0) or t.org_tails.match_end(keys, len(keys)):
            return "ORG"
        run = self.words[i:j]
        if any(any(ch.isdigit() for ch in w.text) or (w.text.isupper() and len(w.text) > 1)
               for w in run):
            return None  # amounts, codes and unknown acronyms: left to NER
        common = [k in t.common or k in self.lower_words for k in keys]
        before = [w.key for w in self.words[max(0, i - 3):i]]
        if t.speech_before.match_end(before, len(before)) and not all(common):
            return "PER"
        if t.place_before.match_end(before, len(before)) and not any(common):
            return "LOC"
        if 2 <= len(keys) <= 4 and not any(common):
            return "PER"
        return None


def scan(body: str, resources: Resources, on: str | None = None,
         shapes: bool = True) -> list[Candidate]:
    """Candidate mentions of ``body`` in text order. ``shapes``: also capitalised runs the
    dictionary does not know (a stand-in when there are no NER mentions)."""
    return Scanner(body, entity_tables(resources), resources, on, shapes).run()
