"""Corpus precision and legal acts (our own sentences, default pipeline): a company backing an
event in the passive (``didukung oleh Bank X``) is a sponsor, no political support; the
actor after ``Selain`` is no subject, and an acronym glued to the next word (``KPKjuga``)
is still found; a licence revoked in a relative clause (``perusahaan yang IUP-nya dicabut
X``) is X coercing its holder; a scenario word inside an opening time clause (``Saat ...
kemungkinan ...,``) leaves the main clause after its comma standing."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[[str], list[Event]]


def _keys(events: list[Event]) -> set[tuple[str | None, ...]]:
    return {(e.source.code, e.source.sector, e.plover, e.cameo, e.target and e.target.code)
            for e in events}


def test_a_company_backing_an_event_is_a_sponsor(piped: Run) -> None:
    assert not [e for e in piped("Laporan khusus Rapat Paripurna DPR RI dan Sidang Tahunan "
                                 "MPR RI didukung oleh Bank Mandiri.") if e.plover == "SUPPORT"]
    ev = piped("Rencana Presiden Prabowo Subianto itu didukung oleh DPR dan para gubernur "
               "dalam rapat pada Senin.")
    assert ("IDN", "LEG", "SUPPORT", "051", "IDN") in _keys(ev)


def test_the_actor_after_selain_is_no_subject(piped: Run) -> None:
    ev = piped("Selain Budi Santoso,KPKjuga menjadwalkan pemanggilan terhadap Ketua DPW PKS "
               "Jawa Barat, Ahmad Syaikhu.")
    assert {(k[0], k[1], k[2]) for k in _keys(ev)} == {("IDN", "JUD", "REQUEST")}


def test_a_licence_revoked_in_a_relative_clause(piped: Run) -> None:
    ev = piped("Adapun dua perusahaan yang IUP-nya dicabut Bahlil adalah PT Maju Jaya dan "
               "PT Sentosa Abadi di Kabupaten Morowali.")
    assert [(e.source.name, e.cameo, e.target and e.target.sector) for e in ev] == [
        ("Bahlil", "172", "BUS")]


def test_a_scenario_in_an_opening_time_clause_ends_at_its_comma(piped: Run) -> None:
    ev = piped("Saat Medan menghadapi kemungkinan hari keempat kerusuhan, kedua partai "
               "berselisih soal upaya pemerintahan Presiden Prabowo untuk mendeportasi migran "
               "yang tinggal secara ilegal.")
    assert ("IDN", "GOV", "COERCE", "174", "IDN") in _keys(ev)
    # a condition keeps its whole sentence a what-if
    assert not piped("Jika Iran menyerang pangkalan itu, AS mungkin mendeportasi warga Iran "
                     "dari wilayahnya.")


def test_the_body_handling_a_case_charged_whom_it_ensnared(piped: Run) -> None:
    ev = piped("Dalam kasus ini, KPK sudah menetapkan 12 tersangka pengurusan dana hibah "
               "Provinsi Jawa Tengah. Penetapan tersangka itu merupakan pengembangan dari "
               "perkara yang telah menjerat mantan Bupati Sleman Budi Santoso.")
    assert [(e.source.name, e.target and e.target.name) for e in ev
            if e.target and e.target.name == "Budi Santoso"] == [("KPK", "Budi Santoso")]
    # a legal body named before the case in the same sentence
    ev = piped("Kejaksaan Agung kembali menyita dua mobil terkait kasus korupsi yang menjerat "
               "Direktur Utama PT Maju Jaya Budi Santoso.")
    assert ("IDN", "JUD", "ACCUSE", "1121", "IDN") in _keys(ev)


def test_no_legal_body_no_charge(piped: Run) -> None:
    # the sentence before names no court, prosecutor or police
    ev = piped("Presiden Prabowo Subianto berbicara di Istana Merdeka. Ia mengaku malu dengan "
               "kasus yang menjerat mantan Bupati Sleman Budi Santoso.")
    assert not [e for e in ev if e.plover == "ACCUSE"]


def test_suing_an_actor_over_an_act(piped: Run) -> None:
    ev = piped("Gubernur California Gavin Newsom menuntut Presiden Donald Trump atas pengerahan "
               "Garda Nasional ke Los Angeles tanpa persetujuan negara bagian.")
    assert ("USA", "GOV", "ACCUSE", "115", "USA") in _keys(ev)
    # a demand stays a demand
    ev = piped("Mahasiswa menuntut DPR untuk membatalkan revisi undang-undang atas desakan "
               "publik yang meluas.")
    assert {k[2] for k in _keys(ev)} == {"REQUEST"}


def test_an_aggregate_that_occurred_shows_a_mention_that_occurred(piped: Run) -> None:
    body = ("Pemerintah tidak mencabut izin usaha pertambangan PT Maju Jaya di Raja Ampat. "
            "Sebaliknya, pemerintah mencabut izin usaha pertambangan empat perusahaan yang "
            "beroperasi di kawasan itu.")
    ev = [e for e in piped(body) if e.plover == "COERCE"]
    assert [(e.status, e.target and e.target.name) for e in ev] == [
        ("occurred", "empat perusahaan")]
    assert len(ev[0].mentions) == 2
