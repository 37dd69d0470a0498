"""Recall on raw news (session 7): a meeting named by a noun beside the speaker or subject
right before its setting word (``kata Mendag dalam rapat kerja dengan Komisi VI DPR``);
coordination meetings (``rapat koordinasi dengan``); taking to the streets (``turun ke
jalan``) as a demonstration; a release of prisoners or hostages (``melepaskan tahanan``);
and the court, prosecutor or police as the doer of an agentless passive act of the criminal
process (``Budi ditetapkan sebagai tersangka``). Our own sentences; entities from the
pipeline's linker."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import sector_keys as keys

from warta.doc import Event

Run = Callable[..., list[Event]]


# --- a meeting beside its participant ---------------------------------------------------

def test_a_speaker_in_a_working_meeting_consults_the_commission(piped: Run) -> None:
    ev = piped("\"Kami akan menjaga stabilitas harga pangan sampai akhir tahun,\" kata Menteri "
               "Perdagangan Budi Santoso dalam rapat kerja dengan Komisi VI DPR, Senin (16/6).")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "040", "IDN", "LEG")]
    assert [e.date for e in ev if e.plover == "CONSULT"] == ["2025-06-16"]


def test_a_speaker_at_a_meeting_after_ujar_saat(piped: Run) -> None:
    ev = piped("\"Suku bunga sudah kami turunkan dua kali tahun ini,\" ujar Gubernur Bank "
               "Indonesia Perry Warjiyo saat rapat kerja dengan Komisi XI DPR di gedung parlemen.")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "040", "IDN", "LEG")]


def test_a_subject_before_the_meeting_phrase_consults(piped: Run) -> None:
    ev = piped("Kapolri Listyo Sigit usai rapat terbatas dengan Presiden Prabowo di Istana "
               "mengatakan situasi keamanan di ibu kota sudah kondusif.")
    assert keys(ev, "CONSULT") == [("IDN", "COP", "040", "IDN", "GOV")]


def test_an_object_before_the_meeting_phrase_is_no_participant(piped: Run) -> None:
    # the actor before "dalam" is the object of a verb: not the one who met
    ev = piped("Polisi Malaysia menahan Menteri Kehakiman Singapura dalam pertemuan dengan "
               "pejabat imigrasi di bandara Kuala Lumpur pada Senin malam.")
    assert [k for k in keys(ev, "CONSULT") if k[0] == "SGP"] == []


def test_a_statement_with_no_named_speaker_codes_no_meeting(piped: Run) -> None:
    ev = piped("Hal itu disampaikan dalam rapat kerja dengan Komisi VI DPR di Gedung "
               "Parlemen, Senayan, Jakarta, pada Rabu siang.")
    assert keys(ev, "CONSULT") == []


def test_a_coordination_meeting_is_a_consultation(piped: Run) -> None:
    ev = piped("Polda Jawa Timur menggelar rapat koordinasi dengan TNI untuk pengamanan "
               "malam pergantian tahun di Surabaya.")
    assert keys(ev, "CONSULT") == [("IDN", "COP", "040", "IDN", "MIL")]


# --- taking to the streets ---------------------------------------------------------------

def test_workers_taking_to_the_streets_against_parliament(piped: Run) -> None:
    ev = piped("Ratusan buruh turun ke jalan menentang DPR di depan gedung parlemen "
               "Indonesia pada Senin pagi.")
    assert keys(ev, "PROTEST") == [("IDN", "LAB", "141", "IDN", "LEG")]


def test_citizens_taking_to_the_streets_without_a_target(piped: Run) -> None:
    ev = piped("Ribuan warga Indonesia turun ke jalan di Jakarta menolak kenaikan pajak "
               "kendaraan pada Senin siang.")
    assert keys(ev, "PROTEST") == [("IDN", "CVL", "141", None, None)]


def test_an_officer_on_the_street_directing_traffic_is_no_protest(piped: Run) -> None:
    ev = piped("Kapolres Medan turun ke jalan untuk mengatur lalu lintas saat arus mudik "
               "Lebaran di Indonesia.")
    assert keys(ev, "PROTEST") == []


def test_students_who_did_not_take_to_the_streets(piped: Run) -> None:
    ev = piped("Mahasiswa di Indonesia tidak turun ke jalan pada Senin karena hujan deras "
               "sejak pagi hari.")
    assert [e.status for e in ev if e.plover == "PROTEST"] == ["negated"]


# --- releasing prisoners ------------------------------------------------------------------

def test_releasing_prisoners_is_a_release(piped: Run) -> None:
    ev = piped("Israel melepaskan ratusan tahanan Palestina dalam pertukaran yang dimediasi "
               "Mesir dan Qatar pekan lalu.")
    assert ("ISR", None, "0841", "PSE", None) in keys(ev)


def test_firing_a_warning_shot_is_no_release(piped: Run) -> None:
    ev = piped("Polisi Indonesia melepaskan tembakan peringatan ke udara untuk membubarkan "
               "massa di depan kantor bupati.")
    assert [e for e in ev if e.rule == "lepaskan-tahanan"] == []


# --- the legal body behind an agentless passive -------------------------------------------

def test_a_suspect_named_after_the_police_examined_him(piped: Run) -> None:
    ev = piped("Penyidik Polda Jawa Barat telah memeriksa Rina Marlina pekan lalu. Rina "
               "Marlina kemudian ditetapkan sebagai tersangka kasus pencemaran nama baik.")
    assert ("IDN", "COP", "1121", "IDN", None) in keys(ev, "ACCUSE")


def test_two_legal_bodies_before_leave_the_arrest_undone(piped: Run) -> None:
    ev = piped("Polisi dan jaksa menyelidiki kasus penipuan itu sejak Maret. Budi Santoso "
               "ditangkap di rumahnya di Bekasi pada Senin.")
    assert [e for e in ev if e.rule == "tangkap"] == []


def test_a_minister_before_a_detention_is_not_its_doer(piped: Run) -> None:
    ev = piped("Menteri Dalam Negeri Tito Karnavian meminta kepala daerah menjaga "
               "integritas. Bupati Sukamaju Ahmad Yani ditahan sejak Senin.")
    assert [e for e in ev if e.rule == "tangkap"] == []


def test_one_examined_is_not_given_to_the_body_before(piped: Run) -> None:
    # examined (periksa) may be as a witness: no doer read from the sentence before
    ev = piped("Kejaksaan Agung menyidik kasus korupsi tata niaga timah. Direktur PT Maju "
               "Jaya Andi Wijaya diperiksa selama sepuluh jam.")
    assert [e for e in ev if e.rule == "periksa"] == []


def test_a_named_agent_after_the_passive_is_kept(piped: Run) -> None:
    # the body of the sentence before never replaces the agent named after the verb
    ev = piped("Kejaksaan Negeri Bandung menerima pelimpahan berkas kasus itu. Nikita Sari "
               "kemudian ditahan penyidik Polda Metro Jaya sejak Maret lalu.")
    assert [k for k in keys(ev, "COERCE")] == [("IDN", "COP", "173", "IDN", None)]


def test_a_speaker_before_the_passive_is_not_the_one_arrested(piped: Run) -> None:
    ev = piped("Kejaksaan Negeri Bandung menerima pelimpahan berkas kasus itu. Kapolsek "
               "Sukajadi AKP Budi Hartono mengatakan, pelaku ditangkap pada hari yang sama.")
    assert [e for e in ev if e.rule == "tangkap"] == []


def test_a_sentence_passed_by_a_court(piped: Run) -> None:
    ev = piped("Majelis Hakim Pengadilan Tipikor Jakarta menjatuhkan vonis enam tahun penjara "
               "kepada terdakwa Budi Santoso pada Kamis.")
    assert [(e.source.code, e.source.sector, e.cameo) for e in ev
            if e.rule == "vonis"] == [("IDN", "JUD", "116")]


def test_a_sentence_passed_in_the_passive_by_the_court_before(piped: Run) -> None:
    ev = piped("Mahkamah Agung menolak kasasi itu pada Maret. Mantan Gubernur Riau Annas "
               "Maamun dijatuhi hukuman tujuh tahun penjara.")
    assert [(e.source.code, e.source.sector, e.cameo) for e in ev
            if e.rule == "vonis"] == [("IDN", "JUD", "116")]


# --- spelling and meetings held "bersama" -------------------------------------------------

def test_cooperation_spelt_as_one_word(piped: Run) -> None:
    ev = piped("Kementerian Pertahanan Indonesia menjalin kerjasama dengan Angkatan Bersenjata "
               "Turki dalam produksi kapal perang di Surabaya.")
    assert keys(ev, "COOPERATE") == [("IDN", "GOV", "060", "TUR", "MIL")]


def test_a_working_meeting_held_bersama_a_commission(piped: Run) -> None:
    ev = piped("\"Kami akan menata ulang anggaran tahun depan,\" kata Menteri Perhubungan Dudy "
               "Purwagandhi saat rapat kerja bersama Komisi V DPR di Senayan.")
    assert keys(ev, "CONSULT") == [("IDN", "GOV", "040", "IDN", "LEG")]


# --- reciprocal acts with their partners named after them ---------------------------------

def test_mutual_attacks_between_two_states(piped: Run) -> None:
    ev = piped("Penerbangan ke Lahore ditangguhkan imbas saling serang antara India dan "
               "Pakistan pekan ini.")
    assert sorted((k[0], k[3]) for k in keys(ev, "ASSAULT")) == [("IND", "PAK"),
                                                                 ("PAK", "IND")]


def test_mutual_attacks_with_a_partner_after_dengan(piped: Run) -> None:
    ev = piped("Pakistan terlibat aksi saling serang dengan India selama empat hari "
               "berturut-turut di perbatasan.")
    assert sorted((k[0], k[3]) for k in keys(ev, "ASSAULT")) == [("IND", "PAK"),
                                                                 ("PAK", "IND")]


def test_gangs_fighting_each_other_with_weapons_are_no_states(piped: Run) -> None:
    ev = piped("Dua kelompok remaja saling serang dengan senjata tajam di Jakarta Timur pada "
               "Sabtu dini hari.")
    assert keys(ev, "ASSAULT") == []
