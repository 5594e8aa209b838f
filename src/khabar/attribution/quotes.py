"""Pairing quotation marks within paragraphs: « », “ ” (also mirrored ” “), „ “, and straight ".

Arabic text mixes conventions: guillemets, curly quotes typed in either order by
right-to-left keyboards, and straight quotes. Pairs may nest («... "..." ...»). An
opening mark with no closing mark in its paragraph is paired with the paragraph's end
(a quote that runs on to the next paragraph has no closing mark on the first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "«“„\""
CLOSERS = "»”“\""
QUOTE_CHARS = "«»“”„\""
_QUOTE_RE = re.compile("[" + QUOTE_CHARS + "]")  # jump from mark to mark (paragraphs are long)


@dataclass(frozen=True, slots=True)
class Quote:
    """Offsets of the marks; ``close`` is the paragraph end when the quote is left open."""

    open: int
    close: int
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _opens_here(text: str, pos: int, start: int, end: int) -> bool:
    """A symmetric-looking mark opens when it follows space/start/punctuation and precedes a letter."""
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    return (before.isspace() or before in "(:،,[«“") and not after.isspace()


def pair_quotes(text: str, start: int, end: int) -> list[Quote]:
    """All quote pairs in ``text[start:end]`` (one paragraph), sorted by opening offset."""
    stack: list[tuple[str, int]] = []
    out: list[Quote] = []

    def close_kind(kinds: str, pos: int) -> bool:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] in kinds:
                out.append(Quote(stack[k][1], pos, True))
                del stack[k:]
                return True
        return False

    for m in _QUOTE_RE.finditer(text, start, end):
        pos = m.start()
        ch = text[pos]
        if ch == "«":
            stack.append(("«", pos))
        elif ch == "»":
            close_kind("«", pos)
        elif ch == "„":
            stack.append(("„", pos))
        elif ch == "“":
            # closes a mirrored ” opener or a „, else opens
            if not close_kind("”„", pos):
                stack.append(("“", pos))
        elif ch == "”":
            if close_kind("“„", pos):
                continue
            if _opens_here(text, pos, start, end):
                stack.append(("”", pos))
            else:
                close_kind("”", pos)
        elif ch == '"':
            if not close_kind('"', pos):
                stack.append(('"', pos))
    for kind, pos in stack:
        if kind != '"':  # a lone straight quote is more likely an inch mark or a typo
            out.append(Quote(pos, end, False))
    out.sort(key=lambda q: (q.open, -q.close))
    return out
