"""Exact and near duplicates across outlets, across runs, deterministic."""

from __future__ import annotations

import random
from pathlib import Path

from store_helpers import ARTICLES, RunFn, corpus, light_edit, raw

from warta.store import connect
from warta.store.dedup import NEAR_THRESHOLD, find_clusters, shingles, signature


def _clusters(out: Path) -> list[tuple[str, str, str]]:
    return connect(out).execute(
        "SELECT cluster_id, article_id, kind FROM clusters ORDER BY cluster_id, article_id"
    ).fetchall()


def test_exact_and_near_duplicates_are_clustered(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    items = [
        *corpus(),
        raw("z-salinan", ARTICLES["pasar"], outlet="cermin.id"),  # verbatim copy
        raw("x-suntingan", light_edit(ARTICLES["banjir"]), outlet="lain.id"),  # light edit
    ]
    summary = run_docs(items, out)
    assert _clusters(out) == [
        ("banjir", "banjir", "exact"),
        ("banjir", "x-suntingan", "near"),
        ("pasar", "pasar", "exact"),
        ("pasar", "z-salinan", "exact"),
    ]
    assert summary.counts.duplicates == {"exact": 1, "near": 1}
    sim = connect(out).execute(
        "SELECT similarity FROM clusters WHERE article_id = 'x-suntingan'").fetchone()
    assert sim is not None and NEAR_THRESHOLD <= sim[0] < 1.0


def test_duplicates_found_across_runs(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_docs(corpus(), out)
    summary = run_docs([raw("sekolah-2", light_edit(ARTICLES["sekolah"]) + " Tamat.")], out)
    assert summary.counts.new == 1
    assert ("sekolah", "sekolah-2", "near") in _clusters(out)


def test_different_stories_are_not_clustered() -> None:
    hashes = {k: f"h-{k}" for k in ARTICLES}
    sigs = {k: signature(v) for k, v in ARTICLES.items()}
    assert find_clusters(hashes, {k: v for k, v in sigs.items() if v}) == []


def test_clusters_do_not_depend_on_input_order() -> None:
    texts = {**ARTICLES, "b2": light_edit(ARTICLES["banjir"]), "p2": ARTICLES["pasar"]}
    ids = list(texts)
    results = []
    for seed in range(3):
        random.Random(seed).shuffle(ids)
        hashes = {i: str(hash(texts[i])) for i in ids}
        sigs = {i: v for i in ids if (v := signature(texts[i]))}
        results.append(find_clusters(hashes, sigs))
    assert results[0] == results[1] == results[2]
    assert {r.cluster_id for r in results[0]} == {"b2", "p2"}  # smallest id wins


def test_shingles_are_lowercased_word_trigrams() -> None:
    assert shingles("Presiden Bertemu menteri, lalu pergi.") == {
        b"presiden bertemu menteri", b"bertemu menteri lalu", b"menteri lalu pergi"}
    assert signature("terlalu pendek untuk dibandingkan") is None


def test_incremental_runs_give_the_same_clusters_as_one_run(
    run_docs: RunFn, tmp_path: Path
) -> None:
    extra = [
        raw("b-suntingan", light_edit(ARTICLES["banjir"]), outlet="lain.id"),
        raw("a-salinan", ARTICLES["sekolah"], outlet="cermin.id"),
        raw("c-suntingan", light_edit(ARTICLES["banjir"]) + " Tamat.", outlet="tiga.id"),
    ]
    run_docs([*corpus(), *extra], tmp_path / "once")
    run_docs([*corpus(), extra[0]], tmp_path / "steps")
    run_docs(extra[1:2], tmp_path / "steps")
    run_docs(extra[2:], tmp_path / "steps")
    assert _clusters(tmp_path / "steps") == _clusters(tmp_path / "once")
    assert len(_clusters(tmp_path / "once")) == 5
