"""The store: analyzed documents in SQLite (default) or PostgreSQL, same code for both.

Documents are keyed by the sha256 of their text, so adding one twice changes nothing, even
from two processes at once: SQLite writers take ``BEGIN IMMEDIATE`` (one writer at a time,
others wait on the busy timeout); PostgreSQL relies on ``INSERT ... ON CONFLICT DO NOTHING``.
Entities are merged across documents by canonical name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, create_engine, event, func, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url

from khabar.model import Document
from khabar.store import schema as S
from khabar.text import normalize, normalize_word, tokenize
from khabar.text.tokens import proclitic_splits

DEFAULT_URL = "sqlite:///khabar.db"
MIGRATIONS = Path(__file__).with_name("migrations")
MAX_LIMIT = 200


def content_id(text_: str) -> str:
    """The document id: sha256 of the UTF-8 text."""
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


def resolve_url(url: str | None) -> str:
    """``url``, else ``KHABAR_DB``, else ``khabar.db`` in the cwd; a bare path means SQLite."""
    url = url or os.environ.get("KHABAR_DB") or DEFAULT_URL
    if "://" not in url:
        url = "sqlite:///" + url
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _forms(norm: str, stem: str) -> list[str]:
    """A word as search indexes it: its normalized form, its default stem, and every other
    proclitic-free stem (وبغزة gives بغزة and غزة; والقدس gives القدس and قدس)."""
    out = [norm]
    for form in (stem, *(st for _, st in proclitic_splits(norm))):
        if form not in out:
            out.append(form)
    return out


def search_terms(text_: str) -> list[str]:
    """The units full-text search indexes: every word's forms (see :func:`_forms`)."""
    out: list[str] = []
    for tok in tokenize(normalize(text_)):
        out.extend(_forms(tok.norm.lower(), tok.stem.lower()))
    return out


def query_groups(query: str) -> list[list[str]]:
    """One group per query word, any of whose forms may match: the word, its default stem,
    and the stem under a two-letter-or-longer proclitic (وب، ال، لل، وال ...), which is
    seldom part of the word itself; a lone ب or ك is (بيروت، كتاب), so it is not stripped."""
    groups: list[list[str]] = []
    for tok in tokenize(normalize(query)):
        norm = tok.norm.lower()
        alts = {norm, tok.stem.lower()}
        prefix, stem = proclitic_splits(norm)[0]
        if len(prefix) >= 2:
            alts.add(stem)
        group = sorted(alts)
        if group not in groups:
            groups.append(group)
    return groups[:16]


def _clean(s: str | None) -> str | None:
    """A query string PostgreSQL accepts (it refuses NUL characters in text)."""
    return None if s is None else s.replace("\x00", "")


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _span(start: int | None, end: int | None, txt: str | None) -> dict[str, Any] | None:
    if start is None or end is None or txt is None:
        return None
    return {"start": start, "end": end, "text": txt}


