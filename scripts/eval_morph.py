"""Measure the morphological analyser on the VERB tokens of a UD CoNLL-U file.

A verb counts as right when ``analyze(form, upos="VERB").root`` equals the gold lemma
(case-insensitive) and, where the gold has a ``Voice=`` feature, the voice matches too.
Default data: UD Indonesian GSD dev (``<shared>/data/dev/ud_indonesian_gsd``), which the
root lexicon never sees (``scripts/build_roots.py`` reads CSUI and PUD train only).

Usage: ``python scripts/eval_morph.py [--shared ../shared] [FILE.conllu] [--errors N]``
Prints root, voice and joint accuracy (and, with ``--json``, the same as a JSON object).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from warta.lang.morph import analyze
from warta.resources import load_resources


def verbs(path: Path) -> list[tuple[str, str, str | None]]:
    """(form, lemma, voice or None) of every VERB syntactic word."""
    out: list[tuple[str, str, str | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit() or cols[3] != "VERB":
            continue
        feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
        out.append((cols[1], cols[2].lower(), feats.get("Voice")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path)
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    path = args.file or args.shared / "data/dev/ud_indonesian_gsd/id_gsd-ud-dev.conllu"
    res = load_resources()
    n = root_ok = voice_n = voice_ok = both = 0
    errors: Counter[tuple[str, str, str, str | None, str | None]] = Counter()
    for form, lemma, voice in verbs(path):
        a = analyze(form, res, upos="VERB")
        r_ok = a.root == lemma
        v_ok = voice is None or a.voice == voice
        n += 1
        root_ok += r_ok
        if voice is not None:
            voice_n += 1
            voice_ok += v_ok
        both += r_ok and v_ok
        if not (r_ok and v_ok):
            errors[(form.lower(), lemma, a.root, voice, a.voice)] += 1
    scores = {"file": str(path), "verbs": n, "root": round(root_ok / n, 4),
              "voice": round(voice_ok / max(voice_n, 1), 4), "root_and_voice": round(both / n, 4)}
    if args.json:
        print(json.dumps(scores))
    else:
        print(f"{path}\n{n} verbs  root {scores['root']:.4f}  voice {scores['voice']:.4f} "
              f"({voice_n} with Voice=)  root+voice {scores['root_and_voice']:.4f}")
    for (form, lemma, got, voice, got_voice), k in errors.most_common(args.errors):
        print(f"{k:4d}  {form:20s} gold {lemma:14s} {voice or '-':5s} got {got:14s} "
              f"{got_voice or '-'}")


if __name__ == "__main__":
    main()
