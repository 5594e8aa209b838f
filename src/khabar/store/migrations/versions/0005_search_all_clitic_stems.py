"""Search indexes every proclitic-free stem of a word, not only the default one.

A word with two proclitics (وبغزة، فبالقاهرة) was indexed under its default split only
(بغزة), so a search for غزة missed it. Every stored document's search terms are rebuilt
from its text with the current rules (:func:`khabar.store.db.search_terms`).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from khabar.store.db import search_terms

    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.execute(sa.text("DELETE FROM documents_fts"))
    last = ""
    while True:
        rows = conn.execute(sa.text("SELECT id, text FROM documents WHERE id > :last ORDER BY id LIMIT 500"),
                            {"last": last}).all()
        if not rows:
            break
        params = [{"d": r[0], "t": " ".join(search_terms(r[1]))} for r in rows]
        if sqlite:
            conn.execute(sa.text("INSERT INTO documents_fts (terms, doc_id) VALUES (:t, :d)"), params)
        else:
            conn.execute(sa.text("UPDATE documents SET search_text = :t WHERE id = :d"), params)
        last = rows[-1][0]


def downgrade() -> None:
    """Nothing to undo: the terms are a superset of the old ones and search keeps working."""
