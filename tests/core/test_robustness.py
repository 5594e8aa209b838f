"""A bug in one stage is reported in one line and never stops a run over many documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar import pipeline
from khabar.cli import main
from khabar.model import Document


@pytest.fixture()
def broken_claims_stage() -> Iterator[None]:
    original = pipeline.get_stage("claims")

    def explode(doc: Document) -> None:
        if "انفجار" in doc.text:
            raise ValueError("simulated bug")
        original(doc)

    pipeline.register_stage("claims")(explode)
    yield
    pipeline.register_stage("claims")(original)


def test_cli_reports_an_internal_error_in_one_line(tmp_path: Path, broken_claims_stage: None,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("وقع انفجار في المدينة صباح اليوم.", encoding="utf-8")
    assert main(["analyze", str(f)]) == 70
    err = capsys.readouterr().err.strip()
    assert err.startswith("khabar: internal error: ValueError") and len(err.splitlines()) == 1


def test_ingest_records_the_bad_document_and_goes_on(tmp_path: Path, broken_claims_stage: None,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"text": "قال الوزير إن الحكومة ستعقد اجتماعا غدا.", "date": "2024-05-02"},
        {"text": "وقع انفجار في المدينة صباح اليوم.", "date": "2024-05-02"},
        {"text": "أعلنت الشرطة اعتقال ثلاثة أشخاص في العاصمة.", "date": "2024-05-02"},
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert main(["ingest", str(dump), "--db", str(db)]) == 0
    out = capsys.readouterr()
    assert "added 2" in out.out and "failed 1" in out.out
    assert "internal_error" in out.err
