"""``training/ner_consistency_check.py``: a NER error is split into its kind, and a spurious
entity or a missed one is checked against how the same set's training file labels the same
words (own sentences, made up for the test)."""

from __future__ import annotations

from collections import Counter

from training_modules import training_module

check = training_module("ner_consistency_check")


def _w(text: str) -> list[str]:
    return text.split()


TRAIN = [
    (_w("Ketua Partai Maju Andi Wirawan tiba di Medan ."),
     [(1, 3, "ORG"), (3, 5, "PER"), (7, 8, "LOC")]),
    # the same party left unlabelled in another sentence of the same file
    (_w("Kader Partai Maju berkumpul di Medan ."), [(5, 6, "LOC")]),
]


def test_train_labels_count_labels_and_unlabelled_occurrences() -> None:
    labels = check.train_labels(TRAIN)
    assert labels["Partai Maju"] == Counter(ORG=1, O=1)
    assert labels["Medan"] == Counter(LOC=2)
    assert labels["Andi Wirawan"] == Counter(PER=1)


def test_classify_splits_errors_by_kind_and_by_the_training_labels() -> None:
    labels = check.train_labels(TRAIN)
    words = _w("Andi Wirawan dari Partai Maju bertemu warga Medan di Kota Baru .")
    gold = [(0, 2, "PER"), (7, 8, "LOC"), (9, 11, "LOC")]
    # the party is not in this gold sentence, Medan gets the wrong label, Kota Baru is missed
    pred = [(0, 2, "PER"), (3, 5, "ORG"), (7, 8, "ORG")]
    out = check.classify(words, gold, pred, labels)
    assert out["tp"] == 1 and out["fp"] == 2 and out["fn"] == 2
    assert out["label"] == 1 and out["missed"] == 1 and out["spurious"] == 1
    # the training file itself labels 'Partai Maju' as an entity once: an inconsistency
    assert out["spurious_labelled_in_train"] == 1
    assert out["missed_unlabelled_in_train"] == 0
    assert out["gold_seen_in_train"] == 2  # Andi Wirawan and Medan
    assert out["gold_majority_differs_in_train"] == 0


def test_boundary_error_is_not_counted_as_spurious() -> None:
    labels = check.train_labels(TRAIN)
    words = _w("Ketua Partai Maju Andi Wirawan tiba .")
    out = check.classify(words, [(3, 5, "PER")], [(0, 5, "PER")], labels)
    assert out["boundary"] == 1 and out["spurious"] == 0 and out["missed"] == 0
