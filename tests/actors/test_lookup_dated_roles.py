"""A person's code is the office held on the article's date (guide: "Actor codes")."""

from __future__ import annotations

import pytest

from warta.actors import lookup
from warta.resources import Resources


@pytest.mark.parametrize(("name", "on", "code", "sector"), [
    ("Jokowi", "2022-03-02", "IDN", "GOV"),
    ("Joko Widodo", "2013-05-01", "IDN", "GOV"),          # governor of Jakarta
    ("Jokowi", "2025-06-19", None, None),                 # no office after 20 Oct 2024
    ("Jokowi", "2024-10-19", "IDN", "GOV"),
    ("Jokowi", "2024-10-20", None, None),                 # the day power passed
    ("Prabowo", "2021-05-01", "IDN", "GOV"),              # Minister of Defence
    ("Prabowo Subianto", "2025-06-20", "IDN", "GOV"),     # President
    ("Prabowo", "2016-01-01", "IDN", "PTY"),              # Gerindra chair, no state office
    ("Sri Mulyani", "2020-01-01", "IDN", "GOV"),
    ("Sri Mulyani", "2025-10-01", None, None),            # replaced on 8 Sep 2025
    ("Purbaya Yudhi Sadewa", "2025-09-10", "IDN", "GOV"),
    ("Nicolas Maduro", "2022-03-02", "VEN", "GOV"),
    ("Maduro", "2022-03-02", "VEN", "GOV"),               # surname of one known person
    ("Donald Trump", "2019-06-01", "USA", "GOV"),
    ("Donald Trump", "2022-06-01", None, None),
    ("Donald Trump", "2025-06-18", "USA", "GOV"),
    ("Mark Rutte", "2020-01-01", "NLD", "GOV"),
    ("Mark Rutte", "2025-09-10", "NATO", None),
    ("Benjamin Netanyahu", "2022-01-01", "ISR", "OPP"),
    ("Ahmed al-Sharaa", "2025-06-01", "SYR", "GOV"),
    ("Ahmed al-Sharaa", "2023-06-01", "HTS", None),
])
def test_same_name_different_dates(res: Resources, name: str, on: str, code: str | None,
                                   sector: str | None) -> None:
    match = lookup(name, on, res)
    assert match is not None and match.type == "PER"
    assert (match.code, match.sector) == (code, sector)


def test_known_person_without_role_keeps_identity(res: Resources) -> None:
    match = lookup("Jokowi", "2025-06-19", res)
    assert match is not None
    assert match.name == "Joko Widodo" and match.rule == "person-no-role"


def test_month_precise_end_holds_through_the_month(res: Resources) -> None:
    # Gibran's end as mayor of Surakarta is known to the month (2024-07)
    assert lookup("Gibran Rakabuming Raka", "2024-07-31", res).code == "IDN"  # type: ignore[union-attr]
    assert lookup("Gibran Rakabuming Raka", "2024-08-15", res).code is None  # type: ignore[union-attr]


def test_undated_article_uses_current_roles(res: Resources) -> None:
    assert lookup("Prabowo", None, res).title == "Presiden Indonesia"  # type: ignore[union-attr]


def test_ambiguous_first_name_needs_a_single_office_holder(res: Resources) -> None:
    # Donald Trump and Donald Tusk both hold office in 2025: "Donald" alone is not resolved
    assert lookup("Donald", "2025-06-01", res) is None
