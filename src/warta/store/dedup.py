"""Corpus-level duplicate detection: exact (same ``content_hash``) and near duplicates
(MinHash + LSH over word shingles, datasketch), across the whole store.

Near duplicates are mostly the same wire or press-release story published by several
outlets with small edits (a different lead, a dropped sentence, an added sign-off).
Signatures are computed once, when an article is written, and kept in the ``minhash`` table,
so later runs only hash their new articles. Clusters are recomputed over the whole store at
each commit and the ``clusters`` table is rewritten: the result depends only on the store's
contents (sorted ids, fixed seed), never on the order articles arrived in.

A cluster is a connected component of "exact or near" pairs. ``cluster_id`` is its smallest
article id; every member gets a row, whose ``kind`` and ``similarity`` are relative to that
article (the representative's own row: ``exact``, 1.0).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

# Permutations per signature: 128 keeps the Jaccard estimate within about ±0.09 (1/sqrt(128))
# while a signature costs 1 KiB; more buys little for news-length texts.
NUM_PERM = 128
# Estimated Jaccard similarity of shingle sets at or above which two articles are near
# duplicates. 0.7 groups a story with light edits (a changed sentence or two in ~10) and
# keeps apart different stories on one topic, which share phrases but rarely 70% of shingles.
NEAR_THRESHOLD = 0.7
# Words per shingle: 3-word shingles make one edited word change only three shingles.
SHINGLE_WORDS = 3
# Fixed seed: the same text always gets the same signature, in every process and run.
MINHASH_SEED = 1
# datasketch's permutation scheme (its default since 2.0). Stored signatures are only
# comparable with signatures of the same scheme, so it is pinned here, not left to a default.
MINHASH_SCHEME: Literal["affine32"] = "affine32"
# Bodies with fewer words than this are only checked for exact duplicates: their shingle
# sets are too small for a meaningful similarity estimate.
MIN_WORDS = 12

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int] | None:
    """MinHash hash values of a body, or ``None`` when it is too short to compare."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    mh.update_batch(sorted(shingles(text)))
    return [int(v) for v in mh.hashvalues]


def minhash_row(article_id: str, content_hash: str, body: str) -> dict[str, Any] | None:
    values = signature(body)
    if values is None:
        return None
    return {"article_id": article_id, "content_hash": content_hash, "num_perm": NUM_PERM,
            "hashvalues": values}


@dataclass(frozen=True, slots=True)
class ClusterRow:
    cluster_id: str
    article_id: str
    kind: str  # exact | near
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {"cluster_id": self.cluster_id, "article_id": self.article_id,
                "kind": self.kind, "similarity": self.similarity}


def _estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / float(len(a))


def _sketch(values: np.ndarray) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashvalues=values,
                   scheme=MINHASH_SCHEME)


def find_clusters(
    content_hashes: Mapping[str, str],
    signatures: Mapping[str, Sequence[int]],
) -> list[ClusterRow]:
    """Cluster articles. ``content_hashes``: article id → content hash for every article in
    the store; ``signatures``: article id → MinHash values (articles too short have none)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            parent[hi] = lo

    by_hash: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(content_hashes):
        if content_hashes[aid]:
            by_hash[content_hashes[aid]].append(aid)
    for members in by_hash.values():
        for other in members[1:]:
            union(members[0], other)

    arrays = {aid: np.asarray(v, dtype=np.uint64) for aid, v in signatures.items()
              if aid in content_hashes}
    lsh = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
    ids = sorted(arrays)
    sketches = {aid: _sketch(arrays[aid]) for aid in ids}
    for aid in ids:
        lsh.insert(aid, sketches[aid])
    for aid in ids:
        for other in lsh.query(sketches[aid]):
            if other > aid and _estimate(arrays[aid], arrays[other]) >= NEAR_THRESHOLD:
                union(aid, other)

    groups: dict[str, list[str]] = defaultdict(list)
    for aid in parent:
        groups[find(aid)].append(aid)
    rows: list[ClusterRow] = []
    for rep in sorted(groups):
        members = sorted({rep, *groups[rep]})
        if len(members) < 2:
            continue
        for aid in members:
            if content_hashes.get(aid) and content_hashes.get(aid) == content_hashes.get(rep):
                rows.append(ClusterRow(rep, aid, "exact", 1.0))
            else:
                sim = (_estimate(arrays[aid], arrays[rep])
                       if aid in arrays and rep in arrays else 0.0)
                rows.append(ClusterRow(rep, aid, "near", round(sim, 4)))
    return rows


def duplicate_counts(rows: Iterable[ClusterRow]) -> dict[str, int]:
    """Articles that duplicate their cluster's representative, by kind."""
    counts = {"exact": 0, "near": 0}
    for row in rows:
        if row.article_id != row.cluster_id:
            counts[row.kind] += 1
    return counts
