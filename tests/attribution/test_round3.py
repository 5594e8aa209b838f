"""Third round of generalization for reported speech: where the content of a statement stops
(فيما/بينما/في حين + a new subject, a coordinated clause with its own source phrase), the clause
a بحسب/وفق phrase vouches for, accusations with a quoted charge (the accuser speaks, the accused
is the object), and the holder's name after a title (يدعى X، an organization genitive, names
whose words all carry ال).

Our own sentences, written for these tests (names and facts invented).
"""

from __future__ import annotations

import pytest

from .helpers import analyze, summary

Row = tuple[str, str, str | None, str | None, str]


def _all(text: str, entities: list[tuple[str, str, str]] | None = None) -> list[Row]:
    return [summary(a) for a in analyze(text, entities).attributions]


# 1. content extent: a second clause with its own subject is the writer's, not the speaker's
@pytest.mark.parametrize("text,content", [
    ("قال المدير إن المصنع سيغلق، فيما يواصل العمال اعتصامهم أمام البوابة.", "المصنع سيغلق"),
    ("صرح النائب بأن القانون سيمرر، بينما تتواصل الاحتجاجات في العاصمة منذ أسبوع.", "القانون سيمرر"),
    ("أعلن المحافظ أن الجسر سيفتح قريبا، في حين يشكو السكان من الازدحام.", "الجسر سيفتح قريبا"),
    ("أكدت المديرة أن الدروس مستمرة، فيما الطلاب يغادرون المدرسة مبكرا.", "الدروس مستمرة"),
])
def test_contrast_with_a_new_subject_ends_the_content(text: str, content: str) -> None:
    ((kind, _cue, _sp, _t, got),) = _all(text)
    assert (kind, got) == ("indirect", content)


@pytest.mark.parametrize("text,content", [
    # negative: a count after فيما (العشرات) goes on with the reported figures
    ("قالت مصادر طبية إن 15 شخصا قتلوا، فيما يرقد العشرات في المستشفيات.",
     "15 شخصا قتلوا، فيما يرقد العشرات في المستشفيات"),
    # negative: the speaker's own side after فيما is still reported
    ("قال الوزير إن الحكومة لن تتراجع، فيما تعمل قواتنا على تأمين الحدود.",
     "الحكومة لن تتراجع، فيما تعمل قواتنا على تأمين الحدود"),
    # negative: no comma before فيما يتعلق: not a clause
    ("قال الخبير إن الخطة واضحة فيما يتعلق بالطاقة.", "الخطة واضحة فيما يتعلق بالطاقة"),
])
def test_contrast_continuing_the_statement(text: str, content: str) -> None:
    ((_kind, _cue, _sp, _t, got),) = _all(text)
    assert got == content


def test_two_speech_acts_in_one_sentence() -> None:
    rows = _all("قال وزير الري إن السد سيكتمل العام المقبل، وأكد رئيس الهيئة الفنية أن التمويل متوفر.")
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("قال", "وزير الري", "السد سيكتمل العام المقبل"),
        ("أكد", "رئيس الهيئة الفنية", "التمويل متوفر"),
    ]


def test_contrast_clause_with_its_own_cue() -> None:
    rows = _all("أعلنت البلدية أن المياه ستقطع غدا، في حين قالت الشركة إن الصيانة تأجلت.")
    assert [(r[2], r[4]) for r in rows] == [("البلدية", "المياه ستقطع غدا"), ("الشركة", "الصيانة تأجلت")]


def test_coordinated_clause_with_its_own_source_ends_the_statement() -> None:
    rows = _all("وقالت الوزارة في بيان إن الوضع مستقر، وأصيب 20 شخصا في الاشتباكات بحسب مصادر طبية.")
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("قالت", "الوزارة", "الوضع مستقر"),
        ("بحسب", "مصادر طبية", "وأصيب 20 شخصا في الاشتباكات"),
    ]


# 2. بحسب / وفق: the main clause they modify, within the sentence
def test_trailing_source_takes_the_last_coordinated_clause() -> None:
    ((_k, cue, sp, _t, content),) = _all(
        "وتشهد المنطقة موجة جفاف منذ سنوات، ونفقت آلاف المواشي هذا العام، بحسب منظمة الزراعة.")
    assert (cue, sp, content) == ("بحسب", "منظمة الزراعة", "نفقت آلاف المواشي هذا العام")


def test_mid_sentence_source_is_not_the_following_subordinate_clause() -> None:
    ((_k, _cue, _sp, _t, content),) = _all(
        "أصيب ثلاثة جنود بجروح، وفق بيان للجيش، عندما انفجرت عبوة ناسفة قرب دوريتهم.")
    assert content == "أصيب ثلاثة جنود بجروح"