class Store:
    """Documents and their layers in one database; see :func:`open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # --- writing ----------------------------------------------------------------------

    def _write(self) -> Connection:
        """A connection whose transaction takes the SQLite write lock up front."""
        return self.engine.connect().execution_options(khabar_write=True)

    def _insert(self, table: Any) -> Any:
        mod = postgresql if self.dialect == "postgresql" else sqlite
        return mod.insert(table)

    def add(self, doc: Document) -> tuple[str, bool]:
        """Store ``doc`` with its layers; returns (id, newly added). Idempotent."""
        return self.add_many([doc])[0]

    def add_many(self, docs: list[Document]) -> list[tuple[str, bool]]:
        """Store several documents in one transaction; (id, newly added) for each, in order.

        Entities are upserted first, then documents, each in sorted order, so concurrent
        writers on PostgreSQL always take row locks in the same order (no deadlock).
        """
        for doc in docs:
            if "\x00" in doc.text:
                raise ValueError("document text contains NUL characters")
        ids = [content_id(d.text) for d in docs]
        if not ids:
            return []
        todo = sorted({i: d for i, d in zip(ids, docs, strict=True)}.items())
        added: dict[str, bool] = {}
        with self._write() as conn, conn.begin():
            present = set(conn.execute(select(S.documents.c.id).where(S.documents.c.id.in_(ids))).scalars())
            todo = [(i, d) for i, d in todo if i not in present]
            entity_ids = self._upsert_entities(conn, [d for _, d in todo])
            for doc_id, doc in todo:
                added[doc_id] = self._add_one(conn, doc_id, doc, entity_ids)
            self._count_entities(conn, [d for i, d in todo if added[i]], entity_ids)
        return [(i, added.pop(i, False)) for i in ids]  # a repeat within the batch is not new

    def _upsert_entities(self, conn: Connection, docs: list[Document]) -> dict[str, int]:
        labels: dict[str, str] = {}
        for doc in docs:
            for e in doc.entities:
                labels.setdefault(e.canonical, e.label)
        if not labels:
            return {}
        names = sorted(labels)
        conn.execute(self._insert(S.entities).on_conflict_do_nothing(index_elements=["canonical"]),
                     [{"canonical": c, "label": labels[c]} for c in names])
        ids: dict[str, int] = {}
        for k in range(0, len(names), 500):
            rows = conn.execute(select(S.entities.c.id, S.entities.c.canonical)
                                .where(S.entities.c.canonical.in_(names[k:k + 500])))
            ids.update({r.canonical: r.id for r in rows})
        return ids

    def _count_entities(self, conn: Connection, docs: list[Document], ids: dict[str, int]) -> None:
        """Add the new documents' mentions to the entity counts, in entity order (no deadlocks)."""
        mentions: Counter[int] = Counter()
        documents: Counter[int] = Counter()
        for doc in docs:
            mentions.update(ids[e.canonical] for e in doc.entities)
            documents.update({ids[e.canonical] for e in doc.entities})
        if not mentions:
            return
        e = S.entities
        conn.execute(
            e.update().where(e.c.id == bindparam("eid"))
            .values(n_mentions=e.c.n_mentions + bindparam("dm"), n_documents=e.c.n_documents + bindparam("dd")),
            [{"eid": k, "dm": mentions[k], "dd": documents[k]} for k in sorted(mentions)],
        )

    def _add_one(self, conn: Connection, doc_id: str, doc: Document, entity_ids: dict[str, int]) -> bool:
        pub = doc.publication_date.value
        terms = " ".join(search_terms(doc.text))
        headline = doc.layout.headline.text if doc.layout.headline else _first_line(doc.text)
        res = conn.execute(
            self._insert(S.documents).values(
                id=doc_id, text=doc.text, pub_date=pub, source=doc.meta.source, url=doc.meta.url,
                headline=headline, khabar_version=doc.meta.khabar_version,
                analysis=doc.to_json(indent=None),
                search_text=terms if self.dialect == "postgresql" else None,
                added_at=_now(), n_chars=len(doc.text),
            ).on_conflict_do_nothing().returning(S.documents.c.id)
        )
        if res.first() is None:  # another process added it meanwhile
            return False
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts (terms, doc_id) VALUES (:t, :d)"),
                         {"t": terms, "d": doc_id})
        self._add_layers(conn, doc_id, doc, pub, entity_ids)
        return True

    def _add_layers(self, conn: Connection, doc_id: str, doc: Document, pub: str | None,
                    ids: dict[str, int]) -> None:
        if doc.entities:
            conn.execute(S.mentions.insert(), [
                {"doc_id": doc_id, "entity_id": ids[e.canonical], "span_start": e.start, "span_end": e.end,
                 "text": e.text, "norm": normalize_word(e.text), "label": e.label, "role": e.role}
                for e in doc.entities
            ])
        if doc.timexes:
            conn.execute(S.timexes.insert(), [
                {"doc_id": doc_id, "span_start": t.start, "span_end": t.end, "text": t.text, "type": t.type,
                 "value": t.value, "mod": t.mod} for t in doc.timexes
            ])
        if doc.attributions:
            rows_q = []
            for a in doc.attributions:
                sp = a.speaker
                rows_q.append({
                    "doc_id": doc_id, "kind": a.kind, "cue_start": a.cue.start, "cue_end": a.cue.end,
                    "cue_text": a.cue.text, "speaker_start": sp.start if sp else None,
                    "speaker_end": sp.end if sp else None, "speaker_text": sp.text if sp else None,
                    "speaker_type": sp.type if sp else None, "speaker_canonical": sp.canonical if sp else None,
                    "content_start": a.content.start, "content_end": a.content.end,
                    "content_text": a.content.text,
                })
            conn.execute(S.quotes.insert(), rows_q)
        if doc.claims:
            conn.execute(S.claims.insert(), [
                {"doc_id": doc_id, "span_start": c.quantity.start, "span_end": c.quantity.end,
                 "text": c.quantity.text, "value": float(c.value),
                 "value_max": None if c.value_max is None else float(c.value_max), "bound": c.bound,
                 "category": c.category, "unit": c.unit, "subject": c.subject,
                 "source_start": c.source.start if c.source else None,
                 "source_end": c.source.end if c.source else None,
                 "source_text": c.source.text if c.source else None,
                 "source_canonical": c.source.canonical if c.source else None,
                 "hedges": json.dumps([h.model_dump() for h in c.hedges], ensure_ascii=False),
                 "place": c.place, "claim_date": c.date, "pub_date": pub}
                for c in doc.claims
            ])
        if doc.events:
            conn.execute(S.events.insert(), [
                {"doc_id": doc_id, "type": ev.type, "mode": ev.mode, "span_start": ev.trigger.start,
                 "span_end": ev.trigger.end, "text": ev.trigger.text,
                 "actors": json.dumps(ev.actors, ensure_ascii=False),
                 "targets": json.dumps(ev.targets, ensure_ascii=False),
                 "event_date": ev.date, "place": ev.place, "pub_date": pub, "modality": ev.modality,
                 "actor_spans": _spans_json(ev.actor_spans), "target_spans": _spans_json(ev.target_spans),
                 "place_span": _span_json(ev.place_span), "sentence_span": _span_json(ev.sentence)}
                for ev in doc.events
            ])

    def add_failure(self, source: str, reason: str, message: str) -> None:
        """Record an input that could not be analyzed (batch runs go on)."""
        with self._write() as conn, conn.begin():
            conn.execute(S.failures.insert().values(source=source, reason=reason, message=message[:2000],
                                                    at=_now()))

    # --- reading ----------------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        """The stored Document, or None."""
        doc_id = _clean(doc_id) or ""
        with self.engine.connect() as conn:
            row = conn.execute(select(S.documents.c.analysis).where(S.documents.c.id == doc_id)).first()
        return Document.model_validate_json(row.analysis) if row else None

    def get_json(self, doc_id: str) -> str | None:
        """The stored analysis as JSON text (compact), without re-validating it."""
        doc_id = _clean(doc_id) or ""
        with self.engine.connect() as conn:
            row = conn.execute(select(S.documents.c.analysis).where(S.documents.c.id == doc_id)).first()
        return row.analysis if row else None

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(S.documents)).scalar_one())

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for t in (S.documents, S.entities, S.mentions, S.timexes, S.quotes, S.claims, S.events, S.failures):
                out[t.name] = int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        return out

    def documents(self, offset: int = 0, limit: int = 20) -> tuple[int, list[dict[str, Any]]]:
        """A page of documents, newest publication date first."""
        limit = max(0, min(limit, MAX_LIMIT))
        d = S.documents
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(d)).scalar_one())
            rows = conn.execute(
                select(d.c.id, d.c.headline, d.c.pub_date, d.c.source, d.c.url, d.c.added_at, d.c.n_chars)
                .order_by(d.c.pub_date.desc().nulls_last(), d.c.added_at.desc(), d.c.id)
                .offset(max(0, offset)).limit(limit)
            ).mappings().all()
        return total, [dict(r) for r in rows]

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        """Every stored Document, in id order (for export)."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(select(S.documents.c.id, S.documents.c.analysis)
                                    .where(S.documents.c.id > last).order_by(S.documents.c.id)
                                    .limit(batch)).all()
            if not rows:
                return
            for r in rows:
                yield Document.model_validate_json(r.analysis)
            last = rows[-1].id

    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.failures).order_by(S.failures.c.id)).mappings().all()
        return [dict(r) for r in rows]

    def search(self, query: str, offset: int = 0, limit: int = 20) -> tuple[int, list[dict[str, Any]]]:
        """Full-text search over normalized Arabic: every query word (or its stem) must occur."""
        groups = query_groups(_clean(query) or "")
        limit = max(0, min(limit, MAX_LIMIT))
        offset = max(0, offset)
        if not groups:
            return 0, []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                match = " AND ".join("(" + " OR ".join(f'"{t}"' for t in g) + ")" for g in groups)
                total = int(conn.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"),
                                         {"q": match}).scalar_one())
                hits = conn.execute(text(
                    "SELECT doc_id, bm25(documents_fts) AS score FROM documents_fts "
                    "WHERE documents_fts MATCH :q ORDER BY score, doc_id LIMIT :l OFFSET :o"),
                    {"q": match, "l": limit, "o": offset}).all()
                ids = [(h.doc_id, -float(h.score)) for h in hits]
            else:
                tsq = " & ".join("(" + " | ".join(f"'{t}'" for t in g) + ")" for g in groups)
                cond = "search_tsv @@ to_tsquery('simple', :q)"
                total = int(conn.execute(text(f"SELECT count(*) FROM documents WHERE {cond}"),
                                         {"q": tsq}).scalar_one())
                hits = conn.execute(text(
                    "SELECT id AS doc_id, ts_rank(search_tsv, to_tsquery('simple', :q)) AS score "
                    f"FROM documents WHERE {cond} ORDER BY score DESC, id LIMIT :l OFFSET :o"),
                    {"q": tsq, "l": limit, "o": offset}).all()
                ids = [(h.doc_id, float(h.score)) for h in hits]
            if not ids:
                return total, []
            d = S.documents
            rows = {r.id: r for r in conn.execute(
                select(d.c.id, d.c.text, d.c.headline, d.c.pub_date, d.c.source)
                .where(d.c.id.in_([i for i, _ in ids])))}
        terms = {t for g in groups for t in g}
        out = []
        for doc_id, score in ids:
            r = rows[doc_id]
            out.append({"id": doc_id, "headline": r.headline, "pub_date": r.pub_date, "source": r.source,
                        "score": round(score, 6), "snippet": _snippet(r.text, terms)})
        return total, out

    # --- entities ---------------------------------------------------------------------

    def entities(self, query: str | None = None, offset: int = 0,
                 limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
        """Entities with their mention and document counts, most documents first."""
        e, m = S.entities, S.mentions
        limit = max(0, min(limit, MAX_LIMIT))
        base = select(e.c.id, e.c.canonical, e.c.label, e.c.n_mentions.label("mentions"),
                      e.c.n_documents.label("documents")).where(e.c.n_mentions > 0)
        query = _clean(query)
        if query:
            q = query.strip()
            like = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            base = base.where(func.lower(e.c.canonical).like(like, escape="\\")
                              | e.c.id.in_(select(m.c.entity_id).where(m.c.norm == normalize_word(q))))
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(base.subquery())).scalar_one())
            rows = conn.execute(base.order_by(e.c.n_documents.desc(), e.c.n_mentions.desc(), e.c.canonical)
                                .offset(max(0, offset)).limit(limit)).mappings().all()
        return total, [dict(r) for r in rows]

    def find_entity(self, name: str) -> int | None:
        """An entity id by id, canonical name (any case) or an Arabic surface form."""
        e, m = S.entities, S.mentions
        name = _clean(name) or ""
        with self.engine.connect() as conn:
            if name.isascii() and name.isdigit() and len(name) < 10:
                row = conn.execute(select(e.c.id).where(e.c.id == int(name))).first()
                if row:
                    return int(row.id)
            row = conn.execute(select(e.c.id).where(func.lower(e.c.canonical) == name.strip().lower())
                               .order_by(e.c.id)).first()
            if row:
                return int(row.id)
            norm = normalize_word(name.strip())
            forms = [norm] + [norm[len(p):] for p in ("ال", "و", "وال") if norm.startswith(p)]
            forms += ["ال" + norm, "و" + norm]
            row = conn.execute(select(m.c.entity_id, func.count().label("n")).where(m.c.norm.in_(forms))
                               .group_by(m.c.entity_id).order_by(func.count().desc(), m.c.entity_id)).first()
            return int(row.entity_id) if row else None

    def entity(self, name: str, offset: int = 0, limit: int = 100) -> dict[str, Any] | None:
        """One entity: a page of its mentions in context and of the quotes by it (newest
        first; ``offset``/``limit`` page both lists), and its co-occurring entities."""
        ent_id = self.find_entity(name)
        if ent_id is None:
            return None
        offset, limit = max(0, offset), max(0, min(limit, MAX_LIMIT))
        e, m, d, q = S.entities, S.mentions, S.documents, S.quotes
        with self.engine.connect() as conn:
            ent = conn.execute(select(e).where(e.c.id == ent_id)).mappings().one()
            ms = conn.execute(
                select(m.c.doc_id, m.c.span_start, m.c.span_end, m.c.text, m.c.role, d.c.headline,
                       d.c.pub_date, d.c.text.label("doc_text"))
                .join(d, d.c.id == m.c.doc_id).where(m.c.entity_id == ent_id)
                .order_by(d.c.pub_date.desc().nulls_last(), m.c.doc_id, m.c.span_start)
                .offset(offset).limit(limit)
            ).all()
            # co-occurrence over the entity's 500 most recently added documents keeps this fast
            docs = (select(m.c.doc_id).where(m.c.entity_id == ent_id).group_by(m.c.doc_id)
                    .order_by(func.max(m.c.id).desc()).limit(500).scalar_subquery())
            co = conn.execute(
                select(e.c.id, e.c.canonical, e.c.label, func.count(func.distinct(m.c.doc_id)).label("documents"))
                .join(m, m.c.entity_id == e.c.id).where(m.c.doc_id.in_(docs), e.c.id != ent_id)
                .group_by(e.c.id, e.c.canonical, e.c.label)
                .order_by(func.count(func.distinct(m.c.doc_id)).desc(), e.c.canonical).limit(30)
            ).mappings().all()
            qs = conn.execute(
                select(q, d.c.headline, d.c.pub_date).join(d, d.c.id == q.c.doc_id)
                .where(q.c.speaker_canonical == ent["canonical"])
                .order_by(d.c.pub_date.desc().nulls_last(), q.c.doc_id, q.c.cue_start)
                .offset(offset).limit(limit)
            ).mappings().all()
            n_quotes = int(conn.execute(select(func.count()).select_from(q)
                                        .where(q.c.speaker_canonical == ent["canonical"])).scalar_one())
        mentions = []
        for r in ms:
            a, b = max(0, r.span_start - 60), min(len(r.doc_text), r.span_end + 60)
            mentions.append({"doc_id": r.doc_id, "headline": r.headline, "pub_date": r.pub_date,
                             "start": r.span_start, "end": r.span_end, "text": r.text, "role": r.role,
                             "before": r.doc_text[a:r.span_start], "after": r.doc_text[r.span_end:b]})
        quotes = [_quote(dict(r)) for r in qs]
        return {"id": ent["id"], "canonical": ent["canonical"], "label": ent["label"],
                "mentions_total": ent["n_mentions"], "documents": ent["n_documents"],
                "quotes_total": n_quotes, "offset": offset, "limit": limit,
                "mentions": mentions, "cooccurring": [dict(r) for r in co], "quotes": quotes}

    # --- claims and events ------------------------------------------------------------

    def claim_categories(self) -> list[dict[str, Any]]:
        c = S.claims
        with self.engine.connect() as conn:
            rows = conn.execute(select(c.c.category, func.count().label("claims"))
                                .group_by(c.c.category).order_by(func.count().desc(), c.c.category)).all()
        return [{"category": r.category, "claims": int(r.claims)} for r in rows]

    def claim_series(self, category: str | None = None, place: str | None = None,
                     since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Every series matching the filters (see :meth:`claim_series_page`), for export and the CLI."""
        return self.claim_series_page(category, place, since, until, 0, None)[1]

    def claim_series_page(self, category: str | None = None, place: str | None = None,
                          since: str | None = None, until: str | None = None, offset: int = 0,
                          limit: int | None = 50) -> tuple[int, list[dict[str, Any]]]:
        """Claims grouped by (category, place) into series over publication dates; a page of series.

        Series are ordered by category then place (code-point order, the same on both
        databases) and paged as wholes: a series always comes with all its points. Each point
        carries value, bound, source, hedges and article; a point is flagged ``disagreement``
        when, on the same publication day, another source gives a figure its own cannot be
        reconciled with (see :func:`_disagreements`).
        """
        c, d = S.claims, S.documents
        category, place, since, until = (_clean(category), _clean(place), _clean(since), _clean(until))
        conds = []
        if category:
            conds.append(c.c.category == category)
        if place:
            conds.append(func.lower(c.c.place) == place.strip().lower())
        if since:
            conds.append(c.c.pub_date >= since)
        if until:
            conds.append(c.c.pub_date <= until)
        with self.engine.connect() as conn:
            keys = sorted({(r.category, r.place or "") for r in
                           conn.execute(select(c.c.category, c.c.place).where(*conds).distinct())})
            total = len(keys)
            offset = max(0, offset)
            if limit is not None:
                keys = keys[offset:offset + max(0, min(limit, MAX_LIMIT))]
            elif offset:
                keys = keys[offset:]
            if not keys:
                return total, []
            stmt = (select(c, d.c.headline).join(d, d.c.id == c.c.doc_id).where(*conds)
                    .order_by(c.c.category, c.c.place, c.c.pub_date, c.c.doc_id, c.c.span_start))
            if limit is not None:
                stmt = stmt.where(or_(*(and_(c.c.category == cat, func.coalesce(c.c.place, "") == plc)
                                        for cat, plc in keys)))
            rows = conn.execute(stmt).mappings().all()
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            groups[(r["category"], r["place"] or "")].append(_point(dict(r)))
        out = []
        for key in keys:
            points = sorted(groups[key], key=lambda p: (p["date"] or "", p["doc_id"], p["quantity"]["start"]))
            if not points:
                continue
            _disagreements(points)
            units = Counter(p["unit"] for p in points if p["unit"])
            out.append({
                "category": key[0], "place": key[1] or None,
                "unit": units.most_common(1)[0][0] if units else None,
                "points": points, "first": points[0]["date"], "last": points[-1]["date"],
                "sources": sorted({p["source"] for p in points if p["source"]}),
                "disagreements": sorted({p["date"] for p in points if p["disagreement"]}),
            })
        return total, out

    def events(self, type_: str | None = None, offset: int = 0,
               limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
        ev, d = S.events, S.documents
        limit = max(0, min(limit, MAX_LIMIT))
        stmt = select(ev, d.c.headline).join(d, d.c.id == ev.c.doc_id)
        type_ = _clean(type_)
        if type_:
            stmt = stmt.where(ev.c.type == type_.upper())
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())
            rows = conn.execute(stmt.order_by(ev.c.pub_date.desc().nulls_last(), ev.c.doc_id, ev.c.span_start)
                                .offset(max(0, offset)).limit(limit)).mappings().all()
        items = []
        for r in rows:
            items.append({"doc_id": r["doc_id"], "headline": r["headline"], "type": r["type"], "mode": r["mode"],
                          "trigger": _span(r["span_start"], r["span_end"], r["text"]),
                          "modality": r["modality"], "actors": json.loads(r["actors"]),
                          "targets": json.loads(r["targets"]), "actor_spans": json.loads(r["actor_spans"]),
                          "target_spans": json.loads(r["target_spans"]), "date": r["event_date"],
                          "place": r["place"], "place_span": json.loads(r["place_span"] or "null"),
                          "sentence": json.loads(r["sentence_span"] or "null"), "pub_date": r["pub_date"]})
        return total, items

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _span_json(sp: Any) -> str | None:
    """A model Span as compact JSON (start, end, text), or None."""
    return None if sp is None else json.dumps({"start": sp.start, "end": sp.end, "text": sp.text}, ensure_ascii=False)


