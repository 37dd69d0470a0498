"""Event scorer: multiset matching on (source code, PLOVER, target code) and the rest."""

from __future__ import annotations

import pytest

from warta.eval.events import aggregate, score_article


def ev(src: str, plover: str, tgt: str | None, cameo: str = "111", status: str = "occurred",
       date: str | None = None, src_sector: str | None = "GOV",
       tgt_sector: str | None = None) -> dict:
    return {"source": {"code": src, "sector": src_sector, "name": src},
            "target": None if tgt is None else {"code": tgt, "sector": tgt_sector, "name": tgt},
            "plover": plover, "cameo": cameo, "status": status, "date": date,
            "evidence": "…"}


def test_perfect_and_empty() -> None:
    gold = [ev("VEN", "SUPPORT", "RUS", "051"), ev("IDN", "MOBILIZE", None, "150")]
    assert score_article(gold, gold)["f1"] == 1.0
    empty = score_article(gold, [])
    assert (empty["tp"], empty["fn"], empty["f1"]) == (0, 2, 0)


def test_duplicates_need_as_many_predictions() -> None:
    gold = [ev("ISR", "ASSAULT", "PSE", "190"), ev("ISR", "ASSAULT", "PSE", "190")]
    one = score_article(gold, [ev("ISR", "ASSAULT", "PSE", "190")])
    assert (one["tp"], one["fp"], one["fn"]) == (1, 0, 1)
    three = score_article(gold, [ev("ISR", "ASSAULT", "PSE", "190")] * 3)
    assert (three["tp"], three["fp"], three["fn"]) == (2, 1, 0)


def test_sector_key_is_stricter() -> None:
    gold = [ev("IDN", "REQUEST", "IDN", "020", src_sector="GOV", tgt_sector="JUD")]
    pred = [ev("IDN", "REQUEST", "IDN", "020", src_sector="GOV", tgt_sector="LEG")]
    agg = aggregate([score_article(gold, pred)])
    assert agg["precision"] == 1.0 and agg["recall"] == 1.0
    assert agg["sector_precision"] == 0.0 and agg["sector_recall"] == 0.0


def test_accuracies_on_matched_events() -> None:
    gold = [ev("USA", "ACCUSE", "IRN", "111", date="2025-06-01"),
            ev("IRN", "THREATEN", "USA", "138", status="future"),
            ev("RUS", "ASSAULT", "UKR", "190")]
    pred = [ev("USA", "ACCUSE", "IRN", "112", date="2025-06-01T09:00:00+07:00"),
            ev("IRN", "THREATEN", "USA", "130", status="occurred", date="2025-06-02")]
    agg = aggregate([score_article(gold, pred)])
    assert (agg["tp"], agg["fn"]) == (2, 1)
    assert agg["cameo_root_accuracy"] == 1.0  # 111/112 and 138/130 share their roots
    assert agg["status_accuracy"] == 0.5
    assert agg["date_accuracy"] == 0.5  # gold null needs a null date
    assert agg["recall"] == pytest.approx(2 / 3)


def test_pairing_within_a_key_prefers_agreement() -> None:
    gold = [ev("ISR", "ASSAULT", "PSE", "190", date="2025-01-01"),
            ev("ISR", "ASSAULT", "PSE", "195", date="2025-02-01")]
    pred = [ev("ISR", "ASSAULT", "PSE", "195", date="2025-02-01"),
            ev("ISR", "ASSAULT", "PSE", "190", date="2025-01-01")]
    agg = aggregate([score_article(gold, pred)])
    assert agg["date_accuracy"] == 1.0
