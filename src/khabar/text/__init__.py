"""The text layer: normalization with offset maps, tokens with clitics, sentences.

Stages get one shared, cached view of a document's text through :func:`view`, so the
text is normalized, tokenized and split once per document whatever the pipeline.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from typing import TYPE_CHECKING

from khabar.text.normalize import Normalized, normalize, normalize_word
from khabar.text.sentences import Segment, paragraphs, split_sentences
from khabar.text.tokens import Token, proclitic_splits, tokenize

if TYPE_CHECKING:
    from khabar.model import Document

__all__ = [
    "Normalized", "Segment", "TextView", "Token", "normalize", "normalize_word", "paragraphs",
    "proclitic_splits", "segment_index", "split_sentences", "tokenize", "view",
]


def segment_index(positions: Sequence[int], seg_starts: Sequence[int]) -> list[int]:
    """For each of the sorted ``positions``, the index of the last segment starting at or
    before it (0 before the first one, and when there are no segments).

    The same as a bisect per position, but with one bisect per segment: a page has a few
    dozen sentences and thousands of tokens.
    """
    out: list[int] = []
    a = 0
    for k in range(1, len(seg_starts)):
        b = bisect_left(positions, seg_starts[k], a)
        out.extend(repeat(k - 1, b - a))
        a = b
    out.extend(repeat(max(len(seg_starts) - 1, 0), len(positions) - a))
    return out


@dataclass
class TextView:
    """Lazily computed analyses of one text, shared by all stages."""

    text: str
    _extra: dict[str, object] = field(default_factory=dict)

    @cached_property
    def norm(self) -> Normalized:
        """Normalized with ta marbuta folded (for lexicon matching)."""
        return normalize(self.text)

    @cached_property
    def norm_keep_ta(self) -> Normalized:
        """Normalized keeping ta marbuta (where ة vs ه matters, e.g. gender of nisbas)."""
        return normalize(self.text, fold_ta_marbuta=False)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.norm)

    @cached_property
    def sentences(self) -> list[Segment]:
        return split_sentences(self.text)

    @cached_property
    def paragraphs(self) -> list[Segment]:
        return paragraphs(self.text)

    def sentence_at(self, pos: int) -> Segment | None:
        """The sentence containing original offset ``pos``."""
        import bisect

        sents = self.sentences
        i = bisect.bisect_right([s.start for s in sents], pos) - 1
        if 0 <= i < len(sents) and sents[i].start <= pos < sents[i].end:
            return sents[i]
        return None


def view(doc: Document) -> TextView:
    """The cached :class:`TextView` of ``doc.text``."""
    tv = doc.cache.get("text_view")
    if not isinstance(tv, TextView):
        tv = TextView(doc.text)
        doc.cache["text_view"] = tv
    return tv
