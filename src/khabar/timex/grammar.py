"""The temporal-expression grammar: regex families over the normalized text, each with a
handler that turns a match into a candidate whose value is resolved later against the DCT.

Why a grammar of its own rather than dateparser: dateparser parses a string already known
to be a date; it does not find dates in running text reliably (its ``search_dates`` reads a
bare ``1200`` or ``253`` as a year or a day), it has no notion of the tense that decides
which Monday ``يوم الاثنين`` is, it does not read ``اليوم الاثنين``, ``منذ ستة أشهر`` (a
duration), duals (``يومين``) or anchored chains (``بعد ذلك بيومين``), and it knows the
Levantine month names only in a Lebanese locale. So every family below is a precompiled
regex over ``view(doc).norm.text`` (hamza, alef maqsura, ta marbuta and digits folded by
the text layer), and the lexicons (month names of every tradition from CLDR via babel,
Hijri months from hijridate) live in ``data/timex_*.tsv``. Hijri dates convert with
hijridate (Umm al-Qura); zone offsets come from the IANA database for the date itself.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from khabar.timex import cal
from khabar.timex.lexicon import alternation, lexicon

# --- candidates -------------------------------------------------------------------------


@dataclass
class Ctx:
    """What a value is resolved against."""

    dct: dt.date | None
    future: bool = False
    anchor: str | None = None  # value of the nearest earlier resolved date
    day: str | None = None  # day named next to a clock time (e.g. "1 أبريل 2024 الساعة 10")
    past: bool = False  # a past verb governs the clause: a date ahead of the DCT is out
    present: bool = False  # an imperfect verb governs the clause: a bare weekday is the coming one
    day_pod: str | None = None  # part of that day named with it (مساء أمس: EV): reads a bare hour 8 as 20:00


Resolver = Callable[[Ctx], tuple[str, str | None]]


@dataclass
class Cand:
    start: int  # offsets in the normalized text
    end: int
    type: str
    resolve: Resolver
    absolute: dt.date | None = None  # a full date that needs no DCT (for DCT inference)
    weekday: int | None = None  # weekday printed with it
    kind: str = ""  # "ref-prefix", "today-weekday", "day" (day-precision date) ...
    mod: str | None = None
    needs_tense: bool = False
    extra: dict[str, object] = field(default_factory=dict)


# --- vocabulary (normalized spellings) --------------------------------------------------

L = lexicon()
B = r"(?<!\w)"
E = r"(?!\w)"
PRE = r"[وف]?[بلك]?"

MONTH = alternation(L.months.keys())
UNSAFE_MONTHS = {"اب", "ماي"}
HMONTH = alternation(L.hijri_months.keys())
HMONTH_SAFE = alternation([m for m in L.hijri_months if m not in {"صفر"}])
WD = alternation(L.weekdays.keys())
UNITW = alternation(L.cardinals.keys())
TENW = alternation(L.tens.keys())
HUNDW = alternation(L.hundreds.keys())
COUNTW = rf"(?:{UNITW}\s+و\s*{TENW}|{UNITW}\s+عشر[ه]?|{TENW}|{HUNDW}|{UNITW})"
# the definite form after a plural: "الساعات الأربع والعشرين الماضية"
COUNTW_DEF = rf"(?:(?:ال)?{UNITW}\s+و\s*(?:ال)?{TENW}|(?:ال)?{UNITW}\s+عشر[ه]?|(?:ال)?{TENW}|(?:ال)?{HUNDW}|(?:ال)?{UNITW})"
ORDW = alternation(L.ordinals.keys())
ORDTENW = alternation(L.ordinal_tens.keys())
ORDDAY = rf"(?:{ORDW}\s+و\s*{ORDTENW}|{ORDW}\s+عشر[ه]?|{ORDTENW}|{ORDW})"
HOURW = rf"(?:الواحده|{ORDW}\s+عشر[ه]?|{ORDW})"
ZONE = alternation(L.zones.keys())

MODS = {"مطلع": "START", "بدايه": "START", "اوائل": "START", "مستهل": "START", "بدء": "START",
        "منتصف": "MID", "اواسط": "MID", "اواخر": "END", "نهايه": "END", "اخر": "END", "ختام": "END",
        "اخر ايام": "END"}
MOD = alternation(MODS.keys())
PAST_DIR = ["الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق", "السابقه", "المنقضي"]
FUT_DIR = ["المقبل", "المقبله", "القادم", "القادمه"]
CUR_DIR = ["الجاري", "الجاريه", "الحالي", "الحاليه", "الراهن"]
DIR = alternation(PAST_DIR + FUT_DIR + CUR_DIR)


def dir_sign(word: str | None) -> int | None:
    if not word:
        return None
    w = word.split()[-1]
    if w in PAST_DIR:
        return -1
    if w in FUT_DIR:
        return 1
    return 0


ERA_G = r"(?:ميلاديه|ميلادي|للميلاد|م)"
ERA_H = r"(?:هجريه|هجري|للهجره|ه)"
ERA = rf"(?:{ERA_H}|{ERA_G})"
YEARW = r"(?:ال)?(?:عام|سنه)"

UNIT_FORMS: dict[str, tuple[str, int | None]] = {}
for _u, _forms in {
    "second": "ثانيه ثوان ثواني", "minute": "دقيقه دقائق", "hour": "ساعه ساعات",
    "day": "يوم يوما ايام", "week": "اسبوع اسبوعا اسابيع", "month": "شهر شهرا اشهر شهور",
    "year": "عام عاما اعوام سنه سنوات سنين", "decade": "عقد عقدا عقود", "century": "قرن قرنا قرون",
}.items():
    for _f in _forms.split():
        UNIT_FORMS[_f] = (_u, None)
for _u, _forms in {
    "second": "ثانيتين ثانيتان", "minute": "دقيقتين دقيقتان", "hour": "ساعتين ساعتان",
    "day": "يومين يومان", "week": "اسبوعين اسبوعان", "month": "شهرين شهران",
    "year": "عامين عامان سنتين سنتان", "decade": "عقدين عقدان", "century": "قرنين قرنان",
}.items():
    for _f in _forms.split():
        UNIT_FORMS[_f] = (_u, 2)
PLURALS = {"ثوان", "ثواني", "دقائق", "ساعات", "ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين",
           "عقود", "قرون"}
SINGULARS = {"ثانيه", "دقيقه", "ساعه", "يوم", "اسبوع", "شهر", "عام", "سنه", "عقد", "قرن",
             "عاما", "شهرا", "يوما", "اسبوعا", "قرنا"}  # accusative: "عاما ونصف"، "نحو شهرا" is not said
UNIT = alternation([f for f in UNIT_FORMS if UNIT_FORMS[f][1] is None])
DUAL = alternation([f for f in UNIT_FORMS if UNIT_FORMS[f][1] == 2])
PLURAL = alternation(PLURALS)
SINGULAR = alternation(SINGULARS - {"عقد"})  # bare عقد is usually "contract"
ISO_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}

QMODS = {"اكثر من": "MORE_THAN", "ما يزيد عن": "MORE_THAN", "ما يزيد علي": "MORE_THAN", "اقل من": "LESS_THAN",
         "ما لا يقل عن": "EQUAL_OR_MORE", "نحو": "APPROX", "حوالي": "APPROX", "قرابه": "APPROX", "زهاء": "APPROX",
         "ما يقرب من": "APPROX", "ما يناهز": "APPROX", "قرابة": "APPROX"}
QMOD = alternation(QMODS.keys())
PODS = {"صباح": "MO", "صبيحه": "MO", "فجر": "MO", "ضحى": "MO", "ضحي": "MO", "ظهر": "MI", "ظهيره": "MI",
        "عصر": "AF", "مساء": "EV", "ليل": "NI", "ليله": "NI", "منتصف ليل": "NI"}
POD = alternation(PODS.keys())
CLOCK_PODS = {"صباحا": "am", "صباح": "am", "ص": "am", "فجرا": "am", "فجر": "am", "ظهرا": "noon", "ظهر": "noon",
              "بعد الظهر": "pm", "بعد الظهيره": "pm", "عصرا": "pm", "عصر": "pm", "مساء": "pm", "مساءا": "pm",
              "م": "pm", "ليلا": "night", "ليل": "night", "قبل الظهر": "am", "قبل الظهيره": "am"}
CLOCK_POD = alternation(CLOCK_PODS.keys())
DAYWORDS = {"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2,
            "امس الاول": -2, "غدا": 1, "الغد": 1, "غد": 1, "بكرا": 1, "بعد غد": 2, "بعد الغد": 2}
DAYWORD = alternation(DAYWORDS.keys())
REFS = {"الان": "PRESENT_REF", "حاليا": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF",
        "في الوقت الراهن": "PRESENT_REF", "في الوقت الحاضر": "PRESENT_REF", "حتي الان": "PRESENT_REF",
        "حتي اللحظه": "PRESENT_REF", "لحد الان": "PRESENT_REF", "هذه الايام": "PRESENT_REF",
        "في هذه الايام": "PRESENT_REF", "مؤخرا": "PAST_REF", "في الاونه الاخيره": "PAST_REF",
        "في الماضي": "PAST_REF", "في وقت سابق": "PAST_REF", "في المستقبل": "FUTURE_REF",
        "في المستقبل القريب": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "قريبا": "FUTURE_REF",
        "في وقت لاحق": "FUTURE_REF", "في وقت مبكر": "", "في وقت متاخر": "", "في ساعه مبكره": "",
        "في ساعه متاخره": "", "في الساعات الاولي": "", "في الساعات الاولي من": "",
        "الفتره الماضيه": "PAST_REF", "الفتره الاخيره": "PAST_REF", "الفتره المقبله": "FUTURE_REF",
        "الفتره القادمه": "FUTURE_REF", "الفتره الحاليه": "PRESENT_REF", "المرحله الحاليه": "PRESENT_REF"}
REF = alternation(REFS.keys())
DECADES = {"عشرين": 192, "ثلاثين": 193, "اربعين": 194, "خمسين": 195, "ستين": 196, "سبعين": 197,
           "ثمانين": 198, "تسعين": 199}
CENTURIES = {"الماضي": -1, "الحالي": 0, "العشرين": 19, "الحادي والعشرين": 20, "الحادي و العشرين": 20,
             "التاسع عشر": 18, "الثامن عشر": 17}
SEASONS = {"ربيع": "SP", "صيف": "SU", "خريف": "FA", "شتاء": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}

YEAR_CUES = {"في", "منذ", "حتى", "قبل", "بعد", "خلال", "عام", "العام", "عامي", "سنه", "السنه", "سنتي", "مطلع",
             "بدايه", "نهايه", "اواخر", "اوائل", "منتصف", "اواسط", "ربيع", "صيف", "خريف", "شتاء", "موسم",
             "انتخابات", "دستور", "حرب", "نكبه", "نكسه", "ثوره", "احداث", "حدود", "قبيل", "ابان", "اثناء", "طوال",
             "الي", "حتي", "من", "عن", "مستهل", "مونديال", "اولمبياد", "ميزانيه", "موازنه",
             "تعداد", "لعام", "بعام", "وعام", "العامين", "عامين", "خطه", "رؤيه", "اجندة", "اجنده"}
YEAR_REJECT_BEFORE = {"رقم", "القرار", "قرار", "الماده", "ماده", "العدد", "عدد", "الرقم", "بند", "البند", "الصفحه",
                      "صفحه", "ص", "الفصل", "القانون", "قانون", "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل",
                      "الاية", "الايه", "المرسوم", "مرسوم", "رمز", "الرمز", "كود", "غرفه", "الغرفه", "طراز", "موديل"}
QUANT_AFTER = re.compile(
    r"\s*(?:[وفبل]?(?:الف|الاف|مليون|ملايين|مليار|شخص|اشخاص|قتيل|قتلي|جريح|جرحي|مصاب|مصابين|دولار|يورو|جنيه|ريال|"
    r"درهم|دينار|ليره|شيكل|طن|اطنان|كيلو\w*|كم|متر|امتار|منزل|منازل|وحده|عائله|عائلات|اسره|طفل|اطفال|امراه|نساء|رهينه|"
    r"رهائن|اسير|اسري|معتقل|جندي|جنود|مقاتل|مقاتلين|صاروخ|صواريخ|غاره|غارات|برميل|فلسطيني|اسرائيلي|مدني|مدنيين|نازح|"
    r"نازحين|لاجئ|لاجئين|عامل|عمال|موظف|طالب|طلاب|مستوطن|شاحنه|شاحنات|مره|مرات|هدف|اهداف|مبني|مباني|سرير|فرد|"
    r"افراد|ناخب|صوت|اصوات|مقعد|مقاعد|نسمه|رجل|شهيد|شهداء|قطعه|سياره|طائره|دبابه)(?!\w)|\s*%|\s*في\s*المئه)")
FUTURE_STOP = ("سياس", "سيار", "سيد", "سيطر", "سينا", "سيول", "سينما", "ستين", "ستون", "سته", "ستار", "سنه", "سنو",
               "سنت", "سنين", "سني", "سنغ", "سنا", "ستر", "سيف", "سير", "سيم")
FUTURE_RE = re.compile(
    r"(?<!\w)[وف]?(?:سوف|المقرر|المتوقع|المرتقب|المزمع|يعتزم|تعتزم|يعتزمون|ينوي|تنوي|يعتزمان|موعد|"
    r"س[يتن]\w{2,})(?!\w)")
CONTINUITY_RE = re.compile(
    r"مستمر|متواصل|يستمر|تستمر|استمر|تتواصل|يتواصل|تواصل|زال|يزال|تزال|الدائر|دائر|يعيش|تعيش|يعاني|تعاني|يعانون|"
    r"محاصر|يحاصر|تحاصر|حصار|محتجز|يحتجز|تحتجز|معتقل|مغلق|يغلق|تغلق|مقيم|يقيم|تقيم|يقبع|تحتل|يحتل|يسيطر|"
    r"تسيطر|يحكم|تحكم|تشهد|يشهد|حرب|عدوان|نزاع|صراع|ازمه|قتال|مفقود|نازح|يعمل|تعمل|ينتظر|تنتظر|غائب|ممنوع|"
    r"متوقف|معطل|يرفض|ترفض|يطالب|تطالب|يدرس|تدرس|تجري|يجري|تقود|يقود|تعرف|يعرف")
SENT_END = re.compile(r"[.!؟?\n:«»“”\"]")


_WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")


def _words_before(text: str, pos: int, n: int = 2) -> list[str]:
    window = text[max(0, pos - 40):pos]
    return _WORD_OR_NUMBER.findall(window)[-n:]


def clause_before(text: str, pos: int, width: int = 90) -> str:
    """Text of the sentence before ``pos`` (at most ``width`` characters)."""
    window = text[max(0, pos - width):pos]
    cut = max((m.end() for m in SENT_END.finditer(window)), default=0)
    return window[cut:]


def is_future(text: str, start: int, end: int) -> bool:
    """Does the clause around [start, end) speak of the future (سوف، سيلتقي، من المقرر...)?"""
    after = text[end:end + 40]
    cut = SENT_END.search(after)
    window = clause_before(text, start) + " " + (after[:cut.start()] if cut else after)
    for m in FUTURE_RE.finditer(window):
        w = m.group(0).lstrip("وف")
        if w[0] == "س" and w[1:2] in "يتن" and w.startswith(FUTURE_STOP):
            continue
        return True
    return False


def count_value(s: str | None) -> float | None:
    """The number a count (digits or words: ثلاثة، خمسة وعشرين، أحد عشر) stands for."""
    if s is None:
        return None
    s = s.strip()
    if s.startswith("ال"):
        s = s[2:]
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    total = 0
    parts = [p for p in re.split(r"\s+|(?<=\s)و", s) if p]
    for p in parts:
        p = p.removeprefix("و") if p not in L.cardinals and p not in L.tens else p
        if p.startswith("ال") and p[2:] in L.cardinals.keys() | L.tens.keys() | L.hundreds.keys():
            p = p[2:]
        if p in ("عشر", "عشره") and total:
            total += 10
        elif p in L.cardinals:
            total += L.cardinals[p]
        elif p in L.tens:
            total += L.tens[p]
        elif p in L.hundreds:
            total += L.hundreds[p]
        elif p in ("بضعه", "بضع", "عده"):
            return None
    return float(total) if total else None


def ordinal_value(s: str) -> int | None:
    total = 0
    for p in re.split(r"\s+", s.strip()):
        p = p.removeprefix("و") if p not in L.ordinals and p not in L.ordinal_tens else p
        if p in ("عشر", "عشره"):
            total += 10
        elif p in L.ordinals:
            total += L.ordinals[p]
        elif p in L.ordinal_tens:
            total += L.ordinal_tens[p]
    return total or None


def hour_value(s: str) -> int | None:
    return 1 if s.strip() == "الواحده" else ordinal_value(s)


def month_of(s: str) -> int:
    return L.months[" ".join(s.split())]


def hmonth_of(s: str) -> int:
    return L.hijri_months[" ".join(s.split())]


def _fmt_partial(y: int | None, m: int | None, d: int | None) -> str:
    out = f"{y:04d}" if y is not None else "XXXX"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


_DUR_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
_DOWN = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
         "hour": ("minute", 60), "minute": ("second", 60)}


def fmt_dur_parts(parts: list[tuple[float | None, str]]) -> str:
    """ISO 8601 duration of one or more counted units, written the way TIMEX3 annotators
    write it: each unit as counted (14 يوما P14D, أسبوعين P2W, 150 دقيقة PT150M), a fraction
    carried down to the next unit (ساعتين ونصف PT2H30M, عام ونصف P1Y6M, نصف يوم PT12H), mixed
    units side by side (سنة وستة أشهر P1Y6M, ساعتين و30 دقيقة PT2H30M); weeks mixed with any
    other unit become days (ISO writes W alone). Decades and centuries are years; PXD when uncounted."""
    if not parts or any(n is None for n, _ in parts):
        unit = parts[0][1] if parts else "day"
        unit = "year" if unit in ("decade", "century") else unit
        return f"P{'T' if unit in ('second', 'minute', 'hour') else ''}X{ISO_UNIT[unit]}"
    acc: dict[str, float] = dict.fromkeys(_DUR_ORDER, 0.0)
    for n, unit in parts:
        assert n is not None
        if unit == "decade":
            n, unit = n * 10, "year"
        elif unit == "century":
            n, unit = n * 100, "year"
        acc[unit] += n
    if acc["week"] and (not float(acc["week"]).is_integer() or any(acc[u] for u in _DUR_ORDER if u != "week")):
        acc["day"] += acc["week"] * 7
        acc["week"] = 0.0
    for unit in _DUR_ORDER[:-1]:  # carry fractions down: 1.5 hours = 1 hour 30 minutes
        frac = acc[unit] - int(acc[unit])
        if frac > 1e-9 and unit in _DOWN:
            lower, k = _DOWN[unit]
            acc[unit] = float(int(acc[unit]))
            acc[lower] += round(frac * k, 6)

    def num(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else f"{x:g}"

    date = "".join(f"{num(acc[u])}{ISO_UNIT[u]}" for u in ("year", "month", "week", "day") if acc[u])
    time = "".join(f"{num(acc[u])}{ISO_UNIT[u]}" for u in ("hour", "minute", "second") if acc[u])
    if not date and not time:  # a zero count: keep the unit written
        unit = "year" if parts[0][1] in ("decade", "century") else parts[0][1]
        return f"P{'T' if unit in ('second', 'minute', 'hour') else ''}0{ISO_UNIT[unit]}"
    return "P" + date + (f"T{time}" if time else "")


def fmt_dur(n: float | None, unit: str) -> str:
    """ISO 8601 duration of one count: P6M, PT3H, P20Y (decades and centuries in years),
    PT1H30M for ساعة ونصف, PXD when uncounted."""
    return fmt_dur_parts([(n, unit)])


# --- handlers ---------------------------------------------------------------------------

Handler = Callable[[re.Match[str], str], "Cand | list[Cand] | None"]
PATTERNS: list[tuple[re.Pattern[str], Handler]] = []


def pattern(regex: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        PATTERNS.append((re.compile(regex), fn))
        return fn
    return deco


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.start("c"), m.end("c")


_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?منذ\s+(?:يوم\s+)?$")


def _date_cand(m: re.Match[str], y: int | None, mo: int, d: int | None, wd: int | None = None) -> Cand | None:
    """A Gregorian date, year optional (then nearest the DCT; only behind it after منذ)."""
    if d is not None and not (1 <= d <= 31):
        return None
    if y is not None and d is not None and cal.valid_date(y, mo, d) is None:
        return None
    s, e = _span(m)
    if y is not None:
        value = _fmt_partial(y, mo, d)
        absolute = cal.valid_date(y, mo, d) if d is not None else None
        return Cand(s, e, "DATE", lambda c: (value, None), absolute=absolute, weekday=wd,
                    kind="day" if d is not None else "", extra={"y": y, "mo": mo, "d": d})

    # "منذ 15 يوليو" (since): a date behind the DCT whatever the distance
    since = bool(_SINCE_BEFORE.search(m.string, max(0, m.start("c") - 12), m.start("c")))

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return _fmt_partial(None, mo, d), None
        y = cal.nearest_year(c.dct, mo, d, c.future and not since, strict=since, past=c.past)
        if wd is not None and d is not None:  # "الجمعة 29 مارس": the nearby year where it is a Friday
            fits = [k for k in (y, y - 1, y + 1) if (day := cal.valid_date(k, mo, d)) and day.isoweekday() == wd]
            y = fits[0] if fits else y
        return _fmt_partial(y, mo, d), None
    return Cand(s, e, "DATE", res, weekday=wd, needs_tense=True, kind="day" if d is not None else "",
                extra={"mo": mo, "d": d})


def _year_of(m: re.Match[str]) -> int | None:
    y = m.groupdict().get("y")
    return int(y) if y else None


# the second name of a double month: "آذار/مارس", "مارس (آذار)", and Reuters' bare "أكتوبر تشرين الأول"
DMON = rf"(?:\s*[/(]\s*{MONTH}(?:\s*\))?|\s+(?P<mon2>{MONTH})(?!\w))?"


def _same_month(m: re.Match[str]) -> bool:
    """A bare second month name must name the same month (not a list of two)."""
    m2 = m.groupdict().get("mon2")
    return not m2 or month_of(m2) == month_of(m["mon"])


_YEAR_TAIL = rf"(?:\s*[،,.\-/]?\s*(?:من\s+)?(?:{YEARW})?\s*\(?\s*(?P<y>\d{{4}})(?!\d)(?:\s*\))?(?:\s*{ERA_G}{E})?)"
_WD_HEAD = rf"(?:(?:يوم\s+)?(?:ال)?(?P<wd>{WD})\s*[،,]?\s*(?:الموافق\s+)?)"


_DAYN = rf"(?:[0-3]?\d(?!\d)|{ORDDAY})"


@pattern(rf"{B}(?:(?P<cue>من|بين|ما\s+بين|يومي|ايام|في|يوم|الفتره\s+من|الفتره\s+بين)\s+)?(?P<c>(?P<d1>{_DAYN})\s*(?P<sep>-|–|الي|حتي|و)\s*"
         rf"(?P<d2>{_DAYN})\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONTH}){DMON}{_YEAR_TAIL}?){E}")
def _range(m: re.Match[str], text: str) -> list[Cand] | None:
    """A range of days in one month ("من 1 إلى 3 أبريل", "بين 10 و12 مارس", "1-3 أبريل"): two
    DATEs as TimeML annotates them, the first end taking the second's month and year."""
    def day(x: str) -> int | None:
        return int(x) if x[0].isdigit() else ordinal_value(x)

    d1, d2 = day(m["d1"]), day(m["d2"])
    if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31 or not _same_month(m):
        return None
    words = not m["d1"][0].isdigit() or not m["d2"][0].isdigit()
    if words and not re.search(r"\sمن\s", text[m.end("d2"):m.start("mon")] + " "):
        return None  # ordinals need "من" before the month ("الأول والثاني من أبريل")
    if m["sep"] == "و" and not m["cue"]:
        return None
    mo = month_of(m["mon"])
    second = _date_cand(m, _year_of(m), mo, d2)
    if second is None or cal.valid_date(2000, mo, d1) is None:  # 2000: a leap year
        return None
    second.start = m.start("d2")
    inner = second.resolve

    def res1(c: Ctx) -> tuple[str, str | None]:
        v = inner(c)[0]
        return v[:-2] + f"{d1:02d}", None
    y = _year_of(m)
    first = Cand(m.start("d1"), m.end("d1"), "DATE", res1, absolute=cal.valid_date(y, mo, d1) if y else None,
                 needs_tense=True, kind="day")
    return [first, second]