def _spans_json(sps: list[Any]) -> str:
    return json.dumps([{"start": s.start, "end": s.end, "text": s.text} for s in sps], ensure_ascii=False)


def _first_line(text_: str) -> str:
    for line in text_.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def _snippet(text_: str, terms: set[str], width: int = 80) -> str:
    """Original text around the first word that matches a query term."""
    for tok in tokenize(normalize(text_)):
        if not terms.isdisjoint(_forms(tok.norm.lower(), tok.stem.lower())):
            a, b = max(0, tok.start - width), min(len(text_), tok.end + width)
            return ("…" if a else "") + text_[a:b].replace("\n", " ") + ("…" if b < len(text_) else "")
    return text_[: 2 * width].replace("\n", " ")


def _quote(r: dict[str, Any]) -> dict[str, Any]:
    return {"doc_id": r["doc_id"], "headline": r.get("headline"), "pub_date": r.get("pub_date"),
            "kind": r["kind"], "cue": _span(r["cue_start"], r["cue_end"], r["cue_text"]),
            "speaker": _span(r["speaker_start"], r["speaker_end"], r["speaker_text"]),
            "speaker_type": r["speaker_type"], "speaker_canonical": r["speaker_canonical"],
            "content": _span(r["content_start"], r["content_end"], r["content_text"])}


