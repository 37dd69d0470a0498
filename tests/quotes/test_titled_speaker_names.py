"""Speakers printed as a title, an organisation and a name, when the entity layer knows the
organisation but not the person, or keeps a short form of the name apart. Sentences
written for these tests (fictional people)."""

from __future__ import annotations

import pytest

from warta.doc import Entity, Mention
from warta.quotes.component import extract_quotes
from warta.resources import Resources, load_resources


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def ent(body: str, eid: str, name: str, typ: str, *texts: str) -> Entity:
    mentions = []
    for t in texts or (name,):
        k = body.find(t)
        while k >= 0:
            mentions.append(Mention(k, k + len(t), t))
            k = body.find(t, k + 1)
    return Entity(eid, name, typ, tuple(sorted(mentions, key=lambda m: m.start)))  # type: ignore[arg-type]


def test_name_after_organisation_acronym_is_the_speaker(res: Resources) -> None:
    body = ("\"Pemeriksaan saksi dijadwalkan Senin pekan depan,\" kata Jubir KPK Rangga "
            "Adiputra kepada wartawan.")
    ents = (ent(body, "e1", "Komisi Pemberantasan Korupsi", "ORG", "KPK"),)
    q = extract_quotes(body, res, entities=ents)[0]
    assert (q.speaker_name, q.speaker) == ("Rangga Adiputra", None)


def test_pronoun_cue_follows_the_titled_name(res: Resources) -> None:
    body = ("\"Pemeriksaan saksi dijadwalkan Senin pekan depan,\" kata Jubir KPK Rangga "
            "Adiputra kepada wartawan.\n\n"
            "KPK juga memanggil Bendahara Yayasan Cahaya, Sinta Maharani.\n\n"
            "\"Pemeriksaan dilakukan di gedung KPK,\" sebutnya.")
    ents = (ent(body, "e1", "Komisi Pemberantasan Korupsi", "ORG", "KPK"),
            ent(body, "e2", "Sinta Maharani", "PER"))
    assert [q.speaker_name for q in extract_quotes(body, res, entities=ents)] == [
        "Rangga Adiputra", "Rangga Adiputra"]


def test_initial_and_rank_before_the_name(res: Resources) -> None:
    body = ("\"Berkas perkara segera kami limpahkan,\" ujar Jampidmil Mayjen TNI R Dimas "
            "Prakoso di Jakarta.\n\n"
            "\"Persidangan tetap berjalan tanpa terdakwa,\" lanjut Dimas.")
    ents = (ent(body, "e1", "Tentara Nasional Indonesia", "ORG", "TNI"),)
    assert [q.speaker_name for q in extract_quotes(body, res, entities=ents)] == [
        "R Dimas Prakoso", "R Dimas Prakoso"]


def test_middle_name_with_an_entity_of_its_own(res: Resources) -> None:
    body = ("Wakil Menteri Perindustrian Ratna Sekar Ayu Lestari membuka pameran batik.\n\n"
            "\"Perajin kecil harus masuk pasar ekspor,\" ujar Sekar.")
    k = body.rindex("Sekar")
    ents = (ent(body, "e1", "Ratna Sekar Ayu Lestari", "PER"),
            Entity("e2", "Sekar", "PER", (Mention(k, k + 5, "Sekar"),)))
    q = extract_quotes(body, res, entities=ents)[-1]
    assert (q.speaker_name, q.speaker) == ("Ratna Sekar Ayu Lestari", "e1")


@pytest.mark.parametrize(("phrase", "name"), [
    ("Gubernur Jawa Barat Lukman Hakim", "Lukman Hakim"),
    ("Kapolda Metro Jaya Irjen Dimas Prakoso", "Dimas Prakoso"),
    ("Wali Kota Cimahi Hendra Wijaya", "Hendra Wijaya"),
    ("Sekretaris Badan Penanggulangan Bencana Daerah Kabupaten Garut Rina Marlina",
     "Rina Marlina"),
    ("Bupati Rahmat Hidayat", "Rahmat Hidayat"),
])
def test_region_of_an_office_is_not_part_of_the_name(res: Resources, phrase: str,
                                                     name: str) -> None:
    body = f"\"Jalan desa segera diperbaiki,\" kata {phrase} di kantornya."
    assert extract_quotes(body, res)[0].speaker_name == name
