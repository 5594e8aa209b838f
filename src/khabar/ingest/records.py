"""One unit of input (a page, a WARC response, a JSONL line) and how it becomes a Document.

Every record has a deterministic key, ``source`` plus its position in the file (byte
offset of a WARC record, line number of a JSONL line), so a batch can tell what it has
already done after a crash and never do it twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khabar.errors import EmptyInputError
from khabar.ingest.text import DEFAULT_MAX_BYTES
from khabar.model import Document


@dataclass
class Record:
    """An input item ready to analyze: raw HTML bytes or article text, with what is known of it."""

    key: str
    source: str
    kind: str  # "html" or "text"
    data: bytes | str
    position: int = 0  # byte offset (WARC) or line number (JSONL); 0 for a whole file
    url: str | None = None
    date: str | None = None  # a date given with the record (JSONL date field): the DCT
    fallback_date: str | None = None  # a weaker date (WARC crawl date) used if the page has none
    http_charset: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    """A bad record: where it is, why (a KhabarError ``reason``) and a one-line message."""

    key: str
    source: str
    reason: str
    message: str
    position: int = 0


@dataclass
class Skipped:
    """A record that is not an article (WARC request/metadata records, images): counted, not failed."""

    key: str
    reason: str


def record_document(rec: Record, *, date: str | None = None, fast: bool = False,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Analyze one record. ``date`` (from the command line) overrides any date the record has."""
    extra = dict(rec.extra)
    if rec.position:
        extra["record_position"] = rec.position
    extra["key"] = rec.key
    if rec.kind == "html":
        from khabar.ingest.html import html_document

        doc = html_document(rec.data, date=date or rec.date, source=rec.source, url=rec.url,
                            http_charset=rec.http_charset, fast=fast, max_bytes=max_bytes,
                            fallback_date=rec.fallback_date, extra=extra)
        if not date and rec.date:
            doc.publication_date.source = "metadata"  # the dump's date field, not the command line
        return doc
    from khabar.errors import InputTooLargeError
    from khabar.pipeline import analyze

    text = rec.data.decode("utf-8") if isinstance(rec.data, bytes) else rec.data
    if len(text.encode("utf-8")) > max_bytes:
        raise InputTooLargeError(f"article is over the limit of {max_bytes:,} bytes (--max-bytes)")
    if rec.title and not text.lstrip().startswith(rec.title.strip()):
        text = f"{rec.title.strip()}\n\n{text.strip()}"
    if not text.strip():
        raise EmptyInputError("article text is empty")
    doc = analyze(text, date or rec.date, source=rec.source)
    if not date and rec.date:
        doc.publication_date.source = "metadata"  # the dump's date field, not the command line
    doc.meta.url = rec.url
    doc.meta.extra = {k: extra[k] for k in sorted(extra)}
    return doc
