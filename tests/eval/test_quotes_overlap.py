"""Quote scorer: found at ≥ 50% token overlap, exact spans, alias-aware speakers, kinds."""

from __future__ import annotations

import pytest

from warta.eval.quotes import aggregate, is_found, score_article


def q(text: str, speaker: str | None = "Budi Santoso", kind: str = "direct") -> dict:
    return {"text": text, "speaker": speaker, "kind": kind, "cue": "kata"}


ENTITIES = [{"name": "Budi Santoso", "type": "PER"}, {"name": "Siti Aminah", "type": "PER"}]


@pytest.mark.parametrize(("pred", "gold", "found"), [
    ("satu dua", "satu dua tiga empat", True),  # exactly 50% of the longer side
    ("satu", "satu dua tiga", False),  # 33%
    ("satu dua tiga empat lima enam tujuh delapan", "satu dua tiga empat", True),  # 4 of 8
    ("satu dua tiga empat lima enam tujuh delapan sembilan", "satu dua tiga empat", False),
    ("", "", False),
])
def test_overlap_threshold(pred: str, gold: str, found: bool) -> None:
    assert is_found(pred, gold) is found


def test_perfect_empty_and_exact() -> None:
    gold = [q("Kami siap membantu,"), q("pembangunan jalan selesai tahun ini", "Siti Aminah",
                                        "indirect")]
    perfect = score_article(gold, gold, ENTITIES)
    assert (perfect["f1"], perfect["exact_f1"], perfect["speaker_correct"]) == (1, 1, 2)
    empty = score_article(gold, [], ENTITIES)
    assert (empty["tp"], empty["fn"], empty["f1"]) == (0, 2, 0)


def test_partial_quote_is_found_but_not_exact() -> None:
    gold = [q("Kami siap membantu warga yang terdampak,")]
    result = score_article(gold, [q("Kami siap membantu warga")], ENTITIES)
    assert result["tp"] == 1 and result["exact_tp"] == 0 and result["exact_f1"] == 0


def test_exact_ignores_whitespace_only() -> None:
    gold = [q("Kami  siap\nmembantu,")]
    assert score_article(gold, [q("Kami siap membantu,")], ENTITIES)["exact_tp"] == 1
    assert score_article(gold, [q("Kami siap membantu")], ENTITIES)["exact_tp"] == 0


def test_speaker_alias_and_null() -> None:
    gold = [q("satu dua tiga"), q("empat lima enam", None), q("tujuh delapan", "Siti Aminah")]
    pred = [q("satu dua tiga", "Santoso"), q("empat lima enam", None),
            q("tujuh delapan", "Budi Santoso")]
    result = score_article(gold, pred, ENTITIES)
    assert result["tp"] == 3 and result["speaker_correct"] == 2


def test_one_to_one_matching() -> None:
    gold = [q("kami siap membantu warga")]
    pred = [q("kami siap membantu warga"), q("kami siap membantu warga")]
    result = score_article(gold, pred, ENTITIES)
    assert (result["tp"], result["fp"]) == (1, 1)


def test_kinds_are_scored_separately() -> None:
    gold = [q("satu dua tiga", kind="direct"), q("empat lima enam", kind="indirect")]
    pred = [q("satu dua tiga", kind="direct"), q("empat lima enam", kind="direct")]
    agg = aggregate([score_article(gold, pred, ENTITIES)])
    assert agg["f1"] == 1.0 and agg["kind_accuracy"] == 0.5
    assert agg["direct"]["precision"] == 0.5 and agg["direct"]["recall"] == 1.0
    assert agg["indirect"]["recall"] == 0.0
    assert set(agg) >= {"precision", "recall", "f1", "exact_f1", "speaker_accuracy",
                        "direct", "indirect"}
