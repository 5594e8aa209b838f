"""``khabar ingest|search|entity|claims|export`` on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from khabar_store_fixtures import casualty_docs

from khabar.cli import main
from khabar.store import open_store

ARTICLES = {
    "a.txt": "قال وزير الخارجية المصري في القاهرة إن المفاوضات مستمرة.",
    "b.txt": "أعلن الهلال الأحمر في الخرطوم أن 40 شخصا قتلوا في الاشتباكات.",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_ingest_twice_then_query(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    code, out = run(capsys, "ingest", str(folder), "--date", "2024-07-01", "--db", db_url)
    assert code == 0 and out.strip() == "added 2, already stored 0, failed 1"
    code, out = run(capsys, "ingest", str(folder / "a.txt"), "--db", db_url)
    assert out.strip() == "added 0, already stored 1, failed 0"
    store = open_store(db_url)
    assert store.count() == 2 and [f["reason"] for f in store.failures()] == ["empty"]
    for doc in casualty_docs():
        store.add(doc)
    store.close()

    code, out = run(capsys, "search", "الخرطوم", "--db", db_url, "--json")
    res = json.loads(out)
    assert res["total"] == 1 and "الخرطوم" in res["items"][0]["snippet"]
    code, out = run(capsys, "search", "المفاوضات", "--db", db_url)
    assert out.startswith("1 result(s)")

    code, out = run(capsys, "entity", "الخليل", "--db", db_url)
    assert code == 0 and out.startswith("Hebron (GPE): 4 mention(s) in 4 article(s)")
    code, _ = run(capsys, "entity", "Atlantis", "--db", db_url)
    assert code == 1

    code, out = run(capsys, "claims", "--category", "killed", "--place", "Hebron", "--db", db_url)
    assert "killed in Hebron: 4 point(s)" in out and out.count("!! disagreement") == 2
    code, out = run(capsys, "claims", "--category", "killed", "--since", "2024-03-06", "--db", db_url, "--json")
    series = [s for s in json.loads(out) if s["place"] == "Hebron"]
    assert [p["value"] for p in series[0]["points"]] == [210]

    code, out = run(capsys, "export", "--db", db_url)
    lines = out.splitlines()
    assert len(lines) == 6 and all(json.loads(line)["text"] for line in lines)
    code, out = run(capsys, "export", "--format", "csv", "--db", db_url)
    rows = list(csv.DictReader(io.StringIO(out)))
    hebron = [r for r in rows if r["place"] == "Hebron"]
    assert [r["value"] for r in hebron] == ["120", "140", "150", "210"]
    assert [r["disagreement"] for r in hebron] == ["0", "1", "1", "0"]
    code, out = run(capsys, "export", "--format", "plover", "--db", db_url)
    recs = [json.loads(line) for line in out.splitlines()]
    assert len(recs) >= 4


def test_ingest_jsonl_records_bad_lines(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": ARTICLES["a.txt"], "date": "2024-01-02"}, ensure_ascii=False)
                    + "\n{\"text\": \"\"}\nnot json\n", encoding="utf-8")
    code, out = run(capsys, "ingest", str(dump), "--db", db_url)
    assert code == 0 and out.strip() == "added 1, already stored 0, failed 2"
    store = open_store(db_url)
    assert sorted(f["reason"] for f in store.failures()) == ["empty", "parse_error"]
    assert store.documents()[1][0]["pub_date"] == "2024-01-02"
    store.close()
