"""Grouping with each name's folded form made once per article (``merge._Form``) and a
group's type read without ``most_common``: the same groups as before. Names and sentences
written for these tests."""

from __future__ import annotations

from collections import Counter

from warta.entities.merge import Group, group_mentions
from warta.entities.recognize import Candidate
from warta.resources import Resources

BODY = ("PT Sinar Kelapa Jaya membuka pabrik. Direktur Sinar Kelapa mengatakan Lestari "
        "Wulandari memimpin proyek itu, dan Wulandari menyebut Sinar Kelapa Jaya siap.")


def _cand(text: str, label: str | None, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return Candidate(start, start + len(text), text, "ner", label)


def test_short_forms_join_their_long_names(res: Resources) -> None:
    cands = sorted([_cand("PT Sinar Kelapa Jaya", "ORG"), _cand("Sinar Kelapa", "ORG"),
                    _cand("Lestari Wulandari", "PER"), _cand("Wulandari", "PER", 1)],
                   key=lambda c: c.start)
    groups = group_mentions(cands, "2024-05-02", res,
                            legal_forms=frozenset({"pt"}))
    texts = sorted(sorted(m.text for m in g.mentions) for g in groups)
    assert texts == [["Lestari Wulandari", "Wulandari"],
                     ["PT Sinar Kelapa Jaya", "Sinar Kelapa"]]


def test_group_type_is_the_first_most_common_label() -> None:
    for labels in (["LOC", "ORG"], ["ORG", "LOC"], ["PER", "ORG", "ORG", "PER"],
                   ["LOC", "LOC", "ORG"]):
        group = Group(labels=Counter(labels))
        assert group.type == Counter(labels).most_common(1)[0][0]


def test_repeated_names_share_one_lookup_and_one_group(res: Resources) -> None:
    body = "Indonesia dan Malaysia bertemu. Indonesia menolak, Malaysia setuju, Indonesia diam."
    cands = []
    for name in ("Indonesia", "Malaysia"):
        start = -1
        while (start := body.find(name, start + 1)) >= 0:
            cands.append(Candidate(start, start + len(name), name, "gazetteer", "LOC"))
    cands.sort(key=lambda c: c.start)
    groups = group_mentions(cands, "2024-05-02", res)
    assert [len(g.mentions) for g in groups] == [3, 2]
    assert groups[0].match is not None and groups[0].match.code == "IDN"


def test_no_candidates_no_date_read(res: Resources) -> None:
    assert group_mentions([], "bukan tanggal", res) == []
