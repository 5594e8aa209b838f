"""The store: analyzed documents in SQLite or PostgreSQL, with search and claim series.

    from khabar.store import open_store
    store = open_store("sqlite:///news.db")     # or None: KHABAR_DB, else ./khabar.db
    doc_id, added = store.add(doc)             # idempotent by content hash

Names load lazily so the CLI, which imports ``khabar.store.commands``, starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from khabar.store.db import Store, content_id, open_store, resolve_url

__all__ = ["Store", "content_id", "open_store", "resolve_url"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from khabar.store import db

        return getattr(db, name)
    raise AttributeError(name)
