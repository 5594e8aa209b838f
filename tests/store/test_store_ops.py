"""Every store operation, on SQLite and on PostgreSQL (the ``store`` fixture runs both)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from khabar_store_fixtures import casualty_docs, make_doc

import khabar
from khabar.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("قال وزير الخارجية الأردني أيمن الصفدي في عمان يوم الاثنين إن \"السلام يبدأ بوقف الحرب\"، "
           "مضيفا أن الأردن سيواصل إرسال المساعدات إلى القدس والضفة الغربية.")


def test_add_is_idempotent_by_content_hash(store: Store) -> None:
    doc = khabar.analyze(ARTICLE, "2024-05-06")
    doc_id, added = store.add(doc)
    assert doc_id == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert added is True
    before = store.stats()
    again = khabar.analyze(ARTICLE, "2024-05-06")
    assert store.add(again) == (doc_id, False)
    assert store.stats() == before
    assert before["documents"] == 1


def test_real_analysis_round_trips(store: Store, seed_text: str) -> None:
    doc = khabar.analyze(seed_text, "2024-04-01")
    doc_id, _ = store.add(doc)
    back = store.get(doc_id)
    assert back is not None
    assert back.to_json() == doc.to_json()
    assert store.stats()["mentions"] == len(doc.entities)
    assert store.get("0" * 64) is None


def test_failures_are_recorded(store: Store) -> None:
    store.add_failure("feed/a.html", "empty", "no article text")
    store.add_failure("feed/b.warc", "parse_error", "x" * 5000)
    rows = store.failures()
    assert [(r["source"], r["reason"]) for r in rows] == [("feed/a.html", "empty"), ("feed/b.warc", "parse_error")]
    assert len(rows[1]["message"]) == 2000


def test_entities_merge_across_documents(store: Store) -> None:
    for doc in casualty_docs():
        store.add(doc)
    total, items = store.entities()
    assert total == 4  # Hebron, Mahmoud Salim, Ministry of Health, Civil Defence
    hebron = next(e for e in items if e["canonical"] == "Hebron")
    assert hebron["documents"] == 4 and hebron["mentions"] == 4
    ent = store.entity("الخليل")  # found by its Arabic form
    assert ent is not None and ent["canonical"] == "Hebron"
    assert store.entity("hebron")["id"] == ent["id"]  # type: ignore[index]
    assert store.entity(str(ent["id"]))["canonical"] == "Hebron"  # type: ignore[index]
    m = ent["mentions"][0]
    assert m["text"] == "الخليل" and m["before"].endswith("في مدينة ")
    co = {c["canonical"]: c["documents"] for c in ent["cooccurring"]}
    assert co == {"Mahmoud Salim": 4, "Ministry of Health": 3, "Civil Defence": 1}
    assert store.entity("لا يوجد") is None


def test_quotes_by_an_entity(store: Store) -> None:
    for doc in casualty_docs():
        store.add(doc)
    ent = store.entity("Mahmoud Salim")
    assert ent is not None
    assert len(ent["quotes"]) == 4
    q = ent["quotes"][0]
    assert q["content"]["text"] == "الوضع صعب جدا" and q["cue"]["text"] == "وقال"
    assert q["pub_date"] == "2024-03-09"  # newest first


def test_claim_series_over_time_with_disagreement(store: Store) -> None:
    for doc in casualty_docs():
        store.add(doc)
    other = make_doc("قتل 7 أشخاص في نابلس.", "2024-03-02",
                     claims=[{"quantity": "7", "value": 7, "category": "killed", "place": "Nablus"}])
    store.add(other)
    series = store.claim_series("killed")
    assert [(s["place"], len(s["points"])) for s in series] == [("Hebron", 4), ("Nablus", 1)]
    hebron = series[0]
    assert [p["date"] for p in hebron["points"]] == ["2024-03-01", "2024-03-05", "2024-03-05", "2024-03-09"]
    assert [p["value"] for p in hebron["points"]] == [120, 140, 150, 210]
    assert [p["disagreement"] for p in hebron["points"]] == [False, True, True, False]
    assert hebron["disagreements"] == ["2024-03-05"]
    assert hebron["sources"] == ["Civil Defence", "Ministry of Health"]
    hedged = [p for p in hebron["points"] if p["hedges"]]
    assert [h["hedges"] for h in hedged] == [["وفق حصيلة أولية"]]
    assert hebron["points"][0]["quantity"]["text"] == "120"
    assert store.claim_series("killed", place="hebron", since="2024-03-05")[0]["first"] == "2024-03-05"
    assert store.claim_series("injured") == []
    assert store.claim_categories() == [{"category": "killed", "claims": 5}]


def test_search_normalized_arabic(store: Store) -> None:
    store.add(khabar.analyze(ARTICLE, "2024-05-06"))
    for doc in casualty_docs():
        store.add(doc)
    total, hits = store.search("القدس")  # the text has والقدس
    assert total == 1 and "القدس" in hits[0]["snippet"]
    assert store.search("الصفدي عمان")[0] == 1  # every word must occur
    assert store.search("الصفدي نابلس")[0] == 0
    assert store.search("الخليل")[0] == 4
    assert store.search("أيمن")[0] == store.search("ايمن")[0] == 1  # hamza folded
    total, page1 = store.search("الخليل", offset=0, limit=3)
    _, page2 = store.search("الخليل", offset=3, limit=3)
    assert total == 4 and len(page1) == 3 and len(page2) == 1
    assert not {h["id"] for h in page1} & {h["id"] for h in page2}
    assert store.search("...") == (0, [])


def test_search_is_parameterized(store: Store) -> None:
    store.add(khabar.analyze(ARTICLE, "2024-05-06"))
    for q in ("'; DROP TABLE documents; --", '" OR 1=1 --', "x') OR ('1'='1", 'NEAR("a" "b")', "*", "a:b"):
        total, _ = store.search(q)
        assert total == 0
    assert store.count() == 1
    assert store.entities("'; DROP TABLE entities; --")[0] == 0
    assert store.entity("'; DROP TABLE entities; --") is None
    assert store.count() == 1


def test_documents_listing_and_paging(store: Store) -> None:
    for doc in casualty_docs():
        store.add(doc)
    total, items = store.documents(0, 2)
    assert total == 4 and [d["pub_date"] for d in items] == ["2024-03-09", "2024-03-05"]
    _, rest = store.documents(2, 10)
    assert len(rest) == 2 and rest[-1]["pub_date"] == "2024-03-01"
    assert items[0]["headline"].startswith("أعلنت وزارة الصحة")
    assert [d.publication_date.value for d in store.iter_documents(batch=3)] != []
    assert len(list(store.iter_documents(batch=3))) == 4


def test_events_stored(store: Store) -> None:
    for doc in casualty_docs():
        store.add(doc)
    total, items = store.events("assault", 0, 2)
    assert total == 4 and len(items) == 2
    assert items[0]["trigger"]["text"] == "القتلى" and items[0]["place"] == "Hebron"
    assert store.events("PROTEST")[0] == 0


def test_timexes_and_layers_counted(store: Store) -> None:
    doc = make_doc("اجتمع الوزيران يوم الأحد في القاهرة.", "2024-06-02",
                   entities=[("القاهرة", "GPE", "Cairo")], timexes=[("يوم الأحد", "2024-06-02")])
    store.add(doc)
    st = store.stats()
    assert st["timexes"] == 1 and st["entities"] == 1 and st["documents"] == 1


def test_reopening_keeps_data_and_schema(db_url: str) -> None:
    s1 = open_store(db_url)
    s1.add(make_doc("نص أول عن بيروت.", "2024-01-01", entities=[("بيروت", "GPE", "Beirut")]))
    s1.close()
    s2 = open_store(db_url)
    assert s2.count() == 1 and s2.entity("بيروت") is not None
    from alembic.runtime.migration import MigrationContext

    with s2.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == "0005"
    s2.close()


WORKER = """
import json, sys
sys.path.insert(0, sys.argv[3])
from khabar_store_fixtures import make_doc
from khabar.store import open_store
store = open_store(sys.argv[1])
which = sys.argv[2]
added = 0
for i in range(25):
    text = f"خبر مشترك رقم {i} عن مدينة حلب."
    added += store.add(make_doc(text, "2024-02-01", entities=[("حلب", "GPE", "Aleppo")]))[1]
    own = f"خبر خاص بالعملية {which} رقم {i} عن مدينتي حمص وحلب."
    added += store.add(make_doc(own, "2024-02-02", entities=[("حمص", "GPE", "Homs"), ("حلب", "GPE", "Aleppo")]))[1]
