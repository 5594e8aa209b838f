"""Round two of unseen-news anchoring: deictics inside a dated quotation, a clock time whose day
is named in the previous sentence, a month written in two calendars, and "قبل نحو" + a count.

Sentences are written for these tests (names, places and dates of their own)."""

from __future__ import annotations

import pytest

from khabar.model import Timex
from khabar.timex import extract

DCT = "2025-04-15"  # a Tuesday


def _tx(text: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract(text, dct)]


def _one(text: str, dct: str = DCT) -> Timex:
    found = extract(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# --- 1. a quotation dated by its reporting clause ---------------------------------------------

QUOTED = [
    # (text, the quoted deictic, its value)
    ("وقال رئيس البلدية أمس: «اليوم نضع حجر الأساس للمستشفى»", "اليوم", "2025-04-14"),
    ("وقالت المتحدثة باسم الشركة يوم الأحد: «سنوقع العقد غدا»", "غدا", "2025-04-14"),
    ("وأكد المدرب الجمعة الماضي أن «الفريق سيعود إلى التدريبات غدا»", "غدا", "2025-04-12"),
    ("وأضاف محافظ المصرف مساء أمس: «أمس فقط وصلتنا الأرقام»", "أمس", "2025-04-13"),
    ("وأعلن وزير النقل يوم السبت: «اعتبارا من الأسبوع المقبل تعمل الحافلات ليلا»", "الأسبوع المقبل", "2025-W16"),
    ("«اليوم نبدأ موسم الحصاد»، قال رئيس التعاونية يوم الخميس", "اليوم", "2025-04-10"),
    ('وقال قائد الشرطة أمس "اليوم أغلقنا الطريق الساحلي"', "اليوم", "2025-04-14"),
]


@pytest.mark.parametrize(("text", "word", "value"), QUOTED)
def test_deictic_in_a_dated_quote_counts_from_the_day_of_speaking(text: str, word: str, value: str) -> None:
    got = {t.text: t for t in extract(text, DCT)}
    assert got[word].value == value
    assert got[word].anchor not in ("DCT", None)  # anchored on the day of speaking


def test_quote_without_a_dated_reporting_clause_keeps_the_dct() -> None:
    assert _tx("وقال المتحدث باسم الدفاع المدني: «اليوم أخمدنا آخر الحرائق»") == [("اليوم", "DATE", "2025-04-15")]


def test_a_quoted_name_is_not_a_quotation_of_speech() -> None:
    # no reporting verb: "مدينة الغد" is a name in quotes, the اليوم outside it is the DCT's
    found = _tx("افتتح المحافظ أمس مشروع «حي الغد» وسيزوره الوزير اليوم")
    assert ("اليوم", "DATE", "2025-04-15") in found


def test_deictic_after_the_quote_keeps_the_dct() -> None:
    found = _tx("وقال الوزير أمس: «اليوم نفتح صفحة جديدة». وتبدأ المفاوضات غدا")
    assert found == [("أمس", "DATE", "2025-04-14"), ("اليوم", "DATE", "2025-04-14"), ("غدا", "DATE", "2025-04-16")]


def test_reporting_clause_with_a_week_does_not_date_the_quote() -> None:
    found = _tx("وقال الوزير الأسبوع الماضي: «اليوم نفتح صفحة جديدة»")
    assert ("اليوم", "DATE", "2025-04-15") in found


# --- 2. a clock time whose day is in the previous sentence ------------------------------------


def test_clock_takes_the_day_of_the_previous_sentence() -> None:
    found = _tx("قتل أربعة مدنيين فجر أمس في غارة على قرية جبلية. ووقعت الغارة نحو الساعة الرابعة فجرا")
    assert found[-1] == ("الساعة الرابعة فجرا", "TIME", "2025-04-14T04:00")


def test_clock_takes_a_weekday_of_the_previous_sentence() -> None:
    found = _tx("اندلع حريق في سوق الخضار يوم الأحد. وقال الدفاع المدني إن النيران اشتعلت عند الساعة التاسعة مساء")
    assert found[-1] == ("الساعة التاسعة مساء", "TIME", "2025-04-13T21:00")


def test_clock_does_not_cross_a_paragraph() -> None:
    found = _tx("اندلع حريق في سوق الخضار يوم الأحد.\nوقال الدفاع المدني إن النيران اشتعلت عند الساعة التاسعة مساء")
    assert found[-1] == ("الساعة التاسعة مساء", "TIME", "2025-04-15T21:00")


def test_clock_does_not_reach_two_sentences_back() -> None:
    found = _tx("وصل الوفد إلى المطار مساء الخميس. وعقد لقاء مع الصحفيين. وبدأ الاجتماع عند الساعة الثامنة")
    assert found[-1] == ("الساعة الثامنة", "TIME", "2025-04-15T08:00")


def test_clock_with_a_day_in_its_own_sentence_keeps_it() -> None:
    found = _tx("وصل الوفد مساء الخميس. وبدأ الاجتماع صباح السبت عند الساعة العاشرة")
    assert found[-1][2] == "2025-04-12T10:00"


# --- 3. one month in two calendars --------------------------------------------------------------

TWINS = [
    ("أجريت الانتخابات البلدية في شهر شباط/فبراير 2023", "شهر شباط/فبراير 2023", "2023-02"),
    ("تراجعت الصادرات خلال جانفي (يناير) 2024", "جانفي (يناير) 2024", "2024-01"),
    ("افتتح الجسر في حزيران يونيو 2021", "حزيران يونيو 2021", "2021-06"),
    ("وقعت الاتفاقية في تشرين الثاني - نوفمبر 2019", "تشرين الثاني - نوفمبر 2019", "2019-11"),
    ("وقعت الاتفاقية في 9 أيار – مايو 2018", "9 أيار – مايو 2018", "2018-05-09"),
    ("عاد الطلاب إلى مدارسهم في أيلول/سبتمبر الماضي", "أيلول/سبتمبر الماضي", "2024-09"),
    ("بدأ البناء في مطلع تموز/يوليو 2022", "مطلع تموز/يوليو 2022", "2022-07"),
    ("بدأ البناء في أواسط آب أغسطس", "أواسط آب أغسطس", "2024-08"),
    ("تنتهي الأشغال في ماي/أيار 2026", "ماي/أيار 2026", "2026-05"),
]


@pytest.mark.parametrize(("text", "span", "value"), TWINS)
def test_month_in_two_calendars_is_one_date(text: str, span: str, value: str) -> None:
    t = _one(text)
    assert (t.text, t.value) == (span, value)


def test_month_modifier_keeps_its_year() -> None:
    t = _one("انخفضت الأسعار في أواخر آذار 2022")
    assert (t.text, t.value, t.mod) == ("أواخر آذار 2022", "2022-03", "END")


def test_dash_between_two_different_months_stays_a_range() -> None:
    found = _tx("امتد الموسم من كانون الثاني - آذار 2020")
    assert found == [("كانون الثاني", "DATE", "2020-01"), ("آذار 2020", "DATE", "2020-03")]


def test_father_is_no_month() -> None:
    assert _tx("قال أبو سليم إن الأب وصل") == []


# --- 4. "قبل" + an approximate count ------------------------------------------------------------

AGO = [
    ("شيد الجسر قبل نحو سبعة عقود", "DURATION", "P70Y", "APPROX"),
    ("هاجرت العائلة قبل قرابة عشر سنوات", "DURATION", "P10Y", "APPROX"),
    ("انتهت الحرب قبل أكثر من أربعة أشهر", "DURATION", "P4M", "MORE_THAN"),
    ("افتتح المتحف قبل أقل من ثلاث سنوات", "DURATION", "P3Y", "LESS_THAN"),
    ("شيد الجسر قبل سبعة عقود", "DATE", "195", None),
    ("هاجرت العائلة قبل عشر سنوات", "DATE", "2015", None),
    ("انتهت الحرب قبل أربعة أشهر", "DATE", "2024-12", None),
]


@pytest.mark.parametrize(("text", "typ", "value", "mod"), AGO)
def test_ago_is_a_date_when_exact_and_a_duration_when_approximate(text: str, typ: str, value: str,
                                                                  mod: str | None) -> None:
    t = _one(text)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


def test_a_clock_time_takes_the_day_of_the_same_part_of_day_named_earlier() -> None:
    # written for this: the article dates the dawn once, a later paragraph quotes its hour
    text = ("انهار عقار سكني فجر أمس الاثنين في المدينة.\n\n"
            "وقال المتحدث إن «الفرق وصلت في الساعة الثالثة و40 دقيقة فجرا».\n\n"
            "وتوقفت الحركة في الساعة العاشرة صباحا.\n")
    from khabar import analyze

    values = {t.text: t.value for t in analyze(text, "2025-07-08").timexes}
    assert values["الساعة الثالثة و40 دقيقة فجرا"] == "2025-07-07T03:40"
    # another part of the day, never dated by the article, stays on the DCT
    assert values["الساعة العاشرة صباحا"] == "2025-07-08T10:00"


def test_a_date_after_a_weekday_taken_by_an_earlier_expression_is_kept() -> None:
    # written for this: "أمس الأربعاء" takes the weekday, the date after it stands alone
    from khabar import analyze

    got = [(t.text, t.value) for t in analyze("وصل الوفد، أمس الأربعاء 5 آذار 2025، إلى العاصمة.", "2025-03-06").timexes]
    assert got == [("أمس الأربعاء", "2025-03-05"), ("5 آذار 2025", "2025-03-05")]
    # with no earlier expression the weekday and the date stay one timex
    one = [(t.text, t.value) for t in analyze("وقع الحادث يوم الأربعاء 5 آذار 2025 في المدينة.", "2025-03-06").timexes]
    assert one == [("يوم الأربعاء 5 آذار 2025", "2025-03-05")]
