"""Which sentences the named-entity recogniser reads (``lang.ner = "names"``).

A name in Indonesian news is written with a capital letter (``Prabowo``, ``Jawa Barat``) or
is an acronym or code (``KPK``, ``G20``). A sentence in which no word after the first has an
upper-case letter or mixes digits and letters can hold a name only in its first word, and
only when that word is not a common word that is capitalised because it opens the sentence
(``Namun``, ``Menurutnya``, ``Kebijakan``). On such sentences the model's NER finds almost
only junk (lower-case loanwords and foreign phrases as ORG or PER), so the language layer
does not run it there (``warta.lang.annotate.annotate_many``).

"Common word" comes from data: the closed-class words of ``lang/id/function_words.txt``
(alone or with the clitic ``-nya``), and words the morphological analyser
(``warta.lang.morph``) explains as a known root with affixes: ``-nya`` on a known root
(``Hasilnya``), a reduplication (``Masing-masing``), or any other affix when the whole word
is also a form of the treebank word list (``roots.tsv``: ``Kebijakan``, ``Diperlukan``).
The last condition keeps names that merely look derived (``Bekasi`` as ``bekas`` + ``-i``,
district names in ``ke-…-an``) out of the common words.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.lang.morph import analyze, rules
from warta.resources import Resources

FUNCTION_WORDS = "lang/id/function_words.txt"


def _function_words(resources: Resources) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in resources.get(FUNCTION_WORDS))


def _marked(word: str) -> bool:
    """An upper-case letter, or digits mixed with letters (``KPK``, ``iPhone``, ``G20``)."""
    digit = alpha = False
    for ch in word:
        if ch.isupper():
            return True
        digit = digit or ch.isdigit()
        alpha = alpha or ch.isalpha()
    return digit and alpha


def is_common_word(word: str, resources: Resources) -> bool:
    """Is ``word`` (any case) a common word of the language, never a name on its own?"""
    if len(word) > 1 and word.isupper():
        return False  # written as an acronym (KE, ITU), whatever word it spells
    low = word.lower()
    function = resources.derived("lang.id.function_words", _function_words)
    if low in function:
        return True
    if low.endswith("nya") and low[:-3] in function:
        return True
    a = analyze(word, resources)
    if not a.known:
        return False
    if a.reduplicated or "nya" in a.clitics:
        return True
    if a.prefixes or a.suffixes or a.clitics:
        return low in rules(resources).form
    return False


def may_hold_name(words: Sequence[str], resources: Resources) -> bool:
    """Can this sentence (its tokens, as written) hold a name? True when a word after the
    first has an upper-case letter or mixes digits and letters, or when the first word does
    and is not a common word (``is_common_word``). Punctuation before the first word (an
    opening quote mark) does not count as a word. A superset of where the NER finds names:
    the sentences it answers False for are the ones the NER is not run on."""
    # the first word is the first token with a letter or digit: an opening quote mark or
    # bracket does not make the word after it a name ("Kami ...", (Dalam ...)
    k = 0
    while k < len(words) and not any(ch.isalnum() for ch in words[k]):
        k += 1
    if k == len(words):
        return False
    if any(_marked(w) for w in words[k + 1:]):
        return True
    first = words[k]
    return _marked(first) and not is_common_word(first, resources)
