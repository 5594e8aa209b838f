"""Numeric claims (issue 6): figures an article reports, what they count, on whose authority.

A figure becomes a claim only when it counts something fact-checkers track (killed, injured,
displaced, hostages, arrested, missing, aid, money, rockets, strikes, buildings destroyed,
percent): years, dates, ages, durations, labels (اليوم 397، الفرقة 98، القرار 2728) and
phone numbers never do. For each claim khabar gives the quantity span (with its bound
phrase: ``أكثر من 32 ألف``), value (and ``value_max`` for a range), bound, category, the
source the figure is attributed to (بحسب وزارة الصحة، قالت الأمم المتحدة إن ...), the hedges
that qualify it (لم يتسن التحقق ...، تقديرات أولية، على الأقل), and the place and date of its
sentence when the entities and timex layers give them.

Choices worth knowing: a range (بين 10 و20، من 5 إلى 7) gives ``value``/``value_max`` with bound
``approx``; vague quantities are coded low (عشرات >= 20, see ``claims_vague.tsv``); a figure's
source is the nearest cue of its clause, a بحسب/وفقا phrase before or after it or a reporting
verb before it (قالت الأمم المتحدة إن ...), else the speaker of the attribution layer whose
content holds it. A category may come from the counted noun after the figure, a verb or
verbal noun before it, or a عدد/حصيلة X phrase it is equated with (ويقدر عدد النازحين ... بأكثر
من 10 ملايين); a figure with none continues the casualty count before it in its sentence when
a subset or list word says so (بينهم 20، إضافة إلى 30 مدنيا، وإن 120 منهم لا يزالون ...); a bare
singular or dual people noun coordinated after a count adds 1 or 2 (12 فلسطينيا وجندي); a dual
people noun with a casualty verb counts two (استشهد فلسطينيان، مقتل شخصين); a subset clause
between a count and its verb is skipped (460 فلسطينيا، بينهم 116 طفلا، قتلوا); على الأقل next
to a figure is its bound, not a hedge; a billion-scale sum with no currency of its own takes
the currency the article last named; official figures (بحسب حصيلة رسمية) name a source, a
plain estimate (تقديرات أولية) only qualifies; the attribution layer's name wins over this
module's chunk when both read the same cue and it split a title from a name. A bare
"X إلى Y" is a range only between like ends (not "لليلة واحدة إلى 27%"). Everything is matched on the normalized text of the text layer; every span is
mapped back to the original with ``Normalized.to_original``. Lexicons: ``data/claims_*.tsv``;
number parsing: :mod:`khabar.numbers`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cache
from typing import Any, TypeVar

from khabar.model import Bound, Claim, ClaimSource, Document, Span
from khabar.numbers import (
    Quantity,
    Tok,
    as_number,
    find_quantities,
    may_open_number,
    post_bound,
    read_table,
    strip_clitics,
    tokenize,
)
from khabar.text import Normalized, normalize_word, view

# Closed-class words that end a noun phrase (a counted noun, a source name): prepositions,
# complementizers, relative pronouns, weekday/relative-day words of a reporting clause.
_NP_STOP = frozenset(normalize_word(w) for w in (
    "في على إلى عن منذ خلال بعد قبل حتى عند لدى إثر جراء بسبب ضد بين بينهم بينهن منهم منها "
    "إن أن أنه أنها أنهم إنه إنها إنهم بأن بأنه لأن الذي التي الذين اللذين اللتين اللواتي "
    "ما مما كما لكن بينما فيما حيث الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس "
    "اليوم مساء صباح الليلة هذا هذه ذلك تلك"
).split())
_COMPLEMENTIZERS = frozenset(normalize_word(w) for w in "إن أن أنه أنها أنهم إنه إنها إنهم بأن بأنه".split())
_CLAUSE_BREAK_WORDS = frozenset(normalize_word(w) for w in "لكن لكنه لكنها ولكن بينما فيما".split())
_DEF_FUNCTION = frozenset(normalize_word(w) for w in "إلى الذي التي الذين اللذين اللتين اللواتي الآن إلا الأقل الأكثر".split())
# the counted-noun scan passes auxiliaries (ما زالوا مفقودين، لا يزالون محتجزين)
_FWD_STOP = _NP_STOP - {"ما", "هذا", "هذه", "ذلك", "تلك", "منهم", "منها", "منهن"}
_NP_STOP_BUT_FI = _NP_STOP - {"في"}  # (built once: _np_end reads it for every word)
_RELATIVE = frozenset(normalize_word(w) for w in "الذي التي الذين اللذين اللتين اللواتي".split())
_GENERAL = frozenset(normalize_word(w) for w in "عام العام عامة العامة".split())  # مدير عام، النائب العام
_RESIDENTS = frozenset({normalize_word("نسمة")})
_ASIDE_PRONOUNS = frozenset(normalize_word(w) for w in "وهي وهو وهذه وهذا".split())
_REL_OR_ASIDE = _RELATIVE | _ASIDE_PRONOUNS
_OTHERS = frozenset(normalize_word(w) for w in "آخرين آخرون آخر أخرى أخريات".split())
_AUX = frozenset(normalize_word(w) for w in "ما لا زال زالوا زالت يزال يزالون تزال مازال مازالوا".split())
# a connector after which a reporting verb no longer governs: قال ... فيما قتل 50
_NEW_CLAUSE = frozenset(normalize_word(w) for w in "فيما بينما لكن لكنه ولكن حين وفيما كما وذلك".split())
# the people a percentage may be a share of: 90% من سكان القطاع نزحوا
_POPULATION = frozenset(normalize_word(w) for w in "سكان السكان الأهالي المواطنين الأطفال اللاجئين".split())
_PP_AFTER_VERB = frozenset(normalize_word(w) for w in "في خلال عبر أمام لدى عن على".split())
_PP_BEFORE = frozenset(normalize_word(w) for w in "في على عند خلال منذ بعد قبل لمدة طوال داخل".split())
# people still under the rubble are missing (ما زالوا تحت الأنقاض)
_RUBBLE = frozenset(normalize_word(w) for w in "الأنقاض الركام".split())
# a preposition the counted-noun scan looks past when its object says what was counted:
# اضطر 200 ألف إلى النزوح، سبعة أشخاص في عداد المفقودين
_PEEK = {normalize_word(p): frozenset(normalize_word(w) for w in ws.split()) for p, ws in (
    ("إلى", "النزوح نزوح الفرار الفرار التهجير مغادرة ترك"),
    ("على", "النزوح الفرار مغادرة ترك"),
    ("في", "عداد"),
)}
# leaving home is displacement: اضطر 60 ألفا إلى مغادرة منازلهم، أجبرت 500 عائلة على ترك بيوتها
_LEAVE = frozenset(normalize_word(w) for w in "مغادرة ترك".split())
_HOMES = frozenset(normalize_word(w) for w in "منازل منزل بيوت بيت ديار دار مساكن مسكن قرى قرية مدن مدينة".split())
# a noun phrase that says a figure counts how many of a category: عدد القتلى، أعداد النازحين،
# حصيلة الجرحى; the figure it is equated with may stand far after it (ويقدر عدد النازحين داخل
# البلاد وخارجها بأكثر من 10 ملايين، إن عدد القتلى «أقل من 100»)
# bodies count the dead only as the counted noun itself (12 جثة), not after a counted people
# noun (شيع آلاف المواطنين جثامين الضحايا: the mourners are not the dead)
_BODIES = frozenset(normalize_word(w) for w in "جثة جثث جثامين جثمان رفات أشلاء".split())
_COUNT_NOUNS = frozenset(normalize_word(w) for w in "عدد أعداد حصيلة".split())
_COUNT_REACH = 14
_COUNT_STOP = frozenset(".؛;!?؟،,()[]")
# a figure after these continues the casualty count before it in the sentence:
# أصيب 100 شخص، بينهم 20 في حال الخطر; قتل 240 شخصا ... إضافة إلى نحو 30 مدنيا
_SUBSET = frozenset(normalize_word(w) for w in "بينهم بينهن بينها منهم منهن".split())
_ALSO = tuple(tuple(normalize_word(w) for w in p.split()) for p in (
    "إضافة إلى", "بالإضافة إلى", "فضلا عن", "علاوة على", "إلى جانب",
))
# a source phrase naming no one: وفق تقديرات أولية، بحسب أرقام رسمية
_GENERIC_SOURCE = frozenset(normalize_word(w) for w in (
    "تقديرات تقدير أرقام الأرقام إحصاءات إحصائيات بيانات حصيلة الحصيلة أولية أولي رسمية رسمي "
    "غير نهائية مؤقتة جديدة أخيرة آخر الأخيرة المتوفرة المتاحة"
).split())
# words before the name of who issued a figure: وفق إحصاء لفرانس برس، بحسب تقرير للأمم المتحدة
_SOURCE_HEAD_TRIM = _GENERIC_SOURCE | frozenset(normalize_word(w) for w in (
    "إحصاء إحصائية تعداد تقرير تقارير دراسة بيان معطيات صادر صادرة عن"
).split())
# verbal nouns that open the object of a reporting verb (أعلنت الوزارة تسجيل/ارتفاع/عدد ...) and
# the words of an anonymity condition (قال مسؤول طلب عدم الكشف عن هويته إن ...)
_OBJ_STOP = frozenset(normalize_word(w) for w in (
    "عدد حصيلة قيمة ارتفاع انخفاض تسجيل سقوط وقوع وصول تراجع استمرار إطلاق انتشال عن "
    "طلب شريطة شرط فضل رفض تحدث مشترطا مشترطة طالبا طالبة مفضلا مفضلة رافضا رافضة قوله قولها قولهم "
    "طلبت طلبوا فضلت فضلوا رفضت رفضوا تحدثت تحدثوا اشترط اشترطت"
).split())
# time adverbials between a reporting verb and its object, and كان before a fronted subject
_TIME_ADV = frozenset(normalize_word(w) for w in (
    "يوم أمس اليوم مساء صباح ليل فجر الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "الماضي الفائت الجاري"
).split())
# where a speaker spoke (قال الوزير في مقابلة مع ...): a في phrase of these ends the speaker's name
_SETTING = frozenset(normalize_word(w) for w in (
    "مؤتمر مقابلة بيان تصريح تصريحات حديث كلمة خطاب لقاء اجتماع تغريدة منشور رسالة جلسة "
    "ندوة إفادة إحاطة مداخلة تقرير تقريرها تقريره"
).split())
# verbs of a وفق ما / حسبما phrase that only relay what a speaker said (وفق ما نقلت الوكالة)
_RELAY_VERBS = frozenset(normalize_word(w) for w in "نقلت نقل أوردت أورد ذكرت ذكر نشرت نشر بثت بث".split())
# nouns of a sum of money: a billion-scale figure they hold is money even when its currency
# stands in another sentence (قيمة الصفقة 600 مليار، عقد بـ2.5 مليار)
_SUM_WORDS = frozenset(normalize_word(w) for w in (
    "قيمة قيمتها قيمته بقيمة قدرها قدره استثمارات استثمار صفقة صفقات عقد عقدا عقود ميزانية موازنة "
    "أرباح أرباحا خسائر تمويل ديون دين عجز إيرادات صادرات واردات منحة منح قرض قروض تكلفة كلفة "
    "مبلغ مبلغا إنفاق مساعدات تعويضات "
    # verbs and nouns of giving, allocating and estimating a sum (خصصت الحكومة 600 مليار، تعهد
    # المانحون بتقديم 4 مليارات، قدرت الاحتياجات بـ2.7 مليار)
    "خصص خصصت خصصوا تخصيص رصد رصدت ضخ ضخت تعهد تعهدت تعهدوا تعهدات احتياجات تقديم سداد "
    "اقتراض قدر قدرت تقدر يقدر"
).split())
# outlets a statement is made to (قال لقناة/لوكالة/لصحيفة ...)
_MEDIA = frozenset(normalize_word(w) for w in "قناة وكالة صحيفة جريدة موقع تلفزيون إذاعة شبكة مجلة مراسل".split())
# recording verbs whose subject is often not a source (سجلت الليرة تراجعا، سجل المؤشر، رصد
# مبلغا "allocated"): a source only when it is a named entity (سجلت منظمة الصحة العالمية ...)
_AGENT_VERBS = frozenset(normalize_word(c + w) for w in "سجل سجلت رصد رصدت ترصد يرصد".split() for c in ("", "و"))
# the object of an anonymity condition (رفض كشف هويته، طلب عدم ذكر اسمه): never a source
_IDENTITY = frozenset(normalize_word(w) for w in "هويته هويتها هويتهم هويتهما اسمه اسمها اسمهم أسماءهم".split())
# adjectives that may follow a sum with no counted noun (قرضا بـ12 مليارا إضافية)
_SUM_ADJ = frozenset(normalize_word(w) for w in "إضافية إضافي إضافيا أخرى أخرى جديدة جديد سنويا".split())
_OFFICIAL = frozenset(normalize_word(w) for w in "رسمية رسمي الرسمية الرسمي".split())
_KANA = frozenset(normalize_word(w) for w in "كان كانت وكان وكانت فكان فكانت".split())
_ISSUED = frozenset(normalize_word(w) for w in "صادر صادرة الصادر الصادرة".split())
_OPEN_QUOTES = frozenset('"«“')
_CLOSE_QUOTES = frozenset('"»”')
_CLAUSE_PUNCT = frozenset("،,.؛;:!?؟()[]«»\"“”")
_WINDOW_AFTER = 6
_NUM_CLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "لل", "بال", "وال", "وب", "ول", "فب", "فل"})
_WINDOW_BEFORE = 7
_HEDGE_REACH = 2
# detention words: hostages, or detainees when the sentence speaks of prisons (@prison)
_DETENTION = frozenset(st for w in "محتجز محتجزا محتجزين محتجزون احتجاز احتجز احتجزت احتجزوا".split()
                       for st in (normalize_word(w), "و" + normalize_word(w)))
_PERSON_CATEGORIES = frozenset({"killed", "injured", "displaced", "hostages", "arrested", "missing"})
# categories a عدد X phrase may give a figure far after it (aid and money need their unit)
_COUNTABLE = _PERSON_CATEGORIES | {"rockets", "strikes", "buildings"}  # sentences after a figure that a verification note may stand in


_P = TypeVar("_P", bound=tuple[Any, ...])


@dataclass(frozen=True, slots=True)
class _Lex:
    cues: dict[str, tuple[tuple[str, str, str, str], ...]]  # word -> (category, direction, requires, unit)
    groups: dict[str, frozenset[str]]  # @aid -> words
    currencies: dict[str, str]
    blockers: dict[str, str]
    hedges: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # first word -> (words, scope, extent)
    sources: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, kind)
    persons: frozenset[str]
    one_or_two: dict[str, int]  # a singular (1) or dual (2) people noun: جندي، طفلان
    # word -> _dual_count(word, this lexicon): a pure function asked for nearly every token
    dual_memo: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    figure_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)  # _may_hold_figure
    next_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)  # _may_note_next


@cache
def _lexicons() -> _Lex:
    cues: dict[str, list[tuple[str, str, str, str]]] = {}
    groups: dict[str, set[str]] = {}
    for form, cat, direction, requires, unit in read_table("claims_categories.tsv"):
        w = normalize_word(form)
        if cat.startswith("@"):
            groups.setdefault(cat, set()).add(w)
        else:
            cues.setdefault(w, []).append((cat, direction, requires, unit))
    currencies = {normalize_word(f): u for f, u in read_table("claims_currencies.tsv")}
    blockers = {normalize_word(f): r for f, r in read_table("claims_blockers.tsv")}
    hedges = sorted(
        ((tuple(normalize_word(p).split()), scope, extent) for p, scope, extent in read_table("claims_hedges.tsv")),
        key=lambda h: -len(h[0]),
    )
    sources = []
    for phrase, kind in read_table("claims_sources.tsv"):
        words = tuple(normalize_word(phrase).split())
        if words[-1] in ("ل", "ب") and len(words) > 1:
            words = words[:-1]  # وفقا لـ: the ل is the source's own clitic
        sources.append((words, kind))
    sources.sort(key=lambda s: -len(s[0]))
    return _Lex(
        {k: tuple(v) for k, v in cues.items()}, {k: frozenset(v) for k, v in groups.items()},
        currencies, blockers, _by_first(hedges), _by_first(sources),
        frozenset(normalize_word(r[0]) for r in read_table("claims_persons.tsv")),
        {normalize_word(r[0]): 1 if r[1] == "s" else 2 for r in read_table("claims_persons.tsv") if r[1] in "sd"},
    )


def _by_first(phrases: list[_P]) -> dict[str, tuple[_P, ...]]:
    """Index phrases (longest first) by their first word."""
    out: dict[str, list[_P]] = {}
    for p in phrases:
        out.setdefault(p[0][0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


# id(index) -> (index, word -> candidates): _candidates is asked for every word of a sentence
# with a figure; holding the index keeps its id from being reused while the memo lives
_CAND_MEMO: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def _candidates_memo(index: dict[str, tuple[_P, ...]]) -> dict[str, tuple[_P, ...]]:
    """The memo :func:`_candidates` keeps for ``index``: a loop over every word of a sentence
    reads it first and calls :func:`_candidates` only for a word not in it yet."""
    entry = _CAND_MEMO.get(id(index))
    if entry is None or entry[0] is not index:
        entry = _CAND_MEMO[id(index)] = (index, {})
    return entry[1]


def _candidates(word: str, index: dict[str, tuple[_P, ...]]) -> tuple[_P, ...]:
    """Phrases that may start at a token ``word`` (bare or with a clitic)."""
    memo = _candidates_memo(index)
    hit = memo.get(word)
    if hit is None:
        if len(memo) > 65536:
            memo.clear()
        hit = memo[word] = _candidates_of(word, index)
    return hit


def _candidates_of(word: str, index: dict[str, tuple[_P, ...]]) -> tuple[_P, ...]:
    """:func:`_candidates` computed."""
    out: tuple[_P, ...] = ()
    for stem in strip_clitics(word):
        hit = index.get(stem)
        if hit:
            out += hit
    return out


@cache
def _anchor_re() -> re.Pattern[str]:
    """A cheap test that a sentence may hold a figure: a digit or the start of a number word."""
    from khabar.numbers import number_words, vague_words

    stems = sorted({w[:3] for w in (*number_words(), *vague_words())}, key=len, reverse=True)
    duals = sorted(w for w, c in _lexicons().one_or_two.items() if c == 2)
    return re.compile(r"\d|" + "|".join(re.escape(s) for s in stems) + r"|\w\wيت?ان\b|م\w{3,}ان\b|"
                      + "|".join(re.escape(w) for w in duals))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")  # the word tokens of numbers.tokenize, without the rest


def _may_hold_figure(sub: str, lex: _Lex) -> bool:
    """Can anything in sentence ``sub`` be found at all: a digit, a word a number can open
    on, or a dual people noun (:func:`_duals`)? A sentence with none is skipped untokenized,
    exactly as if the anchor had failed (its results would be empty)."""
    if _DIGIT.search(sub):
        return True
    memo = lex.figure_memo
    for w in _WORD.findall(sub):
        hit = memo.get(w)
        if hit is None:
            if len(memo) > 65536:
                memo.clear()
            hit = memo[w] = may_open_number(w) or _dual_count(w, lex) >= 0
        if hit:
            return True
    return False


def _may_note_next(sub: str, lex: _Lex) -> bool:
    """Does a word of sentence ``sub`` open a hedge phrase of scope "next" (what
    ``_hedges(..., only_next=True)`` looks for)? Lets a figure-free sentence go untokenized."""
    memo = lex.next_memo
    for w in _WORD.findall(sub):
        hit = memo.get(w)
        if hit is None:
            if len(memo) > 65536:
                memo.clear()
            hit = memo[w] = any(scope == "next" for _words, scope, _extent in _candidates(w, lex.hedges))
        if hit:
            return True
    return False


def _cue(word: str, lex: _Lex) -> tuple[tuple[str, str, str, str], ...]:
    """Category cues of ``word``, bare, with clitics stripped, or as an accusative (هدفا)."""
    for stem in strip_clitics(word):
        hit = lex.cues.get(stem)
        if hit:
            return hit
        if stem.endswith("ا") and len(stem) > 3:
            hit = lex.cues.get(stem[:-1])
            if hit:
                return hit
    return ()


def _match(toks: list[Tok], k: int, words: tuple[str, ...]) -> bool:
    """Tokens from ``k`` spell ``words``; the first token may carry a clitic."""
    if k < 0 or k + len(words) > len(toks):
        return False
    for m, w in enumerate(words):
        t = toks[k + m]
        if t.kind != "word":
            return False
        if t.text != w and not (m == 0 and w in strip_clitics(t.text)):
            return False
    return True


@dataclass(slots=True)
class _Source:
    cue: int  # token index of the cue
    start: int  # source tokens [start, end)
    end: int
    kind: str


@dataclass(slots=True)
class _Found:
    q: Quantity
    category: str
    unit: str | None
    subject: tuple[int, int] | None  # tokens of the counted noun phrase
    hedges: list[tuple[int, int]]  # normalized spans


class _Sentence:
    """One sentence's tokens (normalized offsets) and what was found in it."""

    def __init__(self, toks: list[Tok], start: int, end: int) -> None:
        self.toks = toks
        self.start = start
        self.end = end
        self.found: list[_Found] = []
        self.ents: list[tuple[int, int]] = []  # normalized spans of its entities
        self._rel: bool | None = None

    def has_relative(self) -> bool:
        """Does the sentence hold a relative pronoun or an aside pronoun (for _background)?"""
        if self._rel is None:
            self._rel = any(t.text in _REL_OR_ASIDE for t in self.toks)
        return self._rel


