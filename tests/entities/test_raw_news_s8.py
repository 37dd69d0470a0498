"""Entity classes found wrong on raw news (session 8), with sentences written for these
tests:

- a person written right after a rank that only the Indonesian police uses (``AKP``,
  ``Kompol``, ``Kombes Pol``, ``Irjen``) is IDN/COP when no title or dictionary role codes
  them (``actors/title_words.yaml: rank_codes``): the unit names before the rank are often
  no title the dictionary knows (``Kasi Humas Polres ...``, ``Kasubdit ... Bareskrim``);
- not a retired rank (``Irjen (Purn)``), nor after ``mantan`` in the same clause, nor a rank
  several forces share (``Brigjen``), nor a person with no rank.
"""

from __future__ import annotations

from warta.doc import Mention
from warta.entities.component import extract_entities
from warta.entities.link import rank_code
from warta.entities.tables import entity_tables
from warta.resources import Resources


def _persons(body: str, *names: str) -> tuple[Mention, ...]:
    out = []
    for name in names:
        start = body.index(name)
        out.append(Mention(start, start + len(name), name, "ner", "PER"))
    return tuple(out)


def _ents(make_doc, res: Resources, body: str, *names: str):  # type: ignore[no-untyped-def]
    doc = make_doc(body, published="2025-06-18", ner=_persons(body, *names))
    return {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}


def test_person_after_a_police_rank_is_police(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Kasi Humas Polres Tanjung Raya AKP Budi Hartono mengatakan kedua pelaku sudah "
            "ditahan. Budi menambahkan barang bukti disita petugas.")
    ents = _ents(make_doc, res, body, "Budi Hartono")
    assert ents["Budi Hartono"] == ("PER", "IDN", "COP")


def test_rank_with_its_tail_and_a_lower_rank(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Kombes Pol Hendra Wijaya menjelaskan kasus penipuan itu kepada wartawan. Ia "
            "didampingi Bripka Sulastri Ningsih saat memberikan keterangan di Medan.")
    ents = _ents(make_doc, res, body, "Hendra Wijaya", "Sulastri Ningsih")
    assert ents["Hendra Wijaya"] == ("PER", "IDN", "COP")
    assert ents["Sulastri Ningsih"] == ("PER", "IDN", "COP")


def test_retired_or_former_officer_gets_no_force(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Acara itu dihadiri Irjen (Purn) Anton Sujarwo dan mantan Kapolres Lembah Hijau "
            "AKBP Rendi Kusuma yang kini aktif di sebuah yayasan sosial di Bandung.")
    ents = _ents(make_doc, res, body, "Anton Sujarwo", "Rendi Kusuma")
    assert ents["Anton Sujarwo"][1:] == (None, None)
    assert ents["Rendi Kusuma"][1:] == (None, None)


def test_shared_rank_and_no_rank_are_left_alone(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Brigjen Darma Saputra meninjau lokasi banjir bersama Lina Marlina. "
            "Keduanya berbincang dengan warga setempat selama satu jam.")
    ents = _ents(make_doc, res, body, "Darma Saputra", "Lina Marlina")
    assert ents["Darma Saputra"][1:] == (None, None)
    assert ents["Lina Marlina"][1:] == (None, None)


def test_rank_code_reads_only_the_word_right_before(res: Resources) -> None:
    tables = entity_tables(res)
    body = "Kompol Yudi Pratama dan Yanti Sari datang."
    assert rank_code(body, body.index("Yudi"), tables) == ("IDN", "COP")
    assert rank_code(body, body.index("Yanti"), tables) is None


def test_initials_after_a_rank_get_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Penyidik memeriksa Bripka Rudi Rahmat terkait kasus itu. Menurut pengacaranya, "
            "Bripka RR hanya menjalankan perintah atasannya di lapangan.")
    ents = _ents(make_doc, res, body, "Rudi Rahmat")
    assert ents["Rudi Rahmat"] == ("PER", "IDN", "COP")
    assert ents.get("RR", ("PER", None, None))[1:] == (None, None)


def test_rank_tail_read_as_a_name_gets_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Dalam upacara itu, Komjen Pol. Drs. Heru Santosa memberikan sambutan singkat "
            "kepada para peserta pendidikan di Semarang.")
    doc = make_doc(body, published="2025-06-18",
                   ner=_persons(body, "Pol", "Heru Santosa"))
    ents = {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}
    assert ents.get("Pol", ("PER", None, None))[1:] == (None, None)
    assert ents["Heru Santosa"] == ("PER", "IDN", "COP")
