"""PLOVER JSONL export: field list, offsets, determinism, and the CLI path."""

from __future__ import annotations

import json

from events_helpers import code

from khabar.events.plover import EVIDENCE_FIELDS, PLOVER_FIELDS, plover_records

TEXT = ("اجتمع [أنتوني بلينكن|PERSON|Antony Blinken] مع [سامح شكري|PERSON|Sameh Shoukry] في "
        "[القاهرة|GPE|Cairo] {أمس|2024-03-31}. وفرضت [الولايات المتحدة|GPE|United States] عقوبات "
        "جديدة على [إيران|GPE|Iran].")


def test_record_fields_and_values() -> None:
    doc, events = code(TEXT)
    recs = plover_records(doc)
    assert len(recs) == len(events) == 2
    for rec in recs:
        assert set(PLOVER_FIELDS) <= rec.keys()
        assert set(EVIDENCE_FIELDS) <= rec.keys()
        assert rec["event"] in {"CONSULT", "SANCTION"}
        json.dumps(rec, ensure_ascii=False)
    meet, sanction = recs
    assert meet["actor"] == "Antony Blinken" and meet["recipient"] == "Sameh Shoukry"
    assert meet["date"] == "2024-03-31" and meet["date_source"] == "text"
    assert meet["event_loc"] == "Cairo"
    assert meet["context"] == ["diplomatic"]
    assert sanction["actor"] == "United States" and sanction["recipient"] == "Iran"
    assert sanction["date"] == "2024-04-01" and sanction["date_source"] == "dct"
    assert sanction["mode"] == "restrict"
    assert meet["id"] != sanction["id"] and meet["id"].startswith(meet["doc_id"])


def test_offsets_quote_the_text() -> None:
    doc, _ = code(TEXT)
    for rec in plover_records(doc):
        spans = [rec["trigger"], rec["sentence"], *rec["actor_spans"], *rec["recipient_spans"]]
        if rec["event_loc_span"]:
            spans.append(rec["event_loc_span"])
        for sp in spans:
            assert doc.text[sp["start"]:sp["end"]] == sp["text"]


def test_deterministic_ids_and_bytes() -> None:
    a = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in plover_records(code(TEXT)[0])]
    b = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in plover_records(code(TEXT)[0])]
    assert a == b


def test_cli_writes_plover_jsonl(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from khabar.cli import main

    path = tmp_path / "a.txt"
    path.write_text("شنت إسرائيل غارات جوية على خان يونس.\n", encoding="utf-8")
    assert main(["analyze", str(path), "--date", "2024-04-01", "--format", "plover"]) == 0
    for line in capsys.readouterr().out.splitlines():
        rec = json.loads(line)
        assert set(PLOVER_FIELDS) <= rec.keys()
