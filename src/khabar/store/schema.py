"""Tables of the store (SQLAlchemy Core), shared by the code and the Alembic migrations.

Spans are kept as ``span_start``/``span_end`` (``end`` is an SQL keyword). Nested lists
(hedges, actors) are JSON text so SQLite and PostgreSQL store them alike.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True, comment="sha256 of the text"),
    Column("text", Text, nullable=False),
    Column("pub_date", String(10), index=True),
    Column("source", Text),
    Column("url", Text),
    Column("headline", Text),
    Column("khabar_version", String(32)),
    Column("analysis", Text, nullable=False, comment="the Document as JSON"),
    Column("search_text", Text, comment="normalized words and stems (PostgreSQL full-text)"),
    Column("added_at", String(32), nullable=False),
    Column("n_chars", Integer, nullable=False, default=0),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("canonical", String(300), nullable=False, unique=True),
    Column("label", String(8), nullable=False),
    Column("n_mentions", Integer, nullable=False, server_default="0"),
    Column("n_documents", Integer, nullable=False, server_default="0"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("norm", Text, nullable=False, index=True),
    Column("label", String(8), nullable=False),
    Column("role", Text),
)

timexes = Table(
    "timexes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(64), nullable=False),
    Column("mod", String(16)),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(10), nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("cue_text", Text, nullable=False),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_text", Text),
    Column("speaker_type", String(20)),
    Column("speaker_canonical", String(300), index=True),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("bound", String(8), nullable=False),
    Column("category", String(64), nullable=False, index=True),
    Column("unit", String(64)),
    Column("subject", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_text", Text),
    Column("source_canonical", String(300)),
    Column("hedges", Text, nullable=False, default="[]", comment="JSON list of spans"),
    Column("place", String(300), index=True),
    Column("claim_date", String(32)),
    Column("pub_date", String(10), index=True),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("actors", Text, nullable=False, default="[]"),
    Column("targets", Text, nullable=False, default="[]"),
    Column("event_date", String(32)),
    Column("place", String(300)),
    Column("pub_date", String(10)),
    Column("modality", String(16), comment="null (asserted), negated, attempted, hypothetical, planned"),
    Column("actor_spans", Text, nullable=False, default="[]", comment="JSON list of spans"),
    Column("target_spans", Text, nullable=False, default="[]", comment="JSON list of spans"),
    Column("place_span", Text, comment="JSON span"),
    Column("sentence_span", Text, comment="JSON span"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", String(64), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

Index("ix_entities_rank", entities.c.n_documents, entities.c.n_mentions)
Index("ix_claims_series", claims.c.category, claims.c.place, claims.c.pub_date)
