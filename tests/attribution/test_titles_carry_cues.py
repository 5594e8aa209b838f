"""Round-3 rules: long titles before a name, carry-over by agreement across paragraphs, more
quote introducers (وصف بأنه، روى كيف، جاء في البيان), content boundaries at فيما/بينما and
after a closing quote, and noun-phrase objects of أعلن/أكد/نفى. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import analyze, summary

D, IND = "direct", "indirect"
P, INS, ANON, OFF = "person", "institution", "anonymous", "unnamed_officials"

# --- a long title, then the name: the name is the speaker, the title its role --------------
TITLES = [
    ("وقال المدير الإقليمي لمنظمة الإغاثة الدولية في غرب أفريقيا سليم الحداد إن المخازن فارغة.",
     "سليم الحداد", "المدير الإقليمي لمنظمة الإغاثة الدولية في غرب أفريقيا"),
    ("وأكد ولي العهد الأمير خالد بن سعود أن المملكة تدعم الحوار.",
     "خالد بن سعود", "ولي العهد الأمير"),
    ("وقال المتحدث باسم الخارجية المغربية يوسف العلمي إن الرباط ترحب بالقرار.",
     "يوسف العلمي", "المتحدث باسم الخارجية المغربية"),
    ("وقالت المديرة التنفيذية لصندوق التنمية الزراعية ليلى منصور إن المحصول تراجع.",
     "ليلى منصور", "المديرة التنفيذية لصندوق التنمية الزراعية"),
    ("وقال الأمين العام لاتحاد المصارف العربية وسام أبو الفتوح إن الودائع مستقرة.",
     "وسام أبو الفتوح", "الأمين العام لاتحاد المصارف العربية"),
    ("وقال رئيس هيئة الأركان العامة للقوات المسلحة اللواء عادل الشمري إن الحدود آمنة.",
     "عادل الشمري", "رئيس هيئة الأركان العامة للقوات المسلحة اللواء"),
    ("وقال نائب رئيس الوزراء وزير الاقتصاد الوطني فهد الزامل إن العجز سينخفض.",
     "فهد الزامل", "نائب رئيس الوزراء وزير الاقتصاد الوطني"),
    ("وقال مدير عام المستشفى الجامعي في مدينة حلب الدكتور نبيل السيد إن الأدوية نفدت.",
     "نبيل السيد", "مدير عام المستشفى الجامعي في مدينة حلب الدكتور"),
    ("وقال وزير الخارجية الأسبق عمرو شعبان السعدني إن الأزمة ستطول.",
     "عمرو شعبان السعدني", "وزير الخارجية الأسبق"),
]


@pytest.mark.parametrize(("text", "name", "role"), TITLES, ids=[f"title-{i}" for i in range(len(TITLES))])
def test_long_title_then_name(text: str, name: str, role: str) -> None:
    # the name marked as the entity stage marks it (a place before a name is ambiguous without it)
    (a,) = analyze(text, [(name, "PERSON", name)]).attributions
    assert a.speaker is not None
    assert (a.speaker.text, a.speaker.type, a.speaker.role) == (name, P, role)


@pytest.mark.parametrize(("text", "name", "role"), TITLES[1:], ids=[f"title-rules-{i}" for i in range(1, len(TITLES))])
def test_long_title_then_name_without_entities(text: str, name: str, role: str) -> None:
    (a,) = analyze(text).attributions
    assert a.speaker is not None
    assert (a.speaker.text, a.speaker.type, a.speaker.role) == (name, P, role)


def test_title_with_organization_entity_after_lam() -> None:
    text = "وقال المفوض العام لوكالة الإغاثة والتشغيل الدولية (الوكالة) مارك فيشر إن التمويل توقف."
    (a,) = analyze(text, [("وكالة الإغاثة والتشغيل الدولية", "ORG", "Relief Agency"),
                          ("مارك فيشر", "PERSON", "Mark Fischer")]).attributions
    assert a.speaker is not None and (a.speaker.text, a.speaker.canonical) == ("مارك فيشر", "Mark Fischer")
    assert a.speaker.role == "المفوض العام لوكالة الإغاثة والتشغيل الدولية (الوكالة)"


def test_title_tagged_person_and_name_prefers_name() -> None:
    text = "وقال نائب رئيس الوزراء وزير الخارجية الأردني كمال الرفاعي إن عمان ترفض التهجير."
    (a,) = analyze(text, [("وزير الخارجية الأردني", "PERSON", "Kamal Rifai"),
                          ("كمال الرفاعي", "PERSON", "Kamal Rifai")]).attributions
    assert a.speaker is not None and a.speaker.text == "كمال الرفاعي"
    assert a.speaker.role == "نائب رئيس الوزراء وزير الخارجية الأردني"


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية في مؤتمر صحفي مع نظيره سامي العلي إن العلاقات ممتازة.",
    "وقال رئيس الوزراء خلال لقائه وفدا من رجال الأعمال إن الاستثمار مرحب به.",
    "وقال المتحدث باسم الجيش اليوم الأحد إن القوات انسحبت.",
])
def test_adjunct_after_title_is_not_a_name(text: str) -> None:
    (a,) = analyze(text).attributions
    assert a.speaker is not None and a.speaker.text.split()[0] in ("وزير", "رئيس", "المتحدث")
    assert "العلي" not in a.speaker.text and "وفدا" not in a.speaker.text


def test_title_and_name_before_object() -> None:
    text = "ودان رئيس البرلمان كريم سعيد القرار، قائلا إن المجلس لن يقبل به."
    (a,) = analyze(text).attributions
    assert a.speaker is not None and a.speaker.text == "كريم سعيد"


# --- carry-over: the latest speaker the verb agrees with, across paragraphs ------------------
def _speakers(text: str) -> list[str | None]:
    return [a.speaker.text if a.speaker else None for a in analyze(text).attributions]


def test_carry_skips_a_speaker_of_the_other_gender() -> None:
    text = ("قالت الوزيرة هدى سالم إن الخطة جاهزة.\n\nوقال مدير المستشفى إن الأدوية نفدت.\n\n"
            "وأضافت أن التمويل متوفر.")
    assert _speakers(text) == ["هدى سالم", "مدير المستشفى", "هدى سالم"]


def test_carry_takes_the_nearest_agreeing_speaker_not_the_first() -> None:
    text = ("قال الوزير سامي العلي إن الحوار هو الحل.\n\nوقال السفير مازن عيسى إن الزيارة ناجحة.\n\n"
            "وتابع أن الوفد سيعود الشهر المقبل.")
    assert _speakers(text) == ["سامي العلي", "مازن عيسى", "مازن عيسى"]


def test_carry_after_participle_speaker() -> None:
    text = ("قال الوزير سامي العلي إن الحوار هو الحل.\n\n"
            "ورفض رئيس البرلمان كريم سعيد الاتهامات، قائلا إن المجلس يعمل وفق الدستور.\n\n"
            "وأضاف أن الانتخابات ستجري في موعدها.")
    assert _speakers(text) == ["سامي العلي", "كريم سعيد", "كريم سعيد"]


def test_carry_after_according_source() -> None:
    text = ("قال الوزير سامي العلي إن الحوار هو الحل.\n\n"
            "وبحسب المتحدثة باسم الحكومة ليلى حداد، فإن الاجتماع سيعقد غدا.\n\n"
            "وأضافت أن جدول الأعمال لم يحدد.\n\nوتابع العلي أن بلاده منفتحة.\n\nوأضاف أن الوقت ينفد.")
    assert _speakers(text) == ["سامي العلي", "ليلى حداد", "ليلى حداد", "العلي", "العلي"]


def test_plural_carry_goes_to_plural_speaker() -> None:
    text = ("قال مسؤولون أمريكيون إن الصفقة قريبة.\n\nوقال المتحدث باسم الخارجية إن واشنطن متفائلة.\n\n"
            "وأضافوا أن الخلافات تقلصت.")
    assert _speakers(text) == ["مسؤولون أمريكيون", "المتحدث باسم الخارجية", "مسؤولون أمريكيون"]


def test_carry_with_unknown_gender_source_takes_it() -> None:
    text = ("قالت الوزيرة هدى سالم إن الخطة جاهزة.\n\nوبحسب وزارة المالية، فإن العجز تراجع.\n\n"
            "وأضافت أن الديون مستقرة.")
    assert _speakers(text)[-1] == "وزارة المالية"


# --- more quote introducers ---------------------------------------------------------------
INTRODUCERS = [
    ("ووصف وزير الخارجية الهجوم بأنه «عمل جبان».",
     [(D, "وصف", "وزير الخارجية", P, "عمل جبان")]),
    ("ووصفت الحكومة القرار بأنه خطوة مؤسفة.",
     [(IND, "وصفت", "الحكومة", INS, "خطوة مؤسفة")]),
    ("ووصفه المتحدث باسم الحكومة بأنه «خطوة في الاتجاه الصحيح».",
     [(D, "وصفه", "المتحدث باسم الحكومة", P, "خطوة في الاتجاه الصحيح")]),
    ("ووصفها رئيس الوزراء مراد الخطيب بأنها «فرصة تاريخية».",
     [(D, "وصفها", "مراد الخطيب", P, "فرصة تاريخية")]),
    ("ويصف السكان الوضع بأنه لا يطاق.",
     [(IND, "يصف", "السكان", ANON, "لا يطاق")]),
    ("وروى أحد الناجين كيف انهار المبنى فوق رؤوسهم.",
     [(IND, "روى", "أحد الناجين", ANON, "كيف انهار المبنى فوق رؤوسهم")]),
    ("وحكت الممرضة كيف عملت ثلاثة أيام دون نوم.",
     [(IND, "حكت", "الممرضة", P, "كيف عملت ثلاثة أيام دون نوم")]),
    ("وروت المعلمة أن المدرسة تحولت إلى مأوى.",
     [(IND, "روت", "المعلمة", P, "المدرسة تحولت إلى مأوى")]),
    ("وغرد رئيس الوزراء على منصة إكس قائلا: «لن نتراجع».",
     [(D, "غرد", "رئيس الوزراء", P, "لن نتراجع")]),
    ("وكتب الوزير على منصة إكس: «الأمن أولا».",
     [(D, "كتب", "الوزير", P, "الأمن أولا")]),
    ("وكتب رئيس الحزب على منصة إكس أن الانتخابات ستجري في موعدها.",
     [(IND, "كتب", "رئيس الحزب", P, "الانتخابات ستجري في موعدها")]),
    ("وقال الوزير في تغريدة على منصة إكس إن الحكومة لن تتراجع.",
     [(IND, "قال", "الوزير", P, "الحكومة لن تتراجع")]),
    ("وقالت النائبة في تغريدة: «سنصوت ضد القانون».",
     [(D, "قالت", "النائبة", P, "سنصوت ضد القانون")]),
    ("وجاء في البيان أن الوزارة ستتخذ الإجراءات اللازمة.",
     [(IND, "جاء في", "البيان", INS, "الوزارة ستتخذ الإجراءات اللازمة")]),
    ("وجاء في بيان صادر عن الرئاسة: «الرئيس يتابع التطورات عن كثب».",
     [(D, "جاء في", "بيان صادر عن الرئاسة", INS, "الرئيس يتابع التطورات عن كثب")]),
    ("وورد في التقرير أن نصف السكان بحاجة إلى مساعدات.",
     [(IND, "ورد في", "التقرير", INS, "نصف السكان بحاجة إلى مساعدات")]),
    ("وأفاد بيان صادر عن وزارة الداخلية أن الشرطة اعتقلت خمسة مشتبه بهم.",
     [(IND, "أفاد", "بيان صادر عن وزارة الداخلية", INS, "الشرطة اعتقلت خمسة مشتبه بهم")]),
    ("وذكر بيان صادر عن الجيش أن طائرة مسيرة أسقطت.",
     [(IND, "ذكر", "بيان صادر عن الجيش", INS, "طائرة مسيرة أسقطت")]),
    ("وأبلغه المسؤول أن الطلب رفض.",
     [(IND, "أبلغه", "المسؤول", ANON, "الطلب رفض")]),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCERS, ids=[f"intro-{i}" for i in range(len(INTRODUCERS))])
def test_introducers(text: str, expected: list[tuple[str, str, str | None, str | None, str]]) -> None:
    assert [summary(a) for a in analyze(text).attributions] == expected


@pytest.mark.parametrize("text", [
    "وجاء في المرتبة الثانية فريق الجامعة.",
    "ووصل الوفد إلى العاصمة صباح اليوم.",
    "وجاء في سياق متصل أن الأسعار ارتفعت.",
])
def test_not_introducers(text: str) -> None:
    assert analyze(text).attributions == []


# --- content boundaries ---------------------------------------------------------------------
BOUNDARIES = [
    ("وقال الوزير إن المفاوضات متعثرة، فيما أعلنت الحكومة حالة الطوارئ.", "المفاوضات متعثرة"),
    ("وقال الوزير إن بلاده تدعم الحوار، بينما الجيش يواصل عملياته في الشمال.", "بلاده تدعم الحوار"),
    ("وقال المسؤول إن الهجوم وقع ليلا، في حين أن الجيش لم يعلق.", "الهجوم وقع ليلا"),
    ("وقال المتحدث إن القوات قتلت خمسة مسلحين، فيما أصيب عشرة آخرون بجروح.",
     "القوات قتلت خمسة مسلحين، فيما أصيب عشرة آخرون بجروح"),
    ("وقال المسؤول إن الحكومة ستتخذ قرارا، فيما يتعلق بأسعار الوقود، الأسبوع المقبل.",
     "الحكومة ستتخذ قرارا، فيما يتعلق بأسعار الوقود، الأسبوع المقبل"),
    ("وقال الوزير إن الحرب ستنتهي فيما قال المتحدث إن القتال مستمر.", "الحرب ستنتهي"),
    ("وأكد المتحدث أن «الوضع كارثي» في إشارة إلى نقص الأدوية.", "الوضع كارثي"),
    ("وقال الوزير إن «الحرب لن تنتهي قريبا» وذلك خلال مؤتمر صحفي في العاصمة.", "الحرب لن تنتهي قريبا"),
    ("وقال الوزير إن «الحرب لن تنتهي» قبل تحقيق أهدافها.", "«الحرب لن تنتهي» قبل تحقيق أهدافها"),
    ("وقال مصدر مطلع إن الوفد سيصل غدا، دون أن يقدم تفاصيل.", "الوفد سيصل غدا"),
    ("وقال مصدر مطلع إن الوفد سيصل غدا، من دون أن يحدد موعدا.", "الوفد سيصل غدا"),
    ('وقال الطبيب إن الوضع "مأساوي" على حد تعبيره.', 'الوضع "مأساوي"'),
]


@pytest.mark.parametrize(("text", "content"), BOUNDARIES, ids=[f"boundary-{i}" for i in range(len(BOUNDARIES))])
def test_content_boundaries(text: str, content: str) -> None:
    atts = analyze(text).attributions
    assert atts[0].content.text == content


def test_direct_quote_with_gloss_stays_direct() -> None:
    (a,) = analyze("وأكد المتحدث أن «الوضع كارثي» في إشارة إلى نقص الأدوية.").attributions
    assert a.kind == D


# --- noun-phrase objects of أعلن / أكد / نفى --------------------------------------------------
NP_OBJECTS = [
    ("وأعلن الجيش مقتل ثلاثة من جنوده في معارك جنوب المدينة.",
     [(IND, "أعلن", "الجيش", INS, "مقتل ثلاثة من جنوده في معارك جنوب المدينة")]),
    ("ونفى المتحدث باسم الحركة الاتهامات الموجهة إليها.",
     [(IND, "نفى", "المتحدث باسم الحركة", P, "الاتهامات الموجهة إليها")]),
    ("وأعلنت وزارة الصحة ارتفاع حصيلة القتلى إلى 30 شخصا.",
     [(IND, "أعلنت", "وزارة الصحة", INS, "ارتفاع حصيلة القتلى إلى 30 شخصا")]),
    ("وأكدت الشرطة اعتقال أربعة مشتبه بهم.",
     [(IND, "أكدت", "الشرطة", INS, "اعتقال أربعة مشتبه بهم")]),
    ("وأعلنت الجماعة مسؤوليتها عن الهجوم.",
     [(IND, "أعلنت", "الجماعة", INS, "مسؤوليتها عن الهجوم")]),
    ("ونفت الحكومة وجود أي مفاوضات سرية مع المعارضة، مؤكدة أن موقفها واضح.",
     [(IND, "نفت", "الحكومة", INS, "وجود أي مفاوضات سرية مع المعارضة"),
      (IND, "مؤكدة", "الحكومة", INS, "موقفها واضح")]),
    ("ونفى الوزير صحة التقارير عن استقالته.",
     [(IND, "نفى", "الوزير", P, "صحة التقارير عن استقالته")]),
    ("وقال الجيش إنه أحبط الهجوم، نافيا سقوط قتلى.",
     [(IND, "قال", "الجيش", INS, "أحبط الهجوم"), (IND, "نافيا", "الجيش", INS, "سقوط قتلى")]),
]


@pytest.mark.parametrize(("text", "expected"), NP_OBJECTS, ids=[f"np-{i}" for i in range(len(NP_OBJECTS))])
def test_np_objects(text: str, expected: list[tuple[str, str, str | None, str | None, str]]) -> None:
    assert [summary(a) for a in analyze(text).attributions] == expected


@pytest.mark.parametrize("text", [
    "ولم يعلن أي فصيل مسؤوليته عن الهجوم.",
    "وأعلن الرئيس الحداد الوطني ثلاثة أيام.",
    "وأكد الوزير أهمية الحوار بين الأطراف.",
    "وأعلنت الحكومة حالة الطوارئ في البلاد.",
])
def test_np_objects_that_are_not_statements(text: str) -> None:
    assert analyze(text).attributions == []


# --- the named subject of the sentence before, and of the sentence itself -----------------
def test_carry_to_named_subject_of_previous_sentence() -> None:
    text = ("قال الوزير سامي العلي إن الحوار هو الحل.\n\n"
            "واستقبل الرئيس اللبناني جوزيف عون وفدا من البنك الدولي في القصر الجمهوري.\n\n"
            "وأكد أن لبنان ملتزم بالإصلاحات.")
    assert _speakers(text) == ["سامي العلي", "جوزيف عون"]


def test_unnamed_subject_of_previous_sentence_is_not_a_speaker() -> None:
    text = ("قالت الوزيرة هدى سالم إن الخطة جاهزة.\n\nوأدى القصف إلى تدمير المستشفى.\n\n"
            "وأضافت أن التمويل متوفر.")
    assert _speakers(text) == ["هدى سالم", "هدى سالم"]


def test_previous_subject_of_other_gender_is_skipped() -> None:
    text = ("قالت الوزيرة هدى سالم إن الخطة جاهزة.\n\n"
            "واستقبل الرئيس جوزيف عون وفدا من البنك الدولي.\n\nوأضافت أن التمويل متوفر.")
    assert _speakers(text)[-1] == "هدى سالم"


def test_relative_cue_after_step_takes_sentence_subject() -> None:
    text = "أعلنت الحكومة، أمس الأحد، رفع أسعار الوقود، في خطوة قالت إنها ضرورية لخفض العجز."
    (a,) = analyze(text).attributions
    assert (a.speaker.text if a.speaker else None, a.content.text) == ("الحكومة", "ضرورية لخفض العجز")


def test_quote_in_previous_paragraph_is_not_quote_first() -> None:
    text = "الجماعة تتوعد بمواصلة الهجمات “حتى النصر”\n\nأعلنت الحكومة أمس فرض عقوبات جديدة على الجماعة."
    assert analyze(text).attributions == []


def test_far_complementizer_after_adjuncts_only() -> None:
    text = ("وقال وزير الخارجية سامي العلي في تغريدة على حسابه الرسمي في منصة إكس مساء أمس الثلاثاء "
            "إن بلاده لن تقبل بذلك.")
    (a,) = analyze(text).attributions
    assert summary(a) == (IND, "قال", "سامي العلي", P, "بلاده لن تقبل بذلك")


def test_far_complementizer_of_a_relative_clause_is_not_the_cue_s() -> None:
    text = ("وقال الوزير في مؤتمر صحفي عقده مع نظيره في العاصمة بعد اجتماع اللجنة المشتركة التي "
            "ترى أن التعاون ضروري.")
    assert [a.cue.text for a in analyze(text).attributions] == ["ترى"]  # the relative clause's own cue


def test_describe_with_quoted_epithet() -> None:
    (a,) = analyze("ووصف رئيس الوزراء الهجوم بـ«الجبان».").attributions
    assert summary(a) == (D, "وصف", "رئيس الوزراء", P, "الجبان")


def test_subject_inside_a_quoted_sentence_is_not_carried() -> None:
    text = ("وقال الوزير سامي العلي: «نحن أمام مرحلة جديدة».\n\n"
            "«وقد استقبل الرئيس جوزيف عون وفدا من البنك الدولي».\n\nوأضاف أن لبنان ملتزم بالإصلاحات.")
    assert _speakers(text)[-1] == "سامي العلي"


@pytest.mark.parametrize("text", ["وصف المكان: غرفة واسعة تطل على البحر.", "ووصف الكاتب «المدينة القديمة» في روايته."])
def test_wasf_without_biannahu_is_not_speech(text: str) -> None:
    assert analyze(text).attributions == []
