"""Entity classes found wrong on raw news (session 7), each with sentences written for
these tests:

- an acronym the article spells out as something else is not the dictionary actor
  (``Pajak Kendaraan Bermotor (PKB)`` is no party, ``Pajak Bumi dan Bangunan (PBB)`` not
  the United Nations); a variant spelling of the actor's own name keeps the link;
- an institution's name ends before the person its title introduces: at a Balinese name
  (``DPRD Gianyar I Wayan ...``), a rank (``Kompol``, ``Komisaris Besar``), after the
  place that follows an administrative word (``DPRD Kabupaten Malang``), and a province's
  short form that the NER took for a first name stays in the institution (``Kejati Jatim``);
- ``DPR Amerika Serikat`` is the US House, as ``DPR AS`` was;
- ``KBRI``/``KJRI`` alone are the Indonesian embassy and consulate (IDN/GOV).
"""

from __future__ import annotations

from warta.actors.titles import infer_from_title
from warta.doc import Mention
from warta.entities.acronyms import definitions, foreign_definitions
from warta.entities.component import extract_entities
from warta.resources import Resources


def _ents(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: (e.type, e.code, e.sector) for e in extract_entities(doc, res)}


def _person(body: str, name: str) -> Mention:
    start = body.index(name)
    return Mention(start, start + len(name), name, "ner", "PER")


# --- acronyms the article defines --------------------------------------------------------

def test_definitions_read_both_orders() -> None:
    body = ("Warga menunggak Pajak Kendaraan Bermotor (PKB) sejak tahun lalu. Target KPI "
            "(Key Performance Indicator) tim itu naik.")
    found = definitions(body, frozenset({"pt"}))
    assert found == {"PKB": "Pajak Kendaraan Bermotor", "KPI": "Key Performance Indicator"}


