"""The tense of the clause around a temporal expression: past, future or unknown.

A bare weekday or a day-month without a year is resolved in the direction its clause's
verb points to (TimeML annotators read "قصفت ... يوم الخميس" as the Thursday just gone and
"يعقد المجلس جلسة يوم الخميس" as the coming one). Without a tagger, the nearest verb-like
word decides: future markers (سوف، سـ + imperfect، من المقرر، يعتزم ...) point ahead; an
imperfect verb (يـ + stem, news' present) points ahead for a weekday only (يعقد المجلس جلسة
يوم الخميس) since it also narrates ongoing states (تحاول القوات ... بعد هجوم 7 أكتوبر);
past verbs point back. A past
verb is found generally by its shape — a stem plus the past suffixes ت (قصفت، أعلنت) or وا
(قالوا), which no imperfect takes — or, for bare stems a shape cannot tell from a noun
(قال، شن، أعلن), by a short list of common news verbs (``data/timex_past_verbs.tsv``).
The verb before the expression wins; failing one, the first verb after it in the clause
(up to a complementizer إن/أن, which opens another clause).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from khabar.text import normalize_word

PAST, NONE, FUTURE, PRESENT = -1, 0, 1, 2

_WORD = re.compile(r"[^\W\d_]+")
_WORD_OR_COMMA = re.compile(r"[^\W\d_]+|[،,]")
_CLAUSE_END = re.compile(r"[.!؟?\n:«»“”\"؛;]")
# words that are future markers on their own (normalized spellings)
_FUTURE_WORDS = frozenset({
    "سوف", "المقرر", "المتوقع", "المرتقب", "المزمع", "يعتزم", "تعتزم", "يعتزمون", "يعتزمان", "ينوي", "تنوي",
    "ينوون", "موعد", "لن", "المقبل", "المقبله", "القادم", "القادمه", "يرتقب", "يتوقع", "ستنطلق",
})
# imperfect-looking words that are nouns or particles (ي/ت/ن + stem)
_NOT_IMPERFECT = frozenset({
    "يوم", "يوما", "يومين", "يونيو", "يونيه", "يوليو", "يوليه", "يوليوز", "يناير", "يمين", "يسار", "يهود", "يمني",
    "يد", "يدي", "يديه", "يمنيه", "يمنيين", "ينبوع",
})
# past-looking words (stem + ت or وا) that are nouns or particles
_NOT_PAST = frozenset({
    "تحت", "وقت", "بيت", "صوت", "موت", "سبت", "بنت", "اخت", "زيت", "بيروت", "كويت", "انترنت", "ثابت",
    "نحوا", "بدوا", "سكت", "ذات", "فات", "حيث", "ثبت", "نعت", "لست",
})
_PRE = ("و", "ف")


@lru_cache(maxsize=1)
def _past_stems() -> frozenset[str]:
    text = resources.files("khabar.data").joinpath("timex_past_verbs.tsv").read_text(encoding="utf-8")
    return frozenset(normalize_word(line.split("\t")[0]) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _strip(w: str) -> str:
    """Drop a conjunction و/ف when a word of at least three letters remains."""
    return w[1:] if w[:1] in _PRE and len(w) >= 4 else w


@lru_cache(maxsize=65536)
def word_tense(word: str) -> int:
    """PAST, FUTURE or NONE for one normalized word, out of context."""
    w = _strip(word)
    if w in _FUTURE_WORDS:
        return FUTURE
    if len(w) < 2:
        return NONE
    stems = _past_stems()
    for suf in ("", "ت", "وا", "ا", "تا", "ن", "نا", "توا"):
        if suf and not w.endswith(suf):
            continue
        stem = w[: len(w) - len(suf)] if suf else w
        if stem in stems or (suf and stem + "ي" in stems):  # جرت: جرى
            return PAST
    if w.startswith("ال"):
        return NONE  # a definite noun (التقى is listed above)
    if w.startswith("س") and len(w) >= 5 and w[1] in "يتن" and w[1:] not in _NOT_IMPERFECT:
        return FUTURE if not w.startswith(("سيار", "سياس", "سيطر", "سيد", "سينا", "سيول", "سينما", "ستين", "ستون",
                                           "سته", "ستار", "سنو", "سنت", "سنين", "سيف", "سير", "سيم", "سنغ")) else NONE
    if w in _NOT_PAST:
        return NONE
    if w.endswith("وا") and 4 <= len(w) <= 8 and w[0] not in "يتن":
        return PAST  # قالوا، قتلوا (imperfect plurals end in ون, or وا after لم/لن/أن with a prefix)
    if w.endswith("ت") and 4 <= len(w) <= 8 and not w.endswith(("ات", "وت", "يت")) and w[0] not in "يتبلكم":
        return PAST  # قصفت، هاجمت، نشرت، استهدفت (no imperfect ends in ت)
    if w[0] == "ت" and 4 <= len(w) <= 7 and (w[1:] in stems or "ا" + w[1:] in stems):
        return PRESENT  # تعقد، تنطلق: the imperfect of a listed verb (a bare تـ word is too often a noun)
    if w[0] == "ي" and 4 <= len(w) <= 7 and w not in _NOT_IMPERFECT and not w.endswith("ين"):
        return PRESENT  # يعقد، يزور: news' present tense, for a scheduled event or an ongoing one
    return NONE


# three-letter function words and nouns that open a clause after و/ف ("وبعد"، "وهذا"، "وعدد")
_FUNCTION3 = frozenset(normalize_word(w) for w in (
    "بعد قبل على عند منذ حتى غير عدد نحو مثل هذا ذلك تلك حيث بين أمس ضمن عبر لدى إلى كما لكن لذا إذا ليس "
    "هنا أين متى كيف سوى دون فوق تحت خلف أمام إثر أجل رغم وفق حول لقد منه فيه عنه لها لهم أول آخر أهل ابن "
    "بنت اسم يوم شهر عام وقت بلد كلا ربما أيضا فقط ثمة هذه وفي").split())
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
                       "ما", "عندما", "بعدما", "حينما", "كما", "لما", "حين"})


def _opening_past(w: str, prev: str | None) -> bool:
    """A past verb told by its place: the bare word opening a clause after و/ف (news is
    verb-first: "ومثل المتهم"، "فرد الوزير"), or the word right after a relative pronoun or ما/عندما
    ("الهجوم الذي نفذه"، "ما حدث"، "عندما دخل")."""
    if prev in _RELATIVE:
        core = w
        for suf in ("هما", "هم", "ها", "ه"):  # an object pronoun: "الهجوم الذي نفذه"
            if core.endswith(suf) and len(core) - len(suf) >= 3:
                core = core[: -len(suf)]
                break
    elif prev is None or prev in ("،", ","):
        if w[:1] not in _PRE:
            return False
        core = w[1:]
    else:
        return False
    return (3 <= len(core) <= 5 if prev in _RELATIVE else len(core) == 3) and not core.startswith("ال") \
        and core[0] not in "يت" and not (core[0] == "ن" and len(core) > 3) and not core.endswith(("ه", "ات")) and core not in _FUNCTION3 \
        and word_tense(core) in (NONE, PAST)


# verbs that call for or plan an action (دعت النقابات إلى التظاهر الخميس): the date after the
# action's verbal noun is when the action is to happen, not when the call was made
_CALL_VERBS = frozenset(_strip(normalize_word(w)) for w in (
    "دعا دعت دعوا طالب طالبت طالبوا حث حثت حثوا ناشد ناشدت ناشدوا قرر قررت قرروا اتفق اتفقت اتفقوا "
    "تقرر دعي").split())


def _purpose(w: str) -> bool:
    """A word that opens an action the clause's verb calls for: إلى/الى, or لـ/لل + a verbal
    noun (للتظاهر، لتنظيم، للإضراب)."""
    if w in ("الي", "والي", "الى", "والى"):
        return True
    return len(w) >= 5 and (w.startswith("لل") and len(w) >= 6 or w[0] == "ل" and w[1] == "ت")


def _tense_of(words: list[str], initial: bool) -> int:
    """Nearest decisive word in ``words`` (given nearest first, commas kept as tokens);
    ``initial``: the last word of the list opens its clause. لم + imperfect is past; a
    call verb with a purpose between it and the date (دعت إلى التظاهر الخميس) is future."""
    for i, w in enumerate(words):
        if w in ("،", ","):
            continue
        prev = words[i + 1] if i + 1 < len(words) else (None if initial else "")
        if _strip(w) in _CALL_VERBS and any(map(_purpose, words[:i])):
            return FUTURE
        t = word_tense(w)
        if t == PRESENT and prev in ("لم", "ولم", "لما"):
            return PAST
        if t == PRESENT and prev in ("لن", "ولن", "ان", "وان", "بان", "لان", "كي", "لكي"):
            # لن يعقد; أن + imperfect (من المقرر أن تجري، قررت أن تعقد): not yet done
            return FUTURE
        if t == PRESENT and prev in ("قد", "وقد", "كان", "كانت"):
            return NONE  # قد يكون، كان يعقد: not a scheduled event
        if t != NONE:
            return t
        if _opening_past(w, prev):
            return PAST
    return NONE


def clause_tense(text: str, start: int, end: int, width: int = 90) -> int:
    """Tense of the clause holding ``text[start:end]`` (normalized text): PAST, FUTURE (a
    future marker), PRESENT (an imperfect verb: scheduled or ongoing, so only a weekday
    takes it as forward) or NONE."""
    before = text[max(0, start - width):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    words = _WORD_OR_COMMA.findall(before[cut:])
    words.reverse()
    t = _tense_of(words, initial=cut > 0 or start <= width)
    if t != NONE:
        return t
    after = text[end:end + 50]
    m = _CLAUSE_END.search(after)
    after_words = _WORD.findall(after[:m.start()] if m else after)
    ahead: list[str] = []
    for w in after_words:
        if w in ("ان", "وان", "بان", "لان"):
            break
        ahead.append(w)
    for i, w in enumerate(ahead):
        t = word_tense(w)
        if t != NONE:
            if t == PRESENT and i > 0 and ahead[i - 1] in ("لم", "ولم"):
                return PAST
            return t
    return NONE
