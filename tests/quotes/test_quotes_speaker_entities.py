"""Speakers resolved against the entity layer and the dependency parse, on sentences
written for these tests (fictional people and events). Entities and tokens are built by
hand so the tests pin the quote rules, not the NER model."""

from __future__ import annotations

import pytest

from warta.doc import Entity, Mention, Quote, Token
from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def ent(body: str, eid: str, name: str, typ: str, *texts: str, code: str | None = None) -> Entity:
    """An entity with a mention at every occurrence of each text."""
    mentions = []
    for t in texts or (name,):
        k = body.find(t)
        while k >= 0:
            mentions.append(Mention(k, k + len(t), t))
            k = body.find(t, k + 1)
    return Entity(eid, name, typ, tuple(sorted(mentions, key=lambda m: m.start)),  # type: ignore[arg-type]
                  code=code)


def parse(body: str, rows: list[tuple[str, int | None, str]]) -> tuple[Token, ...]:
    """Tokens from (text, head, dep) rows, located left to right in ``body``."""
    out, pos = [], 0
    for text, head, dep in rows:
        k = body.index(text, pos)
        out.append(Token(k, k + len(text), text, head=head, dep=dep))
        pos = k + len(text)
    return tuple(out)


def last(quotes: tuple[Quote, ...]) -> Quote:
    return quotes[-1]


def test_person_wins_over_country_in_title_phrase(res: Resources) -> None:
    body = ("Menteri Luar Negeri Malaysia Anwar Rahim mengatakan bahwa perundingan batas "
            "laut akan dilanjutkan pekan depan.")
    ents = (ent(body, "e1", "Malaysia", "LOC", code="MYS"),
            ent(body, "e2", "Anwar Rahim", "PER", code="MYSGOV"))
    q = last(extract_quotes(body, res, entities=ents))
    assert (q.kind, q.speaker, q.speaker_name, q.speaker_code) == (
        "indirect", "e2", "Anwar Rahim", "MYSGOV")


def test_short_name_takes_fullest_printed_form(res: Resources) -> None:
    body = ("Wakil Menteri Pariwisata Dewi Kartika Sari membuka pameran kerajinan di Solo.\n\n"
            "\"Kami ingin pelaku usaha kecil naik kelas tahun ini,\" ujar Dewi.")
    ents = (ent(body, "e1", "Dewi", "PER", "Dewi"),)
    q = last(extract_quotes(body, res, entities=ents))
    assert q.speaker_name == "Dewi Kartika Sari"
    assert q.speaker == "e1"


def test_organisation_word_is_not_part_of_the_name(res: Resources) -> None:
    body = ("Pemimpin Hizbullah Karim Nasser berpidato di Beirut.\n\n"
            "\"Kami tidak akan mundur,\" kata Nasser.")
    ents = (ent(body, "e1", "Hizbullah", "ORG"),
            ent(body, "e2", "Karim Nasser", "PER", "Karim Nasser", "Nasser"))
    q = last(extract_quotes(body, res, entities=ents))
    assert q.speaker_name == "Karim Nasser"


def test_pronoun_points_to_person_not_organisation(res: Resources) -> None:
    body = ("Direktur Utama Budi Santoso menjelaskan impor gula sudah sesuai aturan Badan "
            "Karantina. Badan Karantina adalah lembaga di bawah pemerintah pusat. "
            "Ia menambahkan, stok gula cukup sampai akhir tahun.")
    ents = (ent(body, "e1", "Budi Santoso", "PER"),
            ent(body, "e2", "Badan Karantina", "ORG"))
    q = last(extract_quotes(body, res, entities=ents))
    assert q.text.startswith("stok gula cukup")
    assert q.speaker_name == "Budi Santoso"


