from __future__ import annotations

import pytest

from warta.resources import Resources, load_resources


@pytest.fixture(scope="session")
def res() -> Resources:
    return load_resources()
