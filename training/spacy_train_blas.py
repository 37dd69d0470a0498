"""``spacy train`` with thinc's NumPy ops using NumPy's BLAS instead of BLIS.

thinc's ``NumpyOps`` multiplies matrices with its bundled BLIS by default; on the CPUs Warta
was measured on (AMD EPYC, virtualised) BLIS runs its generic kernel at ~25 GFLOP/s while
NumPy's OpenBLAS reaches ~65, so the same training is markedly faster with
``NumpyOps(use_blis=False)``. Only the speed variant uses this (``scripts/train.py --fast``):
the summation order differs from BLIS, so the default recipe keeps BLIS to reproduce the
shipped model's weights.

    python training/spacy_train_blas.py CONFIG --output DIR --paths.train X --paths.dev Y
"""

from __future__ import annotations

import argparse

from thinc.api import NumpyOps, set_current_ops


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("config")
    ap.add_argument("--output", required=True)
    ap.add_argument("--paths.train", dest="train", required=True)
    ap.add_argument("--paths.dev", dest="dev", required=True)
    args = ap.parse_args()
    set_current_ops(NumpyOps(use_blis=False))  # models built from here on use NumPy's gemm
    from spacy.cli.train import train

    train(args.config, args.output, overrides={"paths.train": args.train, "paths.dev": args.dev})


if __name__ == "__main__":
    main()
