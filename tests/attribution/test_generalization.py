"""Generalization of attribution to unseen news: role nouns before a name, carry-over within a
paragraph, participles sharing a condition verb's subject, quotes after a hearer, content that
stops at the narrator's gloss, فيما clauses, نقلا عن inside a cue clause.

Our own sentences, written for these tests (names and facts invented).
"""

from __future__ import annotations

import pytest

from .helpers import analyze, summary


def _speakers(text: str, entities: list[tuple[str, str, str]] | None = None) -> list[str | None]:
    return [a.speaker.text if a.speaker else None for a in analyze(text, entities).attributions]


# 1. the speaker is the named holder after a long title, not the title
@pytest.mark.parametrize("text,entities,speaker", [
    ("وقالت الممثلة الخاصة للأمين العام في الصومال نورة البدري في إحاطة إن الوضع هش.",
     [("الصومال", "GPE", "Somalia")], "نورة البدري"),
    ("وأكدت المستشارة الخاصة للأمين العام للأمم المتحدة في اليمن ليلى حمدان أن المحادثات ستستأنف.",
     [("للأمين العام للأمم المتحدة", "PERSON", "UN Secretary-General"), ("اليمن", "GPE", "Yemen")],
     "ليلى حمدان"),
    ("وقال المبعوث الخاص للرئيس إلى منطقة الساحل يوسف الطاهر إن الاتفاق قريب.", None, "يوسف الطاهر"),
    ("وأكد رئيس الوزراء مراد الكعبي أن الرواتب ستصرف غدا.", None, "مراد الكعبي"),
])
def test_name_after_title_is_the_speaker(text: str, entities: list[tuple[str, str, str]] | None,
                                         speaker: str) -> None:
    (a,) = analyze(text, entities).attributions
    assert a.speaker is not None and a.speaker.text == speaker
    assert a.speaker.type == "person"


def test_participle_after_title_adjective_and_name() -> None:
    (a,) = analyze("وحذر رئيس الحكومة المؤقتة منير العابد من انهيار العملة، مشيرا إلى أن الاحتياطي نفد.").attributions
    assert summary(a) == ("indirect", "مشيرا", "منير العابد", "person", "الاحتياطي نفد")


def test_participle_object_is_not_a_name() -> None:
    # the object after the title (الاتهامات جملة وتفصيلا) is not read as the holder's name
    (a,) = analyze("ورفض رئيس الوزراء الاتهامات جملة وتفصيلا، مؤكدا أن حكومته لم تخالف القانون.").attributions
    assert a.speaker is not None and a.speaker.text == "رئيس الوزراء"


def test_spokesman_in_her_name_is_not_a_name() -> None:
    (a,) = analyze("وأوضح المتحدث باسمها أن التحقيق ما زال جاريا.").attributions
    assert a.speaker is not None and a.speaker.text == "المتحدث باسمها"


# 3. a participle shares the subject of a sentence-initial verb spelled like a condition word
@pytest.mark.parametrize("text,speaker", [
    ("رفض المجلس البلدي الخطة الجديدة، معتبرا أنها مكلفة للسكان.", "المجلس البلدي"),
    ("رفضت النقابة العرض، معتبرة أنه لا يلبي مطالب العمال.", "النقابة"),
    ("طلب الاتحاد تمديد المهلة، موضحا أن الأندية تحتاج وقتا إضافيا.", "الاتحاد"),
    ("والتقى الوزير سالم الدوسري وفد الصيادين، مؤكدا أن الدعم سيصل قريبا.", "سالم الدوسري"),
])
def test_participle_takes_the_opening_verbs_subject(text: str, speaker: str) -> None:
    (a,) = analyze(text).attributions
    assert a.speaker is not None and a.speaker.text == speaker


# 2. a subjectless cue goes to the nearest agreeing subject of its own paragraph
def test_carry_prefers_an_agreeing_subject_in_the_same_paragraph() -> None:
    text = ("وقال وزير النقل فادي الحلبي إن الطرق ستفتح.\n\n"
            "والتقت الوزيرة سعاد الكبيسي ممثلي النقابات في مكتبها، وناقشت معهم الأجور. "
            "وأضافت أن الحكومة ستعرض زيادة جديدة.")
    assert _speakers(text) == ["فادي الحلبي", "سعاد الكبيسي"]


def test_carry_to_a_topic_subject_in_the_same_paragraph() -> None:
    text = ("وقال المحافظ إن الوضع تحت السيطرة.\n\n"
            "أما المعارضة فقد دعت إلى اعتصام مفتوح. وأضافت في بيان أن المحافظ فقد شرعيته.")
    atts = analyze(text).attributions
    assert [a.speaker.text if a.speaker else None for a in atts] == ["المحافظ", "المعارضة"]
    assert atts[1].content.text == "المحافظ فقد شرعيته"


