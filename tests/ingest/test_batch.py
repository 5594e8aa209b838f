"""``khabar batch``: outputs, failures, kill -9 and resume exactly once, Dask engine."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar.ingest.batch import BatchError, run_batch
from khabar.ingest.jsonl import iter_jsonl
from khabar.ingest.records import Record
from khabar.ingest.warc import iter_warc

from .conftest import PAGES, build_jsonl, build_warc

JSONL_FLAGS = ["--text-field", "body", "--date-field", "published", "--url-field", "link"]


def make_inputs(root: Path, n_pages: int, n_lines: int) -> tuple[list[str], set[str], set[str]]:
    """A WARC, a JSONL dump with bad lines and a directory of pages; expected doc and failure keys."""
    root.mkdir(parents=True, exist_ok=True)
    warc = root / "crawl.warc.gz"
    build_warc(warc, n_pages)
    dump = root / "dump.jsonl"
    build_jsonl(dump, n_lines, bad_every=7)
    pages = root / "pages"
    pages.mkdir(exist_ok=True)
    for p in PAGES.glob("*.html"):
        (pages / p.name).write_bytes(p.read_bytes())
    (pages / "empty.html").write_text("<html><body><nav>قائمة</nav></body></html>", encoding="utf-8")
    docs = {r.key for r in iter_warc(warc) if isinstance(r, Record)}
    items = list(iter_jsonl(dump, text_field="body", date_field="published", url_field="link"))
    docs |= {r.key for r in items if isinstance(r, Record)}
    fails = {r.key for r in items if not isinstance(r, Record)}
    page_files = sorted(str(p.resolve()) for p in pages.glob("*.html"))
    fails.add(str((pages / "empty.html").resolve()))
    docs |= {p for p in page_files if not p.endswith("empty.html")}
    return [str(warc.resolve()), str(dump.resolve()), str(pages.resolve())], docs, fails


def read_output(out: Path) -> tuple[list[str], list[str]]:
    keys: list[str] = []
    for part in sorted((out / "parts").glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            keys.append(json.loads(line)["meta"]["extra"]["key"])
    fails = [json.loads(x)["key"] for x in (out / "failures.jsonl").read_text(encoding="utf-8").splitlines()]
    return keys, fails


def batch_cmd(inputs: list[str], out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "khabar", "batch", *inputs, "--out", str(out), "--partition-size", "5",
            "--workers", "2", "--no-progress", *JSONL_FLAGS, *extra]


def test_kill_9_and_resume_exactly_once(tmp_path: Path) -> None:
    inputs, want_docs, want_fails = make_inputs(tmp_path / "in", 40, 30)
    out = tmp_path / "out"
    cmd = batch_cmd(inputs, out)
    manifest = out / "_done.jsonl"
    n_parts = None
    kills = 0
    for target in (3, 7):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if manifest.exists() and len(manifest.read_text().splitlines()) >= target:
                break
            time.sleep(0.01)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # kill -9 the driver and its workers
            proc.wait()
            kills += 1
        if (out / "_plan.json").exists():
            n_parts = len(json.loads((out / "_plan.json").read_text()))
            committed = len(manifest.read_text().splitlines()) if manifest.exists() else 0
            assert committed < n_parts, "the run finished before it could be killed"
    assert kills == 2
    done = subprocess.run(cmd + ["--json-summary"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["partitions_resumed"] > 0 and summary["partitions"] == n_parts
    keys, fails = read_output(out)
    assert len(keys) == len(set(keys)), "a document was written twice"
    assert set(keys) == want_docs, "a document was lost"
    assert len(fails) == len(set(fails)) and set(fails) == want_fails
    assert summary["documents"] == len(want_docs) and summary["failures"] == len(want_fails)
    # a rerun of a finished batch does nothing and changes nothing
    again = subprocess.run(cmd + ["--json-summary"], capture_output=True, text=True, timeout=120)
    s2 = json.loads(again.stdout)
    assert s2["partitions_run"] == 0 and s2["documents"] == len(want_docs)
    assert read_output(out) == (keys, fails)


def test_failures_recorded_and_run_goes_on(tmp_path: Path) -> None:
    inputs, want_docs, want_fails = make_inputs(tmp_path / "in", 4, 14)
    bad_warc = tmp_path / "in" / "bad.warc.gz"
    bad_warc.write_bytes(b"\x1f\x8b\x08not really gzip")
    big = tmp_path / "in" / "pages" / "huge.html"
    big.write_text("<html><body><p>" + "كلمة " * 30000 + "</p></body></html>", encoding="utf-8")
    s = run_batch(inputs + [str(bad_warc)], out=str(tmp_path / "out"), workers=1, partition_size=50,
                  progress=False, opts=__import__("khabar.ingest.batch", fromlist=["Options"]).Options(
                      text_field="body", date_field="published", url_field="link", max_bytes=100_000))
    lines = [json.loads(x) for x in (tmp_path / "out" / "failures.jsonl").read_text(encoding="utf-8").splitlines()]
    by_reason: dict[str, list[str]] = {}
    for fl in lines:
        assert fl["source"] and fl["message"]
        by_reason.setdefault(fl["reason"], []).append(fl["key"])
    assert by_reason["too_large"] == [str(big.resolve())]
    assert str(bad_warc.resolve()) in by_reason["parse_error"]
    assert str((tmp_path / "in" / "pages" / "empty.html").resolve()) in by_reason["empty"]
    assert s["documents"] == len(want_docs) and s["failures"] == len(want_fails) + 2
    assert s["skipped"] > 0  # WARC request/warcinfo/image records
    from khabar.model import Document

    for part in (tmp_path / "out" / "parts").glob("*.jsonl"):
        for line in part.read_text(encoding="utf-8").splitlines():
            doc = Document.model_validate_json(line)  # every output line is a whole khabar Document
            assert doc.meta.extra["key"] in want_docs


def test_other_arguments_refused_on_resume(tmp_path: Path) -> None:
    inputs, _, _ = make_inputs(tmp_path / "in", 2, 3)
    run_batch(inputs[:1], out=str(tmp_path / "out"), workers=1, progress=False)
    with pytest.raises(BatchError, match="other arguments"):
        run_batch(inputs[:1], out=str(tmp_path / "out"), workers=1, partition_size=7, progress=False)


def test_dask_engine_parquet_matches_local(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    import pyarrow.parquet as pq

    inputs, want_docs, _ = make_inputs(tmp_path / "in", 6, 8)
    from khabar.ingest.batch import Options

    opts = Options(text_field="body", date_field="published", url_field="link")
    s = run_batch(inputs, out=str(tmp_path / "dask"), engine="dask", workers=1, partition_size=4,
                  output_format="parquet", opts=opts, progress=False)
    table = pq.read_table(str(tmp_path / "dask" / "parts"))
    assert set(table.column("key").to_pylist()) == want_docs and table.num_rows == len(want_docs)
    assert s["documents"] == len(want_docs) and s["peak_rss_mb_per_worker"]
    local = run_batch(inputs, out=str(tmp_path / "local"), workers=1, partition_size=4, opts=opts, progress=False)
    docs_local = {}
    for part in (tmp_path / "local" / "parts").glob("*.jsonl"):
        for line in part.read_text(encoding="utf-8").splitlines():
            docs_local[json.loads(line)["meta"]["extra"]["key"]] = line
    assert local["documents"] == s["documents"]
    for key, blob in zip(table.column("key").to_pylist(), table.column("document").to_pylist(), strict=True):
        assert docs_local[key] == blob  # same bytes whichever engine ran it


def test_store_output_exactly_once(tmp_path: Path) -> None:
    store_mod = pytest.importorskip("khabar.store")
    if not hasattr(store_mod, "open_store"):
        pytest.skip("no khabar.store.open_store")
    from khabar.ingest.batch import Options

    inputs, want_docs, want_fails = make_inputs(tmp_path / "in", 5, 9)
    url = f"sqlite:///{tmp_path / 'k.db'}"
    kw = {"db": url, "state": str(tmp_path / "state"), "partition_size": 3, "workers": 1, "progress": False,
          "opts": Options(text_field="body", date_field="published", url_field="link")}
    run_batch(inputs, **kw)  # type: ignore[arg-type]
    # forget the manifest: every partition is replayed into the same store, nothing doubles
    (tmp_path / "state" / "_done.jsonl").unlink()
    second = run_batch(inputs, **kw)  # type: ignore[arg-type]
    assert second["store_repeats"] == len(want_docs)
    store = store_mod.open_store(url)
    try:
        assert store.count() == len(want_docs)
        assert sorted(f["source"] for f in store.failures()) == sorted(want_fails)
    finally:
        store.close()


def test_dask_existing_scheduler_by_address(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    inputs, want_docs, want_fails = make_inputs(tmp_path / "in", 3, 8)
    from khabar.ingest.batch import Options

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        s = run_batch(inputs, out=str(tmp_path / "out"), engine="dask", scheduler=cl.scheduler_address,
                      partition_size=3, opts=Options(text_field="body", date_field="published", url_field="link"),
                      progress=False)
    keys, fails = read_output(tmp_path / "out")
    assert sorted(keys) == sorted(want_docs) and sorted(fails) == sorted(want_fails)
    assert s["documents"] == len(want_docs)


def test_torn_manifest_is_reconciled_from_committed_files(tmp_path: Path) -> None:
    from khabar.ingest.batch import Options

    inputs, want_docs, want_fails = make_inputs(tmp_path / "in", 4, 6)
    out = tmp_path / "out"
    opts = Options(text_field="body", date_field="published", url_field="link")
    first = run_batch(inputs, out=str(out), workers=1, partition_size=3, opts=opts, progress=False)
    manifest = out / "_done.jsonl"
    lines = manifest.read_text().splitlines()
    # as after a kill -9: one line never written, the last one torn in half
    manifest.write_text("\n".join(lines[1:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2])
    again = run_batch(inputs, out=str(out), workers=1, partition_size=3, opts=opts, progress=False)
    assert again["partitions_run"] == 0
    assert again["documents"] == first["documents"] == len(want_docs)
    assert again["failures"] == len(want_fails)
    keys, fails = read_output(out)
    assert sorted(keys) == sorted(want_docs) and sorted(fails) == sorted(want_fails)


def test_fast_flag_reaches_the_workers(tmp_path: Path) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "khabar", "batch", str(PAGES), "--out", str(out), "--fast", "--workers", "1",
           "--no-progress", "--output-format", "parquet", "--json-summary"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    import pyarrow.parquet as pq

    table = pq.read_table(str(out / "parts"))
    extractors = {json.loads(d)["meta"]["extra"]["extractor"] for d in table.column("document").to_pylist()}
    assert extractors == {"resiliparse"}
    assert table.num_rows == len(list(PAGES.glob("*.html"))) == json.loads(done.stdout)["documents"]


def test_summary_separates_worker_start_up_and_reports_own_peak_memory(tmp_path: Path) -> None:
    inputs, _, _ = make_inputs(tmp_path / "in", 4, 5)
    s = run_batch(inputs[:1], out=str(tmp_path / "out"), workers=1, partition_size=3, progress=False)
    run = s["this_run"]
    assert run["documents"] == 4
    assert 0 < run["startup_seconds"] < run["seconds"]
    # throughput after start-up leaves out a fixed cost, so it can only be higher
    assert run["docs_per_second_after_startup"] >= run["docs_per_second"] > 0
    peaks = list(s["peak_rss_mb_per_worker"].values())
    # the worker's own peak (VmHWM), not the parent's inherited ru_maxrss: a loaded khabar
    # worker holds its lexicons (tens of MB) and stays far below a gigabyte on these pages
    assert peaks and all(30 < p < 1000 for p in peaks)


def test_peak_rss_is_this_address_space() -> None:
    from khabar.ingest.batch import _peak_rss_mb

    before = _peak_rss_mb()
    blob = bytearray(64 * 1024 * 1024)  # touch 64 MB
    for i in range(0, len(blob), 4096):
        blob[i] = 1
    assert _peak_rss_mb() >= before + 60
