"""Indonesian numbers and the amounts they count (GDELT GKG-style "amounts").

``parse_number`` reads a written figure. Indonesian writes ``.`` for thousands and ``,`` for
decimals (``680.000``, ``1,5``); English-style figures turn up in wire copy, prices and
URLs, so a figure is read by its shape: when both separators occur the last one is the
decimal mark (``3.000,50``, ``1,250.50``); a lone ``.`` followed only by 3-digit groups is a
thousands mark (``680.000``, ``1.250.000``), otherwise a decimal point (``1.5``, ``14.30``);
several ``,`` are English thousands (``1,250,000``); a single ``,`` is the Indonesian decimal
comma (``1,5``; also ``1,500`` = 1.5, the Indonesian reading).

``find_amounts`` finds quantities with what they count: an optional approximator
(``hampir``), an optional currency (``Rp``), a figure, number words or a vague quantity
(``ratusan``) with optional scale words (``juta``), an optional range end, and the counted
noun. The kind (deaths, injured, displaced, arrested, troops, weapons, money, other) comes
from the noun's lexicon entry, refined by a predicate near it (``orang tewas``). Every word
list lives in ``data/lang/id`` (numbers.yaml, amounts.yaml, amount_units.tsv,
amount_predicates.tsv).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.doc import Amount, DateMention
from warta.lang.dates import find_dates
from warta.lang.wordscan import PhraseTable, Word, scan
from warta.resources import Resources

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_STOP_PUNCT = {".", ",", ";", ":", "!", "?", "(", ")", '"', "“", "”"}
# Function words that never serve as the counted noun of a bare figure.
_NOT_UNIT = {"dan", "atau", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "itu",
             "ini", "juga", "saja", "lagi", "tersebut", "oleh", "dalam", "sejak", "hingga",
             "sampai", "serta", "namun", "tetapi", "telah", "sudah", "akan", "masih", "per"}


def _grouped(groups: list[str]) -> bool:
    """Digit groups of a figure with thousands marks: 1-3 digits, then threes."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_number(text: str) -> float | None:
    """A written figure as a float, or None when ``text`` is not a figure."""
    s = text.strip()
    if not _FIGURE.fullmatch(s):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # one decimal mark, last; the other mark groups thousands (`1.250,5`, `1,250.5`).
        # Anything else (`6.914,6.811`: two figures run together) is not one number.
        decimal, thousands = (",", ".") if s.rfind(",") > s.rfind(".") else (".", ",")
        whole, _, fraction = s.rpartition(decimal)
        groups = whole.split(thousands)
        if decimal in whole or not fraction or not _grouped(groups):
            return None
        return float("".join(groups) + "." + fraction)
    if dots:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]) and not s.startswith("0"):
            return float(s.replace(".", ""))
        if dots == 1:
            return float(s)
        return None
    if commas:
        groups = s.split(",")
        if commas > 1:
            return float(s.replace(",", "")) if all(len(g) == 3 for g in groups[1:]) else None
        return float(s.replace(",", "."))
    return float(s)


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, float]
    words: dict[str, float]
    teen: str
    tens: str
    hundreds: str
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    approximators: PhraseTable[str]
    currency: re.Pattern[str]
    currency_units: dict[str, str]
    joiners: PhraseTable[bool]
    label_before: frozenset[str]
    label_after: frozenset[str]
    not_quantity: PhraseTable[bool]
    unit_kinds: PhraseTable[str]
    predicates: PhraseTable[list[tuple[str, str]]]
    window_after: int
    window_before: int

    def is_number_word(self, low: str) -> bool:
        return low in self.units or low in self.words or low in (self.teen, self.tens,
                                                                  self.hundreds) \
            or low in self.scales


