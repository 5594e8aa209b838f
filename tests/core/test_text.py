"""The text layer: normalization with an offset map, clitic tokens, sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text import normalize, normalize_word, proclitic_splits, split_sentences, tokenize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("آلاف", "الاف"), ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"), ("مدينة", "مدينه"), ("مُحَمَّدٌ", "محمد"), ("قـــال", "قال"),
        ("٢٠٢٤", "2024"), ("۱۲۳", "123"), ("\ufefb", "لا"), ("\ufe8d\ufedf", "ال"),
        ("غزة\u200f", "غزه"), ("\u202bنص\u202c", "نص"), ("AP", "AP"),
    ],
)
def test_normalize_word(raw: str, expected: str) -> None:
    assert normalize_word(raw) == expected
    assert normalize(raw).text == expected


def test_ta_marbuta_kept_on_request() -> None:
    assert normalize("مدينة", fold_ta_marbuta=False).text == "مدينة"


def test_offsets_map_back_through_deletions_and_expansions() -> None:
    raw = "قال\u0651 الرئيـــس \ufefbحقا إِنَّ ٣٢ ألفاً"
    norm = normalize(raw)
    for word in ("قال", "الرئيس", "لاحقا", "ان", "32", "الفا"):
        i = norm.text.index(word)
        s, e = norm.to_original(i, i + len(word))
        assert normalize_word(raw[s:e]) == word
    # trailing marks stay inside the span of the word they decorate
    i = norm.text.index("الفا")
    assert raw[slice(*norm.to_original(i, i + 4))] == "ألفاً"


def test_identity_fast_path_has_no_map() -> None:
    norm = normalize("قال الرئيس")
    assert norm.starts is None and norm.to_original(4, 10) == (4, 10)


ARABIC = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآىةؤئ ٠١٢٣٤٥٦٧٨٩۰۱ـًٌٍَُِّْ\u200f\ufefb\ufe8d.،؟«»\n")),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(ARABIC)
def test_property_every_token_quotes_the_original(raw: str) -> None:
    norm = normalize(raw)
    for tok in tokenize(norm):
        assert raw[tok.start:tok.end] == tok.text
        assert normalize_word(tok.text) == tok.norm
        assert tok.start <= tok.stem_start <= tok.end


@settings(max_examples=300, deadline=None)
@given(ARABIC)
def test_property_sentences_quote_the_original(raw: str) -> None:
    for sent in split_sentences(raw):
        assert raw[sent.start:sent.end] == sent.text and sent.text.strip() == sent.text


def test_tokens_split_proclitics_with_original_offsets() -> None:
    raw = "وللمدينة والرئيس بالحرب"
    toks = tokenize(normalize(raw))
    assert [t.text for t in toks] == ["وللمدينة", "والرئيس", "بالحرب"]
    assert [t.prefix for t in toks] == ["ولل", "وال", "بال"]
    assert raw[toks[1].stem_start:toks[1].end] == "رئيس"


def test_proclitic_splits_lists_all_readings() -> None:
    splits = proclitic_splits("وبالمدينه")
    assert ("وبال", "مدينه") in splits and ("", "وبالمدينه") == splits[-1]
    assert ("س", "يقود") not in proclitic_splits("سيقود")  # bare س only after a conjunction
    assert ("وس", "يقود") in proclitic_splits("وسيقود")


def test_sentences_on_arabic_and_latin_punctuation_and_quotes() -> None:
    raw = "قال إنه «سيعود غدا.» ثم غادر؟ نعم! بلغ النمو 3.5 في المئة؛ وانتهى\nسطر جديد"
    sents = [s.text for s in split_sentences(raw)]
    assert sents == ["قال إنه «سيعود غدا.»", "ثم غادر؟", "نعم!", "بلغ النمو 3.5 في المئة؛", "وانتهى", "سطر جديد"]


def test_initials_do_not_end_a_sentence() -> None:
    assert len(split_sentences("زار د. أحمد المدينة.")) == 1
