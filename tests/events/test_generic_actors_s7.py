"""Generic group nouns as actors (session 7): nouns naming a group or body with no name of
its own (``LSM``, ``ormas``, ``nelayan``, ``petani``, ``pekerja``, ``pejabat``,
``prajurit``, ...) are common-noun actors of ``events/id/actors.yaml``: the country is the
one named right after the noun or else the article's, the sector the noun's. They are no
entities. Our own sentences; entities from the pipeline's linker."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import sector_keys as keys

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_fishermen_protesting_are_civilians(piped: Run) -> None:
    ev = piped("Ratusan nelayan berunjuk rasa di depan kantor Gubernur Sumatera Utara Bobby "
               "Nasution pada Senin untuk menolak aturan baru soal zona tangkap.")
    assert ("IDN", "CVL", "141", None, None) in keys(ev, "PROTEST")


def test_ngos_condemning_a_ministry(piped: Run) -> None:
    ev = piped("Sejumlah LSM mengecam keputusan Kementerian Kehutanan yang memberikan izin "
               "tambang di kawasan hutan lindung di Kalimantan Timur.")
    assert keys(ev, "ACCUSE") == [("IDN", "NGO", "111", "IDN", "GOV")]


def test_an_official_of_a_named_state_is_its_government(piped: Run) -> None:
    ev = piped("Seorang pejabat Israel menuduh Iran mendukung serangan terhadap kapal dagang "
               "di Laut Merah sepanjang bulan lalu.")
    assert keys(ev, "ACCUSE") == [("ISR", "GOV", "112", "IRN", None)]


def test_a_named_ngo_after_the_noun_is_the_actor(piped: Run) -> None:
    ev = piped("LSM Walhi mengecam keputusan Kementerian Kehutanan yang memberikan izin "
               "tambang di kawasan hutan lindung di Kalimantan Timur.")
    assert [e.source.name for e in ev if e.plover == "ACCUSE"] == ["Walhi"]


def test_workers_pressing_a_ministry(piped: Run) -> None:
    ev = piped("Ribuan pekerja pabrik tekstil mendesak Kementerian Perindustrian menunda "
               "kenaikan tarif listrik untuk industri padat karya hingga akhir tahun.")
    assert keys(ev, "REQUEST") == [("IDN", "LAB", "100", "IDN", "GOV")]


def test_students_appealed_to_by_a_mayor(piped: Run) -> None:
    ev = piped("Wali Kota Surabaya Eri Cahyadi mengimbau para pelajar agar tidak ikut konvoi "
               "kendaraan setelah pengumuman kelulusan pekan depan.")
    assert [k[3:] for k in keys(ev, "REQUEST")] == [("IDN", "EDU")]


def test_soldiers_of_a_named_state_are_its_military(piped: Run) -> None:
    ev = piped("Prajurit Israel menyerang sebuah kamp pengungsi di Tepi Barat pada Selasa "
               "dini hari dan melukai sejumlah warga Palestina.")
    assert [k[:2] for k in keys(ev, "ASSAULT")][:1] == [("ISR", "MIL")]


def test_other_officials_are_no_actor(piped: Run) -> None:
    # "pejabat lain": a blocker after the noun, nobody in particular
    ev = piped("Pejabat lain menuduh Iran mendukung serangan terhadap kapal dagang di Laut "
               "Merah sepanjang bulan lalu.")
    assert [k for k in keys(ev, "ACCUSE") if k[1] == "GOV"] == []
