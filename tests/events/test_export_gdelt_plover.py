"""The GDELT 2.0 and PLOVER exports: column count, order and values; record shape."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from event_store_helpers import DENIAL, corpus, raw, run_items

from warta.events.export import (
    GDELT_COLUMNS,
    export_gdelt,
    export_plover,
    gdelt_day,
    global_event_id,
)
from warta.resources import Resources


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, res: Resources) -> Path:
    out = tmp_path_factory.mktemp("events-export")
    run_items(list(corpus().values()), out, res)
    return out


def _gdelt(store: Path, res: Resources) -> dict[str, dict[str, str]]:
    fh = io.StringIO()
    n = export_gdelt(store, fh, res)
    lines = fh.getvalue().splitlines()
    assert n == len(lines)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    return {r["EventCode"] + "/" + r["SQLDATE"]: r for r in rows}


def test_gdelt_has_61_columns_in_gdelt_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                 "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[15] == "Actor2Code" and GDELT_COLUMNS[25] == "IsRootEvent"
    assert GDELT_COLUMNS[26:35] == ("EventCode", "EventBaseCode", "EventRootCode",
                                    "QuadClass", "GoldsteinScale", "NumMentions",
                                    "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[51] == "ActionGeo_Type"
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_one_row_per_real_world_event(store: Path, res: Resources) -> None:
    rows = _gdelt(store, res)
    # arrest (3 articles), protest day 0, protest a week later, the 2014 reference
    assert sorted(rows) == ["111/20140000", "141/20240507", "141/20240515", "173/20240507"]
    arrest = rows["173/20240507"]
    assert arrest["GLOBALEVENTID"] == str(global_event_id("a1-arrest:0"))
    assert (arrest["MonthYear"], arrest["Year"], arrest["FractionDate"]) == (
        "202405", "2024", "2024.3470")
    assert (arrest["Actor1Code"], arrest["Actor1Name"], arrest["Actor1CountryCode"],
            arrest["Actor1Type1Code"]) == ("IDNJUD", "KPK", "IDN", "JUD")
    assert (arrest["Actor2Code"], arrest["Actor2Name"]) == ("IDNGOV", "Bupati Sukamaju")
    assert (arrest["EventCode"], arrest["EventBaseCode"], arrest["EventRootCode"]) == (
        "173", "173", "17")
    assert arrest["QuadClass"] == "4" and float(arrest["GoldsteinScale"]) < 0
    assert (arrest["NumMentions"], arrest["NumSources"], arrest["NumArticles"]) == (
        "3", "2", "3")
    assert arrest["AvgTone"] == "" and arrest["Actor1EthnicCode"] == ""
    assert arrest["IsRootEvent"] == "1"  # stated in the lead paragraph
    assert arrest["ActionGeo_FullName"] == "Jakarta" and arrest["ActionGeo_Lat"] == ""
    assert len(arrest["DATEADDED"]) == 14 and arrest["DATEADDED"].isdigit()
    assert arrest["SOURCEURL"] == "https://kabar.id/berita/a1-arrest"


def test_gdelt_group_codes_are_not_countries(store: Path, res: Resources) -> None:
    history = _gdelt(store, res)["111/20140000"]
    assert (history["Actor1Code"], history["Actor1CountryCode"]) == ("JPNGOV", "JPN")
    assert (history["Actor2Code"], history["Actor2CountryCode"],
            history["Actor2KnownGroupCode"]) == ("NATO", "", "NATO")
    assert (history["MonthYear"], history["Year"]) == ("201400", "2014")


def test_gdelt_dates_of_every_granularity() -> None:
    assert gdelt_day("2024-01-01") == ("20240101", "202401", "2024", "2024.0000")
    assert gdelt_day("2022-03") == ("20220300", "202203", "2022", "2022.1616")
    assert gdelt_day("2022-W09")[0] == "20220228"
    assert gdelt_day("2024-05-07T10:00:00+07:00")[0] == "20240507"
    assert gdelt_day(None) == ("", "", "", "")


def test_plover_record_shape(store: Path, res: Resources) -> None:
    fh = io.StringIO()
    n = export_plover(store, fh, res)
    records = {r["event_id"]: r for r in map(json.loads, fh.getvalue().splitlines())}
    assert n == len(records) == 6  # every reported event, not one per cluster
    rec = records["a2-arrest-copy:0"]
    assert set(rec) == {"event_id", "event_type", "mode", "context", "event_date",
                        "date_granularity", "date_source", "actor", "recipient", "location",
                        "evidence", "article", "cluster", "warta"}
    assert rec["event_type"] == "COERCE" and isinstance(rec["context"], list)
    assert rec["actor"] == {"name": "KPK", "code": "IDN", "country": "IDN", "sector": "JUD",
                            "entity": "kpk"}
    assert rec["recipient"]["sector"] == "GOV"
    assert (rec["event_date"], rec["date_source"]) == ("2024-05-08", "published")
    assert "menangkap Bupati Sukamaju" in rec["evidence"]["text"]
    assert rec["evidence"]["mentions"] == [{"start": rec["evidence"]["start"],
                                            "end": rec["evidence"]["end"]}]
    assert rec["article"]["outlet"] == "warta.co.id"
    assert rec["article"]["url"] == "https://warta.co.id/berita/a2-arrest-copy"
    assert rec["cluster"]["id"] == "a1-arrest:0" and rec["cluster"]["reports"] == 2
    assert rec["warta"]["status"] == "occurred" and rec["warta"]["cameo"] == "173"
    assert rec["warta"]["rule"] == "test" and rec["warta"]["confidence"] == 0.9
    history = records["c1-history:0"]
    assert (history["event_date"], history["date_granularity"], history["date_source"]) == (
        "2014", "year", "event")
    assert history["recipient"]["country"] is None


def test_gdelt_leaves_out_events_that_did_not_occur(tmp_path: Path, res: Resources) -> None:
    run_items([raw("d1-denial", DENIAL, "kabar.id", "2024-05-07T09:00:00+07:00")], tmp_path,
              res)
    fh = io.StringIO()
    assert export_gdelt(tmp_path, fh, res) == 0 and fh.getvalue() == ""
    fh = io.StringIO()
    assert export_plover(tmp_path, fh, res) == 1
    assert json.loads(fh.getvalue())["warta"]["status"] == "negated"


def test_exports_do_not_depend_on_arrival_order(tmp_path: Path, res: Resources) -> None:
    items = list(corpus().values())
    outputs = []
    for name, order in (("fwd", items), ("rev", list(reversed(items)))):
        run_items(order, tmp_path / name, res)
        fh = io.StringIO()
        export_plover(tmp_path / name, fh, res)
        gd = io.StringIO()
        export_gdelt(tmp_path / name, gd, res)
        # DATEADDED is the run's time: compare everything else
        outputs.append((fh.getvalue(), [line.split("\t")[:59] for line in
                                        gd.getvalue().splitlines()]))
    assert outputs[0] == outputs[1]
