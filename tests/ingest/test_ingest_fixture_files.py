"""Every committed fixture file yields the documents and rejects listed in expected.yaml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_yields_expected(name: str, ingest: Callable[..., Any]) -> None:
    docs, rejects = ingest([FIXTURES / name])
    assert len(docs) == EXPECTED[name]["documents"]
    assert [r.code for r in rejects] == EXPECTED[name]["rejects"]
    for doc in docs:
        assert doc.source == str(FIXTURES / name)
        assert "\r" not in doc.content
        assert doc.sha256 and doc.id[:2] in ("i-", "u-", "c-")


def test_every_fixture_is_listed() -> None:
    files = {p.name for p in FIXTURES.iterdir() if p.name != "expected.yaml"}
    assert files == set(EXPECTED)


def test_fixture_text_encodings_decode_to_the_same_characters(ingest: Callable[..., Any]) -> None:
    docs, _ = ingest([FIXTURES / "artikel_bom_crlf.txt", FIXTURES / "artikel_cp1252.txt",
                      FIXTURES / "artikel_latin1.txt"])
    bom, cp1252, latin1 = docs
    assert bom.content.startswith("Pemerintah Kota Bogor")  # BOM stripped
    assert bom.content == ("Pemerintah Kota Bogor membuka pendaftaran sekolah.\n"
                           "Pendaftaran dibuka hingga akhir bulan.\n")
    assert "\u201cSenja\u201d" in cp1252.content and "\u2013" in cp1252.content
    assert "crêpe" in latin1.content
