"""Shared fixtures: paths to the bundled example and the shared development data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "examples" / "seed-000.txt").read_text(encoding="utf-8")
