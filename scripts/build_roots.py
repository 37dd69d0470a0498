"""Build the Indonesian root lexicon (``src/warta/data/lang/id/roots.tsv``) from the UD
training treebanks, reproducibly.

Input (read-only): ``<shared>/data/train/ud_indonesian_csui/*.conllu`` (lemmas) and
``<shared>/data/train/ud_indonesian_pud/pud-fold0-train.conllu`` (no lemmas: its word
forms only count as attested words). GSD is deliberately not read: its dev file is the
evaluation set of ``scripts/eval_morph.py`` and must not leak into the lexicon.

Output: one line per word, ``word<TAB>lemma_count<TAB>form_count``: how often it is a
lemma in CSUI, and how often it occurs as a surface word in CSUI + PUD. Only the word list
is written, never sentences. Lemmas that CSUI left affixed (``dipanen``, ``diprediksi``) are
dropped when stripping one affix from them gives another CSUI lemma, so the analyser does
not take an inflected form for a root. Licence of the derived list: CC BY-SA 4.0 (CSUI)
and CC BY-SA 3.0 (PUD); see ``src/warta/data/lang/id/SOURCES.md``.

Usage: ``python scripts/build_roots.py --shared ../shared``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warta.eval.ner import read_ner_file

OUT = Path(__file__).resolve().parents[1] / "src/warta/data/lang/id/roots.tsv"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Affixes stripped when checking whether a CSUI lemma is an inflected form of another one.
# Only unambiguous verbal affixes: stripping `se-`, `ke-`, `-i` or `-an` from real roots
# (`sedia`, `kedua`, `mulai`, `pesan`) would give other words and drop good roots.
PREFIXES = ("memper", "diper", "meng", "meny", "di", "ter")
SUFFIXES = ("kan", "nya")
# Newswire word forms (no labels used): the five NER training sets, whose licences (MIT,
# CC BY 4.0, Apache-2.0) allow a derived word list. A word attested on its own in news is
# evidence that it can be a root (`korban`, `kubur`), where an unattested string (`orban`,
# `ubur`) is not.
NER_TRAIN = (("idner_news_2k/train.txt", "conll"), ("indolem_ner_ui/train.01.tsv", "tsv"),
             ("indolem_ner_ugm/train.01.tsv", "tsv"),
             ("indonlu_nergrit/train_preprocess.txt", "indonlu"),
             ("indonlu_nerp/train_preprocess.txt", "indonlu"))


def read_words(path: Path) -> Iterator[tuple[str, str]]:
    """(form, lemma) of each syntactic word, lower-cased; multiword token lines skipped."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            yield cols[1].lower(), cols[2].lower()


def inflected(lemma: str, lemmas: set[str]) -> bool:
    for p in PREFIXES:
        core = lemma[len(p):]
        if lemma.startswith(p) and len(core) >= 3 and (
                core in lemmas or any(core.endswith(s) and core[: -len(s)] in lemmas
                                      for s in ("kan", "i"))):
            return True
    for s in SUFFIXES:
        if lemma.endswith(s) and lemma[: -len(s)] in lemmas and len(lemma) - len(s) >= 3:
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--out", default=OUT, type=Path)
    args = ap.parse_args()
    train = args.shared / "data/train"
    lemma_counts: Counter[str] = Counter()
    form_counts: Counter[str] = Counter()
    for path in sorted((train / "ud_indonesian_csui").glob("*.conllu")):
        for form, lemma in read_words(path):
            if WORD.fullmatch(lemma):
                lemma_counts[lemma] += 1
            if WORD.fullmatch(form):
                form_counts[form] += 1
    for form, _ in read_words(train / "ud_indonesian_pud/pud-fold0-train.conllu"):
        if WORD.fullmatch(form):
            form_counts[form] += 1
    news_counts: Counter[str] = Counter()
    for rel, fmt in NER_TRAIN:
        for sentence in read_ner_file(train / rel, fmt):
            for word in sentence.words:
                if WORD.fullmatch(word.lower()):
                    news_counts[word.lower()] += 1
    lemmas = set(lemma_counts)
    kept = {w for w in lemmas if not inflected(w, lemmas)}
    # A newswire word is listed only when it can stand for a root: seen at least twice,
    # and not already a treebank word (whose counts say more).
    news = {w for w, n in news_counts.items() if n >= 2 and w not in form_counts}
    words = sorted(kept | set(form_counts))
    lines = ["# Indonesian words from UD CSUI (lemmas) and UD PUD fold 0 train (forms).",
             "# Built by scripts/build_roots.py; do not edit by hand. CC BY-SA (see SOURCES.md).",
             "word\tlemma\tform"]
    lines += [f"{w}\t{lemma_counts[w] if w in kept else 0}\t{form_counts[w]}" for w in words]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Kept apart from roots.tsv: news text is full of names (`kurniawan`), and the entity
    # and quote layers read roots.tsv as "common words, not names".
    news_out = args.out.with_name("news_words.tsv")
    news_lines = ["# Lower-cased word forms seen at least twice in the five NER training sets and",
                  "# not in roots.tsv: weak root evidence for the morphological analyser only.",
                  "# Built by scripts/build_roots.py; do not edit by hand (SOURCES.md).",
                  "word\tcount"]
    news_lines += [f"{w}\t{news_counts[w]}" for w in sorted(news)]
    news_out.write_text("\n".join(news_lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(kept)} roots, {len(words)} words; {news_out}: {len(news)} words")


if __name__ == "__main__":
    main()
