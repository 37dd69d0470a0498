"""How much of a NER model's dev error is disagreement inside the gold data itself.

    python training/ner_consistency_check.py [MODEL_DIR] [--shared ../shared]

For each of the five NER dev sets, the model's errors are split into kinds (a right span with
the wrong label, an overlapping span with other boundaries, a gold entity missed outright, a
predicted entity overlapping no gold one) and each is checked against the *same set's*
training file:

* a spurious entity whose exact words that training file labels as an entity elsewhere
  (an annotation the dev file left out, e.g. a party name annotated in one sentence and not
  in the next);
* a missed entity whose exact words occur unlabelled in that training file;
* gold entities whose words the training file labels mostly with another label (or not at
  all).

The last line gives the pooled F1 with the first kind counted neither way, an upper bound on
what annotation inconsistency alone costs. Model card, Round 9. Default model: the shipped one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_data

Span = tuple[int, int, str]
MAX_NGRAM = 6  # longest entity (in words) whose unlabelled occurrences are counted


def train_labels(sentences: Iterable[tuple[Sequence[str], Sequence[Span]]]
                 ) -> dict[str, Counter[str]]:
    """Words of every training entity → how often the training file gives them each label,
    with ``O`` for the times the same words occur outside any entity."""
    sentences = list(sentences)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for words, spans in sentences:
        for a, b, label in spans:
            labels[" ".join(words[a:b])][label] += 1
    known = set(labels)
    for words, spans in sentences:
        inside = {i for a, b, _ in spans for i in range(a, b)}
        for n in range(1, MAX_NGRAM + 1):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i:i + n])
                if key in known and not inside.intersection(range(i, i + n)):
                    labels[key]["O"] += 1
    return dict(labels)


def classify(words: Sequence[str], gold: Iterable[Span], predicted: Iterable[Span],
             labels: dict[str, Counter[str]]) -> Counter[str]:
    """Counts of the error kinds of one sentence (see the module docstring)."""
    g, p = set(gold), set(predicted)
    out: Counter[str] = Counter(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    for a in g - p:
        if any(b[0] == a[0] and b[1] == a[1] for b in p - g):
            out["label"] += 1
        elif any(b[0] < a[1] and a[0] < b[1] for b in p - g):
            out["boundary"] += 1
        else:
            out["missed"] += 1
            if labels.get(" ".join(words[a[0]:a[1]]), Counter())["O"]:
                out["missed_unlabelled_in_train"] += 1
    for b in p - g:
        if any(a[0] < b[1] and b[0] < a[1] for a in g):
            continue  # counted above as a label or boundary error
        out["spurious"] += 1
        seen = labels.get(" ".join(words[b[0]:b[1]]), Counter())
        if sum(v for k, v in seen.items() if k != "O"):
            out["spurious_labelled_in_train"] += 1
    for a in g:
        known = labels.get(" ".join(words[a[0]:a[1]]))
        if known:
            out["gold_seen_in_train"] += 1
            if known.most_common(1)[0][0] != a[2]:
                out["gold_majority_differs_in_train"] += 1
    return out


def main() -> None:
    from warta.eval.ner import label_map, map_tags, prf, read_ner_file, spans_from_bio
    from warta.lang.model import load_model

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path, nargs="?")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args()
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(args.model) if args.model else load_model()
    nlp.select_pipes(enable=["ner"])
    data = args.shared / "data"
    out: dict[str, Any] = {}
    pooled: Counter[str] = Counter()
    for ns in ner_data.SETS:
        mapping = label_map(ns.fmt)
        train = read_ner_file(data / "train" / ns.train, ns.fmt)
        labels = train_labels((s.words, spans_from_bio(map_tags(s.tags, mapping))) for s in train)
        dev = read_ner_file(data / "dev" / ns.dev, ns.fmt)
        counts: Counter[str] = Counter()
        docs = nlp.pipe(Doc(nlp.vocab, words=list(s.words)) for s in dev)
        for s, doc in zip(dev, docs, strict=True):
            pred = [(e.start, e.end, e.label_) for e in doc.ents]
            counts += classify(s.words, spans_from_bio(map_tags(s.tags, mapping)), pred, labels)
        out[ns.name] = dict(sorted(counts.items()))
        pooled += counts
    fp, fn = pooled["fp"], pooled["fn"]
    out["pooled"] = {
        "f1": prf(pooled["tp"], fp, fn)["f1"],
        "f1_without_spurious_labelled_in_train":
            prf(pooled["tp"], fp - pooled["spurious_labelled_in_train"], fn)["f1"],
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
