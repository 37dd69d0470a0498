"""Event recall from verbs the lexicon missed (session 9): reprimanding, mocking and
criticising an actor (``menegur``, ``ditegur``, ``menyindir``, ``mengkritisi``: CAMEO 111),
filing a complaint against one (``mengadukan``, ``diadukan``: 115) and calling on one
(``menyambangi``: 042). Our own sentences, through the default pipeline."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import sector_keys as keys

from warta.doc import Event

Run = Callable[..., list[Event]]


def test_a_ministry_reprimanding_a_regional_council(piped: Run) -> None:
    ev = piped("Kemendagri menegur DPRD DKI Jakarta karena lambat mengesahkan anggaran "
               "pendapatan dan belanja daerah tahun depan.")
    assert keys(ev, "ACCUSE") == [("IDN", "GOV", "111", "IDN", "LEG")]


def test_reprimanded_in_the_passive_by_the_ministry(piped: Run) -> None:
    ev = piped("DPRD Kota Ambon ditegur Kementerian Dalam Negeri karena terlambat menyerahkan "
               "laporan pertanggungjawaban keuangan daerah.")
    assert keys(ev, "ACCUSE") == [("IDN", "GOV", "111", "IDN", "LEG")]


def test_a_parliament_commission_criticising_a_ministry(piped: Run) -> None:
    ev = piped("Komisi II DPR mengkritisi Kementerian PANRB soal aturan baru yang membolehkan "
               "pegawai negeri bekerja dari mana saja.")
    assert keys(ev, "ACCUSE") == [("IDN", "LEG", "111", "IDN", "GOV")]


def test_a_reprimand_of_people_without_a_code_is_no_event(piped: Run) -> None:
    ev = piped("Petugas stasiun menegur sejumlah penumpang yang merokok di peron sambil "
               "menunggu kereta tujuan Bogor pada Minggu sore.")
    assert keys(ev, "ACCUSE") == []


def test_a_complaint_against_an_election_official(piped: Run) -> None:
    ev = piped("Partai Gerindra mengadukan Ketua KPU Hasyim Asy'ari ke DKPP atas dugaan "
               "pelanggaran kode etik dalam tahapan pemilu.")
    assert keys(ev, "ACCUSE") == [("IDN", "PTY", "115", "IDN", "GOV")]


def test_complaining_of_ones_fate_names_no_target(piped: Run) -> None:
    ev = piped("Para pedagang pasar mengadukan nasib mereka kepada DPRD Kabupaten Bogor "
               "setelah kios mereka terbakar pekan lalu.")
    assert keys(ev, "ACCUSE") == []


def test_calling_on_an_embassy_is_a_visit(piped: Run) -> None:
    ev = piped("Presiden Prabowo Subianto menyambangi Kedutaan Besar Jepang di Jakarta untuk "
               "menyampaikan belasungkawa atas gempa di Noto.")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "042", "JPN", "GOV")]