def _modifies_noun(text: str, pos: int) -> bool:
    """Is the ordinal at ``pos`` an adjective of the definite noun before it ("الأسبوع الأول",
    "النصف الثاني") rather than a day ("في الأول من أبريل", "الموافق الأول من رمضان")?"""
    prev = _words_before(text, pos, 1)
    if not prev or not prev[-1].startswith("ال") or prev[-1] in ("الموافق", "اليوم"):
        return False
    return prev[-1][2:] not in L.weekdays and not text[max(0, pos - 3):pos].strip().endswith(("،", ",", "-", ":"))


_PART_OF_MONTH = rf"(?:ال)?(?P<part>اسبوع|نصف|عشر)\s+(?P<po>{ORDW}|الاخير|الاخيره|الاواخر|الاوائل|الاولي)"


@pattern(rf"{B}[وف]?[بل]?(?P<c>{_PART_OF_MONTH}\s+من\s+(?:شهر\s+)?(?P<mon>{MONTH}){DMON}{_YEAR_TAIL}?){E}")
def _part_of_month(m: re.Match[str], text: str) -> Cand | None:
    """"الأسبوع الأول من أبريل" (the ISO week holding the month's first Thursday; the last
    week, its last Thursday), "النصف الثاني من مارس" / "العشر الأواخر من" (the month, mod
    START/END)."""
    if not _same_month(m):
        return None
    mo = month_of(m["mon"])
    last = m["po"] in ("الاخير", "الاخيره", "الاواخر")
    k = 1 if m["po"] in ("الاوائل", "الاولي") else (0 if last else (ordinal_value(m["po"]) or 0))
    part = m["part"]
    if part == "نصف" and k > 2 or part == "اسبوع" and k > 5 or part == "عشر" and k > 3:
        return None
    month = _date_cand(m, _year_of(m), mo, None)
    if month is None:
        return None
    inner = month.resolve
    if part == "اسبوع":
        def res(c: Ctx) -> tuple[str, str | None]:
            v = inner(c)[0]
            if not v[:4].isdigit():
                return v, None
            y = int(v[:4])
            # weeks counted as ISO does for years: by their Thursdays
            first = dt.date(y, mo, 1)
            first_thu = first + dt.timedelta(days=(4 - first.isoweekday()) % 7)
            end = dt.date(*cal.add_months(y, mo, 1), 1) - dt.timedelta(days=1)
            last_thu = end - dt.timedelta(days=(end.isoweekday() - 4) % 7)
            day = last_thu if last else min(first_thu + dt.timedelta(days=7 * (k - 1)), last_thu)
            return cal.fmt_week(day), None
        month.resolve = res
        return month
    mod = "START" if k == 1 and not last else ("END" if last or (part == "نصف" and k == 2) or k == 3 else "MID")
    month.resolve = lambda c: (inner(c)[0], mod)
    month.mod = mod
    return month


@pattern(rf"{B}{PRE}(?P<c>{_WD_HEAD}?(?:(?:يوم|بتاريخ|تاريخ)\s+)?(?:(?P<d>[0-3]?\d)(?!\d)|(?P<od>{ORDDAY}))\s*"
         rf"(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONTH}){DMON}(?:{_YEAR_TAIL}|\s+(?P<dir>{DIR}))?){E}")
def _dmy(m: re.Match[str], text: str) -> Cand | list[Cand] | None:
    c = _dmy_one(m, text)
    if c is None or not m["wd"]:
        return c
    # "أمس الأربعاء 5 آذار 2025": when the weekday belongs to an earlier expression (أمس
    # الأربعاء wins leftmost-longest), the date after it must still be found on its own
    bare = replace(c, start=m.start("d") if m["d"] else m.start("od"))
    return [c, bare]


def _dmy_one(m: re.Match[str], text: str) -> Cand | None:
    d = int(m["d"]) if m["d"] else ordinal_value(m["od"])
    if d is None or not _same_month(m):
        return None
    if m["od"] and not m["y"] and not re.search(r"\sمن\s", m.group("c")):
        return None  # "الثاني أيار" without "من" or a year is too loose
    if m["od"] and not m["wd"] and _modifies_noun(text, m.start("c")):
        return None  # "النصف الثاني من مارس": the ordinal belongs to the noun before it
    wd = L.weekdays[m["wd"]] if m["wd"] else None
    c = _date_cand(m, _year_of(m), month_of(m["mon"]), d, wd)
    sign = dir_sign(m["dir"])
    if c is not None and sign:  # "12 مارس الماضي": the last 12 March before the DCT
        mo = month_of(m["mon"])

        def res(ctx: Ctx) -> tuple[str, str | None]:
            if ctx.dct is None:
                return _fmt_partial(None, mo, d), None
            for y in ((ctx.dct.year, ctx.dct.year - 1) if sign < 0 else (ctx.dct.year, ctx.dct.year + 1)):
                day = cal.valid_date(y, mo, d) or dt.date(y, mo, 28)
                if (sign < 0 and day < ctx.dct) or (sign > 0 and day > ctx.dct):
                    return day.isoformat(), None
            return _fmt_partial(None, mo, d), None
        c.resolve = res
    return c


