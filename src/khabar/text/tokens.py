"""Word tokens with their proclitics split off, keeping original offsets.

Arabic attaches conjunctions (و ف), prepositions (ب ك ل), the article (ال, لل after ل)
and the future marker (س) to the next word. A token records the surface word and the
offset where its stem starts, so a matcher can look up ``stem`` and still report the
span of the original word (or of the stem alone).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from khabar.text.normalize import DIACRITICS, TATWEEL, Normalized

WORD_RE = re.compile(r"[^\W_]+(?:[-‑][^\W_]+)*")

# Proclitic chains in the order they attach: conjunction, preposition, article.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
FUTURE = "س"
MIN_STEM = 2
TRAILING_MARKS = DIACRITICS + TATWEEL  # kept inside a word's span when they follow its last letter


class Token(NamedTuple):
    """A word. Offsets point into the original text; ``norm``/``stem`` are normalized.

    A named tuple, not a dataclass: a page has thousands of tokens and tuples are built
    several times faster.
    """

    start: int
    end: int
    text: str
    norm: str
    prefix: str  # normalized proclitics split off, e.g. "وال"
    stem_start: int  # original offset where the stem begins
    nstart: int  # offsets in the normalized text
    nend: int

    @property
    def stem(self) -> str:
        return self.norm[len(self.prefix):]

    @property
    def has_article(self) -> bool:
        return self.prefix.endswith("ال") or self.prefix.endswith("لل")


def proclitic_splits(word: str) -> list[tuple[str, str]]:
    """Every plausible (prefix, stem) split of a normalized word, longest prefix first.

    The word itself (no prefix) is always the last candidate. A stem keeps at least
    ``MIN_STEM`` letters. ``لل`` is ل + ال with the alef dropped, so its stem gets the
    article back as ``ال`` + rest in :func:`article_forms`.
    """
    out: list[tuple[str, str]] = []
    n = len(word)
    conj = [""] + [c for c in CONJUNCTIONS if word.startswith(c)]
    for c in conj:
        rest = word[len(c):]
        preps = [""] + [p for p in PREPOSITIONS if rest.startswith(p)]
        if rest.startswith(FUTURE) and c:
            preps.append(FUTURE)
        for p in preps:
            rest2 = rest[len(p):]
            arts = [""]
            if rest2.startswith(ARTICLE):
                arts.append(ARTICLE)
            if p == "ل" and rest2.startswith("ل") and len(rest2) > MIN_STEM:
                arts.append("ل")  # لل: ل + (ا)ل
            for a in arts:
                prefix = c + p + a
                if prefix and n - len(prefix) >= MIN_STEM:
                    out.append((prefix, word[len(prefix):]))
    out.sort(key=lambda ps: -len(ps[0]))
    out.append(("", word))
    return out


@lru_cache(maxsize=1 << 17)
def default_split(word: str) -> tuple[str, str]:
    """The split used for a token's ``prefix``: conservative, stems keep >= 3 letters.

    A single leading و/ف/ب/ل is split only when the rest is long enough to be a word,
    which keeps words like وزير، فريق، بلد mostly whole only when they are short; the
    ambiguity is real and matchers should try :func:`proclitic_splits` too.
    """
    for prefix, stem in proclitic_splits(word):
        if not prefix:
            break
        if prefix.endswith("ال") or prefix.endswith("لل"):
            if len(stem) >= 2:
                return prefix, stem
        elif len(stem) >= 4 and len(prefix) == 1 and prefix in CONJUNCTIONS:
            return prefix, stem
    return "", word


_PREFIX: dict[str, str] = {}  # word -> default_split(word)[0]; a plain dict is read faster
_PREFIX_MAX = 1 << 17  # cleared when full, like default_split's cache is bounded


def _prefix(word: str) -> str:
    """The proclitics :func:`default_split` takes off ``word`` (cache miss path)."""
    if len(_PREFIX) >= _PREFIX_MAX:
        _PREFIX.clear()
    prefix = _PREFIX[word] = default_split(word)[0]
    return prefix


def tokenize(norm: Normalized) -> list[Token]:
    """Tokens of a normalized text, with original offsets and default proclitic splits."""
    tokens: list[Token] = []
    append = tokens.append
    orig = norm.original
    starts = norm.starts
    # Token(...) without the named tuple's Python-level __new__, and the prefix from a plain
    # dict: a page has thousands of tokens, and these halve the cost of each
    new = tuple.__new__
    prefixes = _PREFIX
    if starts is None:
        for m in WORD_RE.finditer(norm.text):
            ns, ne = m.span()
            word = m.group()
            prefix = prefixes.get(word)
            if prefix is None:
                prefix = _prefix(word)
            append(new(Token, (ns, ne, orig[ns:ne], word, prefix, ns + len(prefix), ns, ne)))
        return tokens
    # Normalized.to_original inlined (a page has thousands of tokens): a word is never
    # empty and its stem never is, so the general case's guards are not needed here
    n_orig = len(orig)
    for m in WORD_RE.finditer(norm.text):
        ns, ne = m.span()
        word = m.group()
        prefix = prefixes.get(word)
        if prefix is None:
            prefix = _prefix(word)
        os_ = starts[ns]
        oe = starts[ne - 1] + 1
        while oe < n_orig and orig[oe] in TRAILING_MARKS:
            oe += 1
        stem_start = starts[ns + len(prefix)] if prefix else os_
        append(new(Token, (os_, oe, orig[os_:oe], word, prefix, stem_start, ns, ne)))
    return tokens
