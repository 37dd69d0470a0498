"""Metadata scorer: exact match per field with each field's normalisation."""

from __future__ import annotations

import pytest

from warta.eval.metadata import aggregate, same_at_gold_granularity, score_article

GOLD = {"outlet": "detik.com", "title": "Banjir  Rendam Desa", "published": "2024-05-06",
        "authors": ["Sari Dewi", "Agus Salim"], "dateline": "Bandung", "wire": ["AFP", "Reuters"]}


def test_perfect_prediction_is_all_correct() -> None:
    pred = {"outlet": "www.Detik.com", "title": "Banjir Rendam Desa",
            "published": "2024-05-06T08:00:00+07:00", "authors": ["Agus Salim", "Sari  Dewi"],
            "dateline": "BANDUNG", "wire": ["Reuters", "AFP", "AFP"]}
    result = score_article(GOLD, pred)
    assert all(v["correct"] for v in result.values()), result


def test_empty_prediction_is_wrong_except_where_gold_is_empty() -> None:
    gold = {**GOLD, "dateline": None, "wire": []}
    result = score_article(gold, {})
    assert {k for k, v in result.items() if v["correct"]} == {"dateline", "wire"}


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("2024-05-06", "2024-05-06T23:59:00+07:00", True),
    ("2024-05-06", "2024-05-07T00:01:00+07:00", False),
    ("2024-05", "2024-05-30", True),
    ("2024", "2023-12-31", False),
    ("2024-05-06T10:00:00+07:00", "2024-05-06T03:00:00+00:00", True),  # same instant
    ("2024-05-06T10:00:00+07:00", "2024-05-06T10:00:00+08:00", False),
    ("2024-05-06T10:00:00+07:00", "2024-05-06", False),  # coarser than the gold
    ("2024-05-06T10:00:00+07:00", "2024-05-06T10:00:00", False),  # naive: no instant
    (None, None, True),
    (None, "2024-05-06", False),
    ("2024-05-06", None, False),
])
def test_published_is_compared_at_gold_granularity(gold: str | None, pred: str | None,
                                                   same: bool) -> None:
    assert same_at_gold_granularity(gold, pred) is same


def test_authors_count_as_multiset_and_title_keeps_case() -> None:
    assert not score_article({"authors": ["A B"]}, {"authors": ["A B", "A B"]})["authors"]["correct"]
    assert not score_article({"title": "Banjir"}, {"title": "banjir"})["title"]["correct"]


def test_aggregate_gives_accuracy_and_n_per_field() -> None:
    articles = [score_article(GOLD, GOLD), score_article(GOLD, {**GOLD, "title": "Lain"}),
                score_article({"outlet": "kompas.com"}, {"outlet": "kompas.com"})]
    agg = aggregate(articles)
    assert agg["title"] == {"accuracy": 0.5, "n": 2}
    assert agg["outlet"] == {"accuracy": 1.0, "n": 3}
