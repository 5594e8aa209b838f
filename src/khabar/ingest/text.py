"""Reading raw bytes into text: size limit, binary sniffing, encoding detection.

UTF-8 (with or without BOM) is tried first, being nearly all of the web; UTF-16 needs a
BOM; anything else goes to charset-normalizer (cp1256, ISO-8859-6, ...), whose answer is
accepted only if the decoded text is mostly Arabic or Latin letters.
"""

from __future__ import annotations

import re
from pathlib import Path

from khabar.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MissingFileError,
    UndecodableInputError,
)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_LETTER_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077FA-Za-z0-9]")
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b")


def _plausible(text: str) -> bool:
    """Most non-space characters are Arabic/Latin letters, digits or common punctuation."""
    sample = text[:20000]
    visible = [c for c in sample if not c.isspace()]
    if not visible:
        return True
    letters = len(_LETTER_RE.findall(sample))
    controls = sum(1 for c in visible if ord(c) < 32 or 0x80 <= ord(c) < 0xA0)
    return controls == 0 and letters / len(visible) >= 0.5


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding). Raises a KhabarError when it can't."""
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is {len(data):,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, enc = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UndecodableInputError("input has a UTF-16 byte-order mark but is not valid UTF-16") from exc
    else:
        if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:65536]:
            raise BinaryInputError("input is binary data (NUL bytes or a known file signature), not text")
        try:
            text, enc = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252", "latin_1"]).best()
            if best is None:
                raise UndecodableInputError("input cannot be decoded as text in any encoding khabar reads") from None
            text, enc = str(best), best.encoding
            if not _plausible(text):
                raise UndecodableInputError(
                    f"input does not decode to Arabic or Latin text (best guess {enc} gives garbage)"
                ) from None
    if not text.strip():
        raise EmptyInputError("input is empty or white space only")
    if not _plausible(text):
        raise BinaryInputError("input is not Arabic or Latin text (mostly control or unknown characters)")
    return text, enc


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes (``-`` is stdin), refusing missing files and oversized input early."""
    import sys

    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        if p.is_dir():
            raise MissingFileError(f"{path} is a directory: give a file (khabar batch and khabar ingest take directories)")
        if not p.is_file():
            raise MissingFileError(f"no such file: {path}")
        if p.stat().st_size > max_bytes:
            raise InputTooLargeError(
                f"{path} is {p.stat().st_size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"
            )
        data = p.read_bytes()
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode a text file; returns (text, encoding)."""
    return decode_bytes(read_path(path, max_bytes=max_bytes), max_bytes=max_bytes)