@pattern(rf"{B}{PRE}(?P<c>(?:شهر\s+)?(?P<mon>{MONTH}){DMON}\s*[،,]?\s*(?:من\s+)?(?:{YEARW})?\s*"
         rf"\(?\s*(?P<y>\d{{4}})(?!\d)(?:\s*\))?(?:\s*{ERA_G}{E})?){E}")
def _my(m: re.Match[str], text: str) -> Cand | None:
    y = int(m["y"])
    if not 1000 <= y <= 2200 or not _same_month(m):
        return None
    return _date_cand(m, y, month_of(m["mon"]), None)


_MONTH_CUES = alternation(["في", "خلال", "منذ", "حتى", "قبل", "بعد", "طوال", "مع", "بين", "من", "الي", "حتي", "حلول",
                           "شهري", "بحلول"])


@pattern(rf"{B}[وف]?(?:(?:{_MONTH_CUES})\s+|(?P<cm>[بل]))?(?P<c>(?:(?P<mod>{MOD})\s+(?:من\s+)?)?(?P<sh>شهر\s+)?"
         rf"(?P<mon>{MONTH}){DMON}(?:\s+(?:من\s+)?(?P<rel>(?:هذا\s+)?{YEARW}(?:\s+{DIR})?|{DIR})|{_YEAR_TAIL})?){E}")
def _month(m: re.Match[str], text: str) -> Cand | None:
    cued = m.start("c") > m.start() or m["mod"] or m["rel"] or m["sh"]
    if not cued or not _same_month(m):
        return None
    if m["cm"] and not (m["mod"] or m["rel"] or m["sh"] or m["y"]):
        return None  # ب/ل + bare month name: too weak a cue
    if m["mon"] in UNSAFE_MONTHS and not (m["sh"] or m["rel"] or m["y"] or _paired(text, m.end("mon"), month_of(m["mon"]))):
        return None  # اب is also "father" (not in "آب/أغسطس", "آب 2023")
    mo = month_of(m["mon"])
    s, e = _span(m)
    mod = MODS.get(m["mod"]) if m["mod"] else None
    if m["y"]:  # "مطلع مارس 2024": the month of that year (the modifier must not cut the year off)
        y = int(m["y"])
        if not 1000 <= y <= 2200:
            return None
        value = cal.fmt_month(y, mo)
        return Cand(s, e, "DATE", lambda c: (value, mod), mod=mod, extra={"y": y, "mo": mo, "d": None})
    rel = m["rel"]
    sign = dir_sign(rel) if rel else None
    this_year = bool(rel) and sign in (0, None)

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return _fmt_partial(None, mo, None), mod
        if rel and re.search(YEARW, rel):  # "مارس من العام الماضي"
            return cal.fmt_month(c.dct.year + (sign or 0), mo), mod
        if this_year:
            return cal.fmt_month(c.dct.year, mo), mod
        if sign == -1:  # أكتوبر الماضي: the last October before this month
            y = c.dct.year if mo < c.dct.month else c.dct.year - 1
            return cal.fmt_month(y, mo), mod
        if sign == 1:
            y = c.dct.year if mo > c.dct.month else c.dct.year + 1
            return cal.fmt_month(y, mo), mod
        # a month alone is the last one before the DCT (or the next one in a future-tense
        # sentence); after a forward cue (بحلول يوليو) the nearest either way
        return cal.fmt_month(cal.nearest_year(c.dct, mo, None, c.future, strict=not forward), mo), mod
    forward = bool(FORWARD_CUE.search(text, max(0, m.start("c") - 24), m.start("c")))
    return Cand(s, e, "DATE", res, needs_tense=True, mod=mod, extra={} if rel else {"mo": mo, "d": None})


# a second name of the same month right after the first ("آب/أغسطس", "آب (أغسطس)", "آب أغسطس", "آب - أغسطس")
_PAIRED_MONTH = re.compile(rf"(?:\s*[/(\-–]\s*|\s+)(?P<m>{MONTH})(?!\w)")


def _paired(text: str, pos: int, mo: int) -> re.Match[str] | None:
    """The other-calendar name of month ``mo`` right at ``pos`` (a Levantine, Maghrebi or
    Gregorian name written beside its twin), else None."""
    pm = _PAIRED_MONTH.match(text, pos)
    return pm if pm is not None and month_of(pm["m"]) == mo else None
FORWARD_CUE = re.compile(r"(?<!\w)[وف]?(?:بحلول|حلول|حتي|اعتبارا\s+من|ابتداء\s+من|قبل\s+حلول|قبيل\s+حلول)\s+$")


@pattern(rf"{B}(?P<c>(?:(?:بتاريخ|تاريخ)\s*)?\(?\s*(?P<a>[0-3]?\d)\s*(?P<s>[/.\-])\s*(?P<b>[0-3]?\d)\s*(?P=s)\s*\(?\s*"
         rf"(?P<y>\d{{4}})(?!\d)(?:\s*\))?(?:\s*{ERA_G}{E})?)(?![\w/.\-]\d)")
def _numeric_dmy(m: re.Match[str], text: str) -> Cand | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    d, mo = (a, b) if b <= 12 else (b, a)  # Arabic order is day/month; month/day only when forced
    if not (1 <= mo <= 12) or not 1800 <= y <= 2200 or cal.valid_date(y, mo, d) is None:
        return None
    c = _date_cand(m, y, mo, d)
    if c and m.group("c").endswith(")") and "(" not in m.group("c"):
        c.end -= 1
    return c


@pattern(rf"{B}(?P<c>(?P<y>\d{{4}})(?P<s>[-/.])(?P<b>[01]?\d)(?P=s)(?P<a>[0-3]?\d))(?![\w/.\-]?\d)")
def _numeric_ymd(m: re.Match[str], text: str) -> Cand | None:
    y, mo, d = int(m["y"]), int(m["b"]), int(m["a"])
    if not 1800 <= y <= 2200 or cal.valid_date(y, mo, d) is None:
        return None
    return _date_cand(m, y, mo, d)


@pattern(rf"{B}{PRE}(?P<c>{YEARW}\s*\(?\s*(?P<y>\d{{3,4}})(?!\d)(?:\s*\))?(?:\s*(?P<era>{ERA}){E})?){E}")
def _year_cue(m: re.Match[str], text: str) -> Cand | None:
    y = int(m["y"])
    s, e = _span(m)
    if m.group("c").endswith(")") and "(" not in m.group("c"):
        e -= 1
    if QUANT_AFTER.match(text, m.end()):
        return None
    if m["era"] and m["era"] in ("ه", "هجري", "هجريه", "للهجره"):
        hv = cal.hijri_year_value(y)
        if hv is None:
            return None
        return Cand(s, e, "DATE", lambda c: (hv, None))
    if y < 100:
        return None
    v = f"{y:04d}"
    return Cand(s, e, "DATE", lambda c: (v, None))


@pattern(rf"{B}(?P<c>\(?\s*(?P<y>\d{{3,4}})(?:\s*\))?\s*(?P<era>هجريه|هجري|للهجره|ه)){E}")
def _hijri_year_bare(m: re.Match[str], text: str) -> Cand | None:
    y = int(m["y"])
    if m["era"] == "ه" and not 1000 <= y <= 1500:
        return None
    hv = cal.hijri_year_value(y)
    if hv is None:
        return None
    s, e = _span(m)
    if text[s] == "(" and ")" not in m.group("c"):
        s += 1
    return Cand(s, e, "DATE", lambda c: (hv, None))


EVENT_NOUNS = {"انتفاضه", "الانتفاضه", "حرب", "الحرب", "ثوره", "الثوره", "نكبه", "النكبه", "انتخابات", "الانتخابات"}


_YEAR_THEN_LINK = re.compile(r"\d{4}(?:\s*\))?\s*(?:[-–/]|و|الي|حتي)\s*\(?\s*$")
_NUMBER_AT_END = re.compile(r"[\d%]\s*$")
_MORE_LESS_AT_END = re.compile(r"(?:اكثر|اقل)\s+من\s*$")


@pattern(rf"{B}[وفبل]?(?P<c>(?P<y>(?:1[89]|20|21)\d\d)(?!\d)(?:\s*(?P<era>{ERA}){E})?)(?![\d\w])")
def _bare_year(m: re.Match[str], text: str) -> Cand | None:
    y = int(m["y"])
    if not 1800 <= y <= 2100:
        return None
    before = _words_before(text, m.start("c"), 1)
    prev = before[-1] if before else ""
    prev_bare = prev.lstrip("وفبل") if len(prev) > 3 else prev
    pre_text = text[max(0, m.start("c") - 24):m.start("c")]
    if QUANT_AFTER.match(text, m.end()):
        return None
    era = m["era"]
    ok = bool(era) or prev in YEAR_CUES or prev_bare in YEAR_CUES
    if not ok and len(before2 := _words_before(text, m.start("c"), 2)) == 2 and before2[0] in EVENT_NOUNS \
            and before2[1].startswith("ال"):
        ok = True  # الانتفاضة الأولى 1987
    if not ok and _YEAR_THEN_LINK.search(pre_text):
        ok = True  # second year of a range or a list (2023-2024، 2014 و2017)
    if not ok:
        nxt = text[m.end():m.end() + 3]
        end_punct = not nxt.strip() or nxt.lstrip()[:1] in ".،,؛;:)]-–/\n!؟?" or nxt.lstrip().startswith("و")
        if end_punct and prev not in YEAR_REJECT_BEFORE and not (prev.isdigit()) and not _NUMBER_AT_END.search(
                pre_text) and not _MORE_LESS_AT_END.search(pre_text):
            ok = True
    if not ok:
        return None
    s, e = _span(m)
    if era and era in ("ه", "هجري", "هجريه", "للهجره"):
        return None
    v = f"{y:04d}"
    return Cand(s, e, "DATE", lambda c: (v, None), kind="bare-year")


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?P<mod>{MOD})\s+(?:من\s+)?)?(?:(?P<this>هذا|هذه)\s+)?(?:ال|(?<=ل)ل)(?P<unit>اسبوع|شهر|عام|سنه|عقد|قرن)"
         rf"(?:\s+(?P<before>قبل\s+)?(?P<dir>{DIR}))?){E}")
def _rel_unit(m: re.Match[str], text: str) -> Cand | None:
    if not (m["dir"] or m["this"] or m["mod"]):
        return None
    unit = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year", "عقد": "decade", "قرن": "century"}[m["unit"]]
    if unit in ("decade", "century") and not m["dir"]:
        return None
    if m["mod"] and not (m["dir"] or m["this"]) and re.match(r"\s*\(?\s*\d{4}", text[m.end():]):
        return None  # "نهاية العام 2023": the year pattern reads it
    sign = dir_sign(m["dir"]) if m["dir"] else 0
    n = (sign or 0) * (2 if m["before"] else 1)
    mod = MODS.get(m["mod"]) if m["mod"] else None
    s, e = _span(m)
    # "عطلة نهاية الأسبوع" is the weekend; a bare "نهاية الأسبوع المقبل" the end of that week
    holiday = _WEEKEND_BEFORE.search(text, max(0, s - 12), s)
    weekend = unit == "week" and m["mod"] == "نهايه" and holiday is not None
    if weekend and holiday is not None:
        mod = None
        s = holiday.start("w")
    width = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX"}[unit]

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return width + ("-WE" if weekend else ""), mod
        return cal.shift(c.dct, n, unit) + ("-WE" if weekend else ""), mod
    return Cand(s, e, "DATE", res, mod=mod)


_WEEKEND_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?P<w>عطله)\s+$")


# words that make "اليوم" a modified noun ("the first day", "world day") rather than "today":
# ordinals, nisba adjectives (ending in ي), relative pronouns and a few common adjectives
_DAY_MODIFIER = re.compile(
    rf"\s+(?:{ORDW}|{ORDTENW}|ال\w+ي|الذي|التي|نفسه|ذاته|بالذات|من\s+ايام|التالي|السابق|الموالي|المحدد|المقرر|"
    r"الموعود|الاخير|المشهود|الحاسم|الكبير|الطويل|المفتوح|المشؤوم)(?!\w)")


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?P<pod>{POD})\s+)?(?:(?P<yawm>يوم)\s+)?(?P<dw>{DAYWORD})(?:\s*[،,]?\s*(?:ال)?(?P<wd>{WD}))?){E}")
def _dayword(m: re.Match[str], text: str) -> Cand | None:
    dw = " ".join(m["dw"].split())
    after = text[m.end():m.end() + 16]
    if dw == "اليوم" and not m["wd"]:
        if re.match(r"\s*(?:ال)?\s*\d", after) or _DAY_MODIFIER.match(after):
            return None  # "اليوم 397", "اليوم التالي", "اليوم العالمي": a day, not today
    if m["yawm"] and dw == "اليوم":
        return None
    if dw == "غد" and not (m["pod"] or m["yawm"]):
        return None
    if dw in ("الغد",) and not m["pod"] and re.search(r"(?:صحيفه|جريده)\s*$", text[max(0, m.start() - 10):m.start()]):
        return None
    off = DAYWORDS[dw]
    pod = PODS.get(" ".join(m["pod"].split())) if m["pod"] else None
    wd = L.weekdays[m["wd"]] if m["wd"] else None
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return ("XXXX-XX-XX" + (f"T{pod}" if pod else "")) if off else ("PRESENT_REF" if not pod else f"XXXX-XX-XXT{pod}"), None
        d = (c.dct + dt.timedelta(days=off)).isoformat()
        return (f"{d}T{pod}" if pod else d), None
    return Cand(s, e, "TIME" if pod else "DATE", res, weekday=wd, kind="today-weekday" if wd else "day",
                extra={"offset": off})


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?P<pod>{POD})\s+)?(?:(?P<yawm>يوم|ليله|نهار)\s+)?(?:ال|(?<=ل)ل)(?P<wd>{WD})"
         rf"(?:\s+(?P<before>قبل\s+)?(?P<dir>{DIR}|التالي|التاليه))?){E}")
