"""Name parts listed in ``actors/name_part_stops.txt`` are not filed alone: the person is
found by full name and aliases, the bare word is not that person."""

from __future__ import annotations

from warta.actors.lookup import lookup
from warta.resources import Resources

PEOPLE = [
    {"name": "Karim al-Abadi", "aliases": ["Karim Abadi"],
     "roles": [{"code": "IRQ", "sector": "GOV", "title": "Perdana Menteri Irak",
                "from": "2031-01-01", "to": None}]},
    {"name": "Muhammad Wiratama",
     "roles": [{"code": "IDN", "sector": "GOV", "title": "Menteri Fiktif",
                "from": "2031-01-01", "to": None}]},
]


def _with_people(res: Resources) -> Resources:
    files = dict(res.files)
    files["actors/people/zz_test.yaml"] = PEOPLE
    # a new bundle, not dataclasses.replace: that would share the derived (index) cache
    return Resources(files=files, fingerprint=res.fingerprint + "+stops-test", root=res.root)


def test_stopped_part_does_not_resolve(res: Resources) -> None:
    r = _with_people(res)
    assert lookup("Abadi", "2032-05-01", r) is None or lookup("Abadi", "2032-05-01", r).code != "IRQ"  # type: ignore[union-attr]
    assert lookup("Muhammad", "2032-05-01", r) is None


def test_full_name_and_other_parts_still_resolve(res: Resources) -> None:
    r = _with_people(res)
    for name in ("Karim al-Abadi", "Karim Abadi"):
        found = lookup(name, "2032-05-01", r)
        assert found is not None and (found.code, found.sector) == ("IRQ", "GOV")
    found = lookup("Wiratama", "2032-05-01", r)
    assert found is not None and found.code == "IDN"
    assert "abadi" in {w.lower() for w in res.get("actors/name_part_stops.txt")}


def test_unquoted_comma_in_a_title_is_an_error(res: Resources) -> None:
    import pytest
    import yaml

    from warta.errors import ResourceError

    # YAML reads {title: Menteri A, B, from: ...} as a title "Menteri A" plus a key "B"
    bad = yaml.safe_load("- {name: Sari Wulandari, roles: [{code: IDN, sector: GOV, "
                         "title: Menteri Riset, Sains, from: 2031-01-01, to: null}]}")
    files = dict(res.files)
    files["actors/people/zz_bad.yaml"] = bad
    with pytest.raises(ResourceError, match="unknown keys"):
        lookup("Sari Wulandari", "2032-01-01",
               Resources(files=files, fingerprint=res.fingerprint + "+bad", root=res.root))
