"""Constructions found on raw news in round s7: a name in apposition after ``menurut`` and
a description of a person (also lower-case, with an honorific and no closing comma, with
academic degrees after it), and sentence openers (``Kala itu``, ``Mengenai …``) that are
never speakers. Sentences written for these tests (fictional people and events)."""

from __future__ import annotations

import pytest

from warta.doc import Entity, Mention, Token
from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _ind(body: str, res: Resources) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in extract_quotes(body, res)
            if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "speaker", "clause"), [
    ("Menurut petugas pos pengamatan gunung, Agus Salim, abu vulkanik terlihat membubung "
     "setinggi dua kilometer.", "Agus Salim", "abu vulkanik terlihat"),
    ("Menurut pelatih tim nasional, Budi Santoso, para pemain sudah siap menghadapi laga "
     "final pekan depan.", "Budi Santoso", "para pemain sudah"),
    ("Menurut Pakar Hukum Tata Negara, Profesor Hendra Wijaya penundaan pemilu itu jelas "
     "melanggar konstitusi.", "Hendra Wijaya", "penundaan pemilu"),
    ("Menurut juru bicara Dinas Kesehatan, dr Ratna Sari, MKM., warga diminta segera "
     "memeriksakan diri ke puskesmas.", "Ratna Sari", "warga diminta"),
    ("Menurut pengasuh pondok pesantren di Bogor, Ustaz Fulan Hakim, santri baru akan "
     "tiba pekan depan.", "Fulan Hakim", "santri baru"),
    ("Menurut Menteri Keuangan, Sri Mulyani, defisit anggaran masih terkendali tahun "
     "ini.", "Sri Mulyani", "defisit anggaran"),
])
def test_name_in_apposition_after_menurut_is_the_speaker(res: Resources, body: str,
                                                         speaker: str, clause: str) -> None:
    text, name = _ind(body, res)[0]
    assert name == speaker
    assert text.startswith(clause)


@pytest.mark.parametrize(("body", "speaker", "clause"), [
    # a title and a name without an honorific or a closing comma: the clause's subject
    ("Menurut analis pasar modal, Presiden Prabowo Subianto perlu menenangkan investor "
     "asing.", "analis pasar modal", "Presiden Prabowo"),
    # a list of names is the clause's subject, not an appositive
    ("Menurut pengamat politik, Anies Baswedan, Ganjar Pranowo dan Prabowo Subianto sama "
     "kuat di mata pemilih muda.", "pengamat politik", "Anies Baswedan"),
    # a record, not a person
    ("Menurut data Badan Pusat Statistik, Jawa Barat, Banten dan Jawa Timur mencatat "
     "inflasi tertinggi.", "Badan Pusat Statistik", "Jawa Barat"),
])
def test_not_an_appositive_speaker(res: Resources, body: str, speaker: str,
                                   clause: str) -> None:
    text, name = _ind(body, res)[0]
    assert name == speaker
    assert text.startswith(clause)


def test_sentence_opener_tagged_as_person_is_not_the_speaker(res: Resources) -> None:
    body = ("Warga sudah lama menunggu perbaikan jembatan itu. Kala itu, dalam keterangan "
            "resminya, Kementerian PUPR menjelaskan bahwa perbaikan akan dimulai bulan depan.")
    k = body.index("Kala")
    o = body.index("Kementerian PUPR")
    kala = Entity("e1", "Kala", "PER", (Mention(k, k + 4, "Kala"),))
    org = Entity("e2", "Kementerian PUPR", "ORG",
                 (Mention(o, o + 16, "Kementerian PUPR"),), code="IDN")
    v = body.index("menjelaskan")
    # a parse that puts the opener into the verb's subject
    toks = (
        Token(k, k + 4, "Kala", head=2, dep="nsubj", sentence=1),
        Token(o, o + 11, "Kementerian", head=0, dep="appos", sentence=1),
        Token(v, v + 11, "menjelaskan", head=None, dep="root", sentence=1),
    )
    q = extract_quotes(body, res, entities=(kala, org), tokens=toks)[0]
    assert q.speaker_name != "Kala"


