"""Events keep their factuality and every span: actors, targets, place and sentence.

Only the trigger span was stored; the analysis has the actor, target and place spans and
whether the event is asserted, negated, planned ... (``modality``), which a listing needs so
a planned strike is never read as one that happened. Existing rows are filled from the
stored analysis.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _span(sp: dict[str, Any] | None) -> str | None:
    if not sp:
        return None
    return json.dumps({"start": sp["start"], "end": sp["end"], "text": sp["text"]}, ensure_ascii=False)


def _spans(xs: list[dict[str, Any]] | None) -> str:
    return json.dumps([{"start": s["start"], "end": s["end"], "text": s["text"]} for s in xs or []],
                      ensure_ascii=False)


def upgrade() -> None:
    op.add_column("events", sa.Column("modality", sa.String(16)))
    op.add_column("events", sa.Column("actor_spans", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("events", sa.Column("target_spans", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("events", sa.Column("place_span", sa.Text()))
    op.add_column("events", sa.Column("sentence_span", sa.Text()))
    conn = op.get_bind()
    doc_ids = [r[0] for r in conn.execute(sa.text("SELECT DISTINCT doc_id FROM events ORDER BY doc_id"))]
    update = sa.text("UPDATE events SET modality = :modality, actor_spans = :actors, target_spans = :targets, "
                     "place_span = :place, sentence_span = :sentence WHERE id = :id")
    for doc_id in doc_ids:
        analysis = conn.execute(sa.text("SELECT analysis FROM documents WHERE id = :d"), {"d": doc_id}).scalar()
        try:
            events = json.loads(analysis or "{}").get("events") or []
        except ValueError:
            continue
        ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM events WHERE doc_id = :d ORDER BY id"),
                                          {"d": doc_id})]
        if len(ids) != len(events):
            continue
        conn.execute(update, [
            {"id": i, "modality": ev.get("modality"), "actors": _spans(ev.get("actor_spans")),
             "targets": _spans(ev.get("target_spans")), "place": _span(ev.get("place_span")),
             "sentence": _span(ev.get("sentence"))}
            for i, ev in zip(ids, events, strict=True)
        ])


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name in ("sentence_span", "place_span", "target_spans", "actor_spans", "modality"):
            batch.drop_column(name)
