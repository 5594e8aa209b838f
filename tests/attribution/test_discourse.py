"""Attribution across sentences: carry-over speakers, quotes spanning sentences and
paragraphs, participles, pre-verbal subjects, nested quotes, set-aside text, determinism."""

from __future__ import annotations

import pytest

from khabar.attribution import attribution_stage
from khabar.model import Span
from khabar.pipeline import new_document

from .helpers import analyze, summary


def test_carry_over_to_next_sentence() -> None:
    doc = analyze("وقال وزير المالية سامي العلي إن العجز تراجع. وأضاف أن الديون ما زالت مرتفعة.")
    first, second = doc.attributions
    assert first.speaker is not None and first.speaker.text == "سامي العلي"
    assert second.cue.text == "أضاف"
    assert second.speaker is not None
    assert second.speaker.text == "سامي العلي"
    assert (second.speaker.start, second.speaker.end) == (first.speaker.start, first.speaker.end)
    assert second.speaker.resolved_from == "وأضاف"
    assert second.speaker.role == "وزير المالية"
    assert second.content.text == "الديون ما زالت مرتفعة"


def test_carry_over_across_paragraphs() -> None:
    text = "وقالت الشرطة إن المشتبه به فر.\n\nوتابعت أن البحث عنه مستمر."
    a, b = analyze(text).attributions
    assert b.speaker is not None and b.speaker.text == "الشرطة"
    assert b.speaker.type == "institution"
    assert b.speaker.resolved_from == "وتابعت"


def test_carry_over_follows_the_latest_speaker() -> None:
    text = ("قال المحافظ إن الطرق مغلقة. وقالت منظمة الإغاثة إن القوافل عالقة. "
            "وأشارت إلى أن المخزون ينفد.")
    atts = analyze(text).attributions
    assert [a.speaker.text for a in atts if a.speaker] == ["المحافظ", "منظمة الإغاثة", "منظمة الإغاثة"]
    assert atts[2].speaker is not None and atts[2].speaker.resolved_from == "وأشارت"


def test_carry_over_with_adjunct_but_no_subject() -> None:
    atts = analyze("وقال رئيس الوزراء إن الحكومة باقية. وقال في بيان لاحق إن الانتخابات مبكرة.").attributions
    assert atts[1].speaker is not None
    assert atts[1].speaker.text == "رئيس الوزراء"
    assert atts[1].speaker.resolved_from == "وقال"


def test_pronoun_subject_resolves() -> None:
    atts = analyze("وقال المدير إن الشركة رابحة. وقال هو إن الأرقام دقيقة.").attributions
    assert atts[1].speaker is not None and atts[1].speaker.text == "المدير"
    assert atts[1].speaker.resolved_from == "هو"


def test_bidawrihi_resolves() -> None:
    atts = analyze("وقال الوزير إن الخطة جاهزة. وأكد بدوره أن التمويل متوفر.").attributions
    assert atts[1].speaker is not None and atts[1].speaker.text == "الوزير"


def test_participle_continues_speaker_in_sentence() -> None:
    atts = analyze("وقالت الوزيرة إن الموازنة أقرت، مضيفة أن الرواتب ستصرف غدا.").attributions
    assert [summary(a) for a in atts] == [
        ("indirect", "قالت", "الوزيرة", "person", "الموازنة أقرت"),
        ("indirect", "مضيفة", "الوزيرة", "person", "الرواتب ستصرف غدا"),
    ]
    assert atts[1].speaker is not None and atts[1].speaker.resolved_from == "مضيفة"


@pytest.mark.parametrize("participle", ["مشيرا إلى", "مؤكدا", "موضحا", "لافتا إلى", "محذرا من"])
def test_participles(participle: str) -> None:
    atts = analyze(f"وقال السفير إن العلاقات جيدة، {participle} أن الزيارة مهمة.").attributions
    assert len(atts) == 2
    assert atts[0].content.text == "العلاقات جيدة"
    assert atts[1].content.text == "الزيارة مهمة"
    assert atts[1].speaker is not None and atts[1].speaker.text == "السفير"


def test_comma_then_new_cue_ends_content() -> None:
    atts = analyze("وقال المتحدث إن الوفد وصل، وأضاف أن المحادثات تبدأ غدا.").attributions
    assert [a.content.text for a in atts] == ["الوفد وصل", "المحادثات تبدأ غدا"]


