"""The clause-tense test behind weekday and day-month resolution: one word, then a clause."""

from __future__ import annotations

import pytest

from khabar.text import normalize
from khabar.timex import extract
from khabar.timex.tense import FUTURE, NONE, PAST, PRESENT, clause_tense, word_tense

WORDS = [
    # past by shape: stem + ت (no imperfect ends in ت) or + وا
    ("قصفت", PAST), ("هاجمت", PAST), ("استهدفت", PAST), ("أعلنت", PAST), ("وأكدت", PAST), ("فقصفت", PAST),
    ("نشرت", PAST), ("نفذت", PAST), ("قالوا", PAST), ("قتلوا", PAST), ("أكدوا", PAST), ("وهاجموا", PAST),
    # past by the verb list: bare stems a shape cannot tell from a noun
    ("قال", PAST), ("وقال", PAST), ("شن", PAST), ("أعلن", PAST), ("وقع", PAST), ("تم", PAST), ("جرت", PAST),
    ("اندلع", PAST), ("استمر", PAST), ("قالا", PAST), ("شنت", PAST), ("التقى", PAST), ("توفي", PAST),
    # future markers
    ("سوف", FUTURE), ("المقرر", FUTURE), ("يعتزم", FUTURE), ("ستعقد", FUTURE), ("سيزور", FUTURE),
    ("وسيلتقي", FUTURE), ("لن", FUTURE), ("المقبل", FUTURE), ("القادمة", FUTURE),
    # imperfect (present): forward for a weekday only
    ("يعقد", PRESENT), ("يزور", PRESENT), ("تعقد", PRESENT), ("تنطلق", PRESENT), ("يجتمع", PRESENT),
    # nouns and particles that look like verbs
    ("يوم", NONE), ("يونيو", NONE), ("وقت", NONE), ("بيروت", NONE), ("تحت", NONE), ("قوات", NONE),
    ("سيارات", NONE), ("سياسة", NONE), ("ستة", NONE), ("سنوات", NONE), ("الحكومة", NONE), ("تقرير", NONE),
    ("مواقع", NONE), ("بنت", NONE), ("الانترنت", NONE), ("سيطرة", NONE),
]


@pytest.mark.parametrize(("word", "tense"), WORDS, ids=[w for w, _ in WORDS])
def test_word_tense(word: str, tense: int) -> None:
    assert word_tense(normalize(word).text) == tense


CLAUSES = [
    ("وقال الوزير يوم الخميس إن الحكومة ستعمل", "يوم الخميس", PAST),  # the verb before wins
    ("يوم الأحد، اقتحمت القوات المخيم", "يوم الأحد", PAST),  # none before: the first after
    ("قال إن الجيش سينسحب يوم الأحد", "يوم الأحد", FUTURE),
    ("لم يعلن الجيش حتى يوم الخميس", "يوم الخميس", PAST),  # لم + imperfect
    ("من المقرر أن تجري الانتخابات يوم الجمعة", "يوم الجمعة", FUTURE),  # أن + imperfect
    ("قد يكون الاجتماع يوم الجمعة", "يوم الجمعة", NONE),
    ("يعقد المجلس جلسة يوم الخميس", "يوم الخميس", PRESENT),
    ("وقع الهجوم. يوم الخميس", "يوم الخميس", NONE),  # a full stop ends the clause
    ("ومثل المتهم أمام القاضي يوم الخميس", "يوم الخميس", NONE),  # مثل is also "like": left open
    ("ونقل التلفزيون عن مصدر يوم الخميس", "يوم الخميس", PAST),  # a bare stem opening the clause
    ("وعقد البرلمان جلسة يوم الخميس", "يوم الخميس", PAST),
    ("وبعد يوم الخميس", "يوم الخميس", NONE),  # a preposition opening the clause
    ("الهجوم الذي نفذه المسلحون يوم الخميس", "يوم الخميس", PAST),  # after a relative pronoun
    ("وهذا ما حدث يوم الخميس", "يوم الخميس", PAST),
    ("عندما دخل الجيش المدينة يوم الخميس", "يوم الخميس", PAST),
    ("الاجتماع الذي يعقد يوم الخميس", "يوم الخميس", PRESENT),
]


@pytest.mark.parametrize(("text", "target", "tense"), CLAUSES)
def test_clause_tense(text: str, target: str, tense: int) -> None:
    norm = normalize(text).text
    start = text.index(target)
    assert clause_tense(norm, start, start + len(target)) == tense


def test_approximate_length_keeps_its_mod_and_span() -> None:
    [t] = extract("استمر الاجتماع نحو ساعة ثم انفض", "2024-06-12")
    assert (t.text, t.type, t.value, t.mod) == ("نحو ساعة", "DURATION", "PT1H", "APPROX")
    [t] = extract("دامت المفاوضات قرابة ساعتين ونصف", "2024-06-12")
    assert (t.text, t.value, t.mod) == ("قرابة ساعتين ونصف", "PT2H30M", "APPROX")


def test_clock_takes_the_day_of_its_sentence_not_of_the_previous_one() -> None:
    text = "قصفت الطائرات المدينة يوم الخميس. وأعلن الجيش في بيان صدر بعد ذلك بساعات طويلة أن العملية انتهت عند الساعة العاشرة مساء"
    found = extract(text, "2024-06-12")
    clock = [t for t in found if t.text.startswith("الساعة")]
    assert [t.value for t in clock] == ["2024-06-12T22:00"]
