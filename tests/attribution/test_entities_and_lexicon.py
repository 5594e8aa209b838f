"""Speaker refinement from the entity layer, anonymity conditions, and the generated lexicons."""

from __future__ import annotations

import pytest

from khabar.attribution.lexicon import lexicon, verb_forms, verb_of
from khabar.attribution.quotes import pair_quotes
from khabar.text import normalize_word

from .helpers import analyze

# --- entities ------------------------------------------------------------------------------


def test_person_entity_gives_canonical_and_role() -> None:
    text = "وقال الناطق باسم حماس حازم قاسم إن الحركة وافقت على المقترح."
    doc = analyze(text, [("حماس", "ORG", "Hamas"), ("حازم قاسم", "PERSON", "Hazem Qassem")])
    (a,) = doc.attributions
    assert a.speaker is not None
    assert (a.speaker.text, a.speaker.type, a.speaker.canonical) == ("حازم قاسم", "person", "Hazem Qassem")
    assert a.speaker.role == "الناطق باسم حماس"


def test_without_entities_role_name_split_is_heuristic() -> None:
    (a,) = analyze("وقال وزير الخارجية المصري سامح شكري إن القاهرة ترفض التهجير.").attributions
    assert a.speaker is not None
    assert a.speaker.text == "سامح شكري"
    assert a.speaker.role == "وزير الخارجية المصري"
    assert a.speaker.canonical is None


def test_gpe_subject_is_institution_with_canonical() -> None:
    doc = analyze("وقالت قطر إن الوساطة مستمرة.", [("قطر", "GPE", "Qatar")])
    (a,) = doc.attributions
    assert a.speaker is not None
    assert (a.speaker.type, a.speaker.canonical) == ("institution", "Qatar")


def test_org_subject_is_institution_with_canonical() -> None:
    doc = analyze("وقالت حماس إن الوفد غادر القاهرة.", [("حماس", "ORG", "Hamas")])
    (a,) = doc.attributions
    assert a.speaker is not None and (a.speaker.type, a.speaker.canonical) == ("institution", "Hamas")


def test_institution_head_gets_entity_canonical() -> None:
    doc = analyze("وقال البيت الأبيض إن الرئيس سيسافر.", [("البيت الأبيض", "ORG", "White House")])
    (a,) = doc.attributions
    assert a.speaker is not None and a.speaker.canonical == "White House"


def test_person_name_alone_with_entity() -> None:
    doc = analyze("وقال بلينكن إن واشنطن ملتزمة.", [("بلينكن", "PERSON", "Antony Blinken")])
    (a,) = doc.attributions
    assert a.speaker is not None and (a.speaker.type, a.speaker.canonical) == ("person", "Antony Blinken")


def test_nisba_entity_does_not_name_anonymous_source() -> None:
    doc = analyze("وقال مصدر مصري إن الوفد وصل.", [("مصري", "NORP", "Egyptians")])
    (a,) = doc.attributions
    assert a.speaker is not None
    assert (a.speaker.type, a.speaker.canonical) == ("anonymous", None)


def test_addressee_entity_ends_subject() -> None:
    text = "وقال مسؤول لرويترز إن الشحنة وصلت."
    doc = analyze(text, [("رويترز", "ORG", "Reuters")])
    (a,) = doc.attributions
    assert a.speaker is not None and a.speaker.text == "مسؤول"


def test_according_to_entity() -> None:
    doc = analyze("وتوقفت المحادثات، بحسب أكسيوس.", [("أكسيوس", "ORG", "Axios")])
    (a,) = doc.attributions
    assert a.speaker is not None and (a.speaker.text, a.speaker.canonical) == ("أكسيوس", "Axios")


def test_according_to_unknown_name_without_entity_is_skipped() -> None:
    assert analyze("وتوقفت المحادثات، بحسب أكسيوس.").attributions == []


def test_speakers_do_not_depend_on_entities() -> None:
    text = "وقالت وزارة الصحة إن المستشفى أخلي."
    with_e = analyze(text, [("وزارة الصحة", "ORG", "Ministry of Health")]).attributions[0]
    without = analyze(text).attributions[0]
    assert with_e.speaker is not None and without.speaker is not None
    assert (with_e.speaker.text, with_e.speaker.type) == (without.speaker.text, without.speaker.type)


# --- anonymity conditions -----------------------------------------------------------------