def _build(resources: Resources) -> _Lexicon:
    num = resources.get("lang/id/numbers.yaml")
    amt = resources.get("lang/id/amounts.yaml")
    cur: dict[str, str] = dict(amt["currency_before"])
    alts = "|".join(re.escape(k) for k in sorted(cur, key=len, reverse=True))
    preds: dict[str, list[tuple[str, str]]] = {}
    for row in resources.get("lang/id/amount_predicates.tsv"):
        preds.setdefault(row["word"], []).append((row["kind"], row["side"]))
    return _Lexicon(
        units={k: float(v) for k, v in num["units"].items()},
        words={k: float(v) for k, v in num["words"].items()},
        teen=num["teen"], tens=num["tens"], hundreds=num["hundreds"],
        scales={k: float(v) for k, v in num["scales"].items()},
        vague={k: (float(v[0]), float(v[1])) for k, v in num["vague"].items()},
        approximators=PhraseTable.build((a, a) for a in amt["approximators"]),
        currency=re.compile(rf"(?<![\w$])({alts})\s*$"),
        currency_units=cur,
        joiners=PhraseTable.build((j, True) for j in amt["range_joiners"]),
        label_before=frozenset(str(w).lower() for w in amt["label_before"]),
        label_after=frozenset(str(w).lower() for w in amt["label_after"]),
        not_quantity=PhraseTable.build((p, True) for p in amt["not_quantity"]),
        unit_kinds=PhraseTable.build((r["unit"], r["kind"])
                                     for r in resources.get("lang/id/amount_units.tsv")),
        predicates=PhraseTable.build(preds.items()),
        window_after=int(amt["window_after"]),
        window_before=int(amt["window_before"]),
    )


def lexicon(resources: Resources) -> _Lexicon:
    return resources.derived("lang.id.numbers", _build)


@dataclass(frozen=True, slots=True)
class _Quantity:
    end: int  # index of the first token after the quantity
    low: float
    high: float
    figure: bool  # written with digits (not number words)


def _scales(lex: _Lexicon, words: Sequence[Word], i: int) -> tuple[int, float]:
    """Consume scale words (``ratus ribu``, ``juta``) after a figure: (next index, factor)."""
    factor = 1.0
    while i < len(words) and words[i].is_word:
        low = words[i].low
        if low in lex.scales:
            factor *= lex.scales[low]
        elif low == lex.hundreds:
            factor *= 100
        else:
            break
        i += 1
    return i, factor


def _number_words(lex: _Lexicon, words: Sequence[Word], i: int) -> _Quantity | None:
    """``dua puluh lima``, ``seratus ribu``, ``setengah juta``: greedy, left to right."""
    total = group = 0.0
    last: float | None = None
    j = i
    while j < len(words) and words[j].is_word and lex.is_number_word(words[j].low):
        low = words[j].low
        if j > i and words[j].start - words[j - 1].end > 2:
            break
        if low in lex.units:
            if last is not None:
                break
            last = lex.units[low]
        elif low in lex.words:
            if last is not None:
                break
            group += lex.words[low]
        elif low == lex.teen:
            if last is None:
                break
            group += last + 10
            last = None
        elif low == lex.tens:
            if last is None:
                break
            group += last * 10
            last = None
        elif low == lex.hundreds:
            if last is None:
                break
            group += last * 100
            last = None
        else:  # scale word
            chunk = group + (last or 0)
            if chunk == 0:
                break
            total += chunk * lex.scales[low]
            group, last = 0.0, None
        j += 1
    value = total + group + (last or 0)
    if j == i or (value == 0 and words[i].low not in ("nol", "kosong")):
        return None
    return _Quantity(j, value, value, False)


def _quantity(lex: _Lexicon, words: Sequence[Word], i: int) -> _Quantity | None:
    w = words[i]
    if w.is_num:
        value = parse_number(w.text)
        if value is None:
            return None
        j, factor = _scales(lex, words, i + 1)
        return _Quantity(j, value * factor, value * factor, True)
    if w.low in lex.vague:
        low, high = lex.vague[w.low]
        j, factor = _scales(lex, words, i + 1)
        if factor == 1:
            return _Quantity(j, low, high, False)
        return _Quantity(j, low * factor, (high + 1) * factor - 1, False)
    return _number_words(lex, words, i)


