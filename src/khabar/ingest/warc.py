"""WARC files (gzipped or not) through FastWARC: HTML response records become Records.

Records are addressed by their byte offset in the file (for gzipped WARCs the offset of
their gzip member), so a batch can split a WARC into ranges, seek straight to a range and
name every record deterministically. Non-response records, non-HTML payloads and HTTP
errors are skipped and counted, not failed.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from khabar.errors import MissingFileError, ParseError
from khabar.ingest.records import Failure, Record, Skipped
from khabar.ingest.text import DEFAULT_MAX_BYTES

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml")


def check_warc(path: str | Path) -> None:
    """Refuse a file that is not a WARC before iterating it (FastWARC would just yield nothing)."""
    p = Path(path)
    if not p.is_file():
        raise MissingFileError(f"no such file: {path}")
    with p.open("rb") as f:
        head = f.read(2)
        f.seek(0)
        try:
            start = gzip.GzipFile(fileobj=f).read(8) if head == b"\x1f\x8b" else f.read(8)
        except (OSError, EOFError, zlib.error):
            raise ParseError(f"{path} is not a readable WARC file (bad gzip data)") from None
    if not start.startswith(b"WARC/"):
        raise ParseError(f"{path} is not a WARC file (no WARC/ version line)")


def warc_offsets(path: str | Path) -> list[tuple[int, bool]]:
    """Every record's (offset, is a response) in file order: the batch's partition plan."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    check_warc(path)
    out: list[tuple[int, bool]] = []
    try:
        for rec in ArchiveIterator(str(path), parse_http=False, fsspec_args=False):
            out.append((int(rec.stream_pos), rec.record_type == WarcRecordType.response))
    except OSError as exc:
        if not out:
            raise ParseError(f"{path} could not be read as WARC: {exc}") from None
    return out


def _decode_content(body: bytes, encoding: str | None) -> bytes:
    enc = (encoding or "").strip().lower()
    if enc in ("gzip", "x-gzip"):
        return gzip.decompress(body)
    if enc == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    return body


def iter_warc(path: str | Path, *, start: int = 0, end: int | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record | Failure | Skipped]:
    """The records whose offset lies in ``[start, end)``: Records for HTML responses, else Skipped/Failure."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    check_warc(path)
    source = str(path)
    with open(path, "rb") as f:
        f.seek(start)
        it = ArchiveIterator(f, parse_http=True, fsspec_args=False)
        while True:
            try:
                rec = next(it)
            except StopIteration:
                break
            except OSError as exc:
                yield Failure(f"{source}@{start}", source, ParseError.reason, f"WARC read error: {exc}", start)
                break
            pos = int(rec.stream_pos)
            if end is not None and pos >= end:
                break
            key = f"{source}@{pos}"
            if rec.record_type != WarcRecordType.response:
                yield Skipped(key, f"warc_{str(rec.record_type).rsplit('.', 1)[-1]}")
                continue
            if not rec.is_http:
                yield Skipped(key, "not_http")
                continue
            status = rec.http_headers.status_code if rec.http_headers is not None else None
            if status is not None and not 200 <= int(status) < 300:
                yield Skipped(key, f"http_{status}")
                continue
            ctype = (rec.http_content_type or "").lower()
            if ctype and not ctype.startswith(_HTML_TYPES):
                yield Skipped(key, "not_html")
                continue
            if rec.content_length > max_bytes * 2:
                rec.reader.consume() if hasattr(rec.reader, "consume") else None
                yield Failure(key, source, "too_large",
                              f"record is {rec.content_length:,} bytes, over the limit of {max_bytes:,}", pos)
                continue
            try:
                body = rec.reader.read()
                enc = rec.http_headers.get("Content-Encoding") if rec.http_headers is not None else None
                body = _decode_content(body, enc)
            except (OSError, zlib.error, EOFError) as exc:
                yield Failure(key, source, ParseError.reason, f"bad record payload: {exc}", pos)
                continue
            date = rec.record_date.date().isoformat() if rec.record_date is not None else None
            yield Record(key=key, source=source, kind="html", data=body, position=pos,
                         url=rec.headers.get("WARC-Target-URI"), fallback_date=date,
                         http_charset=rec.http_charset,
                         extra={"warc_date": date} if date else {})
