"""Second round of generalization for claim sources: figures in the narrator's background
(a relative clause on a prepositional phrase after the source's own figure, an aside between
commas, ، وهي ...), figures outside what a speaker said (a relative clause's speech), relays
(نقلا عن after a speaker's clause), generic heads before a source (وفق آخر حصيلة لوزارة ...),
titles with عام, two speakers in one sentence; population figures are no claims.

Our own sentences, written for these tests (figures and names invented). The whole pipeline
runs (entities and attributions feed the sources).
"""

from __future__ import annotations

import pytest

import khabar
from khabar.model import Claim


def _claims(text: str) -> dict[str, Claim]:
    doc = khabar.analyze(text, "2024-04-01")
    for c in doc.claims:
        assert doc.text[c.quantity.start:c.quantity.end] == c.quantity.text
    return {c.quantity.text: c for c in doc.claims}


def _source(c: Claim) -> str | None:
    return c.source.text if c.source is not None else None


# 1. background the narrator adds inside a source's sentence: no source
@pytest.mark.parametrize("text,qty", [
    ("وكانت الهيئة قد أعلنت الاثنين مقتل 45 شخصا في الهجوم الذي نفذه مسلحون على قرية نائية وأسفر عن نزوح 300 عائلة.",
     "300"),
    ("وقالت الأمم المتحدة إن الصراع، الذي أودى بحياة أكثر من 15 ألف شخص منذ 2023، شرد الملايين.", "أكثر من 15 ألف"),
    ("وتقول المنظمة إن أكثر من مليوني شخص نزحوا منذ بداية النزاع، الذي اندلع في أبريل وخلف أكثر من 14 ألف قتيل.",
     "أكثر من 14 ألف"),
    ("وأعلنت الوزارة ارتفاع الحصيلة إلى 90 قتيلا، وهي الحصيلة الأعلى منذ بدء العمليات التي خلفت أكثر من 500 قتيل.",
     "أكثر من 500"),
    ("وأعلن الجيش مقتل 4 من جنوده، ويأتي ذلك بعد مقتل 20 جنديا الأسبوع الماضي.", "20"),
    ("ومنذ بدء العملية التي قالت الحكومة إنها تستهدف المهربين، قتل 45 شخصا.", "45"),
])
def test_background_figure_has_no_source(text: str, qty: str) -> None:
    assert _source(_claims(text)[qty]) is None


@pytest.mark.parametrize("text,qty,source", [
    # the source's own figure in the same sentences keeps its source
    ("وكانت الهيئة قد أعلنت الاثنين مقتل 45 شخصا في الهجوم الذي نفذه مسلحون على قرية نائية وأسفر عن نزوح 300 عائلة.",
     "45", "الهيئة"),
    ("وأعلن الجيش مقتل 4 من جنوده، ويأتي ذلك بعد مقتل 20 جنديا الأسبوع الماضي.", "4", "الجيش"),
    # negatives: a relative clause on the subject (its verb follows), or a count of "others"
    ("وقال المتحدث إن الغارة التي شنتها الطائرات أسفرت عن مقتل 17 مدنيا.", "17", "المتحدث"),
    ("وقال المسعفون إن 6 أشخاص قتلوا في الغارة التي استهدفت المنزل وأدت إلى إصابة 10 آخرين.", "10", "المسعفون"),
    # a relative clause before the figure, with بحسب after it: the phrase covers the figure
    ("وأصيب 23 شخصا في الحريق الذي اندلع في السوق وأدى إلى مقتل 3 آخرين، بحسب الدفاع المدني.", "23", "الدفاع المدني"),
    # an aside about the speaker before what it says
    ("وبحسب المرصد، الذي يعتمد على شبكة من المصادر، قتل 19 عنصرا من القوات الحكومية.", "19", "المرصد"),
])
def test_source_kept(text: str, qty: str, source: str) -> None:
    assert _source(_claims(text)[qty]) == source


# 2. two speakers, relays and generic heads
@pytest.mark.parametrize("text,qty,source", [
    ("وقال الناطق باسم الشرطة إن 40 شخصا اعتقلوا، فيما قالت منظمة حقوقية إن عدد المعتقلين تجاوز 90.", "تجاوز 90",
     "منظمة حقوقية"),
    ("وأعلن الجيش أنه قتل 30 مسلحا، بينما قال مسعفون إن 12 مدنيا قتلوا.", "30", "الجيش"),
    ("وأعلن الجيش أنه قتل 30 مسلحا، بينما قال مسعفون إن 12 مدنيا قتلوا.", "12", "مسعفون"),
    ("وقال رئيس الوزراء إن الحكومة صرفت 300 مليون دولار، نقلا عن وكالة الأنباء الرسمية.", "300 مليون", "رئيس الوزراء"),
    ("وذكرت الوكالة نقلا عن مصادر أمنية أن 11 مسلحا قتلوا.", "11", "مصادر أمنية"),
    ("وارتفعت حصيلة القتلى إلى 62، وفق آخر حصيلة لوزارة الصحة.", "62", "وزارة الصحة"),
    ("وقالت المنظمة في تقريرها السنوي إن 1200 صحفي اعتقلوا في العالم.", "1200", "المنظمة"),
    ("وكشف مدير عام هيئة الموانئ أن الإيرادات بلغت 40 مليون دولار.", "40 مليون", "مدير عام هيئة الموانئ"),
])
def test_source_of_each_figure(text: str, qty: str, source: str) -> None:
    assert _source(_claims(text)[qty]) == source