def test_leading_source_stops_before_a_subordinate_clause() -> None:
    ((_k, _cue, sp, _t, content),) = _all("وبحسب الأمم المتحدة، نزح أكثر من مليون شخص، عندما اشتدت المعارك.")
    assert (sp, content) == ("الأمم المتحدة", "نزح أكثر من مليون شخص")


def test_leading_source_does_not_reach_the_next_sentence() -> None:
    rows = _all("حسب مصادر محلية، اعتقلت قوات الأمن عشرين شخصا. وأفرج عن خمسة منهم لاحقا.")
    assert [(r[1], r[4]) for r in rows] == [("حسب", "اعتقلت قوات الأمن عشرين شخصا")]


def test_parenthetical_source_inside_one_clause_keeps_the_clause() -> None:
    # negative: a short clause split by the source phrase goes on after it
    ((_k, _cue, _sp, _t, content),) = _all("وناقش المجلس، بحسب بيان للرئاسة، ملف الطاقة.")
    assert content.endswith("ملف الطاقة")


def test_a_statistic_of_an_agency_is_a_source() -> None:
    ((_k, cue, sp, _t, content),) = _all("وبحسب إحصاء لوكالة الأنباء المحلية، قتل أكثر من 50 شخصا منذ بداية الشهر.")
    assert (cue, content) == ("بحسب", "قتل أكثر من 50 شخصا منذ بداية الشهر")
    assert sp is not None and "وكالة الأنباء المحلية" in sp


# 3. accusations with a quoted charge: the accuser speaks, the accused is the object
@pytest.mark.parametrize("text,cue,speaker,content", [
    ("اتهمت الحكومة المعارضة بـ«تقويض الاستقرار» في البلاد.", "اتهمت", "الحكومة",
     "المعارضة بـ«تقويض الاستقرار» في البلاد"),
    ("اتهم المتحدث باسم الجيش الحركة بارتكاب «مجزرة» في القرية.", "اتهم", "المتحدث باسم الجيش",
     "الحركة بارتكاب «مجزرة» في القرية"),
    ("واتهم الوزير أحزاب المعارضة بالسعي إلى «إشعال الفتنة».", "اتهم", "الوزير",
     "أحزاب المعارضة بالسعي إلى «إشعال الفتنة»"),
    ("نعت رئيس الحزب خصومه بـ«الخونة».", "نعت", "رئيس الحزب", "خصومه بـ«الخونة»"),
    ("حمّل الرئيس الفصائل المسلحة مسؤولية «انهيار الهدنة».", "حمّل", "الرئيس",
     "الفصائل المسلحة مسؤولية «انهيار الهدنة»"),
    ("وطالب النائب الحكومة بـ«الاستقالة الفورية».", "طالب", "النائب", "الحكومة بـ«الاستقالة الفورية»"),
])
def test_accusation_speaker_is_the_accuser(text: str, cue: str, speaker: str, content: str) -> None:
    assert _all(text) == [("indirect", cue, speaker, _all(text)[0][3], content)]


def test_accusation_with_tagged_accuser_and_accused() -> None:
    text = "واتهمت وزارة الخارجية الفلانية قوات الحرس الوطني بارتكاب «جرائم حرب»."
    ents = [("وزارة الخارجية الفلانية قوات الحرس الوطني", "ORG", "glued")]
    ((_k, _cue, sp, _t, content),) = _all(text, ents)
    assert (sp, content) == ("وزارة الخارجية الفلانية", "قوات الحرس الوطني بارتكاب «جرائم حرب»")


def test_accusation_by_a_named_person() -> None:
    text = "واتهم نجيب الساعدي حكومة الإقليم بـ«سرقة الرواتب»."
    ((_k, _cue, sp, typ, content),) = _all(text, [("نجيب الساعدي", "PERSON", "Najib")])
    assert (sp, typ, content) == ("نجيب الساعدي", "person", "حكومة الإقليم بـ«سرقة الرواتب»")


def test_coordinated_accusation_has_the_sentence_subject() -> None:
    # the one noun phrase before the charge is the accused; the accuser is the sentence subject
    rows = _all("ودان رئيس الحكومة الغارات، واتهم الجيش بـ«استهداف المدنيين عمدا».")
    assert rows[-1][1:] == ("اتهم", "رئيس الحكومة", "person", "الجيش بـ«استهداف المدنيين عمدا»")


def test_participle_accusation_shares_the_statement_speaker() -> None:
    rows = _all("وقال المتحدث إن الاتفاق انهار، متهما الحركة بـ«خرق الهدنة» مرارا.")
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("قال", "المتحدث", "الاتفاق انهار"),
        ("متهما", "المتحدث", "الحركة بـ«خرق الهدنة» مرارا"),
    ]