def _is_label(lex: _Lexicon, words: Sequence[Word], i: int) -> bool:
    """Ordinals (``ke-3``), labels (``pasal 5``), clock times, ratios and phone numbers."""
    w = words[i]
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    if prev is not None:
        if prev.low in lex.label_before or prev.text == "+":
            return True
        glued = prev.end == w.start and i > 1 and words[i - 2].end == prev.start
        if glued and prev.text == "-" and words[i - 2].low == "ke":
            return True
        if glued and prev.text in ("/", ":") and words[i - 2].is_num:
            return True
        if glued and prev.text == "-" and words[i - 2].is_num and (
                words[i - 2].text.startswith("0") or (i > 3 and words[i - 3].text == "-")):
            return True  # the later groups of a phone number `0812-3456-7890`
    if nxt is not None:
        if nxt.low in lex.label_after:
            return True
        if nxt.text in ("/", ":") and nxt.start == w.end and i + 2 < len(words) \
                and words[i + 2].is_num and words[i + 2].start == nxt.end:
            return True
    digits = re.sub(r"\D", "", w.text)
    return w.is_num and w.text.startswith("0") and len(digits) >= 4  # phone numbers


def _unit(lex: _Lexicon, words: Sequence[Word], j: int) -> tuple[int, str | None, str | None]:
    """The counted noun at ``words[j]``: (next index, surface text or None, lexicon kind)."""
    if j >= len(words):
        return j, None, None
    hit = lex.unit_kinds.match_at(words, j)
    if hit is not None:
        n, kind = hit
        return j + n, None, kind
    w = words[j]
    if w.is_word and w.text.islower() and w.low not in _NOT_UNIT \
            and not lex.is_number_word(w.low):
        return j + 1, None, "noun"
    return j, None, None


def _predicate_kind(lex: _Lexicon, words: Sequence[Word], after: int, before: int) -> str | None:
    """Nearest predicate after the noun (``tewas``) or before the number (``menewaskan``)."""
    best: tuple[int, str] | None = None
    j, steps = after, 0
    while j < len(words) and steps < lex.window_after and words[j].text not in _STOP_PUNCT:
        if words[j].is_num:
            break
        hit = lex.predicates.match_at(words, j)
        if hit is not None:
            kinds = [k for k, side in hit[1] if side in ("after", "both")]
            if kinds:
                best = (steps, kinds[0])
                break
        j, steps = j + 1, steps + 1
    j, steps = before, 0
    while j > 0 and steps < lex.window_before and words[j - 1].text not in _STOP_PUNCT:
        if words[j - 1].is_num:
            break
        hit = lex.predicates.match_ending(words, j)
        if hit is not None:
            kinds = [k for k, side in hit[1] if side in ("before", "both")]
            if kinds and (best is None or steps < best[0]):
                best = (steps, kinds[0])
            if kinds:
                break
        j, steps = j - 1, steps + 1
    return best[1] if best else None


def find_amounts(text: str, resources: Resources,
                 dates: Sequence[DateMention] | None = None, *,
                 words: Sequence[Word] | None = None) -> list[Amount]:
    """Counted quantities in ``text``, in text order, with offsets into ``text``.

    ``dates``: the date mentions of ``text`` when the caller has them already (the language
    layer does), so they are not searched again; otherwise they are found here. ``words``:
    ``wordscan.scan(text)``, likewise.
    Skipped: numbers inside date mentions, years without a counted noun, durations and
    ages (``2 jam``, ``10 tahun``), clock times, phone numbers, ordinals (``ke-3``) and
    labels (``pasal 5``). Percentages are kept as kind ``other`` with unit ``%``.
    """
    lex = lexicon(resources)
    words = scan(text) if words is None else words
    if dates is None:
        dates = find_dates(text, None, resources, words=words)
    date_spans = [(d.start, d.end) for d in dates]
    out: list[Amount] = []
    i = 0
    while i < len(words):
        w = words[i]
        if not (w.is_num or w.is_word):
            i += 1
            continue
        skip = lex.not_quantity.match_at(words, i)
        if skip is not None:
            i += skip[0]
            continue
        q = _quantity(lex, words, i) if (w.is_num or lex.is_number_word(w.low)
                                          or w.low in lex.vague) else None
        if q is None or any(s <= w.start < e for s, e in date_spans) or _is_label(lex, words, i):
            i += 1
            continue
        amount = _amount(lex, text, words, i, q)
        if amount is not None:
            out.append(amount)
        i = max(q.end, i + 1) if amount is None else _next_index(words, amount.end, i)
    return out


