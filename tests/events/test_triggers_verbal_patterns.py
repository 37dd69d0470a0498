"""Verbal triggers and patterns added from counting the corpora, on our own sentences: telling
an actor what to do is a demand, a vow or a stated forceful response is a threat of force made
now, an offer or pledge is AGREE that occurred, and what a request asks for, an accusation
says or a permission allows is no event of its own; a statement dated by the sentence after
it (``Hal ini disampaikannya pada Rabu``) takes that day."""

from __future__ import annotations

from collections.abc import Callable

from event_keys import cameo_keys, keys

from warta.doc import Event

Piped = Callable[[str], list[Event]]


def test_telling_an_actor_what_to_do_is_a_demand(piped: Piped) -> None:
    assert ("USA", "100", "ISR") in cameo_keys(piped(
        "Presiden Donald Trump memberi tahu Netanyahu untuk tidak menyerang fasilitas nuklir "
        "Iran selama perundingan berlangsung."))
    # telling someone about something only informs
    assert "REQUEST" not in {e.plover for e in piped(
        "Presiden Prabowo memberitahu Malaysia tentang hasil pertemuannya dengan Presiden "
        "Filipina.")}


def test_telling_needs_untuk_right_after_the_addressee(piped: Piped) -> None:
    # "agar" belongs to a later verb: the family is only informed
    assert "REQUEST" not in {e.plover for e in piped(
        "Kedutaan Besar Jepang dihubungi untuk memberi tahu keluarga korban dan mengatur agar "
        "jenazahnya dipulangkan ke Tokyo.")}


def test_what_a_request_asks_for_is_not_done(piped: Piped) -> None:
    events = piped("Sekretaris Jenderal PBB meminta Israel untuk menghentikan serangan "
                   "terhadap Gaza.")
    assert ("UNO", "REQUEST", "ISR") in keys(events)
    assert "ASSAULT" not in {e.plover for e in events}  # not an attack by the UN
    events = piped("Presiden Donald Trump memberi tahu Netanyahu untuk tidak menyerang "
                   "fasilitas nuklir Iran selama perundingan berlangsung.")
    assert "ASSAULT" not in {e.plover for e in events}


def test_a_comma_closes_what_is_asked(piped: Piped) -> None:
    assert ("RUS", "154", None) in cameo_keys(piped(
        "Atas permintaan Iran untuk membantu, Rusia mengirim pasukan ke Suriah."))


def test_a_warning_after_a_refused_request_is_the_speakers_own(piped: Piped) -> None:
    events = keys(piped("Iran menolak ajakan Amerika Serikat untuk berunding dan "
                        "memperingatkan bahwa Washington akan menanggung akibatnya."))
    assert ("IRN", "REJECT", "USA") in events
    assert ("IRN", "THREATEN", "USA") in events
    assert ("IRN", "CONSULT", "USA") not in events  # the talks were refused


def test_an_accusation_content_is_no_event(piped: Piped) -> None:
    events = keys(piped("Iran menuduh Amerika Serikat mendukung serangan Israel ke Suriah."))
    assert ("IRN", "ACCUSE", "USA") in events
    assert ("USA", "SUPPORT", "ISR") not in events


def test_a_permission_is_a_concession_not_the_permitted_act(piped: Piped) -> None:
    events = keys(piped("Pemerintah Israel mengizinkan PBB untuk mengirim bantuan ke Gaza."))
    assert ("ISR", "CONCEDE", "UNO") in events
    assert ("ISR", "AID", "PSE") not in events
    # permitting one's own forces is an order, not a concession
    assert "CONCEDE" not in {e.plover for e in piped(
        "Pemerintah Amerika Serikat mengizinkan pasukan Garda Nasional membawa senjata di "
        "Washington.")}


