"""Every event lexicon entry is proved by a sentence of our own (``lexicon_examples.yaml``):
the default pipeline codes it with the entry as ``rule`` and the expected actors, code and
status, and states no other event. A new entry without an example fails here by name; the
``known_gaps`` sentences must still fail, so that a fix shows up and is moved to ``examples``.

The pipeline is built once and runs all sentences as one batch: the language model is the
slow part, and it runs over the sentences of a batch at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from warta.config import PipelineConfig
from warta.doc import Document, Event, Hints, RawDocument
from warta.events.lexicon import load_lexicon
from warta.pipeline import Pipeline
from warta.resources import Resources

EXAMPLES_FILE = Path(__file__).with_name("lexicon_examples.yaml")
DATA: dict[str, list[dict[str, Any]]] = yaml.safe_load(EXAMPLES_FILE.read_text("utf-8"))
EXAMPLES = DATA["examples"]
GAPS = DATA.get("known_gaps") or []
STATUSES = {"occurred", "negated", "future"}
MIN_TEXT = 80  # the cleaner rejects a shorter body as no article (E201)

Key = tuple[str | None, str, str | None]  # (source code, CAMEO root, target code)


def _label(example: dict[str, Any], n: int) -> str:
    return f"{example['id']}-{n}"


def _raw(n: int, text: str) -> RawDocument:
    return RawDocument(id=f"lex{n}", source="mem", locator=str(n), format="text",
                       content="Jakarta - " + text,
                       hints=Hints(published="2025-06-20", outlet="contoh.id"))


@pytest.fixture(scope="module")
def coded(res: Resources) -> dict[str, Document]:
    """Each example text → its processed Document (examples and known gaps, one batch)."""
    texts = list(dict.fromkeys(x["text"] for x in (*EXAMPLES, *GAPS)))
    pipeline = Pipeline.build(PipelineConfig())
    out: dict[str, Document] = {}
    for text, doc in zip(texts, pipeline.run_batch([_raw(n, t) for n, t in enumerate(texts)],
                                                   res), strict=True):
        assert isinstance(doc, Document), f"pipeline failed on {text!r}: {doc}"
        out[text] = doc
    return out


def _code(ref: Any) -> str | None:
    return None if ref is None else ref.code


def _matches(ev: Event, example: dict[str, Any]) -> bool:
    return (ev.rule == example.get("rule", example["id"])
            and ev.source.code == example["source"] and _code(ev.target) == example["target"]
            and ev.cameo == example["cameo"] and ev.status == example["status"])


def _shown(events: tuple[Event, ...]) -> str:
    return "; ".join(f"{e.rule}: {e.source.code} {e.cameo} {_code(e.target)} {e.status}"
                     for e in events) or "no events"


def _key(source: str | None, cameo: str, target: str | None) -> Key:
    return (source, cameo[:2], target)


def test_every_lexicon_entry_has_an_example(res: Resources) -> None:
    entries = {e.id for e in load_lexicon(res).entries}
    covered = {x["id"] for x in (*EXAMPLES, *GAPS)}
    missing = sorted(entries - covered)
    assert not missing, (f"lexicon entries without an example sentence in {EXAMPLES_FILE.name}"
                         f": {missing}")
    assert not sorted(covered - entries), "examples name entries the lexicon no longer has"
    assert {x["id"] for x in EXAMPLES} >= entries - {x["id"] for x in GAPS}


@pytest.mark.parametrize("example", [*EXAMPLES, *GAPS],
                         ids=[_label(x, n) for n, x in enumerate([*EXAMPLES, *GAPS])])
def test_example_is_well_formed(example: dict[str, Any]) -> None:
    assert len(example["text"]) >= MIN_TEXT
    assert example["status"] in STATUSES
    assert isinstance(example["cameo"], str) and example["source"]
    assert ("rule" not in example or example["rule"] == example["id"]
            or example.get("note") or example.get("reason")), "a borrowed rule needs a note"


@pytest.mark.parametrize("example", EXAMPLES,
                         ids=[_label(x, n) for n, x in enumerate(EXAMPLES)])
def test_example_codes_its_entry(example: dict[str, Any], coded: dict[str, Document]) -> None:
    events = coded[example["text"]].events
    assert any(_matches(e, example) for e in events), (
        f"{example['id']}: expected {example['source']} {example['cameo']} "
        f"{example['target']} {example['status']}, got {_shown(events)}")
    if example.get("extra_ok"):
        return
    expected = {_key(example["source"], example["cameo"], example["target"])}
    expected |= {_key(s, c, t) for s, c, t in example.get("also", [])}
    got = {_key(e.source.code, e.cameo, _code(e.target)) for e in events}
    assert got == expected, f"{example['id']}: other events than expected: {_shown(events)}"


@pytest.mark.parametrize("gap", GAPS, ids=[_label(x, n) for n, x in enumerate(GAPS)])
def test_known_gap_still_fails(gap: dict[str, Any], coded: dict[str, Document]) -> None:
    assert gap.get("reason") and gap.get("kind")
    events = coded[gap["text"]].events
    assert not any(_matches(e, gap) for e in events), (
        f"known gap of {gap['id']} now codes as expected ({_shown(events)}): move it from "
        f"known_gaps to examples in {EXAMPLES_FILE.name}")
