"""WARC (gzipped and plain, built here with warcio) and JSONL dumps with bad lines."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar.errors import EmptyInputError, ParseError
from khabar.ingest import analyze_path
from khabar.ingest.jsonl import count_lines, iter_jsonl
from khabar.ingest.records import Failure, Record, Skipped
from khabar.ingest.warc import iter_warc, warc_offsets

from .conftest import build_jsonl, build_warc


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_with_uri_and_date(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    counts = build_warc(path, 6, gz=gz)
    if gz:
        assert path.read_bytes()[:2] == b"\x1f\x8b"
    items = list(iter_warc(path))
    recs = [x for x in items if isinstance(x, Record)]
    skipped = [x for x in items if isinstance(x, Skipped)]
    assert len(recs) == counts["html"] == 6
    assert len(skipped) == counts["other"]
    assert {s.reason for s in skipped} == {"warc_warcinfo", "warc_request", "not_html", "http_404"}
    assert recs[0].url == "https://news.example.org/a/0" and recs[0].fallback_date == "2024-03-01"
    assert recs[4].http_charset == "cp1256"
    failures: list[Failure] = []
    docs = list(analyze_path(str(path), "warc", on_failure=failures.append))
    assert len(docs) == 6 and not failures
    d4 = docs[4]
    assert d4.meta.input_encoding == "cp1256" and d4.meta.url == "https://news.example.org/a/4"
    assert d4.layout.headline and d4.layout.headline.text == "افتتاح مستشفى جديد في تونس"
    assert d4.layout.captions[0].credits == ["أ ف ب"]
    # the page's own date beats the crawl date
    assert d4.publication_date.value == "2024-02-05" and d4.publication_date.source == "metadata"
    assert d4.meta.extra["warc_date"] == "2024-03-01"
    assert d4.meta.extra["key"] == f"{path}@{recs[4].position}"
    assert d4.meta.source == str(path)


def test_warc_ranges_cover_every_record_once(tmp_path: Path) -> None:
    path = tmp_path / "c.warc.gz"
    build_warc(path, 9)
    offsets = [o for o, _ in warc_offsets(path)]
    seen: list[str] = []
    for i in range(0, len(offsets), 4):
        end = offsets[i + 4] if i + 4 < len(offsets) else None
        seen += [x.key for x in iter_warc(path, start=offsets[i], end=end)]
    assert seen == [x.key for x in iter_warc(path)] and len(seen) == len(offsets)


def test_not_a_warc_is_a_parse_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.warc.gz"
    bad.write_bytes(gzip.compress(b"<html>not a warc</html>"))
    with pytest.raises(ParseError):
        list(analyze_path(str(bad), "warc"))
    broken = tmp_path / "y.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08garbage")
    with pytest.raises(ParseError):
        list(analyze_path(str(broken), "warc"))


def test_jsonl_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    good, bad = build_jsonl(path, 20, bad_every=5)
    assert (good, bad) == (16, 4) and count_lines(path) == 20
    items = list(iter_jsonl(path, text_field="body", date_field="published", url_field="link"))
    fails = [x for x in items if isinstance(x, Failure)]
    assert [f.position for f in fails] == [5, 10, 15, 20]
    assert {f.reason for f in fails} == {"parse_error", "empty"}
    assert all(f.key == f"{path}:{f.position}" for f in fails)
    failures: list[Failure] = []
    docs = list(analyze_path(str(path), "jsonl", text_field="body", date_field="published", url_field="link",
                             on_failure=failures.append))
    assert len(docs) == 16 and len(failures) == 4
    d = docs[0]
    assert d.meta.url == "https://j.example.org/1"
    assert d.publication_date.value == "2024-05-02" and d.publication_date.source == "metadata"
    assert d.text.startswith("بدء العام الدراسي في")  # the title field heads the text
    assert d.meta.extra["key"] == f"{path}:1"


def test_jsonl_dotted_fields_html_text_gzip_and_all_bad(tmp_path: Path) -> None:
    path = tmp_path / "nested.jsonl.gz"
    page = ("<html><body><article><h1>عنوان الخبر الرئيسي اليوم</h1><p>قال المتحدث باسم الوزارة إن المفاوضات "
            "ستستأنف الأسبوع المقبل في العاصمة بحضور وفود من عدة دول.</p></article></body></html>")
    lines = [json.dumps({"doc": {"html": page, "meta": {"ts": 1709280000}}}, ensure_ascii=False),
             '{"doc": {"html": "خبر قصير عن افتتاح مدرسة جديدة في القرية", "meta": {"ts": "2024-03-02"}}}']
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    docs = list(analyze_path(str(path), "jsonl", text_field="doc.html", date_field="doc.meta.ts"))
    assert len(docs) == 2
    assert docs[0].layout.headline and docs[0].layout.headline.text == "عنوان الخبر الرئيسي اليوم"
    assert docs[0].publication_date.value == "2024-03-01"
    assert docs[1].publication_date.value == "2024-03-02"
    allbad = tmp_path / "bad.jsonl"
    allbad.write_text("nope\n{}\n", encoding="utf-8")
    with pytest.raises(ParseError):
        list(analyze_path(str(allbad), "jsonl", on_failure=None))
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"text": "  "}\n{"text": ""}\n', encoding="utf-8")
    with pytest.raises(EmptyInputError):
        list(analyze_path(str(empty), "jsonl", on_failure=None))


def test_cli_analyze_warc_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.cli import main

    warc = tmp_path / "c.warc.gz"
    build_warc(warc, 3)
    assert main(["analyze", str(warc), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["meta"]["url"] for x in lines] == [f"https://news.example.org/a/{i}" for i in range(3)]
    dump = tmp_path / "d.jsonl"
    build_jsonl(dump, 6, bad_every=3)
    assert main(["analyze", str(dump), "--format", "jsonl", "--text-field", "body", "--date-field", "published"]) == 0
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 4 and out.err.count("khabar: skipped") == 2


@pytest.mark.parametrize(("raw", "want"), [
    (1711929600, "2024-04-01"),  # seconds
    (1711929600000, "2024-04-01"),  # milliseconds
    ("2024-04-01T08:00:00Z", "2024-04-01"),
    (12345, None),  # an id or a count, not a 1970 date
    (2024, None),  # a bare year is not a timestamp
    (True, None),
])
def test_jsonl_dates_numeric_timestamps_only_in_a_plausible_range(tmp_path: Path, raw: object,
                                                                  want: str | None) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "قال الوزير إن المحادثات مستمرة.", "date": raw}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (rec,) = list(iter_jsonl(path))
    assert isinstance(rec, Record)
    assert rec.date == want
    if want is None:
        assert rec.extra.get("unparsed_date") == str(raw)
