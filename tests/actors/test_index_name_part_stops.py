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


def test_alias_folding_to_a_stop_word_resolves_only_as_written(res: Resources) -> None:
    # "Rutte" folds like the word "rute" (route): the alias works as written, the word not
    people = [{"name": "Marten Tassel", "aliases": ["Tassel"],
               "roles": [{"code": "NLD", "sector": "GOV", "title": "Perdana Menteri Belanda",
                          "from": "2031-01-01", "to": None}]}]
    files = dict(res.files)
    files["actors/people/zz_test.yaml"] = people
    files["actors/name_part_stops.txt"] = [*res.get("actors/name_part_stops.txt"), "tasel"]
    r = Resources(files=files, fingerprint=res.fingerprint + "+alias-test", root=res.root)
    found = lookup("Tassel", "2032-05-01", r)
    assert found is not None and found.code == "NLD"
    assert lookup("Tasel", "2032-05-01", r) is None
    assert lookup("Marten Tassel", "2032-05-01", r) is not None


def test_words_of_indonesian_news_are_no_foreign_leaders(res: Resources) -> None:
    for word in ("Rute", "Nova", "Naomi"):
        found = lookup(word, "2025-06-20", res)
        assert found is None or found.type != "PER", word


def test_institution_of_a_province_named_after_a_compass_word_is_indonesian(
        res: Resources) -> None:
    # "Barat" alone is the West; at the end of a province's name it is part of the place
    found = lookup("Dinas Pendidikan Provinsi Jawa Barat", "2025-06-20", res)
    assert found is not None and found.code == "IDN"
    found = lookup("Dinas Kesehatan Kalimantan Barat", "2025-06-20", res)
    assert found is not None and found.code == "IDN"