def test_description_object_is_not_in_the_speaker() -> None:
    ((kind, _cue, sp, _t, content),) = _all("وصفت الخارجية التركية البيان الفرنسي بأنه «تدخل سافر».")
    assert (kind, sp, content) == ("direct", "الخارجية التركية", "تدخل سافر")


@pytest.mark.parametrize("text", [
    # negative: نعت/حمل/طالب without a quoted charge are not speech here (mourned, carried, student)
    "نعت الجامعة أستاذها الراحل في حفل تأبين.",
    "حمل المتظاهرون لافتات كبيرة أمام البرلمان.",
    "طالب الجامعة فاز بالجائزة الأولى.",
    "وتحمل الحكومة مسؤولية كبيرة في إدارة الأزمة.",
])
def test_charging_verbs_without_a_quote_are_not_speech(text: str) -> None:
    assert _all(text) == []


# 4. the holder's name, not the title, speaks
@pytest.mark.parametrize("text,speaker", [
    ("وأفاد مسؤول محلي يدعى جمعة الوراق بأن الفيضان دمر المنازل.", "جمعة الوراق"),
    ("وقال مسؤول محلي يدعى جمعة الوراق لوكالة الأنباء إن الفيضان دمر المنازل.", "جمعة الوراق"),
    ("وقالت ناشطة تدعى ليلى حمدان إن الاعتقالات مستمرة.", "ليلى حمدان"),
    ("وقال أحد التجار، ويدعى آدم الطيب، إن الأسعار ارتفعت.", "آدم الطيب"),
    ("وقال الناطق باسم الجيش العميد نبيل عبد الله إن القوات تقدمت.", "نبيل عبد الله"),
    ("وقال مدير مستشفى الرحمة في المدينة الطبيب أنور سليم إن المستشفى امتلأ.", "أنور سليم"),
    ("وقال رئيس البعثة يان كوبيتش إن المراقبين سيصلون غدا.", "يان كوبيتش"),
])
def test_the_name_next_to_the_title_speaks(text: str, speaker: str) -> None:
    ((_k, _cue, sp, typ, _content),) = _all(text)
    assert (sp, typ) == (speaker, "person")


def test_named_as_is_not_a_cue() -> None:
    rows = _all("وأفاد شاهد عيان يدعى سالم بأن الانفجار كان قويا.")
    assert [(r[1], r[2]) for r in rows] == [("أفاد", "سالم")]


def test_claims_after_a_relative_is_still_a_cue() -> None:
    # negative: يدعي after الذي is "claims", not "named"
    rows = _all("وكان الرجل الذي يدعي أنه شاهد الحادث قد غادر المكان.")
    assert [r[1] for r in rows] == ["يدعي"]


def test_all_article_name_after_an_organization() -> None:
    text = "وقال الأمين العام لحزب الأمة القومي الواثق البرير إن الحزب يرفض الاتفاق."
    ((_k, _cue, sp, _t, _c),) = _all(text, [("حزب الأمة القومي", "ORG", "National Umma Party")])
    assert sp == "الواثق البرير"


def test_all_article_name_after_a_place() -> None:
    text = "وقال مراسل القناة في الخرطوم الطاهر المرضي إن المعارك اشتدت."
    ((_k, _cue, sp, _t, _c),) = _all(text, [("الخرطوم", "GPE", "Khartoum")])
    assert sp == "الطاهر المرضي"


def test_no_all_article_name_for_adjectives() -> None:
    # negative: feminine and nisba adjectives after the organization are not a name
    ((_k, _cue, sp, _t, _c),) = _all("وقال رئيس الحكومة الليبية المؤقتة الجديدة إن الانتخابات ستجرى.")
    assert sp is not None and sp.startswith("رئيس الحكومة")


def test_name_after_the_last_title_when_an_organization_is_tagged_person() -> None:
    text = "وقالت مديرة مدرسة النور المعلمة هدى الصافي إن الدوام سيستأنف الأحد."
    ((_k, _cue, sp, typ, _c),) = _all(text, [("مدرسة النور", "PERSON", "mistagged")])
    assert (sp, typ) == ("هدى الصافي", "person")


def test_ali_with_an_article_family_name() -> None:
    text = "وقال محافظ البنك المركزي علي العلاق إن الدينار مستقر."
    ((_k, _cue, sp, _t, _c),) = _all(text, [("البنك المركزي", "ORG", "Central Bank")])
    assert sp == "علي العلاق"