def claims_stage(doc: Document) -> None:
    """Append the numeric claims of ``doc`` to ``doc.claims``."""
    tv = view(doc)
    norm = tv.norm
    ntext = norm.text
    lex = _lexicons()
    anchor = _anchor_re()
    sents: list[_Sentence | None] = []
    for seg in tv.sentences:
        ns, ne = norm.to_normalized(seg.start), norm.to_normalized(seg.end)
        sub = ntext[ns:ne]
        # (a digit passes both tests: the anchor regex, slow on a long sentence, is then not run)
        sents.append(_Sentence(tokenize(sub, ns), ns, ne)
                     if _DIGIT.search(sub) or (_may_hold_figure(sub, lex) and anchor.search(sub)) else None)
    for s in sents:
        if s is None:
            continue
        for q in find_quantities(s.toks):
            os_, oe = norm.to_original(q.start, q.end)
            if doc.is_set_aside(os_, oe):
                continue
            f = _classify(s.toks, q, lex)
            if f is None and s.found:
                f = _continues(s.toks, q, s.found, lex)
            if f is not None:
                s.found.append(f)
        s.found.extend(_duals(s.toks, s.found, lex))
        if s.found:
            s.found.extend(_coordinated(s.toks, s.found, lex))
            s.found.sort(key=lambda f: f.q.i)
    # hedges: this sentence's, and a verification note in the next sentence with no figures
    for si, s in enumerate(sents):
        if s is None or not s.found:
            continue
        for span, scope, tok_i in _hedges(s.toks, s.end, lex):
            if scope == "phrase":
                # على الأقل next to a figure is its bound (15 قتيلا على الأقل: lower), not also a
                # hedge; further on it qualifies another phrase (نزحوا مرة واحدة على الأقل)
                near = min(s.found, key=lambda f: min(abs(tok_i - f.q.j), abs(tok_i - f.q.i)))
                reach = near.subject[1] if near.subject is not None else near.q.j
                if near.q.i - 3 <= tok_i <= reach + 2 and near.q.bound != "lower":
                    pb = post_bound(s.toks, tok_i) if tok_i >= near.q.j else None
                    if pb is not None and near.q.bound == "exact" and near.q.value_max is None:
                        # بينهم ستة أطفال على الأقل: the bound of the figure it follows
                        near.q = replace(near.q, bound=pb[1])
                    else:
                        near.hedges.append(span)
            else:
                for f in s.found:
                    f.hedges.append(span)
        # a verification note in one of the next two sentences, when they give no figures
        # of their own: "... 33 ألفا. ولا تميز الوزارة ... ولم يتسن التحقق من الأرقام."
        for sj in range(si + 1, min(si + 1 + _HEDGE_REACH, len(tv.sentences))):
            nxt = sents[sj]
            if nxt is None:
                seg = tv.sentences[sj]
                ns, ne = norm.to_normalized(seg.start), norm.to_normalized(seg.end)
                sub = ntext[ns:ne]
                if not _may_note_next(sub, lex):
                    continue  # no word opens a note on the sentence before: nothing to carry
                nxt = _Sentence(tokenize(sub, ns), ns, ne)
            if nxt.found:
                break
            carried = [h for h in _hedges(nxt.toks, nxt.end, lex, only_next=True)
                       if not _self_note(nxt.toks, h[2])]
            for span, _scope, _ in carried:
                for f in s.found:
                    f.hedges.append(span)
            if carried:
                break
    last_unit: str | None = None
    for s in sents:
        for f in s.found if s is not None else ():
            if f.category == "money":
                if f.unit is None and f.q.percent is False:
                    f.unit = last_unit  # the currency the article last named
                last_unit = f.unit or last_unit
    out: list[Claim] = []
    ent_spans = sorted((norm.to_normalized(e.start), norm.to_normalized(e.end)) for e in doc.entities)
    said = _Said(doc, norm)
    for s in sents:
        if s is None or not s.found:
            continue
        ents = [(a, b) for a, b in ent_spans if a < s.end and s.start < b]
        s.ents = ents
        srcs = _sources(s.toks, lex, ents)
        for f in s.found:
            out.append(_claim(doc, norm, s, f, srcs, said))
    out.sort(key=lambda c: (c.quantity.start, c.quantity.end))
    doc.claims.extend(out)


