"""wordfreq's Arabic Zipf frequencies, served from a cached automaton (fast to load).

``wordfreq.zipf_frequency`` reads and decodes its whole Arabic table (about 620,000 words)
on first use, which takes a second or more. The same figures, stored as integers in a
pyahocorasick automaton used as a key-value table and cached on disk
(:mod:`khabar.entities.cache`), load in about a tenth of that. A word wordfreq would split
into several tokens (جان-بيير) gets wordfreq's combined figure, 1 / sum(1 / f).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

import ahocorasick

_LETTERS = re.compile(r"^[\u0621-\u064A]+$")
_SPLIT = re.compile(r"[^\w]+|_")


def _build() -> Any:
    from wordfreq import get_frequency_dict

    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for word, f in get_frequency_dict("ar").items():
        if f > 0:
            auto.add_word(word, round((math.log10(f) + 9) * 100))
    return auto


@lru_cache(maxsize=1)
def table() -> Any:
    """The automaton word -> round(zipf * 100), built once and cached on disk."""
    from pathlib import Path

    from khabar.entities.cache import cached

    return cached("wordfreq-ar", [Path(__file__)], _build, packages=("wordfreq", "pyahocorasick"))


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of an Arabic word (0 when unknown), as ``zipf_frequency(word, "ar")``."""
    parts = [p for p in _SPLIT.split(word.lower()) if p] if not _LETTERS.match(word) else [word]
    if not parts:
        return 0.0
    values = [table().get(p, 0) for p in parts]
    if min(values) <= 0:
        return 0.0
    if len(values) == 1:
        return round(values[0] / 100, 2)
    # several tokens (a hyphenated name): wordfreq's combination, 1 / sum(1 / f)
    inv = sum(10 ** (9 - v / 100) for v in values)
    return round(math.log10(1 / inv) + 9, 2)