def test_katanya_skips_organisation_subject(res: Resources) -> None:
    body = ("Juru bicara Hana Wibowo memastikan layanan kembali normal. Pertamina adalah "
            "pemasok utama bahan bakar di kota itu.\n\n"
            "\"Antrean sudah terurai sejak pagi,\" katanya.")
    ents = (ent(body, "e1", "Hana Wibowo", "PER"), ent(body, "e2", "Pertamina", "ORG"))
    assert last(extract_quotes(body, res, entities=ents)).speaker_name == "Hana Wibowo"


def test_parse_subject_appositive_name(res: Resources) -> None:
    body = ("Kepala Humas Bandara Sentosa, Eka Putra, saat dihubungi dari Medan, Kamis, "
            "mengatakan, penerbangan akan dibuka kembali besok pagi.")
    rows: list[tuple[str, int | None, str]] = [
        ("Kepala", 14, "nsubj"), ("Humas", 0, "nmod"), ("Bandara", 1, "nmod"),
        ("Sentosa", 2, "flat:name"), (",", 5, "punct"), ("Eka", 0, "appos"),
        ("Putra", 5, "flat:name"), (",", 8, "punct"), ("saat", 9, "mark"),
        ("dihubungi", 0, "acl"), ("dari", 11, "case"), ("Medan", 9, "obl"),
        (",", 13, "punct"), ("Kamis", 14, "obl:tmod"), ("mengatakan", None, "root"),
        (",", 14, "punct"), ("penerbangan", 18, "nsubj:pass"), ("akan", 18, "aux"),
        ("dibuka", 14, "ccomp")]
    ents = (ent(body, "e1", "Eka Putra", "PER"), ent(body, "e2", "Medan", "LOC"))
    q = last(extract_quotes(body, res, entities=ents, tokens=parse(body, rows)))
    assert q.kind == "indirect"
    assert q.speaker_name == "Eka Putra"


def test_menurut_laporan_speaks_as_the_organisation(res: Resources) -> None:
    body = ("Menurut laporan Amnesty International, sedikitnya 40 aktivis ditahan tanpa "
            "proses hukum sepanjang tahun lalu.")
    q = last(extract_quotes(body, res))
    assert q.kind == "indirect"
    assert q.speaker_name == "Amnesty International"


def test_middle_name_alone_takes_the_persons_full_name(res: Resources) -> None:
    body = ("Wakil Menteri Perdagangan Sekar Ayu Kinanti Rahma membuka pameran ekspor.\n\n"
            "\"Pembeli dari tujuh negara sudah mendaftar,\" ujar Ayu.")
    ents = (ent(body, "e1", "Sekar Ayu Kinanti Rahma", "PER"),)
    assert last(extract_quotes(body, res, entities=ents)).speaker_name == \
        "Sekar Ayu Kinanti Rahma"


def test_name_in_apposition_after_title_and_saat_itu(res: Resources) -> None:
    body = ("\"Berkas perkara sudah kami limpahkan,\" kata jubir kejaksaan saat itu, "
            "Rendra Wiguna, di Jakarta.")
    assert last(extract_quotes(body, res)).speaker_name == "Rendra Wiguna"


def test_name_in_apposition_after_capitalised_title(res: Resources) -> None:
    body = ("\"Ini bukan keputusan yang mudah,\" ucap Menteri Luar Negeri Selandia Baru, "
            "Hana Clarke, saat jumpa pers.")
    assert last(extract_quotes(body, res)).speaker_name == "Hana Clarke"


def test_numbered_subject_is_not_an_antecedent(res: Resources) -> None:
    body = ("Jaksa Maria Ulfa membacakan dakwaan. Ke-12 terdakwa itu hadir di ruang sidang.\n\n"
            "\"Semua bukti sudah kami lampirkan,\" katanya.")
    assert last(extract_quotes(body, res)).speaker_name == "Maria Ulfa"


