"""Content that names yielding (``menghentikan perlawanan``, ``meletakkan senjata``) makes
a request a demand to yield (105) and is no event of its own (our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_a_call_to_stop_resisting_is_a_demand_to_yield(parsed: Run) -> None:
    ev = parsed("Pemimpin Iran menolak ajakan Amerika Serikat untuk menghentikan perlawanan.")
    req = [e for e in ev if e.plover == "REQUEST"]
    assert req and {e.cameo for e in req} == {"105"}


def test_laying_down_arms_alone_is_no_request(parsed: Run) -> None:
    assert not [e for e in parsed("Hamas menghentikan perlawanan di Gaza utara.")
                if e.plover == "REQUEST"]
