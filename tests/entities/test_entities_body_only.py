"""Entities come from the body only: a related-headline line and the headline itself, which
the clean stage removes, name no entity."""

from __future__ import annotations

from warta.clean.component import CleanComponent
from warta.config import CleanConfig
from warta.doc import Document, RawDocument
from warta.entities.component import EntitiesComponent
from warta.resources import Resources

PAGE = """Warga Lombok Gelar Doa Bersama untuk Korban Banjir

Mataram - Ratusan warga Lombok Barat berkumpul di halaman masjid pada Minggu (5/5) untuk berdoa bersama bagi korban banjir. Gubernur Nusa Tenggara Barat hadir dan menyapa warga.

Baca juga: Presiden Prancis Temui Kanselir Jerman di Berlin

Bantuan dari Palang Merah Indonesia tiba sore harinya, kata seorang relawan.
"""


def test_no_entity_from_boilerplate(res: Resources) -> None:
    raw = RawDocument(id="p", source="test", locator="p", format="text", content=PAGE)
    doc = CleanComponent(CleanConfig())(Document.from_raw(raw), res)
    assert "Prancis" not in doc.body
    names = {e.name for e in EntitiesComponent()(doc, res).entities}
    assert not names & {"Prancis", "Jerman", "Berlin"}
    assert "Palang Merah Indonesia" in names
