"""From the session-6 read of 60 random corpus events (our own sentences, default pipeline):
what a request verb asks for is not done, even with no ``untuk`` (a noun right after the
verb, ``menyerukan gencatan senjata``; a verb past the addressee, ``mendesak Israel
membebaskan ...``); a negator opening an idiom (``tak lama kemudian``, ``tidak hanya``)
negates nothing, while one inside a phrase trigger (``yang izinnya tidak dicabut``) does;
holding a rank (``menduduki peringkat``) is no occupation."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _codes(events: list[Event], plover: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code, e.target.code if e.target else None, e.status)
            for e in events if e.plover == plover]


def test_a_ceasefire_called_for_is_no_ceasefire(piped: Run) -> None:
    ev = piped("Menteri Luar Negeri Qatar menyerukan gencatan senjata segera dalam perang "
               "antara Israel dan Iran yang sudah berlangsung sepekan.")
    assert _codes(ev, "RETREAT") == []


def test_a_release_demanded_of_a_state_is_not_done(piped: Run) -> None:
    ev = piped("Pemerintah Malaysia mendesak Israel membebaskan para relawan kemanusiaan "
               "yang ditahan di perairan internasional sejak pekan lalu.")
    assert _codes(ev, "RETREAT") == []
    assert ("MYS", "ISR", "occurred") in _codes(ev, "REQUEST")


def test_pressure_asked_of_the_addressee_is_not_applied(piped: Run) -> None:
    ev = piped("Ketua Umum Partai Gerindra Prabowo Subianto meminta DPR terlebih dulu menekan "
               "pemerintah agar menertibkan tambang ilegal di Kalimantan Timur.")
    assert not [e for e in ev if e.source.sector == "LEG"]
    # the same pressure stated as done is an event
    ev = piped("DPR menekan pemerintah agar segera menertibkan tambang ilegal di Kalimantan "
               "Timur sebelum akhir tahun ini.")
    assert [(e.source.sector, e.target and e.target.sector, e.status) for e in ev
            if e.plover == "REQUEST"] == [("LEG", "GOV", "occurred")]


def test_soon_after_and_not_only_negate_nothing(piped: Run) -> None:
    ev = piped("Warga melaporkan Bupati Sukamaju Darmawan Saputra ke polisi, yang tak lama "
               "kemudian ditetapkan sebagai tersangka oleh KPK.")
    assert [e.status for e in ev if e.plover == "ACCUSE"] == ["occurred"]
    ev = piped("Israel tidak hanya menyerang Gaza tetapi juga menggempur Lebanon selatan "
               "sepanjang pekan ini, menurut militer Lebanon.")
    assert ("ISR", "PSE", "occurred") in _codes(ev, "ASSAULT")


def test_a_negator_inside_a_phrase_trigger_negates_it(piped: Run) -> None:
    ev = piped("Pemerintah mengingatkan PT Tambang Sejahtera Abadi yang izinnya tidak dicabut "
               "oleh pemerintah agar tetap mematuhi aturan lingkungan.")
    assert [e.status for e in ev if e.cameo == "172"] == ["negated"]


def test_holding_a_rank_is_no_occupation(piped: Run) -> None:
    ev = piped("Indonesia menduduki peringkat ketiga dalam indeks adopsi kripto global, "
               "di atas Vietnam dan Thailand.")
    assert _codes(ev, "COERCE") == []
    ev = piped("Pasukan Rusia menduduki wilayah Ukraina timur sejak awal invasi pada "
               "Februari 2022.")
    assert [c[:2] for c in _codes(ev, "COERCE")] == [("RUS", "UKR")]
