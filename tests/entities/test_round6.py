"""Round 6: family names that are common adjectives, past verbs as left cues, governorates.

Every sentence is written for these tests (invented people; real governorates and towns).
"""

from __future__ import annotations

import pytest

from khabar.entities.lexicon import lexicon

from .entity_helpers import ents


def persons(text: str) -> list[str]:
    return [e.text for e in ents(text) if e.label == "PERSON"]


def places(text: str) -> list[str]:
    return [e.text for e in ents(text) if e.label in ("GPE", "LOC")]


# --- family names that are also common adjectives or nouns ---------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("قال أنس الطويل إن المفاوضات لم تنته بعد.", "أنس الطويل"),
    ("وأوضح عماد الشريف أن المستشفى يعمل بنصف طاقته.", "عماد الشريف"),
    ("وقالت هالة الصغير إن المدارس أغلقت أبوابها.", "هالة الصغير"),
    ("وقال محمد الأمين إن الحكومة ستعلن خطتها قريبا.", "محمد الأمين"),
    ("وقال الدكتور كريم الطيب إن الفحوص سليمة.", "كريم الطيب"),
    ("وصرح سامر الجديدي بأن الاتفاق صامد.", "سامر الجديدي"),
    ("ونقلت الوكالة عن مراد الكبيسي قوله إن الوضع هادئ.", "مراد الكبيسي"),
    ("التقى الوزير بالمهندس طارق الحكيم في مكتبه.", "طارق الحكيم"),
])
def test_adjective_family_name_after_a_first_name(text: str, name: str) -> None:
    assert name in persons(text)


def test_the_family_name_is_found_again_alone() -> None:
    found = persons("وقال عماد الشريف إن الاجتماع انتهى، وأضاف الشريف أن الحل قريب.")
    assert found == ["عماد الشريف", "الشريف"]


@pytest.mark.parametrize("text", [
    "التقى الوزير بالرجل الطويل في المكتب.",
    "كان رجلا كريم الأخلاق طوال حياته.",
    "وصل الوفد الكبير إلى العاصمة صباحا.",
    "اشترت العائلة البيت الصغير قرب النهر.",
    "وقال الأمين العام للجامعة إن الاجتماع مهم.",
])
def test_common_adjectives_after_common_nouns_are_no_names(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقال محمد اليوم إن الاجتماع انتهى.", "محمد"),
    ("وقال أحمد الأسبوع الماضي إن الخطة جاهزة.", "أحمد"),
])
def test_time_words_do_not_extend_a_name(text: str, name: str) -> None:
    assert persons(text) == [name]


# --- past verbs of narration as left cues --------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("وندد ياسر الشريف بالقرار الأخير.", "ياسر الشريف"),
    ("واعتبر وائل حمدان أن القرار خاطئ.", "وائل حمدان"),
    ("وحذر رائد صلاح من التصعيد في المنطقة.", "رائد صلاح"),
    ("وانتقد نبيل العلي أداء الحكومة.", "نبيل العلي"),
])
def test_a_name_after_a_past_verb(text: str, name: str) -> None:
    assert name in persons(text)


def test_past_verb_list_comes_from_the_project_data() -> None:
    from khabar.entities import patterns as P
    from khabar.text import normalize_word

    assert {normalize_word(w) for w in ("اعتبر", "حذر", "انتقد", "اعتبرت")} <= P.PAST_VERBS


# --- governorates and towns named like common words ----------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("وقعت اشتباكات عنيفة في مأرب أمس بين القوات والمسلحين.", "مأرب"),
    ("وصلت قافلة المساعدات إلى حضرموت صباح الثلاثاء.", "حضرموت"),
    ("اعتقلت القوات الإسرائيلية شابين من البيرة فجر اليوم.", "البيرة"),
    ("عاد النازحون إلى الرقة بعد انتهاء المعارك.", "الرقة"),
    ("افتتح الوزير مصنعا جديدا في الزرقاء.", "الزرقاء"),
    ("شهدت شبوة احتجاجات واسعة أمس.", "شبوة"),
    ("نقل الجرحى إلى مستشفى في الفلوجة.", "الفلوجة"),
    ("قصفت الطائرات مواقع في النبطية جنوب لبنان.", "النبطية"),
])
def test_governorates_and_towns(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "ارتدى اللاعب القميص ذا الألوان الزرقاء في المباراة.",
    "تجاوز الفريق العقبة الأخيرة قبل النهائي.",
    "صعد المتسلقون الظاهرة الصخرية بصعوبة.",
])
def test_common_words_need_a_place_context(text: str) -> None:
    assert places(text) == []


def test_governorate_entries_are_generated_with_their_source() -> None:
    entries = lexicon().entries
    for key in ("مارب", "حضرموت", "شبوه"):
        assert entries[key][0].label == "GPE"
        assert entries[key][0].source == "arwikicats-governorates"
    assert entries["العقبه"][0].context  # العقبة "the obstacle": only in a place context


# --- speaker labels ------------------------------------------------------------------------


def test_a_given_name_before_a_colon_at_a_line_start_is_a_speaker() -> None:
    text = "سامي: متى يصل القطار؟\nنادية: بعد ساعة.\nينظر سامي إلى الساعة بقلق."
    found = [(e.text, e.start) for e in ents(text) if e.label == "PERSON"]
    assert ("سامي", 0) in found and ("نادية", text.index("نادية")) in found
    assert ("سامي", text.rindex("سامي")) in found  # named again in the line below


@pytest.mark.parametrize("text", [
    "المصدر: وكالة الأنباء الرسمية.",
    "قال الوزير في بيانه: سامي: لا أعرف.",
    "ملاحظة: الأسعار تشمل الضريبة.",
])
def test_no_speaker_label_without_a_name_at_the_line_start(text: str) -> None:
    assert [e.text for e in ents(text) if e.label == "PERSON" and e.text == "سامي"] == []
