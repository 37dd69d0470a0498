"""NER mentions cut to the name they hold, before they compete with the scan.

A statistical tagger trained on news marks spans a little too wide or glued: lower-case
words at the edges (``kota Sumy``, ``Lebanon selatan``, ``jersey Ronaldo``), a title or an
honorific before a person (``Presiden Jokowi``, ``Pak Fulan``), an acronym in parentheses
(``Badan Pusat Statistik (BPS)``), two names a scraper glued together (``Komisi
FatwaMajelis Ulama Indonesia``), an office and its holder in one span (``Polres Sorong AKP
Fulan``), and generic heads (``Pemerintah Australia``, ``Kota Rafah``). The guide names
entities without them, so every NER mention is read word by word on the scanner's words and
becomes zero or more pieces:

- split at parentheses, commas and glued capitals; a parenthesised piece right after a
  name is marked ``same_as`` that name (``merge`` puts both in one entity);
- an organisation span that holds a rank is cut at it: the words before are the
  organisation, the words after the person;
- lower-case words at either end go, and so do leading ranks, honorifics and title heads of
  a person, leading generic heads (``entities/words.yaml: drop_heads``) and leading
  administrative place words of a place (``place_prefixes``);
- a piece with no capitalised word left, or only sentence words (``not_names``), is dropped;
- a person whose last word is an organisation or place tail (``AG``, ``Agency``,
  ``District``: ``entities/words.yaml``) is that organisation or place, and a person span
  with a digit (``Hercules C-130``) is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from warta.doc import Mention
from warta.entities.recognize import Candidate, Word
from warta.entities.tables import EntityTables

_SPLIT_GAP = re.compile(r"[(),;\[\]]")
MIN_GLUED = 4  # both sides of a glued split are this long: YouTube, NetBlocks stay whole


def cuts_a_word(body: str, start: int, end: int) -> bool:
    """Whether a span starts or ends inside a word (``AF`` of ``AFPbahwa``); a cut at a
    lower→upper change (``kepadaAFP``) is a word boundary a scraper lost."""
    def inside(i: int) -> bool:
        if i <= 0 or i >= len(body):
            return False
        a, b = body[i - 1], body[i]
        return a.isalnum() and b.isalnum() and not (a.islower() and b.isupper())
    return inside(start) or inside(end)


def _pieces(body: str, words: list[Word], lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Word ranges ``[a, b)`` of ``words[lo:hi]`` split at brackets, commas and glue;
    the flag tells whether the piece was inside parentheses."""
    out: list[tuple[int, int, bool]] = []
    a, inside = lo, False
    for k in range(lo + 1, hi + 1):
        if k == hi:
            out.append((a, k, inside))
            break
        gap = body[words[k - 1].end:words[k].start]
        glued = (not gap and words[k].glued and words[k].cap
                 and words[k - 1].text[-1:].islower()
                 and len(words[k - 1].text) >= MIN_GLUED and len(words[k].text) >= MIN_GLUED)
        if _SPLIT_GAP.search(gap) or glued:
            out.append((a, k, inside))
            a = k
            if "(" in gap:
                inside = True
            elif ")" in gap:
                inside = False
    return out


