"""Guess an input's format from its name, and from its first bytes when the name says nothing.

A crawl often leaves files without a telling extension (``page``, ``dump.txt`` that is really
JSONL, ``segment.gz``); a file whose name is not one of the known kinds is sniffed: a WARC
starts with ``WARC/`` (also inside gzip), a page with a doctype or ``<html``, a JSONL dump
with a JSON object on its first line. Anything else is text. Standard input is text.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

SNIFF_BYTES = 8192  # enough for a WARC header, a doctype, a JSON object's opening
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
                         re.IGNORECASE | re.DOTALL)


def detect_format(path: str) -> str:
    """'html', 'warc', 'jsonl' or 'text' from the file name, else from its first bytes."""
    name = path.lower()
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return "jsonl"
    if path == "-":
        return "text"
    return sniff_format(path)


def sniff_format(path: str) -> str:
    """The format a file's first bytes show; 'text' when they show none (or it cannot be read)."""
    gzipped = False
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
        if head[:2] == b"\x1f\x8b":
            gzipped = True
            with gzip.open(Path(path), "rb") as g:
                head = g.read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):  # a missing, unreadable or truncated file: the reader says why
        return "text"
    if head.startswith(b"WARC/"):
        return "warc"
    if not gzipped and _HTML_START.match(head):  # the WARC and JSONL readers gunzip; the page reader does not
        return "html"
    first = head.lstrip().split(b"\n", 1)[0].strip()
    if re.match(rb'\{\s*"[^"\n]{1,200}"\s*:', first):
        # a JSON object opens the file; a whole line may be longer than what was read, so the
        # line is not parsed here: the JSONL reader reports each bad line on its own
        return "jsonl"
    return "text"
