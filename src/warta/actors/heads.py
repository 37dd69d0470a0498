"""Head-word patterns: titles before a person's name and institution names.

``actors/titles.tsv`` and ``actors/institutions.tsv`` share one format (see
``src/warta/data/README.md``): the head words (``Menteri Luar Negeri``, ``Kapolda``,
``Kementerian``, ``Militer``), a code and a sector. ``*`` means "from the actor named after
the head": ``Menteri Luar Negeri Iran`` takes IRN from ``Iran``, ``juru bicara militer
Israel`` takes ISR/MIL from ``militer Israel``, ``Ketua Umum Partai Gerindra`` takes
IDN/PTY from the party. ``fallback`` fills what ``*`` could not: ``IDN`` for Indonesian
offices with no country named (``Kapolres``, ``Bupati``), ``/GOV`` for a state's sector when
the actor named is a bare country (a spokesperson acts for the state).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from warta.actors.names import fold
from warta.errors import ResourceError

WILD = "*"
NO_ACTOR = "-"  # code of a head that names no actor: Tim Nasional (a sports team)


@dataclass(frozen=True)
class Head:
    words: tuple[str, ...]       # folded head words
    code: str                    # literal code or "*"
    sector: str                  # literal sector, "*" or "" (none)
    fallback_code: str | None
    fallback_sector: str | None
    # an acronym that folding shortens (``USS`` folds like ``US``): matched as written
    lowered: tuple[str, ...] | None = None


@dataclass(frozen=True)
class HeadTable:
    by_first: dict[str, tuple[Head, ...]]

    def match_at(self, folded: list[str], start: int,
                 written: list[str] | None = None) -> Head | None:
        """The longest head starting at word ``start``. With ``written`` (the words as in
        the text), an acronym head that folding shortens must match letter for letter:
        ``US Open`` is no ``USS`` warship."""
        best: Head | None = None
        for head in self.by_first.get(folded[start], ()):
            n = len(head.words)
            if tuple(folded[start:start + n]) != head.words:
                continue
            if head.lowered is not None and written is not None \
                    and tuple(w.lower() for w in written[start:start + n]) != head.lowered:
                continue
            if best is None or n > len(best.words):
                best = head
        return best


def compile_heads(rows: list[dict[str, str]], where: str) -> HeadTable:
    table: dict[str, list[Head]] = {}
    for row in rows:
        words = tuple(fold(row.get("words") or "").split())
        raw = (row.get("words") or "").split()
        shortened = any(w.isupper() and len(w) > 1 and fold(w) != w.lower() for w in raw)
        if not words:
            raise ResourceError(f"{where}: empty head words")
        fallback = (row.get("fallback") or "").strip()
        fcode, _, fsector = fallback.partition("/")
        head = Head(words=words, code=(row.get("code") or "").strip(),
                    sector=(row.get("sector") or "").strip(),
                    fallback_code=fcode or None, fallback_sector=fsector or None,
                    lowered=tuple(w.lower() for w in raw) if shortened else None)
        if not head.code:
            raise ResourceError(f"{where}: {row.get('words')!r} has no code")
        table.setdefault(words[0], []).append(head)
    return HeadTable({k: tuple(v) for k, v in table.items()})


# what the words after a head name: (code, sector, names a bare state such as "Iran")
Found = tuple[str | None, str | None, bool] | None


def apply_head(head: Head, found: Found) -> tuple[str | None, str | None]:
    """Code and sector of a head given the actor named after it. The fallback sector
    applies to a bare state (``juru bicara Israel`` → ISR/GOV) but not to an organisation
    that has no sector (``juru bicara PBB`` stays UNO), and neither does a title's own
    sector (``Presiden FIFA`` is NGO, no sector)."""
    found_code, found_sector, state = found if found else (None, None, False)
    if head.code == NO_ACTOR:
        return None, None
    code = found_code if head.code == WILD else head.code
    if head.code == WILD and code is None:
        code = head.fallback_code
    if head.sector == WILD:
        sector = found_sector
        if sector is None and (state or found_code is None):
            sector = head.fallback_sector
    elif head.code == WILD and found_code is not None and not state and (
            found_sector is None or head.sector == "GOV"):
        # a title of an organisation, not of a state: the organisation's sector rather than
        # a state office's (``Presiden PKS`` leads a party, PTY); none when it has none
        # (``Presiden FIFA``, ``Sekretaris Jenderal NATO``). A title with a sector of its
        # own keeps it (a cleric of a state body stays REL)
        sector = found_sector
    else:
        sector = head.sector or None
    return code, sector


def scan_actor(words: list[str], resolve: Callable[[str], Found],
               max_len: int = 8) -> tuple[Found, int, int]:
    """The first actor named in ``words`` (leftmost start, longest span), with its span."""
    for i in range(len(words)):
        for j in range(min(len(words), i + max_len), i, -1):
            found = resolve(" ".join(words[i:j]))
            if found is not None:
                return found, i, j
    return None, 0, 0