def test_office_without_name_keeps_the_title_phrase(res: Resources) -> None:
    body = ("Perdana Menteri Norwegia menegaskan bahwa negaranya akan menambah bantuan "
            "kemanusiaan tahun ini.")
    ents = (ent(body, "e1", "Norwegia", "LOC", code="NOR"),)
    q = last(extract_quotes(body, res, entities=ents))
    assert (q.speaker_name, q.speaker_code) == ("Perdana Menteri Norwegia", "NOR")


def test_office_named_elsewhere_is_the_person(res: Resources) -> None:
    body = ("Perdana Menteri Norwegia Lars Haugen tiba di Jakarta pada Senin.\n\n"
            "Perdana Menteri Norwegia menegaskan bahwa negaranya akan menambah bantuan "
            "kemanusiaan tahun ini.")
    ents = (ent(body, "e1", "Norwegia", "LOC", code="NOR"),
            ent(body, "e2", "Lars Haugen", "PER", code="NORGOV"))
    assert last(extract_quotes(body, res, entities=ents)).speaker_name == "Lars Haugen"


def test_definite_title_points_back_to_the_person(res: Resources) -> None:
    body = ("Presiden Arman Sulistyo meninjau pelabuhan baru di Makassar.\n\n"
            "Presiden RI itu menambahkan: \"Kita butuh dua dermaga lagi.\"")
    ents = (ent(body, "e1", "Arman Sulistyo", "PER"),
            ent(body, "e2", "Indonesia", "LOC", "RI"))
    assert last(extract_quotes(body, res, entities=ents)).speaker_name == "Arman Sulistyo"


def test_organisation_speaker_without_bracketed_acronym(res: Resources) -> None:
    body = ("Badan Pangan Dunia (WFP) menyatakan bahwa stok gandum di wilayah itu hanya "
            "cukup untuk dua pekan.")
    ents = (ent(body, "e1", "Badan Pangan Dunia (WFP)", "ORG", "Badan Pangan Dunia (WFP)"),)
    q = last(extract_quotes(body, res, entities=ents))
    assert (q.speaker, q.speaker_name) == ("e1", "Badan Pangan Dunia")


def test_definite_organisation_points_to_the_named_one(res: Resources) -> None:
    body = ("Pemerintah menyerahkan distribusi beras kepada Yayasan Pangan Nusantara.\n\n"
            "Yayasan tersebut menyatakan bahwa mereka sudah menyalurkan dua ribu ton beras.")
    ents = (ent(body, "e1", "Yayasan Pangan Nusantara", "ORG"),)
    q = last(extract_quotes(body, res, entities=ents))
    assert (q.speaker, q.speaker_name) == ("e1", "Yayasan Pangan Nusantara")


def test_title_only_phrase_reads_the_name_further_on(res: Resources) -> None:
    body = ("Warga diminta tetap tenang. Hal ini disampaikan Duta Besar (Dubes) Chile untuk "
            "ASEAN, Pablo Rojas kepada wartawan di Jakarta.")
    q = last(extract_quotes(body, res))
    assert q.speaker_name == "Pablo Rojas"


def test_month_is_not_a_subject(res: Resources) -> None:
    body = ("Pada 12 Juni militer mengklaim bahwa serangan itu hanya menyasar gudang amunisi.")
    assert last(extract_quotes(body, res)).speaker_name != "Juni"


def test_counted_unnamed_official_has_no_speaker(res: Resources) -> None:
    body = ("Seorang pejabat Jepang, yang meminta namanya tidak disebut, mengatakan kapal "
            "patroli akan dikirim pekan depan.")
    ents = (ent(body, "e1", "Jepang", "LOC", code="JPN"),)
    q = last(extract_quotes(body, res, entities=ents))
    assert q.kind == "indirect" and q.speaker_name is None


def test_unnamed_source_does_not_take_an_earlier_name(res: Resources) -> None:
    body = ("Warga mengungsi setelah Brasil menutup perbatasan, dan sebuah sumber mengatakan "
            "pemerintah sedang menyiapkan bantuan darurat.")
    q = last(extract_quotes(body, res))
    assert q.speaker_name is None
