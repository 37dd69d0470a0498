"""The demo corpus in ``examples/``: it is what ``scripts/make_examples.py`` builds from
``examples/source``, every input becomes an article or a reject, and the pipeline recovers
the metadata and body written in ``examples/expected.jsonl``."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
INPUT = EXAMPLES / "input"
EXPECTED = EXAMPLES / "expected.jsonl"
sys.path.insert(0, str(ROOT / "scripts"))

import make_examples  # noqa: E402

GOLD = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
CLEAN_MISSING = importlib.util.find_spec("warta.clean.article") is None
needs_clean = pytest.mark.skipif(
    CLEAN_MISSING, reason="warta.clean.article (the clean stage) is not in this checkout yet")


def _files(root: Path) -> Iterator[Path]:
    return (p for p in sorted(root.rglob("*")) if p.is_file())


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples")
    make_examples.build(out, EXAMPLES / "source")
    return out


def test_committed_examples_are_what_the_script_builds(rebuilt: Path) -> None:
    committed = {p.relative_to(EXAMPLES) for p in _files(INPUT)} | {Path("expected.jsonl")}
    built = {p.relative_to(rebuilt) for p in _files(rebuilt)}
    assert built == committed, "run `python scripts/make_examples.py` and commit the result"
    for rel in sorted(built):
        if rel.suffix == ".parquet":  # bytes depend on the pyarrow version: compare rows
            import pyarrow.parquet as pq

            assert pq.read_table(rebuilt / rel).to_pylist() == \
                pq.read_table(EXAMPLES / rel).to_pylist(), rel
        else:
            assert (rebuilt / rel).read_bytes() == (EXAMPLES / rel).read_bytes(), rel


@pytest.mark.parametrize("article", make_examples.load_articles(EXAMPLES / "source"),
                         ids=lambda a: a.id)
def test_source_article_is_a_short_news_story(article: make_examples.Article) -> None:
    words = len(article.expected_body().split())
    assert 150 <= words <= 400, f"{article.id}: {words} words"
    assert article.outlet and article.title and article.url.startswith("https://")
    assert set(article.expected) <= {"published", "authors", "dateline", "wire"}


def test_expected_lines_follow_the_gold_format() -> None:
    assert len(GOLD) >= 15
    assert len({g["id"] for g in GOLD}) == len(GOLD)
    formats = {g["input"]["format"] for g in GOLD}
    assert formats == {"text", "html", "record"}
    for g in GOLD:
        meta = g["expected"]["metadata"]
        assert set(meta) == {"outlet", "title", "published", "authors", "dateline", "wire"}
        if "path" in g["input"]:
            assert (EXAMPLES / g["input"]["path"]).is_file()
        assert "\n\n" in g["expected"]["body"]


def test_every_demo_input_is_an_article_or_a_reject() -> None:
    from warta.doc import Reject
    from warta.ingest import IngestOptions, IngestStats, iter_inputs

    stats = IngestStats()
    items = list(iter_inputs([str(INPUT)], IngestOptions(), stats))
    rejects = {Path(r.source).name: r.code for r in items if isinstance(r, Reject)}
    assert rejects == {
        "kosong.txt": "E101",
        "foto-tersimpan.txt": "E102",
        "terpotong.csv.gz": "E104",
        "tanpa-kolom-isi.csv": "E105",
    }
    docs = [d for d in items if not isinstance(d, Reject)]
    n_articles = len(make_examples.load_articles(EXAMPLES / "source"))
    assert len(docs) == n_articles + 1  # + the index page, rejected later by the clean stage
    warc = [d for d in docs if d.source.endswith(".warc.gz")]
    assert len(warc) == 2 and all(d.format == "html" for d in warc)
    assert stats.skipped["warc:request"] == 2


@pytest.fixture(scope="module")
def outcomes() -> dict[str, Any]:
    from warta.eval.gold import build_processor, predict, read_gold

    processor = build_processor()
    return {item.id: predict(item, processor) for item in read_gold(EXPECTED).items}


# Misses of the pipeline that are known and reported; remove an entry once it passes.
KNOWN_MISSES: dict[str, str] = {}


def _case(gold: dict[str, Any]) -> Any:
    reason = KNOWN_MISSES.get(gold["id"])
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(gold, id=gold["id"], marks=marks)


@needs_clean
@pytest.mark.parametrize("gold", [_case(g) for g in GOLD])
def test_pipeline_recovers_expected_metadata_and_body(gold: dict[str, Any],
                                                      outcomes: dict[str, Any]) -> None:
    from warta.eval.body import score_article
    from warta.eval.metadata import same_at_gold_granularity

    out = outcomes[gold["id"]]
    assert out.rejected is None, out.rejected
    want, got = gold["expected"]["metadata"], out.predicted["metadata"]
    assert got["outlet"] == want["outlet"]
    assert got["title"] == want["title"]
    assert same_at_gold_granularity(want["published"], got["published"]), got["published"]
    body = score_article(gold["expected"]["body"], out.predicted["body"], out.raw_text)
    assert body["f1"] >= 0.97, (body, out.predicted["body"][:300])


@needs_clean
def test_index_page_becomes_a_reject() -> None:
    from warta.config import PipelineConfig
    from warta.doc import Reject
    from warta.errors import WartaError
    from warta.ingest import IngestOptions, iter_inputs
    from warta.pipeline import Pipeline
    from warta.resources import load_resources

    (raw,) = list(iter_inputs([str(INPUT / "bad" / "halaman-indeks.html")], IngestOptions()))
    assert not isinstance(raw, Reject)
    with pytest.raises((WartaError,)):
        Pipeline.build(PipelineConfig())(raw, load_resources())
