"""Arabic number expressions: digits of any script, number words, vague quantities, bounds, ranges.

News gives figures as ``1200``, ``١٬٢٠٠``, ``1,200``, ``1.2 مليون``, ``32 ألف``, ``ألفان``,
``مئتا``, ``ثلاثة وعشرون``, ``مليون ونصف``, ``عشرات الآلاف``, ``أكثر من مليون``, ``بين 10 و20``.
pyarabic's ``text2number`` reads plain number words but returns 0 for ``مئتا``, has no vague
quantities, bounds or ranges and gives no offsets; khabar needs all of these with exact spans,
so this module parses sentence-local tokens of the *normalized* text (khabar.text) and reports
normalized offsets that callers map back with ``Normalized.to_original``.

The lexicons are data: ``claims_number_words.tsv``, ``claims_vague.tsv``, ``claims_bounds.tsv``.
Values are exact fractions while parsing (1.2 x 1,000,000 is 1,200,000, not 1199999.99...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import is_, itemgetter
from pathlib import Path
from typing import NamedTuple

from khabar.model import Bound
from khabar.text import normalize, normalize_word

DATA = Path(__file__).resolve().parent / "data"

# A token of normalized text: a number in digits (with thousands separators , ٬ and decimal
# point . ٫ or a decimal comma before one or two digits), a word, or one punctuation mark.
TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:[,٬،]\d{3})+(?:[.٫]\d+)?(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    r"|\d+(?:[.٫]\d+|,\d{1,2}(?!\d))?)"
    r"|(?P<word>[^\W\d_]+)|(?P<punct>[^\w\s])"
)
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
CLITICS = ("وب", "ول", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
PERCENT_SIGNS = frozenset("%٪")


class Tok(NamedTuple):
    """One token of normalized text; offsets are into the normalized text (a tuple: cheap)."""

    start: int
    end: int
    text: str
    kind: str  # num | word | punct


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number expression: tokens ``[i, j)``, normalized span ``[start, end)``, value, bound.

    ``num_start``/``num_end`` bound the number words alone (without a bound phrase).
    """

    i: int
    j: int
    start: int
    end: int
    num_start: int
    num_end: int
    value: Fraction
    value_max: Fraction | None
    bound: Bound
    vague: bool
    words: bool  # some part is written in words
    percent: bool


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Tokens of normalized ``text`` (offsets shifted by ``offset``)."""
    new = tuple.__new__  # Tok(...) without the namedtuple constructor's extra call: hot
    return [new(Tok, (m.start() + offset, m.end() + offset, m.group(), m.lastgroup or "punct"))
            for m in TOKEN_RE.finditer(text)]


def read_table(name: str) -> list[list[str]]:
    """Data rows of a khabar TSV (comments and the header dropped)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    return rows[1:]


@cache
def number_words() -> dict[str, tuple[Fraction, str]]:
    """Normalized number word -> (value, kind)."""
    return {normalize_word(r[0]): (Fraction(r[1]), r[2]) for r in read_table("claims_number_words.tsv")}


@cache
def vague_words() -> dict[str, tuple[Fraction, Fraction | None, Bound, bool]]:
    """Normalized vague word -> (value, value_max, bound, stands alone)."""
    out: dict[str, tuple[Fraction, Fraction | None, Bound, bool]] = {}
    for form, value, vmax, bound, alone in read_table("claims_vague.tsv"):
        b: Bound = bound  # type: ignore[assignment]
        out[normalize_word(form)] = (Fraction(value), Fraction(vmax) if vmax else None, b, alone == "yes")
    return out


@cache
def bound_phrases() -> tuple[list[tuple[tuple[str, ...], Bound]], list[tuple[tuple[str, ...], Bound]]]:
    """(pre, post) bound phrases as normalized word tuples, longest first."""
    pre: list[tuple[tuple[str, ...], Bound]] = []
    post: list[tuple[tuple[str, ...], Bound]] = []
    for phrase, bound, position in read_table("claims_bounds.tsv"):
        words = tuple(normalize_word(phrase).split())
        b: Bound = bound  # type: ignore[assignment]
        (pre if position == "pre" else post).append((words, b))
    pre.sort(key=lambda x: -len(x[0]))
    post.sort(key=lambda x: -len(x[0]))
    return pre, post