def test_pre_verbal_subject_with_kana_qad() -> None:
    atts = analyze("وكانت وزارة الخارجية قد أعلنت أن السفير استدعي.").attributions
    assert [summary(a) for a in atts] == [("indirect", "أعلنت", "وزارة الخارجية", "institution", "السفير استدعي")]


def test_pre_verbal_subject_sentence_initial() -> None:
    atts = analyze("الجيش قال إن الطائرة سقطت بسبب عطل فني.").attributions
    assert [summary(a) for a in atts] == [("indirect", "قال", "الجيش", "institution", "الطائرة سقطت بسبب عطل فني")]


def test_quote_spanning_sentences() -> None:
    text = "وقال اللاجئ: «عبرنا البحر ليلا. غرق اثنان منا. لا أريد أن أتذكر ذلك»."
    (a,) = analyze(text).attributions
    assert a.kind == "direct"
    assert a.content.text == "عبرنا البحر ليلا. غرق اثنان منا. لا أريد أن أتذكر ذلك"


def test_quote_running_to_paragraph_end() -> None:
    text = "وقال الشاهد: «رأيت الدخان يتصاعد من المبنى\n\nوبعدها بدقائق وصلت سيارات الإسعاف."
    (a,) = analyze(text).attributions
    assert a.kind == "direct"
    assert a.content.text == "رأيت الدخان يتصاعد من المبنى"


def test_colon_then_quote_in_next_paragraph() -> None:
    text = "وكتبت الوزيرة على منصة إكس:\n\n«شكرا لكل من ساعد في الإنقاذ»"
    (a,) = analyze(text).attributions
    assert summary(a) == ("direct", "كتبت", "الوزيرة", "person", "شكرا لكل من ساعد في الإنقاذ")


def test_nested_quote_inner_speaker_not_resolved() -> None:
    text = "وقال الجندي السابق: «قال لنا القائد \"أطلقوا النار\" ثم انسحب»."
    atts = analyze(text).attributions
    assert [summary(a) for a in atts] == [
        ("direct", "قال", "الجندي السابق", "person", "قال لنا القائد \"أطلقوا النار\" ثم انسحب"),
        ("direct", "قال", "القائد", "person", "أطلقوا النار"),
    ]


def test_nested_quote_without_inner_subject() -> None:
    text = "وقالت الممرضة: «سألني الطفل فقلت له: \"ستكون بخير\"»."
    atts = analyze(text).attributions
    assert len(atts) == 1  # first-person قلت is not a third-person cue
    assert atts[0].content.text == "سألني الطفل فقلت له: \"ستكون بخير\""


def test_two_quotes_in_one_paragraph() -> None:
    text = "وقال المدرب: «لعبنا جيدا». وقال القائد: «سنعود أقوى»."
    atts = analyze(text).attributions
    assert [(a.speaker.text if a.speaker else None, a.content.text) for a in atts] == [
        ("المدرب", "لعبنا جيدا"), ("القائد", "سنعود أقوى")]


def test_partial_quote_is_indirect() -> None:
    (a,) = analyze("وقال الوزير إن الهجوم «إرهابي» ويستدعي ردا حازما.").attributions
    assert a.kind == "indirect"


def test_quote_then_comma_participle_is_direct() -> None:
    atts = analyze("وقالت النقابة إن «الأجور لم تعد تكفي»، داعية إلى إضراب شامل.").attributions
    assert summary(atts[0]) == ("direct", "قالت", "النقابة", "institution", "الأجور لم تعد تكفي")


def test_scare_quoted_title_is_not_speech() -> None:
    assert analyze("وأعلنت الوزارة عن إطلاق حملة «صيف آمن» في المدارس.").attributions == []


def test_mirrored_curly_quotes() -> None:
    (a,) = analyze("وقال الحارس: ”أغلقنا البوابة قبل الفجر“.").attributions
    assert a.content.text == "أغلقنا البوابة قبل الفجر"


def test_set_aside_text_is_skipped() -> None:
    text = "وقال الوزير إن الحدود مفتوحة.\nاقرأ المزيد: وقال الوزير إن الحدود مغلقة."
    doc = new_document(text)
    second = text.index("اقرأ")
    doc.layout.chrome.append(Span.of(text, second, len(text)))
    attribution_stage(doc)
    assert [a.content.text for a in doc.attributions] == ["الحدود مفتوحة"]


