"""Every lexicon entry is valid: its code exists in the ontology, its frame uses known
slots, its triggers are unique enough to fire, and malformed entries are rejected."""

from __future__ import annotations

import pytest

from warta.errors import ResourceError
from warta.events.lexicon import TARGET_SLOTS, load_lexicon
from warta.events.ontology import load_ontology
from warta.resources import Resources

ISSUE_TRIGGERS = ["dukung", "kecam", "kutuk", "tuduh", "serang", "gempur", "bombardir",
                  "invasi", "telepon", "temu", "tandang", "kunjung", "runding", "negosiasi",
                  "sepakat", "bantu", "sanksi", "embargo", "tangkap", "tahan", "demo", "ancam",
                  "ingat", "tuntut", "desak", "minta", "seru", "tolak", "bebas", "kerah",
                  "mobilisasi"]


def test_every_entry_code_exists_and_frame_is_valid(res: Resources) -> None:
    lex = load_lexicon(res)
    onto = load_ontology(res)
    assert len(lex.entries) >= 80
    for e in lex.entries:
        assert e.cameo in onto.cameo and onto.plover_of(e.cameo) == e.plover
        assert set(e.target) <= TARGET_SLOTS and set(e.noun_target) <= TARGET_SLOTS
        assert e.verbs or e.nouns or e.phrases


def test_issue_triggers_are_covered(res: Resources) -> None:
    lex = load_lexicon(res)
    missing = [t for t in ISSUE_TRIGGERS if t not in lex.by_root and t not in lex.by_noun]
    assert not missing


def test_every_plover_type_has_a_trigger(res: Resources) -> None:
    plovers = {e.plover for e in load_lexicon(res).entries}
    assert len(plovers) == 16


@pytest.mark.parametrize("bad", [
    {"id": "x", "cameo": "999", "verbs": ["x"], "frame": {"target": ["obj"]}},
    {"id": "x", "cameo": "111", "verbs": ["x"], "frame": {"target": ["sebelah"]}},
    {"id": "x", "cameo": "111", "frame": {"target": ["obj"]}},
    {"id": "x", "cameo": "111", "verbs": ["x"], "frame": {"target": ["obj"]}, "typo": 1},
])
def test_malformed_entries_are_rejected(res: Resources, bad: dict[str, object]) -> None:
    files = dict(res.files)
    files["events/id/verbs.yaml"] = {"noun_frame": {"source": ["poss"], "target": ["ke"]},
                                     "entries": [bad]}
    broken = Resources(files=files, fingerprint="x")
    with pytest.raises(ResourceError):
        load_lexicon(broken)