@lru_cache(maxsize=8192)
@lru_cache(maxsize=65536)
def strip_clitics(word: str) -> tuple[str, ...]:
    """``word`` and its plausible stems without proclitics (و ف ب ل ك ال), longest first."""
    out = [word]
    for c in CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 2:
            out.append(word[len(c):])
    return tuple(out)


@lru_cache(maxsize=8192)
def lookup_word(word: str, first: bool) -> tuple[str, Fraction, str] | None:
    """(stem, value, kind) of a number word; a non-first word may only carry و."""
    nw = number_words()
    if word in nw:
        return (word, *nw[word])
    if first:
        for stem in strip_clitics(word)[1:]:
            # a number word with the article is ordinal-like or a label (الذكرى المئة)
            if stem in nw and not word[: len(word) - len(stem)].endswith(("ال", "لل")):
                return (stem, *nw[stem])
        return None
    if word.startswith("و") and word[1:] in nw:
        return (word[1:], *nw[word[1:]])
    return None


@lru_cache(maxsize=8192)
def lookup_vague(word: str) -> tuple[str, tuple[Fraction, Fraction | None, Bound, bool]] | None:
    vw = vague_words()
    for stem in strip_clitics(word):
        if stem in vw:
            return stem, vw[stem]
    return None


_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOTS_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def digits_value(s: str) -> Fraction:
    """Value of a digit token: 1,200 / 1٬200 / 1،200 / 1.200.000 -> integers; 1.5 / 1٫5 / 2,5 -> decimal."""
    if s.isdecimal():
        return Fraction(int(s))  # digits alone (most figures): nothing below changes them
    s = s.replace("٬", "").replace("٫", ".").replace("،", ",")
    if _COMMA_THOUSANDS.fullmatch(s):
        s = s.replace(",", "")
    elif _DOTS_THOUSANDS.fullmatch(s):
        s = s.replace(".", "")  # 1.200.000: dots as thousands separators
    else:
        s = s.replace(",", ".")
    return Fraction(s)


def _adjacent(a: Tok, b: Tok) -> bool:
    return a.end == b.start


@dataclass(slots=True)
class _Acc:
    total: Fraction = Fraction(0)
    cur: Fraction = Fraction(0)
    last_scale: Fraction = Fraction(0)
    last_kind: str = ""
    words: bool = False

    @property
    def value(self) -> Fraction:
        return self.total + self.cur


def parse_number(toks: list[Tok], i: int) -> tuple[int, Fraction, bool, bool, Fraction | None, Bound] | None:
    """Parse the number starting at token ``i``.

    Returns (j, value, words, vague, value_max, bound) where ``[i, j)`` are its tokens, or None.
    A vague quantity (عشرات، آلاف، بضعة آلاف) comes back with its table bound.
    """
    n = len(toks)
    t = toks[i]
    acc = _Acc()
    j = i
    if t.kind == "num":
        acc.cur = digits_value(t.text)
        if _DOT_THOUSANDS.fullmatch(t.text) and not (
            i + 1 < n and number_words().get(toks[i + 1].text, (0, ""))[1] in _SCALE_KINDS
        ):
            # 1.200 قتيل: a dot before exactly three digits and no scale word is a thousands
            # separator (Maghrebi and European style); 2.750 مليار stays 2.75 billion
            acc.cur = Fraction(t.text.replace(".", ""))
        acc.last_kind = "digits"
        j = i + 1
    elif t.kind == "word":
        vg = lookup_vague(t.text)
        if vg is not None:
            return _parse_vague(toks, i, vg[1])
        hit = lookup_word(t.text, True)
        if hit is None:
            return None
        stem, val, kind = hit
        if kind == "teenbase":
            if i + 1 < n and toks[i + 1].kind == "word" and number_words().get(toks[i + 1].text, (0, ""))[1] == "ten1":
                acc.cur = val + 10
                acc.last_kind = "unit"
                j = i + 2
            else:
                return None
        elif kind == "fraction":
            # a fraction counts only as part of a scale: نصف مليون
            if i + 1 < n and toks[i + 1].kind == "word" and number_words().get(toks[i + 1].text, (0, ""))[1] in ("scale",):
                acc.cur = val
                acc.last_kind = "unit"
                j = i + 1
            else:
                return None
        else:
            if not _apply(acc, kind, val):
                return None
            j = i + 1
        acc.words = True
    else:
        return None
    j = _continue(toks, j, acc)
    value = acc.value  # (a Fraction sum: computed once)
    if value <= 0 and not (t.kind == "num" or t.text == "صفر"):
        return None
    return j, value, acc.words, False, None, "exact"