def _next_index(words: Sequence[Word], end: int, i: int) -> int:
    while i < len(words) and words[i].start < end:
        i += 1
    return i


def _amount(lex: _Lexicon, text: str, words: Sequence[Word], i: int,
            q: _Quantity) -> Amount | None:
    low, high, j = q.low, q.high, q.end
    # Range end: `20-30 orang`, `10 hingga 15 orang`.
    join = lex.joiners.match_at(words, j)
    if join is not None and j + join[0] < len(words):
        k = j + join[0]
        if words[k].is_num or lex.is_number_word(words[k].low):
            q2 = _quantity(lex, words, k)
            if q2 is not None and q2.low > q.low and words[j].start - words[j - 1].end <= 1:
                # `2-3 juta`: the scale after the second figure applies to the first too.
                if q.figure and q.end == i + 1 and q2.figure and q2.low > 0:
                    _, factor = _scales(lex, words, k + 1)
                    if factor > 1:
                        low = q.low * factor
                high, j = q2.high, q2.end
    start = words[i].start
    unit: str | None = None
    kind_src: str | None = None
    m = lex.currency.search(text, 0, start)
    if m is not None:
        unit, kind_src, start = lex.currency_units[m.group(1)], "money", m.start(1)
    k, _, lex_kind = _unit(lex, words, j)
    end = words[j - 1].end
    if unit is None and lex_kind is not None:
        if lex_kind == "time":
            return None
        unit = text[words[j].start : words[k - 1].end]
        kind_src = lex_kind
        end = words[k - 1].end
    elif unit is not None and lex_kind == "money":  # `Rp 2 miliar rupiah`
        end = words[k - 1].end
    if unit is None and j < len(words) and words[j].text == "%" and words[j].start == end:
        unit, kind_src, end = "%", "percent", words[j].end
    is_year = q.figure and re.fullmatch(r"(1[89]|20)\d\d", words[i].text) is not None
    if kind_src in (None, "noun") and (is_year or (not q.figure and kind_src is None)):
        return None
    # Approximator before the number (or before the currency).
    first = i
    while first > 0 and words[first - 1].start >= start:
        first -= 1
    approx: str | None = None
    hit = lex.approximators.match_ending(words, first)
    if hit is not None:
        n, approx = hit
        if first - n > 0 and words[first - n - 1].is_num:
            approx = None  # `10 hingga 15`: a range, handled above
        else:
            start = words[first - n].start
            approx = text[start : words[first - 1].end]
    kind = _kind(lex, words, kind_src, k if kind_src not in (None, "noun") else j, first)
    if kind_src == "percent":
        unit, kind = "%", "other"
    return Amount(start=start, end=end, text=text[start:end], low=low, high=high,
                  approx=approx, unit=unit, kind=kind)


def _kind(lex: _Lexicon, words: Sequence[Word], unit_kind: str | None, after: int,
          before: int) -> str:
    if unit_kind in ("money", "weapons", "displaced", "deaths", "injured", "arrested"):
        return unit_kind
    if unit_kind in ("person", "troops"):
        found = _predicate_kind(lex, words, after, before)
        if found is not None:
            return found
        return "troops" if unit_kind == "troops" else "other"
    return "other"
