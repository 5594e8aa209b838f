"""Document-level behaviour: headline/dek repeats, set-aside text, elaboration, determinism."""

from __future__ import annotations

from events_helpers import build, code

from khabar.events import events_stage
from khabar.model import Duplicate, Span


def test_headline_repeat_is_coded_once_in_the_body() -> None:
    text = ("اجتماع [مصري|NORP|Egyptian] [قطري|NORP|Qatari] مرتقب في القاهرة\n\n"
            "قال مسؤولون إن [مصر|GPE|Egypt] و[قطر|GPE|Qatar] تعتزمان عقد اجتماع {غدا|2024-04-02} لبحث التهدئة.")
    doc = build(text)
    first_line = doc.text.index("\n")
    doc.layout.headline = Span.of(doc.text, 0, first_line)
    events_stage(doc)
    assert len(doc.events) == 1
    ev = doc.events[0]
    assert ev.trigger.start > first_line
    assert ev.actors == ["Egypt"] and ev.targets == ["Qatar"]
    assert ev.modality == "planned" and ev.date == "2024-04-02"


def test_without_layout_both_mentions_are_kept() -> None:
    text = ("اجتماع [مصري|NORP|Egyptian] [قطري|NORP|Qatari] مرتقب في القاهرة\n\n"
            "وعقدت [مصر|GPE|Egypt] و[إسرائيل|GPE|Israel] اجتماعا أمنيا.")
    _, events = code(text)
    assert [(e.type, e.actors) for e in events] == [("CONSULT", ["Egypt"]), ("CONSULT", ["Egypt"])]


def test_set_aside_text_is_skipped() -> None:
    text = "شنت [إسرائيل|GPE|Israel] غارات على [غزة|GPE|Gaza Strip].\nشنت [إسرائيل|GPE|Israel] غارات على [غزة|GPE|Gaza Strip]."
    doc = build(text)
    second = doc.text.index("\n") + 1
    doc.layout.duplicates.append(Duplicate(start=second, end=len(doc.text), text=doc.text[second:], duplicate_of=0))
    events_stage(doc)
    assert len(doc.events) == 1 and doc.events[0].trigger.start < second


def test_elaboration_clause_gives_the_actor_and_is_not_coded_apart() -> None:
    text = ("وتواصل [إسرائيل|GPE|Israel] حربها بعد هجوم {7 أكتوبر|2023-10-07} عندما اقتحم مقاتلو "
            "[حماس|ORG|Hamas] المستوطنات واحتجزوا رهائن.")
    _, events = code(text)
    assert [(e.type, e.trigger.text, e.actors, e.date) for e in events] == [
        ("ASSAULT", "هجوم", ["Hamas"], "2023-10-07")]


def test_anaphoric_definite_noun_is_not_a_new_event() -> None:
    text = ("اجتمع [أنتوني بلينكن|PERSON|Antony Blinken] مع [سامح شكري|PERSON|Sameh Shoukry]. "
            "واستمر الاجتماع ساعتين. وقال مصدر إن اللقاء كان صريحا.")
    _, events = code(text)
    assert len(events) == 1 and events[0].trigger.text == "اجتمع"


def test_date_place_and_sentence() -> None:
    text = "اعتقلت [الشرطة التركية|ORG|Turkish police] {أمس|2024-03-31} عشرة أشخاص في [إسطنبول|GPE|Istanbul]."
    doc, events = code(text)
    ev = events[0]
    assert ev.date == "2024-03-31" and ev.place == "Istanbul"
    assert ev.place_span is not None and doc.text[ev.place_span.start:ev.place_span.end] == "إسطنبول"
    assert ev.sentence is not None and ev.sentence.text.startswith("اعتقلت")


def test_json_is_deterministic() -> None:
    text = "هاجمت [روسيا|GPE|Russia] [أوكرانيا|GPE|Ukraine]. ورفضت [أوكرانيا|GPE|Ukraine] المقترح [الروسي|NORP|Russian]."
    a, _ = code(text)
    b, _ = code(text)
    assert a.to_json() == b.to_json()


def test_no_entities_no_events() -> None:
    _, events = code("اجتمع الوزراء وناقشوا الاتفاق ثم هاجموا القرار.")
    assert events == []