def _apply(acc: _Acc, kind: str, val: Fraction, joined: bool = False) -> bool:
    """Fold one number word into ``acc``; False when it cannot follow what came before."""
    if kind == "unit":
        if acc.cur and not joined:
            return False
        acc.cur += val
    elif kind == "ten1":
        if acc.last_kind == "unit" and not joined and acc.cur < 10:
            acc.cur += 10
        elif not acc.cur:
            acc.cur = val
        else:
            return False
    elif kind == "ten":
        if acc.cur and not joined:
            return False
        acc.cur += val
    elif kind == "hundred":
        if acc.last_kind == "unit" and not joined and 3 <= acc.cur < 10:
            acc.cur *= 100
        elif acc.cur and not joined:
            return False
        else:
            acc.cur += val
    elif kind == "hundreds":
        if acc.cur and not joined:
            return False
        acc.cur += val
    elif kind == "scale":
        if not acc.cur and acc.last_kind in _SCALE_KINDS and val > acc.last_scale and acc.total:
            # a scale of a scale: 16 ألف مليار = 16 * 1000 * 10^9 (Maghrebi budgets), آلاف مليار
            acc.total *= val
        else:
            acc.total += (acc.cur or 1) * val
        acc.cur = Fraction(0)
        acc.last_scale = val
    elif kind == "dual":
        if acc.cur:
            return False
        acc.total += val
        acc.last_scale = val / 2
    elif kind == "scale_acc":
        acc.total += (acc.cur * val) if acc.cur else 2 * val
        acc.cur = Fraction(0)
        acc.last_scale = val
    elif kind == "plural":
        if not acc.cur or acc.cur > 10 and acc.last_kind != "digits":
            return False
        acc.total += acc.cur * val
        acc.cur = Fraction(0)
        acc.last_scale = val
    else:
        return False
    acc.last_kind = kind
    return True


_SCALE_KINDS = frozenset({"scale", "dual", "scale_acc", "plural"})