def _weekday(m: re.Match[str], text: str) -> Cand | None:
    wd = L.weekdays[m["wd"]]
    bare = not (m["pod"] or m["yawm"] or m["dir"])
    if bare and m["wd"] == "اثنين":
        prev = _words_before(text, m.start("c"), 1)
        if (prev and prev[-1] in ("كلا", "هذين", "هاتين", "الطرفين", "البلدين")) or re.match(r"\s+(?:معا|منهما|منهم)", text[m.end():]):
            return None
    if not (m["pod"] or m["yawm"]):
        prev = _words_before(text, m.start("c"), 1)
        if prev and prev[-1].lstrip("وفبل") in ("سوق", "السوق", "اسواق"):
            return None  # سوق الجمعة: a market's name
    if m["dir"] in ("التالي", "التاليه"):
        direction = "anchor"
    else:
        sign = dir_sign(m["dir"]) if m["dir"] else None
        direction = {None: "", -1: "last", 1: "next", 0: "past"}[sign]
    pod = PODS.get(" ".join(m["pod"].split())) if m["pod"] else ("NI" if m["yawm"] == "ليله" else None)
    s, e = _span(m)
    weeks_back = 2 if m["before"] else 1

    def res(c: Ctx) -> tuple[str, str | None]:
        if direction == "anchor" and c.anchor and re.match(r"\d{4}-\d\d-\d\d$", c.anchor):
            d = cal.nearest_weekday(dt.date.fromisoformat(c.anchor), wd, "next")
        elif c.dct is None or direction == "anchor":
            return f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None
        else:
            dirn = direction or ("future" if c.future or c.present else "past")
            d = cal.nearest_weekday(c.dct, wd, dirn)
            if dirn == "last" and weeks_back == 2:
                d -= dt.timedelta(days=7)
        return d.isoformat() + (f"T{pod}" if pod else ""), None
    return Cand(s, e, "TIME" if pod else "DATE", res, weekday=wd, needs_tense=True, kind="day")


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:ليله|ليل)\s+(?:ال)?(?P<wd>{WD})\s*(?:الي|-|–|/)?\s*ال(?P<wd2>{WD})"
         rf"(?:\s+(?P<dir>{DIR}))?){E}")
def _night_pair(m: re.Match[str], text: str) -> Cand | None:
    """"ليل السبت الأحد", "ليلة الجمعة إلى السبت": one night, dated by its first day."""
    wd = L.weekdays[m["wd"]]
    if L.weekdays[m["wd2"]] != wd % 7 + 1:
        return None
    sign = dir_sign(m["dir"]) if m["dir"] else None
    direction = {None: "", -1: "last", 1: "next", 0: "past"}[sign]
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return f"XXXX-WXX-{wd}TNI", None
        return cal.nearest_weekday(c.dct, wd, direction or ("future" if c.future or c.present else "past")).isoformat() + "TNI", None
    return Cand(s, e, "TIME", res, weekday=wd, needs_tense=True, kind="day")


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?P<pod>{POD})\s+(?:(?:يوم|نهار)\s+)?(?:(?:ال)?(?P<wd>{WD})\s*[،,]?\s*(?:الموافق\s+)?)?"
         rf"(?P<d>[0-3]?\d)(?!\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONTH}){DMON}{_YEAR_TAIL}?){E}")
def _pod_date(m: re.Match[str], text: str) -> Cand | None:
    """A part of a day named with its date ("فجر يوم السبت 19 أفريل 2025"): a TIME."""
    if not _same_month(m):
        return None
    wd = L.weekdays[m["wd"]] if m["wd"] else None
    date = _date_cand(m, _year_of(m), month_of(m["mon"]), int(m["d"]), wd)
    if date is None:
        return None
    pod = PODS[" ".join(m["pod"].split())]
    inner = date.resolve
    date.type = "TIME"
    date.resolve = lambda c: (inner(c)[0] + f"T{pod}", None)
    return date


_COUNT = rf"(?:(?P<frac0>نصف|ربع)\s+(?P<funit>ساعه|قرن|يوم|شهر)|(?:ال\s*)?(?P<num>\d+(?:[.,]\d+)?|{COUNTW}|بضعه|بضع|عده)\s+(?P<unit>{UNIT})|(?P<dual>{DUAL})|(?P<pl>{PLURAL})|(?P<sg>{SINGULAR}))"
_PREPS = alternation(["منذ", "قبل", "بعد", "خلال", "طوال", "طيله", "لمده", "مده", "علي مدي", "علي مدار", "في غضون",
                      "غضون", "طيلة", "لفتره", "فتره"])


def _count_parts(m: re.Match[str]) -> tuple[float | None, str, bool] | None:
    """(count or None when uncounted, unit, counted?) of a count-unit match."""
    if m.groupdict().get("frac0"):
        return (0.5 if m["frac0"] == "نصف" else 0.25), UNIT_FORMS[m["funit"]][0], True
    if m["unit"]:
        unit = UNIT_FORMS[m["unit"]][0]
        n = count_value(m["num"])
        return n, unit, n is not None
    if m["dual"]:
        return 2.0, UNIT_FORMS[m["dual"]][0], True
    if m["pl"]:
        return None, UNIT_FORMS[m["pl"]][0], False
    if m["sg"]:
        return 1.0, UNIT_FORMS[m["sg"]][0], True
    return None


@pattern(rf"{B}[وف]?(?P<cue>بين|ما\s+بين|من|تتراوح\s+بين|تراوحت\s+بين)\s+(?P<c>(?P<n1>\d+|{COUNTW})\s*(?:و|الي|-|–)\s*"
         rf"(?P<num>\d+|{COUNTW})\s+(?P<unit>{UNIT})){E}")
def _count_range(m: re.Match[str], text: str) -> Cand | None:
    """"بين 5 و10 سنوات", "من ثلاثة إلى خمسة أيام": one DURATION over both counts (the unit is
    written once, so the counts are one expression), valued at its lower bound (P5Y)."""
    n1, n2 = count_value(m["n1"]), count_value(m["num"])
    if n1 is None or n2 is None or not n1 < n2:
        return None
    unit = UNIT_FORMS[m["unit"]][0]
    v1 = fmt_dur(n1, unit)
    return Cand(m.start("c"), m.end("c"), "DURATION", lambda c: (v1, None))


# the second unit of a mixed length ("سنة وستة أشهر"، "ساعتين و30 دقيقة"، "عام وشهر")
_COUNT2 = (rf"(?P<num2>\d+|{COUNTW})\s+(?P<unit2>{UNIT})|(?P<dual2>{DUAL})"
           rf"|(?P<sg2>ساعه|دقيقه|شهر|اسبوع|يوم)(?!\s+(?:ال)?(?:{WD}|{MONTH})(?!\w)|\s*\d)")


_COUNT_RE = re.compile(
    rf"{B}[وف]?[بل]?(?P<c>(?:(?P<prep>{_PREPS})\s+)?(?:(?P<qm>{QMOD})\s+)?{_COUNT}(?:\s+و\s*(?:(?P<half>نصف|ربع)|{_COUNT2}))?"
    rf"(?:\s+(?P<dir>الماضيه|الاخيره|المقبله|القادمه|المنصرمه|الفائته|السابقه|الماضي|المقبل|القادم|القليله\s+الماضيه|القليله\s+المقبله))?){E}")


@pattern(_COUNT_RE.pattern)
def _count(m: re.Match[str], text: str) -> Cand | list[Cand] | None:
    parts = _count_parts(m)
    if parts is None:
        return None
    n, unit, counted = parts
    prep = " ".join(m["prep"].split()) if m["prep"] else None
    if m["half"] and n is not None:
        n += 0.5 if m["half"] == "نصف" else 0.25
    second: tuple[float | None, str] | None = None
    if m["unit2"] or m["dual2"] or m["sg2"]:
        u2 = UNIT_FORMS[m["unit2"] or m["dual2"] or m["sg2"]][0]
        n2 = count_value(m["num2"]) if m["unit2"] else (2.0 if m["dual2"] else 1.0)
        if counted and n2 is not None and cal.UNITS.index(u2) < cal.UNITS.index(unit):
            second = (n2, u2)  # a smaller unit: one mixed length
        else:  # "ساعة ويومين": two lengths, each on its own
            c2 = m.start("num2") if m["unit2"] else m.start("dual2") if m["dual2"] else m.start("sg2")
            cut = c2
            while cut > m.start() and (text[cut - 1].isspace() or text[cut - 1] == "و"):
                cut -= 1
            out: list[Cand] = []
            for base, sub_text in ((0, text[:cut]), (c2, text[c2:])):
                sub = _COUNT_RE.match(sub_text, m.start() if base == 0 else 0)
                got = _count(sub, sub_text) if sub is not None else None
                for g in got if isinstance(got, list) else [got] if got is not None else []:
                    g.start, g.end = g.start + base, g.end + base
                    out.append(g)
            return out or None
    if m["sg"] and not (prep or m["half"] or m["qm"] or second):
        return None
    if m["sg"] in ("يوم", "يوما") and not (m["half"] or second) and _WEEKDAY_AFTER.match(text, m.end()):
        return None  # "قبل يوم الأحد": before Sunday, a weekday, not "a day ago"
    if m["sg"] and re.match(r"\s*\(?\s*\d{3,4}(?!\d)", text[m.end():m.end() + 8]):
        return None  # "خلال سنة 2024": the year pattern reads it
    if m["sg"] == "شهر" and NAMED_MONTH_AFTER.match(text, m.end()):
        return None  # "خلال شهر رمضان": the month pattern reads it
    lam = m.start("c") > 0 and text[m.start("c") - 1] == "ل" and m.start("c") - 1 >= m.start()
    if m["pl"] and not (prep or m["dir"] or lam):  # "لسنوات" (for years) is a length
        return None
    if m["num"] and m["num"].isdigit() and m["unit"] in ("يوم", "عام", "شهر", "سنه") and not prep and len(m["num"]) > 3:
        return None
    if m["num"] and not m["num"][0].isdigit() and m["num"] in ("بضعه", "بضع", "عده"):
        n = None
    qmod = QMODS.get(" ".join(m["qm"].split())) if m["qm"] else None
    s, e = _span(m)
    anch = _FROM_ANCHOR.match(text, m.end()) if prep in ("قبل", "بعد") else None
    dur = fmt_dur_parts([(n, unit), second]) if second else fmt_dur(n, unit)
    if anch is not None and anch["ref"]:  # "بعد يومين من ذلك": counted from the time just named
        return _anchored_cand(s, anch.end(), 1 if prep == "بعد" else -1, n, unit)
    if anch is not None or prep == "بعد":
        # "بعد يومين من الهجوم" (from an event, whose date the text may not give) and "بعد 30
        # يوما" (in 30 days): TimeML marks the length (P2D, P30D) and leaves بعد as a signal
        return Cand(s, e, "DURATION", lambda c: (dur, qmod), mod=qmod)
    if prep == "قبل" and not qmod or (prep == "منذ" and counted and not qmod and _exact_count(n, unit, second)[0] is not None
                                        and not _continuing(text, m.start("c"), m.end())):
        sign = 1 if prep == "بعد" else -1

        k, u = _exact_count(n, unit, second)

        def res(c: Ctx) -> tuple[str, str | None]:
            if k is None:
                return ("FUTURE_REF" if sign > 0 else "PAST_REF"), qmod
            if c.dct is None:
                return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(u, "XXXX-XX-XX"), qmod
            return cal.shift(c.dct, sign * k, u), qmod
        return Cand(s, e, "DATE", res, mod=qmod)
    return Cand(s, e, "DURATION", lambda c: (dur, qmod), mod=qmod)


_WEEKDAY_AFTER = re.compile(rf"\s+(?:ال)?(?:{WD})(?!\w)")
_EXACT_DOWN = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
               "week": ("day", 7)}


def _exact_count(n: float | None, unit: str, second: tuple[float | None, str] | None) -> tuple[int | None, str]:
    """A length as a whole count of one unit, for "قبل/منذ" dates: عام ونصف = 18 months,
    سنة وستة أشهر = 18 months; (None, unit) when it is not a whole count of any unit."""
    if n is None:
        return None, unit
    if second is None and float(n).is_integer():
        return int(n), unit
    low = _EXACT_DOWN.get(unit)
    if low is None or (second is not None and second[1] != low[0]) or (second is not None and second[0] is None):
        return None, unit
    total = n * low[1] + (second[0] or 0 if second else 0)
    return (int(total), low[0]) if float(total).is_integer() else (None, unit)


_FROM_ANCHOR = re.compile(r"\s+من\s+(?:(?P<ref>ذلك|هذا|ه|هذه|تلك)(?!\w)|(?!(?:اليوم|امس|الامس|الان|الغد|غد)(?!\w))[^\W\d])")
NAMED_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH}|{HMONTH})(?!\w)")


def _continuing(text: str, pos: int, end: int | None = None) -> bool:
    """Is "منذ + count" an ongoing state (the war that has lasted six months, "منذ ثلاثة أسابيع
    يعاني السكان": a DURATION)? Looks at the clause before and the few words after."""
    if CONTINUITY_RE.search(clause_before(text, pos, 60)):
        return True
    if end is None:
        return False
    after = text[end:end + 30]
    cut = SENT_END.search(after)
    after = after[:cut.start()] if cut else after
    return bool(CONTINUITY_RE.search(" ".join(after.split()[:2])))