store.close()
print(json.dumps({"added": added}))
"""


def test_two_processes_ingesting_at_once(db_url: str) -> None:
    open_store(db_url).close()  # migrate once, as `khabar ingest` would on first use
    here = str(Path(__file__).parent)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, w, here], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for w in ("A", "B")]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out)["added"])
    store = open_store(db_url)
    st = store.stats()
    assert st["documents"] == 25 + 25 + 25  # shared ones once, each process's own ones
    assert sum(results) == 75
    assert st["entities"] == 2
    assert store.entity("Aleppo")["documents"] == 75  # type: ignore[index]
    store.close()


def test_two_processes_migrating_a_fresh_database(db_url: str) -> None:
    here = str(Path(__file__).parent)
    code = ("import sys; sys.path.insert(0, sys.argv[2]); from khabar.store import open_store;"
            "s = open_store(sys.argv[1]); print(s.count()); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url, here], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "0"


@pytest.mark.parametrize("url", ["news.db", "sqlite:///news.db"])
def test_resolve_url(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.store import resolve_url

    assert resolve_url(url) == "sqlite:///news.db"
    monkeypatch.setenv("KHABAR_DB", "postgresql://h:5432/x")
    assert resolve_url(None) == "postgresql+psycopg://h:5432/x"
    monkeypatch.delenv("KHABAR_DB")
    assert resolve_url(None) == "sqlite:///khabar.db"


def test_nul_characters_never_reach_the_database(store: Store) -> None:
    store.add(make_doc("خبر عن دمشق.", "2024-01-01", entities=[("دمشق", "GPE", "Damascus")]))
    assert store.search("دمشق\x00")[0] == 1
    assert store.entity("دمشق\x00") is not None
    assert store.entities("\x00")[0] == 1
    assert store.claim_series("\x00killed", "\x00") == []
    assert store.events("\x00")[0] == 0
    assert store.get("\x00") is None
    with pytest.raises(ValueError):
        store.add(make_doc("نص\x00", None))


def test_add_many_in_one_transaction(store: Store) -> None:
    docs = casualty_docs()
    first = store.add(docs[0])
    res = store.add_many([docs[1], docs[0], docs[2], docs[1], docs[3]])
    assert [r[1] for r in res] == [True, False, True, False, True]
    assert res[1] == (first[0], False)
    assert store.count() == 4 and store.stats()["entities"] == 4
    assert store.entity("Hebron")["documents"] == 4  # type: ignore[index]
    assert store.add_many([]) == []


def test_upgrade_from_first_revision_keeps_search(db_url: str) -> None:
    """A store written at revision 0001 upgrades to head: search column and entity counts filled."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from khabar.store import schema as S
    from khabar.store.db import MIGRATIONS
    from khabar.text import normalize, tokenize

    old = open_store(db_url, migrate=False)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    body = "وصل الوفد إلى طرابلس صباحا ثم عاد وبطرابلس جرحى."
    # the terms as revision 0001 wrote them: each word and its default stem only
    terms = " ".join(f"{t.norm} {t.stem}" for t in tokenize(normalize(body)))
    with old._write() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(S.documents.insert().values(
            id="d1", text=body, analysis="{}", added_at="2024-01-01T00:00:00Z", n_chars=len(body),
            search_text=terms if old.dialect == "postgresql" else None))
        if old.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts (terms, doc_id) VALUES (:t, 'd1')"), {"t": terms})
        conn.execute(S.entities.insert().values(canonical="Tripoli", label="GPE"))
        eid = conn.execute(text("SELECT id FROM entities")).scalar_one()
        conn.execute(S.mentions.insert().values(doc_id="d1", entity_id=eid, span_start=12, span_end=18,
                                                text="طرابلس", norm="طرابلس", label="GPE"))
    old.close()
    new = open_store(db_url)  # migrates 0001 -> head
    assert new.search("طرابلس")[0] == 1
    assert "وبطرابلس" in new.search("وبطرابلس")[1][0]["snippet"]
    assert new.search("بطرابلس")[0] == 1  # found under وبطرابلس only since revision 0005
    assert new.entities()[1][0]["mentions"] == 1 and new.entities()[1][0]["documents"] == 1
    new.close()


