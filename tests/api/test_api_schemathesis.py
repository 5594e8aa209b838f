"""Schemathesis fuzzes every API operation from the OpenAPI spec, on SQLite and PostgreSQL: no 5xx."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from khabar_store_fixtures import casualty_docs, new_pg_url

from khabar.api.app import create_app
from khabar.store import open_store

TOKEN = "fuzz-token"
_DB = Path(tempfile.mkdtemp(prefix="khabar-fuzz-")) / "fuzz.db"
_store = open_store(f"sqlite:///{_DB}")
for _doc in casualty_docs():
    _store.add(_doc)
app = create_app(_store, token=TOKEN, max_body=256 * 1024)
schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)


@pytest.fixture(scope="module")
def pg_app(postgres: str) -> Iterator[Any]:
    """The same app over PostgreSQL (which, unlike SQLite, refuses NUL characters in text)."""
    s = open_store(new_pg_url(postgres))
    for doc in casualty_docs():
        s.add(doc)
    yield create_app(s, token=TOKEN, max_body=256 * 1024)
    s.close()


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_error(case, pg_app) -> None:  # type: ignore[no-untyped-def]
    for target in (app, pg_app):
        for headers in ({"Authorization": f"Bearer {TOKEN}"}, {}):
            response = case.call(headers=headers, app=target)
            assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
