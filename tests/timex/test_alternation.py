"""The trie-shaped ``alternation`` matches exactly what a flat longest-first list matches."""

from __future__ import annotations

import random
import re

from khabar.timex.lexicon import alternation


def _flat(words: list[str]) -> str:
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in uniq) + ")"


def test_trie_alternation_matches_flat_list() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        words = ["".join(rng.choice("ابت.") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
        words = [w[:1] + " " + w[1:] if len(w) > 1 and rng.random() < 0.3 else w for w in words]
        tail = rng.choice(["", "ت", "ب?ت", r"\s*ا", "(?!ا)"])
        text = "".join(rng.choice("ابت .") for _ in range(rng.randint(0, 9)))
        flat, trie = re.compile(_flat(words) + tail), re.compile(alternation(words) + tail)
        for pos in range(len(text) + 1):
            a, b = flat.match(text, pos), trie.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (words, tail, text, pos)


def test_trie_alternation_shape() -> None:
    assert alternation(["يوم", "يومين", "يوما", "شهر"]) == r"(?:شهر|يوم(?:ا|ين)?)"
    assert re.fullmatch(alternation(["كانون الثاني", "كانون"]), "كانون   الثاني")
