"""A short name joins the same group whatever the process's hash seed.

``_attach`` tried a group's names in a set's order and the first name that fitted decided:
an exact earlier use of the short form (``Prakoso`` already joined to the first person)
or the longer name (``Dimas Prakoso``) — so two runs of the same text could give different
entities. Names are now tried in mention order, and an ambiguous short form goes to the
person named last before it, as the docstring of ``_attach`` says."""

from __future__ import annotations

import os
import subprocess
import sys

from warta.entities.merge import group_mentions
from warta.entities.recognize import Candidate
from warta.resources import Resources

BODY = ("Dimas Prakoso hadir. Prakoso bicara. Lalu Bima Prakoso datang, dan Prakoso "
        "menjawab.")


def _cands() -> list[Candidate]:
    out = []
    for text in ("Dimas Prakoso", "Prakoso bicara", "Bima Prakoso"):
        start = BODY.index(text)
        text = text.removesuffix(" bicara")
        out.append(Candidate(start, start + len(text), text, "ner", "PER"))
    last = BODY.rindex("Prakoso")
    out.append(Candidate(last, last + 7, "Prakoso", "ner", "PER"))
    return out


def _grouping(res: Resources) -> list[list[int]]:
    groups = group_mentions(_cands(), "2024-05-02", res)
    return sorted(sorted(m.start for m in g.mentions) for g in groups)


def test_short_name_goes_to_the_person_named_last(res: Resources) -> None:
    second = BODY.index("Prakoso bicara")
    last = BODY.rindex("Prakoso")
    assert _grouping(res) == [[0, second], [BODY.index("Bima"), last]]


SCRIPT = """
from warta.resources import load_resources
import tests.entities.test_merge_stable_order as t
print(t._grouping(load_resources()))
"""


def test_grouping_does_not_depend_on_the_hash_seed() -> None:
    outs = set()
    for seed in ("0", "1", "7", "42"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                             text=True, check=True, cwd=os.getcwd())
        outs.add(run.stdout.strip())
    assert len(outs) == 1
