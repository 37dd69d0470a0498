"""Count the verb and noun roots of Indonesian political news that can carry events.

For each article of ``<shared>/data/corpora`` (raw content, read through
``warta.ingest.iter_inputs``), split rough sentences, keep those that name at least two
different actors (capitalised spans of one to four words that ``warta.actors.lookup``
resolves to a code), and count the root (``warta.lang.morph.analyze``) of every
lower-case word there with a verbal prefix (meN-, di-, ber-, memper-, diper-, ter-) or a
nominal confix (peN-an, per-an, ke-an). The top roots, with an example form each, go to
stdout: the material from which ``data/events/id/verbs.yaml`` was curated by hand, and
how its coverage is checked (``--lexicon`` marks roots the lexicon already has).

``--family NAME=REGEX`` (repeatable) counts instead how often each multi-word family occurs
in the raw articles (case-insensitive regular expressions on whole words: ``--family
"ott=operasi tangkap tangan|OTT"``): how a phrase entry or a context word (``requires``,
``excludes``) was judged frequent enough to add. Counts only, no text is printed.

Not run in tests: ``python scripts/count_event_verbs.py [--limit N] [--top K]
[--family NAME=REGEX ...]``.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from warta.actors.lookup import lookup
from warta.doc import RawDocument
from warta.events.lexicon import load_lexicon
from warta.ingest import IngestOptions, iter_inputs
from warta.lang.morph import analyze
from warta.resources import load_resources

CORPORA = Path("/work/shared/data/corpora")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
CAPSPAN = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}")
WORD = re.compile(r"\b[a-z][a-z-]{3,}\b")
VERBAL = {"meN", "di", "ber", "per", "ter", "memper", "diper"}


def actor_codes(sentence: str, resources: object, cache: dict[str, str | None]) -> set[str]:
    codes: set[str] = set()
    for m in CAPSPAN.finditer(sentence):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name not in cache:
                found = lookup(name, None, resources)  # type: ignore[arg-type]
                cache[name] = found.code if found and found.code else None
            if cache[name]:
                codes.add(str(cache[name]))
                break
    return codes


def count_families(corpora: Path, limit: int, families: list[str]) -> None:
    """Occurrences of each ``NAME=REGEX`` family in the raw content of the articles."""
    compiled = []
    for spec in families:
        name, _, pattern = spec.partition("=")
        compiled.append((name, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)))
    counts: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    seen = 0
    for item in iter_inputs([str(corpora)], IngestOptions()):
        if not isinstance(item, RawDocument):
            continue
        seen += 1
        if seen > limit:
            break
        for name, rx in compiled:
            n = len(rx.findall(item.content))
            counts[name] += n
            articles[name] += bool(n)
    print(f"# {min(seen, limit)} articles")
    for name, _ in compiled:
        print(f"{counts[name]:6d} {articles[name]:6d} articles  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--lexicon", action="store_true", help="mark roots already covered")
    parser.add_argument("--family", action="append", default=[], metavar="NAME=REGEX",
                        help="count a multi-word family in the raw articles instead")
    args = parser.parse_args()
    if args.family:
        count_families(args.corpora, args.limit, args.family)
        return
    resources = load_resources()
    covered: set[str] = set()
    if args.lexicon:
        lexicon = load_lexicon(resources)
        covered = set(lexicon.by_root) | {w for p in lexicon.by_phrase_head for w in p.split()}
    roots: Counter[str] = Counter()
    example: dict[str, str] = {}
    cache: dict[str, str | None] = {}
    analyses: dict[str, tuple[str, bool]] = {}
    seen = kept = 0
    for item in iter_inputs([str(args.corpora)], IngestOptions()):
        if not isinstance(item, RawDocument):
            continue
        seen += 1
        if seen > args.limit:
            break
        for sentence in SENTENCE.split(item.content):
            if len(sentence) > 400 or len(actor_codes(sentence, resources, cache)) < 2:
                continue
            kept += 1
            for word in WORD.findall(sentence):
                if word not in analyses:
                    a = analyze(word, resources)
                    verbal = bool(VERBAL & set(a.prefixes)) or a.confix in {"peN-an", "per-an",
                                                                            "ke-an"}
                    analyses[word] = (a.root, verbal and a.known)
                root, ok = analyses[word]
                if ok:
                    roots[root] += 1
                    example.setdefault(root, word)
    print(f"# {seen - 1 if seen > args.limit else seen} articles, {kept} sentences "
          "with two actors")
    for root, n in roots.most_common(args.top):
        mark = "+" if root in covered else " "
        print(f"{n:6d} {mark} {root:16s} {example[root]}")


if __name__ == "__main__":
    main()
