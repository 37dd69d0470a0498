"""Near-duplicate recall: the demo corpus's two versions of one story (ANTARA and an
okezone rewrite, both written for the project) are well above the similarity threshold and
must be clustered, not left to the luck of LSH banding (datasketch's default band choice
missed this pair)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import yaml

from warta.store.dedup import NEAR_THRESHOLD, MinHasher, _estimate, find_clusters

SOURCES = Path(__file__).parents[2] / "examples" / "source"


def _body(name: str) -> str:
    text = yaml.safe_load((SOURCES / name).read_text(encoding="utf-8"))["body"]
    return str(text).replace("[[", "").replace("]]", "")


def test_rewrite_of_a_story_is_clustered_as_near_duplicate() -> None:
    hasher = MinHasher()
    sigs = {"a-1": hasher.signature(_body("antara-tim-sar-myanmar.yaml")),
            "b-2": hasher.signature(_body("okezone-tim-sar-myanmar.yaml"))}
    assert sigs["a-1"] is not None and sigs["b-2"] is not None
    sim = _estimate(np.asarray(sigs["a-1"], dtype=np.uint64),
                    np.asarray(sigs["b-2"], dtype=np.uint64))
    assert sim >= NEAR_THRESHOLD
    rows = find_clusters({"a-1": "h1", "b-2": "h2"}, {k: v for k, v in sigs.items() if v})
    assert ("a-1", "b-2", "near") in {(r.cluster_id, r.article_id, r.kind) for r in rows}
