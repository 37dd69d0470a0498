"""Raw-news precision, session 7 (our own sentences, default pipeline): a verb coordinated
with the trigger that has its own object does not lend it to the trigger (a permit kept is
not revoked); a partner after a phrase's preposition is no presupposed possessor under a
scenario word (``menjajaki kolaborasi dengan X``); a suspect or defendant acts only towards
the justice system; the victim of an incident under investigation or criticism is not its
target; adjective ``mendesak`` (urgent), market ``permintaan`` (demand), an embassy's alert
level and ``menyelesaikan invasi`` are no events."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _keys(events: list[Event]) -> set[tuple[str | None, ...]]:
    return {(e.source.code, e.source.sector, e.plover, e.cameo, e.target and e.target.name)
            for e in events}


def test_a_permit_kept_beside_permits_revoked_is_not_revoked(piped: Run) -> None:
    assert not piped("Pemerintah mencabut izin tambang di Sulawesi dan mempertahankan izin "
                     "PT Vale Indonesia.")
    # the revoked permit's holder is still the target
    ev = piped("Pemerintah mencabut izin PT Maju Jaya dan mempertahankan izin tambang di "
               "Sulawesi Tengah.")
    assert [(e.cameo, e.target and e.target.name) for e in ev] == [("172", "PT Maju Jaya")]


def test_coordinated_verbs_without_an_object_share_the_next_one(piped: Run) -> None:
    ev = piped("Pasukan Israel menyerang dan menghancurkan Gaza pada Selasa malam.")
    assert ("ISR", "MIL", "ASSAULT", "190", "Gaza") in _keys(ev)
    # a threat covers the acts coordinated with the threatened one
    ev = piped("Korea Utara mengancam akan meluncurkan serangan rudal ke Jepang dan "
               "menghancurkan ibu kota Tokyo.")
    assert ("PRK", None, "THREATEN", "138", "Tokyo") in _keys(ev)
    # and a refusal the act that tells its party so
    ev = piped("Presiden Prabowo menolak rencana itu dan pemerintah telah memberitahu Malaysia "
               "untuk tidak melanjutkannya.")
    assert ("IDN", "GOV", "REJECT", "120", "Malaysia") in _keys(ev)


def test_a_request_to_coordinated_addressees_with_the_act_asked(piped: Run) -> None:
    ev = piped("Indonesia, Malaysia dan Jepang meminta negara-negara Eropa dan China memastikan "
               "perdagangan tetap terbuka.")
    assert {(k[0], k[2], k[4]) for k in _keys(ev)} == {
        ("IDN", "REQUEST", "China"), ("MYS", "REQUEST", "China"), ("JPN", "REQUEST", "China")}


def test_a_partner_weighed_is_no_presupposed_possessor(piped: Run) -> None:
    assert not piped("Bank Mandiri juga akan menjajaki kolaborasi dengan Kementerian Keuangan "
                     "tahun depan.")
    assert not piped("Pemerintah masih mempertimbangkan kerja sama dengan Jepang di bidang "
                     "energi nuklir.")
    # outside a scenario the cooperation stands
    ev = piped("Bank Mandiri berkolaborasi dengan Kementerian Keuangan dalam penyaluran "
               "kredit usaha rakyat.")
    assert {k[2] for k in _keys(ev)} == {"COOPERATE"}


def test_a_defendant_acts_only_towards_the_justice_system(piped: Run) -> None:
    assert not piped("Dalam dakwaan, jaksa menyebut terdakwa membuat kesepakatan dengan "
                     "PT Sinar Abadi untuk mengatur proyek.")
    assert not piped("Terdakwa kemudian bertemu dengan pejabat PT Sinar Abadi di sebuah hotel "
                     "untuk membahas pembagian uang.")
    assert not piped("Para tersangka meminta bantuan kepada sejumlah pejabat Pemerintah "
                     "Kabupaten Langkat untuk memuluskan proyek itu.")
    # others still act on the defendant
    ev = piped("Jaksa penuntut umum menuntut terdakwa Siti Rahmawati hukuman penjara dalam "
               "sidang di Pengadilan Negeri Medan.")
    assert {(k[0], k[1], k[2]) for k in _keys(ev)} == {("IDN", "JUD", "COERCE")}


def test_the_victim_of_an_investigated_incident_is_no_target(piped: Run) -> None:
    assert not piped("Kepolisian Belgia menyelidiki insiden tabrakan yang menimpa dua "
                     "tentara di sebuah jalan tol dekat Brussel.")
    assert not piped("Polisi menyelidiki kematian seorang anggota DPRD Sumatera Utara di "
                     "rumahnya.")
    assert not piped("Kematian anggota DPRD Sumatera Utara itu kini diselidiki polisi.")
    # regretting a death criticises no one who died
    assert not piped("Presiden Prabowo menyesalkan kematian seorang anggota DPRD Medan dalam "
                     "kericuhan itu.")
    # the suspect of a case is investigated
    ev = piped("KPK menyelidiki kasus korupsi Bupati Langkat dalam proyek jalan provinsi.")
    assert {(k[0], k[1], k[2], k[3]) for k in _keys(ev)} == {("IDN", "JUD", "ACCUSE", "091")}


def test_urgent_and_market_demand_are_no_requests(piped: Run) -> None:
    assert not piped("Ketua DPR menyebut ada kebutuhan mendesak pemerintah untuk merevisi "
                     "undang-undang itu.")
    assert not piped("Permintaan ekspor batu bara dari China menurun tajam, kata Kementerian "
                     "Perdagangan.")
    ev = piped("Ketua DPR mendesak pemerintah merevisi undang-undang itu.")
    assert ("IDN", "LEG", "REQUEST", "100", "pemerintah") in _keys(ev)


def test_an_embassy_alert_level_is_no_military_alert(piped: Run) -> None:
    assert not piped("Menteri Luar Negeri Sugiono meningkatkan status siaga di KBRI Teheran "
                     "menjadi level tertinggi.")
    ev = piped("Militer Thailand menetapkan status siaga tinggi bagi pasukan di perbatasan.")
    assert {(k[0], k[1], k[2], k[3]) for k in _keys(ev)} == {("THA", "MIL", "MOBILIZE", "152")}


def test_completing_an_invasion_reports_no_attack(piped: Run) -> None:
    assert not piped("Putin disebut ingin segera menyelesaikan invasi ke Ukraina sebelum musim "
                     "dingin tiba.")


def test_lifting_a_sanction_eases_it(piped: Run) -> None:
    ev = piped("Uni Eropa resmi mencabut sanksi ekonomi terhadap Suriah setelah pemerintahan "
               "baru berjanji menggelar pemilu.")
    assert {(k[0], k[2], k[3], k[4]) for k in _keys(ev)} == {("EU", "RETREAT", "085", "Suriah")}
    assert not piped("Pemerintah provinsi memperpanjang program penghapusan sanksi "
                     "administrasi pajak kendaraan hingga akhir tahun.")


def test_speaking_in_a_language_is_no_talks_with_its_country(piped: Run) -> None:
    body = ("Bupati Bogor Rudy Susmanto punya aturan baru. Sejak pekan lalu, pegawai yang "
            "bertugas di kantor Bupati Bogor diminta berbicara dengan bahasa Jepang setiap "
            "Kamis.")
    assert not [e for e in piped(body) if e.plover == "CONSULT"]
    talks = piped("Menteri Luar Negeri Sugiono berbicara dengan Menteri Luar Negeri Jepang di "
                  "Tokyo pada Jumat untuk membahas kerja sama maritim kedua negara.")
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in talks if e.plover == "CONSULT"] == [("IDN", "040", "JPN")]