def _span(doc: Document, norm: Normalized, ns: int, ne: int) -> Span:
    s, e = norm.to_original(ns, ne)
    return Span.of(doc.text, s, e)


def _classify(toks: list[Tok], q: Quantity, lex: _Lex) -> _Found | None:
    """Category of the figure ``q`` (None when it is not a claim)."""
    if q.value == 0:
        return None  # صفر، 0: nothing to claim
    n = len(toks)
    i, j = q.i, q.j
    ni = _num_first(toks, q)
    nxt = toks[j] if j < n else None
    prev = toks[ni - 1] if ni >= 1 else None
    # dates, times, scores, phone numbers: 7/10/2023، 10:30، 2023-10-07، +972 ...
    if nxt is not None and nxt.kind == "punct" and nxt.text in "/:-" and j + 1 < n and toks[j + 1].kind == "num":
        return None
    if prev is not None and prev.kind == "punct" and prev.text in "/:-+" and ni >= 2 and (
        toks[ni - 2].kind == "num" or prev.text == "+"
    ):
        return None
    first = toks[ni]
    if first.kind == "num":
        digits = re.sub(r"\D", "", first.text)
        if len(digits) >= 7 and digits.startswith("0"):
            return None
        # digits glued to letters are a code or a name: F16، COVID19، 3ziv7
        if prev is not None and prev.kind == "word" and prev.end == first.start and prev.text not in _NUM_CLITICS:
            return None
        last = toks[j - 1]
        if nxt is not None and nxt.kind == "word" and nxt.start == last.end and last.kind == "num":
            return None
    # ordinal-like: الـ75، الذكرى ال75
    if prev is not None and prev.kind == "word" and prev.text in ("ال", "لل", "بال", "وال") and prev.end == first.start:
        return None
    if q.percent:
        # نحو 90% من سكان القطاع نزحوا: a share of the people that a verb gives a category
        # (or of the people just named: 70% منهم نزحوا)
        at = j + 1 if j < n and toks[j].text in ("منهم", "منهن") else j + 2
        if at == j + 1 or (j + 1 < n and toks[j].text == "من" and _POPULATION & set(strip_clitics(toks[j + 1].text))):
            for m in range(at, min(n, at + 3)):
                w = toks[m]
                if w.kind != "word" or (_has_article(w.text) and m > at):
                    break
                cat = next((c for c, _d, r, _u in _cue(w.text, lex) if c in _PERSON_CATEGORIES and not r), "")
                if cat:
                    return _Found(q, cat, "%", None, [])
        return _Found(q, "percent", "%", None, [])
    # money: 500 مليون دولار، $500
    if nxt is not None and nxt.kind == "word":
        currency = lex.currencies.get(nxt.text)
        if currency is not None:
            if j + 1 < n and toks[j + 1].kind == "word":
                currency = lex.currencies.get(nxt.text + " " + toks[j + 1].text, currency)
            return _Found(q, "money", currency, (j, j + 1), [])
    for t, sym, code in ((prev, "$", "USD"), (nxt, "$", "USD"), (prev, "€", "EUR"), (nxt, "€", "EUR"),
                         (prev, "£", "GBP"), (nxt, "£", "GBP")):
        # the symbol touches the figure: $500، 500$
        if t is not None and t.text == sym and (t.end == first.start or t.start == toks[j - 1].end):
            return _Found(q, "money", code, None, [])
    if nxt is not None and nxt.kind == "word" and lex.blockers.get(nxt.text, "disease") != "disease":
        return None
    if nxt is not None and nxt.text in _RESIDENTS:
        return None  # يسكنه 5000 نسمة: a population, never a count of victims
    before = lex.blockers.get(prev.text, "disease") if prev is not None and prev.kind == "word" else "disease"
    if before != "disease" and (before != "month" or q.value <= 31 or 1300 <= q.value <= 2100):
        return None  # رقم 242، يوم واحد، عام 2023، ساعة 5، أكتوبر 2023 (but في مارس 50 قتيلا)
    # a year standing alone: في 2023
    if (first.kind == "num" and i == ni and not q.words and q.value.denominator == 1 and 1900 <= q.value <= 2100
            and not (nxt is not None and nxt.kind == "word" and not nxt.text.startswith("و") and _cue(nxt.text, lex))):
        return None
    sentence_words: set[str] | None = None

    def requires_ok(req: str) -> bool:
        nonlocal sentence_words
        if not req:
            return True
        if sentence_words is None:
            sentence_words = {st for t in toks if t.kind == "word" for st in strip_clitics(t.text)}
        return bool(sentence_words & lex.groups.get(req, frozenset()))

    # the counted noun phrase and the verb it is the subject of: 32 ألف فلسطيني قتلوا
    k = j
    np_end = j
    category = ""
    late_bound: Bound | None = None
    saw_aux = False
    unit: str | None = None
    cue_word = ""
    if k < n and toks[k].text == "من":
        k += 1
    limit = j + _WINDOW_AFTER
    while k < n and k < limit:
        t = toks[k]
        if t.kind != "word":
            closers = {"،": "،,", ",": "،,", "(": ")", "-": "-", "–": "–"}.get(t.text)
            if closers and k + 1 < n and (toks[k + 1].text == "اي" or _opens_subset(toks, k + 1)):
                # 1.7 مليون شخص، أي أكثر من 75% من السكان، نزحوا: skip the apposition;
                # 460 فلسطينيا، بينهم 116 طفلا، قتلوا (or in brackets or dashes): skip the subset
                close = next((m for m in range(k + 2, min(n, k + 14)) if toks[m].text in closers), None)
                if close is not None:
                    limit += close + 1 - k
                    k = close + 1
                    continue
            break
        if t.text in _AUX:
            saw_aux = True
            k += 1
            continue
        if t.text in _LEAVE and k > j and k + 1 < n and _is_home(toks[k + 1].text):
            category = "displaced"  # اضطر 60 ألفا إلى مغادرة منازلهم
            np_end = k + 2
            break
        if k > j and _has_article(t.text) and _cue(t.text, lex) and not _follows_count(toks, k, j, lex):
            break  # شيع آلاف الفلسطينيين جثامين القتلى: القتلى is the genitive of another noun
        if k > j and toks[k - 1].text != "من" and _BODIES & set(strip_clitics(t.text)):
            break  # شيع آلاف المواطنين جثامين الضحايا
        if saw_aux and t.text == "تحت" and k + 1 < n and toks[k + 1].text in _RUBBLE:
            category = "missing"  # ما زالوا تحت الأنقاض
            np_end = k + 2
            break
        pb = post_bound(toks, k)
        if pb is not None and k > j:
            late_bound = pb[1]
            k = pb[0]  # 30 منهم على الأقل لقوا حتفهم
            continue
        if t.text in _FWD_STOP or t.text in lex.blockers:
            peek = _PEEK.get(t.text)
            if peek and k + 1 < n and peek & set(strip_clitics(toks[k + 1].text)):
                k += 1
                continue
            break
        if t.text.startswith("و") and len(t.text) > 2 and t.text not in lex.cues:
            break  # a new coordinated clause: وقتلوا، وأصيب (but وفيات is a word)
        if k > j and t.text[0] in "بل" and len(t.text) > 3 and not _cue(t.text, lex) and t.text not in lex.cues:
            break  # a prepositional phrase: 100 عائلة لمشتبه بهم محتجزين
        for cat, direction, req, cue_unit in _cue(t.text, lex):
            if direction != "before" and requires_ok(req):
                category, unit, cue_word = cat, cue_unit or None, t.text
                break
        if category:
            np_end = k + 1
            break
        k += 1
        np_end = k
    forward = bool(category)
    if not forward and prev is not None and prev.kind == "word" and i == ni and first.kind == "num" and j == ni + 1:
        # a bare digit number after a definite noun, with no counted noun, labels it: اليوم 397،
        # الفرقة 98 في ...، القرار 2728 الذي ... (with a scale word it counts: منذ بداية الحرب 9 آلاف)
        if _is_definite_noun(prev.text) and not _cue(prev.text, lex) and (
            nxt is None or nxt.kind == "punct" or nxt.text in _NP_STOP or nxt.text == "من"
            or _is_definite_noun(nxt.text) or nxt.text.startswith(("و", "لل"))
        ):
            return None
    sub_end = np_end
    if sub_end > j + 1 and toks[sub_end - 1].text.endswith("وا"):
        sub_end -= 1  # the subject of قتلوا is "فلسطيني", not "فلسطيني قتلوا"
    subject = (j, sub_end) if sub_end > j else None
    # the word right after the figure: its counted noun, if it has one
    k0 = j + 1 if j < n and toks[j].text == "من" else j
    head = toks[k0] if k0 < n and toks[k0].kind == "word" else None
    if head is not None and (head.text in _FWD_STOP or head.text in _AUX or post_bound(toks, k0) is not None
                             or (head.text.startswith("و") and len(head.text) > 2)
                             or (head.text[0] in "بل" and len(head.text) > 3 and not _cue(head.text, lex))):
        head = None  # no counted noun: a preposition, an auxiliary, a new clause, a بـ/لـ phrase
    if not category and head is not None and _cue(head.text, lex):
        return None  # a counted noun whose context is missing: 3 آلاف طن من القمح، 300 وحدة استيطانية
    if not category and not (i >= 1 and toks[i - 1].text in _PP_BEFORE):
        # a verb or verbal noun the figure is the object of: مقتل 50، وقتلوا 1200 شخص، عدد القتلى إلى
        # (not across a preposition that makes the figure an adverbial: مقتل العشرات في 3 مدن)
        k = i - 1
        while k >= 0 and k >= i - _WINDOW_BEFORE:
            t = toks[k]
            if t.kind == "punct":
                if t.text in _CLAUSE_PUNCT and not (t.text == ":" and k == i - 1):
                    break  # but "القتلى: 120" (a label and its figure) reads on
                k -= 1
                continue
            if t.text in _COMPLEMENTIZERS or t.text in _CLAUSE_BREAK_WORDS or t.text in _RELATIVE:
                break  # ...اعتقلوا خلال الاحتجاجات التي شارك فيها 3000: the relative clause's own verb
            for cat, direction, req, cue_unit in _cue(t.text, lex):
                if direction != "after" and requires_ok(req):
                    category, unit, cue_word = cat, cue_unit or None, t.text
                    break
            if category:
                break
            if t.kind == "word" and t.text.startswith("و") and len(t.text) > 3 and not t.text.startswith("وال"):
                break  # وأسرنا 7: a new coordinated clause with its own verb
            k -= 1
    count_at = i
    if not category and (head is None or _is_person(head.text, lex)) and not (
        i >= 1 and toks[i - 1].text in _PP_BEFORE
    ):
        category, _b, count_at = _count_of(toks, i, lex, requires_ok)
    if category and not forward and late_bound is None and q.bound == "exact" and q.value_max is None:
        # تجاوز عدد القتلى 40 ألفا: the verb before عدد X bounds the figure
        count_cat, count_bound, _k = _count_of(toks, i, lex, requires_ok)
        if count_cat == category:
            late_bound = count_bound
    if not category:
        money = _currency_near(toks, q, head, lex)
        if money is None and _money_context(toks, q, head):
            return _Found(q, "money", None, None, [])  # عقد بـ2.5 مليار: the currency is said elsewhere
        return _Found(q, "money", money, None, []) if money else None
    if category == "hostages" and cue_word in _DETENTION and requires_ok("@prison"):
        category = "arrested"  # 450 محتجزا في مراكز الاحتجاز: detainees, not hostages
    if not forward and category in _PERSON_CATEGORIES and head is not None and not _is_person(head.text, lex):
        return None  # احتجزت السلطات سفينة تحمل 3 آلاف طن: a verb about people, a figure of things
    if category == "injured" and any(
        lex.blockers.get(st) == "disease"
        for t in toks[max(0, min(i - _WINDOW_BEFORE, count_at)):min(n, max(np_end, j) + 4)]
        for st in strip_clitics(t.text)
    ):
        return None  # 500 إصابة بفيروس كورونا: cases of an illness
    if q.bound == "exact" and q.value_max is None:
        # 15 قتيلا على الأقل، 200 شخص تقريبا، مئة ونيف
        for at in (j, np_end):
            pb = post_bound(toks, at)
            if pb is not None:
                q = replace(q, bound=pb[1])
                break
        else:
            if late_bound is not None:
                q = replace(q, bound=late_bound)
    return _Found(q, category, unit, subject, [])


