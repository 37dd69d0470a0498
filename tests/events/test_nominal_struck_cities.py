"""A city struck in war news (a region of ``places.yaml`` with ``territory_of``) is a
target standing for its state; an attack noun's modifiers (``terbaru``) may stand before the
preposition of its target (our own sentences; entities from the pipeline's linker)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_keys import keys

from warta.doc import Event
from warta.events.territory import territory_of
from warta.resources import Resources

Run = Callable[..., list[Event]]


@pytest.mark.parametrize(("city", "state"), [
    ("Kharkiv", "UKR"), ("Haifa", "ISR"), ("Rafah", "PSE"), ("Isfahan", "IRN")])
def test_a_listed_city_lies_in_its_state(res: Resources, city: str, state: str) -> None:
    assert territory_of(res, city) == state


@pytest.mark.parametrize(("body", "key"), [
    ("Sebanyak 30 orang terluka akibat serangan rudal Rusia terbaru di Kharkiv.",
     ("RUS", "ASSAULT", "UKR")),
    ("Militer Israel melancarkan serangan udara ke Rafah.", ("ISR", "ASSAULT", "PSE")),
])
def test_an_attack_on_a_city_is_on_its_state(piped: Run, body: str,
                                             key: tuple[str, str, str]) -> None:
    assert key in keys(piped(body))
