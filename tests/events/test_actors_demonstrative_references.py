"""A common noun of ``actors.yaml`` ``references`` before a demonstrative (``yayasan
tersebut``, ``organisasi itu``, ``misi itu``, ``kota-kota tersebut``) stands for the latest
actor of its kind named in the five sentences before; with none of its kind there, it is
no actor (a state or a ministry named closer is never taken). Our own sentences."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_a_foundation_noun_takes_the_latest_ngo(piped: Piped) -> None:
    ev = piped("Yayasan WWF Indonesia menyalurkan bantuan bibit pohon ke Papua. Menteri "
               "Kehutanan Raja Juli Antoni kemudian mengkritik yayasan tersebut.")
    assert ("IDN", "ACCUSE", "IDN") in keys(ev)
    assert {e.target.name for e in ev if e.plover == "ACCUSE" and e.target} == {
        "Yayasan WWF Indonesia"}


def test_an_organisation_noun_takes_the_latest_organisation(piped: Piped) -> None:
    ev = piped("ICW melaporkan dugaan korupsi pengadaan laptop kepada KPK. Ketua DPR Puan "
               "Maharani kemudian mengecam organisasi itu.")
    accused = {e.target.name for e in ev if e.plover == "ACCUSE" and e.target}
    assert accused == {"Indonesia Corruption Watch"}


def test_a_mission_noun_takes_the_flotilla_organiser(piped: Piped) -> None:
    ev = piped("Israel mencegat kapal milik Freedom Flotilla Coalition di perairan "
               "internasional. Menteri Pertahanan Israel Israel Katz menyebut misi itu "
               "sebagai aksi propaganda.")
    assert ("ISR", "ACCUSE", "NGO") in keys(ev)


def test_no_actor_of_the_kind_means_no_actor(piped: Piped) -> None:
    ev = piped("Presiden Prabowo Subianto bertemu Menteri Luar Negeri Sugiono di Istana. "
               "Menteri Hukum Supratman Andi Agtas kemudian mengecam organisasi itu.")
    assert not [e for e in ev if e.plover == "ACCUSE"]


def test_plural_cities_take_the_latest_list(piped: Piped) -> None:
    ev = piped("Warga mengungsi dari Kharkiv dan Sumy sejak pekan lalu. Presiden Ukraina "
               "Volodymyr Zelensky mengatakan Rusia membombardir kota-kota tersebut tanpa "
               "henti.")
    assert ("RUS", "ASSAULT", "UKR") in keys(ev)
