"""Who an actor is (our own sentences, default pipeline): a company named by its country of
origin (``perusahaan asal Swiss``, ``investor Jepang``) is that country's business, not the
state; a company noun with no country after it is no actor; a state named alone that gives
military protection (074) does so with its forces; ``Pemimpin Tertinggi Iran`` is the
state's leadership."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _sectors(events: list[Event]) -> set[tuple[str | None, ...]]:
    return {(e.source.code, e.source.sector, e.plover, e.target and e.target.code,
             e.target and e.target.sector) for e in events}


def test_a_company_of_foreign_origin_is_that_countrys_business(piped: Run) -> None:
    ev = piped("Kini perusahaan asal Swiss itu menggugat dua warga Indonesia di Pengadilan "
               "Niaga Jakarta atas sengketa merek dagang.")
    assert ("CHE", "BUS", "ACCUSE", "IDN", "CVL") in _sectors(ev)
    ev = piped("Kementerian Perindustrian bekerja sama dengan perusahaan asal Korea Selatan "
               "untuk membangun pabrik baterai kendaraan listrik.")
    assert ("IDN", "GOV", "COOPERATE", "KOR", "BUS") in _sectors(ev)
    ev = piped("Pemerintah Provinsi Jawa Barat menggandeng investor Jepang untuk membangun "
               "pelabuhan baru di pantai utara.")
    assert {(s[3], s[4]) for s in _sectors(ev)} == {("JPN", "BUS")}


def test_a_company_noun_alone_is_no_actor(piped: Run) -> None:
    assert not piped("Kementerian Perindustrian bekerja sama dengan perusahaan itu untuk "
                     "membangun pabrik baterai kendaraan listrik di Batang.")


def test_a_state_giving_military_protection_acts_with_its_forces(piped: Run) -> None:
    ev = piped("Inggris sejauh ini hanya mengambil tindakan tidak langsung dalam konflik itu, "
               "termasuk membantu menembak jatuh rudal-rudal yang ditembakkan ke Ukraina.")
    assert ("GBR", "MIL", "AID", "UKR", None) in _sectors(ev)


def test_the_supreme_leader_of_a_state_is_its_leadership(piped: Run) -> None:
    ev = piped("Menteri Pertahanan Israel mengancam Pemimpin Tertinggi Iran secara terbuka "
               "dalam pidatonya pada Kamis malam.")
    assert {(s[3], s[4]) for s in _sectors(ev) if s[2] == "THREATEN"} == {("IRN", "GOV")}
