"""Property-based run of every API operation from the OpenAPI spec: no answer may be a 5xx."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from khabar_store_fixtures import casualty_docs

from khabar.api.app import create_app
from khabar.store import open_store

TOKEN = "fuzz-token"
_DB = Path(tempfile.mkdtemp(prefix="khabar-fuzz-")) / "fuzz.db"
_store = open_store(f"sqlite:///{_DB}")
for _doc in casualty_docs():
    _store.add(_doc)
app = create_app(_store, token=TOKEN, max_body=256 * 1024)
schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_error(case) -> None:  # type: ignore[no-untyped-def]
    for headers in ({"Authorization": f"Bearer {TOKEN}"}, {}):
        response = case.call(headers=headers)
        assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