def test_tax_acronyms_are_not_the_party_or_the_un(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Pemerintah provinsi menghapus denda Pajak Kendaraan Bermotor (PKB) hingga akhir "
            "Agustus. Warga yang menunggak PKB cukup membayar pokoknya. Tagihan Pajak Bumi "
            "dan Bangunan (PBB) juga diberi diskon.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert "Partai Kebangkitan Bangsa" not in ents
    assert "Perserikatan Bangsa-Bangsa" not in ents
    assert not any(code in ("UNO",) or (code, sector) == ("IDN", "PTY")
                   for _, code, sector in ents.values())


def test_the_party_spelled_out_keeps_its_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Ketua Umum Partai Kebangkitan Bangsa (PKB) menghadiri rapat koalisi di Jakarta. "
            "PKB mendukung rancangan undang-undang itu.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents["Partai Kebangkitan Bangsa"] == ("ORG", "IDN", "PTY")


def test_variant_spelling_is_the_same_actor(res: Resources) -> None:
    for body in ("Komisi Pemberantas Korupsi (KPK) memeriksa bupati itu pada Senin.",
                 "Perusahaan Listrik Nasional (PLN) memadamkan listrik di tiga kecamatan."):
        assert foreign_definitions(body, res, "2025-06-18", frozenset({"pt"})) == {}, body


def test_a_foreign_university_acronym(res: Resources) -> None:
    body = "Peneliti Massachusetts Institute of Technology (MIT) menguji baterai baru."
    assert foreign_definitions(body, res, "2025-06-18", frozenset({"pt"})) == {
        "MIT": "Massachusetts Institute of Technology"}


# --- institutions end before the person ---------------------------------------------------

def test_balinese_name_after_a_regional_council(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Ketua DPRD Gianyar I Wayan Suarta mengatakan upacara adat digelar di pura desa."
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents.get("DPRD Gianyar") == ("ORG", "IDN", "LEG")
    assert not any(name.startswith("DPRD Gianyar I") for name in ents)


def test_police_ranks_end_the_unit(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Kasat Reskrim Polres Metro Depok Kompol Andi Wibowo mengatakan pelaku ditangkap."
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents.get("Polres Metro Depok") == ("ORG", "IDN", "COP")
    body = ("Kabid Humas Polda Jawa Tengah Komisaris Besar Andi Saputra mengatakan pelaku "
            "sudah ditahan di Semarang.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents.get("Polda Jawa Tengah") == ("ORG", "IDN", "COP")
    assert not any("Komisaris" in name for name in ents)


def test_spelled_rank_before_the_name_is_read_past(res: Resources) -> None:
    found = infer_from_title("Kabid Humas Polda Jawa Tengah Komisaris Besar ", "Andi Saputra",
                             "2025-06-18", res)
    assert found is not None and (found.code, found.sector) == ("IDN", "COP")


def test_regency_after_its_administrative_word(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Wakil Ketua DPRD Kabupaten Malang Rudi Hartono Saputra mengatakan anggaran desa "
            "akan dinaikkan tahun depan.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents.get("DPRD Kabupaten Malang") == ("ORG", "IDN", "LEG")
    body = ("Anggota DPRD Kabupaten Barito Timur Rudi Hartono mengatakan jalan desa akan "
            "diperbaiki.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents.get("DPRD Kabupaten Barito Timur") == ("ORG", "IDN", "LEG")


def test_province_short_form_the_ner_read_as_a_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Kepala Kejati Jatim Heru Pramono mengatakan penyidik sudah memeriksa tiga saksi."
    ner = (_person(body, "Jatim Heru Pramono"),)
    ents = _ents(make_doc(body, published="2025-06-18", ner=ner), res)
    assert ents.get("Kejati Jawa Timur") == ("ORG", "IDN", "JUD")


# --- foreign legislatures and Indonesian missions ------------------------------------------

def test_dpr_of_a_foreign_country(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Ketua DPR Amerika Serikat Paul Ryan mengkritik kebijakan itu. Ketua DPR Puan "
            "Maharani tidak berkomentar.")
    ents = _ents(make_doc(body, published="2018-03-01"), res)
    assert ents.get("DPR Amerika Serikat") == ("ORG", "USA", "LEG")
    assert ents.get("Paul Ryan", ("PER", "USA", "LEG"))[1:] == ("USA", "LEG")
    found = infer_from_title("Ketua DPR Amerika Serikat ", "Fulan Walker", "2025-06-18", res)
    assert found is not None and (found.code, found.sector) == ("USA", "LEG")


def test_dpr_before_an_indonesian_name_stays(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Anggota DPR Budi Santosa Wirawan mengatakan DPR akan memanggil menteri. Wakil "
            "Ketua DPR RI Adies Kadir hadir dalam rapat itu.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert not any(name.startswith("DPR RI ") or name.startswith("DPR Budi") for name in ents)
    assert all(code == "IDN" for _, code, _ in ents.values() if code)


def test_embassy_acronym_alone(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("KBRI di Teheran terus memantau keadaan warga negara Indonesia, sementara KJRI "
            "menyiapkan bus untuk evakuasi.")
    ents = _ents(make_doc(body, published="2025-06-18"), res)
    assert ents.get("Kedutaan Besar Republik Indonesia") == ("ORG", "IDN", "GOV")
    assert ents.get("Konsulat Jenderal Republik Indonesia") == ("ORG", "IDN", "GOV")


def test_english_name_of_an_international_body_keeps_the_link(res: Resources) -> None:
    for body in ("Laporan United Nations Development Programme (UNDP) menyebut angka "
                 "kemiskinan turun.",
                 "Menurut United Nations Children's Fund (UNICEF), ribuan anak mengungsi."):
        assert foreign_definitions(body, res, "2025-06-18", frozenset({"pt"})) == {}, body


def test_person_the_ner_read_with_the_institution_place(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Kasi Penkum Kejati Sumsel Rina Ayu Permata Sari membenarkan kejadian itu kepada "
            "wartawan di Palembang.")
    ner = (_person(body, "Sumsel Rina Ayu Permata Sari"),)
    ents = _ents(make_doc(body, published="2025-06-18", ner=ner), res)
    assert ents.get("Kejati Sumatera Selatan") == ("ORG", "IDN", "JUD")
    assert ents.get("Rina Ayu Permata Sari", ("",))[0] == "PER"


def test_office_set_off_by_a_comma_before_the_rank(res: Resources) -> None:
    for context, sector in [("kata Kapolres Jember, AKBP ", "COP"),
                            ("ujar Kabid Humas Polda Jawa Tengah, Kombes ", "COP"),
                            ("kata Bupati Sleman, Bapak ", "GOV")]:
        found = infer_from_title(context, "Fulan Hartono", "2025-06-18", res)
        assert found is not None and (found.code, found.sector) == ("IDN", sector), context
    # a person before the comma is no office: nothing is read across it
    assert infer_from_title("kata Presiden Joko Widodo, Kombes ", "Fulan Hartono",
                            "2025-06-18", res) is None
    assert infer_from_title("hadir pula Fulan Wijaya, AKBP ", "Fulan Hartono",
                            "2025-06-18", res) is None


def test_office_with_a_short_form_before_the_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Menteri Perhubungan (Menhub) Dudi Santoso meninjau jalan tol. Menteri "
            "Ketenagakerjaan (Menaker) Yasmin meminta perusahaan membayar upah tepat waktu.")
    ner = (_person(body, "Dudi Santoso"), _person(body, "Yasmin"))
    ents = _ents(make_doc(body, published="2025-06-18", ner=ner), res)
    assert "Perhubungan" not in ents and "Ketenagakerjaan" not in ents
    assert ents.get("Dudi Santoso", ("",))[0] == "PER"


def test_corps_after_a_rank_is_no_name(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = ("Komandan Yonarhanud 10, Letkol Arh Syarief Budiman mengapresiasi tindakan "
            "prajuritnya yang menolong warga.")
    ner = (_person(body, "Arh Syarief Budiman"),)
    ents = _ents(make_doc(body, published="2025-06-18", ner=ner), res)
    assert ents.get("Syarief Budiman") == ("PER", "IDN", "MIL")
    assert not any(name.startswith("Arh") for name in ents)
