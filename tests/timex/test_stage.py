"""The timex stage on whole documents: spans, set-aside zones, DCT inference, determinism."""

from __future__ import annotations

from khabar.model import Span
from khabar.pipeline import analyze, new_document
from khabar.timex import extract, timex_stage


def test_spans_quote_the_original_with_marks_and_eastern_digits() -> None:
    text = "وصلَ الوفدُ أمسِ، وكان الهجوم في ٧ أكتوبر ٢٠٢٣ والاتفاق في ۱۵ مارس ۲۰۲۴."
    found = extract(text, "2024-04-01")
    assert [(t.text, t.value) for t in found] == [
        ("أمسِ", "2024-03-31"), ("٧ أكتوبر ٢٠٢٣", "2023-10-07"), ("۱۵ مارس ۲۰۲۴", "2024-03-15")]
    for t in found:
        assert text[t.start:t.end] == t.text


def test_tatweel_and_presentation_forms() -> None:
    text = "في عـــام 2020 وفي ﺍﻟﻌﺎﻡ 2021"
    found = extract(text, "2024-04-01")
    assert [t.value for t in found] == ["2020", "2021"]
    assert all(text[t.start:t.end] == t.text for t in found)


def test_set_aside_spans_are_skipped() -> None:
    doc = new_document("اقرأ أيضا: اجتماع الأسبوع الماضي\nقال الوزير اليوم إن الاجتماع مستمر.", "2024-04-01")
    doc.layout.chrome.append(Span.of(doc.text, 0, 32))
    timex_stage(doc)
    assert [(t.text, t.value) for t in doc.timexes] == [("اليوم", "2024-04-01")]


def test_dct_given_is_kept() -> None:
    doc = analyze("نشر في 15 مارس 2024\nوصل الوفد أمس.", "2024-04-01", stages=("timex",))
    assert doc.publication_date.value == "2024-04-01"
    assert doc.publication_date.given_as_input is True


def test_dct_inferred_from_dateline() -> None:
    doc = analyze("القاهرة - الاثنين 1 أبريل 2024\nقال الوزير اليوم إن الاجتماع عقد أمس.", stages=("layout", "timex"))
    pd = doc.publication_date
    assert (pd.value, pd.given_as_input, pd.source) == ("2024-04-01", False, "inferred:dateline")
    assert [(t.text, t.value) for t in doc.timexes if t.text in ("اليوم", "أمس")] == [
        ("اليوم", "2024-04-01"), ("أمس", "2024-03-31")]


def test_dct_inferred_from_published_cue() -> None:
    doc = analyze("عنوان الخبر\nنشر بتاريخ 15 مارس 2024\nوصل الوفد أمس إلى الدوحة.", stages=("timex",))
    assert doc.publication_date.value == "2024-03-15"
    assert doc.publication_date.source == "inferred:dateline"


def test_dct_inferred_from_weekday_and_date() -> None:
    text = ("عقد الاجتماع يوم الثلاثاء 9 يناير 2024 في عمان، وقال مسؤول إن الجولة المقبلة ستكون "
            "الأسبوع المقبل.")
    doc = analyze(text, stages=("timex",))
    assert doc.publication_date.value == "2024-01-09"
    assert doc.publication_date.source == "inferred:weekday-date"
    assert ("الأسبوع المقبل", "2024-W03") in [(t.text, t.value) for t in doc.timexes]


def test_dct_inferred_from_caption_and_today_weekday() -> None:
    from khabar.model import Caption

    text = "متظاهرون في وسط المدينة، 20 مارس، 2024. (رويترز)\nقال الوزير اليوم الخميس إن الحوار مستمر."
    doc = new_document(text)
    doc.layout.captions.append(Caption(start=0, end=49, text=text[:49], dates=["2024-03-20"]))
    timex_stage(doc)
    assert doc.publication_date.value == "2024-03-21"  # first Thursday on or after the caption
    assert doc.publication_date.source == "inferred:caption+weekday"


def test_a_sentence_with_a_date_is_not_a_dateline() -> None:
    doc = analyze("وقع الهجوم في 7 أكتوبر 2023.\nوقال الجيش اليوم إنه رد.", stages=("timex",))
    assert doc.publication_date.value is None
    assert ("اليوم", "PRESENT_REF") in [(t.text, t.value) for t in doc.timexes]


def test_no_dct_leaves_relative_values_unresolved() -> None:
    doc = analyze("قال الوزير أمس إن المحادثات ستستأنف الأسبوع المقبل.", stages=("timex",))
    assert doc.publication_date.value is None
    assert [t.value for t in doc.timexes] == ["XXXX-XX-XX", "XXXX-WXX"]


def test_anchor_field_says_what_a_value_rests_on() -> None:
    found = extract("وقع الهجوم في 3 مارس 2024، وبعد ذلك بيومين قال الجيش اليوم إنه رد.", "2024-04-01")
    by_text = {t.text: t for t in found}
    assert by_text["3 مارس 2024"].anchor is None
    assert by_text["بعد ذلك بيومين"].anchor == "2024-03-03"
    assert by_text["بعد ذلك بيومين"].value == "2024-03-05"
    assert by_text["اليوم"].anchor == "DCT"


