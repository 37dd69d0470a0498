"""Matrix products of the trained model through NumPy's BLAS instead of thinc's BLIS.

thinc's ``NumpyOps`` multiplies with its bundled BLIS unless told otherwise. On the machine
Warta is benchmarked on (virtualised AMD EPYC) BLIS runs a generic kernel at ~25 GFLOP/s on
one core while the OpenBLAS that NumPy ships reaches ~65 GFLOP/s on the same shapes, and the
encoders' and parsers' products are most of the model's time: with ``use_blis=False`` the
spaCy part of ``lang.v1`` took 7.4 s instead of 12.6 s of CPU on 100 corpus articles, with
identical tags, lemmas, heads, labels and entities on all 32,399 tokens. The option is
thinc's own (``NumpyOps(use_blis=False)`` delegates ``gemm`` to ``numpy.dot``); this module
only hands one such ops object to every layer of a loaded pipeline.

The parser's and NER's transition loop keeps its own C BLAS call (``ops.cblas()``), which
is small next to the precomputed layers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def use_numpy_blas(nlp: Language) -> Language:
    """Make every thinc layer of ``nlp``'s components multiply with NumPy's BLAS."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
    return nlp
