"""Reading crawled news: HTML pages, WARC files and JSONL dumps into analyzed Documents.

Heavy parsers (trafilatura, FastWARC, resiliparse) are imported only when a reader runs,
so importing ``khabar.ingest`` costs nothing. ``analyze_path`` is what ``khabar analyze``
calls for non-text input; ``khabar batch`` (``khabar.ingest.batch``) runs the same readers
over many files on local processes or Dask.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.ingest.records import Failure, Record, Skipped
    from khabar.model import Document

__all__ = ["analyze_path", "iter_records"]


def iter_records(path: str, fmt: str, *, max_bytes: int = 10 * 1024 * 1024, text_field: str = "text",
                 date_field: str = "date", url_field: str = "url",
                 title_field: str = "title") -> Iterator[Record | Failure | Skipped]:
    """The records of one input file in order (a page is one record)."""
    from khabar.ingest.records import Record

    if fmt == "html":
        from khabar.ingest.text import read_path

        data = read_path(path, max_bytes=max_bytes)
        yield Record(key=path, source=path, kind="html", data=data)
    elif fmt == "warc":
        from khabar.ingest.warc import iter_warc

        yield from iter_warc(path, max_bytes=max_bytes)
    elif fmt == "jsonl":
        from khabar.ingest.jsonl import iter_jsonl

        yield from iter_jsonl(path, text_field=text_field, date_field=date_field, url_field=url_field,
                              title_field=title_field)
    else:
        from khabar.ingest.text import read_path

        data = read_path(path, max_bytes=max_bytes)
        yield Record(key=path, source=path, kind="text", data=data)


def _warn(failure: Failure) -> None:
    print(f"khabar: skipped {failure.key}: {failure.reason}: {failure.message}", file=sys.stderr)


def analyze_path(path: str, fmt: str, *, date: str | None = None, max_bytes: int = 10 * 1024 * 1024,
                 text_field: str = "text", date_field: str = "date", url_field: str = "url",
                 fast: bool = False, on_failure: Callable[[Failure], None] | None = _warn) -> Iterator[Document]:
    """Analyzed Documents of one HTML page, WARC file or JSONL dump.

    A single page that cannot be read raises its KhabarError. In a WARC or JSONL file a bad
    record is reported through ``on_failure`` and skipped; if no record at all gives a
    Document the call raises EmptyInputError (or the first record's own error).
    """
    from khabar.errors import EmptyInputError, KhabarError, ParseError
    from khabar.ingest.records import Failure, Record, record_document
    from khabar.ingest.text import decode_bytes

    if fmt in ("html", "text"):
        (rec,) = list(iter_records(path, fmt, max_bytes=max_bytes))
        assert isinstance(rec, Record)
        if fmt == "text":
            assert isinstance(rec.data, bytes)
            rec.data, _enc = decode_bytes(rec.data, max_bytes=max_bytes)
        yield record_document(rec, date=date, fast=fast, max_bytes=max_bytes)
        return
    if fmt == "text" or path == "-":
        raise KhabarError(f"{fmt} input must be a file, not standard input")
    done = failed = skipped = 0
    reasons: set[str] = set()
    first_error: KhabarError | None = None
    for item in iter_records(path, fmt, max_bytes=max_bytes, text_field=text_field, date_field=date_field,
                             url_field=url_field):
        if isinstance(item, Record):
            try:
                doc = record_document(item, date=date, fast=fast, max_bytes=max_bytes)
            except KhabarError as exc:
                failed += 1
                reasons.add(exc.reason)
                first_error = first_error or exc
                if on_failure:
                    on_failure(Failure(item.key, item.source, exc.reason, str(exc), item.position))
                continue
            except Exception as exc:  # a bug in a stage: record it, go on with the next record
                failed += 1
                reasons.add("internal_error")
                if on_failure:
                    on_failure(Failure(item.key, item.source, "internal_error", f"{type(exc).__name__}: {exc}",
                                       item.position))
                continue
            done += 1
            yield doc
        elif isinstance(item, Failure):
            failed += 1
            reasons.add(item.reason)
            if on_failure:
                on_failure(item)
        else:
            skipped += 1
    if done == 0:
        if failed == 1 and first_error is not None and skipped == 0:
            raise first_error
        what = "HTML response records" if fmt == "warc" else "articles"
        if reasons == {ParseError.reason}:
            raise ParseError(f"{path}: no {what} could be parsed ({failed} failed, {skipped} skipped)")
        raise EmptyInputError(f"{path}: no {what} could be analyzed ({failed} failed, {skipped} skipped)")