def _anchored_cand(s: int, e: int, sign: int, n: float | None, unit: str) -> Cand:
    def res(c: Ctx) -> tuple[str, str | None]:
        if n is None or not float(n).is_integer():
            return ("FUTURE_REF" if sign > 0 else "PAST_REF"), None
        if c.anchor:
            v = cal.shift_value(c.anchor, sign * int(n), unit)
            if v:
                return v, None
        return {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(unit, "XXXX-XX-XX"), None
    return Cand(s, e, "DATE", res, kind="anchored")


@pattern(rf"{B}[وف]?(?P<c>(?:(?P<dw1>بعد|قبل)\s+(?:ذلك|هذا|هذه|تلك)|(?P<dw2>بعد|قبل)(?:ها|ه))\s+ب{_COUNT}){E}")
def _anchored(m: re.Match[str], text: str) -> Cand | None:
    parts = _count_parts(m)
    if parts is None:
        return None
    n, unit, _ = parts
    sign = 1 if (m["dw1"] or m["dw2"]) == "بعد" else -1
    s, e = _span(m)
    return _anchored_cand(s, e, sign, n, unit)


@pattern(rf"{B}[وف]?(?:في\s+)?(?P<c>(?:(?P<pod>{POD})\s+)?(?:(?:ال|(?<=ل)ل)(?P<unit>يوم|اسبوع|شهر|عام|سنه)\s+(?P<rel>التالي|التاليه|نفسه|نفسها|ذاته|ذاتها)|"
         rf"(?:نفس|ذات)\s+ال(?P<unit2>يوم|اسبوع|شهر|عام|سنه|ليله)){E})")
def _anchored_unit(m: re.Match[str], text: str) -> Cand | None:
    unit_w = m["unit"] or m["unit2"]
    unit = {"يوم": "day", "ليله": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}[unit_w]
    n = 1 if m["rel"] in ("التالي", "التاليه") else 0
    pod = PODS.get(" ".join(m["pod"].split())) if m["pod"] else None
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        v = cal.shift_value(c.anchor, n, unit) if c.anchor else None
        if v is None:
            v = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(unit, "XXXX-XX-XX")
        if pod and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", v):
            return f"{v}T{pod}", None
        return v, None
    return Cand(s, e, "TIME" if pod else "DATE", res, kind="anchored")


@pattern(rf"{B}[وف]?(?P<c>(?:(?P<num0>\d+)\s+)?ال(?P<pl>{PLURAL})\s+(?:(?P<num>(?:ال)?\d+|{COUNTW_DEF})\s+)?"
         rf"(?P<dir>القليله\s+الماضيه|القليله\s+المقبله|الماضيه|الاخيره|المقبله|القادمه|المنصرمه|الفائته|السابقه|الماضي|الاخير)){E}")
def _plural_span(m: re.Match[str], text: str) -> Cand | None:
    unit = UNIT_FORMS[m["pl"]][0]
    n = count_value(m["num"]) if m["num"] else (float(m["num0"]) if m["num0"] else None)
    dur = fmt_dur(n, unit)
    s, e = _span(m)
    return Cand(s, e, "DURATION", lambda c: (dur, None))


@pattern(rf"{B}[وف]?[بل]?(?P<c>ال(?P<dual>{DUAL})\s+(?P<dir>(?:ال)?(?:ماضيين|ماضيتين|اخيرين|اخيرتين|مقبلين|مقبلتين|قادمين|"
         rf"قادمتين|منصرمين|سابقين|فائتين|منصرمتين)){E})")
def _dual_span(m: re.Match[str], text: str) -> Cand | None:
    dur = fmt_dur(2.0, UNIT_FORMS[m["dual"]][0])
    s, e = _span(m)
    return Cand(s, e, "DURATION", lambda c: (dur, None))


@pattern(rf"{B}[وف]?(?P<c>{REF}){E}")
def _ref(m: re.Match[str], text: str) -> Cand | None:
    key = " ".join(m["c"].split())
    v = REFS[key]
    if key == "قريبا" and re.match(r"\s+(?:من|جدا\s+من)(?!\w)", text[m.end():]):
        return None
    s, e = _span(m)
    return Cand(s, e, "DATE", lambda c: (v or "PRESENT_REF", None), kind="ref-prefix" if key.startswith(("في وقت", "في ساعه", "في الساعات")) else ("" if v else "skip"))


_TZ = (rf"(?:\s*\(?\s*(?:ب|حسب\s+)?(?:ال)?توقيت\s+(?:(?P<tz>{ZONE})|(?P<tzl>المحلي|المحلي\s+\w+))(?:\s*\))?|"
       rf"\s*\(\s*(?P<tz2>غرينتش|جرينتش|غرينيتش)\s*\)|\s*\(?(?P<gmt>gmt|GMT|UTC|utc|ت\s*\.?\s*غ)\)?(?!\w))")
_POD_TAIL = (rf"(?:\s+(?:من\s+)?(?P<pod>{CLOCK_POD}){E}(?:\s+(?P<dayw>اليوم|امس|الغد|غد|(?:يوم\s+)?(?:ال)?(?P<dwd>{WD}))(?!\w))?)")
_HM_TAIL = rf"(?:\s+و\s*(?P<frac>النصف|الربع|الثلث|نصف|ربع|ثلث|(?P<fm>\d{{1,2}}|{COUNTW})\s+(?:دقيقه|دقائق))|\s+الا\s+(?P<neg>ربعا|ربع|ثلثا|ثلث|(?P<nm>\d{{1,2}}|{COUNTW})\s+(?:دقائق|دقيقه)))"


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?:في\s+)?تمام\s+)?(?:ال|ل)?ساعه\s+(?:(?:ال\s*)?(?P<hh>\d{{1,2}})(?:[:.,](?P<mm>\d{{2}}))?(?!\d)|(?P<hw>{HOURW}))"
         rf"{_HM_TAIL}?{_POD_TAIL}?{_TZ}?){E}")
def _clock_word(m: re.Match[str], text: str) -> Cand | None:
    return _clock(m, text)


@pattern(rf"{B}[وف]?[بل]?(?:(?:عند|في|حتي|منذ|قرابه|حوالي|نحو)\s+)(?P<c>(?P<hw>الواحده|{ORDW}\s+عشره|{ORDW})"
         rf"{_HM_TAIL}?\s+(?:من\s+)?(?P<pod>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|بعد\s+الظهر|صباح|فجر|مساء|ليل)"
         rf"(?:\s+(?P<dayw>اليوم|امس|الغد|غد|(?:يوم\s+)?(?:ال)?(?P<dwd>{WD}))(?!\w))?{_TZ}?){E}")
def _clock_hourword(m: re.Match[str], text: str) -> Cand | None:
    if not m["hw"].endswith("ه"):
        return None  # hours are feminine (الساعة الثالثة): "الثالث صباحا" is something else
    return _clock(m, text)


@pattern(rf"{B}(?P<c>(?P<hh>[0-2]?\d)(?P<sep>[:,])(?P<mm>[0-5]\d)(?!\d)(?:\s*(?P<pod>{CLOCK_POD}){E})?{_TZ}?)(?![:\d])")
def _clock_digits(m: re.Match[str], text: str) -> Cand | None:
    if m["sep"] == "," and not (m["tz"] or m["tz2"] or m["gmt"]):
        return None  # "19,00 ت غ" (AFP's GMT times) is a clock time; a bare "1,50" is a number
    if not (m["pod"] or m["tz"] or m["tzl"] or m["tz2"] or m["gmt"]):
        prev = _words_before(text, m.start("c"), 1)
        if not prev or prev[-1].lstrip("وف") not in ("عند", "في", "حوالي", "نحو", "قرابه", "منذ", "حتي", "قبل", "بعد",
                                                     "الساعه", "ساعه", "تمام"):
            return None
    return _clock(m, text)


def _clock(m: re.Match[str], text: str) -> Cand | None:
    g = m.groupdict()
    hh = int(g["hh"]) if g.get("hh") else (hour_value(g["hw"]) if g.get("hw") else None)
    if hh is None or hh > 24:
        return None
    mm = int(g["mm"]) if g.get("mm") else 0
    if mm > 59:
        return None
    frac, neg = g.get("frac"), g.get("neg")
    if frac:
        mm += {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}.get(frac, 0)
        if g.get("fm"):
            mm += int(count_value(g["fm"]) or 0)
    if neg:
        back = {"ربعا": 15, "ربع": 15, "ثلثا": 20, "ثلث": 20}.get(neg, 0) or int(count_value(g.get("nm")) or 0)
        hh, mm = (hh - 1) % 24, 60 - back
    pod = CLOCK_PODS.get(" ".join(g["pod"].split())) if g.get("pod") else None
    if pod in ("pm",) and hh < 12:
        hh += 12
    elif pod == "noon" and hh < 6:
        hh += 12
    elif pod == "night" and 6 <= hh < 12:
        hh += 12
    elif pod in ("am", "night") and hh == 12:
        hh = 0
    if hh == 24:
        hh = 0
    day_off: int | None = None
    dwd: int | None = None
    if g.get("dayw"):
        dayw = g["dayw"]
        if g.get("dwd"):
            dwd = L.weekdays[g["dwd"]]
        else:
            day_off = {"اليوم": 0, "امس": -1, "الغد": 1, "غد": 1}[dayw]
    zone = L.zones.get(" ".join(g["tz"].split())) if g.get("tz") else None
    if g.get("tz2") or g.get("gmt"):
        zone = "Etc/UTC"
    s, e = _span(m)
    if m.string[e - 1:e] == ")" and "(" not in m.string[s:e]:
        e -= 1  # "(16,30 ت غ)": the bracket closes one opened before the time

    def res(c: Ctx) -> tuple[str, str | None]:
        day: dt.date | None = None
        if c.dct is not None and day_off is not None:
            day = c.dct + dt.timedelta(days=day_off)
        elif c.dct is not None and dwd is not None:
            day = cal.nearest_weekday(c.dct, dwd, "future" if c.future or c.present else "past")
        elif c.day:
            day = dt.date.fromisoformat(c.day)
        elif c.dct is not None:
            day = c.dct
        off = cal.zone_offset(zone, day) if zone else ""
        hour = hh
        if pod is None and c.day_pod and day_off is None and dwd is None:
            # "مساء أمس عند الساعة 8": the part of the day named with its day sets the half
            if c.day_pod in ("EV", "AF") and 1 <= hour < 12 or c.day_pod == "NI" and 6 <= hour < 12 \
                    or c.day_pod == "MI" and 1 <= hour < 6:
                hour += 12
        return (day.isoformat() if day else "XXXX-XX-XX") + f"T{hour:02d}:{mm:02d}" + off, None
    return Cand(s, e, "TIME", res, needs_tense=dwd is not None, kind="clock")


@pattern(rf"{B}[وف]?[بل]?(?P<c>منتصف\s+(?:(?P<night>الليل|ليل\s+(?P<dw>امس|اليوم|ال(?P<wd>{WD})))|(?P<noon>النهار))|(?P<noon2>الظهيره)){E}")
def _midnight(m: re.Match[str], text: str) -> Cand | None:
    s, e = _span(m)
    noon = bool(m["noon"] or m["noon2"])
    wd = L.weekdays[m["wd"]] if m["wd"] else None
    off = {"امس": -1, "اليوم": 0}.get(m["dw"] or "", 0)

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return ("XXXX-XX-XXT12:00" if noon else "XXXX-XX-XXT00:00"), None
        d = cal.nearest_weekday(c.dct, wd, "past") if wd else c.dct + dt.timedelta(days=off)
        if c.day and not wd and not m["dw"]:
            d = dt.date.fromisoformat(c.day)
        return d.isoformat() + ("T12:00" if noon else "T00:00"), None
    return Cand(s, e, "TIME", res, kind="clock")


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:هذا|هذه)\s+(?P<p>الصباح|المساء|الليله)){E}")
def _this_pod(m: re.Match[str], text: str) -> Cand | None:
    pod = {"الصباح": "MO", "المساء": "EV", "الليله": "NI"}[m["p"]]
    s, e = _span(m)
    return Cand(s, e, "TIME", lambda c: ((c.dct.isoformat() if c.dct else "XXXX-XX-XX") + f"T{pod}", None))


@pattern(rf"{B}[وف]?[بل]?(?P<c>الليله(?:\s+(?P<dir>الماضيه|المقبله|القادمه))?){E}")
def _tonight(m: re.Match[str], text: str) -> Cand | None:
    if not m["dir"] and re.match(r"\s+(?:ال\w+|التي|الذي|نفسها|ذاتها)", text[m.end():]) and not re.match(r"\s+ال(?:{WD})", text[m.end():]):
        return None
    off = {None: 0, "الماضيه": -1, "المقبله": 1, "القادمه": 1}[m["dir"]]
    s, e = _span(m)
    return Cand(s, e, "TIME", lambda c: (((c.dct + dt.timedelta(days=off)).isoformat() if c.dct else "XXXX-XX-XX") + "TNI", None))


@pattern(rf"{B}[وف]?(?P<c>(?:في\s+)?(?:(?:ال)?ساعه|(?:ال)?ساعات|وقت)\s+(?:ال)?(?P<how>متاخره|مبكره|متاخر|مبكر)\s+من\s+(?:ال)?(?P<p>ليل|ليله|صباح|فجر|مساء|نهار)"
         rf"(?:\s+(?P<dw>امس|اليوم|البارحه))?){E}")
def _late(m: re.Match[str], text: str) -> Cand | None:
    """"في ساعة متأخرة من الليل": that part of the day the narrative is on (the last day named)."""
    pod = {"ليل": "NI", "ليله": "NI", "صباح": "MO", "فجر": "MO", "مساء": "EV", "نهار": "MI"}[m["p"]]
    off = {"امس": -1, "البارحه": -1, "اليوم": 0}.get(m["dw"] or "")
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        if off is not None and c.dct is not None:
            return (c.dct + dt.timedelta(days=off)).isoformat() + f"T{pod}", None
        if c.day:
            return f"{c.day}T{pod}", None
        return (c.dct.isoformat() if c.dct else "XXXX-XX-XX") + f"T{pod}", None
    return Cand(s, e, "TIME", res, kind="narrative-day")


_SET_UNITS = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H"}


@pattern(rf"{B}[وف]?(?P<c>كل\s+(?:(?P<num>\d+|{COUNTW})\s+(?P<unit>{UNIT})|(?P<dual>{DUAL})|(?:يوم\s+)(?P<wd>{WD})|(?P<wd1>جمعه|خميس|سبت|ثلاثاء|اربعاء)|"
         rf"(?P<pod>صباح|مساء|ليله)|(?P<sg>يوم|اسبوع|شهر|عام|سنه|ساعه))|(?P<adv>يوميا|اسبوعيا|شهريا|سنويا)|ايام\s+(?:ال)(?P<wd2>{WD})|"
         rf"(?:مره|مرتين|(?P<times>\d+|{UNITW})\s+مرات)\s+(?:في|كل)\s+(?:ال)?(?P<per>يوم|اسبوع|شهر|عام|سنه)){E}")
def _set(m: re.Match[str], text: str) -> Cand | None:
    s, e = _span(m)
    if m["wd"] or m["wd1"] or m["wd2"]:
        v = f"XXXX-WXX-{L.weekdays[m['wd'] or m['wd1'] or m['wd2']]}"
    elif m["adv"]:
        v = {"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y"}[m["adv"]]
    elif m["sg"]:
        v = _SET_UNITS[m["sg"]]
    elif m["per"]:
        v = _SET_UNITS[m["per"]]
    elif m["pod"]:
        v = "TMO" if m["pod"] == "صباح" else ("TEV" if m["pod"] == "مساء" else "TNI")
        v = "XXXX-XX-XX" + v
    else:
        parts = _count_parts(m)
        if parts is None or parts[0] is None:
            return None
        v = fmt_dur(parts[0], parts[1])
    return Cand(s, e, "SET", lambda c: (v, None))