def _continue(toks: list[Tok], j: int, acc: _Acc) -> int:
    """Extend a number over following tokens (scale words, و + number words)."""
    n = len(toks)
    nw = number_words()
    while j < n:
        t = toks[j]
        if t.kind != "word":
            break
        w = t.text
        entry = nw.get(w)
        if entry is not None and not w.startswith("و"):
            val, kind = entry
            # without و only a scale word, a teen's عشر or a unit's مئة may follow
            if kind in _SCALE_KINDS or (kind == "ten1" and acc.last_kind == "unit") or (
                kind == "hundred" and acc.last_kind == "unit"
            ):
                if not _apply(acc, kind, val):
                    break
                acc.words = True
                j += 1
                continue
            break
        if w == "و" and j + 1 < n and _adjacent(t, toks[j + 1]) and toks[j + 1].kind == "num":
            if acc.last_kind not in _SCALE_KINDS:
                break
            acc.cur = digits_value(toks[j + 1].text)
            acc.last_kind = "digits"
            j += 2
            continue
        if w.startswith("و"):
            rest = w[1:] if len(w) > 1 else ""
            if w == "و" and j + 1 < n and toks[j + 1].kind == "word":
                rest = toks[j + 1].text
                step = 2
            else:
                step = 1
            if rest == "نصف" and acc.last_kind in _SCALE_KINDS:
                acc.total += acc.last_scale / 2
                acc.last_kind = "fraction"
                j += step
                # مليون ونصف المليون: the repeated scale word belongs to the number
                if j < n and toks[j].text.startswith("ال") and toks[j].text[2:] in nw and (
                    nw[toks[j].text[2:]][1] == "scale"
                ):
                    j += 1
                continue
            e = nw.get(rest)
            if e is None or acc.last_kind in ("", "digits") or acc.last_kind == "fraction":
                break
            val, kind = e
            if kind in ("teenbase", "fraction", "plural", "scale_acc"):
                break
            # و joins a smaller part: ثلاثة وعشرون، مئة وخمسون، ألف وخمسمئة
            if acc.last_kind in _SCALE_KINDS:
                if kind in _SCALE_KINDS or val >= acc.last_scale:
                    break
            elif kind in _SCALE_KINDS:
                break
            elif acc.last_kind == "unit" and kind != "ten":
                break
            elif acc.last_kind in ("ten", "ten1") or (acc.last_kind in ("hundred", "hundreds") and kind in ("hundred", "hundreds")):
                break
            prev_total, prev_cur = acc.total, acc.cur
            if not _apply(acc, kind, val, joined=True):
                acc.total, acc.cur = prev_total, prev_cur
                break
            acc.words = True
            j += step
            continue
        break
    return j


def _parse_vague(
    toks: list[Tok], i: int, entry: tuple[Fraction, Fraction | None, Bound, bool]
) -> tuple[int, Fraction, bool, bool, Fraction | None, Bound] | None:
    """عشرات / مئات / آلاف / بضعة، optionally counting a plural scale (عشرات الآلاف)."""
    value, vmax, bound, alone = entry
    j = i + 1
    n = len(toks)
    k = j
    if k < n and toks[k].text == "من":  # العشرات من الآلاف
        k += 1
    if k < n and toks[k].kind == "word":
        w = toks[k].text
        e = number_words().get(w)
        if e is None and w.startswith("ال"):
            e = number_words().get(w[2:])
        if e is None and value < 10:
            # بضع مئات، عدة عشرات: a few hundreds / several tens
            e = _VAGUE_SCALES.get(w[2:] if w.startswith("ال") else w)
        if e is not None and e[1] in ("plural", "scale"):
            scale = e[0]
            return k + 1, value * scale, True, True, (vmax * scale if vmax is not None else None), bound
    if not alone:
        return None
    return j, value, True, True, vmax, bound


_VAGUE_SCALES = {"عشرات": (Fraction(10), "plural"), "مئات": (Fraction(100), "plural")}


def _match_words(toks: list[Tok], start: int, words: tuple[str, ...], first_clitic: bool) -> bool:
    """Do tokens from ``start`` spell ``words`` (the first may carry a clitic)?"""
    if start < 0 or start + len(words) > len(toks):
        return False
    for k, w in enumerate(words):
        t = toks[start + k]
        if t.kind != "word":
            return False
        if t.text == w:
            continue
        if k == 0 and first_clitic and w in strip_clitics(t.text):
            continue
        return False
    return True


@cache
def _pre_index() -> dict[str, tuple[tuple[tuple[str, ...], Bound], ...]]:
    """Pre-bound phrases (trailing ب/ل dropped) by their last word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], Bound]]] = {}
    for words, bound in bound_phrases()[0]:
        core = words[:-1] if words[-1] in ("ب", "ل") and len(words) > 1 else words
        out.setdefault(core[-1], []).append((core, bound))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _post_index() -> dict[str, tuple[tuple[tuple[str, ...], Bound], ...]]:
    """Post-bound phrases by their first word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], Bound]]] = {}
    for words, bound in bound_phrases()[1]:
        out.setdefault(words[0], []).append((words, bound))
    return {k: tuple(v) for k, v in out.items()}


