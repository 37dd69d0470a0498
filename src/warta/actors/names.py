"""Name normalisation for actor look-ups.

News spells the same name many ways: ``Zelensky``/``Zelenskyy``, ``Erdoğan``/``Erdogan``,
``Al-Hayya``/``al Hayya``, ``St. Petersburg``/``St Petersburg``. ``fold`` maps them to one
key (diacritics stripped, case folded, punctuation to spaces, doubled letters collapsed), so
the data files list only the variants that folding cannot derive.

Case matters for short acronyms: ``AS`` is the United States, ``as`` is not; ``PAN`` is a
party, ``Pan`` a word. ``is_case_sensitive`` says which keys only match as written, and
``accepts`` refuses an all-lower-case query for the rest (proper names are capitalised:
``barat`` is a direction, ``Barat`` the West).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_PUNCT = re.compile(r"[\s\-‐‑–—./_,;:()\"“”]+")
_QUOTES = re.compile(r"['’‘`´]")
_DOUBLE = re.compile(r"(\w)\1+")
_TOKEN = re.compile(r"[\w’'.-]*\w|[^\w\s]", re.UNICODE)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# distinct strings whose key is remembered: the entity layer folds every word of a body
# and every candidate name, and news repeats its words across articles
FOLD_MEMO = 1 << 17


@functools.lru_cache(maxsize=FOLD_MEMO)
def fold(text: str) -> str:
    """The spelling-insensitive key of a name (pure, so its results are memoised)."""
    if text.isascii():
        # the common case: no accents to strip (ASCII is its own decomposition) and
        # case-folding is lower-casing; a plain word has no quotes or punctuation either
        if text.isalnum():
            return _DOUBLE.sub(r"\1", text.lower())
        text = text.lower()
    else:
        text = strip_accents(text).casefold()
    text = _QUOTES.sub("", text)
    text = _PUNCT.sub(" ", text).strip()
    return _DOUBLE.sub(r"\1", text)


def is_case_sensitive(key: str) -> bool:
    """Acronyms and short codes (``AS``, ``MK``, ``G20``, ``PDIP``) match only as written."""
    compact = key.replace("-", "").replace(" ", "")
    return len(compact) <= 6 and compact.isupper()


def accepts(query: str) -> bool:
    """A case-folded match needs a query with at least one capital letter."""
    return any(c.isupper() for c in query)


def tokens(text: str) -> list[str]:
    """Words (inner hyphens, dots and apostrophes kept) and single punctuation marks."""
    return _TOKEN.findall(text)


def is_capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())
