"""Property tests: the claims stage never fails and every span quotes the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.claims import claims_stage
from khabar.pipeline import new_document

_PIECES = [
    "قتل", "أكثر من", "32", "ألف", "١٢٬٣٠٠", "1,200", "مليون", "ونصف", "عشرات", "الآلاف", "شخصا", "نازح",
    "بحسب", "وزارة الصحة", "قالت", "إن", "أن", "لم يتسن التحقق", "على الأقل", "بين", "و20", "من", "إلى",
    "%", "دولار", "،", ".", "\n", "«", "»", "ـ", "ً", "2023", "7 أكتوبر", "-", "/", ":", "ال", "وقتلوا",
    "رهينة", "يعتقد", "لكن", "نحو", "ما لا يقل عن", "ثلاثة", "وعشرون", "مئتا", "ألفين", "؟",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([" ", "", "  "]))
def test_never_fails_and_spans_quote_the_text(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    doc = new_document(text)
    claims_stage(doc)
    for c in doc.claims:
        assert text[c.quantity.start:c.quantity.end] == c.quantity.text
        assert c.quantity.text.strip() == c.quantity.text and c.quantity.text
        if c.source is not None:
            assert text[c.source.start:c.source.end] == c.source.text
        for h in c.hedges:
            assert text[h.start:h.end] == h.text
        if c.value_max is not None:
            assert c.value_max > c.value


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    doc = new_document(text)
    claims_stage(doc)
    for c in doc.claims:
        assert text[c.quantity.start:c.quantity.end] == c.quantity.text
