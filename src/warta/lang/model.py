"""Loading Warta's trained Indonesian pipeline from inside the package.

The model (tagger, lemmatizer, parser, NER; see ``models/id_warta/MODEL_CARD.md``) is a plain
spaCy pipeline directory shipped as package data, so loading it needs no download and no
network: ``spacy.load`` on a path reads only local files. Callers hold the returned object
(load it once per process, ~1 s) rather than this module caching it, following the project rule
against module-level caches.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.errors import ResourceError
from warta.resources import MODELS_DIR

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "id_warta"


def model_path(name: str = MODEL_NAME) -> Path:
    return MODELS_DIR / name


# spaCy's name for the tokenizer a model loaded for Warta gets (see ``load_model``)
PLAIN_TOKENIZER = "warta.PlainTokenizer.v1"


def load_model(name: str = MODEL_NAME, *, exclude: tuple[str, ...] = (),
               numpy_blas: bool = True, spacy_tokenizer: bool = False,
               embed_once: bool = True) -> Language:
    """The shipped pipeline; ``exclude`` drops components a caller does not need (``("ner",)``).
    ``numpy_blas`` runs its matrix products on NumPy's BLAS (``warta.lang.blas_ops``; same
    predictions, ~1.7× faster on the benchmark machine); ``False`` keeps thinc's BLIS.

    Warta never lets spaCy tokenize: its own segmenter makes the tokens and the model only
    annotates Docs built from them (``warta.lang.annotate``; the NER scorer builds Docs from
    the gold words). So by default the pipeline gets a plain whitespace tokenizer instead of
    spaCy's Indonesian one, whose ~16k special cases took 85% of the load time.
    ``spacy_tokenizer=True`` builds spaCy's Indonesian tokenizer, for calling ``nlp(text)``
    directly (``warta.lang.annotate.SegmentedPipeline`` is the way that matches Warta).

    ``embed_once`` computes each distinct word form's first encoder layer once per batch
    (``warta.lang.embed_once``; same predictions, ~10% less model time); ``False`` runs
    spaCy's layers as built."""
    import spacy

    from warta.lang.blas_ops import use_numpy_blas

    path = model_path(name)
    if not (path / "config.cfg").is_file():
        raise ResourceError(f"the trained model {name!r} is not in the package ({path})",
                            hint="run `make train` to build it from ../shared/data/train")
    # The tokenizer is never read from disk (its exceptions would be compiled twice): it is
    # spaCy's Indonesian default built anew, or the plain one.
    overrides: dict[str, Any] = {}
    if not spacy_tokenizer:
        _register_plain_tokenizer()
        overrides = {"nlp": {"tokenizer": {"@tokenizers": PLAIN_TOKENIZER}}}
    nlp = spacy.load(path, exclude=["tokenizer", *exclude], config=overrides)
    if embed_once:
        from warta.lang.embed_once import embed_each_form_once

        embed_each_form_once(nlp)
    return use_numpy_blas(nlp) if numpy_blas else nlp


def _register_plain_tokenizer() -> None:
    """Register ``PLAIN_TOKENIZER`` with spaCy once (spaCy finds tokenizers by name)."""
    from spacy.util import registry

    if registry.has("tokenizers", PLAIN_TOKENIZER):
        return

    def create() -> Callable[[Language], Any]:
        from spacy.tokenizer import Tokenizer

        def make(nlp: Language) -> Tokenizer:
            return Tokenizer(nlp.vocab)  # whitespace only: no rules, no special cases

        return make

    registry.tokenizers.register(PLAIN_TOKENIZER, func=create)