def _pre_bound(toks: list[Tok], i: int) -> tuple[int, Bound] | None:
    """A bound phrase ending right before token ``i`` (with a trailing ب/ل clitic allowed)."""
    if i >= 1 and toks[i - 1].text in ("ب", "ل"):
        i -= 1  # ما يقدر بـ5000
    if i < 1 or toks[i - 1].kind != "word":
        return None
    index = _pre_index()
    for stem in strip_clitics(toks[i - 1].text):
        for words, bound in index.get(stem, ()):
            k = i - len(words)
            if _match_words(toks, k, words, True):
                return k, bound
    # تزيد قيمتها على 3 مليارات: the measured noun, with its pronoun, between verb and preposition
    if i >= 3 and toks[i - 2].kind == "word" and _is_measure_noun(toks[i - 2].text):
        for words, bound in index.get(toks[i - 1].text, ()):  # longest first: لا تزيد قيمتها عن
            k = i - 1 - len(words)
            if len(words) >= 2 and _match_words(toks, k, words[:-1], True):
                return k, bound
    return None


# nouns of a measured quantity that can stand, with a pronoun, between a bound verb and its
# preposition (تزيد قيمتها على، يتجاوز عددهم، تفوق كلفته)
_MEASURE_NOUNS = ("قيمت", "عدد", "اعداد", "حجم", "كلفت", "تكلفت", "مساحت", "حصيلت", "مجموع", "اجمالي")
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def _is_measure_noun(word: str) -> bool:
    for pron in _PRONOUNS:
        if word.endswith(pron) and word[: -len(pron)] in _MEASURE_NOUNS:
            return True
    return False


def post_bound(toks: list[Tok], j: int) -> tuple[int, Bound] | None:
    """A bound phrase starting at token ``j`` (ونيف، على الأقل، تقريبا); returns (end, bound)."""
    if j >= len(toks) or toks[j].kind != "word":
        return None
    index = _post_index()
    for stem in strip_clitics(toks[j].text):
        for words, bound in index.get(stem, ()):
            if _match_words(toks, j, words, True):
                return j + len(words), bound
    return None


_CHANGE_WORDS = frozenset({
    "ارتفع", "ارتفعت", "ارتفاع", "زاد", "زادت", "زياده", "انخفض", "انخفضت", "انخفاض", "تراجع",
    "تراجعت", "قفز", "قفزت", "صعد", "صعدت", "هبط", "هبطت", "ارتفعا",
})


# "one" is an adjective after a noun (لليلة واحدة، نقطة واحدة), never the low end of a bare range
_ONE_WORDS = frozenset({"واحد", "واحده", "احد", "احدي"})


