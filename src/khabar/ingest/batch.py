"""``khabar batch``: many files on local processes or Dask, resumable, exactly once.

The inputs are cut into partitions by a deterministic plan (a WARC by record offsets, a
JSONL file by line ranges, loose pages in groups of files), each named by a stable id.
Workers analyze a partition and send back the documents' JSON; the driver alone writes:
a partition's failures file, then its output file (temp file + ``os.replace``, the commit
point), then a line in the done-manifest. A run killed at any moment and started again
with the same arguments skips every committed partition and redoes the rest, so each
document ends up in exactly one output file: none lost, none repeated. Scheduling is left
to ``concurrent.futures`` or ``dask.distributed``.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import KhabarError

PLAN_VERSION = 1


class BatchError(KhabarError):
    """A batch that cannot start (conflicting output directory, no inputs, bad engine)."""

    exit_code = 10
    reason = "batch_error"


@dataclass(frozen=True)
class Partition:
    """A slice of the input that one task analyzes: ``[start, end)`` of a file, or a group of files."""

    pid: str
    fmt: str
    path: str
    start: int = 0
    end: int | None = None
    count: int = 0  # records in the slice (for the progress bar)
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class Options:
    """What every worker needs to analyze a record the same way."""

    fast: bool = False
    max_bytes: int = 10 * 1024 * 1024
    text_field: str = "text"
    date_field: str = "date"
    url_field: str = "url"
    title_field: str = "title"
    date: str | None = None


@dataclass
class PartResult:
    """What a worker sends back: documents as JSON lines, failures, counts, its peak memory."""

    pid: str
    docs: list[tuple[str, str]] = field(default_factory=list)  # (key, document JSON)
    failures: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0
    worker: str = ""
    peak_rss_mb: float = 0.0
    seconds: float = 0.0


# --- the plan -----------------------------------------------------------------------------


def _pid(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


_KNOWN_SUFFIXES = (".html", ".htm", ".xhtml", ".warc", ".warc.gz", ".arc.gz", ".jsonl", ".jsonl.gz", ".ndjson",
                   ".txt")


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files as given; directories walked (sorted) for files of known kinds; absolute paths."""
    out: list[str] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            out.extend(str(f.resolve()) for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith(".")
                       and f.name.lower().endswith(_KNOWN_SUFFIXES))
        elif p.is_file():
            out.append(str(p.resolve()))
        else:
            raise BatchError(f"no such input: {raw}")
    if not out:
        raise BatchError("no input files")
    return list(dict.fromkeys(out))


def plan(inputs: Iterable[str], fmt: str = "auto", partition_size: int = 200) -> list[Partition]:
    """The partitions of the inputs, in input order; the same inputs always give the same plan."""
    from khabar.ingest.detect import detect_format

    parts: list[Partition] = []
    loose: dict[str, list[str]] = {}
    for path in expand_inputs(inputs):
        f = detect_format(path) if fmt == "auto" else fmt
        if f == "warc":
            from khabar.ingest.warc import warc_offsets

            try:
                offsets = [o for o, _ in warc_offsets(path)]
            except KhabarError as exc:
                parts.append(Partition(_pid(path, "bad"), "bad", path, count=1, files=(f"{exc.reason}\t{exc}",)))
                continue
            for i in range(0, len(offsets), partition_size):
                chunk = offsets[i:i + partition_size]
                end = offsets[i + partition_size] if i + partition_size < len(offsets) else None
                parts.append(Partition(_pid(path, "warc", chunk[0]), "warc", path, chunk[0], end, len(chunk)))
        elif f == "jsonl":
            from khabar.ingest.jsonl import count_lines

            n = count_lines(path)
            for start in range(1, n + 1, partition_size):
                end = min(start + partition_size, n + 1)
                parts.append(Partition(_pid(path, "jsonl", start), "jsonl", path, start, end, end - start))
        else:
            loose.setdefault(f, []).append(path)
    for f, files in loose.items():
        for i in range(0, len(files), partition_size):
            group = tuple(files[i:i + partition_size])
            parts.append(Partition(_pid(f, *group), f, group[0], count=len(group), files=group))
    return parts


# --- the worker side ------------------------------------------------------------------------