_QYEAR = rf"(?:(?:{YEARW})\s*(?P<y>\d{{4}})|(?P<y2>\d{{4}})|(?:هذا\s+)?(?:{YEARW})(?:\s+(?P<dir>{DIR}))?)"
_QORD = {"الاول": 1, "الاولي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4, "الاخيره": 4}


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:ال)?(?:(?P<q>ربع|نصف)\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)|"
         rf"(?:الاشهر|الشهور)\s+(?P<n>الثلاثه|السته)\s+(?P<ord2>الاولي|الاخيره))(?:\s+من\s+{_QYEAR}|(?P<bare>(?!\s+من\s)))){E}")
def _quarter(m: re.Match[str], text: str) -> Cand | None:
    """Quarters and halves of a year (الربع الأول من العام، النصف الثاني من 2023، الأشهر الثلاثة
    الأولى من العام). A bare "الربع الثالث" (financial results) is the latest such quarter
    (the next one in a future-tense sentence); a bare half is not (النصف الأول من المباراة)."""
    if m["n"]:
        half = m["n"] == "السته"
        k = 1 if m["ord2"] == "الاولي" else (2 if half else 4)
    else:
        k = _QORD[m["ord"]]
        half = m["q"] == "نصف"
    if m["bare"] is not None and (half or not m.group("c").startswith("ال")):
        return None
    if half and k > 2:
        if m["ord"] != "الاخير":
            return None
        k = 2
    y_fixed = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
    sign = dir_sign(m["dir"]) or 0
    bare = m["bare"] is not None
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        y: int | None
        if bare and c.dct is not None:  # the latest (or, future tense, the next) quarter k
            cur = (c.dct.month - 1) // 3 + 1
            y = c.dct.year - (1 if k > cur else 0) if not c.future else c.dct.year + (1 if k < cur else 0)
        else:
            y = y_fixed if y_fixed is not None else (c.dct.year + sign if c.dct else None)
        ys = f"{y:04d}" if y is not None else "XXXX"
        return f"{ys}-{'H' if half else 'Q'}{k}", None
    return Cand(s, e, "DATE", res, needs_tense=bare)


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?P<this>هذا|هذه)\s+|(?P<fasl>فصل|موسم)\s+)?(?:ال)?(?P<season>ربيع|صيف|خريف|شتاء)(?:\s+(?:(?:من\s+)?(?:{YEARW})\s*)?"
         rf"(?P<y>\d{{4}})(?!\d)|\s+(?P<dir>{DIR}))?){E}")
def _season(m: re.Match[str], text: str) -> Cand | None:
    if not (m["y"] or m["dir"] or m["this"] or (m["fasl"] and m.group("c").split()[1].startswith("ال"))):
        return None
    code = SEASONS[m["season"]]
    s, e = _span(m)
    y_fixed = int(m["y"]) if m["y"] else None
    sign = dir_sign(m["dir"]) if m["dir"] else 0

    def res(c: Ctx) -> tuple[str, str | None]:
        if y_fixed is not None:
            return f"{y_fixed:04d}-{code}", None
        if c.dct is None:
            return f"XXXX-{code}", None
        mid = SEASON_MONTH[code]
        if m["fasl"] and not (m["this"] or m["dir"]):  # "حلول فصل الصيف": the nearest one, past-biased
            y = cal.nearest_year(c.dct, mid, 15, c.future or forward)
            return f"{y:04d}-{code}", None
        y = c.dct.year
        if sign == -1 and c.dct.month <= mid + 1:
            y -= 1
        elif sign == 1 and c.dct.month >= mid - 1:
            y += 1
        return f"{y:04d}-{code}", None
    forward = bool(FORWARD_CUE.search(text, max(0, m.start("c") - 24), m.start("c")))
    return Cand(s, e, "DATE", res, needs_tense=bool(m["fasl"]))


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?P<mod>{MOD})\s+)?ال(?P<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)"
         rf"(?:\s+من\s+القرن\s+(?P<cent>الماضي|العشرين|الحالي|الحادي\s+و\s*العشرين|التاسع\s+عشر))?){E}")
def _decade(m: re.Match[str], text: str) -> Cand | None:
    base = DECADES[m["dec"]]
    cent = " ".join((m["cent"] or "").split())
    if cent in ("الحالي", "الحادي والعشرين", "الحادي و العشرين"):
        base += 100
    elif cent == "التاسع عشر":
        base -= 100
    v = f"{base:03d}"
    mod = MODS.get(m["mod"]) if m["mod"] else None
    s, e = _span(m)
    return Cand(s, e, "DATE", lambda c: (v, mod), mod=mod)


@pattern(rf"{B}[وف]?[بل]?(?P<c>(?:(?P<mod>{MOD})\s+)?القرن\s+(?P<cent>الماضي|الحالي|الحادي\s+و\s*العشرين|العشرين|التاسع\s+عشر|الثامن\s+عشر)){E}")
def _century(m: re.Match[str], text: str) -> Cand | None:
    key = re.sub(r"و\s*", "و", " ".join(m["cent"].split()))
    k = CENTURIES.get(key, CENTURIES.get(" ".join(m["cent"].split()), 0))
    mod = MODS.get(m["mod"]) if m["mod"] else None
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        if k > 0:
            return f"{k:02d}", mod
        if c.dct is None:
            return "XX", mod
        return f"{c.dct.year // 100 + k:02d}", mod
    return Cand(s, e, "DATE", res, mod=mod)


# --- Hijri --------------------------------------------------------------------------------


def _hijri_nearest(dct: dt.date, hm: int, hd: int | None, future: bool, past: bool = False) -> dt.date | None:
    """The Hijri month (day) nearest the DCT, past-biased like ``cal.nearest_year``."""
    hy = cal.gregorian_to_hijri_year(dct)
    best: tuple[float, dt.date] | None = None
    for y in (hy - 1, hy, hy + 1):
        g = cal.hijri_to_gregorian(y, hm, hd or 15)
        if g is None:
            continue
        delta = (dct - g).days
        dist = float(abs(delta)) * (cal.AGAINST_TENSE if delta and (delta < 0) != future else 1.0)
        if hd is None and abs(delta) <= 15:
            dist = 0.0
        elif past and delta < -(cal.PAST_GRACE if hd is not None else 15):
            continue  # a past verb: not a month ahead
        if best is None or dist < best[0]:
            best = (dist, g)
    return best[1] if best else None


@pattern(rf"{B}{PRE}(?P<c>(?:(?P<d>[0-3]?\d)(?!\d)|(?P<od>{ORDDAY}))\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?P<hmon>{HMONTH})(?:\s*[،,/]?\s*(?:من\s+)?"
         rf"(?:{YEARW})?\s*\(?\s*(?P<y>\d{{3,4}})(?!\d)(?:\s*\))?)?(?:\s*(?P<era>{ERA_H}){E})?){E}")
def _hijri_dmy(m: re.Match[str], text: str) -> Cand | None:
    d = int(m["d"]) if m["d"] else ordinal_value(m["od"])
    if d is None or not 1 <= d <= 30:
        return None
    hm = hmonth_of(m["hmon"])
    s, e = _span(m)
    if m["y"]:
        g = cal.hijri_to_gregorian(int(m["y"]), hm, d)
        if g is None:
            return None
        v = g.isoformat()
        return Cand(s, e, "DATE", lambda c: (v, None), absolute=g, kind="day")
    if m["od"] and not re.search(r"\sمن\s", m.group("c")):
        return None

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return "XXXX-XX-XX", None
        g2 = _hijri_nearest(c.dct, hm, d, c.future, c.past)
        return (g2.isoformat() if g2 else "XXXX-XX-XX"), None
    return Cand(s, e, "DATE", res, needs_tense=True, kind="day")


@pattern(rf"{B}{PRE}(?P<c>(?:شهر\s+)?(?P<hmon>{HMONTH})\s*[،,]?\s*(?:من\s+)?(?:{YEARW}\s*)?\(?\s*(?P<y>\d{{3,4}})(?!\d)(?:\s*\))?"
         rf"(?:\s*(?P<era>{ERA_H}){E})?){E}")
def _hijri_my(m: re.Match[str], text: str) -> Cand | None:
    hm = hmonth_of(m["hmon"])
    y = int(m["y"])
    s, e = _span(m)
    if y >= 1700:  # "رمضان 2024": a Gregorian year
        g = None
        for hy in range(round((y - 622) * 33 / 32) - 1, round((y - 622) * 33 / 32) + 3):
            cand = cal.hijri_to_gregorian(hy, hm, 15)
            if cand and cand.year == y:
                g = cand
                break
        if g is None:
            return None
        v = cal.fmt_month(g.year, g.month)
    else:
        v2 = cal.hijri_month_value(y, hm)
        if v2 is None:
            return None
        v = v2
    return Cand(s, e, "DATE", lambda c: (v, None))


@pattern(rf"{B}[وف]?(?:(?P<cue>في|خلال|منذ|حتي|قبل|بعد|طوال|مع|حلول|بحلول)\s+)?(?P<c>(?:(?P<mod>{MOD})\s+)?(?P<sh>شهر\s+)?(?P<hmon>{HMONTH_SAFE}|صفر)"
         rf"(?:\s+(?P<dir>{DIR}))?){E}")
def _hijri_month(m: re.Match[str], text: str) -> Cand | None:
    hname = " ".join(m["hmon"].split())
    if not (m["sh"] or hname.startswith("شهر") or ((m["cue"] or m["mod"]) and hname != "صفر")):
        return None
    hm = hmonth_of(m["hmon"])
    mod = MODS.get(m["mod"]) if m["mod"] else None
    sign = dir_sign(m["dir"]) if m["dir"] else None
    s, e = _span(m)

    def res(c: Ctx) -> tuple[str, str | None]:
        if c.dct is None:
            return "XXXX-XX", mod
        if sign is not None and sign != 0:
            hy = cal.gregorian_to_hijri_year(c.dct)
            best = None
            for y in (hy - 1, hy, hy + 1) if sign > 0 else (hy + 1, hy, hy - 1):
                g = cal.hijri_to_gregorian(y, hm, 15)
                first = cal.hijri_to_gregorian(y, hm, 1)
                last = cal.hijri_to_gregorian(y, hm, 29)
                if g and first and last and ((sign > 0 and first > c.dct) or (sign < 0 and last < c.dct)):
                    best = g
                    break
            g2 = best
        else:
            g2 = _hijri_nearest(c.dct, hm, None, c.future, c.past)
        return (cal.fmt_month(g2.year, g2.month) if g2 else "XXXX-XX"), mod
    return Cand(s, e, "DATE", res, needs_tense=True, mod=mod)


_NEWLINE = re.compile(r"\n")
HOLIDAY = alternation(L.holidays.keys())


@pattern(rf"{B}[وفبل]?(?P<c>(?P<h>{HOLIDAY})(?:\s+(?:(?:ل|من\s+)?(?:{YEARW})\s*)?(?P<y>\d{{4}})(?!\d)|\s+(?P<dir>{DIR}))?){E}")
def _holiday(m: re.Match[str], text: str) -> Cand | None:
    calname, hm, hd = L.holidays[" ".join(m["h"].split())]
    y = int(m["y"]) if m["y"] else None
    sign = dir_sign(m["dir"]) if m["dir"] else None
    s, e = _span(m)
    if calname == "gregorian":
        if y is not None:
            return _date_cand(m, y, hm, hd)
        c = _date_cand(m, None, hm, hd)
        return c

    def res(c: Ctx) -> tuple[str, str | None]:
        if y is not None:  # the observance that falls in Gregorian year y (the first, if two do)
            for hy in range(round((y - 622) * 33 / 32) - 2, round((y - 622) * 33 / 32) + 3):
                g = cal.hijri_to_gregorian(hy, hm, hd)
                if g and g.year == y:
                    return g.isoformat(), None
            return f"{y:04d}", None
        if c.dct is None:
            return "XXXX-XX-XX", None
        hy = cal.gregorian_to_hijri_year(c.dct)
        days = [g for g in (cal.hijri_to_gregorian(k, hm, hd) for k in (hy - 1, hy, hy + 1)) if g]
        if sign == -1:
            past = [g for g in days if g < c.dct]
            return (max(past).isoformat() if past else "XXXX-XX-XX"), None
        if sign == 1:
            fut = [g for g in days if g > c.dct]
            return (min(fut).isoformat() if fut else "XXXX-XX-XX"), None
        g2 = _hijri_nearest(c.dct, hm, hd, c.future, c.past)
        return (g2.isoformat() if g2 else "XXXX-XX-XX"), None
    return Cand(s, e, "DATE", res, needs_tense=True, kind="day")


MOD_BEFORE = re.compile(rf"(?:^|(?<!\w))[وف]?[بل]?(?P<mod>{MOD})\s+(?:من\s+)?$")
YEAR_ONLY = re.compile(r"^\d{4}$")


# Literal strings one of which every match of a family contains: a family runs only on the
# paragraphs where an Aho-Corasick pass has seen one of its keys (most text has no dates).
_DIGITS = tuple("0123456789")
_UNIT_KEYS = tuple(UNIT_FORMS)
_MONTH_KEYS = tuple(w for m in L.months for w in m.split()[:1])
_HIJRI_KEYS = tuple(w for m in L.hijri_months for w in m.split()[:1])
KEYS: dict[str, tuple[str, ...]] = {
    "_range": _MONTH_KEYS, "_part_of_month": _MONTH_KEYS, "_pod_date": _MONTH_KEYS, "_dmy": _MONTH_KEYS, "_my": _MONTH_KEYS, "_month": _MONTH_KEYS,
    "_numeric_dmy": _DIGITS, "_hijri_year_bare": ("ه",), "_numeric_ymd": _DIGITS, "_year_cue": _DIGITS, "_bare_year": _DIGITS,
    "_clock_digits": (":", "ت غ"), "_rel_unit": ("اسبوع", "شهر", "عام", "سنه", "عقد", "قرن"),
    "_dayword": ("اليوم", "امس", "البارحه", "غد", "بكرا"), "_weekday": tuple(L.weekdays), "_night_pair": ("ليل",),
    "_count": _UNIT_KEYS, "_count_range": _UNIT_KEYS, "_anchored": _UNIT_KEYS, "_anchored_unit": ("التالي", "نفس", "ذات"),
    "_plural_span": tuple(PLURALS), "_dual_span": tuple(f for f in UNIT_FORMS if UNIT_FORMS[f][1] == 2),
    "_ref": tuple(sorted({k.split()[-1] for k in REFS})),
    "_clock_word": ("ساعه",), "_clock_hourword": ("صباح", "مساء", "ظهر", "عصر", "ليل", "فجر"), "_midnight": ("منتصف", "الظهيره"), "_this_pod": ("الصباح", "المساء", "الليله"),
    "_tonight": ("الليله",), "_set": ("كل", "يوميا", "اسبوعيا", "شهريا", "سنويا", "ايام", "مره", "مرتين", "مرات"),
    "_quarter": ("ربع", "نصف", "الاشهر", "الشهور"), "_season": tuple(SEASONS), "_late": ("متاخره", "مبكره", "متاخر", "مبكر"), "_decade": tuple(DECADES), "_century": ("القرن",),
    "_holiday": tuple(sorted({w for h in L.holidays for w in h.split()[-1:]})),
    "_hijri_dmy": _HIJRI_KEYS, "_hijri_my": _HIJRI_KEYS, "_hijri_month": _HIJRI_KEYS,
}


