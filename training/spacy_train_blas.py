"""``spacy train`` and ``spacy pretrain`` with thinc's NumPy ops using NumPy's BLAS, not BLIS.

thinc's ``NumpyOps`` multiplies matrices with its bundled BLIS by default; on the CPUs Warta
was measured on (AMD EPYC, virtualised) BLIS runs its generic kernel at ~25 GFLOP/s while
NumPy's OpenBLAS reaches ~65, so the same training is markedly faster with
``NumpyOps(use_blis=False)``. The speed variant (``scripts/train.py --fast``) and the
pretrained NER (``--pretrain``: its ``spacy pretrain`` run and its training) use this: the
summation order differs from BLIS, so the default recipe keeps BLIS to reproduce the shipped
model's weights.

    python training/spacy_train_blas.py CONFIG --output DIR --paths.train X --paths.dev Y
        [--paths.init_tok2vec WEIGHTS]
    python training/spacy_train_blas.py CONFIG --output DIR --pretrain --paths.raw_text DOCBIN
        [--resume-path WEIGHTS --epoch-resume N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from thinc.api import NumpyOps, set_current_ops


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("config")
    ap.add_argument("--output", required=True)
    ap.add_argument("--pretrain", action="store_true",
                    help="run `spacy pretrain` (the config's [pretraining] block) instead")
    ap.add_argument("--paths.train", dest="train")
    ap.add_argument("--paths.dev", dest="dev")
    ap.add_argument("--paths.init_tok2vec", dest="init_tok2vec")
    ap.add_argument("--paths.raw_text", dest="raw_text")
    ap.add_argument("--resume-path", type=Path, default=None,
                    help="with --pretrain: continue from these weights (the optimizer starts "
                         "afresh, so this is not the same as one longer run)")
    ap.add_argument("--epoch-resume", type=int, default=None,
                    help="with --resume-path: the number of the first epoch to run")
    args = ap.parse_args()
    set_current_ops(NumpyOps(use_blis=False))  # models built from here on use NumPy's gemm
    overrides = {f"paths.{k}": v for k in ("train", "dev", "init_tok2vec", "raw_text")
                 if (v := getattr(args, k)) is not None}
    if args.pretrain:
        from spacy.training.pretrain import pretrain
        from spacy.util import load_config, load_model_from_config

        out = Path(args.output)
        out.mkdir(parents=True, exist_ok=True)
        raw = load_config(Path(args.config), overrides=overrides, interpolate=False)
        # the configs leave spaCy's defaults (tokenizer, ...) to be filled, as `spacy train`
        # does; `spacy pretrain` does not fill them itself
        config = load_model_from_config(raw, auto_fill=True, validate=True).config
        config.to_disk(out / "config.cfg")
        pretrain(config.interpolate(), out, resume_path=args.resume_path,
                 epoch_resume=args.epoch_resume, silent=False)
        return
    from spacy.cli.train import train

    train(args.config, args.output, overrides=overrides)


if __name__ == "__main__":
    main()