def _records(part: Partition, opts: Options) -> Iterator[Any]:
    from khabar.ingest.records import Failure, Record

    if part.fmt == "bad":
        reason, _, message = part.files[0].partition("\t")
        yield Failure(part.path, part.path, reason, message)
    elif part.fmt == "warc":
        from khabar.ingest.warc import iter_warc

        yield from iter_warc(part.path, start=part.start, end=part.end, max_bytes=opts.max_bytes)
    elif part.fmt == "jsonl":
        from khabar.ingest.jsonl import iter_jsonl

        yield from iter_jsonl(part.path, text_field=opts.text_field, date_field=opts.date_field,
                              url_field=opts.url_field, title_field=opts.title_field, start=part.start,
                              end=part.end)
    else:
        from khabar.ingest.text import decode_bytes, read_path

        for path in part.files:
            try:
                data = read_path(path, max_bytes=opts.max_bytes)
                if part.fmt == "text":
                    text, _ = decode_bytes(data, max_bytes=opts.max_bytes)
                    yield Record(key=path, source=path, kind="text", data=text)
                else:
                    yield Record(key=path, source=path, kind="html", data=data)
            except KhabarError as exc:
                yield Failure(path, path, exc.reason, str(exc))


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    Linux's ``VmHWM`` belongs to the current address space; ``ru_maxrss`` survives ``execve``
    and so would report the parent's peak in a spawned worker. It is the fallback elsewhere.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0  # kB
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def run_partition(part: Partition, opts: Options) -> PartResult:
    """Analyze one partition; every bad record becomes a failure entry, never an exception."""
    import socket

    from khabar.ingest.records import Failure, Record, record_document

    t0 = time.perf_counter()
    res = PartResult(pid=part.pid, worker=f"{socket.gethostname()}:{os.getpid()}")
    for item in _records(part, opts):
        if isinstance(item, Record):
            try:
                doc = record_document(item, date=opts.date, fast=opts.fast, max_bytes=opts.max_bytes)
                res.docs.append((item.key, doc.to_json(indent=None)))
            except KhabarError as exc:
                res.failures.append(_failure(item.key, item.source, item.position, exc.reason, str(exc)))
            except RecursionError:
                res.failures.append(_failure(item.key, item.source, item.position, "parse_error",
                                             "document too deeply nested to parse"))
            except Exception as exc:  # a bug in a stage must not stop a crawl-sized run
                msg = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
                res.failures.append(_failure(item.key, item.source, item.position, "error", msg))
        elif isinstance(item, Failure):
            res.failures.append(_failure(item.key, item.source, item.position, item.reason, item.message))
        else:
            res.skipped += 1
    res.seconds = time.perf_counter() - t0
    res.peak_rss_mb = round(_peak_rss_mb(), 1)
    return res


def _failure(key: str, source: str, position: int, reason: str, message: str) -> dict[str, Any]:
    return {"key": key, "source": source, "position": position, "reason": reason, "message": message}


_WARM_UP_TEXT = (
    "عنوان تجريبي\n"
    "قال وزير الخارجية يوم الأحد 3 مارس 2024 في القاهرة إن 12 شخصا قتلوا وأصيب 20 آخرون، "
    "وفقا لوزارة الصحة، ودعا إلى وقف إطلاق النار.\n"
)


def warm_up() -> None:
    """Load the readers, stages and every lexicon once per worker process, before its first task.

    Lexicons load lazily on first use; analyzing a small built-in text here moves that cost
    out of the first partition, so start-up and steady-state throughput can be told apart.
    """
    import khabar.ingest.html  # noqa: F401
    from khabar.pipeline import DEFAULT_STAGES, analyze, get_stage

    for name in DEFAULT_STAGES:
        try:
            get_stage(name)
        except Exception:  # a missing stage shows up as per-document failures instead
            pass
    try:
        analyze(_WARM_UP_TEXT, "2024-03-04")
    except Exception:  # a broken stage shows up as per-document failures instead
        pass


# --- the driver side: sinks -------------------------------------------------------------------


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write(tmp)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


