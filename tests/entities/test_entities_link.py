"""Types and codes: date-aware roles, titles, capitals that act, agencies."""

from __future__ import annotations

from warta.doc import Mention
from warta.entities.component import EntitiesComponent, extract_entities
from warta.resources import Resources


def _by_name(doc, res):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(doc, res)}


def test_same_name_different_dates(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    text = "Joko Widodo meresmikan jalan tol baru di Sumatra."
    before = _by_name(make_doc(text, "2023-03-01"), res)["Joko Widodo"]
    after = _by_name(make_doc(text, "2025-03-01"), res)["Joko Widodo"]
    assert (before.code, before.sector) == ("IDN", "GOV")
    assert after.code is None


def test_title_codes_an_unknown_person(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Menteri Luar Negeri Cile Ramona Valdivieso menyatakan keberatan.")
    ent = _by_name(doc, res)["Ramona Valdivieso"]
    assert (ent.type, ent.code, ent.sector) == ("PER", "CHL", "GOV")


def test_police_title_with_rank(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kapolda Sumatera Barat Irjen Budi Santosa memimpin apel pagi.")
    ent = _by_name(doc, res)["Budi Santosa"]
    assert (ent.code, ent.sector) == ("IDN", "COP")


def test_capital_acting_vs_place(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    acting = _by_name(make_doc("Rusia menuntut agar Kiev mengakui wilayah itu."), res)["Kiev"]
    assert (acting.type, acting.code, acting.sector) == ("LOC", "UKR", "GOV")
    place = _by_name(make_doc("Para diplomat bertemu di Doha pekan ini."), res)["Doha"]
    assert (place.type, place.code) == ("LOC", None)


def test_metonym_is_a_government(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    ent = _by_name(make_doc("Kremlin membantah laporan tersebut."), res)["Kremlin"]
    assert (ent.type, ent.code, ent.sector) == ("ORG", "RUS", "GOV")


def test_country_is_a_place_with_a_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    ent = _by_name(make_doc("Venezuela mengirim nota protes."), res)["Venezuela"]
    assert (ent.type, ent.code, ent.sector) == ("LOC", "VEN", None)


def test_news_agency_has_no_code(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    ent = _by_name(make_doc("Seperti dilansir Reuters, kapal itu tenggelam."), res)["Reuters"]
    assert (ent.type, ent.code) == ("ORG", None)


def test_institution_takes_the_country(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    ents = _by_name(make_doc("Kementerian Pertahanan Rusia merilis video baru."), res)
    ent = ents["Kementerian Pertahanan Rusia"]
    assert (ent.type, ent.code, ent.sector) == ("ORG", "RUS", "GOV")


def test_ner_mentions_are_used(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    body = "Rektor Universitas Gadjah Mada Ova Emilia membuka seminar di Yogyakarta."
    start = body.index("Universitas")
    ner = (Mention(start, start + len("Universitas Gadjah Mada"), "Universitas Gadjah Mada",
                   "ner", "ORG"),
           Mention(body.index("Yogyakarta"), body.index("Yogyakarta") + 10, "Yogyakarta",
                   "ner", "LOC"))
    ents = _by_name(make_doc(body, ner=ner), res)
    assert ents["Universitas Gadjah Mada"].type == "ORG"
    assert ents["Yogyakarta"].type == "LOC"


def test_component_is_deterministic_and_ids_follow_text(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Israel dan Hamas saling tuding. Mesir menengahi, kata Kairo.")
    comp = EntitiesComponent()
    first, second = comp(doc, res).entities, comp(doc, res).entities
    assert first == second
    assert [e.id for e in first] == [f"e{i}" for i in range(1, len(first) + 1)]
    starts = [e.mentions[0].start for e in first]
    assert starts == sorted(starts)


def test_mentions_keep_body_offsets(make_doc, res: Resources) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Pemerintah Jepang dan Korea Selatan berunding di Tokyo.")
    for ent in extract_entities(doc, res):
        for m in ent.mentions:
            assert doc.body[m.start:m.end] == m.text
