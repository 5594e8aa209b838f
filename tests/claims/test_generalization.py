"""Generalization of numeric claims to unseen news: shares of a count of attacks, subset
figures with a bound after them, duals closing a subset list, sums in a clause about a loan,
documenting verbs as sources, hearers and anonymity conditions kept out of the source.

Our own sentences, written for these tests (figures and names invented).
"""

from __future__ import annotations

import pytest
from claims_helpers import claims_of

from khabar.claims import claims_stage
from khabar.model import Claim, Entity
from khabar.pipeline import new_document


def _by_text(text: str) -> dict[str, Claim]:
    return {c.quantity.text: c for c in claims_of(text)}


def _with_entities(text: str, entities: list[tuple[str, str]]) -> list[Claim]:
    """The claims of ``text`` with the given (surface, label) entities marked."""
    doc = new_document(text, "2024-04-01")
    for surface, label in entities:
        s = text.index(surface)
        doc.entities.append(Entity(start=s, end=s + len(surface), text=surface, label=label,  # type: ignore[arg-type]
                                   canonical=surface, entity_id=surface))
    claims_stage(doc)
    return doc.claims


# 8. a share of a count of attacks (منها) keeps the count's category
@pytest.mark.parametrize("text,qty,value,category,bound", [
    ("ونفذت الطائرات 90 غارة خلال الأسبوع، نحو 30 منها على الأحياء السكنية.", "نحو 30", 30, "strikes", "approx"),
    ("وأطلقت الفصائل 200 صاروخ، 50 منها على الأقل سقطت في البحر.", "50", 50, "rockets", "lower"),
    ("وشن المستوطنون أكثر من 400 هجمة منذ الصيف، 70 منها استهدفت مزارعين.", "70", 70, "strikes", "exact"),
])
def test_share_of_a_count_of_things(text: str, qty: str, value: float, category: str, bound: str) -> None:
    c = _by_text(text)[qty]
    assert (c.value, c.category, c.bound) == (value, category, bound)


@pytest.mark.parametrize("text,absent", [
    ("وزار الوفد 12 مدينة، ثلاث منها في الشمال.", "ثلاث"),
    ("وأنفقت الوزارة 40 مليون دولار، 10 منها على الرواتب.", "10"),
])
def test_share_of_what_is_not_counted_is_no_claim(text: str, absent: str) -> None:
    assert all(c.category not in ("strikes", "rockets") for c in claims_of(text) if c.quantity.text == absent)


# 9-11. subset figures, duals and number words with منهم
def test_subset_before_the_verb() -> None:
    got = _by_text("وقالت الوزارة إن 210 مدنيين، بينهم 40 امرأة، قتلوا في القصف.")
    assert (got["210"].category, got["40"].category) == ("killed", "killed")


def test_dual_counts_two() -> None:
    (c,) = claims_of("وقتل شرطيان في انفجار عبوة ناسفة.")
    assert (c.quantity.text, c.value, c.category) == ("شرطيان", 2, "killed")


def test_dual_closing_a_subset_list() -> None:
    got = _by_text("وأصيب 14 شخصا، بينهم رجل وطفلتان، في حادث السير.")
    assert got["طفلتان"].value == 2 and got["طفلتان"].category == "injured"


def test_number_word_with_minhum() -> None:
    got = _by_text("واعتقلت الشرطة 60 متظاهرا، نحو عشرة منهم من الطلاب.")
    assert (got["نحو عشرة"].value, got["نحو عشرة"].bound, got["نحو عشرة"].category) == (10, "approx", "arrested")


# 15. على الأقل after a subset figure is its bound, not a hedge
@pytest.mark.parametrize("text,qty", [
    ("وقتل 22 شخصا، بينهم تسعة أطفال على الأقل، في الغارة.", "تسعة"),
    ("وأصيب 40 متظاهرا بجروح، ثمانية منهم على الأقل في حالة خطرة.", "ثمانية"),
])
def test_bound_after_a_subset_figure(text: str, qty: str) -> None:
    c = _by_text(text)[qty]
    assert c.bound == "lower"
    assert c.hedges == []


def test_bound_not_hedge_before_figure() -> None:
    (c,) = claims_of("وقتل على الأقل 7 أشخاص في قصف مدفعي.")
    assert c.bound == "lower" and c.hedges == []


