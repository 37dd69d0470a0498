"""UD syntactic words of a surface token: its host word and one word per enclitic.

Warta's tokens are surface tokens (``bukunya``); the UD treebanks count syntactic words
(``buku`` + ``nya``), so a token with enclitics is written and scored as a multi-word token.
The morphological analyser (:func:`warta.lang.morph.analyze`) finds the clitics and their role
(agent, object, possessor, particle); ``lang/id/clitic_words.yaml`` gives each role its UPOS
and relation, and each clitic pronoun its lemma. The clitic word's head is the host word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warta.lang import morph
from warta.resources import Resources


@dataclass(frozen=True, slots=True)
class CliticWord:
    """One enclitic as a UD word; ``start``/``end`` are offsets inside the token."""

    start: int
    end: int
    form: str
    upos: str
    lemma: str
    deprel: str


@dataclass(frozen=True)
class _Table:
    roles: dict[str, tuple[str, str]]  # role -> (upos, deprel)
    lemmas: dict[str, str]
    forms: tuple[str, ...]  # clitic forms, to skip the analyser for most words
    whole: frozenset[str]  # fused words that are one UD word (akhirnya, meskipun)
    never: frozenset[str]  # host tags never split (PROPN)


def _build(resources: Resources) -> _Table:
    data: dict[str, Any] = resources.get("lang/id/clitic_words.yaml")
    affixes: dict[str, Any] = resources.get("lang/id/affixes.yaml")
    return _Table(
        roles={str(k): (str(v["upos"]), str(v["deprel"])) for k, v in data["roles"].items()},
        lemmas={str(k): str(v) for k, v in (data.get("lemmas") or {}).items()},
        forms=tuple(str(c) for c in affixes["clitics"]),
        whole=frozenset(str(w).casefold() for w in data.get("whole_words") or ()),
        never=frozenset(str(u) for u in data.get("host_upos_never_split") or ()),
    )


def clitic_words(token: str, resources: Resources, upos: str | None = None
                 ) -> tuple[CliticWord, ...]:
    """The enclitics of ``token`` as UD words, in order; empty when it has none (or when the
    analyser gives a clitic a role the table does not know), for the fused words of
    ``whole_words`` and for hosts tagged as the file's ``host_upos_never_split``. ``upos`` is
    the host's tag: a verb without a voice prefix is active, so its ``-nya`` is an object."""
    table: _Table = resources.derived("lang.id.clitic_words", _build)
    low = token.lower()
    if not low.endswith(table.forms) or low in table.whole or upos in table.never:
        return ()
    words: list[CliticWord] = []
    for part in morph.analyze(token, resources, upos).parts:
        if part.kind != "clitic":
            continue
        spec = table.roles.get(part.role or "")
        if spec is None:
            return ()
        form = token[part.start:part.end]
        words.append(CliticWord(part.start, part.end, form, spec[0],
                                table.lemmas.get(form.lower(), form.lower()), spec[1]))
    return tuple(words)
