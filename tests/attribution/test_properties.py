"""Property test: on any mix of cue words, quotes and punctuation the stage never fails and
every span it gives quotes the text exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.attribution import attribution_stage
from khabar.pipeline import new_document

PIECES = ("قال وقالت يقول إن أن أنه بأن إلى على : « » “ ” \" . ، بحسب وفقا لـ نقلا عن حسبما أفادت "
          "الوزير مصدر مسؤولون البيت الأبيض شريطة عدم الكشف هويته وأضاف مضيفا قائلا في التي قد "
          "سي على حد قوله ( ) ؟ وزارة الصحة سامي العلي").split(" ") + ["\n", "\n\n", "  "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_spans_always_quote_the_text(pieces: list[str], glue: bool) -> None:
    text = ("" if glue else " ").join(pieces)
    doc = new_document(text)
    attribution_stage(doc)
    for a in doc.attributions:
        assert a.content.end > a.content.start
        for sp in (a.cue, a.content, a.speaker):
            if sp is not None:
                assert text[sp.start:sp.end] == sp.text
