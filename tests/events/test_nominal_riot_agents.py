"""Who riots: police or soldiers who stop, prevent, handle or investigate a riot are not its
rioters (``cues.quellers``), nor is the subject of a clause the riot only sets
(``cues.riot_settings``: ``usai kericuhan``, ``dalam kerusuhan itu``), unless it took part
(``terlibat dalam``); in a riot between police and a crowd the crowd riots against the police,
whichever is named first (our own sentences; entities from the pipeline's linker)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]
US = "Kota Los Angeles berada di Amerika Serikat. "


def riots(events: list[Event]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source.code, e.source.sector, e.target.sector if e.target else None)
            for e in events if e.plover == "PROTEST"]


def test_police_securing_riot_provocateurs_do_not_riot(piped: Run) -> None:
    assert riots(piped("Polisi mengamankan 20 provokator kericuhan di depan gedung DPRD "
                       "Sumatera Utara.")) == []


def test_forces_preventing_or_quelling_a_riot_do_not_riot(piped: Run) -> None:
    assert riots(piped("Aparat kepolisian berupaya mencegah bentrokan antarwarga di "
                       "Sampang.")) == []
    ev = piped("Polda Jawa Timur mengerahkan 700 personel untuk meredam kerusuhan di Surabaya.")
    assert riots(ev) == []
    assert [e.plover for e in ev] == ["MOBILIZE"]


def test_investigating_or_anticipating_a_riot_is_no_riot(piped: Run) -> None:
    assert riots(piped("Kepolisian Resor Sleman mengusut kericuhan usai laga di stadion.")) == []
    assert riots(piped("Kapolri Listyo Sigit Prabowo meminta jajarannya mengantisipasi "
                       "kericuhan saat pilkada.")) == []
    assert riots(piped("Polisi membubarkan kericuhan di depan kantor Bupati Pati dengan gas "
                       "air mata.")) == []


def test_a_riot_that_only_sets_the_clause_names_no_rioter(piped: Run) -> None:
    assert riots(piped("Polisi menahan belasan pemuda di Makassar usai kericuhan.")) == []


def test_a_crowd_clashing_with_police_riots_against_them(piped: Run) -> None:
    found = riots(piped(US + "Kabar itu mencuat di tengah bentrokan antara aparat dengan "
                        "massa di Los Angeles."))
    assert found == [("USA", "CVL", "COP")]
    found = riots(piped(US + "Kabar itu mencuat di tengah bentrokan antara aparat dan "
                        "massa di Los Angeles."))
    assert found == [("USA", "CVL", "COP")]


def test_a_clash_of_two_armies_is_no_riot(piped: Run) -> None:
    assert riots(piped("Militer Thailand terlibat bentrokan dengan pasukan Kamboja di "
                       "perbatasan.")) == []


def test_a_place_undergoing_a_riot_does_not_riot(piped: Run) -> None:
    assert riots(piped("Kota Chicago, Amerika Serikat, mengalami kericuhan sejak akhir pekan "
                       "lalu.")) == []