def _coordinated(toks: list[Tok], found: list[_Found], lex: _Lex) -> list[_Found]:
    """A bare singular or dual people noun coordinated right after a casualty count adds 1 or 2.

    مقتل 12 فلسطينيا وجندي إسرائيلي -> 12 killed and 1 killed; أصيب 5 مدنيين وطفلان -> 2 injured.
    """
    out: list[_Found] = []
    taken = {k for f in found for k in range(f.q.i, f.q.j)}
    for f in found:
        if f.category not in _PERSON_CATEGORIES:
            continue
        k = f.subject[1] if f.subject is not None else f.q.j
        if k >= len(toks) or k in taken or f.subject is None or not _is_person(toks[f.subject[1] - 1].text, lex):
            continue
        t = toks[k]
        if t.kind != "word" or not t.text.startswith("و"):
            continue
        count = lex.one_or_two.get(t.text[1:])
        if count is None:
            continue
        q = Quantity(k, k + 1, t.start + 1, t.end, t.start + 1, t.end, Fraction(count), None, "exact",
                     False, True, False)
        out.append(_Found(q, f.category, None, (k, k + 1), []))
    return out


def _self_note(toks: list[Tok], k: int) -> bool:
    """Is the hedge at token ``k`` about its own sentence: وهو ما لم يتسن التحقق منه، وهو أمر لم يتسن؟"""
    return k >= 2 and toks[k - 1].text in ("ما", "امر") and toks[k - 2].text in ("وهو", "هو", "وهي", "هي", "وهذا", "هذا")


