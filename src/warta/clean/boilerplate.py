"""Finding the article's lines in a scraped text and dropping the boilerplate among them.

The text is cut into lines (spans of the source, never copies). Scrapers flatten pages in
different ways, so a "line" is also cut where a flattened record shows a paragraph end:
a sentence glued to the next (``kalimat.Kalimat``), a double space after a full stop
(cnnindonesia exports), ``.,`` joins (some kompas CSVs), an inline ad marker, or a related
headline glued into the text. Lines are then classified against the generic rules of
``data/clean/boilerplate.yaml`` and the outlet's profile, and the lines that survive are
re-joined into paragraphs where a scraper broke a sentence (kompas puts every linked word
on a line of its own).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from warta.clean.normalize import comparable, strip_piece
from warta.clean.rules import CleanRules, OutletProfile

_TERMINAL = re.compile(r"[.!?:;\"”’…)\]]$")
_OPENING = re.compile(r"[(\[“\"‘]$")
_STARTS_CONTINUATION = re.compile(r"^[a-z,.;:)\]”’%]")
_WORD = re.compile(r"\S+")
# a lower-case letter glued to a capitalised word (``PolitikBudi``); not a brand written
# with capitals inside (``MotoGP``, ``VISION+``)
_CAMEL_GLUE = re.compile(r"[a-z][A-Z](?=[a-z])")
_END_GLUE = re.compile(r"[a-z][!?][\"”’]?(?=[A-Z])")
_MIN_HEADLINE_WORDS = 3
# a related label glued to the text counts after a sentence end, a colon (``VISION+:Baca
# Juga: ...``) or a closing bracket (``(TKBI)Baca juga: ...``)
_BEFORE_LABEL = frozenset(".!?\"” :)]")
_LIST_NUMBER = re.compile(r"\d{1,2}\.")
_SHORT_LINE_WORDS = 6
_HEADLINE_MAX_WORDS = 30
_TAIL_HEADLINE_WORDS = 16
_SIGNOFF_CHARS = 60  # a sign-off is searched for in the last characters only
_COPY_PROBE = 200  # characters compared to recognise a flattened second copy
_COPY_TAIL = 120  # a partial flattened copy may end in this much page furniture


@dataclass(slots=True)
class Line:
    """``[start, end)`` of the source; ``brk``: a paragraph must start here."""

    start: int
    end: int
    brk: bool = True
    alt: bool = False  # just above a photo caption: the photo's alt text if in the header


def text_end(text: str, rules: CleanRules, profile: OutletProfile | None, min_keep: int) -> int:
    """Where the article ends: the first footer ("Simak breaking news ...") found after
    ``min_keep`` characters, else the end of the text."""
    end = len(text)
    patterns = rules.footers + (profile.footers if profile else ())
    for pat in patterns:
        m = pat.search(text, min_keep)
        if m and m.start() < end:
            end = m.start()
    return end


def _cut(lines: list[Line], text: str, pattern: re.Pattern[str]) -> list[Line]:
    """Cut lines where ``pattern`` matches. The part dropped is the matched group named
    ``drop...`` if any, nothing at an empty ``cut`` group, else the whole match."""
    out: list[Line] = []
    for line in lines:
        pos = line.start
        brk = line.brk
        for m in pattern.finditer(text, line.start, line.end):
            group = m.lastgroup
            if group is None:
                cut_start, cut_end = m.start(), m.end()
            else:
                cut_start, cut_end = m.start(group), m.end(group)
            s, e = strip_piece(text, pos, cut_start)
            if e > s:
                out.append(Line(s, e, brk))
                brk = True
            pos = cut_end
        s, e = strip_piece(text, pos, line.end)
        if e > s:
            out.append(Line(s, e, brk))
    return out


def flattened_copy_end(text: str, end: int) -> int:
    """Where the article starts when a scraper stored it twice: first flattened onto one
    line, then again with its line breaks. The second copy is kept (it has the paragraph
    breaks); returns the offset after the flattened line, or 0. The flattened copy may be
    only the first page of a longer article (it then ends in a page widget such as
    ``Loading...``): it still goes when all but its last ``_COPY_TAIL`` characters open the
    second copy."""
    first_nl = text.find("\n", 0, end)
    if first_nl < _COPY_PROBE:
        return 0
    first = comparable(text[: 3 * _COPY_PROBE])[:_COPY_PROBE]
    rest = comparable(text[first_nl : first_nl + 3 * _COPY_PROBE])[:_COPY_PROBE]
    if len(rest) < _COPY_PROBE or first != rest:
        return 0
    if first_nl >= 0.8 * (end - first_nl):
        return first_nl + 1
    head = comparable(text[: max(0, first_nl - _COPY_TAIL)])
    copy = comparable(text[first_nl: first_nl + 2 * first_nl])
    return first_nl + 1 if len(head) >= _COPY_PROBE and copy.startswith(head) else 0


def split_lines(text: str, start: int, end: int, rules: CleanRules) -> list[Line]:
    """Physical lines of ``text[start:end]`` cut further at flattened paragraph ends and inline
    ad markers. ``brk`` is False only for a line that directly follows another one (no
    blank line between), which the re-joiner may attach to the previous line."""
    lines: list[Line] = []
    pos = start
    blank = True
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = strip_piece(text, pos, stop)
        if e > s:
            lines.append(Line(s, e, blank))
            blank = False
        else:
            blank = True
        pos = stop + 1
    return _cut(lines, text, rules.line_splitter)


def is_headline(text: str, rules: CleanRules, *, whole_line: bool = False) -> bool:
    """A related-article headline: short, mostly capitalised, no closing full stop. A short
    remainder that fills the rest of its line (``whole_line``) counts whatever its case
    (antaranews writes headlines in sentence case)."""
    words = text.split()
    if not 1 <= len(words) <= _HEADLINE_MAX_WORDS:
        return False
    if text.endswith(".") and not text.endswith(("...", "…")):
        return False
    if whole_line and len(words) <= _TAIL_HEADLINE_WORDS:
        return True
    alpha = [w for w in words if w[:1].isalpha()]
    content = [w for w in alpha if w.lower() not in rules.headline_connectors]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    return capital / len(content) >= 0.6


def headline_end(text: str, start: int, end: int, rules: CleanRules) -> int:
    """End offset of a related headline that a flattened record glued to the paragraph
    after it. The headline stops at the first of:

    - a glued word: ``PolitikBudi``, or a headline's closing ``?``/``!`` glued to the next
      sentence (``Alasannya?Pria``, ``Kemenangan!"Dia``);
    - at least three words in (and not after a colon), a word that opens a sentence: a
      capitalised sentence starter (``Namun``, ``Dalam``, ``Menurut``: data
      ``sentence_starters``), an opening quotation mark (``“Federasi ...``) or a numbered
      subheading (``2. Menciptakan ...``), or a weekday opening a date (``Sabtu, 7 Juni``:
      a schedule follows);
    - the capitalised word just before the first lower-case word that is not a headline
      connector (``Tanduk Satu orang tewas`` → ``Satu``)."""
    words = list(_WORD.finditer(text, start, end))
    prev_start: int | None = None
    for n, m in enumerate(words):
        word = m.group()
        if not word.isupper():
            stop = _END_GLUE.search(word)
            if stop:
                return m.start() + stop.end()
            glue = _CAMEL_GLUE.search(word)
            if glue:
                return m.start() + glue.start() + 1
        core = word.strip("\"'“”‘’()[],.:;!?")
        before = words[n - 1].group() if n else ""
        if n >= _MIN_HEADLINE_WORDS and _opens_date(word, words[n + 1].group() if n + 1 < len(words)
                                                    else "", rules):
            return m.start()
        if n >= _MIN_HEADLINE_WORDS and not before.endswith(":") and (
                (core[:1].isupper() and (word[0] in "\"“" or core.lower() in rules.sentence_starters
                                         or word.lower() in rules.sentence_starters))
                or (_LIST_NUMBER.fullmatch(word) and not before.endswith(".")
                    and n + 1 < len(words) and words[n + 1].group()[:1].isupper())):
            return m.start()
        if not core or not core[0].isalpha() or core[0].isupper() or core.lower() in rules.headline_connectors:
            prev_start = m.start() if core[:1].isupper() else prev_start
            continue
        return prev_start if prev_start is not None else m.start()
    return end


def _opens_date(word: str, following: str, rules: CleanRules) -> bool:
    """``Sabtu, 7 Juni ...``: a weekday with its comma before a day number opens a date
    line (a schedule the headline was glued to), not a headline word."""
    return word.endswith(",") and word[:-1].lower() in rules.weekdays and following[:1].isdigit()


def _has_date(text: str, start: int, end: int, rules: CleanRules) -> bool:
    """Whether a date opens somewhere after the first words of ``text[start:end]``: then
    the rest of the line is no short headline but a headline glued to a schedule."""
    words = _WORD.findall(text, start, end)
    return any(_opens_date(w, nxt, rules) for w, nxt in pairwise(words[_MIN_HEADLINE_WORDS:]))


_ALT_TEXT_WINDOW = 12  # a photo's alt text is looked for in the page header only
_ALT_TEXT_MAX_WORDS = 20
_PAGE_RELATED_HEADLINES = 3
_REPEAT_MIN_CHARS = 20  # a page lists up to this many headlines under one label


def _mark_alt_text(kept: list[Line], text: str, seen: int) -> None:
    """The kept line just above a photo caption, in the header, when it reads like an
    image description (short, no closing punctuation): the clean stage drops it from the
    header unless it turns out to be the title, byline or date line."""
    if not kept or seen > _ALT_TEXT_WINDOW:
        return
    prev = text[kept[-1].start:kept[-1].end]
    if len(prev.split()) <= _ALT_TEXT_MAX_WORDS and not _TERMINAL.search(prev):
        kept[-1].alt = True


def _repeats_previous(prev: Line, seg: str, text: str, rules: CleanRules) -> bool:
    """Whether ``seg`` is a headline-like line repeating the line before it (the second
    copy may be cut short): a teaser card printed twice, never article text."""
    if len(seg) < _REPEAT_MIN_CHARS or not is_headline(seg, rules):
        return False
    prev_key, key = comparable(text[prev.start:prev.end]), comparable(seg)
    return len(key) >= _REPEAT_MIN_CHARS and prev_key.startswith(key)


def _record_headlines(lines: list[Line], i: int, text: str, rules: CleanRules,
                      profile: OutletProfile | None) -> int:
    """How many lines after a bare related label in a record are linked headlines: one, or
    the outlet's ``related_headlines_in_records`` when that many headline-like lines follow
    (kumparan exports list three under ``Baca Juga :``; fewer is a headline and a subheading)."""
    n = profile.related_headlines_in_records if profile else 1
    if n <= 1:
        return 1
    following = [text[ln.start:ln.end] for ln in lines[i:i + n]]
    if len(following) == n and all(is_headline(seg, rules) and not rules.list_item.match(seg)
                                   for seg in following):
        return n
    return 1


def classify(lines: list[Line], text: str, rules: CleanRules, profile: OutletProfile | None,
             *, page: bool = False) -> list[Line]:
    """Drop boilerplate lines; cut related headlines out of the lines that hold them.

    ``page``: the text is a whole page (a dump or HTML), where a related label standing
    alone is followed by the linked headlines (up to three); in a scraper's record it is
    followed by one headline, or by none when the outlet's scrapers drop the links
    (``related_label_alone_in_records``)."""
    kept: list[Line] = []
    headlines_to_drop = 0
    drop_next_caption = False
    profile_drop = profile.drop_lines if profile else None
    label_alone = bool(profile and profile.related_label_alone_in_records) and not page
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        seg = text[line.start:line.end]
        if headlines_to_drop:
            headlines_to_drop -= 1
            if is_headline(seg, rules) and not rules.list_item.match(seg):
                continue
            headlines_to_drop = 0
        if drop_next_caption:
            drop_next_caption = False
            if rules.caption_after_credit.fullmatch(seg):
                continue
        if rules.caption_lines.fullmatch(seg):
            _mark_alt_text(kept, text, i)
            if i < len(lines):
                lines[i].brk = True  # a photo stands between paragraphs
            continue
        if (profile_drop is not None and profile_drop.fullmatch(seg)) or rules.drop_lines.fullmatch(seg):
            if "/" in seg and len(seg.split()) <= 8 and not seg.startswith("("):
                drop_next_caption = True
            continue
        if rules.related_bullet.fullmatch(seg) and is_headline(seg.lstrip("•●▪► "), rules):
            continue
        if kept and _repeats_previous(kept[-1], seg, text, rules):
            kept.pop()  # a teaser title printed twice ("Video ...", related link + its card)
            continue
        label = rules.related_label.search(text, line.start, line.end)
        if label and (label.start() == line.start or text[label.start() - 1] in _BEFORE_LABEL):
            before = strip_piece(text, line.start, label.start())
            after_start = label.end()
            if after_start >= line.end:
                if not label_alone:
                    headlines_to_drop = _PAGE_RELATED_HEADLINES if page else _record_headlines(
                        lines, i, text, rules, profile)
                rest = None
            elif is_headline(text[after_start:line.end], rules, whole_line=True) \
                    and not _has_date(text, after_start, line.end, rules):
                rest = None
            else:
                cut = headline_end(text, after_start, line.end, rules)
                rest = strip_piece(text, cut, line.end)
            if before[1] > before[0]:
                kept.append(Line(before[0], before[1], line.brk))
            if rest and rest[1] > rest[0]:
                lines.insert(i, Line(rest[0], rest[1], True))
            continue
        kept.append(line)
    return kept


def strip_signoff(line: Line, text: str, rules: CleanRules) -> Line | None:
    """The last line without a trailing editor sign-off (``... katanya. (den/asa)``)."""
    window = max(line.start, line.end - _SIGNOFF_CHARS)
    for pat in rules.trailing_signoffs:
        m = pat.search(text, window, line.end)
        if m:
            s, e = strip_piece(text, line.start, m.start())
            return Line(s, e, line.brk) if e > s else None
    return line


def joins_previous(prev: str, cur: str, rules: CleanRules) -> bool:
    """Whether ``cur`` continues the sentence of ``prev`` (a line a scraper broke). A
    numbered subheading (``1. Minum Air``) stands alone."""
    if _STARTS_CONTINUATION.match(cur) or _OPENING.search(prev):
        return True
    if rules.list_item.match(prev) or rules.list_item.match(cur):
        return False
    if _TERMINAL.search(prev):
        return False
    if len(cur.split()) <= _SHORT_LINE_WORDS:
        return True
    last = prev.rsplit(None, 1)[-1].lower()
    return last in rules.headline_connectors or len(prev.split()) <= _SHORT_LINE_WORDS


def paragraphs(lines: list[Line], text: str, rules: CleanRules) -> list[list[tuple[int, int]]]:
    """Group kept lines into paragraphs, re-joining lines a scraper broke."""
    out: list[list[tuple[int, int]]] = []
    prev: Line | None = None
    for line in lines:
        if (
            out
            and prev is not None
            and not line.brk
            and joins_previous(text[prev.start:prev.end], text[line.start:line.end], rules)
        ):
            out[-1].append((line.start, line.end))
        else:
            out.append([(line.start, line.end)])
        prev = line
    return out


_QUOTE_MARKS = frozenset("\"“'‘")  # a quoted paragraph is a quotation, never a card
_CONTENT_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-){3,}")


def _content_words(text: str, rules: CleanRules) -> list[str]:
    return [w for w in (m.lower() for m in _CONTENT_WORD.findall(text))
            if w not in rules.headline_connectors]


def drop_foreign_headlines(paras: list[list[tuple[int, int]]], text: str, rules: CleanRules,
                           title: str | None, min_words: int) -> list[list[tuple[int, int]]]:
    """Paragraphs without the headline-like ones that share no word with the rest of the
    article or its title. Some outlets' exports carry the cards of other articles (a video
    or a "read also" card with its label lost) as bare lines: a subheading repeats the
    article's vocabulary, a card for another story does not. Only headlines of at least
    ``min_words`` content words (four letters or more) are judged, so short subheadings
    (``Kronologi Kejadian``) always stay."""
    texts = [" ".join(text[s:e] for s, e in para) for para in paras]
    words = [set(_content_words(t, rules)) for t in texts]
    seen = Counter(w for ws in words for w in ws)
    title_words = set(_content_words(title or "", rules))
    kept: list[list[tuple[int, int]]] = []
    for para, seg, ws in zip(paras, texts, words, strict=True):
        if len(ws) >= min_words and seg[:1] not in _QUOTE_MARKS and is_headline(seg, rules) \
                and not rules.list_item.match(seg) \
                and not any(seen[w] > 1 or w in title_words for w in ws):
            continue
        kept.append(para)
    return kept
