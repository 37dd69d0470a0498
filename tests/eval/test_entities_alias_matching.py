"""Entity scorer: (name, type) P/R/F1 with alias-aware matching, code/sector accuracy."""

from __future__ import annotations

import pytest

from warta.eval.aliases import ALIAS, EXACT, NONE, NameIndex, alias_groups
from warta.eval.entities import aggregate, score_article


def ent(name: str, typ: str = "PER", code: str | None = None,
        sector: str | None = None) -> dict[str, str | None]:
    return {"name": name, "type": typ, "code": code, "sector": sector}


GOLD = [ent("Rahmat Hidayat", "PER", "IDN", "GOV"), ent("Amerika Serikat", "LOC", "USA"),
        ent("Perserikatan Bangsa-Bangsa", "ORG", "UNO"), ent("Tiongkok", "LOC", "CHN")]
GROUPS = alias_groups([["China", "Tiongkok", "RRT"]])


def test_perfect_and_empty() -> None:
    perfect = score_article(GOLD, GOLD, GROUPS)
    assert (perfect["precision"], perfect["recall"], perfect["f1"]) == (1, 1, 1)
    empty = score_article(GOLD, [], GROUPS)
    assert (empty["tp"], empty["fn"], empty["f1"]) == (0, 4, 0)
    assert score_article([], [], GROUPS)["f1"] == 1.0


@pytest.mark.parametrize(("pred", "how"), [
    ("rahmat  HIDAYAT", EXACT),
    ("Hidayat", ALIAS),  # surname
    ("Rahmat", ALIAS),  # first name, as Indonesian news often writes it
    ("AS", ALIAS),  # acronym of Amerika Serikat
    ("PBB", ALIAS),  # acronym over a hyphenated word
    ("China", ALIAS),  # alias group
    ("Serikat", NONE),  # word of a LOC name is not an alias
])
def test_alias_rules(pred: str, how: int) -> None:
    index = NameIndex([(g["name"], g["type"]) for g in GOLD], GROUPS)
    best = max(index.match(pred, j) for j in range(len(GOLD)))
    assert best == how


def test_full_prediction_matches_gold_acronym() -> None:
    index = NameIndex([("KPK", "ORG")])
    assert index.match("Komisi Pemberantasan Korupsi", 0, "ORG") == ALIAS


def test_ambiguous_surname_matches_nobody() -> None:
    gold = [ent("Budi Santoso"), ent("Agus Santoso")]
    result = score_article(gold, [ent("Santoso")])
    assert result["tp"] == 0 and result["fp"] == 1


def test_type_must_agree_and_matching_is_one_to_one() -> None:
    result = score_article(GOLD, [ent("Amerika Serikat", "ORG", "USA"), ent("Hidayat"),
                                  ent("Rahmat Hidayat")])
    assert (result["tp"], result["fp"], result["fn"]) == (1, 2, 3)


def test_code_and_sector_accuracy_on_matched() -> None:
    pred = [ent("Hidayat", "PER", "IDN", "LEG"), ent("AS", "LOC", "USA"),
            ent("Jakarta", "LOC")]
    result = score_article(GOLD, pred, GROUPS)
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 2)
    agg = aggregate([result])
    assert agg["code_accuracy"] == 1.0
    assert agg["sector_accuracy"] == 0.5
    assert agg["precision"] == pytest.approx(2 / 3) and agg["recall"] == 0.5


def test_corpus_scores_are_micro_averaged() -> None:
    a = score_article([ent("A B")], [ent("A B")])  # 1/1
    b = score_article([ent("C D"), ent("E F"), ent("G H")], [])  # 0/3
    agg = aggregate([a, b])
    assert agg["recall"] == pytest.approx(1 / 4)  # not the mean of 1 and 0
    assert agg["precision"] == 1.0
