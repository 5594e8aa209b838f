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
        assert MigrationContext.configure(conn).get_current_revision() == "0003"
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
    from khabar.store.db import MIGRATIONS, search_terms

    old = open_store(db_url, migrate=False)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    body = "وصل الوفد إلى طرابلس صباحا."
    terms = " ".join(search_terms(body))
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
    assert new.entities()[1][0]["mentions"] == 1 and new.entities()[1][0]["documents"] == 1
    new.close()
