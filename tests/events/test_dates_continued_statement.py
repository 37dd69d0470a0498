"""A sentence opening with a pronoun for a person right after one that dates a statement
(``Hal tersebut disampaikan X di Jenewa, Rabu (18/6). Ia menyebut ...``) goes on with that
statement: its undated speech acts take the statement's day. A sentence naming its own
speaker does not. Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_ia_after_a_dated_statement_takes_its_day(piped: Piped) -> None:
    ev = piped("Iran akan membalas setiap serangan terhadap wilayahnya. Hal tersebut "
               "disampaikan Menteri Luar Negeri Iran Abbas Araghchi kepada wartawan di "
               'Jenewa, Rabu (18/6). Ia menyebut Amerika Serikat sebagai "kaki tangan '
               'penjahat perang" di kawasan.')
    accused = [e for e in ev if e.plover == "ACCUSE"]
    assert accused and all(e.date == "2025-06-18" for e in accused)


def test_a_named_speaker_after_a_dated_statement_keeps_no_date(piped: Piped) -> None:
    ev = piped("Iran akan membalas setiap serangan terhadap wilayahnya. Hal tersebut "
               "disampaikan Menteri Luar Negeri Iran Abbas Araghchi kepada wartawan di "
               "Jenewa, Rabu (18/6). Presiden Turki Recep Tayyip Erdogan menyebut Amerika "
               'Serikat sebagai "kaki tangan penjahat perang" di kawasan.')
    accused = [e for e in ev if e.plover == "ACCUSE"]
    assert accused and all(e.date is None for e in accused)