def _currency_of(word: str, lex: _Lex) -> str | None:
    for stem in strip_clitics(word):
        hit = lex.currencies.get(stem)
        if hit is not None:
            return hit
    return None


def _clause_words_before(toks: list[Tok], i: int, span: int = 8) -> Iterator[Tok]:
    """The word tokens of the ``span`` tokens before ``i``, nearest first, stopping at a
    clause mark or a complementizer (the figure's own clause only)."""
    for k in range(i - 1, max(-1, i - span - 1), -1):
        t = toks[k]
        if t.kind != "word":
            if t.text in _CLAUSE_PUNCT:
                return
            continue
        if t.text in _COMPLEMENTIZERS:
            return
        yield t


def _currency_near(toks: list[Tok], q: Quantity, head: Tok | None, lex: _Lex) -> str | None:
    """The currency of a large figure named a little after or before it in its clause.

    600 مليار من الدولارات، بـ600 مليار بالريال السعودي؛ ميزانية بالدولار تبلغ 600 مليار.
    Only for a figure with a scale word (million and up) and no counted noun of its own.
    """
    if q.value < 1_000_000 or not q.words or (head is not None and _is_person(head.text, lex)):
        return None
    n = len(toks)
    for k in range(q.j, min(n, q.j + 4)):
        t = toks[k]
        if t.kind != "word" or (t.text in _FWD_STOP and t.text != "من"):
            break
        cur = _currency_of(t.text, lex)
        if cur is not None:
            return cur
    for t in _clause_words_before(toks, q.i):
        cur = _currency_of(t.text, lex)
        if cur is not None:
            return cur
    return None


def _money_context(toks: list[Tok], q: Quantity, head: Tok | None) -> bool:
    """A billion-scale figure with no counted noun, in a clause about a sum: عقد بـ2.5 مليار،
    قيمة الصفقة 600 مليار، وبلغت المساعدات 3 مليارات."""
    if q.value < 1_000_000_000 or not q.words or (head is not None and head.text not in _SUM_ADJ):
        return False
    words = [set(strip_clitics(t.text)) | {t.text[:-1]} for t in _clause_words_before(toks, q.i)]  # قرضا
    if any(_COUNT_NOUNS & w for w in words):
        return False  # قدر البنك عدد الفقراء بـ1.2 مليار: a count, not a sum
    return any(_SUM_WORDS & w for w in words)


def _opens_subset(toks: list[Tok], k: int) -> bool:
    """Does a subset phrase start at token ``k``: بينهم، وبينهم، من بينهم، منهم؟"""
    w = toks[k].text
    if _SUBSET & set(strip_clitics(w)):
        return True
    return w in ("من", "ومن") and k + 1 < len(toks) and toks[k + 1].text in ("بينهم", "بينهن", "بينها")


def _dual_count(word: str, lex: _Lex) -> int:
    """Length of the clitic before a dual people noun (جنديان، وشخصين، فلسطينيان، مسلحان), or -1."""
    hit = lex.dual_memo.get(word)
    if hit is None:
        if len(lex.dual_memo) > 65536:
            lex.dual_memo.clear()
        hit = lex.dual_memo[word] = _dual_count_of(word, lex)
    return hit


def _dual_count_of(word: str, lex: _Lex) -> int:
    """:func:`_dual_count` computed."""
    for cut in (0, 1) if word[:1] in ("و", "ف") else (0,):
        if lex.one_or_two.get(word[cut:]) == 2:
            return cut
    cut = 1 if word[:1] == "و" else 0  # ف may be the noun's own letter (فلسطينيان)
    x = word[cut:]
    if _has_article(x) or len(x) < 6 or x in lex.cues:
        return -1
    if x.endswith(("يان", "يتان")):
        return cut  # a nisba: فلسطينيان، مدنيتان
    if x.startswith("م") and x.endswith("ان") and len(x) >= 6 and _is_person(x[:-2] + "ين", lex):
        return cut  # a participle: مسلحان، مستوطنان
    return -1


def _duals(toks: list[Tok], found: list[_Found], lex: _Lex) -> list[_Found]:
    """A dual people noun with a casualty verb or verbal noun counts two.

    استشهد فلسطينيان، أصيب جنديان إسرائيليان، أعلنت الشرطة مقتل شخصين، شابين أصيبا (a dual
    verb after it), بينهم طفلان (a subset of a count before). The verb stands right before the
    noun (or its definite subject between) or right after it (or one adjective between); a
    dual coordinated after a count is handled by :func:`_coordinated`.
    """
    out: list[_Found] = []
    taken = {k for f in found for k in range(f.q.i, f.q.j)}
    n = len(toks)
    dual_memo = lex.dual_memo
    for k in range(n):
        t = toks[k]
        if t.kind != "word" or k in taken:
            continue
        cut = dual_memo.get(t.text)  # (_dual_count's memo, read here first: every word is looked up)
        if cut is None:
            cut = _dual_count(t.text, lex)
        if cut < 0:
            continue
        cat = ""
        m = k - 1
        while m > 0 and k - m <= 2 and _is_definite_noun(toks[m].text) and not _cue(toks[m].text, lex):
            m -= 1  # اعتقلت القوات الإسرائيلية شقيقين: the verb's subject stands between
        if t.text.startswith("و") and cut == 1:
            x = k - 1
            while x > 0 and k - x <= 3 and toks[x].kind == "word" and _is_person(toks[x].text, lex) \
                    and not _SUBSET & set(strip_clitics(toks[x].text)):
                x -= 1  # بينهم امرأة وطفلان: the dual ends a list opened by the subset word
            if x < k - 1 and _SUBSET & set(strip_clitics(toks[x].text)):
                m = x
        if m >= 0 and toks[m].kind == "word" and not _has_article(toks[m].text):
            if _SUBSET & set(strip_clitics(toks[m].text)):
                prior = [f for f in found if f.q.j <= m and f.category in _PERSON_CATEGORIES]
                cat = prior[-1].category if prior else ""  # بينهم طفلان
            else:
                cat = _person_cue(toks[m].text, lex)
        for m in range(k + 1, min(n, k + 3)):
            if cat or toks[m].kind != "word" or _has_article(toks[m].text):
                break
            cat = _person_cue(toks[m].text, lex) if toks[m].text.endswith(("ا", "تا")) else ""
        if not cat:
            continue
        start = t.start + cut
        q = Quantity(k, k + 1, start, t.end, start, t.end, Fraction(2), None, "exact", False, True, False)
        out.append(_Found(q, cat, None, (k, k + 1), []))
    return out


def _person_cue(word: str, lex: _Lex) -> str:
    """The casualty category a verb or verbal noun gives the people it counts, or ""."""
    return next((c for c, d, r, _u in _cue(word, lex) if c in _PERSON_CATEGORIES and d != "after" and not r), "")


def _is_home(word: str) -> bool:
    """A home word with or without its possessive pronoun: منازلهم، بيوتها، ديارهم."""
    if word in _HOMES:
        return True
    return any(word.endswith(p) and word[: -len(p)] in _HOMES for p in ("هم", "هن", "ها", "ه", "نا"))


def _follows_count(toks: list[Tok], k: int, j: int, lex: _Lex) -> bool:
    """May the definite word at ``k`` still belong to the figure ending at ``j``?

    Yes right after the figure or its من (100 من الجرحى), after a person noun (عشرات الأطفال
    الجرحى), after في عداد, a number or an auxiliary; not after another noun, whose genitive
    it is (آلاف الفلسطينيين جثامين القتلى).
    """
    p = toks[k - 1]
    if k - 1 < j or p.kind != "word":
        return True
    return p.text in ("من", "عداد") or p.text in _PEEK or p.text in _AUX or _is_person(p.text, lex)


def _count_of(toks: list[Tok], i: int, lex: _Lex, requires_ok: Any) -> tuple[str, Bound | None, int]:
    """Category of a figure equated with a عدد/حصيلة X phrase before it in its clause, or "".

    Also the bound of a verb that opens the phrase (تجاوز عدد القتلى 40 ألفا: lower) and the
    token index of عدد/حصيلة.
    """
    k = i - 1
    while k >= 0 and k >= i - _COUNT_REACH:
        t = toks[k]
        if t.kind == "punct":
            if t.text in _COUNT_STOP:
                return "", None, i
            k -= 1
            continue
        if k < i - 1 and (t.text in _COMPLEMENTIZERS or t.text in _NEW_CLAUSE):
            return "", None, i
        if _COUNT_NOUNS & set(strip_clitics(t.text)):
            bound = _verb_bound(toks, k) if t.text in _COUNT_NOUNS else None
            if k + 1 < i and toks[k + 1].kind == "word":
                for cat, _direction, req, _unit in _cue(toks[k + 1].text, lex):
                    if cat in _COUNTABLE and requires_ok(req):
                        return cat, bound, k
            for cat, direction, req, _unit in _cue(t.text, lex):
                if direction == "before" and requires_ok(req):
                    return cat, bound, k  # حصيلة alone counts the dead
            return "", None, i
        k -= 1
    return "", None, i


