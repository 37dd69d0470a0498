"""Titles written with a short form in parentheses (``Duta Besar (Dubes) Iran``, ``Kepala
Pusat Penerangan (Kapuspen) TNI``) still code the person they introduce, and the nearest
title head that names no state gives way to the office before it (``Bupati Raja Ampat``:
``Raja`` is part of the regency's name)."""

from __future__ import annotations

import pytest

from warta.actors.titles import infer_from_title
from warta.resources import Resources


@pytest.mark.parametrize("context,code,sector", [
    ("Hal itu disampaikan Duta Besar (Dubes) Iran untuk PBB,", "IRN", "GOV"),
    ("Kepala Pusat Penerangan (Kapuspen) TNI Mayjen TNI", "IDN", "MIL"),
    ("Hal ini diungkapkan oleh Direktur Utama PT Pupuk Sejahtera (PPS)", "IDN", "BUS"),
    ("Kepala Dinas Penerangan TNI Angkatan Laut (Kadispenal) Laksamana Pertama (Laksma)",
     "IDN", "MIL"),
    ("Nama Bupati Raja Ampat", "IDN", "GOV"),
])
def test_title_with_aside_codes_the_person(res: Resources, context: str, code: str,
                                           sector: str) -> None:
    found = infer_from_title(context, "Fulan Fulani", "2025-06-01", res)
    assert found is not None
    assert (found.code, found.sector) == (code, sector)


def test_former_office_still_gives_no_code(res: Resources) -> None:
    assert infer_from_title("mantan Bupati Raja Ampat", "Fulan", "2025-06-01", res) is None
    assert infer_from_title("mantan Duta Besar (Dubes) Iran", "Fulan", "2025-06-01", res) is None