def _interval(p: dict[str, Any]) -> tuple[float, float]:
    """The figures a point allows: "at least 40" is [40, inf), "about 40" is [36, 44]."""
    v = float(p["value"])
    hi = float(p["value_max"]) if p["value_max"] is not None else v
    if p["bound"] == "lower":
        return v, math.inf
    if p["bound"] == "upper":
        return 0.0, hi
    if p["bound"] == "approx":
        return v * 0.9, hi * 1.1
    return v, hi


def _disagreements(points: list[dict[str, Any]]) -> None:
    """Flag points whose figure no other source's figure of the same day can be reconciled with.

    Two points disagree when they are published the same day, come from different sources
    (an unattributed figure is its article's own source) and their ranges do not overlap:
    "at least 100" and "120" agree, "120" and "140" do not. The same source giving two
    figures on one day is an update, not a disagreement.
    """
    by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        p["disagreement"] = False
        if p["date"]:
            by_day[p["date"]].append(p)
    for day_points in by_day.values():
        for i, a in enumerate(day_points):
            for b in day_points[i + 1:]:
                if _source_key(a) == _source_key(b):
                    continue
                (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
                if ahi < blo or bhi < alo:
                    a["disagreement"] = b["disagreement"] = True


def _source_key(p: dict[str, Any]) -> str:
    return "s:" + p["source"] if p["source"] else "d:" + p["doc_id"]


def _point(r: dict[str, Any]) -> dict[str, Any]:
    value = r["value"]
    vmax = r["value_max"]
    return {
        "date": r["pub_date"], "claim_date": r["claim_date"],
        "value": int(value) if float(value).is_integer() else value,
        "value_max": None if vmax is None else (int(vmax) if float(vmax).is_integer() else vmax),
        "bound": r["bound"], "unit": r["unit"], "subject": r["subject"],
        "quantity": _span(r["span_start"], r["span_end"], r["text"]),
        "source": r["source_canonical"] or r["source_text"], "source_text": r["source_text"],
        "hedges": [h["text"] for h in json.loads(r["hedges"] or "[]")],
        "doc_id": r["doc_id"], "headline": r["headline"],
    }


# --- opening -------------------------------------------------------------------------------


SQLITE_BUSY_SECONDS = 60.0


def _wal(cur: Any) -> None:
    """Switch the database file to WAL (it stays so), retrying while another process holds it.

    Changing the journal mode takes an exclusive lock and SQLite may answer "database is
    locked" at once instead of waiting on the busy timeout: two processes opening a fresh
    database together (two ``khabar ingest`` runs) would otherwise fail one of them.
    """
    import sqlite3
    import time

    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    delay = 0.01
    while True:
        try:
            if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _sqlite_events(engine: Engine) -> None:
    """WAL, a busy timeout, and explicit BEGIN (IMMEDIATE for writers) on SQLite."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        _wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("khabar_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _migrate(store: Store) -> None:
    """Bring the schema to the newest Alembic revision, once, under a lock."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with store.engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with store._write() as conn, conn.begin():
        if store.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7243019)"))
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(url: str | None = None, *, migrate: bool = True, pool_size: int = 8) -> Store:
    """Open (creating and migrating) the store at ``url`` (default ``KHABAR_DB`` or ./khabar.db).

    ``pool_size`` connections are kept (plus up to 4x more under load, e.g. the web server's
    thread pool).
    """
    real = resolve_url(url)
    u = make_url(real)
    kwargs: dict[str, Any] = {}
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 60, "check_same_thread": False}
        if u.database and u.database != ":memory:":
            kwargs.update(pool_size=pool_size, max_overflow=pool_size * 4)
    else:
        kwargs.update(pool_size=pool_size, max_overflow=pool_size * 4, pool_pre_ping=True)
    engine = create_engine(real, **kwargs)
    if u.get_backend_name() == "sqlite":
        _sqlite_events(engine)
    store = Store(engine)
    if migrate:
        _migrate(store)
    return store
