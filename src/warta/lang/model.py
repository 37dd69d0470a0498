"""Loading Warta's trained Indonesian pipeline from inside the package.

The model (tagger, lemmatizer, parser, NER; see ``models/id_warta/MODEL_CARD.md``) is a plain
spaCy pipeline directory shipped as package data, so loading it needs no download and no
network: ``spacy.load`` on a path reads only local files. Callers hold the returned object
(load it once per process, ~1 s) rather than this module caching it, following the project rule
against module-level caches.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from warta.errors import ResourceError
from warta.resources import MODELS_DIR

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "id_warta"


def model_path(name: str = MODEL_NAME) -> Path:
    return MODELS_DIR / name


def load_model(name: str = MODEL_NAME, *, exclude: tuple[str, ...] = (),
               numpy_blas: bool = True) -> Language:
    """The shipped pipeline; ``exclude`` drops components a caller does not need (``("ner",)``).
    ``numpy_blas`` runs its matrix products on NumPy's BLAS (``warta.lang.blas_ops``; same
    predictions, ~1.7× faster on the benchmark machine); ``False`` keeps thinc's BLIS."""
    import spacy

    from warta.lang.blas_ops import use_numpy_blas

    path = model_path(name)
    if not (path / "config.cfg").is_file():
        raise ResourceError(f"the trained model {name!r} is not in the package ({path})",
                            hint="run `make train` to build it from ../shared/data/train")
    # The tokenizer is rebuilt from spaCy's Indonesian defaults (the same rules it was trained
    # with) instead of also being read from disk: its ~32k exceptions would be compiled twice,
    # which doubles the load time.
    nlp = spacy.load(path, exclude=["tokenizer", *exclude])
    return use_numpy_blas(nlp) if numpy_blas else nlp