EVENTS_TEXT = "قصفت طائرات إسرائيلية مدينة رفح يوم الأحد، فيما تعتزم الحكومة المصرية إرسال مساعدات إلى غزة."


def test_events_keep_modality_and_every_span(store: Store) -> None:
    doc = khabar.analyze(EVENTS_TEXT, "2024-04-07")
    assert doc.events, "the events stage found no event in the test sentence"
    store.add(doc)
    total, items = store.events(limit=50)
    assert total == len(doc.events)
    by_trigger = {(e["trigger"]["start"], e["type"]): e for e in items}
    for ev in doc.events:
        got = by_trigger[(ev.trigger.start, ev.type)]
        assert got["modality"] == ev.modality
        assert got["actor_spans"] == [s.model_dump() for s in ev.actor_spans]
        assert got["target_spans"] == [s.model_dump() for s in ev.target_spans]
        assert got["place_span"] == (ev.place_span.model_dump() if ev.place_span else None)
        assert got["sentence"] == (ev.sentence.model_dump() if ev.sentence else None)
        for sp in [got["trigger"], *got["actor_spans"], *got["target_spans"], got["sentence"]]:
            if sp:
                assert EVENTS_TEXT[sp["start"]:sp["end"]] == sp["text"]


def test_event_spans_filled_when_upgrading(db_url: str) -> None:
    """Rows written before revision 0004 get their modality and spans from the stored analysis."""
    from alembic import command
    from alembic.config import Config

    from khabar.store.db import MIGRATIONS

    s = open_store(db_url)
    s.add(khabar.analyze(EVENTS_TEXT, "2024-04-07"))
    want = s.events(limit=50)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with s._write() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    s.close()
    s = open_store(db_url)  # upgrades 0003 -> head, filling the new columns
    assert s.events(limit=50) == want and any(e["actor_spans"] for e in want[1])
    s.close()