def test_carry_keeps_the_agreeing_speaker_of_the_same_paragraph() -> None:
    # negative: the speaker of the paragraph agrees, no narrated subject is preferred to it
    text = ("وقالت النائبة رنا الصافي إن اللجنة ستجتمع. واستقبل رئيس البرلمان الوفد. "
            "وأضافت أن التقرير سيرفع الأسبوع المقبل.")
    assert _speakers(text)[-1] == "رنا الصافي"


def test_carry_across_paragraphs_when_nothing_nearer_agrees() -> None:
    text = "وقالت الوزيرة منى الراشد إن الامتحانات ستؤجل.\n\nوأضافت أن الطلاب سيبلغون بالمواعيد."
    assert _speakers(text) == ["منى الراشد", "منى الراشد"]


# 4. وصفه/وصفته بأنه «...»
@pytest.mark.parametrize("text,cue,speaker,content", [
    ("ووصفته النقابة بأنه «قرار جائر بحق العمال».", "وصفته", "النقابة", "قرار جائر بحق العمال"),
    ("ووصف المحامي الحكم بأنه «سابقة خطيرة».", "وصف", "المحامي", "سابقة خطيرة"),
])
def test_described_as_quote(text: str, cue: str, speaker: str, content: str) -> None:
    (a,) = analyze(text).attributions
    assert (a.kind, a.cue.text, a.speaker.text if a.speaker else None, a.content.text) == (
        "direct", cue, speaker, content)


# 5. روى + hearer + quote, no colon
@pytest.mark.parametrize("text,speaker,content", [
    ("وروى الصياد لوكالة الأنباء «غرق القارب أمام أعيننا».", "الصياد", "غرق القارب أمام أعيننا"),
    ("وروت المعلمة للصحفيين «كنا نختبئ في الممر».", "المعلمة", "كنا نختبئ في الممر"),
    ("وروى أحد السكان «سمعنا الانفجار قبل الفجر».", "أحد السكان", "سمعنا الانفجار قبل الفجر"),
])
def test_witness_quote_without_colon(text: str, speaker: str, content: str) -> None:
    (a,) = analyze(text).attributions
    assert a.kind == "direct"
    assert a.speaker is not None and a.speaker.text == speaker
    assert a.content.text == content


def test_narrated_story_without_quote_is_not_speech() -> None:
    assert analyze("وروى المسلسل حكاية عائلة فقدت منزلها.").attributions == []


# 6. content stops at the narrator's gloss and at an إذ إن clause
@pytest.mark.parametrize("text,content", [
    ("وقال الوزير إن الحكومة ستلغي «القرارات التي تقيد العمل النقابي»، ومنها قرار حل النقابات.",
     "الحكومة ستلغي «القرارات التي تقيد العمل النقابي»"),
    ("وأكدت الهيئة أنها ستراجع «العقود المبرمة مع الشركات الأجنبية»، أي نحو عشرين عقدا.",
     "ستراجع «العقود المبرمة مع الشركات الأجنبية»"),
    ("وقال المهندس إن الجسر انهار بالكامل، إذ إن الأعمدة كانت متآكلة منذ سنوات.",
     "الجسر انهار بالكامل"),
])
def test_content_stops_at_gloss(text: str, content: str) -> None:
    (a,) = analyze(text).attributions
    assert a.content.text == content


def test_content_keeps_an_apposition_without_quote() -> None:
    # negative: no closing quote before the comma, the list belongs to the statement
    (a,) = analyze("وقال الوزير إن الوزارات، ومنها وزارة المالية، ستخفض نفقاتها.").attributions
    assert a.content.text == "الوزارات، ومنها وزارة المالية، ستخفض نفقاتها"


# 7. فيما: the speaker's own side goes on; a new speaker does not
def test_fima_clause_about_the_speakers_side_is_kept() -> None:
    (a,) = analyze("وقال السفير إن بلاده تدعم الحوار، فيما تعمل حكومته على إعادة فتح السفارة.").attributions
    assert a.content.text == "بلاده تدعم الحوار، فيما تعمل حكومته على إعادة فتح السفارة"


def test_fima_clause_with_our_forces_is_kept() -> None:
    (a,) = analyze("وقال القائد إن الهجوم صد، بينما تواصل قواتنا تمشيط المنطقة.").attributions
    assert a.content.text == "الهجوم صد، بينما تواصل قواتنا تمشيط المنطقة"


def test_fima_clause_with_a_new_speaker_is_cut() -> None:
    a, b = analyze("وأعلنت الشرطة أن الطريق أغلق، فيما قالت المعارضة إن الإغلاق غير قانوني.").attributions
    assert a.content.text == "الطريق أغلق"
    assert b.speaker is not None and b.speaker.text == "المعارضة"


# نقلا عن inside a cue clause: one statement, by the body quoted
def test_relay_inside_a_cue_clause() -> None:
    (a,) = analyze("وذكرت الإذاعة الرسمية نقلا عن وزارة الدفاع أن ثلاثة طيارين أنقذوا.").attributions
    assert summary(a) == ("indirect", "ذكرت", "وزارة الدفاع", "institution", "ثلاثة طيارين أنقذوا")