@cache
def _verb_bounds() -> dict[tuple[str, ...], Bound]:
    """One- and two-word pre-bound phrases that are verbs (تجاوز، يفوق، لا يتجاوز), by words."""
    from khabar.numbers import bound_phrases

    return {w: b for w, b in bound_phrases()[0]
            if len(w) <= 2 and w[-1] not in ("من", "عن", "علي", "الي", "ب", "ل")
            and (w[0] in ("لا", "لم", "فاق", "فاقت") or (w[0][0] in "يت" and not w[0].endswith("ا")))}


def _verb_bound(toks: list[Tok], k: int) -> Bound | None:
    """The bound of a verb right before token ``k`` (its subject): تخطى عدد المصابين 5 آلاف."""
    vb = _verb_bounds()
    for m in (2, 1):
        if k - m < 0 or any(t.kind != "word" for t in toks[k - m:k]):
            continue
        words = [t.text for t in toks[k - m:k]]
        for stem in strip_clitics(words[0]):
            b = vb.get((stem, *words[1:]))
            if b is not None:
                return b
    return None


def _continues(toks: list[Tok], q: Quantity, found: list[_Found], lex: _Lex) -> _Found | None:
    """A figure continuing a casualty count of its sentence, with that count's category.

    بينهم 20، من بينهم 6 أطفال (after a comma or as the next phrase of the count), إضافة إلى
    نحو 30 مدنيا، and an anaphoric وإن نحو 120 منهم (منهم right after the figure of a new clause).
    """
    prior = [f for f in found if f.q.j <= q.i and f.category in _COUNTABLE]
    if not prior or q.percent or q.value.denominator != 1:
        return None
    last = prior[-1]
    n = len(toks)
    i, j = q.i, q.j
    if i == 0 or (not q.words and 1900 <= q.value <= 2100):
        return None
    head = toks[j] if j < n and toks[j].kind == "word" else None
    if last.category not in _PERSON_CATEGORIES:
        # a share of a count of things: 700 هجوم ...، نحو 80 منها استهدفت مدارس (a verb after it
        # keeps the category: the attacks stay attacks)
        prev = toks[i - 1]
        if head is None or head.text != "منها" or not (
                prev.kind == "punct" or prev.text == "و" or bool(_COMPLEMENTIZERS & set(strip_clitics(prev.text)))):
            return None
        pb = post_bound(toks, j + 1) if q.bound == "exact" and q.value_max is None else None
        return _Found(replace(q, bound=pb[1]) if pb is not None else q, last.category, None, None, [])
    prior = [f for f in prior if f.category in _PERSON_CATEGORIES]
    if head is not None and (head.text in lex.blockers or head.text in lex.currencies):
        return None
    person_head = head is None or head.text in _FWD_STOP or _is_person(head.text, lex)
    prev = toks[i - 1]
    ok = False
    if prev.kind == "word" and _SUBSET & set(strip_clitics(prev.text)):
        # the subset phrase opens a new phrase: after a comma, with و, as من بينهم, or right
        # after the count (but not "عاد منهم 500": a verb governs it)
        before = toks[i - 2] if i >= 2 else None
        ok = (before is None or before.kind == "punct" or prev.text.startswith("و")
              or before.text in ("من", "ومن") or before.end <= toks[last.q.j - 1].end
              or (last.subject is not None and i - 2 == last.subject[1] - 1))
    elif any(_match(toks, i - len(p), p) for p in _ALSO):
        ok = person_head
    elif prev.text == "و" and i >= 2 and (last.q.j == i - 1 or (last.subject or (0, last.q.j + 1))[1] == i - 1) \
            and head is not None and _is_person(head.text, lex):
        # the next item of a subset list: بينهم 116 طفلا و80 امرأة
        ok = True
    elif head is not None and head.text in ("منهم", "منهن"):
        # an anaphoric figure in a state the count still holds: وإن نحو 120 منهم لا يزالون ...،
        # 2 منهم في حالة حرجة (not "5 منهم فارقوا الحياة": an unknown verb may change it)
        after = toks[j + 1] if j + 1 < n else None
        ok = (prev.kind == "punct" or bool(_COMPLEMENTIZERS & set(strip_clitics(prev.text))) or prev.text == "و") and (
            after is None or after.kind == "punct" or after.text in _AUX or after.text in ("في", "لم", "لن", "من")
            or post_bound(toks, j + 1) is not None or _is_person(after.text, lex))  # نحو عشرة منهم أطفال
    if not ok:
        return None
    if head is not None and head.text in ("منهم", "منهن") and q.bound == "exact" and q.value_max is None:
        pb = post_bound(toks, j + 1)  # 30 منهم على الأقل
        if pb is not None:
            q = replace(q, bound=pb[1])
    # the counted noun lets a coordinated dual follow: بينهم خمسة أطفال وامرأتان
    subject = (j, j + 1) if head is not None and head.text not in _FWD_STOP and _is_person(head.text, lex) else None
    return _Found(q, last.category, None, subject, [])


def _is_person(word: str, lex: _Lex) -> bool:
    """Does ``word`` count people: a listed noun, a nisba (فلسطينيين) or a participle plural (متظاهرين)?"""
    for stem in strip_clitics(word):
        forms = [stem, stem[:-1] if stem.endswith("ا") and len(stem) > 3 else stem]
        for suffix in ("هم", "ها", "ه", "نا"):  # سكانه، موظفيها، أبناءهم
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                forms.append(stem[: -len(suffix)])
        for w in forms:
            if w in lex.persons:
                return True
            if len(w) >= 4 and w.endswith(("يين", "يون", "يه", "ي")):
                return True
            if len(w) >= 5 and w.startswith("م") and w.endswith(("ين", "ون")):
                return True
    return False


def _num_first(toks: list[Tok], q: Quantity) -> int:
    """Token index of the first number token of ``q`` (after its bound phrase)."""
    for k in range(q.i, q.j):
        if toks[k].start >= q.num_start:
            return k
    return q.i


def _is_definite_noun(word: str) -> bool:
    for pre in ("وال", "فال", "ال"):
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            return word not in _DEF_FUNCTION
    return False


def _clause_end(toks: list[Tok], k: int, sent_end: int) -> int:
    """Normalized offset where the clause holding token ``k`` ends."""
    end = toks[k].end
    for t in toks[k + 1:]:
        if t.kind == "punct" and t.text in _CLAUSE_PUNCT:
            return end
        if t.kind == "word" and t.text in _CLAUSE_BREAK_WORDS:
            return end
        end = t.end
    return min(end, sent_end)


def _hedges(
    toks: list[Tok], sent_end: int, lex: _Lex, only_next: bool = False
) -> list[tuple[tuple[int, int], str, int]]:
    """Hedge phrases of a sentence: (normalized span, scope, token index)."""
    out: list[tuple[tuple[int, int], str, int]] = []
    covered = -1
    memo = _candidates_memo(lex.hedges)
    for k, t in enumerate(toks):
        if t.kind != "word" or t.end <= covered:
            continue
        cands = memo.get(t.text)  # (_candidates' memo first: every word is looked up)
        if cands is None:
            cands = _candidates(t.text, lex.hedges)
        for words, scope, extent in cands:
            if only_next and scope != "next":
                continue
            if not _match(toks, k, words):
                continue
            start = t.start
            # keep a conjunction clitic out of the span (ويعتقد -> يعتقد)
            if t.text != words[0] and t.text[0] in "وف":
                start = t.start + 1
            if extent == "phrase":
                end = toks[k + len(words) - 1].end
                out.append(((start, end), "phrase", k))
            else:
                end = _clause_end(toks, k + len(words) - 1, sent_end)
                out.append(((start, end), "sentence", k))
            covered = end
            break
    return out