class DirSink:
    """Per-partition JSONL/Parquet files, failure files and a done-manifest under one directory."""

    def __init__(self, out: Path, output_format: str) -> None:
        self.out = out
        self.fmt = output_format
        self.parts = out / "parts"
        self.fails = out / "failures"
        self.parts.mkdir(parents=True, exist_ok=True)
        self.fails.mkdir(parents=True, exist_ok=True)
        self.state = out
        for d in (self.parts, self.fails, self.out):  # temp files of a killed run
            for tmp in d.glob(".*.tmp-*"):
                tmp.unlink(missing_ok=True)

    def part_path(self, pid: str) -> Path:
        return self.parts / f"{pid}.{'parquet' if self.fmt == 'parquet' else 'jsonl'}"

    def committed(self) -> set[str]:
        """Partitions whose output file exists: the commit point, whatever the manifest says."""
        suffix = ".parquet" if self.fmt == "parquet" else ".jsonl"
        return {p.name[: -len(suffix)] for p in self.parts.iterdir() if p.name.endswith(suffix)
                and not p.name.startswith(".")}

    def write(self, res: PartResult) -> None:
        def write_failures(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8") as f:
                for fl in res.failures:
                    f.write(json.dumps(fl, ensure_ascii=False, sort_keys=True) + "\n")

        _atomic_write(self.fails / f"{res.pid}.jsonl", write_failures)
        if self.fmt == "parquet":
            _atomic_write(self.part_path(res.pid), lambda tmp: _write_parquet(tmp, res.docs))
        else:
            def write_docs(tmp: Path) -> None:
                with open(tmp, "w", encoding="utf-8") as f:
                    for _key, js in res.docs:
                        f.write(js + "\n")

            _atomic_write(self.part_path(res.pid), write_docs)

    def finish(self, order: list[str]) -> Path:
        """Merge the per-partition failure files, in plan order, into ``failures.jsonl``."""
        target = self.out / "failures.jsonl"

        def merge(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8") as out:
                for pid in order:
                    p = self.fails / f"{pid}.jsonl"
                    if p.exists():
                        out.write(p.read_text(encoding="utf-8"))

        _atomic_write(target, merge)
        return target

    def close(self) -> None:
        pass


def _write_parquet(path: Path, docs: list[tuple[str, str]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    keys, sources, urls, dates, texts, blobs = [], [], [], [], [], []
    for key, js in docs:
        d = json.loads(js)
        keys.append(key)
        sources.append(d["meta"].get("source"))
        urls.append(d["meta"].get("url"))
        dates.append(d["publication_date"].get("value"))
        texts.append(d["text"])
        blobs.append(js)
    table = pa.table({"key": pa.array(keys, pa.string()), "source": pa.array(sources, pa.string()),
                      "url": pa.array(urls, pa.string()), "publication_date": pa.array(dates, pa.string()),
                      "text": pa.array(texts, pa.string()), "document": pa.array(blobs, pa.string())})
    pq.write_table(table, str(path), compression="zstd")


class StoreSink:
    """The khabar store (``--db URL``): documents and failures go to its tables.

    The done-manifest lives in a state directory; a partition interrupted halfway is
    replayed, and the store's own de-duplication (``add`` returns ``added=False`` for a
    document it has) keeps it exactly once; failures are keyed by record and added once.
    """

    def __init__(self, url: str, state: Path) -> None:
        try:
            from khabar.store import open_store  # type: ignore[attr-defined]
        except ImportError:
            raise BatchError("the store is not available in this install (khabar.store.open_store)") from None
        self.store = open_store(url)
        self.state = state
        state.mkdir(parents=True, exist_ok=True)
        self.repeats = 0
        # failures already in the table (a partition replayed after a kill must not add them twice)
        self.failed: set[str] = {str(f["source"]) for f in self.store.failures()}

    def committed(self) -> set[str]:
        return set()

    def write(self, res: PartResult) -> None:
        from khabar.model import Document

        for _key, js in res.docs:
            _id, added = self.store.add(Document.model_validate_json(js))
            if not added:
                self.repeats += 1
        for fl in res.failures:
            if fl["key"] not in self.failed:
                self.store.add_failure(fl["key"], fl["reason"], fl["message"])
                self.failed.add(fl["key"])

    def finish(self, order: list[str]) -> Path | None:
        return None

    def close(self) -> None:
        self.store.close()


# --- the driver ---------------------------------------------------------------------------------


@dataclass
class Totals:
    docs: int = 0
    failures: int = 0
    skipped: int = 0
    partitions: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, docs: int, failures: int, skipped: int, reasons: dict[str, int]) -> None:
        self.docs += docs
        self.failures += failures
        self.skipped += skipped
        self.partitions += 1
        for r, n in reasons.items():
            self.reasons[r] = self.reasons.get(r, 0) + n


class Manifest:
    """``_done.jsonl``: one line per committed partition, appended and fsynced after the commit."""

    def __init__(self, state: Path) -> None:
        self.path = state / "_done.jsonl"
        self.entries: dict[str, dict[str, Any]] = {}
        if self.path.exists():
            with open(self.path, encoding="utf-8") as f:
                for line in f:
                    try:
                        e = json.loads(line)
                    except ValueError:  # a line torn by a kill: the partition file decides
                        continue
                    self.entries[e["partition"]] = e
        self._f = open(self.path, "a", encoding="utf-8")
        if self.path.stat().st_size and not self.path.read_bytes().endswith(b"\n"):
            self._f.write("\n")  # close a line torn by a kill before appending

    def add(self, entry: dict[str, Any]) -> None:
        self.entries[entry["partition"]] = entry
        self._f.write(json.dumps(entry, sort_keys=True) + "\n")
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        self._f.close()


def _reasons(failures: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in failures:
        out[f["reason"]] = out.get(f["reason"], 0) + 1
    return out


def _check_config(state: Path, config: dict[str, Any]) -> None:
    """Refuse to resume into a directory made by a run with different arguments."""
    path = state / "_batch.json"
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        if old != config:
            diff = sorted(k for k in set(old) | set(config) if old.get(k) != config.get(k))
            raise BatchError(f"{state} holds a run with other arguments ({', '.join(diff)}); "
                             "use the same arguments to resume or a new output directory")
        return
    _atomic_write(path, lambda tmp: _write_text(tmp, json.dumps(config, indent=1, sort_keys=True)))


# A LocalCluster started by ``khabar batch`` runs on the machine that analyzes: its workers'
# diagnostics (a statistical profiler sampling every 10 ms, an event-loop health tick every
# 20 ms, a memory monitor every 100 ms, a system monitor every 500 ms) take CPU from the
# analysis on every core the run uses, and nobody reads them in a batch. A cluster given by
# ``--scheduler`` keeps its own configuration.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


class Runner:
    """Schedules partitions on an engine and commits results as they arrive."""

    def __init__(self, engine: str, workers: int, scheduler: str | None) -> None:
        self.engine = engine
        self.workers = max(1, workers)
        self.scheduler = scheduler

    def run(self, parts: list[Partition], opts: Options, on_result: Callable[[PartResult], None],
            on_crash: Callable[[Partition, str], None]) -> None:
        if not parts:
            return
        if self.engine == "dask":
            self._run_dask(parts, opts, on_result, on_crash)
        else:
            self._run_local(parts, opts, on_result, on_crash)

    def _run_local(self, parts: list[Partition], opts: Options, on_result: Callable[[PartResult], None],
                   on_crash: Callable[[Partition, str], None]) -> None:
        import multiprocessing as mp
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        queue = list(reversed(parts))
        attempts: dict[str, int] = {}
        ctx = mp.get_context("spawn")
        while queue:
            pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=warm_up)
            running: dict[Future[PartResult], Partition] = {}
            broken = False
            try:
                while queue or running:
                    while queue and len(running) < self.workers * 2:
                        p = queue.pop()
                        running[pool.submit(run_partition, p, opts)] = p
                    done, _ = wait(running, return_when=FIRST_COMPLETED)
                    for fut in done:
                        p = running.pop(fut)
                        try:
                            res = fut.result()
                        except BrokenProcessPool:
                            broken = True
                            queue.append(p)
                            continue
                        on_result(res)
                    if broken:
                        break
            finally:
                if broken:
                    for p in running.values():
                        queue.append(p)
                    pool.shutdown(wait=False, cancel_futures=True)
                else:
                    pool.shutdown(wait=True)
            if broken:
                # a worker died (out of memory, a segfault in a parser): retry once, then give up on it
                retry: list[Partition] = []
                for p in queue:
                    attempts[p.pid] = attempts.get(p.pid, 0) + 1
                    if attempts[p.pid] > 2:
                        on_crash(p, "a worker process died twice on this partition")
                    else:
                        retry.append(p)
                queue = sorted(retry, key=lambda p: -parts.index(p))

    def _run_dask(self, parts: list[Partition], opts: Options, on_result: Callable[[PartResult], None],
                  on_crash: Callable[[Partition, str], None]) -> None:
        import logging

        import dask
        from distributed import Client, LocalCluster, as_completed

        cluster = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            # the workers inherit this configuration when their nannies start them
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            # results come straight from the workers, not relayed by the scheduler
            client = Client(cluster, direct_to_workers=True)
        try:
            client.run(warm_up)
            queue = list(reversed(parts))
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
            futures = {}
            for _ in range(min(len(queue), n_workers * 2)):
                p = queue.pop()
                futures[p.pid] = p
            ac = as_completed([client.submit(run_partition, p, opts, key=f"khabar-part-{p.pid}", pure=False,
                                              retries=1) for p in futures.values()])
            for fut in ac:
                pid = str(fut.key).removeprefix("khabar-part-")
                p = futures.pop(pid)
                try:
                    on_result(fut.result())
                except KhabarError:
                    raise
                except Exception as exc:  # KilledWorker and friends
                    on_crash(p, f"{type(exc).__name__}: {exc}".splitlines()[0][:300])
                fut.release()
                if queue:
                    q = queue.pop()
                    futures[q.pid] = q
                    ac.add(client.submit(run_partition, q, opts, key=f"khabar-part-{q.pid}", pure=False, retries=1))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def run_batch(inputs: list[str], *, out: str | None = None, db: str | None = None, state: str | None = None,
              input_format: str = "auto", output_format: str = "jsonl", engine: str = "local", workers: int = 2,
              scheduler: str | None = None, partition_size: int = 200, opts: Options | None = None,
              progress: bool = True) -> dict[str, Any]:
    """Run (or resume) a batch and return its summary."""
    opts = opts or Options()
    if bool(out) == bool(db):
        raise BatchError("give exactly one of --out DIR or --db URL")
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r} (local or dask)")
    files = expand_inputs(inputs)
    config = {"plan_version": PLAN_VERSION, "inputs": files, "sizes": [os.path.getsize(f) for f in files],
              "input_format": input_format,
              "partition_size": partition_size, "output_format": output_format, "options": asdict(opts)}
    sink: DirSink | StoreSink
    if out:
        sink = DirSink(Path(out), output_format)
    else:
        assert db is not None
        state_dir = Path(state) if state else Path(".khabar-batch") / _pid(db, json.dumps(config, sort_keys=True))
        sink = StoreSink(db, state_dir)
    _check_config(sink.state, config)
    # the plan is saved once: a resumed run does not rescan its WARC files
    t_plan = time.perf_counter()
    plan_path = sink.state / "_plan.json"
    if plan_path.exists():
        parts = [Partition(**{**d, "files": tuple(d["files"])})
                 for d in json.loads(plan_path.read_text(encoding="utf-8"))]
    else:
        parts = plan(files, input_format, partition_size)
        _atomic_write(plan_path, lambda tmp: _write_text(tmp, json.dumps([asdict(p) for p in parts])))
    plan_seconds = time.perf_counter() - t_plan
    manifest = Manifest(sink.state)
    by_pid = {p.pid: p for p in parts}
    # reconcile: a partition committed (its file renamed in) but killed before its manifest line
    for pid in sorted(sink.committed() - set(manifest.entries)):
        if pid in by_pid and isinstance(sink, DirSink):
            manifest.add(_entry_from_files(sink, pid))
    done = {pid for pid in manifest.entries if pid in by_pid}
    pending = [p for p in parts if p.pid not in done]

    before = Totals()
    for pid in done:
        e = manifest.entries[pid]
        before.add(e["docs"], e["failures"], e["skipped"], e.get("reasons", {}))
    now = Totals()
    busy = [0.0]
    peaks: dict[str, float] = {}
    t0 = time.perf_counter()
    first_task = [float("inf")]  # when the first partition began: the workers' start-up ends there

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    total = sum(p.count for p in pending)
    columns = (TextColumn("[bold]batch"), BarColumn(bar_width=16),
               TextColumn("{task.completed:.0f}/{task.total:.0f} records"),
               TextColumn("docs {task.fields[docs]}"), TextColumn("{task.fields[rate]} docs/s"),
               TextColumn("failures {task.fields[failures]}"), TextColumn("ETA"), TimeRemainingColumn(compact=True))
    bar = Progress(*columns, console=console, disable=not progress, transient=False)

    with bar:
        task = bar.add_task("batch", total=max(total, 1), docs=0, rate="0.0", failures=0, skipped=0)

        def commit(res: PartResult) -> None:
            sink.write(res)
            reasons = _reasons(res.failures)
            manifest.add({"partition": res.pid, "docs": len(res.docs), "failures": len(res.failures),
                          "skipped": res.skipped, "reasons": reasons, "worker": res.worker,
                          "peak_rss_mb": res.peak_rss_mb, "seconds": round(res.seconds, 3)})
            now.add(len(res.docs), len(res.failures), res.skipped, reasons)
            busy[0] += res.seconds
            peaks[res.worker] = max(peaks.get(res.worker, 0.0), res.peak_rss_mb)
            elapsed = max(time.perf_counter() - t0, 1e-9)
            if res.worker:  # a crash entry has no worker and no run time
                first_task[0] = min(first_task[0], elapsed - res.seconds)
            bar.update(task, advance=by_pid[res.pid].count, docs=now.docs, failures=now.failures,
                       skipped=now.skipped, rate=f"{now.docs / elapsed:.1f}")

        def crash(p: Partition, message: str) -> None:
            commit(PartResult(pid=p.pid, failures=[_failure(p.pid, p.path, p.start, "worker_crash", message)]))

        try:
            Runner(engine, workers, scheduler).run(pending, opts, commit, crash)
        finally:
            manifest.close()
    elapsed = time.perf_counter() - t0
    startup = min(max(first_task[0], 0.0), elapsed)
    steady = elapsed - startup
    failures_file = sink.finish([p.pid for p in parts])
    sink.close()
    all_t = Totals(docs=before.docs + now.docs, failures=before.failures + now.failures,
                   skipped=before.skipped + now.skipped, partitions=before.partitions + now.partitions,
                   reasons={r: before.reasons.get(r, 0) + now.reasons.get(r, 0)
                            for r in sorted(set(before.reasons) | set(now.reasons))})
    summary = {
        "engine": engine, "workers": workers, "partitions": len(parts),
        "partitions_resumed": len(done), "partitions_run": now.partitions,
        "documents": all_t.docs, "failures": all_t.failures, "skipped": all_t.skipped,
        "failure_reasons": all_t.reasons, "this_run": {"documents": now.docs, "failures": now.failures,
                                                       "skipped": now.skipped, "seconds": round(elapsed, 3),
                                                       "docs_per_second": round(now.docs / elapsed, 2) if elapsed else 0,
                                                       "startup_seconds": round(startup, 3),
                                                       "docs_per_second_after_startup":
                                                           round(now.docs / steady, 2) if steady > 0 else 0,
                                                       "plan_seconds": round(plan_seconds, 3),
                                                       "worker_busy_seconds": round(busy[0], 3)},
        "peak_rss_mb_per_worker": {k: peaks[k] for k in sorted(peaks)},
        "failures_file": str(failures_file) if failures_file else None,
    }
    if isinstance(sink, StoreSink):
        summary["store_repeats"] = sink.repeats
    if out:
        _atomic_write(Path(out) / "summary.json",
                      lambda tmp: _write_text(tmp, json.dumps(summary, indent=1, ensure_ascii=False)))
    if progress:
        _print_summary(console, summary)
    return summary


def _entry_from_files(sink: DirSink, pid: str) -> dict[str, Any]:
    """A manifest line rebuilt from a committed partition's files (docs and failures counted)."""
    path = sink.part_path(pid)
    if sink.fmt == "parquet":
        import pyarrow.parquet as pq

        docs = pq.read_metadata(str(path)).num_rows
    else:
        with open(path, encoding="utf-8") as f:
            docs = sum(1 for _ in f)
    fails: list[dict[str, Any]] = []
    fp = sink.fails / f"{pid}.jsonl"
    if fp.exists():
        with open(fp, encoding="utf-8") as f:
            fails = [json.loads(line) for line in f if line.strip()]
    return {"partition": pid, "docs": docs, "failures": len(fails), "skipped": 0, "reasons": _reasons(fails),
            "worker": "", "peak_rss_mb": 0.0, "seconds": 0.0, "reconciled": True}


def _print_summary(console: Any, s: dict[str, Any]) -> None:
    from rich.table import Table

    t = Table(title="khabar batch summary", show_header=False)
    t.add_row("documents", f"{s['documents']:,}")
    t.add_row("failures", f"{s['failures']:,}" + (
        " (" + ", ".join(f"{k} {v}" for k, v in s["failure_reasons"].items()) + ")" if s["failure_reasons"] else ""))
    t.add_row("skipped (not articles)", f"{s['skipped']:,}")
    t.add_row("partitions", f"{s['partitions']} ({s['partitions_resumed']} already done, {s['partitions_run']} run now)")
    r = s["this_run"]
    t.add_row("this run", f"{r['documents']:,} docs in {r['seconds']:.1f} s = {r['docs_per_second']} docs/s "
              f"({r['docs_per_second_after_startup']} docs/s after {r['startup_seconds']:.1f} s of worker start-up)")
    if s["peak_rss_mb_per_worker"]:
        t.add_row("peak memory per worker", ", ".join(f"{v:.0f} MB" for v in s["peak_rss_mb_per_worker"].values()))
    if s.get("failures_file"):
        t.add_row("failures file", s["failures_file"])
    console.print(t)
