"""Session-wide fixtures.

The shipped spaCy model (``src/warta/models/id_warta``) takes 3 s to load on an idle core and
10-18 s on a busy one, and many tests need it: the model tests, the lang component, anything
that builds the default pipeline. The library keeps no process-wide cache (callers hold the
model), so the test session plays that caller: ``shipped_nlp`` loads the model once, and while
the session runs every ``load_model`` call with the same arguments gets that same object back
(one load per set of excluded components). ``load_model_uncached`` is the real loader, for the
test that checks loading itself. ``blank_id`` does the same for ``spacy.blank("id")``, whose
tokenizer (32k exceptions) takes 4 s to build, 10-15 s on a busy machine.

Tests must not change the shared pipeline (add or remove components, retrain).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

from warta.lang import model as model_module

if TYPE_CHECKING:
    from spacy.language import Language

Loader = Callable[..., "Language"]
_REAL_LOAD_MODEL: Loader = model_module.load_model


@pytest.fixture(scope="session")
def load_model_uncached() -> Loader:
    """``warta.lang.model.load_model`` itself, reading the model from disk on every call."""
    return _REAL_LOAD_MODEL


@pytest.fixture(scope="session", autouse=True)
def _load_model_once_per_session() -> Iterator[dict[tuple[str, tuple[str, ...]], Language]]:
    loaded: dict[tuple[str, tuple[str, ...]], Language] = {}

    def shared(name: str = model_module.MODEL_NAME, *,
               exclude: tuple[str, ...] = ()) -> Language:
        key = (name, tuple(exclude))
        if key not in loaded:
            loaded[key] = _REAL_LOAD_MODEL(name, exclude=exclude)
        return loaded[key]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(model_module, "load_model", shared)
        # modules that imported the name before the session started
        for mod_name in ("warta.lang.component",):
            try:
                mod = importlib.import_module(mod_name)
            except ImportError:
                continue
            if getattr(mod, "load_model", None) is _REAL_LOAD_MODEL:
                mp.setattr(mod, "load_model", shared)
        yield loaded


@pytest.fixture(scope="session")
def shipped_nlp(_load_model_once_per_session: dict[tuple[str, tuple[str, ...]], Language],
                ) -> Language:
    """The shipped pipeline with all components, loaded once per test session; skips the test
    when the model is not in the package."""
    if not (model_module.model_path() / "config.cfg").is_file():
        pytest.skip("src/warta/models/id_warta is not committed yet (built by `make train`)")
    return model_module.load_model()


@pytest.fixture(scope="session")
def blank_id_shared() -> Language:
    """``spacy.blank("id")`` for the whole session; tests must not add components to it (use
    ``blank_id`` for that)."""
    import spacy

    return spacy.blank("id")


@pytest.fixture()
def blank_id(blank_id_shared: Language) -> Iterator[Language]:
    """spaCy's blank Indonesian pipeline, built once per session; the components a test adds
    are removed after it."""
    yield blank_id_shared
    for name in list(blank_id_shared.pipe_names):
        blank_id_shared.remove_pipe(name)
