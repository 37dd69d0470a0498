"""The event ontology data agree with themselves and with the official CAMEO → PLOVER
table (when the shared copy is present), except for the two exceptions the guide states."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from warta.events.ontology import Ontology, load_ontology
from warta.resources import load_resources

TABLE = Path("/work/shared/data/ontology/CAMEO2PLOVER-2021.txt")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_ontology.py"
PLOVER_16 = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
             "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
             "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology(load_resources())


def test_sixteen_plover_types(onto: Ontology) -> None:
    assert set(onto.plover) == PLOVER_16
    assert all(t.definition for t in onto.plover.values())


def test_every_code_but_public_statements_maps_to_one_type(onto: Ontology) -> None:
    unmapped = {c for c in onto.cameo if c not in onto.mapping}
    assert unmapped == {c for c in onto.cameo if c.startswith("01")}
    assert set(onto.mapping) <= set(onto.cameo)
    assert {m.plover for m in onto.mapping.values()} <= PLOVER_16


def test_every_plover_type_is_reachable(onto: Ontology) -> None:
    assert {m.plover for m in onto.mapping.values()} == PLOVER_16


def test_modes_are_declared_for_their_type(onto: Ontology) -> None:
    for m in onto.mapping.values():
        if m.mode:
            assert m.mode in onto.plover[m.plover].modes, m


def test_roots_have_name_quadclass_goldstein(onto: Ontology) -> None:
    roots = {c.root for c in onto.cameo.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for root in roots:
        entry = onto.cameo[root]
        assert entry.name and entry.quad_class in (1, 2, 3, 4)
        assert -10.0 <= entry.goldstein <= 10.0
    assert onto.cameo["01"].quad_class == 1 and onto.cameo["20"].quad_class == 4


def test_children_share_their_root(onto: Ontology) -> None:
    for code, entry in onto.cameo.items():
        assert entry.root == code[:2]
        if len(code) == 4:
            assert code[:3] in onto.cameo, code


def test_published_examples(onto: Ontology) -> None:
    assert onto.cameo["190"].goldstein == -10.0
    assert onto.cameo["057"].goldstein == 8.0
    assert onto.plover_of("041") == "CONSULT" and onto.mode_of("041") == "phone"
    assert onto.plover_of("111") == "ACCUSE"
    assert onto.plover_of("192") == "COERCE"
    assert onto.plover_of("1712") == "ASSAULT"


def test_guide_exceptions(onto: Ontology) -> None:
    assert onto.plover_of("163") == "SANCTION"
    assert all(onto.plover_of(c) == "REQUEST" for c in onto.cameo if c.startswith("02"))
    exceptions = {c for c, m in onto.mapping.items() if m.basis == "exception"}
    assert exceptions == {"163"} | {c for c in onto.cameo if c.startswith("02")}


@pytest.mark.skipif(not TABLE.exists(), reason="shared ontology table not present")
def test_mapping_agrees_with_official_table(onto: Ontology) -> None:
    spec = importlib.util.spec_from_file_location("build_ontology", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = module.read_table(TABLE)
    for code, (plover, mode, _context) in table.items():
        mapped = onto.mapping[code]
        if code == "163":
            assert (plover, mapped.plover) == ("COERCE", "SANCTION")
            continue
        assert (mapped.plover, mapped.mode or "") == (plover, mode), code
    rebuilt = module.build(table, list(onto.cameo))
    assert [r[:2] for r in rebuilt] == [[m.cameo, m.plover] for m in onto.mapping.values()]


def test_more_specific(onto: Ontology) -> None:
    assert onto.more_specific("110", "111") == "111"
    assert onto.more_specific("112", "1121") == "1121"
    assert onto.more_specific("19", "190") == "190"
