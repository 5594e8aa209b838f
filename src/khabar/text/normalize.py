"""Arabic normalization with an offset map back to the original characters.

This is the ONE place in khabar that normalizes. Matching (gazetteers, cue words, month
names) runs on ``Normalized.text``; every span found there is mapped back with
``Normalized.to_original`` so output spans always quote the input exactly.

What is folded, and why it is safe for matching:
- alef with hamza above/below, madda, wasla -> bare alef (spelling varies by outlet);
- alef maqsura -> ya, ta marbuta -> ha (optional; writers and OCR confuse them);
- diacritics, the superscript alef and tatweel are removed (decoration, not spelling);
- Arabic-Indic and Persian digits -> ASCII digits;
- presentation forms (FB50-FDFF, FE70-FEFF) -> their NFKC letters (a ligature may expand);
- bidi controls, zero-width characters and the BOM are removed.

pyarabic's ``strip_tashkeel``/``normalize_hamza`` do parts of this but return a new string
with no way back to the input; khabar needs the offset map, so the table below is its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670\u0653\u0654\u0655"
TATWEEL = "\u0640"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
_DELETE = DIACRITICS + TATWEEL + INVISIBLE

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ک": "ك",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


def _presentation_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and folded.strip():
            out[ch] = "".join(_ONE_TO_ONE.get(c, c) for c in folded if c not in _DELETE)
    return out


@lru_cache(maxsize=2)
def _table(fold_ta_marbuta: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _DELETE}
    for src, dst in (_ONE_TO_ONE | _DIGITS | _presentation_forms()).items():
        table[ord(src)] = dst
    if fold_ta_marbuta:
        table[ord("ة")] = "ه"
        table = {k: v.replace("ة", "ه") if v else v for k, v in table.items()}
    return table


@lru_cache(maxsize=2)
def _replacements(fold_ta_marbuta: bool) -> tuple[tuple[str, str], ...]:
    """The 1:1 replacements outside the presentation-form blocks, for chained str.replace."""
    return tuple((chr(k), v) for k, v in _table(fold_ta_marbuta).items()
                 if v is not None and len(v) == 1 and not _PRESENTATION.match(chr(k)))


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def _translate(text: str, fold_ta_marbuta: bool) -> str:
    """``text.translate(table)`` for 1:1 maps; a few C-speed replaces beat a per-char dict lookup."""
    if _PRESENTATION.search(text):
        return text.translate(_table(fold_ta_marbuta))
    for src, dst in _replacements(fold_ta_marbuta):
        if src in text:
            text = text.replace(src, dst)
    return text


@lru_cache(maxsize=2)
def _length_changers(fold_ta_marbuta: bool) -> re.Pattern[str]:
    chars = [chr(k) for k, v in _table(fold_ta_marbuta).items() if v is None or len(v) != 1]
    return re.compile("[" + re.escape("".join(chars)) + "]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text plus the map from each of its characters to the original."""

    original: str
    text: str
    # starts[i] = index in ``original`` of the character that produced text[i];
    # None when normalization kept every length (the map is then the identity).
    starts: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalized text to the span of original characters it came from."""
        if self.starts is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        ostart = self.starts[start]
        oend = self.starts[end - 1] + 1
        # keep marks that decorate the last letter (a tanween, a shadda) inside the span
        while oend < len(self.original) and self.original[oend] in DIACRITICS + TATWEEL:
            oend += 1
        return ostart, oend

    def to_normalized(self, pos: int) -> int:
        """Index in the normalized text of the first character at or after original ``pos``."""
        if self.starts is None:
            return pos
        import bisect

        return bisect.bisect_left(self.starts, pos)


def normalize(text: str, *, fold_ta_marbuta: bool = True) -> Normalized:
    """Normalize Arabic ``text`` for matching, keeping the way back to every original char."""
    table = _table(fold_ta_marbuta)
    changers = _length_changers(fold_ta_marbuta)
    if not changers.search(text):
        return Normalized(text, _translate(text, fold_ta_marbuta), None)
    # only the characters that vanish or expand are handled one by one; runs between them
    # are copied, and the 1:1 maps are applied to the whole result at the end
    pieces: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in changers.finditer(text):
        i = m.start()
        if i > pos:
            pieces.append(text[pos:i])
            starts.extend(range(pos, i))
        rep = table.get(ord(text[i]))
        if rep:
            pieces.append(rep)
            starts.extend([i] * len(rep))
        pos = i + 1
    if pos < len(text):
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
    # the 1:1 maps keep positions and their outputs map to themselves, so one pass at the end
    return Normalized(text, _translate("".join(pieces), fold_ta_marbuta), tuple(starts))


def normalize_word(word: str, *, fold_ta_marbuta: bool = True) -> str:
    """Normalized form of a string (a lexicon entry, a cue word, a paragraph); no offset map."""
    if len(word) > 64 and not _length_changers(fold_ta_marbuta).search(word):
        return _translate(word, fold_ta_marbuta)
    return word.translate(_table(fold_ta_marbuta))
