"""Sentence and paragraph splitting on Arabic and Latin punctuation and quotes.

A sentence ends at . ! ? ؟ (and … ؛ ;) followed by space, a closing quote or the end of
a paragraph; closing quotes (» ” ") after the stop stay with the sentence. A stop between
digits (3.5) or after a single Latin capital (U.S.) does not end one. A blank line or a
line break always ends a sentence: news paragraphs are one per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA_RE = re.compile(r"[^\n]+")
# (?:[.!?؟…]+|[؛;])[»”"'’)\]]*(?=\s|$) written to begin with one character class: the regex
# engine then jumps from stop mark to stop mark instead of trying every position of the text
_STOP_RE = re.compile(r"[.!?؟…؛;](?:(?<=[.!?؟…])[.!?؟…]*)?[»”\"'’)\]]*(?=\s|$)")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    """Non-blank lines, stripped of surrounding white space, with their offsets."""
    out: list[Segment] = []
    for m in _PARA_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Segment(s, e, text[s:e]))
    return out


def _is_abbreviation(text: str, stop: int) -> bool:
    """'U.S.' or 'د.' : a single letter before the stop is an initial, not a sentence end."""
    return stop >= 1 and text[stop] == "." and (stop < 2 or not text[stop - 2].isalnum()) and text[stop - 1].isalpha()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Sentences of ``text[start:end]`` (default: the whole text), as original spans."""
    end = len(text) if end is None else end
    out: list[Segment] = []
    for para in paragraphs(text[start:end]):
        ps, pe = para.start + start, para.end + start
        cur = ps
        for m in _STOP_RE.finditer(text, ps, pe):
            if _is_abbreviation(text, m.start()):
                continue
            s, e = cur, m.end()
            while s < e and text[s].isspace():
                s += 1
            if e > s:
                out.append(Segment(s, e, text[s:e]))
            cur = e
        s = cur
        while s < pe and text[s].isspace():
            s += 1
        if pe > s:
            out.append(Segment(s, pe, text[s:pe]))
    return out