@lru_cache(maxsize=1)
def _automaton() -> Any:
    import ahocorasick

    masks: dict[str, int] = {}
    for i, (_, handler) in enumerate(PATTERNS):
        for k in KEYS[handler.__name__]:
            masks[k] = masks.get(k, 0) | (1 << i)
    auto = ahocorasick.Automaton()
    for k, mask in masks.items():
        auto.add_word(k, (mask, len(k)))
    auto.make_automaton()
    return auto


# Where a family's matches can start. Families whose regex has a mandatory group made of the
# very words of their keys (a month name, a unit of time, a fixed reference phrase) hold a key
# in every match, at most ``_key_reach`` characters from the match start (the regex's parse
# tree says so), so they are tried only at the word starts just before each key of the
# paragraph; families that need a digit are not tried after the paragraph's last digit.
# Both skip only places where the regex cannot match: the output is that of a full scan.
# family -> the groups that hold its key; each group starts with the key (a month's first word,
# a unit form, a weekday) except in _KEY_INSIDE (a phrase's last word: "اول من امس")
_KEY_GROUPS: dict[str, tuple[str, ...]] = {
    "_range": ("mon",), "_part_of_month": ("mon",), "_pod_date": ("mon",), "_dmy": ("mon",), "_my": ("mon",),
    "_month": ("mon",), "_count": ("funit", "unit", "dual", "pl", "sg"), "_count_range": ("unit",),
    "_anchored": ("funit", "unit", "dual", "pl", "sg"), "_rel_unit": ("unit",), "_ref": ("c",),
    "_weekday": ("wd",), "_dayword": ("dw",), "_hijri_dmy": ("hmon",), "_hijri_my": ("hmon",), "_hijri_month": ("hmon",),
    # a number's group starts with a digit, and every digit is a key of these families
    "_numeric_ymd": ("y",), "_year_cue": ("y",), "_bare_year": ("y",), "_numeric_dmy": ("a",),
}
_KEY_INSIDE = frozenset({"_ref", "_dayword"})
_DIGIT_FAMILIES = ("_numeric_ymd", "_year_cue", "_bare_year", "_numeric_dmy", "_hijri_year_bare")
_CAP_SPACE, _CAP_DIGIT = 4, 12  # longest whitespace / digit run assumed by ``_key_reach``
# a run longer than the cap is there iff cap + 1 in a row are (spelt out: the engine searches
# a plain sequence about twice as fast as a counted repeat)
_LONG_SPACE = re.compile(r"\s" * (_CAP_SPACE + 1))
_LONG_DIGITS = re.compile(r"\d" * (_CAP_DIGIT + 1))
# where a family's leading ``(?<!\w)`` holds: anywhere after a non-word character, or only at
# a word start (for families whose every match begins with a word character)
_AFTER_NONWORD = re.compile(r"(?<!\w)")
_WORD_START = re.compile(r"(?<!\w)\w")
_ANY_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _Scan:
    """How each family is scanned (bit masks over PATTERNS, reach per family index)."""

    keyed: int  # tried only before its keys
    digits: int  # not tried after the last digit
    wordy: int  # every match begins with a word character
    reach: dict[int, int]  # family index -> most characters from a match start to the end of its key group
    # family index -> finds the last character before a key that the regex's part before its key
    # group cannot match (no match starts at or before it); absent when that part matches any word
    stop: dict[int, re.Pattern[str]]


@lru_cache(maxsize=1)
def _scan_plan() -> _Scan:
    keyed = digits = wordy = 0
    reach: dict[int, int] = {}
    stop: dict[int, re.Pattern[str]] = {}
    for i, (rx, handler) in enumerate(PATTERNS):
        name = handler.__name__
        r = _key_reach(rx.pattern, _KEY_GROUPS[name], to_start=name not in _KEY_INSIDE) if name in _KEY_GROUPS else None
        if r is not None:
            keyed |= 1 << i
            reach[i] = r
            if r > _CAP_SPACE * 2:
                cls = _prefix_class(rx.pattern, _KEY_GROUPS[name], inside=name in _KEY_INSIDE)
                if cls is not None:
                    stop[i] = re.compile(rf"(?s:.*)[^{cls}]")
        elif name in _KEY_GROUPS and name not in _DIGIT_FAMILIES:
            continue  # the key group is not on every path: scan the whole paragraph
        elif name in _DIGIT_FAMILIES:
            digits |= 1 << i
        else:
            continue
        if _starts_with_word(rx.pattern):
            wordy |= 1 << i
    return _Scan(keyed, digits, wordy, reach, stop)


def _key_reach(regex: str, groups: tuple[str, ...], to_start: bool = False) -> int | None:
    """The most characters from the start of a match of ``regex`` to the end (``to_start``: the
    start) of the first of ``groups`` it passes through, or None when some path misses them all
    (then a match need not hold a key). Whitespace and digit runs count as at most _CAP_SPACE/_CAP_DIGIT long; a
    paragraph with longer runs is scanned without this bound."""
    import re._constants as C  # noqa: N812
    import re._parser as P  # noqa: N812

    tree = P.parse(regex)
    gids = {tree.state.groupdict[g] for g in groups if g in tree.state.groupdict}
    caps = {C.CATEGORY_SPACE: _CAP_SPACE, C.CATEGORY_DIGIT: _CAP_DIGIT}

    def cap(sub: Any) -> bool:  # bound every unbounded repeat; False when one repeats anything else
        sub.width = None
        for k, (op, av) in enumerate(sub.data):
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                lo, hi, item = av
                if not cap(item):
                    return False
                if hi == C.MAXREPEAT:
                    d = item.data
                    if not (len(d) == 1 and d[0][0] is C.IN and len(d[0][1]) == 1
                            and d[0][1][0][0] is C.CATEGORY and d[0][1][0][1] in caps):
                        return False
                    sub.data[k] = (op, (lo, caps[d[0][1][0][1]], item))
            elif op is C.SUBPATTERN and not cap(av[-1]):
                return False
            elif op is C.BRANCH and not all(cap(br) for br in av[1]):
                return False
            elif op in (C.ASSERT, C.ASSERT_NOT) and not cap(av[1]):
                return False
            elif op in (C.ATOMIC_GROUP, C.GROUPREF_EXISTS):
                return False
        return True

    def has_group(items: Any) -> bool:
        for op, av in items:
            if op is C.SUBPATTERN and (av[0] in gids or has_group(av[-1].data)):
                return True
            if op is C.BRANCH and any(has_group(br.data) for br in av[1]):
                return True
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and has_group(av[2].data):
                return True
            if op in (C.ASSERT, C.ASSERT_NOT) and has_group(av[1].data):
                return True
        return False

    def width(items: Any) -> int:
        return int(P.SubPattern(tree.state, list(items)).getwidth()[1])

    def reach(items: Any) -> int | None:
        acc = 0
        for op, av in items:
            if not has_group([(op, av)]):
                acc += width([(op, av)])
                continue
            if op is C.SUBPATTERN:
                if av[0] in gids:
                    return acc if to_start else acc + width(av[-1].data)
                r = reach(av[-1].data)
                return None if r is None else acc + r
            if op is C.BRANCH:
                rs = [reach(br.data) for br in av[1]]
                return None if any(r is None for r in rs) else acc + max(r for r in rs if r is not None)
            return None  # inside a repeat or a lookaround: not on every path
        return None

    if not gids or not cap(tree):
        return None
    return reach(tree.data)


def _prefix_class(regex: str, groups: tuple[str, ...], inside: bool = False) -> str | None:
    """A regex character-class body holding every character the part of ``regex`` before the
    first of ``groups`` can consume, or None when that part can consume a word character of
    any kind (``\\w``, ``.``, a negated class, a back-reference). The text between a match's
    start and the key that opens its key group is made only of these characters (``inside``:
    the key lies inside the group, so the group's own characters count too)."""
    import re._constants as C  # noqa: N812
    import re._parser as P  # noqa: N812

    tree = P.parse(regex)
    gids = {tree.state.groupdict[g] for g in groups if g in tree.state.groupdict}
    out: set[str] = set()
    cats: set[str] = set()

    def holds(items: Any) -> bool:
        for op, av in items:
            if op is C.SUBPATTERN and (av[0] in gids or holds(av[-1].data)):
                return True
            if op is C.BRANCH and any(holds(br.data) for br in av[1]):
                return True
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and holds(av[2].data):
                return True
        return False

    def every(items: Any) -> bool:  # add all characters of ``items``; False when unbounded
        for op, av in items:
            if op is C.LITERAL:
                out.add(chr(av))
            elif op is C.IN:
                for o, a in av:
                    if o is C.LITERAL:
                        out.add(chr(a))
                    elif o is C.RANGE:
                        out.update(chr(c) for c in range(a[0], a[1] + 1))
                    elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                        cats.add(r"\s")
                    elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                        cats.add(r"\d")
                    else:
                        return False
            elif op is C.SUBPATTERN:
                if not every(av[-1].data):
                    return False
            elif op is C.BRANCH:
                if not all(every(br.data) for br in av[1]):
                    return False
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if not every(av[2].data):
                    return False
            elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
                continue  # consumes nothing
            else:
                return False
        return True

    def before(items: Any) -> bool:  # characters of the items up to the key group
        for op, av in items:
            if not holds([(op, av)]):
                if not every([(op, av)]):
                    return False
                continue
            if op is C.SUBPATTERN:
                if av[0] in gids:
                    return every(av[-1].data) if inside else True
                return before(av[-1].data)
            if op is C.BRANCH:
                return all(before(br.data) if holds(br.data) else every(br.data) for br in av[1])
            return False  # the key group inside a repeat: not handled
        return True

    if not gids or not before(tree.data):
        return None
    return "".join(sorted(cats)) + "".join(re.escape(ch) for ch in sorted(out))


