"""NER dev scores on the full dev files and on their leak-free part.

    python training/ner_leak_check.py MODEL_DIR [--shared ../shared]

Some dev sentences also occur in another set's training file (idner-news-2k and NER-UGM share
text; NERP repeats sentences across its splits; see ``ner_data.py``). A model trained with
those sentences scores higher on them, so this prints, per set, the F1 on the whole dev file
(the issue's measure) and on the dev sentences that occur in no NER training file, which is the
fair comparison between a model trained with the overlap and one trained without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_data


def main() -> None:
    import spacy
    from spacy.tokens import Doc

    from warta.eval.ner import label_map, map_tags, prf, read_ner_file, score_spans, spans_from_bio

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args()
    data = args.shared / "data"
    nlp = spacy.load(args.model)
    nlp.select_pipes(enable=["ner"])
    trained = {tuple(s.words) for ns in ner_data.SETS for s in read_ner_file(data / "train" / ns.train, ns.fmt)}
    out: dict[str, Any] = {}
    pooled = {"all": [0, 0, 0], "clean": [0, 0, 0]}
    for ns in ner_data.SETS:
        sents = read_ner_file(data / "dev" / ns.dev, ns.fmt)
        mapping = label_map(ns.fmt)
        gold = [spans_from_bio(map_tags(s.tags, mapping)) for s in sents]
        docs = nlp.pipe(Doc(nlp.vocab, words=list(s.words)) for s in sents)
        pred = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
        clean = [i for i, s in enumerate(sents) if tuple(s.words) not in trained]
        full = score_spans(gold, pred)
        part = score_spans([gold[i] for i in clean], [pred[i] for i in clean])
        out[ns.name] = {"f1": full["f1"], "f1_leak_free": part["f1"],
                        "sentences": len(sents), "leak_free_sentences": len(clean)}
        for key, res in (("all", full), ("clean", part)):
            for j, k in enumerate(("tp", "fp", "fn")):
                pooled[key][j] += res["counts"][k]
    out["pooled"] = {"f1": prf(*pooled["all"])["f1"], "f1_leak_free": prf(*pooled["clean"])["f1"]}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
