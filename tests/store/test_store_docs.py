"""docs/store.md documents every table and every column of store/schema.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta.store.schema import TABLES

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def _section(table: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^### {table}\n(.*?)(?=^##|\Z)", text, re.S | re.M)
    assert match, f"docs/store.md has no '### {table}' section"
    return match.group(1)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_column_is_documented(table: str) -> None:
    section = _section(table)
    documented = set(re.findall(r"`([a-z_0-9]+)`", section))
    missing = [c for c in TABLES[table].names if c not in documented]
    assert missing == [], f"{table}: undocumented columns {missing}"
