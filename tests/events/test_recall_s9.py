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


# --- a regional office named by title and place alone ------------------------------------


def test_a_governor_named_by_title_and_province_is_a_target(piped: Run) -> None:
    ev = piped("Menteri Dalam Negeri Tito Karnavian meminta Gubernur Papua Tengah segera "
               "mencairkan dana bantuan bagi korban banjir di Nabire.")
    assert keys(ev, "REQUEST") == [("IDN", "GOV", "020", "IDN", "GOV")]
    assert [e.target.name for e in ev if e.plover == "REQUEST" and e.target] \
        == ["Gubernur Papua Tengah"]


def test_a_mayor_of_a_listed_city_reprimanded(piped: Run) -> None:
    ev = piped("Menteri Sosial Saifullah Yusuf menegur Wali Kota Jambi karena lambat "
               "menyalurkan bantuan sosial kepada keluarga penerima manfaat.")
    assert keys(ev, "ACCUSE") == [("IDN", "GOV", "111", "IDN", "GOV")]


def test_a_foreign_governor_takes_the_state_of_the_place(piped: Run) -> None:
    ev = piped("Presiden Rusia Vladimir Putin mengecam Gubernur California karena menolak "
               "kehadiran pasukan federal di Los Angeles pekan lalu.")
    assert keys(ev, "ACCUSE") == [("RUS", "GOV", "111", "USA", "GOV")]


def test_the_named_governor_stays_the_target(piped: Run) -> None:
    ev = piped("Menteri Dalam Negeri Tito Karnavian meminta Gubernur Riau, Abdul Wahid, "
               "segera mencairkan dana bantuan bagi korban kebakaran hutan.")
    assert [e.target.name for e in ev if e.plover == "REQUEST" and e.target] \
        == ["Abdul Wahid"]


def test_a_candidate_for_governor_is_no_office(piped: Run) -> None:
    ev = piped("Presiden Prabowo Subianto menyambangi calon Gubernur Jawa Timur di Surabaya "
               "untuk membicarakan program makan bergizi gratis.")
    assert keys(ev, "CONSULT") == []


def test_a_governors_office_building_is_no_actor(piped: Run) -> None:
    ev = piped("Ratusan buruh berunjuk rasa di depan Kantor Gubernur Jawa Barat untuk "
               "menuntut kenaikan upah minimum tahun depan.")
    assert all(e.target is None or e.target.name != "Gubernur Jawa Barat" for e in ev)


# --- the shared subject of a verb in a time clause (cues.yaml gap_openers) ----------------


def test_a_fronted_time_clause_takes_the_main_subject(piped: Run) -> None:
    ev = piped("Setelah bertemu Presiden Prancis Emmanuel Macron, Prabowo Subianto langsung "
               "terbang ke Den Haag untuk kunjungan kenegaraan.")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "040", "FRA", "GOV")]


def test_an_office_title_may_open_the_main_subject(piped: Run) -> None:
    ev = piped("Sebelum mengunjungi Jepang, Presiden Prabowo Subianto lebih dulu singgah di "
               "Singapura untuk urusan investasi.")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "042", "JPN", None)]


def test_the_agent_of_a_passive_speech_verb_met_the_other(piped: Run) -> None:
    ev = piped("Hal itu disampaikan Menteri Luar Negeri Sugiono usai bertemu Menteri Luar "
               "Negeri Jepang Takeshi Iwaya di Tokyo pada Selasa.")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "040", "JPN", "GOV")]


def test_a_time_clause_with_its_own_subject_keeps_it(piped: Run) -> None:
    ev = piped("Setelah Israel menyerang Iran, Amerika Serikat mengirim kapal induk ke Timur "
               "Tengah untuk berjaga-jaga.")
    assert [k[0] for k in keys(ev, "ASSAULT")] == ["ISR"]