def test_disagreement_means_irreconcilable_figures_from_different_sources(store: Store) -> None:
    rows = [  # day, figure text, value, bound, source (surface, canonical) or None
        ("2024-06-01", "100", 100, "lower", ("وزارة الصحة", "Ministry of Health")),
        ("2024-06-01", "120", 120, "exact", ("الصليب الأحمر", "Red Cross")),
        ("2024-06-02", "130", 130, "exact", ("وزارة الصحة", "Ministry of Health")),
        ("2024-06-02", "160", 160, "exact", ("وزارة الصحة", "Ministry of Health")),
        ("2024-06-03", "200", 200, "approx", ("وزارة الصحة", "Ministry of Health")),
        ("2024-06-03", "210", 210, "exact", ("الصليب الأحمر", "Red Cross")),
        ("2024-06-03", "300", 300, "exact", None),
    ]
    for n, (day, q, v, bound, src) in enumerate(rows):
        who = src[0] if src else "مصادر محلية"
        text = f"ذكرت {who} في التقرير رقم {n} أن عدد القتلى في صور بلغ {q} شخصا."
        store.add(make_doc(text, day, claims=[{"quantity": q, "value": v, "bound": bound, "category": "killed",
                                               "place": "Tyre", "source": src}]))
    (series,) = store.claim_series("killed", "Tyre")
    flags = {p["value"]: p["disagreement"] for p in series["points"]}
    # "at least 100" and "120" agree; one source revising 130 -> 160 the same day is an update;
    # an unattributed 300 contradicts both "about 200" and "210", which agree with each other
    assert flags == {100: False, 120: False, 130: False, 160: False, 200: True, 210: True, 300: True}
    assert series["disagreements"] == ["2024-06-03"]


def test_search_through_clitics_and_spelling_variants(store: Store) -> None:
    texts = {
        "a": "وصلت قافلة المساعدات وبغزة آلاف النازحين ينتظرونها.",
        "b": "عاد الوفد للقاهرة بعد زيارة المستشفى الميداني.",
        "c": "قال مسؤول في الأمم المتحدة إن الوضع فبالعاصمة هادئ.",
        "d": "افتتح معرض الكتاب في بيروت.",
    }
    ids = {k: store.add(make_doc(t, "2024-01-01"))[0] for k, t in texts.items()}

    def found(q: str) -> set[str]:
        return {next(k for k, v in ids.items() if v == h["id"]) for h in store.search(q)[1]}

    assert found("غزة") == found("غزه") == found("بغزة") == {"a"}  # و+ب+غزة, taa marbuta folded
    assert found("وبغزة") == {"a"}
    assert found("القاهرة") == found("قاهرة") == {"b"}  # ل+(ا)ل+قاهرة
    assert found("المستشفي") == found("مستشفى") == {"b"}  # alef maqsura folded
    assert found("للأمم") == found("الامم") == {"c"}
    assert found("العاصمة") == {"c"}  # ف+ب+ال+عاصمة
    assert found("بيروت") == {"d"} and found("كتاب") == {"d"}
    snippet = store.search("غزة")[1][0]["snippet"]
    assert "وبغزة" in snippet


def test_ensure_postgres_fails_clearly_when_it_cannot_start(tmp_path: Path) -> None:
    """The script the suite runs first: a clear message and a non-zero exit, never a silent skip."""
    import os

    env = {**os.environ, "KHABAR_PG_PORT": "1", "KHABAR_PG_CONF": str(tmp_path / "none")}
    res = subprocess.run([str(ROOT / "scripts" / "ensure-postgres.sh")], env=env, capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 1
    assert "nothing listens on 127.0.0.1:1" in res.stderr and "no PostgreSQL cluster" in res.stderr
    ok = subprocess.run([str(ROOT / "scripts" / "ensure-postgres.sh")], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr  # the real one is up (the fixtures started it if needed)
