"""Test helper: import a module of ``training/`` (not a package) by its file name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TRAINING = Path(__file__).resolve().parents[2] / "training"


def training_module(name: str) -> ModuleType:
    """``training/<name>.py``, with ``training/`` on the path for its own imports."""
    if str(TRAINING) not in sys.path:
        sys.path.insert(0, str(TRAINING))
    spec = importlib.util.spec_from_file_location(name, TRAINING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
