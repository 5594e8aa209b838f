"""Store fixtures shared by tests/store, tests/api and tests/web (imported by their conftests).

Every store test runs on SQLite and on PostgreSQL. PostgreSQL is started with
scripts/ensure-postgres.sh when it is down; if it cannot be started the tests FAIL (never
skip). Each test gets its own PostgreSQL schema (``kt_<run>_<n>``), dropped at the end.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.model import Attribution, Claim, ClaimSource, Document, Entity, Event, Meta, Span, Speaker, Timex
from khabar.model import PublicationDate as PubDate

ROOT = Path(__file__).resolve().parents[2]
PG_BASE = os.environ.get("KHABAR_TEST_PG", "postgresql://127.0.0.1:5432/test")
RUN = uuid.uuid4().hex[:8]
_counter = itertools.count()
BACKENDS = ["sqlite", "postgresql"]
WEB_TOKEN = "web-token-7c1d"  # the write token of the web tests' app


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A running PostgreSQL (started if needed); drops this run's schemas afterwards."""
    res = subprocess.run([str(ROOT / "scripts" / "ensure-postgres.sh")], capture_output=True, text=True)
    if res.returncode != 0:
        pytest.fail(f"PostgreSQL is not available and could not be started: {res.stderr.strip()}")
    import psycopg

    try:
        psycopg.connect(PG_BASE, connect_timeout=5).close()
    except psycopg.Error as exc:
        pytest.fail(f"PostgreSQL at {PG_BASE} refuses connections: {exc}")
    yield PG_BASE
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        rows = conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s", (f"kt_{RUN}_%",)).fetchall()
        for (name,) in rows:
            conn.execute(f'DROP SCHEMA "{name}" CASCADE')


def new_pg_url(base: str) -> str:
    """A fresh, empty schema; the URL points its search_path there."""
    import psycopg

    name = f"kt_{RUN}_{next(_counter)}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    return f"{base}?options=-csearch_path%3D{name}"


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'khabar.db'}"
    return new_pg_url(request.getfixturevalue("postgres"))


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    from khabar.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


def span(text: str, part: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part), text=part)


def make_doc(text: str, date: str | None, *, entities: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
             claims: list[dict] = (), quotes: list[dict] = (), events: list[dict] = (),  # type: ignore[assignment]
             timexes: list[tuple[str, str]] = ()) -> Document:  # type: ignore[assignment]
    """A hand-made Document: layers given by surface strings, spans found in ``text``."""
    doc = Document(text=text, meta=Meta(khabar_version="test"),
                   publication_date=PubDate(value=date, given_as_input=date is not None,
                                            source="input" if date else None))
    for surface, label, canonical in entities:
        s = span(text, surface)
        doc.entities.append(Entity(**s.model_dump(), label=label, canonical=canonical, entity_id=canonical))
    for surface, value in timexes:
        doc.timexes.append(Timex(**span(text, surface).model_dump(), type="DATE", value=value))
    for c in claims:
        src = c.get("source")
        doc.claims.append(Claim(
            quantity=span(text, c["quantity"]), value=c["value"], value_max=c.get("value_max"),
            bound=c.get("bound", "exact"), category=c["category"], place=c.get("place"),
            source=ClaimSource(**span(text, src[0]).model_dump(), canonical=src[1]) if src else None,
            hedges=[span(text, h) for h in c.get("hedges", [])]))
    for q in quotes:
        sp = span(text, q["speaker"])
        doc.attributions.append(Attribution(
            kind=q.get("kind", "direct"), cue=span(text, q["cue"]),
            speaker=Speaker(**sp.model_dump(), type="person", canonical=q.get("canonical")),
            content=span(text, q["content"])))
    for e in events:
        doc.events.append(Event(type=e["type"], trigger=span(text, e["trigger"]), actors=e.get("actors", []),
                                targets=e.get("targets", []), place=e.get("place")))
    return doc


def casualty_docs() -> list[Document]:
    """Four small reports of a rising toll in one city, two sources disagreeing on one day."""
    out = []
    rows = [
        ("2024-03-01", "120", 120, "وزارة الصحة", "Ministry of Health", []),
        ("2024-03-05", "150", 150, "وزارة الصحة", "Ministry of Health", ["وفق حصيلة أولية"]),
        ("2024-03-05", "140", 140, "الدفاع المدني", "Civil Defence", []),
        ("2024-03-09", "210", 210, "وزارة الصحة", "Ministry of Health", []),
    ]
    for date, q, v, src, canon, hedges in rows:
        hedge_txt = (" " + hedges[0]) if hedges else ""
        text = (f"أعلنت {src} في مدينة الخليل أن عدد القتلى بلغ {q} شخصا{hedge_txt}.\n"
                f"وقال المتحدث باسم {src} محمود سليم إن \"الوضع صعب جدا\" في الخليل.")
        out.append(make_doc(
            text, date,
            entities=[("الخليل", "GPE", "Hebron"), ("محمود سليم", "PERSON", "Mahmoud Salim"),
                      (src, "ORG", canon)],
            claims=[{"quantity": q, "value": v, "category": "killed", "place": "Hebron",
                     "source": (src, canon), "hedges": hedges}],
            quotes=[{"speaker": "محمود سليم", "cue": "وقال", "content": "الوضع صعب جدا",
                     "canonical": "Mahmoud Salim"}],
            events=[{"type": "ASSAULT", "trigger": "القتلى", "place": "Hebron"}],
        ))
    return out