def _sources(toks: list[Tok], lex: _Lex, ents: list[tuple[int, int]]) -> list[_Source]:
    """Source cues of a sentence with the tokens of the source they name.

    ``ents`` are the normalized spans of the sentence's entities (a name is never cut).
    """
    out: list[_Source] = []
    n = len(toks)
    k = 0
    memo = _candidates_memo(lex.sources)
    while k < n:
        t = toks[k]
        if t.kind != "word":
            k += 1
            continue
        cands = memo.get(t.text)  # (_candidates' memo first: every word is looked up)
        if cands is None:
            cands = _candidates(t.text, lex.sources)
        # (empty for most words: no generator then)
        hit = next(((w, kind) for w, kind in cands if _match(toks, k, w)), None) if cands else None
        if hit is None:
            k += 1
            continue
        words, kind = hit
        if kind in ("verb", "relay") and ((t.text != words[0] and _has_article(t.text))
                                          or (k >= 1 and toks[k - 1].text == "عدم")
                                          or (k + len(words) < n and toks[k + len(words)].text in _IDENTITY)):
            k += 1  # الكشف عن هويته، عدم ذكر اسمه، رفض كشف هويته: a verbal noun, not a reporting verb
            continue
        after = k + len(words)
        if kind == "prepverb":
            after += 1  # the verb: حسبما أفادت الوكالة
        if kind in ("prep", "prepverb"):
            if after < n and toks[after].text == "ما" and kind == "prep":
                after += 2  # بحسب ما أعلنت
            end = _np_end(toks, after, lex, ents, hearer=kind == "prepverb")
            head = after
            while (head < n and toks[head].kind == "word" and not _has_article(toks[head].text)
                   and _SOURCE_HEAD_TRIM & set(strip_clitics(toks[head].text))):
                head += 1  # وفق آخر حصيلة لوزارة الصحة: the issuer after the generic head words
            if head > after and head < n:
                end = max(end, _np_end(toks, head, lex, ents))
            # بحسب حصيلة رسمية: official figures are the authorities', a source of their own;
            # بحسب تقديرات أولية only qualifies the figure
            official = end > after + 1 and all(
                _GENERIC_SOURCE & set(strip_clitics(x.text)) for x in toks[after:end]
            ) and any(x.text in _OFFICIAL for x in toks[after + 1:end])
            if not official:
                after = _trim_head(toks, after, end)  # حصيلة جديدة لوزارة الداخلية -> لوزارة الداخلية
            if end > after and (official or not all(
                _GENERIC_SOURCE & set(strip_clitics(x.text)) for x in toks[after:end]
            )):
                # وفق ما نقلت الوكالة، نقلا عن الوكالة: who carried the words, not who said them
                relayed = (kind == "prepverb" and bool(_RELAY_VERBS & set(strip_clitics(toks[k + len(words)].text)))
                           or words[0] == "نقلا")
                out.append(_Source(k, after, end, "prep_relay" if relayed else "prep"))
        elif kind == "relay":
            # نقلت وكالة رويترز عن مسؤولين ...: the source is who the outlet quotes
            src_start = next((m + 1 for m in range(after, min(n, after + 8)) if toks[m].text == "عن"), None)
            if src_start is not None:
                end = _np_end(toks, src_start, lex, ents)
                if end > src_start:
                    out.append(_Source(k, src_start, end, "verb"))
        else:
            # قال في بيان إن / قالت للصحفيين إن: a prepositional phrase, not a subject
            while after < n and toks[after].text in _TIME_ADV:
                after += 1  # أعلنت يوم السبت مقتل ...: a time adverbial, not the subject
            pp = after < n and (toks[after].text in _PP_AFTER_VERB or toks[after].text.startswith("لل"))
            # أعلن مقتل 27: a verbal noun of a category opens the object; there is no subject after
            obj = after < n and bool(_cue(toks[after].text, lex) or _OBJ_STOP & set(strip_clitics(toks[after].text))) \
                and not (_GENERIC_SOURCE & set(strip_clitics(toks[after].text)))
            end = after if pp or obj else _np_end(toks, after, lex, ents, hearer=True)
            after = _trim_head(toks, after, end)  # أظهرت بيانات وزارة الصحة -> وزارة الصحة
            if t.text in _AGENT_VERBS and not (any(a < toks[end - 1].end and toks[after].start < b for a, b in ents)
                                                if end > after else False):
                end = after  # سجلت الليرة تراجعا: a record of no one unless an agent is named
            if end > after and not all(
                _GENERIC_SOURCE & set(strip_clitics(x.text)) for x in toks[after:end]
            ):
                out.append(_Source(k, after, end, "verb"))
            elif after < n and (toks[after].text in _COMPLEMENTIZERS or pp or _cue(toks[after].text, lex)
                                or set(strip_clitics(toks[after].text)) & _OBJ_STOP):
                # the subject stands before the verb: الوزارة قد أعلنت مقتل ...، الوزارة قالت إن
                kk = k - 1 if k >= 1 and toks[k - 1].text in ("قد", "فقد", "لقد") else k
                start = _np_start(toks, kk)
                if start < kk:
                    out.append(_Source(k, start, kk, "verb"))
        k = max(after, k + 1)
    return out


def _trim_head(toks: list[Tok], start: int, end: int) -> int:
    """Skip indefinite generic words before the name of who issued a figure.

    بيانات وزارة الصحة -> وزارة الصحة، إحصاء لفرانس برس -> لفرانس برس; but the definite
    للإحصائيات الإسرائيلية ("the Israeli statistics") stays whole: its adjective names no one.
    """
    k = start
    while k < end - 1:
        w = toks[k].text
        if not (_SOURCE_HEAD_TRIM & set(strip_clitics(w))) or _has_article(w):
            break
        nxt = toks[k + 1].text
        if not _has_article(nxt) and nxt.endswith(("يه", "ي", "يين", "يون")) and not (_SOURCE_HEAD_TRIM & {nxt}):
            break  # أرقام إسرائيلية: an adjective follows
        k += 1
    return k


_ARTICLES = ("ال", "وال", "بال", "لل", "فال", "كال", "وبال", "ولل")


def _has_article(word: str) -> bool:
    return word.startswith(_ARTICLES)


def _np_end(toks: list[Tok], k: int, lex: _Lex, ents: list[tuple[int, int]] = [],  # noqa: B006
            hearer: bool = False) -> int:
    """End (exclusive) of the noun phrase starting at token ``k``: a source's name. ``hearer``:
    the phrase is a speaker's, so an addressee after it ends it (قال رئيس البلدية لقناة ...)."""
    n = len(toks)
    end = k
    seen_def = False
    while end < n and end < k + 7:
        t = toks[end]
        if hearer and end > k and t.kind == "word" and _is_hearer(t, ents):
            break
        if (hearer and end > k and t.kind == "word" and _is_definite_noun(t.text)
                and not t.text.endswith(("ي", "يه", "يين", "يون"))
                and not any(a <= t.start < b for a, b in ents)
                and any(a <= toks[end - 1].start < b for a, b in ents)):
            break  # قدرت الأمم المتحدة الاحتياجات: a definite noun after a name is the object
        if t.text == "عن" and end > k and toks[end - 1].text in _ISSUED:
            end += 1  # تقرير صادر عن منظمة العفو الدولية
            continue
        if t.kind == "punct" and t.text in _OPEN_QUOTES and end > k and toks[end - 1].text not in ("ل", "ب"):
            # منظمة "أطباء بلا حدود"، حركة «حماس»: a quoted name belongs to the phrase
            close = next((m for m in range(end + 1, min(n, end + 8)) if toks[m].text in _CLOSE_QUOTES), None)
            if close is not None and close > end + 1:
                end = close + 1
            break
        in_ent = any(a <= t.start < b for a, b in ents)
        if end > k and not in_ent and t.text.startswith("لل") and _is_person(t.text, lex):
            break  # قال الوزير للصحفيين: whom he spoke to
        if (seen_def and end > k and not in_ent and t.kind == "word" and not _is_definite_noun(t.text)
                and t.text[0] not in "بل" and t.text != "في" and toks[end - 1].text != "في"):
            break  # أعلن الجيش اعتراض ...، الدفاع المدني انتشال ...: the object begins
        if t.kind == "word" and (_is_definite_noun(t.text) or in_ent):
            seen_def = True  # after a definite word or a name, an indefinite word starts the object
        if t.kind != "word" or t.text in _NP_STOP_BUT_FI or (t.text in lex.blockers and not (
                end > k and t.text in _GENERAL and not (end + 1 < n and toks[end + 1].kind == "num"))):
            break  # عام 2020 is a date, but مدير عام هيئة ... a title
        if end > k and (t.text in _COMPLEMENTIZERS or not _OBJ_STOP.isdisjoint(strip_clitics(t.text))):
            break
        if end > k and _candidates(t.text, lex.sources):
            break  # another source cue: طبقا للمواقع ... تشير الإحصاءات
        if end > k and _cue(t.text, lex) and not _is_definite_noun(t.text):
            break  # أعلنت الوزارة مقتل ...، but نادي الأسير is a name
        if end > k and t.text == "في" and (end + 1 >= n or toks[end + 1].kind != "word"
                                            or _SETTING & set(strip_clitics(toks[end + 1].text))):
            break  # قال الوزير في مؤتمر صحفي: where he spoke, not part of his name
        if t.text.startswith("و") and end > k + 1 and len(t.text) > 3 and not in_ent and toks[end - 1].text != "في":
            break
        end += 1
    while end > k and toks[end - 1].text in ("في", "ل", "ب", "و"):
        end -= 1  # a dangling preposition or clitic: مصدر طبي لـ"الجزيرة"
    return end


def _is_hearer(t: Tok, ents: list[tuple[int, int]]) -> bool:
    """A word with ل that names whom a statement was made to: لقناة، لوكالة، لرويترز (an entity
    starting after the ل)."""
    w = t.text
    if not w.startswith("ل") or w.startswith("لل") or len(w) < 4:
        return False
    return w[1:] in _MEDIA or any(a == t.start + 1 for a, _b in ents)


def _np_start(toks: list[Tok], k: int) -> int:
    """Start of the noun phrase ending right before token ``k`` (a subject before its verb)."""
    start = k
    while start > 0 and start > k - 6:
        t = toks[start - 1]
        if t.kind != "word" or t.text in _NP_STOP or t.text in _COMPLEMENTIZERS or t.text in _KANA:
            break
        if t.text in ("اما", "واما"):
            break  # أما صندوق النقد فقد أكد: the topic after أما is the subject
        start -= 1
    return start


