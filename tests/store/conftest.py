"""Fixtures for the store tests (shared with tests/api and tests/web)."""

from __future__ import annotations

from khabar_store_fixtures import db_url, postgres, store  # noqa: F401