def test_statement_about_another_report_keeps_the_first_speaker() -> None:
    got = _claims("وقال الوزير إن 5 أشخاص قتلوا، وكانت الحكومة قد أعلنت في وقت سابق مقتل 3.")
    assert _source(got["5"]) == "الوزير"


# populations and participants are no counts of victims
@pytest.mark.parametrize("text,qty", [
    ("وقالت الوزارة إن 12 شخصا قتلوا في القصف الذي استهدف حيا يسكنه نحو 5000 نسمة.", "نحو 5000"),
    ("وقالت الشرطة إن 12 شخصا اعتقلوا خلال الاحتجاجات التي شارك فيها نحو 3000 شخص.", "نحو 3000"),
])
def test_population_is_no_claim(text: str, qty: str) -> None:
    got = _claims(text)
    assert qty not in got
    assert "12" in got  # the real figure stays


def test_year_after_general_is_still_a_date() -> None:
    # negative: عام before a year stays a date, not part of a source
    got = _claims("وقال الوزير عام 2020 إن 70 شخصا قتلوا.")
    assert "2020" not in got and _source(got["70"]) == "الوزير"


# the speaker named after the statement, at the end of the sentence
def test_trailing_speaker_is_the_source() -> None:
    assert _source(_claims("قتل 7 أشخاص في انفجار السوق، قال مسؤول محلي.")["7"]) == "مسؤول محلي"


def test_speaker_of_a_new_statement_is_not_the_source() -> None:
    # negative: the verb opens a statement of its own; the figure before it is the narrator's
    got = _claims("قتل 7 أشخاص في انفجار السوق، وقال مسؤول محلي إن 4 منازل دمرت.")
    assert _source(got["7"]) is None and _source(got["4"]) == "مسؤول محلي"


def test_relayed_speaker_before_qawluhu() -> None:
    assert _source(_claims("ونقلت الإذاعة عن المحافظ قوله إن 250 عائلة نزحت.")["250"]) == "المحافظ"


def test_estimates_name_no_source() -> None:
    # negative: "the estimates indicate" names no one
    assert _source(_claims("وتشير التقديرات إلى أن 50 ألف شخص نزحوا.")["50 ألف"]) is None


def test_transitive_displacement_verb() -> None:
    got = _claims("وأعلنت السلطات المحلية أن السيول غمرت 3 قرى وشردت 1500 شخص.")
    assert (got["1500"].category, _source(got["1500"])) == ("displaced", "السلطات المحلية")


# --- scales of scales, a measured noun inside a bound, active wounding verbs (written for this) ---


@pytest.mark.parametrize(("text", "value", "bound"), [
    ("وقدرت الحكومة النفقات بنحو 16 ألف مليار دينار.", 16 * 10**12, "approx"),
    ("وبلغت ميزانية العام 2 آلاف مليار دينار.", 2 * 10**12, "exact"),
    ("ورصدت الدولة ألف مليار دينار للمشاريع.", 10**12, "exact"),
    ("وخصصت الحكومة مليار و500 مليون دولار للدعم.", 1_500_000_000, "exact"),
    ("وأعلنت الحكومة عن مشاريع تزيد قيمتها على 3 مليارات دولار.", 3 * 10**9, "lower"),
    ("وقالت الوزارة إن الصفقة لا تزيد قيمتها عن مليون دولار.", 10**6, "upper"),
])
def test_money_scales_and_bounds_around_a_measured_noun(text: str, value: int, bound: str) -> None:
    (c,) = khabar.analyze(text, "2025-01-01").claims
    assert (c.value, c.bound, c.category) == (value, bound, "money")


def test_an_active_wounding_verb_counts_the_injured_but_not_things_hit() -> None:
    doc = khabar.analyze("قتلت الغارة خمسة أشخاص وأصابت 10 آخرين.", "2025-01-01")
    assert [(c.value, c.category) for c in doc.claims] == [(5, "killed"), (10, "injured")]
    assert khabar.analyze("وأصابت الصواريخ 5 مواقع عسكرية.", "2025-01-01").claims == []
