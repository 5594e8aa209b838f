"""The event stage never fails and always quotes the text, whatever the entities look like."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.events import events_stage
from khabar.model import Entity, Timex
from khabar.pipeline import new_document

WORDS = ["اجتمع", "وزير", "مع", "نظيره", "في", "القاهرة", "وشنت", "غارات", "على", "،", ".", "\n", "لم", "يعتزم",
         "إسرائيل", "حماس", "الأمريكي", "عقوبات", "فرضت", "«مفاوضات»", "و", "أن", "هجوم", "ألغى", "زيارة", "x"]
LABELS = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40),
       st.lists(st.tuples(st.integers(0, 300), st.integers(1, 20), st.sampled_from(LABELS)), max_size=8),
       st.lists(st.tuples(st.integers(0, 300), st.integers(1, 12)), max_size=3))
def test_no_crash_and_spans_quote(words, ents, tims) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    doc = new_document(text, "2024-04-01")
    for start, length, label in ents:
        if start < len(text):
            end = min(len(text), start + length)
            doc.entities.append(Entity(start=start, end=end, text=text[start:end], label=label,  # type: ignore[arg-type]
                                       canonical=f"E{start}", entity_id=f"E{start}"))
    for start, length in tims:
        if start < len(text):
            end = min(len(text), start + length)
            doc.timexes.append(Timex(start=start, end=end, text=text[start:end], type="DATE", value="2024-03-01"))
    events_stage(doc)
    for ev in doc.events:
        for sp in [ev.trigger, *ev.actor_spans, *ev.target_spans, ev.place_span, ev.sentence]:
            if sp is not None:
                assert text[sp.start:sp.end] == sp.text
