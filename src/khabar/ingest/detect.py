"""Guess an input's format from its name (and, for stdin, assume text)."""

from __future__ import annotations


def detect_format(path: str) -> str:
    """'html', 'warc', 'jsonl' or 'text' from the file name."""
    name = path.lower()
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return "jsonl"
    return "text"
