"""Which sentence subject a pronoun cue (``katanya``, ``tuturnya``) continues: subjects with
an appositive, subjects separated from their verb by a scene phrase, quotations of several
sentences, and capitalised openers that are not names. Sentences written for these tests
(fictional people and events)."""

from __future__ import annotations

import pytest

from warta.doc import Entity, Mention
from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _last_speaker(body: str, res: Resources) -> str | None:
    return extract_quotes(body, res)[-1].speaker_name


def test_subject_with_an_appositive(res: Resources) -> None:
    body = ("\"Pelabuhan sudah ramai lagi,\" kata Budi. Sari Lestari, Ketua Asosiasi Pedagang "
            "Pasar Cibubur, juga menyampaikan harapan serupa. \"Kami senang pembeli mulai "
            "datang,\" tuturnya.")
    assert _last_speaker(body, res) == "Sari Lestari"


def test_subject_with_an_appositive_and_a_relative_clause(res: Resources) -> None:
    body = ("\"Pelabuhan sudah ramai lagi,\" kata Budi. Hendra Wijaya, Wali Kota Cimahi, yang "
            "dihubungi, juga membenarkan penutupan pasar itu. \"Pasar dibuka lagi pekan "
            "depan,\" katanya.")
    assert _last_speaker(body, res) == "Hendra Wijaya"


def test_list_of_places_is_not_an_appositive_subject(res: Resources) -> None:
    body = ("\"Kami siaga,\" kata Budi Santoso. Cimahi, Bandung, dan Garut mengalami banjir "
            "sejak Senin. \"Pompa sudah dikirim,\" katanya.")
    assert _last_speaker(body, res) == "Budi Santoso"


def test_subject_before_a_scene_phrase(res: Resources) -> None:
    body = ("\"Pelabuhan sudah ramai lagi,\" kata Budi Santoso. Gubernur Rahmat Hidayat dalam "
            "kesempatan itu pun mengucapkan terima kasih kepada warga. \"Saya bangga dengan "
            "kerja keras kalian,\" tuturnya.")
    assert _last_speaker(body, res) == "Rahmat Hidayat"


def test_subject_before_a_quotation_of_several_sentences(res: Resources) -> None:
    body = ("\"Kapal dari Lombok sudah berlayar,\" kata Budi Santoso. Dewi Anggraini, pengelola "
            "penginapan di Gili Air, juga menyampaikan harapan serupa. \"Bulan lalu sepi sekali. "
            "Banyak pegawai dirumahkan. Sekarang tamu mulai datang lagi,\" tuturnya.")
    assert _last_speaker(body, res) == "Dewi Anggraini"


def test_derived_noun_opener_is_not_a_subject(res: Resources) -> None:
    body = ("\"Penerbangan kami kurangi separuh,\" kata Direktur Utama Arif "
            "Wicaksono. Tekanan dirasakan akibat utang yang jatuh tempo. \"Ini masa paling "
            "sulit,\" ujarnya.")
    assert _last_speaker(body, res) == "Arif Wicaksono"


def test_acronym_subject_is_not_a_person_antecedent(res: Resources) -> None:
    body = ("Ketua APRI Abdul Karim mendesak pemerintah menjaga pasokan rotan. "
            "APRI mendorong pemerintah membentuk badan logistik rotan. \"Permintaan ekspor "
            "akan naik tahun depan,\" ujarnya.")
    assert _last_speaker(body, res) == "Abdul Karim"


@pytest.mark.parametrize("opener", [
    "Polresta Cimahi akan diturunkan untuk menertibkan kerumunan.",
    "Instruksi Presiden itu berlaku sampai akhir bulan.",
    "Pemprov Jabar meyakini masker sama efektifnya dengan pembatasan.",
])
def test_organisation_or_law_opener_is_not_a_person_antecedent(res: Resources,
                                                               opener: str) -> None:
    body = ("Wali Kota Cimahi Hendra Wijaya meminta warga tetap di rumah pada malam tahun baru. "
            f"{opener} \"Kami tidak ingin ada kluster baru,\" tuturnya.")
    assert _last_speaker(body, res) == "Hendra Wijaya"


def test_long_office_subject_ending_in_a_name_stays_a_person(res: Resources) -> None:
    body = ("\"Abu vulkanik turun sejak pagi,\" kata Budi Santoso. Sekretaris Badan Penanggulangan "
            "Bencana Daerah Kabupaten Garut Rina Marlina mengatakan hujan abu tipis turun di "
            "dua kecamatan. \"Belum ada pengungsian,\" ujarnya.")
    assert _last_speaker(body, res) == "Rina Marlina"


def _per(body: str, eid: str, name: str) -> Entity:
    mentions = []
    k = body.find(name)
    while k >= 0:
        mentions.append(Mention(k, k + len(name), name))
        k = body.find(name, k + 1)
    return Entity(eid, name, "PER", tuple(mentions))


def test_person_introduced_without_a_verb_of_speech(res: Resources) -> None:
    body = ("\"Kunjungan ini membanggakan,\" ujar Andre Wibisono. Kehangatan juga dirasakan "
            "Laras Pertiwi, mahasiswi asal Medan yang kuliah di Kazan. Ia mengatakan bahwa "
            "pertemuan itu tidak akan ia lupakan.")
    ents = (_per(body, "e1", "Andre Wibisono"), _per(body, "e2", "Laras Pertiwi"))
    q = extract_quotes(body, res, entities=ents)[-1]
    assert (q.kind, q.speaker_name) == ("indirect", "Laras Pertiwi")


def test_titled_person_whose_verb_is_glued(res: Resources) -> None:
    body = ("Presiden Ceko Tomas Novakmengatakan Ceko siap menampung pengungsi. \"Ini kewajiban "
            "kami sebagai tetangga,\" kata pemimpin Ceko itu.")
    ents = (_per(body, "e1", "Tomas Novak"),)
    assert extract_quotes(body, res, entities=ents)[-1].speaker_name == "Tomas Novak"