CONDITIONS = [
    ("وقال مسؤول تحدث شريطة عدم الكشف عن هويته إن الهجوم أحبط.", "شريطة عدم الكشف عن هويته"),
    ("وقال مصدر طلب عدم الكشف عن اسمه إن الاتفاق قريب.", "طلب عدم الكشف عن اسمه"),
    ("وقال دبلوماسي فضل عدم الكشف عن هويته إن السفير غادر.", "فضل عدم الكشف عن هويته"),
    ("وقال مسؤولون طلبوا عدم الكشف عن هوياتهم إن الخطة تغيرت.", "طلبوا عدم الكشف عن هوياتهم"),
    ("وقال ضابط، رافضا ذكر اسمه، إن الوحدة انسحبت.", "رافضا ذكر اسمه"),
]


@pytest.mark.parametrize(("text", "condition"), CONDITIONS)
def test_condition_phrase(text: str, condition: str) -> None:
    (a,) = analyze(text).attributions
    assert a.speaker is not None
    assert a.speaker.condition == condition
    assert a.speaker.type in ("anonymous", "unnamed_officials")


def test_condition_makes_unknown_person_anonymous() -> None:
    (a,) = analyze("وقال موظف في البنك تحدث شريطة عدم الكشف عن هويته إن الفروع ستغلق.").attributions
    assert a.speaker is not None and a.speaker.type == "anonymous"


# --- lexicon generation ------------------------------------------------------------------


@pytest.mark.parametrize(("form", "lemma", "tense", "gender", "number"), [
    ("قال", "قال", "past", "m", "sg"),
    ("قالت", "قال", "past", "f", "sg"),
    ("قالوا", "قال", "past", "m", "pl"),
    ("يقول", "قال", "present", "m", "sg"),
    ("تقول", "قال", "present", "f", "sg"),
    ("يقولون", "قال", "present", "m", "pl"),
    ("نفت", "نفى", "past", "f", "sg"),
    ("نفوا", "نفى", "past", "m", "pl"),
    ("ينفون", "نفى", "present", "m", "pl"),
    ("يرون", "رأى", "present", "m", "pl"),
    ("ادعت", "ادعى", "past", "f", "sg"),
    ("أكدتا", "أكد", "past", "f", "du"),
    ("تؤكدان", "أكد", "present", "f", "du"),
    ("مضيفا", "أضاف", "participle", "m", "sg"),
    ("مشيرة", "أشار", "participle", "f", "sg"),
    ("نافيا", "نفى", "participle", "m", "sg"),
])
def test_generated_forms(form: str, lemma: str, tense: str, gender: str, number: str) -> None:
    v = verb_of(normalize_word(form))
    assert v is not None
    assert (v.lemma, v.tense, v.gender, v.number) == (normalize_word(lemma), tense, gender, number)


@pytest.mark.parametrize("word", ["وقال", "فقالت", "وتقول", "سيقول", "وستقول", "وأكدت"])
def test_conjunction_and_future_prefixes(word: str) -> None:
    assert verb_of(normalize_word(word)) is not None


@pytest.mark.parametrize("word", ["بين", "يعتقد", "اقرأ", "قائل", "مقال", "قول", "تحدث", "القول"])
def test_not_cues(word: str) -> None:
    assert verb_of(normalize_word(word)) is None


def test_defective_pattern() -> None:
    forms = {f for f, *_ in verb_forms("نفى", "ينفي", "ناف", "defective")}
    assert {"نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا"} <= forms


def test_lexicon_is_large_and_consistent() -> None:
    lex = lexicon()
    assert len(lex.verbs) > 400
    assert {"complementizer", "according", "stop", "break", "governor", "condition"} <= set(lex.markers)


# --- quote pairing -----------------------------------------------------------------------

def test_pair_guillemets_nested() -> None:
    text = "قال: «أ “ب” ج»"
    qs = pair_quotes(text, 0, len(text))
    assert [(text[q.open], text[q.close]) for q in qs] == [("«", "»"), ("“", "”")]


def test_unclosed_guillemet_runs_to_end() -> None:
    text = "قال: «أ ب ج"
    (q,) = pair_quotes(text, 0, len(text))
    assert not q.closed and q.close == len(text)


def test_lone_straight_quote_ignored() -> None:
    text = 'شاشة 6" جديدة'
    assert pair_quotes(text, 0, len(text)) == []