def test_subject_after_lakin_before_its_verb() -> None:
    a, b = analyze("وقالت البلدية إن المياه عادت، لكن سكانا قالوا إن الانقطاع مستمر.").attributions
    assert b.speaker is not None and b.speaker.text == "سكانا"
    assert b.content.text == "الانقطاع مستمر"


def test_feminine_secretary_general_title() -> None:
    text = "وقالت الأمينة العامة للنقابة سلوى الخطيب للصحفيين إن الإضراب سيستمر."
    (a,) = analyze(text, [("سلوى الخطيب", "PERSON", "Salwa al-Khatib")]).attributions
    assert a.speaker is not None and a.speaker.text == "سلوى الخطيب"
    assert a.speaker.role == "الأمينة العامة للنقابة"


def test_participle_after_title_organization_and_tagged_name() -> None:
    text = "ودان المدير العام للمنظمة الدولية كريم هلال القصف، معتبرا أنه جريمة حرب."
    (a,) = analyze(text, [("للمنظمة الدولية", "ORG", "The Organization"),
                          ("كريم هلال", "PERSON", "Karim Hilal")]).attributions
    assert a.speaker is not None and a.speaker.text == "كريم هلال"


def test_participle_keeps_the_subject_before_an_object_head() -> None:
    # negative: a head noun after the subject's title is the object (استقبل الرئيس الوزير)
    text = "واستقبل الرئيس الوزير سامي العلي في القصر، مؤكدا أن التعاون مستمر."
    (a,) = analyze(text).attributions
    assert a.speaker is not None and a.speaker.text == "الرئيس"


@pytest.mark.parametrize("text,content", [
    ("وأشارت الهيئة إلى أن النساء يشكلن ثلث العاطلين، داعية إلى برامج تشغيل عاجلة.",
     "النساء يشكلن ثلث العاطلين"),
    ("وقال النائب إن الموازنة مجحفة، مطالبا بإعادتها إلى الحكومة.", "الموازنة مجحفة"),
])
def test_content_stops_before_a_participle_of_another_act(text: str, content: str) -> None:
    assert analyze(text).attributions[0].content.text == content


def test_content_keeps_a_comparison_after_a_comma() -> None:
    # negative: مقارنة بـ is part of the figure's statement, not a new act
    (a,) = analyze("وقال البنك إن التضخم بلغ 9%، مقارنة بـ12% في العام الماضي.").attributions
    assert a.content.text == "التضخم بلغ 9%، مقارنة بـ12% في العام الماضي"


def test_participle_after_a_fima_clause_takes_its_subject() -> None:
    text = "واتهمت المعارضة الحكومة بتزوير النتائج، فيما نفى متحدث باسم الحكومة ذلك، معتبرا أن الاتهامات باطلة."
    (a,) = analyze(text).attributions
    assert a.cue.text == "معتبرا"
    assert a.speaker is not None and a.speaker.text == "متحدث باسم الحكومة"


def test_participle_after_a_fima_clause_without_subject_keeps_the_sentences() -> None:
    # negative: فيما أصيب 10 أشخاص has no speaker-like subject; the sentence's subject stays
    text = "وأعلنت الشرطة اعتقال المشتبه به، فيما أصيب عشرة أشخاص، مؤكدة أن التحقيق مستمر."
    atts = analyze(text).attributions
    assert atts[-1].speaker is not None and atts[-1].speaker.text == "الشرطة"


def test_topic_subject_before_faqad() -> None:
    (a,) = analyze("أما الاتحاد العمالي فقد أكد أن الإضراب قائم.").attributions
    assert a.speaker is not None and a.speaker.text == "الاتحاد العمالي"


def test_short_quoted_name_inside_the_subject_is_not_the_quote() -> None:
    (a,) = analyze('ونقلت صحيفة "الوطن" عن مسؤول أمني قوله إن الحدود أغلقت.').attributions
    assert a.kind == "indirect"
    assert a.speaker is not None and a.speaker.text == "مسؤول أمني"
    assert a.content.text == "الحدود أغلقت"


def test_carry_to_a_titled_subject_after_a_leading_adverbial() -> None:
    text = ("وقال رئيس الوزراء إن الإصلاحات ماضية.\n\n"
            "وفي سياق آخر، زار وزير التربية مدرسة القرية. وأكد أن الوزارة سترمم الصفوف.")
    assert _speakers(text) == ["رئيس الوزراء", "وزير التربية"]


def test_plural_cue_carries_to_a_plural_subject() -> None:
    text = ("وقال المتحدث باسم الشرطة إن الطرق مفتوحة.\n\n"
            "واعتصم مئات المزارعين أمام الوزارة. وقالوا إن الأسعار لا تغطي التكاليف.")
    assert _speakers(text) == ["المتحدث باسم الشرطة", "مئات المزارعين"]


def test_accusative_object_after_title_is_not_a_name() -> None:
    (a,) = analyze("وترأس المحافظ اجتماعا طارئا، وقال إن الإجلاء سيبدأ فورا.").attributions
    assert a.speaker is not None and a.speaker.text == "المحافظ"