def test_preposition_ala_is_not_a_name() -> None:
    # negative: على + a definite noun, then a comma, is the preposition
    rows = _all("وشدد الوزير على الحوار، وقال إن الأبواب مفتوحة.")
    assert [(r[1], r[2]) for r in rows] == [("قال", "الوزير")]


def test_coordinated_cue_without_a_comma_ends_the_content() -> None:
    rows = _all("قال الوزير إن المفاوضات مستمرة وأكد رئيس الوفد أن الاتفاق قريب.")
    assert [(r[2], r[4]) for r in rows] == [("الوزير", "المفاوضات مستمرة"), ("رئيس الوفد", "الاتفاق قريب")]


def test_coordinated_non_cue_verb_stays_in_the_content() -> None:
    # negative: و + a verb that reports nothing continues the statement
    ((_k, _cue, _sp, _t, content),) = _all("قال الضابط إن المسلحين هاجموا القرية وأحرقوا المنازل.")
    assert content == "المسلحين هاجموا القرية وأحرقوا المنازل"


@pytest.mark.parametrize("text", [
    "واتهم الوزير، في مؤتمر صحفي، المعارضة بـ«تقويض الاستقرار».",
    "واتهم الوزير في بيانه المعارضة بـ«تقويض الاستقرار».",
])
def test_adjunct_before_the_accused_is_not_content(text: str) -> None:
    ((_k, _cue, sp, _t, content),) = _all(text)
    assert (sp, content) == ("الوزير", "المعارضة بـ«تقويض الاستقرار»")


def test_article_first_name_after_an_organization() -> None:
    text = "وقال المتحدث باسم قوات الحماية المدنية الفاتح سليمان إن فرقه وصلت."
    ((_k, _cue, sp, _t, _c),) = _all(text, [("قوات الحماية المدنية", "ORG", "Civil Protection")])
    assert sp == "الفاتح سليمان"


# --- according-to phrases kept apart from reported speech (written for this) ---


def test_according_to_phrases_are_kept_apart_from_reported_speech() -> None:
    from .helpers import extracted_apart

    text = ("وقال محافظ المدينة إن المياه عادت إلى الأحياء الشرقية. "
            "وبحسب مصادر طبية، أصيب ثلاثة أشخاص في الحادث. "
            "ووفق ما أفادت وكالة الأنباء الرسمية، فإن الطريق أعيد فتحه.")
    doc = extracted_apart(text)
    # a reporting verb (قال، وفق ما أفادت) makes reported speech ...
    assert [a.cue.text for a in doc.attributions] == ["قال", "وفق ما أفادت"]
    # ... a bare according-to phrase credits a source without reporting anyone speaking
    (src,) = doc.according_to
    assert src.cue.text == "بحسب" and src.speaker is not None and src.speaker.text == "مصادر طبية"
    assert src.content.text.startswith("أصيب ثلاثة أشخاص")


def test_a_claim_still_takes_its_source_from_an_according_to_phrase() -> None:
    import khabar

    doc = khabar.analyze("وبحسب وزارة الصحة، قتل 12 شخصا في القصف.", "2025-01-01")
    assert doc.attributions == [] and len(doc.according_to) == 1
    (c,) = doc.claims
    assert c.source is not None and c.source.text == "وزارة الصحة"


def test_a_pronoun_gloss_after_a_comma_is_the_writers() -> None:
    (a,) = analyze("وأكد الوزير أن القانون سيرفع الأجور، وهي زيادة تطالب بها النقابات منذ سنوات.").attributions
    assert a.content.text == "القانون سيرفع الأجور"
    # a preposition or a verb after the pronoun: the speaker goes on
    (b,) = analyze("وقال المحافظ إن المدينة محاصرة، وهي بحاجة إلى مساعدات عاجلة.").attributions
    assert b.content.text == "المدينة محاصرة، وهي بحاجة إلى مساعدات عاجلة"
    (c,) = analyze("وقال الطبيب إن الطفل مريض، وهو يعاني من الجوع.").attributions
    assert c.content.text == "الطفل مريض، وهو يعاني من الجوع"


def test_a_name_in_apposition_after_one_of_a_group_is_the_speaker() -> None:
    text = "وقال أحد منظمي الاحتجاجات سامر الكعبي إن المحتجين لن يتراجعوا."
    (a,) = analyze(text, [("سامر الكعبي", "PERSON", "Samer al-Kaabi")]).attributions
    assert a.speaker is not None and (a.speaker.text, a.speaker.type) == ("سامر الكعبي", "person")
    # a name right after the counted noun is its genitive: whose aide, not who spoke
    (b,) = analyze("وقال أحد مساعدي بايدن إن الرئيس سيترشح.", [("بايدن", "PERSON", "Joe Biden")]).attributions
    assert b.speaker is not None and b.speaker.type == "anonymous"
