"""A state office's title before an organisation that is not a state takes the
organisation's sector (``Presiden PKS`` leads a party); a state keeps the title's sector, an
organisation without one gets none, and a title with a sector of its own keeps it."""

from __future__ import annotations

import pytest

from warta.actors import infer_from_title
from warta.resources import Resources


@pytest.mark.parametrize("before, code, sector", [
    ("Presiden PKS", "IDN", "PTY"),          # a party's president: the party's sector
    ("Presiden Rusia", "RUS", "GOV"),        # a state's president: the office's sector
    ("Presiden FIFA", "NGO", None),          # an organisation without a sector: none
    ("Sekretaris Jenderal NATO", "NATO", None),
])
def test_title_before_an_organisation(res: Resources, before: str, code: str,
                                      sector: str | None) -> None:
    match = infer_from_title(before, "Fulan", "2025-06-20", res)
    assert match is not None
    assert (match.code, match.sector) == (code, sector)
