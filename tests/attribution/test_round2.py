"""Second round of generalization for reported speech: a titled hearer after the speaker
(لرئيس البرلمان، لنظيرها), a family name with ال before a one-word object, a profession before
a name, quoted organization names as subjects, relative clauses that end at a comma, the
writer's background clauses (، ويأتي ذلك، ، وكانت X قد أعلنت) and بيان صادر عن X.

Our own sentences, written for these tests (names and facts invented).
"""

from __future__ import annotations

import pytest

from .helpers import analyze, summary


def _one(text: str, entities: list[tuple[str, str, str]] | None = None) -> tuple[str, str, str | None, str | None, str]:
    (a,) = analyze(text, entities).attributions
    return summary(a)


# 3. a hearer that is a title (لـ + title) ends the speaker phrase
@pytest.mark.parametrize("text,speaker", [
    ("وقال وزير المالية لرئيس البرلمان إن الميزانية ستقدم الأسبوع المقبل.", "وزير المالية"),
    ("وقالت رئيسة البعثة لوزير الخارجية إن الوضع خطير.", "رئيسة البعثة"),
    ("وأكد قائد الشرطة لمحافظ المدينة أن الطرق ستفتح صباحا.", "قائد الشرطة"),
    ("وأكدت وزيرة الخارجية لنظيرها الفرنسي أن بلادها ترفض التصعيد.", "وزيرة الخارجية"),
])
def test_titled_hearer_is_not_in_the_speaker(text: str, speaker: str) -> None:
    kind, _cue, sp, _type, _content = _one(text)
    assert (kind, sp) == ("indirect", speaker)


def test_titled_hearer_with_a_name_is_not_the_speaker() -> None:
    # negative: the name after the hearer's title is the hearer's, not the speaker's
    _k, _c, sp, _t, _content = _one("وقال وزير الداخلية لرئيس الحكومة نبيل فارس إن الأمن مستتب.")
    assert sp == "وزير الداخلية"


@pytest.mark.parametrize("text,speaker", [
    # negative: a relational title owns its لـ + title (adviser to, representative of)
    ("وقال المستشار الإعلامي لرئيس الوزراء إن الزيارة ناجحة.", "المستشار الإعلامي لرئيس الوزراء"),
    ("وقال الممثل الخاص لرئيس الجمهورية إن المفاوضات مستمرة.", "الممثل الخاص لرئيس الجمهورية"),
    # negative: an office's genitive (بيان صادر عن المكتب ... لرئيس الوزراء)
    ("وقال بيان صادر عن المكتب الإعلامي لرئيس الوزراء إن المجلس ناقش ملف الكهرباء.",
     "بيان صادر عن المكتب الإعلامي لرئيس الوزراء"),
])
def test_relational_title_keeps_its_genitive(text: str, speaker: str) -> None:
    assert _one(text)[2] == speaker


# 4. a family name with ال before a one-word object, no entity found
@pytest.mark.parametrize("text,speaker,role", [
    ("دان الوزير كريم الحسن القرار، معتبرا أنه غير قانوني.", "كريم الحسن", "الوزير"),
    ("رفض النائب وليد الجابر المقترح، مؤكدا أنه مخالف للدستور.", "وليد الجابر", "النائب"),
    ("انتقدت الناشطة سلمى العمر الحكومة، قائلة إنها فشلت.", "سلمى العمر", "الناشطة"),
])
def test_family_name_before_an_object(text: str, speaker: str, role: str) -> None:
    (a,) = analyze(text).attributions
    assert a.speaker is not None and (a.speaker.text, a.speaker.role) == (speaker, role)


def test_first_name_entity_takes_its_family_name() -> None:
    text = "انتقدت الناشطة سلمى العمر الحكومة، قائلة إنها فشلت."
    (a,) = analyze(text, [("سلمى", "PERSON", "Salma")]).attributions
    assert a.speaker is not None and a.speaker.text == "سلمى العمر"


@pytest.mark.parametrize("text,speaker", [
    # negatives: no name before the object, or the definite word after it is an adjective
    ("انتقد الوزير القرار الأخير، مؤكدا أنه خاطئ.", "الوزير"),
    ("رفض الوزير الاتهامات جملة وتفصيلا، مؤكدا أنها كاذبة.", "الوزير"),
    ("استقبل الرئيس سعيد الوفد الأمريكي، مؤكدا أن العلاقات متينة.", "الرئيس"),  # not سعيد الوفد
])
def test_no_family_name_without_the_shape(text: str, speaker: str) -> None:
    (a,) = analyze(text).attributions
    assert a.speaker is not None and a.speaker.text == speaker


def test_profession_before_a_name() -> None:
    assert _one("وصف المحلل ماهر السعدون الاتفاق بأنه تاريخي.")[2] == "ماهر السعدون"


# precision on real-text shapes: quoted organization names as subjects
@pytest.mark.parametrize("text,speaker,content", [
    ('قالت "منظمة الرقابة المدنية"، في تقرير نشرته اليوم، إن السلطات اعتقلت ناشطين.',
     "منظمة الرقابة المدنية", "السلطات اعتقلت ناشطين"),
    ("أعلنت «أطباء بلا حدود» أن المستشفى توقف عن العمل.", "أطباء بلا حدود", "المستشفى توقف عن العمل"),
])
def test_quoted_name_is_the_subject(text: str, speaker: str, content: str) -> None:
    kind, _cue, sp, typ, c = _one(text)
    assert (kind, sp, typ, c) == ("indirect", speaker, "institution", content)


def test_quote_after_the_speaker_is_still_speech() -> None:
    # negative: a real quote after the speaker stays direct speech
    got = [summary(a) for a in analyze("قال المتحدث «لن نتراجع أبدا»، مضيفا أن الحكومة ستصمد.").attributions]
    assert got[0][0] == "direct" and got[0][4] == "لن نتراجع أبدا"


# content extent: a relative clause's speech, the writer's background
def test_relative_clause_speech_ends_at_the_comma() -> None:
    kind, _cue, sp, _t, content = _one("ومنذ بدء الحملة التي قالت الحكومة إنها تستهدف المهربين، اعتقل 45 شخصا.")
    assert (sp, content) == ("الحكومة", "تستهدف المهربين")


@pytest.mark.parametrize("text,content", [
    ("وأعلنت الشرطة اعتقال 9 أشخاص، ويأتي ذلك بعد اعتقال 20 الأسبوع الماضي.", "اعتقال 9 أشخاص"),
    ("وقال المحافظ إن 5 منازل انهارت، وكانت البلدية قد حذرت من ذلك مرارا.", "5 منازل انهارت"),
])
def test_writer_background_ends_the_content(text: str, content: str) -> None:
    first = analyze(text).attributions[0]
    assert first.content.text == content


def test_continuation_after_comma_stays() -> None:
    # negative: a coordinated clause of the same statement is still reported
    kind, _cue, _sp, _t, content = _one("وقال المحافظ إن 5 منازل انهارت، وإن السكان نقلوا إلى مدرسة.")
    assert content == "5 منازل انهارت، وإن السكان نقلوا إلى مدرسة"


def test_according_to_a_statement_issued_by() -> None:
    (a,) = analyze("وقتل خمسة أشخاص، بحسب بيان صادر عن وزارة الداخلية.").attributions
    assert a.speaker is not None and a.speaker.text == "بيان صادر عن وزارة الداخلية"
