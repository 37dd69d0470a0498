"""``warta actors build --wikidata`` on a hand-written sample (fictional people, made-up Q-ids
in the Q900000000 range, plus an abbreviated real entity to show merging)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from warta.actors import lookup
from warta.actors.wikidata import iter_entities, wikidata_date
from warta.cli.actors import actors_group
from warta.resources import DATA_DIR, load_resources

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "wikidata" / "sample.jsonl"


def _build(tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    out = tmp_path / "people"
    result = CliRunner().invoke(actors_group, ["build", "--wikidata", str(SAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 people" in result.output
    return yaml.safe_load((out / "wikidata.yaml").read_text(encoding="utf-8"))


def test_builder_maps_positions_to_roles(tmp_path: Path) -> None:
    people = {p["wikidata"]: p for p in _build(tmp_path)}
    assert set(people) == {"Q900000001", "Q900000003", "Q22686"}   # unknown position dropped
    fulan = people["Q900000001"]
    assert fulan["name"] == "Fulan bin Contoh"                      # Indonesian label first
    assert "Fulan Contoh" in fulan["aliases"] and "Pak Fulan" in fulan["aliases"]
    assert fulan["roles"] == [
        {"code": "USA", "sector": "GOV", "title": "Wakil Presiden Amerika Serikat",
         "from": "2031-01-20", "to": "2035-01-20"},
        {"code": "USA", "sector": "GOV", "title": "Presiden Amerika Serikat",
         "from": "2035-01", "to": None},                              # month precision kept
    ]
    assert people["Q900000003"]["roles"] == [                        # deprecated dropped
        {"code": "GBR", "sector": "GOV", "title": "Perdana Menteri Inggris", "from": "2040",
         "to": None}]


def test_built_file_extends_the_dictionary(tmp_path: Path) -> None:
    people = _build(tmp_path)
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("wikidata.yaml"))
    (data / "actors" / "people" / "wikidata.yaml").write_text(
        yaml.safe_dump(people, allow_unicode=True), encoding="utf-8")
    res = load_resources(data)
    assert lookup("Pak Fulan", "2033-05-01", res).code == "USA"       # type: ignore[union-attr]
    assert lookup("Fulan Contoh", "2030-05-01", res).code is None     # type: ignore[union-attr]
    trump = lookup("The Donald", "2018-01-01", res)                    # merged by Wikidata id
    assert trump is not None and trump.name == "Donald Trump" and trump.code == "USA"
    assert lookup("Donald Trump", "2025-06-18", res).code == "USA"    # type: ignore[union-attr]


def test_dump_layout_and_array_are_read() -> None:
    entity = {"id": "Q900000009", "labels": {}}
    dump = "[\n" + json.dumps(entity) + ",\n" + json.dumps(entity) + "\n]\n"
    assert len(list(iter_entities(io.StringIO(dump)))) == 2
    array = json.dumps([entity, entity], indent=2)
    assert len(list(iter_entities(io.StringIO(array)))) == 2


def test_wikidata_date_precision() -> None:
    assert wikidata_date({"time": "+2014-10-20T00:00:00Z", "precision": 11}) == "2014-10-20"
    assert wikidata_date({"time": "+2014-10-00T00:00:00Z", "precision": 10}) == "2014-10"
    assert wikidata_date({"time": "+2014-00-00T00:00:00Z", "precision": 9}) == "2014"
    assert wikidata_date(None) is None