def _claim(doc: Document, norm: Normalized, s: _Sentence, f: _Found, srcs: list[_Source], said: _Said) -> Claim:
    q = f.q
    quantity = _span(doc, norm, q.start, q.end)
    source: ClaimSource | None = None
    best: _Source | None = None
    # a بحسب/وفقا phrase of the sentence; else the reporting verb governing the figure
    # the nearest بحسب/وفقا phrase of the same clause (before or after the figure), or the
    # nearest reporting verb before it whose clause the figure is in
    def same_clause(a: int, b: int) -> bool:
        return not any(t.text in _NEW_CLAUSE for t in s.toks[a:b])

    cands: list[tuple[int, int, _Source]] = []
    for x in srcs:
        if x.kind.startswith("prep"):
            lo, hi = (x.end, q.i) if x.cue < q.i else (q.j, x.cue)
            if same_clause(lo, hi):
                cands.append((abs(x.cue - q.i), 0, x))
        elif max(x.end, x.cue) <= q.i and same_clause(max(x.end, x.cue), q.i):
            cands.append((q.i - x.cue, 1, x))
        elif x.cue > q.i and x.start > x.cue and _trailing_cue(s.toks, x):
            # قتل 5 أشخاص في الغارة، قال مسؤول محلي: the statement first, its speaker last
            cands.append((x.cue - q.i, 0, x))
    if any(c[1] == 1 for c in cands):
        # the speaker of the reporting verb whose content holds the figure wins over a phrase
        # after it: قال ولي العهد إن الاستثمارات ستبلغ 600 مليار دولار، وفق ما نقلت وكالة الأنباء
        # (but a بحسب/وفق phrase naming where the figure comes from stays: وفق مصادر طبية)
        cands = [c for c in cands if c[1] == 1 or c[2].cue < q.i or c[2].kind == "prep"]
    if cands:
        cands = [c for c in cands if c[1] == 0 or said.holds(s.toks[c[2].cue], q)]
    if cands:
        best = min(cands, key=lambda c: (c[0], c[1]))[2]
    background = s.has_relative() and _background(s, f, best)
    if background:
        best = None
    named = _named_speaker(doc, norm, s, best, quantity) if best is not None and best.kind == "verb" else None
    if named is not None:
        source = named
    elif best is not None:
        first_tok = s.toks[best.start]
        # والجيش أعلن ...: the conjunction is not part of the name; neither is the ل of a
        # name after a generic head (وفق حصيلة لوزارة الصحة, when the entity opens after it)
        cut = 1 if first_tok.text.startswith("وال") else 0
        if (first_tok.text.startswith("ل") and not first_tok.text.startswith("لل")
                and any(a == first_tok.start + 1 for a, _b in s.ents)):
            cut = 1
        sp = _span(doc, norm, first_tok.start + cut, s.toks[best.end - 1].end)
        source = ClaimSource(start=sp.start, end=sp.end, text=sp.text, canonical=_canonical(doc, sp.start, sp.end))
    elif not background:
        for a in (*doc.attributions, *doc.according_to):
            if a.speaker is not None and a.content.start <= quantity.start and quantity.end <= a.content.end:
                if _generic_words(a.speaker.text):
                    break  # وتشير التقديرات إلى أن: figures, not who gave them
                sp = a.speaker
                source = ClaimSource(start=sp.start, end=sp.end, text=sp.text,
                                     canonical=sp.canonical or _canonical(doc, sp.start, sp.end))
                break
    hedges: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for hs, he in sorted(set(f.hedges)):
        sp = _span(doc, norm, hs, he)
        if (sp.start, sp.end) not in seen:
            seen.add((sp.start, sp.end))
            hedges.append(sp)
    subject = None
    if f.subject is not None:
        sa, sb = f.subject
        subject = _span(doc, norm, s.toks[sa].start, s.toks[sb - 1].end).text
    sent_start, sent_end = norm.to_original(s.start, s.end)
    bound: Bound = q.bound
    return Claim(
        quantity=quantity,
        value=as_number(q.value),
        value_max=as_number(q.value_max) if q.value_max is not None else None,
        bound=bound,
        category=f.category,
        unit=f.unit,
        subject=subject,
        source=source,
        hedges=hedges,
        place=_place(doc, quantity, sent_start, sent_end, said),
        date=_date(quantity, sent_start, sent_end, said),
    )


def _generic_words(text: str) -> bool:
    """Every word of ``text`` is a generic figure word (التقديرات، الأرقام الرسمية): no one named."""
    words = [normalize_word(w) for w in text.split()]
    return bool(words) and all(_GENERIC_SOURCE & set(strip_clitics(w)) for w in words)


def _trailing_cue(toks: list[Tok], src: _Source) -> bool:
    """A reporting verb and its subject closing the sentence after a comma (...، قال مسؤول)."""
    return (src.cue >= 1 and toks[src.cue - 1].text in ("،", ",")
            and all(t.kind == "punct" for t in toks[src.end:]))


class _Said:
    """The attribution layer's cues and contents, to ask whether a reporting verb's content
    holds a figure: ومنذ بدء العملية التي قالت إسرائيل إنها تستهدف المسلحين، قتل 45 شخصا."""

    def __init__(self, doc: Document, norm: Normalized) -> None:
        nz = norm.to_normalized  # normalized offsets, as the tokens and figures have them
        self.cues = sorted((nz(a.cue.start), nz(a.cue.end), nz(a.content.start), nz(a.content.end))
                           for a in (*doc.attributions, *doc.according_to))
        self.starts = [c[0] for c in self.cues]
        # the document's places and calendar dates by start, so a sentence reads only its own
        self.places = sorted((x for x in doc.entities if x.label in ("GPE", "LOC", "FAC")), key=lambda x: x.start)
        self.place_starts = [x.start for x in self.places]
        self.dates = sorted((t for t in doc.timexes if t.type == "DATE" and _ISO_DATE.fullmatch(t.value)),
                            key=lambda t: t.start)
        self.date_starts = [t.start for t in self.dates]

    def holds(self, cue: Tok, q: Quantity) -> bool:
        """False when an attribution of the verb ``cue`` leaves the figure ``q`` out."""
        if not self.cues:
            return True
        cs, ce = cue.start, cue.end
        k = bisect.bisect_left(self.starts, cs)
        for a_start, a_end, c_start, c_end in self.cues[max(0, k - 1):k + 2]:
            if a_start < ce and cs < a_end:
                return c_start <= q.start and q.end <= c_end
        return True


def _background(s: _Sentence, f: _Found, src: _Source | None) -> bool:
    """A figure the narrator adds as background inside what a source says: an aside set off by
    commas (الصراع، الذي أودى بحياة 15 ألف شخص، شرد ...), or a relative clause on a
    prepositional phrase after the source's own figure (مقتل 45 شخصا في الهجوم الذي نفذه
    مسلحون وأسفر عن نزوح 300 عائلة). A figure counting "others" continues the source's count."""
    toks = s.toks
    q = f.q
    lo = src.cue + 1 if src is not None and src.cue < q.i else 0
    for r in range(q.i - 1, lo - 1, -1):
        w = toks[r].text
        if w in (".", "؛", ";"):
            return False
        if w in _ASIDE_PRONOUNS and r >= 1 and toks[r - 1].text in ("،", ",") and src is not None and src.cue < r:
            return True  # ...، وهي الحصيلة الأعلى منذ ...: the writer's comment
        if w not in _RELATIVE:
            continue
        if src is not None and src.cue > q.i:
            return False  # قتل 5 في الغارة التي ...، بحسب الدفاع المدني: the phrase covers it
        earlier = any(g.q.j <= r and (src is None or g.q.i > src.cue) for g in s.found if g is not f)
        if r >= 1 and toks[r - 1].text in ("،", ","):
            # an aside: the figure before the comma that closes it, or (at the end of the
            # sentence) after the source's own figure
            return earlier or any(t.text in ("،", ",") for t in toks[q.j:])
        if any(t.text in ("،", ",") for t in toks[r:q.i]):
            return False
        if q.j < len(toks) and _OTHERS & set(strip_clitics(toks[q.j].text)):
            return False
        in_pp = any(toks[m].text in _PP_BEFORE or toks[m].text in _PP_AFTER_VERB for m in range(max(0, r - 3), r - 1)) \
            or toks[r - 1].text.startswith(("بال", "لل", "وبال"))
        return in_pp and earlier
    return False


def _named_speaker(doc: Document, norm: Normalized, s: _Sentence, src: _Source, q: Span) -> ClaimSource | None:
    """The person the attribution layer names for the same reporting verb, when it split a
    title from a name (أعلن وزير المالية في حكومة تصريف الأعمال يوسف الخليل أن ...): the name
    is whom the figure is attributed to, and the title may be longer than the chunker reads."""
    cs, ce = norm.to_original(s.toks[src.cue].start, s.toks[src.cue].end)
    for a in (*doc.attributions, *doc.according_to):
        sp = a.speaker
        if (sp is not None and sp.role is not None and sp.resolved_from is None
                and a.cue.start < ce and cs < a.cue.end
                and a.content.start <= q.start and q.end <= a.content.end):
            return ClaimSource(start=sp.start, end=sp.end, text=sp.text,
                               canonical=sp.canonical or _canonical(doc, sp.start, sp.end))
    return None


def _canonical(doc: Document, start: int, end: int) -> str | None:
    """Canonical name of the entity that best covers ``[start, end)``."""
    best: tuple[int, int, str] | None = None
    for e in doc.entities:
        if e.start >= end or e.end <= start:
            continue  # no overlap (the test below, without its min/max)
        ov = min(end, e.end) - max(start, e.start)
        if ov > 0:
            key = (ov, -e.start, e.canonical)
            if best is None or key > best:
                best = key
    return best[2] if best else None


_LOCATIVE = re.compile(r"(?:^|\s)(?:في|ب|من|داخل|قرب|جنوب|شمال|شرق|غرب|وسط|أنحاء|انحاء|مدينة|قطاع|منطقة)\s*$")


def _place(doc: Document, q: Span, s: int, e: int, idx: _Said) -> str | None:
    """The place of the figure: a GPE/LOC of its sentence after a locative word (في غزة، بغزة)."""
    best: tuple[int, str] | None = None
    lo = bisect.bisect_left(idx.place_starts, s)
    hi = bisect.bisect_left(idx.place_starts, e)
    for x in idx.places[lo:hi]:
        if x.end > e:
            continue
        before = doc.text[max(s, x.start - 14):x.start]
        if not (_LOCATIVE.search(before) or x.text.startswith(("ب", "في"))):
            continue
        dist = x.start - q.end if x.start >= q.end else 10_000 + q.start - x.end
        if best is None or dist < best[0]:
            best = (dist, x.canonical)
    return best[1] if best else None


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _date(q: Span, s: int, e: int, idx: _Said) -> str | None:
    """The calendar date of the figure's sentence nearest to it."""
    lo = bisect.bisect_left(idx.date_starts, s)
    hi = bisect.bisect_left(idx.date_starts, e)
    cands = [t for t in idx.dates[lo:hi] if t.end <= e]
    if not cands:
        return None
    pick = min(cands, key=lambda t: (min(abs(t.start - q.end), abs(q.start - t.end)), t.start))
    return pick.value


__all__ = ["claims_stage"]