def _range_after(toks: list[Tok], i: int, j: int, lo: Fraction) -> tuple[int, Fraction, Fraction] | None:
    """The upper end of a range starting with the number at ``[i, j)``: (end, value, its scale).

    Ranges: 5-7 (not a date), من 5 إلى/حتى 7 and 5 إلى 7 (not after ارتفع/انخفض: that is a
    change), بين 10 و20، ثلاثة أو أربعة.
    """
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    prev = toks[i - 1].text if i >= 1 else ""
    sub: list[Tok] | None = None
    if t.kind == "punct" and t.text in "-–":
        if not (toks[j - 1].kind == "num" and j + 1 < n and toks[j + 1].kind == "num"):
            return None
        if j + 2 < n and toks[j + 2].kind == "punct" and toks[j + 2].text in "-–/":
            return None  # a date 2023-10-07
        if i >= 1 and toks[i - 1].kind == "punct" and toks[i - 1].text in "-–/":
            return None
        sub, base = toks, j + 1
    elif t.kind == "word" and t.text in ("الي", "حتي"):
        # من 5 إلى 7، ما بين 300 إلى 400، 5 إلى 7 (حتى only after من/بين); never after
        # ارتفع/انخفض, where من X إلى Y is a change, not a range
        if (t.text == "حتي" and prev not in ("من", "بين")) or any(
            w in _CHANGE_WORDS for tok in toks[max(0, i - 7):i] for w in strip_clitics(tok.text)
        ):
            return None
        if not {"من", "بين", "مابين"} & set(strip_clitics(prev)) and (
            j + 1 >= n or toks[i].kind != toks[j + 1].kind or toks[i].text in _ONE_WORDS
        ):
            # a bare "X إلى Y" is a range only between like ends (5 إلى 7، عشرة إلى عشرين): in
            # "لليلة واحدة إلى 27%" the word is an adjective and إلى goes with the verb
            return None
        sub, base = toks, j + 1
    elif t.kind == "word" and t.text == "او":
        sub, base = toks, j + 1
    elif t.kind == "word" and t.text.startswith("و") and prev in ("بين", "مابين"):
        if t.text == "و":
            sub, base = toks, j + 1
        else:
            sub = [*toks[:j], Tok(t.start + 1, t.end, t.text[1:], "word"), *toks[j + 1:]]
            base = j
    if sub is None or base >= len(sub):
        return None
    parsed = parse_number(sub, base)
    if parsed is None:
        return None
    jj, hi, _w, vague, _vm, _b = parsed
    if vague:
        return None
    return jj, hi, _scale_of(sub, jj)


def _scale_of(toks: list[Tok], j: int) -> Fraction:
    """The scale word ending a number (its last token), or 0."""
    t = toks[j - 1]
    if t.kind != "word":
        return Fraction(0)
    e = number_words().get(t.text[1:] if t.text.startswith("و") else t.text)
    if e is not None and e[1] in _SCALE_KINDS:
        return e[0] if e[1] != "dual" else e[0] / 2
    return Fraction(0)


def find_quantities(toks: list[Tok]) -> list[Quantity]:
    """Every number expression among ``toks`` (sentence-local tokens), in order."""
    out: list[Quantity] = []
    n = len(toks)
    nxt = 0  # the first token not taken by a quantity found already
    # the tokens a number can start on, one dict look-up each (most are words that cannot)
    keys = list(map(_TEXT_KIND, toks))
    opens = list(map(_OPENS.get, keys))
    if None in opens:
        if len(_OPENS) > 65536:
            _OPENS.clear()
        for k in compress(range(n), map(is_, opens, repeat(None))):
            opens[k] = _OPENS[keys[k]] = _opens_number(toks[k])
    for i in compress(range(n), opens):
        if i < nxt:
            continue
        t = toks[i]
        parsed = parse_number(toks, i)
        if parsed is None:
            continue
        j, value, words, vague, vmax, bound = parsed
        q_start = i
        vmax_out: Fraction | None = vmax
        percent, j_end = _percent_after(toks, j)
        # ranges: بين 10 و20 / من 5 إلى 7 / 5-7 / ثلاثة أو أربعة
        rng = None if vague else _range_after(toks, i, j, value)
        if rng is not None:
            j2, hi, hi_scale = rng
            lo = value
            if hi_scale and lo < hi_scale and not words and lo < hi:
                lo = lo * hi_scale  # بين 3 و4 ملايين
            if lo < hi:
                value, vmax_out, bound = lo, hi, "approx"
                j = j2
                percent, j_end = _percent_after(toks, j)
                if i >= 1 and toks[i - 1].text in ("بين", "من"):
                    q_start = i - 1
                    if q_start >= 1 and toks[q_start - 1].text == "ما":
                        q_start -= 1
        if not percent and i >= 1 and toks[i - 1].text in PERCENT_SIGNS and toks[i - 1].end == t.start:
            percent, q_start = True, i - 1  # %15: the sign typed before the figure
        if q_start == i:
            pb = _pre_bound(toks, i)
            if pb is not None:
                q_start = pb[0]
                if not vague or pb[1] != "lower" or bound != "approx":
                    bound = pb[1]
        s_tok = toks[q_start]
        span_start = s_tok.start
        if q_start == i and t.kind == "word":
            span_start += _clitic_len(t.text)  # بمليون دولار -> مليون
        if s_tok.kind == "word" and q_start < i:
            # a clitic on the first word of a bound phrase (لأكثر من) stays out of the span
            for c in CLITICS:
                if s_tok.text.startswith(c) and s_tok.text[len(c):] in _first_bound_words():
                    span_start = s_tok.start + len(c)
                    break
        out.append(Quantity(
            q_start, j_end, span_start, toks[j_end - 1].end, t.start, toks[j - 1].end,
            value, vmax_out, bound, vague, words, percent,
        ))
        nxt = j_end
    return out


