"""JSONL dumps: one article per line, fields named by flags (dotted paths allowed).

A line that is not JSON, not an object, or lacks a text field is a Failure with its line
number; the rest of the file goes on. A ``text`` field that holds HTML markup is read as
a page. Lines are numbered from 1 and keyed ``source:line``.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from khabar.errors import MissingFileError
from khabar.ingest.records import Failure, Record

_HTML_RE = re.compile(r"^\s*<(?:!doctype|html|head|body|div|article|p)\b", re.I)


def _get(obj: dict[str, Any], path: str) -> Any:
    cur: Any = obj
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


_EPOCH_MIN = 631_152_000  # 1990-01-01T00:00:00Z
_EPOCH_MAX = 4_102_444_800  # 2100-01-01T00:00:00Z


def _date(value: Any) -> str | None:
    from khabar.ingest.html import _iso_date

    if isinstance(value, int | float) and not isinstance(value, bool):
        import datetime as dt

        # a Unix timestamp in seconds or milliseconds; a number that would put the article
        # outside 1990-2099 is not one (a year, an id, a count) and is left unparsed
        secs = value / 1000 if value > 10**11 else value
        if not _EPOCH_MIN <= secs < _EPOCH_MAX:
            return None
        return dt.datetime.fromtimestamp(secs, tz=dt.UTC).date().isoformat()
    return _iso_date(value) if isinstance(value, str) else None


def open_lines(path: str | Path) -> IO[bytes]:
    """The file's bytes, gunzipped when it is gzip."""
    p = Path(path)
    if not p.is_file():
        raise MissingFileError(f"no such file: {path}")
    f = p.open("rb")
    if f.read(2) == b"\x1f\x8b":
        f.close()
        return gzip.open(p, "rb")  # type: ignore[return-value]
    f.seek(0)
    return f


def count_lines(path: str | Path) -> int:
    """Number of lines (the last one may lack its newline)."""
    n = 0
    last = b"\n"
    with open_lines(path) as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (0 if last == b"\n" else 1)


def iter_jsonl(path: str | Path, *, text_field: str = "text", date_field: str = "date", url_field: str = "url",
               title_field: str = "title", start: int = 1, end: int | None = None) -> Iterator[Record | Failure]:
    """Records of lines ``start`` ≤ n < ``end`` (1-based); blank lines are ignored."""
    source = str(path)
    with open_lines(path) as f:
        for n, raw in enumerate(f, start=1):
            if n < start:
                continue
            if end is not None and n >= end:
                break
            if not raw.strip():
                continue
            key = f"{source}:{n}"
            try:
                obj = json.loads(raw)
            except UnicodeDecodeError:
                yield Failure(key, source, "undecodable", f"line {n} is not UTF-8", n)
                continue
            except json.JSONDecodeError as exc:
                yield Failure(key, source, "parse_error", f"line {n} is not JSON: {exc.msg}", n)
                continue
            except ValueError as exc:
                yield Failure(key, source, "parse_error", f"line {n} is not JSON: {exc}", n)
                continue
            if not isinstance(obj, dict):
                yield Failure(key, source, "parse_error", f"line {n} is not a JSON object", n)
                continue
            text = _get(obj, text_field)
            if not isinstance(text, str):
                what = "missing" if text is None else f"a {type(text).__name__}, not text"
                yield Failure(key, source, "parse_error", f"line {n}: field {text_field!r} is {what}", n)
                continue
            if not text.strip():
                yield Failure(key, source, "empty", f"line {n}: field {text_field!r} is empty", n)
                continue
            url = _get(obj, url_field)
            title = _get(obj, title_field)
            raw_date = _get(obj, date_field)
            extra: dict[str, Any] = {}
            date = _date(raw_date)
            if raw_date is not None and date is None:
                extra["unparsed_date"] = str(raw_date)[:100]
            yield Record(key=key, source=source, kind="html" if _HTML_RE.match(text) else "text", data=text,
                         position=n, url=url if isinstance(url, str) else None, date=date,
                         title=title if isinstance(title, str) else None, extra=extra)
