"""Each distinct word form's first encoder layer computed once per batch
(``warta.lang.embed_once``): the same predictions as spaCy's own layers, fewer rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from warta.lang import embed_once

if TYPE_CHECKING:
    from spacy.language import Language

# our own sentences; words repeat across them (and in them), as they do in news
SENTENCES = [
    "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin .",
    "Prabowo dan Anwar membahas kerja sama perdagangan kedua negara di Istana Merdeka , Jakarta .",
    "Komisi Pemberantasan Korupsi ( KPK ) memeriksa dua pejabat Kementerian Pertanian di Jakarta .",
    "ratusan mahasiswa berunjuk rasa di depan gedung DPR menolak revisi undang-undang itu .",
    "WARGA SURABAYA MENYAMBUT KEDATANGAN PRESIDEN PRABOWO SUBIANTO DI BALAI KOTA .",
    "Menteri Luar Negeri Sugiono mengatakan Indonesia mendukung kemerdekaan Palestina .",
]


def _embed_chains(nlp: Language) -> list[Any]:
    chains = []
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        chains += [node for node in model.walk() if embed_once._is_hash_embed_chain(node)]
    return chains


@pytest.fixture(scope="module")
def plain_and_grouped(load_model_uncached: Any) -> tuple[Language, Language]:
    return load_model_uncached(embed_once=False), load_model_uncached()


def _annotations(nlp: Language) -> list[list[tuple[str, ...]]]:
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=s.split()) for s in SENTENCES]
    return [[(t.pos_, t.lemma_, str(t.head.i), t.dep_, t.ent_iob_, t.ent_type_) for t in d]
            for d in nlp.pipe(docs)]


def test_both_encoders_of_the_shipped_model_are_grouped(load_model_uncached: Any) -> None:
    nlp = load_model_uncached(embed_once=False)
    before = _annotations(nlp)
    assert len(_embed_chains(nlp)) == 2  # the UD heads' tok2vec and the NER's own
    assert embed_once.embed_each_form_once(nlp) == 2
    assert _annotations(nlp) == before


def test_predictions_equal_spacys_layers(plain_and_grouped: tuple[Language, Language]) -> None:
    plain, grouped = plain_and_grouped
    fresh = _annotations(plain)
    assert fresh == _annotations(grouped)
    assert any(t[4] == "B" for sent in fresh for t in sent)  # the sentences do name entities


def test_vectors_match_per_token_embedding(load_model_uncached: Any) -> None:
    from spacy.tokens import Doc

    plain = load_model_uncached(embed_once=False)
    grouped = load_model_uncached()
    docs = [Doc(plain.vocab, words=s.split()) for s in SENTENCES]
    for a, b in zip(_embed_chains(plain), _embed_chains(grouped), strict=True):
        want, _ = a(docs, False)
        got, _ = b(docs, False)
        assert [x.shape for x in want] == [x.shape for x in got]
        for x, y in zip(want, got, strict=True):
            np.testing.assert_allclose(x, y, atol=1e-4)


def test_training_runs_spacys_own_layers(load_model_uncached: Any) -> None:
    from spacy.tokens import Doc

    grouped = load_model_uncached()
    chain = _embed_chains(grouped)[0]
    docs = [Doc(grouped.vocab, words=SENTENCES[0].split())]
    vectors, backprop = chain(docs, True)  # is_train: spaCy's forward, with a real backprop
    assert backprop([np.zeros_like(v) for v in vectors]) == []  # no gradient for the Docs
    _, no_backprop = chain(docs, False)
    with pytest.raises(NotImplementedError):
        no_backprop([np.zeros_like(v) for v in vectors])


def test_groups_gives_one_row_per_distinct_feature_row() -> None:
    rng = np.random.default_rng(7)
    distinct = rng.integers(0, 2**63, size=(50, 4), dtype=np.uint64)
    rows = distinct[rng.integers(0, 50, size=400)]
    first, inverse = embed_once._groups(rows)
    assert len(np.unique(rows, axis=0)) == len(first)
    assert np.array_equal(rows[first][inverse], rows)


def test_groups_survives_key_collisions(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(11)
    rows = rng.integers(0, 2**63, size=(30, 4), dtype=np.uint64)[rng.integers(0, 30, size=90)]
    # every row gets the same key: the exact grouping must take over
    monkeypatch.setattr(embed_once, "_MIX", np.zeros(4, dtype=np.uint64))
    first, inverse = embed_once._groups(rows)
    assert len(first) == len(np.unique(rows, axis=0))
    assert np.array_equal(rows[first][inverse], rows)


def test_empty_batches(plain_and_grouped: tuple[Language, Language]) -> None:
    from spacy.tokens import Doc

    _plain, grouped = plain_and_grouped
    chain = _embed_chains(grouped)[1]
    out, _ = chain([Doc(grouped.vocab, words=[])], False)
    assert len(out) == 1 and out[0].shape[0] == 0
    assert list(grouped.pipe([])) == []
