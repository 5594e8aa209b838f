"""Timex cases written for the generalization round: planned actions after a call verb, GMT
clock times written with a comma, Maghrebi month names, approximate durations, clock times
anchored to the day named in the sentence (sentences invented for these tests)."""

from __future__ import annotations

import pytest

from khabar.timex import extract

D = "2024-04-01"  # a Monday


def values(text: str, dct: str = D) -> list[tuple[str, str]]:
    out = extract(text, dct)
    for t in out:
        assert text[t.start:t.end] == t.text
    return [(t.type, t.value) for t in out]


@pytest.mark.parametrize(("text", "want"), [
    # a call to act: the weekday after the action's verbal noun is the coming one
    ("ودعت النقابات إلى التظاهر مساء الخميس أمام البرلمان.", ("TIME", "2024-04-04TEV")),
    ("ودعا الاتحاد العمال إلى إضراب عام الخميس.", ("DATE", "2024-04-04")),
    ("وناشدت الجمعية أعضاءها للمشاركة في الوقفة الأربعاء.", ("DATE", "2024-04-03")),
    ("وتعتزم الأحزاب التظاهر مساء الأربعاء.", ("TIME", "2024-04-03TEV")),
    # the day of the call itself stays behind
    ("ودعت المعارضة الخميس إلى التظاهر.", ("DATE", "2024-03-28")),
    ("وشارك الآلاف في التظاهر الخميس.", ("DATE", "2024-03-28")),
    ("قتل ثلاثة أشخاص الأربعاء في قصف على المدينة.", ("DATE", "2024-03-27")),
])
def test_weekday_direction(text: str, want: tuple[str, str]) -> None:
    assert want in values(text)


@pytest.mark.parametrize(("text", "want"), [
    ("وبدأ التصويت عند الساعة 18,30 ت غ.", ("TIME", "2024-04-01T18:30Z")),
    ("وأغلقت المكاتب عند الساعة 19,00 ت غ.", ("TIME", "2024-04-01T19:00Z")),
    ("وانطلق السباق في الساعة 07,15 ت غ.", ("TIME", "2024-04-01T07:15Z")),
    ("ووقع الانفجار الأحد في السوق عند الساعة الثامنة صباحا.", ("TIME", "2024-03-31T08:00")),
    ("وفي 25 مارس، قرابة الساعة 11:00، اقتحم مسلحون المبنى.", ("TIME", "2024-03-25T11:00")),
])
def test_clock_times(text: str, want: tuple[str, str]) -> None:
    assert want in values(text)


@pytest.mark.parametrize("text", [
    "وبلغ سعر الكيلو 1,50 دينار.",  # a decimal with a comma is no clock time
    "وارتفع المؤشر 19,00 نقطة.",
])
def test_comma_numbers_are_not_times(text: str) -> None:
    assert not any(t == "TIME" for t, _ in values(text))


@pytest.mark.parametrize(("text", "want"), [
    ("وأغلقت مكاتب الاقتراع في 17 شتنبر 2023.", "2023-09-17"),
    ("وتنطلق الدورة في 3 نونبر 2024.", "2024-11-03"),
    ("وصدر الحكم في 12 يوليوز 2022.", "2022-07-12"),
    ("وفي 22 دجنبر 2021 أعلن العفو.", "2021-12-22"),
    ("وانطلق الموسم في 5 غشت 2023.", "2023-08-05"),
])
def test_moroccan_month_names(text: str, want: str) -> None:
    assert ("DATE", want) in values(text)


@pytest.mark.parametrize(("text", "want"), [
    ("واستمر الاجتماع نحو ساعة.", "PT1H"),
    ("واستمرت المواجهات قرابة ساعتين.", "PT2H"),
    ("وتأخرت الرحلة حوالي نصف ساعة.", "PT30M"),
])
def test_approximate_durations(text: str, want: str) -> None:
    assert ("DURATION", want) in values(text)


def test_gmt_time_in_brackets_after_local_time() -> None:
    got = values("وبدأ التصويت عند الساعة 18,30 بالتوقيت المحلي (16,30 ت غ).")
    assert ("TIME", "2024-04-01T18:30") in got and ("TIME", "2024-04-01T16:30Z") in got