_TEXT_KIND = itemgetter(2, 3)
_OPENS: dict[tuple[str, str], bool] = {}  # (text, kind) of a token -> _opens_number


def _opens_number(t: Tok) -> bool:
    """Can :func:`parse_number` start on token ``t`` (a number or a number/vague word)?"""
    return t.kind == "num" or (t.kind == "word" and may_open_number(t.text))


def _clitic_len(word: str) -> int:
    """Length of the conjunction/preposition clitics before a number word (not its article)."""
    hit = lookup_word(word, True)
    stem = hit[0] if hit is not None else (lookup_vague(word) or ("",))[0]
    if not stem or not word.endswith(stem):
        return 0
    prefix = word[: len(word) - len(stem)]
    if prefix.endswith("لل"):
        return 0
    if prefix.endswith("ال"):
        return len(prefix) - 2
    return len(prefix)


def _percent_after(toks: list[Tok], j: int) -> tuple[bool, int]:
    """A percent marker at token ``j`` (% ٪ بالمئة في المئة): (found, end token)."""
    n = len(toks)
    if j < n and toks[j].kind == "punct" and toks[j].text in PERCENT_SIGNS:
        return True, j + 1
    if j < n and toks[j].kind == "word" and toks[j].text in ("بالمئه", "بالمائه"):
        return True, j + 1
    if j + 1 < n and toks[j].text == "في" and toks[j + 1].text in ("المئه", "المائه"):
        return True, j + 2
    return False, j


@cache
def _first_bound_words() -> frozenset[str]:
    return frozenset(w[0] for w, _ in bound_phrases()[0])


@cache
def _number_prefixes() -> frozenset[str]:
    """First two letters of every number/vague word (a cheap pre-check)."""
    forms = list(number_words()) + list(vague_words())
    return frozenset(f[:2] for f in forms)


@lru_cache(maxsize=65536)
def may_open_number(word: str) -> bool:
    """A word :func:`parse_number` can start on (a number or vague word), tested once per word."""
    return _maybe_number(word) and (lookup_vague(word) is not None or lookup_word(word, True) is not None)


@lru_cache(maxsize=65536)
def _maybe_number(word: str) -> bool:
    pref = _number_prefixes()
    return any(stem[:2] in pref for stem in strip_clitics(word))


def as_number(value: Fraction) -> int | float:
    """An int when whole, else a float (JSON output)."""
    return int(value) if value.denominator == 1 else float(value)


def parse_quantity(text: str) -> Quantity | None:
    """The first number expression in ``text`` (a test and CLI helper)."""
    norm = normalize(text)
    qs = find_quantities(tokenize(norm.text))
    return qs[0] if qs else None


def value_of(text: str) -> tuple[int | float, int | float | None, Bound] | None:
    """(value, value_max, bound) of the first number expression in ``text``, or None.

    ``value_of("أكثر من 32 ألف")`` is ``(32000, None, "lower")``; ``value_of("بين 10 و20")`` is
    ``(10, 20, "approx")``.
    """
    q = parse_quantity(text)
    if q is None:
        return None
    return as_number(q.value), (as_number(q.value_max) if q.value_max is not None else None), q.bound
