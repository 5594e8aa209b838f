"""Errors for bad input: each has a one-line message and a distinct exit code.

The CLI prints ``khabar: <message>`` on stderr and exits with ``exit_code``; in a batch
the same errors are recorded with their ``reason`` and the run goes on.
"""

from __future__ import annotations


class KhabarError(Exception):
    """Base class: a problem with the input or the request, not a bug."""

    exit_code = 1
    reason = "error"


class MissingFileError(KhabarError):
    exit_code = 3
    reason = "missing_file"


class EmptyInputError(KhabarError):
    exit_code = 4
    reason = "empty"


class BinaryInputError(KhabarError):
    exit_code = 5
    reason = "binary"


class UndecodableInputError(KhabarError):
    exit_code = 6
    reason = "undecodable"


class InputTooLargeError(KhabarError):
    exit_code = 7
    reason = "too_large"


class BadDateError(KhabarError):
    exit_code = 8
    reason = "bad_date"


class ParseError(KhabarError):
    """A container (HTML, WARC, JSONL) that cannot be parsed."""

    exit_code = 9
    reason = "parse_error"