class NerCleaner:
    """Cuts the NER mentions of one body on the scanner's words (see the module doc)."""

    def __init__(self, body: str, words: list[Word], tables: EntityTables):
        self.body = body
        self.words = words
        self.tables = tables
        self.starts = [w.start for w in words]
        tw = tables.title_words
        self.ranks = frozenset(tw.ranks) | frozenset(tw.rank_tails)

    def _is_title(self, k: int, end: int) -> int:
        keys = [w.key for w in self.words[k:end]]
        head = self.tables.titles.match_at(keys, 0) if keys else None
        return len(head.words) if head else 0

    def _trim(self, a: int, b: int, label: str) -> tuple[int, int]:
        words, t = self.words, self.tables
        while a < b and (not words[a].cap or words[a].key in t.not_names):
            a += 1
        while b > a and not words[b - 1].cap:
            b -= 1
        if label in ("ORG", "LOC") and b - a > 1 and words[b - 1].key in t.title_words.ranks \
                and words[b - 1].key not in t.common and words[a].key not in t.loc_heads \
                and b < len(words) and words[b].cap \
                and not self.body[words[b - 1].end:words[b].start].strip():
            # "Kapolsek Tanah Sareal Kompol Fulan": the rank opens the name written after
            # it; not a street named after an officer (Jl Kolonel ...), nor a place ending
            # in a word that is also an honorific, with no name after it (Tanah Abang)
            b -= 1
        changed = True
        while changed and a < b - 1:
            changed = False
            key = words[a].key
            if label == "PER":
                n = self._is_title(a, b - 1)
                if key in self.ranks or key in t.honorifics:
                    n = max(n, 1)
            elif label == "LOC":
                n = t.place_prefixes.match_start([w.key for w in words[a:b - 1]], 0)
            else:
                n = 0
            n = max(n, t.drop_heads.match_start([w.key for w in words[a:b - 1]], 0))
            if n:
                a += n
                while a < b and not words[a].cap:
                    a += 1
                changed = True
        return a, b

    def _cut_at_rank(self, a: int, b: int) -> int | None:
        """Index of the rank inside an organisation piece (``Polres X AKP Fulan``)."""
        ranks = self.tables.title_words.ranks
        for k in range(b - 2, a, -1):
            if self.words[k].key in ranks and self.words[k + 1].cap:
                return k
        return None

    def clean(self, m: Mention) -> list[Candidate]:
        label = m.label or ""
        if cuts_a_word(self.body, m.start, m.end):
            return []
        lo = bisect_left(self.starts, m.start)
        hi = lo
        while hi < len(self.words) and self.words[hi].end <= m.end:
            hi += 1
        if hi <= lo:
            return []
        out: list[Candidate] = []
        last_name: str | None = None
        for a, b, inside in _pieces(self.body, self.words, lo, hi):
            parts: list[tuple[int, int, str]] = [(a, b, label)]
            if label in ("ORG", "LOC"):
                cut = self._cut_at_rank(a, b)
                if cut is not None:
                    parts = [(a, cut, label), (cut + 1, b, "PER")]
            for pa, pb, plabel in parts:
                if pb - pa > 1 and self.words[pa].key in self.tables.honorifics:
                    plabel = "PER"  # "Bang Fulan" is a person, whatever the tagger says
                pa, pb = self._trim(pa, pb, plabel)
                if pa >= pb:
                    continue
                if plabel == "PER":
                    keys = [w.text.lower() for w in self.words[pa:pb]]  # Baay is no bay
                    if any(ch.isdigit() for w in self.words[pa:pb] for ch in w.text):
                        continue  # "Hercules C-130": a model or a number is no person
                    if self.tables.org_tails.match_end(keys, len(keys)):
                        plabel = "ORG"  # "Navayo International AG", "... News Agency"
                    elif self.tables.loc_tails.match_end(keys, len(keys)):
                        plabel = "LOC"  # "Garment District"
                start, end = self.words[pa].start, self.words[pb - 1].end
                text = self.body[start:end]
                cand = Candidate(start, end, text, "ner", plabel, pa,
                                 same_as=last_name if inside else None)
                out.append(cand)
                if not inside:
                    last_name = text
        return out


def clean_ner(body: str, words: list[Word], ner: tuple[Mention, ...],
              tables: EntityTables) -> list[Candidate]:
    """The NER mentions of ``body`` as candidates cut to their names, in text order."""
    cleaner = NerCleaner(body, words, tables)
    out: list[Candidate] = []
    for m in ner:
        if m.label in ("PER", "ORG", "LOC") and m.text.strip():
            out.extend(cleaner.clean(m))
    return out