# 12-13. sums and percentages
def test_loan_with_adjective_takes_the_last_currency() -> None:
    got = _by_text("وتبلغ ميزانية الدولة نحو 90 مليار جنيه. وطلبت الحكومة قرضا بـ7 مليارات إضافية.")
    assert got["7 مليارات"].category == "money"
    assert got["7 مليارات"].unit == got["نحو 90 مليار"].unit


def test_up_to_percent_is_upper() -> None:
    (c,) = claims_of("وتوقع البنك تضخما بنسبة قد تصل إلى 35 بالمئة.")
    assert (c.value, c.bound, c.category) == (35, "upper", "percent")


# 14. sources: documenting verbs, hearers, anonymity conditions
@pytest.mark.parametrize("text,qty,source", [
    ("ووثق المركز الحقوقي مقتل 340 شخصا منذ مطلع العام.", "340", "المركز الحقوقي"),
    ("وأحصى الاتحاد 95 اعتداء على الصحفيين خلال العام.", "95", "الاتحاد"),
    ("وقال رئيس البلدية لقناة محلية إن 15 شخصا قتلوا في القصف.", "15", "رئيس البلدية"),
    ("وأكد مدير المستشفى لصحيفة الأيام أن 30 جريحا وصلوا ليلا.", "30", "مدير المستشفى"),
    ("وقال ضابط رفض كشف هويته إن ستة جنود قتلوا في الكمين.", "ستة", "ضابط"),
    ("وقالت ممرضة طلبت عدم ذكر اسمها إن 12 طفلا أصيبوا.", "12", "ممرضة"),
])
def test_source(text: str, qty: str, source: str) -> None:
    c = _by_text(text)[qty]
    assert c.source is not None and c.source.text == source


def test_hearer_entity_is_not_the_source() -> None:
    text = "وقال مسؤول محلي لرويترز إن 25 شخصا اعتقلوا."
    (c,) = _with_entities(text, [("رويترز", "ORG")])
    assert c.source is not None and c.source.text == "مسؤول محلي"


def test_recording_verb_needs_a_named_agent() -> None:
    (c,) = _with_entities("وسجلت منظمة الهجرة الدولية 4000 نازح في المخيمات.", [("منظمة الهجرة الدولية", "ORG")])
    assert c.source is not None and c.source.text == "منظمة الهجرة الدولية"
    # negative: a currency or an index that "recorded" a change is no source
    (p,) = claims_of("وسجلت العملة المحلية تراجعا بنسبة 12%.")
    assert p.source is None


# 12. billion-scale sums with no currency in a clause of giving, allocating or estimating
@pytest.mark.parametrize("text,qty", [
    ("وخصصت الوزارة 450 مليارا لبناء السدود.", "450 مليارا"),
    ("وتعهد المانحون بتقديم 6 مليارات لإعادة الإعمار.", "6 مليارات"),
    ("وقدرت الهيئة خسائر الفيضانات بـ1.5 مليار.", "1.5 مليار"),
])
def test_sum_with_currency_implied(text: str, qty: str) -> None:
    assert _by_text(text)[qty].category == "money"


def test_billion_count_is_not_money() -> None:
    # negative: a count equated with عدد is not a sum of money
    assert all(c.category != "money" for c in claims_of("وقدر التقرير عدد المستخدمين بـ2 مليار."))


def test_present_documenting_verb_and_object_after_a_named_source() -> None:
    (c,) = claims_of("وتوثق الرابطة الحقوقية مقتل 75 مدنيا منذ الصيف.")
    assert c.source is not None and c.source.text == "الرابطة الحقوقية"
    (m,) = _with_entities("وقدرت الأمم المتحدة الاحتياجات الإنسانية بـ3.1 مليار.", [("الأمم المتحدة", "ORG")])
    assert m.source is not None and m.source.text == "الأمم المتحدة"


def test_official_toll_is_a_source_estimate_is_a_hedge() -> None:
    (c,) = claims_of("وقتل 14 شخصا في الفيضانات، وفق حصيلة رسمية.")
    assert c.source is not None and c.source.text == "حصيلة رسمية"
    # negative: preliminary estimates name no one; they qualify the figure
    (h,) = claims_of("ونزح نحو 3 آلاف شخص، بحسب تقديرات أولية.")
    assert h.source is None and [x.text for x in h.hedges] == ["تقديرات أولية"]


def test_topic_subject_before_faqad_is_the_source() -> None:
    (c,) = claims_of("أما البنك المركزي فقد أعلن أن التضخم بلغ 28 في المئة.")
    assert c.source is not None and c.source.text == "البنك المركزي"