def test_a_vow_of_force_is_a_threat(piped: Piped) -> None:
    events = piped("Menteri Pertahanan Israel bersumpah untuk menggempur Hizbullah di "
                   "Lebanon selatan.")
    assert ("ISR", "138", "HEZBOLLAH") in cameo_keys(events)
    assert {e.status for e in events} == {"occurred"}
    assert "ASSAULT" not in {e.plover for e in events}
    # the vow and its "untuk" stand between the subject and the verb
    assert ("IRN", "138", "USA") in cameo_keys(piped(
        "Iran bersumpah untuk menyerang pangkalan militer Amerika Serikat di Irak."))


def test_a_stated_forceful_response_is_a_threat(piped: Piped) -> None:
    events = piped("Iran akan membalas Israel dengan keras atas pembunuhan komandannya.")
    assert ("IRN", "138", "ISR") in cameo_keys(events)
    assert {e.status for e in events if e.plover == "THREATEN"} == {"occurred"}
    # a response that was given is no threat
    assert "THREATEN" not in {e.plover for e in piped(
        "Gubernur Sumatera Utara menanggapi kritik Wali Kota Medan dengan keras.")}


def test_an_offer_or_pledge_is_agree_that_occurred(piped: Piped) -> None:
    events = piped("Jepang berkomitmen membantu Filipina membangun kembali pelabuhan yang "
                   "rusak akibat topan.")
    assert ("JPN", "033", "PHL") in cameo_keys(events)
    assert "AID" not in {e.plover for e in events}  # nothing was given yet
    events = piped("Turki menawarkan diri untuk menengahi konflik antara Rusia dan Ukraina.")
    assert {("TUR", "039", "RUS"), ("TUR", "039", "UKR")} <= cameo_keys(events)
    assert {e.status for e in events} == {"occurred"}


def test_skipping_a_summons_refuses_its_issuer(piped: Piped) -> None:
    assert ("IDN", "128", "IDN") in cameo_keys(piped(
        "Gubernur Jawa Timur Khofifah Indar Parawansa mangkir dari pemanggilan KPK pada "
        "Jumat."))


def test_the_next_sentence_dates_the_statement(piped: Piped) -> None:
    events = [e for e in piped("Presiden Iran mengecam Israel atas serangan ke Damaskus. "
                               "Hal ini disampaikannya pada Rabu (18/6) di Teheran.")
              if e.plover == "ACCUSE"]
    assert events and {e.date for e in events} == {"2025-06-18"}
    # a report date ("dilansir AFP, Rabu") is when it appeared, not when it was said
    events = [e for e in piped("Presiden Iran mengecam Israel atas serangan ke Damaskus. "
                               "Hal ini disampaikan seperti dilansir AFP, Rabu (18/6).")
              if e.plover == "ACCUSE"]
    assert events and {e.date for e in events} == {None}


def test_institutions_working_together_cooperate(piped: Piped) -> None:
    assert ("IDN", "060", "IDN") in cameo_keys(piped(
        "Kejaksaan Agung berkolaborasi dengan Kementerian Agama dalam program penyuluhan "
        "hukum di pesantren."))
    # the public at large is no partner, exploring a collaboration is weighing an option,
    # and what one needs to do is not done
    assert piped("Polda Metro Jaya bersinergi dengan masyarakat untuk menjaga keamanan "
                 "selama libur Lebaran.") == []
    assert piped("Bank Indonesia akan menjajaki kolaborasi dengan Otoritas Jasa Keuangan "
                 "dalam pengawasan aset kripto.") == []
    assert {e.status for e in piped("Kementerian Kesehatan perlu bekerja sama dengan WHO "
                                    "dalam penanganan TBC.")} <= {"future"}


def test_a_date_in_an_aside_is_not_the_events(piped: Piped) -> None:
    events = piped("Khamenei, yang berkuasa sejak 1989 dan menjadi penengah terakhir, telah "
                   "bersumpah bahwa negaranya tidak akan menunjukkan belas kasihan kepada Israel.")
    assert ("IRN", "138", "ISR") in cameo_keys(events)
    assert {e.date for e in events} == {None}


