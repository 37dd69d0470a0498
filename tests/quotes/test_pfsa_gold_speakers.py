"""How the PFSA-ID scorer reads its gold speaker from PERSON / PERSONCOREF / CUECOREF tags,
on token files written for these tests (fictional people)."""

from __future__ import annotations

from collections.abc import Sequence

from warta.eval.pfsa import build_document, names_match

TITLES = frozenset({"Presiden", "Komisaris", "Besar", "Irjen"})


def sent(*tagged: str) -> list[tuple[str, str]]:
    """``"word/TAG"`` items (``O`` when no tag) → one PFSA sentence."""
    out = []
    for item in tagged:
        tok, _, tag = item.partition("/")
        out.append((tok, tag or "O"))
    return out


def statement(words: Sequence[str]) -> list[str]:
    inner = [f"{w}/I-STATEMENT" for w in words]
    return ["”/B-STATEMENT", *inner, ",/I-STATEMENT", "”/L-STATEMENT"]


def test_short_name_coref_is_the_person_sharing_the_word() -> None:
    doc = build_document([
        sent("JAKARTA", ",", "KOMPAS", "—", "Dimas/B-PERSON", "Prakoso/L-PERSON",
             "membuka", "pameran", "."),
        sent("Rina/B-PERSON", "Wati/L-PERSON", "menyambut", "baik", "."),
        sent(*statement(["Kami", "siap"]), "kata/U-CUE", "Dimas/U-PERSONCOREF", "."),
    ], TITLES)
    assert doc.speakers == ["Dimas Prakoso"]


def test_name_coref_without_an_earlier_person_is_its_own_text() -> None:
    doc = build_document([
        sent("JAKARTA", ",", "KOMPAS", "—", "Rina/B-PERSON", "Wati/L-PERSON",
             "menyambut", "baik", "."),
        sent(*statement(["Kami", "siap"]), "ujar/U-CUE", "Bambang/U-PERSONCOREF", "."),
    ], TITLES)
    assert doc.speakers == ["Bambang"]


def test_pronoun_cue_is_the_nearest_person_before() -> None:
    doc = build_document([
        sent("JAKARTA", ",", "KOMPAS", "—", "Rina/B-PERSON", "Wati/L-PERSON",
             "menyambut", "baik", "."),
        sent(*statement(["Kami", "siap"]), "katanya/U-CUECOREF", "."),
    ], TITLES)
    assert doc.speakers == ["Rina Wati"]


def test_title_coref_is_the_nearest_person_before() -> None:
    doc = build_document([
        sent("JAKARTA", ",", "KOMPAS", "—", "Rina/B-PERSON", "Wati/L-PERSON",
             "menyambut", "baik", "."),
        sent(*statement(["Kami", "siap"]), "kata/U-CUE", "Presiden/U-PERSONCOREF", "."),
    ], TITLES)
    assert doc.speakers == ["Rina Wati"]


def test_ranks_are_not_part_of_the_name() -> None:
    assert names_match("Irjen Dimas", "Dimas Prakoso", TITLES)
    assert names_match("Komisaris Besar Dimas Prakoso", "Dimas Prakoso", TITLES)
    assert not names_match("Irjen Dimas", "Rina Wati", TITLES)
    assert not names_match("Irjen Dimas", "Dimas Prakoso")  # without the title list
