"""Entity-level NER scoring on the public Indonesian NER sets, in Warta's PER/ORG/LOC scheme.

The five public sets ship in three layouts and four label schemes. Rather than one reader per
set, a file is read by its *format* (``conll``: ``token POS TAG`` space-separated, CRLF allowed;
``tsv`` and ``indonlu``: ``token<TAB>TAG``) and its labels are mapped with the rows of
``ner/label_map.tsv`` for that format, the same table the training script uses, so that the
scores and the model are stated in one scheme. Scoring is the CoNLL exact-span rule: an entity
counts only when its first token, last token and label all match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import EvalError
from warta.resources import Resources, load_resources

FORMATS = ("conll", "tsv", "indonlu")
LABELS = ("PER", "ORG", "LOC")
CASES = ("as-is", "lower", "title", "upper")


@dataclass(frozen=True)
class NerSentence:
    """One gold sentence: its tokens and BIO tags in the file's own scheme."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


Span = tuple[int, int, str]  # token start, token end (exclusive), label


def read_ner_file(path: str | Path, fmt: str) -> list[NerSentence]:
    """Sentences of a BIO file; blank lines separate sentences, the tag is the last column."""
    if fmt not in FORMATS:
        raise EvalError(f"unknown NER format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    text = Path(path).read_text(encoding="utf-8")
    sentences: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if words:
                sentences.append(NerSentence(tuple(words), tuple(tags)))
                words, tags = [], []
            continue
        cols = line.split("\t") if fmt != "conll" else line.split()
        if len(cols) < 2 or not cols[0].strip():
            raise EvalError(f"{path}:{lineno}: expected a token and a tag, got {line!r}")
        words.append(cols[0].strip())
        tags.append(cols[-1].strip())
    if words:
        sentences.append(NerSentence(tuple(words), tuple(tags)))
    return sentences


def label_map(fmt: str, resources: Resources | None = None) -> dict[str, str]:
    """Source label -> Warta label (``O`` = dropped) for every dataset in this format."""
    res = resources if resources is not None else load_resources()
    rows = res.get("ner/label_map.tsv")
    mapping = {row["label"]: row["target"] for row in rows if row["format"] == fmt}
    if not mapping:
        raise EvalError(f"no label mapping for format {fmt!r} in ner/label_map.tsv")
    return mapping


def map_tags(tags: Sequence[str], mapping: dict[str, str]) -> list[str]:
    """Map BIO tags to Warta labels. Dropped types become ``O``; a stray ``I-`` opens an entity
    (the conlleval reading), so no gold entity is lost to a sloppy tag."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
            prev = "O"
            continue
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or label not in mapping:
            raise EvalError(f"tag {tag!r} is not in the label mapping",
                            hint="add a row to src/warta/data/ner/label_map.tsv")
        target = mapping[label]
        if target == "O":
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev in (f"B-{target}", f"I-{target}"):
            out.append(f"I-{target}")
        else:
            out.append(f"B-{target}")
        prev = out[-1]
    return out


def spans_from_bio(tags: Sequence[str]) -> list[Span]:
    """Entity spans of a well-formed BIO sequence (as produced by :func:`map_tags`)."""
    spans: list[Span] = []
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.append((start, i, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return spans


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_spans(gold: Iterable[Sequence[Span]], predicted: Iterable[Sequence[Span]]) -> dict[str, Any]:
    """Exact-span micro P/R/F1 plus per-label scores and raw counts (for pooling sets)."""
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, fp, fn
    for g_spans, p_spans in zip(gold, predicted, strict=True):
        g = {s for s in g_spans if s[2] in counts}
        p = {s for s in p_spans if s[2] in counts}
        for span in g & p:
            counts[span[2]][0] += 1
        for span in p - g:
            counts[span[2]][1] += 1
        for span in g - p:
            counts[span[2]][2] += 1
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    result: dict[str, Any] = prf(tp, fp, fn)
    result["per_label"] = {
        label: {**prf(*c), "support": c[0] + c[2]} for label, c in counts.items()
    }
    result["counts"] = {"tp": tp, "fp": fp, "fn": fn}
    return result


def recase(words: Sequence[str], case: str) -> list[str]:
    """The same sentence in another casing, to measure robustness to headline/lower case."""
    if case == "lower":
        return [w.lower() for w in words]
    if case == "upper":
        return [w.upper() for w in words]
    if case == "title":
        return [w[:1].upper() + w[1:].lower() for w in words]
    return list(words)


def score_file(path: str | Path, format: str, nlp: Any, *, case: str = "as-is",
               resources: Resources | None = None) -> dict[str, Any]:
    """Score ``nlp`` (a spaCy ``Language`` with an ``ner`` pipe) on a gold file.

    The model reads the gold tokens (not its own tokenisation), as in the CoNLL NER tasks, so
    the score measures entity recognition alone. ``case`` re-cases the input first.
    """
    from spacy.tokens import Doc

    if case not in CASES:
        raise EvalError(f"unknown case {case!r}", hint=f"use one of {', '.join(CASES)}")
    mapping = label_map(format, resources)
    sentences = read_ner_file(path, format)
    if not sentences:
        raise EvalError(f"{path}: no sentences")
    gold = [spans_from_bio(map_tags(s.tags, mapping)) for s in sentences]
    docs = (Doc(nlp.vocab, words=recase(s.words, case)) for s in sentences)
    predicted = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs)]
    result = score_spans(gold, predicted)
    result["sentences"] = len(sentences)
    return result
