from __future__ import annotations

import pytest

from warta.actors import resolve_alias
from warta.resources import Resources


@pytest.mark.parametrize(("a", "b", "persons", "same"), [
    ("AS", "Amerika Serikat", False, True),
    ("PBB", "Perserikatan Bangsa-Bangsa", False, True),
    ("KPK", "Komisi Pemberantasan Korupsi", False, True),
    ("as", "Amerika Serikat", False, False),
    ("Maduro", "Nicolas Maduro", True, True),
    ("Wibowo", "Fulan Wibowo", False, False),        # the surname rule needs persons=True
    ("Wibowo", "Fulan Wibowo", True, True),
    ("Tiongkok", "RRT", False, True),
    ("Kiev", "Kyiv", False, True),
    ("Jokowi", "Joko Widodo", True, True),
    ("UE", "Uni Eropa", False, True),
    ("Israel", "Iran", False, False),
])
def test_resolve_alias(res: Resources, a: str, b: str, persons: bool, same: bool) -> None:
    assert resolve_alias(a, b, res, persons=persons) is same
