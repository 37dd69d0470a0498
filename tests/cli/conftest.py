"""Fixtures of the CLI tests (see cli_helpers)."""

from __future__ import annotations

from cli_helpers import fake_stage

__all__ = ["fake_stage"]