def test_deterministic_output() -> None:
    text = ("قال مسؤولون إن الهدنة صامدة. وأضافوا: «لا خروقات». «الأمور هادئة»، قالت مصادر محلية. "
            "وبحسب الشرطة، فإن الطرق آمنة.")
    one = new_document(text)
    two = new_document(text)
    attribution_stage(one)
    attribution_stage(two)
    assert one.to_json() == two.to_json()
    # three reported statements; وبحسب الشرطة credits a statement with no reporting verb
    assert len(one.attributions) == 3
    assert [a.speaker.text for a in one.according_to if a.speaker] == ["الشرطة"]


def test_empty_and_speechless_documents() -> None:
    assert analyze("").attributions == []
    assert analyze("ارتفعت درجات الحرارة في معظم المناطق.").attributions == []


def test_every_span_quotes_the_text() -> None:
    text = ("وقالت المتحدثة باسم الوزارة ليلى حسن للصحفيين إن الاجتماع أُجّل. "
            "وأضافت: «سنعلن الموعد لاحقاً». وبحسب مصادر، فإنّ الخلاف مالي.")
    doc = analyze(text)
    assert len(doc.attributions) == 3
    for a in doc.attributions:
        for sp in (a.cue, a.content, a.speaker):
            assert sp is not None
            assert text[sp.start:sp.end] == sp.text


def test_diacritics_and_tatweel() -> None:
    (a,) = analyze("وقـــال الرئيسُ إنّ البلادَ بخيرٍ.").attributions
    assert a.cue.text == "قـــال"
    assert a.content.text == "البلادَ بخيرٍ"


def test_headline_speaker_colon() -> None:
    text = "وزير الخارجية: لن نقبل بأي وصاية على قرارنا\n\nوقال الوزير إن الحوار مستمر."
    atts = analyze(text).attributions
    assert [summary(a) for a in atts][0] == ("direct", ":", "وزير الخارجية", "person", "لن نقبل بأي وصاية على قرارنا")


def test_headline_colon_with_person_entity() -> None:
    text = "بوتين: الغرب يريد إضعاف روسيا"
    (a,) = analyze(text, [("بوتين", "PERSON", "Vladimir Putin")]).attributions
    assert a.speaker is not None and a.speaker.canonical == "Vladimir Putin"
    assert a.content.text == "الغرب يريد إضعاف روسيا"


@pytest.mark.parametrize("text", [
    "على اليسار: الرئيس في المطار",
    "المصدر: وكالة الأنباء الرسمية",
    "اقرأ أيضا: الحكومة تستقيل",
    "الاجتماع المقبل: الخميس في الرياض",
    "ملاحظة: الأسعار تشمل الضريبة",
])
def test_colon_lines_that_are_not_quotes(text: str) -> None:
    assert analyze(text).attributions == []


def test_impersonal_yudhkar_is_not_speech() -> None:
    assert analyze("يذكر أن الجسر افتتح قبل عشرين عاما.").attributions == []
    assert analyze("ويتوقع أن يصل الوفد غدا.").attributions == []


def test_relative_clause_antecedent_is_speaker() -> None:
    text = "وقال مسؤول إن المعبر مغلق. وردت الوزارة، التي قالت إن المعبر مفتوح، على الاتهامات."
    atts = analyze(text).attributions
    assert atts[1].speaker is not None and atts[1].speaker.text == "الوزارة"


def test_quoted_outlet_name_is_not_the_quote() -> None:
    (a,) = analyze("وقال الوزير في تصريح لـ«الشرق الأوسط» إن الاتفاق قريب.").attributions
    assert summary(a) == ("indirect", "قال", "الوزير", "person", "الاتفاق قريب")


def test_cnn_is_not_a_complementizer() -> None:
    (a,) = analyze("وقال مسؤول لشبكة سي إن إن إن الطائرة هبطت بسلام.").attributions
    assert a.content.text == "الطائرة هبطت بسلام"


def test_ala_hadd_qawlihi() -> None:
    atts = analyze("وقال الطبيب إن الوضع صعب. فالمستشفى «يعمل فوق طاقته»، على حد قوله.").attributions
    assert len(atts) == 2
    assert atts[1].cue.text == "على حد"
    assert atts[1].kind == "direct" and atts[1].content.text == "يعمل فوق طاقته"
    assert atts[1].speaker is not None and atts[1].speaker.text == "الطبيب"


