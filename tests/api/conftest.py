"""API fixtures: the store fixtures of tests/store, and a TestClient over a fresh store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from khabar_store_fixtures import casualty_docs, db_url, postgres, store  # noqa: E402,F401

TOKEN = "test-token-0f9a"


@pytest.fixture
def client(store):  # type: ignore[no-untyped-def]  # noqa: F811
    """A client of the app over a store holding the casualty reports."""
    from fastapi.testclient import TestClient

    from khabar.api.app import create_app

    for doc in casualty_docs():
        store.add(doc)
    with TestClient(create_app(store, token=TOKEN, max_body=64 * 1024)) as c:
        yield c


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def no_token_client(tmp_path: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from khabar.api.app import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'x.db'}", token="")) as c:
        yield c