def test_experts_claims_are_opinion(piped: Piped) -> None:
    assert piped("Para ahli mengatakan rudal Korea Utara dikerahkan di Ukraina oleh pasukan "
                 "Rusia.") == []


def test_a_stated_readiness_to_attack_is_a_threat(piped: Piped) -> None:
    events = piped("Pemimpin Hizbullah menegaskan kelompoknya siap menyerang Israel.")
    assert ("HEZBOLLAH", "138", "ISR") in cameo_keys(events)
    assert "ASSAULT" not in {e.plover for e in events}
    # readiness to back another who fights is no threat by the one who backs it
    assert "THREATEN" not in {e.plover for e in piped(
        "Pemimpin Hizbullah menegaskan siap mendukung Iran berperang dengan Israel.")}


def test_a_survey_share_does_not_act(piped: Piped) -> None:
    assert piped("Menurut survei Levada, hanya 16% warga Rusia yang menganggap Jerman sebagai "
                 "musuh.") == []
    assert piped("Sekitar 60 persen warga Israel mendukung serangan terhadap Iran, menurut "
                 "jajak pendapat itu.") == []
    # the same words without a share are an accusation
    assert ("RUS", "ACCUSE", "DEU") in keys(piped("Warga Rusia menganggap Jerman sebagai musuh."))


def test_phrase_words_match_with_their_possessive(piped: Piped) -> None:
    assert ("CAN", "161", "IRN") in cameo_keys(piped(
        "Pemerintah Kanada menangguhkan operasional kedutaannya di Teheran."))


def test_a_tariff_on_a_states_goods_is_a_sanction(piped: Piped) -> None:
    assert ("USA", "163", "CHN") in cameo_keys(piped(
        "Presiden Donald Trump memberlakukan tarif terhadap produk Tiongkok."))
    assert ("USA", "163", "IDN") in cameo_keys(piped(
        "Amerika Serikat memungut tarif tambahan atas produk-produk asal Indonesia."))
    # a fee on a domestic service names no state
    assert piped("Kementerian Perhubungan menaikkan tarif ojek daring mulai bulan depan.") == []


def test_a_threatened_sanction_is_a_threat(piped: Piped) -> None:
    events = piped("Presiden Donald Trump mengancam menaikkan tarif barang impor asal China.")
    assert ("USA", "1312", "CHN") in cameo_keys(events)
    assert "SANCTION" not in {e.plover for e in events}
    assert ("EU", "1312", "RUS") in cameo_keys(piped(
        "Uni Eropa mengancam menjatuhkan sanksi baru terhadap Rusia."))


def test_a_denied_accusation_was_made_against_the_denier(piped: Piped) -> None:
    events = piped("Iran membantah tuduhan Israel bahwa Teheran menyerang rumah sakit di "
                   "Beersheba.")
    assert {(e.source.code, e.plover, e.target.code if e.target else None, e.status)
            for e in events} == {("ISR", "ACCUSE", "IRN", "occurred")}  # the attack is claimed
    assert ("USA", "ACCUSE", "RUS") in keys(piped(
        "Rusia menolak tudingan Amerika Serikat soal campur tangan dalam pemilu."))
    # an accusation named as a noun, then the subject's own act after "dan"
    assert ("RUS", "ASSAULT", "UKR") in keys(piped(
        "Rusia menolak tuduhan itu dan menyerang Ukraina pada malam harinya."))


def test_helping_shoot_down_missiles_protects_where_they_flew(piped: Piped) -> None:
    events = piped("Amerika Serikat membantu menembak jatuh rudal-rudal yang ditembakkan ke "
                   "Israel.")
    assert ("USA", "074", "ISR") in cameo_keys(events)
    assert "ASSAULT" not in {e.plover for e in events}  # an interception strikes no Israel
    assert ("POL", "190", "RUS") in cameo_keys(piped(
        "Militer Polandia menembak jatuh drone Rusia di wilayah udaranya."))