def test_ala_hadd_sawa_is_not_attribution() -> None:
    assert analyze("ويعاني الأطفال والكبار على حد سواء.").attributions == []


def test_quote_after_apposition_and_comma() -> None:
    (a,) = analyze("وقال سالم، وهو صاحب متجر في السوق، «لم نبع شيئا منذ أسبوع».").attributions
    assert summary(a) == ("direct", "قال", "سالم", "person", "لم نبع شيئا منذ أسبوع")


def test_qailan_after_object() -> None:
    (a,) = analyze("وعلق المدرب على الهزيمة قائلا: «أتحمل المسؤولية كاملة».").attributions
    assert summary(a) == ("direct", "علق", "المدرب", "person", "أتحمل المسؤولية كاملة")


def test_institution_colon_caption_is_not_quote() -> None:
    assert analyze("بلدية المدينة: جانب من أعمال الترميم في السوق القديم").attributions == []


def test_participle_after_non_speech_verb_takes_sentence_subject() -> None:
    (a,) = analyze("ورفض الوزير الاتهامات، قائلا إنها لا تستند إلى أي دليل.").attributions
    assert summary(a) == ("indirect", "قائلا", "الوزير", "person", "لا تستند إلى أي دليل")
    assert a.speaker is not None and a.speaker.resolved_from == "قائلا"


def test_participle_after_denial_without_clause() -> None:
    text = "ونفت الشركة التهمة، مؤكدة أن جميع معايير السلامة طبقت."
    (a,) = analyze(text).attributions
    assert summary(a) == ("indirect", "مؤكدة", "الشركة", "institution", "جميع معايير السلامة طبقت")


def test_outlet_in_quotes_after_lam() -> None:
    (a,) = analyze('وقالت مصادر لـ"الصحيفة" إن الاجتماع تأجل.').attributions
    assert summary(a) == ("indirect", "قالت", "مصادر", "anonymous", "الاجتماع تأجل")


def test_quote_continued_in_next_paragraph() -> None:
    text = ("وقالت الطبيبة: «نستقبل عشرات الجرحى كل يوم\n\n"
            "«ولا نملك ما يكفي من أسرّة أو أدوية»\n\nوأغلق المستشفى قسمين.")
    atts = analyze(text).attributions
    assert [(a.kind, a.content.text) for a in atts] == [
        ("direct", "نستقبل عشرات الجرحى كل يوم"),
        ("direct", "ولا نملك ما يكفي من أسرّة أو أدوية"),
    ]
    assert atts[1].speaker is not None and atts[1].speaker.text == "الطبيبة"
    assert atts[1].speaker.resolved_from == "«"


def test_closed_quote_does_not_continue() -> None:
    text = "وقال الوزير: «انتهى الاجتماع».\n\n«حماية المدنيين» شعار الحملة الجديدة."
    assert len(analyze(text).attributions) == 1


def test_carry_over_agrees_in_gender() -> None:
    text = ("وقال وزير الصحة إن اللقاحات وصلت. وقالت المتحدثة باسم المنظمة إن التوزيع يبدأ غدا. "
            "وأضاف أن الأولوية لكبار السن. وأضافت أن الفرق جاهزة.")
    atts = analyze(text).attributions
    assert [a.speaker.text if a.speaker else None for a in atts] == [
        "وزير الصحة", "المتحدثة باسم المنظمة", "وزير الصحة", "المتحدثة باسم المنظمة"]


def test_name_ali_is_not_the_preposition() -> None:
    (a,) = analyze("ورأى المحلل السياسي علي حمادة أن الأزمة طويلة.").attributions
    assert a.speaker is not None
    assert (a.speaker.text, a.speaker.role) == ("علي حمادة", "المحلل السياسي")


def test_addressee_outlet_before_subject() -> None:
    (a,) = analyze("وقال لـ«الجزيرة نت» الخبير العسكري فايز الدويري إن المعركة طويلة.").attributions
    assert summary(a) == ("indirect", "قال", "فايز الدويري", "person", "المعركة طويلة")
    assert a.speaker is not None and a.speaker.role == "الخبير العسكري"