def test_topic_opener_is_not_a_subject(res: Resources) -> None:
    body = ("Penyanyi Andi Wijaya kini menjalin asmara dengan seorang aktris. Mengenai "
            "hubungan ini, keduanya meminta doa dari penggemar.\n\n"
            "\"Doakan yang terbaik saja,\" ujarnya.")
    q = extract_quotes(body, res)[0]
    assert q.speaker_name != "Mengenai"


@pytest.mark.parametrize(("body", "not_speaker"), [
    ("Pasar tradisional itu kembali ramai setelah direnovasi. Beberapa pedagang yang ditemui "
     "menyampaikan, saat ini pembeli sudah mulai berdatangan.", "Beberapa"),
    ("Para ahli telah lama mengatakan bahwa rudal itu dikirim dari luar negeri.", "Para"),
    ("Sejumlah warga menolak rencana itu. Sebagian menilai keputusan bupati tersebut "
     "diambil secara tergesa-gesa.", "Sebagian"),
])
def test_quantifier_opener_is_not_a_name(res: Resources, body: str, not_speaker: str) -> None:
    assert _ind(body, res)[0][1] != not_speaker


def test_opener_before_a_common_noun_subject_is_not_a_name(res: Resources) -> None:
    body = ("Hakim Budi Santoso membacakan vonis selama dua jam. Sambil terisak, hakim "
            "mengatakan terdakwa telah mencederai nama baik lembaga peradilan.")
    assert _ind(body, res)[0][1] == "Budi Santoso"


def test_menurutnya_is_not_a_subject_for_the_next_quote(res: Resources) -> None:
    body = ("Kepala Dinas Pendidikan Siti Rahma meninjau sekolah itu pada Senin pagi.\n\n"
            "Menurutnya, perbaikan atap harus selesai bulan depan.\n\n"
            "\"Kami tidak mau anak-anak belajar di ruang yang bocor,\" tuturnya.")
    qs = extract_quotes(body, res)
    assert [q.speaker_name for q in qs] == ["Siti Rahma", "Siti Rahma"]


def test_quantified_subject_does_not_continue_the_last_speaker(res: Resources) -> None:
    body = ("\"Memasak membuat kita lebih tenang,\" tutur psikolog Rina Astuti kepada wartawan."
            "\n\nBanyak peneliti yang menganggap memasak sama dengan melukis atau menulis.")
    assert _ind(body, res)[0][1] is None  # an unnamed group: not 'Banyak', not Rina


def test_people_in_a_verbless_list_are_not_the_antecedent(res: Resources) -> None:
    body = ("Kapolres Fulan Hidayat menjelaskan sebanyak 16 saksi telah diperiksa dalam "
            "perkara itu. Termasuk terlapor Budi Wijaya.\n\nMenurutnya, gelar perkara sudah "
            "dilakukan beberapa kali setelah saksi diperiksa.")
    k = body.index("Budi Wijaya")
    f = body.index("Fulan Hidayat")
    ents = (Entity("e1", "Fulan Hidayat", "PER", (Mention(f, f + 13, "Fulan Hidayat"),)),
            Entity("e2", "Budi Wijaya", "PER", (Mention(k, k + 11, "Budi Wijaya"),)))
    q = next(q for q in extract_quotes(body, res, entities=ents) if q.cue == "Menurutnya")
    assert q.speaker_name == "Fulan Hidayat"  # not 'Termasuk', not Budi Wijaya


@pytest.mark.parametrize("body", [
    "Pelek alumunium 17 inci dipasang di kedua roda motor itu. Semua memastikan motor "
    "memberi traksi dan fleksibilitas yang baik.",
    "Gelombang protes memantik banyak analisa. Ada yang menuding kenaikan tunjangan "
    "anggota DPR sebagai pemicu.",
])
def test_opener_right_before_the_verb_names_nobody(res: Resources, body: str) -> None:
    assert _ind(body, res)[0][1] is None


def test_subordinate_clause_verb_keeps_the_later_subject(res: Resources) -> None:
    body = ("Penyanyi Fulanah Sari baru pulang dari konser di Surabaya. Meski mengaku tidak "
            "terlalu menjaga pola makan, Fulanah tetap rutin berolahraga setiap pagi.")
    assert "Fulanah" in str(_ind(body, res)[0][1])  # carried on, not a null speaker
