"""The timex lexicons (``data/timex_*.tsv``), loaded once and normalized like the text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from khabar.text import normalize_word


def _rows(name: str) -> list[list[str]]:
    text = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def norm_phrase(s: str) -> str:
    """A lexicon phrase normalized, with single spaces."""
    return " ".join(normalize_word(s).split())


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of normalized phrases, longest first, any whitespace between words.

    Written as a trie (shared prefixes once, a longer continuation tried before stopping), which
    the regex engine tries far faster than a flat list of words at every failing position. It
    matches what the flat longest-first list matches, in the same order: the phrases that can
    match at one place are prefixes of one another, and both forms try them longest first."""
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for tok in _tokens(w):
            node = node.setdefault(tok, {})
        node[""] = {}  # a phrase ends here
    return "(?:" + _trie_regex(trie) + ")"


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for k, word in enumerate(phrase.split()):
        if k:
            out.append(r"\s+")
        out.extend(re.escape(ch) for ch in word)
    return out


def _trie_regex(node: dict[str, Any]) -> str:
    """The alternation below ``node``, continuations before the end of a phrase (a greedy
    ``?``), so the engine tries a longer phrase first."""
    alts = []
    for tok in sorted(t for t in node if t):
        sub, text = node[tok], tok
        while len(sub) == 1 and "" not in sub:  # a chain with no branch: one literal run
            (nxt, sub), = sub.items()
            text += nxt
        if list(sub) != [""]:
            rest = _trie_regex(sub)
            text += rest if "" in sub else f"(?:{rest})"
        alts.append(text)
    body = "|".join(alts)
    if "" not in node:
        return body
    return f"(?:{body})?" if alts else ""


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # stem without the article -> ISO weekday
    cardinals: dict[str, int]  # 1-10
    tens: dict[str, int]
    hundreds: dict[str, int]
    ordinals: dict[str, int]
    ordinal_tens: dict[str, int]
    zones: dict[str, str]
    holidays: dict[str, tuple[str, int, int]]  # name -> (calendar, month, day)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    months = {norm_phrase(r[0]): int(r[1]) for r in _rows("timex_months.tsv")}
    hijri = {norm_phrase(r[0]): int(r[1]) for r in _rows("timex_hijri_months.tsv")}
    weekdays: dict[str, int] = {}
    for r in _rows("timex_weekdays.tsv"):
        w = norm_phrase(r[0])
        weekdays[w[2:] if w.startswith("ال") else w] = int(r[1])
    nums: dict[str, dict[str, int]] = {}
    for r in _rows("timex_numbers.tsv"):
        nums.setdefault(r[2], {})[norm_phrase(r[0])] = int(r[1])
    zones = {norm_phrase(r[0]): r[1] for r in _rows("timex_zones.tsv")}
    holidays = {norm_phrase(r[0]): (r[1], int(r[2]), int(r[3])) for r in _rows("timex_holidays.tsv")}
    return Lexicon(months, hijri, weekdays, nums.get("unit", {}), nums.get("ten", {}), nums.get("hundred", {}),
                   nums.get("ordinal", {}), nums.get("ordinal_ten", {}), zones, holidays)