def test_mods() -> None:
    found = extract("في مطلع الشهر الجاري وأواخر العام الماضي ومنتصف مارس ونحو شهرين", "2024-04-01")
    assert [(t.value, t.mod) for t in found] == [
        ("2024-04", "START"), ("2023", "END"), ("2024-03", "MID"), ("P2M", "APPROX")]


def test_deterministic_output() -> None:
    text = ("قال الوزير يوم الاثنين إن الاجتماع الذي عقد في 7 أكتوبر 2023 استمر ثلاثة أيام، "
            "وسيعقد اجتماع آخر الأسبوع المقبل الساعة 10:30 صباحا بتوقيت القدس.")
    a = analyze(text, "2024-04-01", stages=("timex",)).to_json()
    b = analyze(text, "2024-04-01", stages=("timex",)).to_json()
    assert a == b


def test_values_are_strings_and_types_valid() -> None:
    text = "كل يوم اثنين، منذ ستة أشهر، الساعة الثالثة فجرا، العام الماضي، حاليا"
    for t in extract(text, "2024-04-01"):
        assert isinstance(t.value, str) and t.value
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


_PIECES = ["في", "منذ", "قبل", "بعد", "ذلك", "ب", "يومين", "ستة", "أشهر", "عام", "2023", "١٤٤٥", "هـ", "رمضان", "شهر",
           "7", "أكتوبر", "/", "تشرين الأول", "الساعة", "10:30", "صباحا", "بتوقيت", "القدس", "اليوم", "الاثنين",
           "الماضي", "المقبل", "(", ")", "،", ".", "\n", "كل", "يوم", "الأسبوع", "مطلع", "نصف", "ساعة", "و", "الـ",
           "2:255", "12/25/2019", "31/2/2024", "الربع", "الأول", "من", "العام", "صيف", "الثمانينيات", "َ", "ـ"]


def test_random_fragments_never_break_the_stage() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([None, "2024-04-01", "1999-12-31"]))
    def check(pieces: list[str], dct: str | None) -> None:
        text = " ".join(pieces)
        found = extract(text, dct)
        last = -1
        for t in found:
            assert text[t.start:t.end] == t.text and t.start >= last
            assert isinstance(t.value, str) and t.value
            last = t.end

    check()


def test_key_gate_loses_no_match() -> None:
    """The Aho-Corasick key gate only skips families that cannot match."""
    from khabar.text import normalize
    from khabar.timex.grammar import find_candidates

    from .cases import CASES

    texts = [c[0] for c in CASES]
    for text in [*texts, "\n".join(texts), " ".join(texts)]:
        norm = normalize(text).text
        fast = [(c.start, c.end, c.type) for c in find_candidates(norm)]
        full = [(c.start, c.end, c.type) for c in find_candidates(norm, gate=False)]
        assert fast == full, text


def test_day_ranges_give_two_dates_with_their_own_spans() -> None:
    text = "استمرت المحادثات من 1 إلى 3 أبريل، ثم بين 10 و12 مايو 2023، وفي الفترة 20-22 يونيو."
    found = extract(text, "2024-06-10")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("1", "DATE", "2024-04-01"), ("3 أبريل", "DATE", "2024-04-03"),
        ("10", "DATE", "2023-05-10"), ("12 مايو 2023", "DATE", "2023-05-12"),
        # a past verb (استمرت): 20-22 June, ahead of a 10 June DCT, is last June
        ("20", "DATE", "2023-06-20"), ("22 يونيو", "DATE", "2023-06-22")]


def test_numbers_joined_by_and_are_not_a_range_without_a_cue() -> None:
    found = extract("قتل 10 و12 مارس", "2024-06-10")
    assert [t.text for t in found] == ["12 مارس"]


def test_ordinal_day_month_is_last_october_from_june() -> None:
    doc = analyze("قالت الوزارة إن الهجوم في السابع من أكتوبر تشرين الأول أدى إلى مقتل المئات.", "2024-06-10",
                  stages=("timex",))
    assert [(t.text, t.value) for t in doc.timexes] == [("السابع من أكتوبر تشرين الأول", "2023-10-07")]


def test_present_tense_headline_tells_a_past_event_but_body_present_is_scheduled() -> None:
    text = "الجيش يقصف مواقع في الشمال الخميس\nيعقد مجلس الأمن جلسة طارئة يوم الخميس لبحث التصعيد."
    doc = new_document(text, "2024-06-12")
    doc.layout.headline = Span.of(doc.text, 0, text.index("\n"))
    timex_stage(doc)
    assert [(t.text, t.value) for t in doc.timexes] == [("الخميس", "2024-06-06"), ("يوم الخميس", "2024-06-13")]