def test_coordinated_verb_shares_sentence_subject() -> None:
    text = "قال مسؤول إن المعبر مغلق. وتبنى المتحدث باسم الحركة الهجوم، وقال في كلمة مصورة إن العملية نجحت."
    atts = analyze(text).attributions
    assert atts[1].speaker is not None and atts[1].speaker.text.startswith("المتحدث باسم الحركة")


def test_coordinated_verb_after_criticism() -> None:
    atts = analyze("كما انتقدت منظمة حقوقية المحاكمة، واعتبرت أنها غير عادلة.").attributions
    assert summary(atts[0]) == ("indirect", "اعتبرت", "منظمة حقوقية", "institution", "غير عادلة")


def test_participle_after_idafa_title() -> None:
    text = "من جهته، دان رئيس حكومة تصريف الأعمال سعيد مراد القصف، معلنا أن بلاده ستشتكي."
    (a,) = analyze(text).attributions
    assert a.speaker is not None and a.speaker.text == "سعيد مراد"
    assert a.speaker.role == "رئيس حكومة تصريف الأعمال"


def test_title_in_organization_then_name() -> None:
    (a,) = analyze("وقال القيادي في الحركة سامي أبو خالد لوكالة الأنباء إن المفاوضات متوقفة.").attributions
    assert a.speaker is not None and a.speaker.text == "سامي أبو خالد"


def test_verbal_noun_cue() -> None:
    (a,) = analyze("واستهل الرئيس الجلسة بالتأكيد على أن الدولة لن تتخلى عن الجنوب.").attributions
    assert summary(a) == ("indirect", "بالتأكيد", "الرئيس", "person", "الدولة لن تتخلى عن الجنوب")


def test_mubayyinan_participle() -> None:
    atts = analyze("وقال الوزير إن العجز كبير، مبينا أن الرواتب مؤمنة.").attributions
    assert [a.content.text for a in atts] == ["العجز كبير", "الرواتب مؤمنة"]


def test_yablugh_amounts_to_is_not_a_cue() -> None:
    atts = analyze("وقال الوزير إن الإنفاق يبلغ نحو مليار دينار، مضيفا أن العجز تراجع.").attributions
    assert [a.cue.text for a in atts] == ["قال", "مضيفا"]
    assert atts[1].speaker is not None and atts[1].speaker.text == "الوزير"


def test_estimate_verb() -> None:
    (a,) = analyze("وتقدر المنظمة أن نصف السكان بحاجة إلى مساعدات.").attributions
    assert summary(a) == ("indirect", "تقدر", "المنظمة", "institution", "نصف السكان بحاجة إلى مساعدات")


@pytest.mark.parametrize("tail", ["وهو ما لم يتسن التحقق منه", "في وقت تتصاعد فيه الضغوط", "في ظل انقطاع الكهرباء"])
def test_writer_clause_after_comma_is_cut(tail: str) -> None:
    (a,) = analyze(f"وقال المتحدث إن القوات انسحبت، {tail}.").attributions
    assert a.content.text == "القوات انسحبت"


def test_parenthetical_source_phrase() -> None:
    (a,) = analyze("وناقش المجلس، بحسب بيان رسمي، خطة الطوارئ الجديدة.").attributions
    assert a.cue.text == "بحسب"
    assert a.content.text == "وناقش المجلس، بحسب بيان رسمي، خطة الطوارئ الجديدة"


def test_leading_adverbial_is_not_content() -> None:
    (a,) = analyze("وفي العاصمة، تظاهر الآلاف ضد الغلاء، وفق الشرطة.").attributions
    assert a.content.text == "تظاهر الآلاف ضد الغلاء"


def test_source_phrase_after_a_quote_takes_the_following_clause() -> None:
    atts = analyze("وحذر الأطباء من أن الوباء ينتشر، في بلد يفتقر إلى المستشفيات، بحسب الأمم المتحدة.").attributions
    assert [a.content.text for a in atts] == ["الوباء ينتشر", "في بلد يفتقر إلى المستشفيات"]


def test_subject_before_verb_after_comma() -> None:
    atts = analyze("الوزارة تقول إن الحصيلة ارتفعت، والجيش يقول إن العدد أقل.").attributions
    assert [(a.speaker.text if a.speaker else None, a.content.text) for a in atts] == [
        ("الوزارة", "الحصيلة ارتفعت"), ("والجيش", "العدد أقل")]
