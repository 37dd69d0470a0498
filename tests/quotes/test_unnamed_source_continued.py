"""An unnamed source (``seorang pejabat AS``) continued by a pronoun or by ``pejabat …
tersebut`` keeps a null speaker instead of taking an earlier name. Sentences written for
these tests (fictional people)."""

from __future__ import annotations

import pytest

from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _speakers(body: str, res: Resources) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(body, res)]


def test_pronoun_after_an_unnamed_source(res: Resources) -> None:
    body = ("\"Pangkalan tetap beroperasi,\" kata Mark Hollis. Seorang pejabat pertahanan AS, "
            "yang tidak mau disebut namanya, enggan membahas posisi pesawat. Namun dia "
            "mengatakan kepada wartawan bahwa: \"Kami tetap siaga penuh.\"")
    assert _speakers(body, res) == ["Mark Hollis", None]


def test_definite_official_after_an_unnamed_source(res: Resources) -> None:
    body = ("\"Pangkalan tetap beroperasi,\" kata Mark Hollis. Seorang pejabat AS mengatakan "
            "bahwa pasukan tambahan dikirim pekan ini. \"Kami tidak akan mundur,\" kata "
            "pejabat AS tersebut.")
    assert _speakers(body, res) == ["Mark Hollis", None, None]


def test_pronoun_without_an_unnamed_source_keeps_the_name(res: Resources) -> None:
    body = ("\"Pangkalan tetap beroperasi,\" kata Mark Hollis. Pesawat tambahan tiba di "
            "pangkalan. Namun dia mengatakan kepada wartawan bahwa: \"Kami tetap siaga "
            "penuh.\"")
    assert _speakers(body, res) == ["Mark Hollis", "Mark Hollis"]


def test_colon_cue_reads_the_subject_of_its_verb(res: Resources) -> None:
    body = ("Menteri Perhubungan Adi Wirawan meninjau bandara baru. Wakil Menteri Sinta Dewi "
            "menyampaikan kepada wartawan di lokasi bahwa: \"Landasan siap dipakai bulan "
            "depan.\"")
    assert _speakers(body, res)[-1] == "Sinta Dewi"
