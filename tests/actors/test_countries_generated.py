"""countries.tsv is what scripts/build_countries.py generates, and covers ISO 3166-1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from warta.resources import Resources

ROOT = Path(__file__).resolve().parents[2]


def test_every_iso_country_listed(res: Resources) -> None:
    rows = res.get("actors/countries.tsv")
    assert len(rows) >= 249
    assert len({r["iso3"] for r in rows}) == len(rows)


def test_generated_file_is_up_to_date() -> None:
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_countries.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
