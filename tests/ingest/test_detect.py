"""Input formats from file names, and from the first bytes when the name says nothing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.ingest.detect import detect_format

from .conftest import build_warc

ARTICLE = "قال وزير الخارجية إن المحادثات مع الوفد الزائر ستستأنف في عمّان يوم الأحد المقبل."


def test_names_decide_first(tmp_path: Path) -> None:
    for name, fmt in (("a.html", "html"), ("b.HTM", "html"), ("c.warc.gz", "warc"), ("d.jsonl", "jsonl"),
                      ("e.ndjson", "jsonl")):
        assert detect_format(str(tmp_path / name)) == fmt  # even before the file exists
    assert detect_format("-") == "text"


def test_unnamed_files_are_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "page"
    page.write_text(f"<!-- saved -->\n<!DOCTYPE html><html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    dump = tmp_path / "dump.txt"
    dump.write_text(json.dumps({"text": ARTICLE, "date": "2024-04-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    dump_gz = tmp_path / "dump.gz"
    dump_gz.write_bytes(gzip.compress(dump.read_bytes()))
    warc = tmp_path / "segment"
    build_warc(warc, 2, gz=True)
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE + "\n{ليس JSON}", encoding="utf-8")
    braces = tmp_path / "notes"
    braces.write_text("{هذا نص عادي بين قوسين}\n" + ARTICLE, encoding="utf-8")
    broken_gz = tmp_path / "broken.gz"
    broken_gz.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert detect_format(str(page)) == "html"
    assert detect_format(str(dump)) == "jsonl"
    assert detect_format(str(dump_gz)) == "jsonl"
    assert detect_format(str(warc)) == "warc"
    assert detect_format(str(text)) == "text"
    assert detect_format(str(braces)) == "text"
    assert detect_format(str(broken_gz)) == "text"  # the text reader then calls it binary
    assert detect_format(str(tmp_path / "missing")) == "text"  # the reader says it is missing


def test_cli_reads_a_sniffed_dump_and_names_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "export.txt"
    dump.write_text(json.dumps({"text": ARTICLE, "date": "2024-04-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["analyze", str(dump), "--format", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    doc = json.loads(line)
    assert doc["text"] == ARTICLE and doc["publication_date"]["value"] == "2024-04-01"
    assert main(["analyze", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "is a directory" in err and len(err.strip().splitlines()) == 1