def _windows(hits: list[int], reach: int | None, ps: int, text: str = "",
             stop: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Merged [from, to] start ranges before the key starts ``hits`` (``reach`` None: from ``ps``);
    ``stop`` moves a range's start past the last character before its key that the regex
    cannot consume before its key group."""
    if reach is None:
        return [(ps, max(hits))]
    out: list[tuple[int, int]] = []
    for h in sorted(hits):
        if out and h <= out[-1][1] + 1:  # within or right after the last range: it grows
            out[-1] = (out[-1][0], h)
            continue
        a = h - reach
        if stop is not None:
            m = stop.match(text, max(a, ps), h)
            if m is not None:
                a = m.end()
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], h)
        else:
            out.append((a, h))
    return out


def _matches_in(rx: re.Pattern[str], text: str, begin: re.Pattern[str], ps: int, pe: int,
                windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, ps, pe)`` when every match starts inside one of ``windows``.

    ``begin`` finds the positions where the family's ``(?<!\\w)`` can hold (after a non-word
    character, or only the word starts when every match begins with a word character),
    searched for inside the windows only (they are short; a list of a whole paragraph's
    positions costs more). Trying them in order and going on from the end of each match is
    what ``finditer`` does, minus the places where no match can start."""
    pos = ps
    for a, b in windows:
        if a > pos:
            pos = a
        while pos <= b:
            w = begin.search(text, pos, b + 1)
            if w is None:
                break
            x = w.start()
            if x > b:
                break  # (an empty ``begin`` match at the window's end)
            m = rx.match(text, x, pe)
            if m is None:
                pos = x + 1
                continue
            yield m
            pos = max(m.end(), x + 1)


def _starts_with_word(regex: str) -> bool:
    """Whether every match of ``regex`` begins with a word character (checked on its parse tree,
    so an edit to a family's regex can never make the word-start scan skip a match)."""
    import re._constants as C  # noqa: N812
    import re._parser as P  # noqa: N812

    word = re.compile(r"\w")

    def first(seq: Any) -> tuple[bool, bool]:  # (all first characters are word characters, can be empty)
        for op, av in seq:
            ok, empty = item(op, av)
            if not ok:
                return False, False
            if not empty:
                return True, False
        return True, True

    def item(op: Any, av: Any) -> tuple[bool, bool]:
        if op is C.LITERAL:
            return bool(word.match(chr(av))), False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL and word.match(chr(a)):
                    continue
                if o is C.RANGE and all(word.match(chr(c)) for c in range(a[0], a[1] + 1)):
                    continue
                if o is C.CATEGORY and a in (C.CATEGORY_DIGIT, C.CATEGORY_WORD):
                    continue
                return False, False
            return True, False
        if op is C.SUBPATTERN:
            return first(av[-1])
        if op is C.BRANCH:
            res = [first(b) for b in av[1]]
            return all(ok for ok, _ in res), any(e for _, e in res)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            ok, empty = first(av[2])
            return ok, empty or av[0] == 0
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return True, True  # zero width: consumes nothing
        return False, False

    ok, empty = first(P.parse(regex))
    return ok and not empty


def _by_first_letter(phrases: Iterable[str], tail: str = "") -> tuple[str, ...]:
    """``alternation(phrases) + tail`` as one regex per first letter (each begins with a literal)."""
    groups: dict[str, list[str]] = {}
    for w in phrases:
        groups.setdefault(w[0], []).append(w)
    return tuple(alternation(g) + tail for _, g in sorted(groups.items()))


# a second piece every match of a family contains, checked (one cheap search) only in a
# paragraph its key word already opened: "ه" is in most paragraphs, a digit is not. Each is
# a run of consecutive items of the family's regex, so every match holds a match of it
# (tests/timex/test_scan_prechecks.py checks it); most paragraphs with a month or a unit of
# time hold none, and one C search costs less than the Python-level windows and match
# attempts it saves. A tuple holds alternatives (every match holds one of them): a regex that
# begins with a literal is searched about ten times faster than one that begins with a class
# or an alternation, so an alternation is split up front (a lookbehind after the literal
# checks the character before it).
_ALSO: dict[str, str | tuple[str, ...]] = {
    "_hijri_year_bare": r"\d\s*\)?\s*(?:ه|لله)",
    # the end of d1 (a digit or the last word of an ordinal), the link, the start of d2
    # (cheaper than the whole ``_DAYN`` twice)
    "_range": tuple(rf"{d1}\s*(?:-|–|الي|حتي|و)\s*(?:\d|{ORDW}|{ORDTENW})"
                    for d1 in (r"\d", f"(?:{ORDW}|{ORDTENW})", "عشره?")),
    "_part_of_month": tuple(rf"{part}\s+(?:{ORDW}|الاخير|الاخيره|الاواخر|الاوائل|الاولي)\s+من\s"
                            for part in ("اسبوع", "نصف", "عشر")),
    # a part of day, then (a weekday and) the day's number
    "_pod_date": _by_first_letter(PODS, rf"\s+(?:(?:يوم|نهار)\s+)?(?:(?:ال)?(?:{WD})\s*[،,]?\s*(?:الموافق\s+)?)?[0-3]?\d"),
    "_numeric_dmy": (r"/\s*\d", r"\.\s*\d", r"-\s*\d"),  # the separator and the second number
    "_numeric_ymd": (r"-(?<=\d-)[01]?\d", r"/(?<=\d/)[01]?\d", r"\.(?<=\d\.)[01]?\d"),
    "_year_cue": (r"عام\s*\(?\s*\d", r"سنه\s*\(?\s*\d"),
    "_my": r"\d\d\d\d",
    "_bare_year": (r"1[89]\d\d", r"2[01]\d\d"),
    # every cue ends with من or بين; then the first count and the range's link
    "_count_range": tuple(rf"{cue}\s+(?:\d+|{COUNTW})\s*(?:و|الي|-|–)" for cue in ("بين", "من")),
    "_anchored": tuple(rf"{w}(?:\s+(?:ذلك|هذا|هذه|تلك)|ها|ه)\s+ب" for w in ("بعد", "قبل")),
    # the day (its last digit, or an ordinal) right before the month
    "_dmy": tuple(rf"{d}\s*(?:من\s+)?(?:شهر\s+)?{MONTH}" for d in (r"\d", ORDDAY)),
    "_hijri_dmy": tuple(rf"{d}\s*/?\s*(?:من\s+)?(?:شهر\s+)?{HMONTH}" for d in (r"\d", ORDDAY)),
    "_hijri_my": r"\d\d\d",
    "_ref": _by_first_letter(REFS),
    # families scanned over the whole paragraph: a search for a rarer piece is cheaper
    "_plural_span": r"(?:القليله\s+الماضيه|القليله\s+المقبله|الماضيه|الاخيره|المقبله|القادمه|المنصرمه|الفائته|السابقه"
                    r"|الماضي|الاخير)",
    "_dual_span": r"(?:ماضيين|ماضيتين|اخيرين|اخيرتين|مقبلين|مقبلتين|قادمين|قادمتين|منصرمين|سابقين|فائتين|منصرمتين)",
    "_clock_hourword": rf"(?:عند|في|حتي|منذ|قرابه|حوالي|نحو)\s+(?:الواحده|{ORDW})",
    "_clock_digits": (r":(?<=\d:)[0-5]\d", r",(?<=\d,)[0-5]\d"),
    "_quarter": r"(?:ربع|نصف)\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)|(?:الاشهر|الشهور)\s+(?:الثلاثه|السته)\s+(?:الاولي|الاخيره)",
    "_night_pair": rf"ليله?\s+(?:ال)?{WD}",
}


def _also_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The compiled prechecks of family ``name`` (empty: none)."""
    need = _ALSO.get(name, ())
    return tuple(re.compile(rx) for rx in ((need,) if isinstance(need, str) else need))


def _digit_led(regex: str) -> bool:
    """Whether every match of ``regex`` begins with a digit (its first item is a lone ``\\d``):
    such a precheck is searched from the paragraph's first digit, found once for all of them."""
    import re._constants as C  # noqa: N812
    import re._parser as P  # noqa: N812

    items = P.parse(regex).data
    return bool(items) and items[0] == (C.IN, [(C.CATEGORY, C.CATEGORY_DIGIT)])


@lru_cache(maxsize=1)
def _also_required() -> dict[int, tuple[tuple[re.Pattern[str], bool], ...]]:
    """Family bit -> its prechecks, each with whether it begins with a digit."""
    out: dict[int, tuple[tuple[re.Pattern[str], bool], ...]] = {}
    for i, (_, handler) in enumerate(PATTERNS):
        if handler.__name__ in _ALSO:
            out[1 << i] = tuple((rx, _digit_led(rx.pattern)) for rx in _also_patterns(handler.__name__))
    return out


def find_candidates(text: str, gate: bool = True) -> list[Cand]:
    """Every family's candidates, overlaps resolved leftmost-longest. ``gate=False`` runs every
    family on every paragraph (a test checks the key gate never loses a match)."""
    cands: list[Cand] = []
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    para_mask = [0] * len(starts)
    plan = _scan_plan() if gate else _Scan(0, 0, 0, {}, {})
    cut = plan.keyed
    hits: dict[int, list[tuple[int, int]]] = {}  # paragraph -> (start, mask) of the keys of keyed families
    if gate:
        p, lo, limit = -1, -1, -1  # the paragraph of the last key: where it starts, where the next one does
        for end, (mask, klen) in _automaton().iter(text):
            if not lo <= end < limit:  # (keys come in text order: most are in the paragraph of the last one)
                p = bisect.bisect_right(starts, end) - 1
                lo, limit = starts[p], starts[p + 1] if p + 1 < len(starts) else len(text)
            para_mask[p] |= mask
            if mask & cut:
                hits.setdefault(p, []).append((end - klen + 1, mask))
    else:
        para_mask = [(1 << len(PATTERNS)) - 1] * len(starts)
    also = _also_required() if gate else {}
    also_mask = sum(also)
    scanned = cut | plan.digits
    for p, mask in enumerate(para_mask):
        if not mask:
            continue
        ps = starts[p]
        pe = starts[p + 1] if p + 1 < len(starts) else len(text)
        pending = mask & also_mask  # (only the families of the paragraph that have a precheck)
        first_digit = -2  # where the paragraph's first digit is (-1: none), looked for once
        while pending:
            bit = pending & -pending
            pending ^= bit
            for need, digit_led in also[bit]:
                if digit_led:
                    if first_digit == -2:
                        d = _ANY_DIGIT.search(text, ps, pe)
                        first_digit = -1 if d is None else d.start()
                    if first_digit >= 0 and need.search(text, first_digit, pe) is not None:
                        break
                elif need.search(text, ps, pe) is not None:
                    break
            else:
                mask &= ~bit  # the family's second required piece is absent: skip its scan
        last_digit = -2
        # the reach bound assumes short whitespace and digit runs in the match (inside the
        # paragraph): else only the upper cut holds (looked at once, for a keyed family)
        bounded: bool | None = None
        todo = mask
        while todo:  # the families whose bit is set, in PATTERNS order
            bit = todo & -todo
            todo ^= bit
            i = bit.bit_length() - 1
            rx, handler = PATTERNS[i]
            found: Iterable[re.Match[str]]
            if bit & scanned:
                if bit & cut:
                    if bounded is None:
                        bounded = _LONG_SPACE.search(text, ps, pe) is None and _LONG_DIGITS.search(text, ps, pe) is None
                    windows = _windows([s for s, mk in hits[p] if mk & bit], plan.reach[i] if bounded else None, ps,
                                       text, plan.stop.get(i))
                else:
                    if last_digit == -2:
                        last_digit = -1
                        for d in _ANY_DIGIT.finditer(text, ps, pe):
                            last_digit = d.start()
                    windows = [(ps, last_digit)]
                found = _matches_in(rx, text, _WORD_START if bit & plan.wordy else _AFTER_NONWORD, ps, pe, windows)
            else:
                found = rx.finditer(text, ps, pe)
            for m in found:
                got = handler(m, text)
                for c in (got if isinstance(got, list) else [got] if got is not None else []):
                    if c.end > c.start:
                        cands.append(c)
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    out = [c for c in out if c.kind != "skip"]
    for c in out:
        if c.start > 0 and text[c.start - 1:c.start + 1] == "لل":
            c.start -= 1  # للاثنين: keep the whole word
    return _merge(text, out)


_RANGE_GAP = re.compile(r"\s*(?:-|–|/|الي|حتي|و|ولغايه|لغايه)\s*")


def _year_from_next(text: str, cands: list[Cand]) -> None:
    """The first end of a range takes its year from the second ("من يناير إلى مارس 2023",
    "من 28 مارس إلى 3 أبريل 2023"): the year printed once belongs to both."""
    for a, b in zip(cands, cands[1:], strict=False):
        if "mo" not in a.extra or a.extra.get("y") is not None or not isinstance(b.extra.get("y"), int):
            continue
        if a.mod is not None or not _RANGE_GAP.fullmatch(text, a.end, b.start):
            continue
        mo, d = a.extra["mo"], a.extra.get("d")
        yb, mob, db = b.extra["y"], b.extra.get("mo"), b.extra.get("d")
        assert isinstance(mo, int) and isinstance(yb, int) and isinstance(mob, int)
        y = yb if (mo, d if isinstance(d, int) else 0) <= (mob, db if isinstance(db, int) else 0) else yb - 1
        day = cal.valid_date(y, mo, d) if isinstance(d, int) else None
        if isinstance(d, int) and day is None:
            continue
        value = _fmt_partial(y, mo, d if isinstance(d, int) else None)
        a.resolve = lambda c, v=value: (v, None)  # type: ignore[misc]
        a.absolute, a.needs_tense = day, False


_DATE_THEN_CLOCK = re.compile(r"[\s،,]*(?:[وف]?(?:علي|في|عند|حوالي|نحو|قرابه)\s+)?")
_CLOCK_THEN_DATE = re.compile(r"[\s،,]*(?:من\s+)?(?:(?:صباح|مساء|ظهر|عصر|ليل|فجر)\s+)?(?:يوم\s+)?")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_DAY_KINDS = ("day", "today-weekday")


def _date_and_clock(text: str, cands: list[Cand]) -> list[Cand]:
    """A clock time next to the day it falls on is one TIMEX3, as TimeML writes "twelve
    o'clock January 3, 1984" (``1984-01-03T12:00``): "13 يناير 2015 على الساعة 10:30",
    "الساعة العاشرة من صباح يوم 13 يناير"."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        date = clock = None
        if b is not None and a.kind in _DAY_KINDS and a.type == "DATE" and b.kind == "clock" \
                and _DATE_THEN_CLOCK.fullmatch(text, a.end, b.start):
            date, clock = a, b
        elif b is not None and a.kind == "clock" and b.kind in _DAY_KINDS and b.type == "DATE" \
                and _CLOCK_THEN_DATE.fullmatch(text, a.end, b.start):
            date, clock = b, a
        if date is None or clock is None or b is None:
            out.append(a)
            i += 1
            continue

        def res(c: Ctx, date: Cand = date, clock: Cand = clock) -> tuple[str, str | None]:
            day = date.resolve(c)[0]
            return clock.resolve(Ctx(c.dct, c.future, c.anchor, day if _DAY_VALUE.match(day) else c.day, c.past, c.present))[0], None
        out.append(Cand(a.start, b.end, "TIME", res, absolute=date.absolute, weekday=date.weekday,
                        needs_tense=date.needs_tense or clock.needs_tense, extra=date.extra,
                        kind="today-weekday" if date.kind == "today-weekday" else "day-clock"))
        i += 2
    return out


_DASH_MONTH = re.compile(rf"\s*[-–]\s*(?P<m>{MONTH})(?!\w)")


def _dash_twins(text: str, cands: list[Cand]) -> list[Cand]:
    """A month written in two calendars across a dash ("تموز - يوليو 2023", "3 أيلول – سبتمبر")
    is one date: the dash is left out of the month patterns (there it mostly joins a range,
    "تموز - أيلول"), so the twin is joined here, only when both names are the same month."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        mo = a.extra.get("mo")
        dm = _DASH_MONTH.match(text, a.end) if isinstance(mo, int) and a.extra.get("y") is None else None
        if dm is None or month_of(dm["m"]) != mo:
            out.append(a)
            i += 1
            continue
        b = cands[i + 1] if i + 1 < len(cands) and cands[i + 1].start == dm.start("m") else None
        d = a.extra.get("d")
        if b is None:  # "في تموز-يوليو": the twin alone was no candidate
            a.end = dm.end()
        elif not isinstance(d, int):  # the twin carries the year or direction
            b.start = a.start
            if a.mod is not None and b.mod is None:
                inner, mod = b.resolve, a.mod
                b.resolve = lambda c, inner=inner, mod=mod: (inner(c)[0], mod)  # type: ignore[misc]
                b.mod = mod
            a = b
            i += 1
        else:  # a day and month, then the twin with its year
            y = b.extra.get("y")
            day = cal.valid_date(y, mo, d) if isinstance(y, int) else None
            if isinstance(y, int) and day is not None:
                value = _fmt_partial(y, mo, d)
                a.resolve = lambda c, v=value: (v, None)  # type: ignore[misc]
                a.absolute, a.needs_tense = day, False
                a.extra = dict(a.extra, y=y)
            a.end = b.end
            i += 1
        out.append(a)
        i += 1
    return out


def _merge(text: str, cands: list[Cand]) -> list[Cand]:
    """Join "في وقت لاحق" + a date, and widen a date with a start/mid/end word before it."""
    cands = _dash_twins(text, cands)
    _year_from_next(text, cands)
    cands = _date_and_clock(text, cands)
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if c.kind == "ref-prefix" and i + 1 < len(cands):
            nxt = cands[i + 1]
            if nxt.type in ("DATE", "TIME") and re.fullmatch(r"\s+(?:من\s+)?(?:صباح\s+|مساء\s+|ليل\s+|يوم\s+)?", text[c.end:nxt.start]):
                nxt.start = c.start
                out.append(nxt)
                i += 2
                continue
        if c.kind == "ref-prefix" and not REFS.get(" ".join(text[c.start:c.end].split()), ""):
            i += 1
            continue
        if c.type == "DATE" and c.mod is None:
            mm = MOD_BEFORE.search(text, max(0, c.start - 16), c.start)
            if mm is not None and mm.end() == c.start:
                c.start = mm.start("mod")
                mod = MODS[" ".join(mm["mod"].split())]
                c.mod = mod
                inner = c.resolve
                c.resolve = lambda ctx, inner=inner, mod=mod: (inner(ctx)[0], mod)  # type: ignore[misc]
        out.append(c)
        i += 1
    return out
