"""Claims in whole documents: hedges in the next sentence, entity links, place, date, layout."""

from __future__ import annotations

from khabar.claims import claims_stage
from khabar.model import Document, Entity, Span, Timex
from khabar.pipeline import new_document


def _ent(doc: Document, text: str, label: str, canonical: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Entity(start=start, end=start + len(text), text=text, label=label, canonical=canonical,  # type: ignore[arg-type]
                  entity_id=canonical)


def test_hedge_in_next_sentence() -> None:
    doc = new_document("قتل 40 شخصا في القصف. ولم يتسن التحقق من هذه الأرقام بشكل مستقل.")
    claims_stage(doc)
    assert len(doc.claims) == 1
    assert [h.text for h in doc.claims[0].hedges] == ["لم يتسن التحقق من هذه الأرقام بشكل مستقل"]


def test_next_sentence_hedge_not_carried_when_it_has_figures() -> None:
    doc = new_document("قتل 40 شخصا في القصف. وأصيب 30 آخرون ولم يتسن التحقق من ذلك.")
    claims_stage(doc)
    first, second = doc.claims
    assert first.hedges == [] and second.hedges != []


def test_next_sentence_belief_is_not_carried() -> None:
    doc = new_document("قتل 40 شخصا في القصف. ويعتقد المحللون أن الحرب ستطول.")
    claims_stage(doc)
    assert doc.claims[0].hedges == []


def test_at_least_bounds_its_own_figure_only() -> None:
    doc = new_document("قتل 10 أشخاص على الأقل وأصيب 20 آخرون.")
    claims_stage(doc)
    killed, injured = doc.claims
    assert killed.bound == "lower" and killed.hedges == []  # a bound, not also a hedge
    assert injured.bound == "exact" and injured.hedges == []


def test_source_linked_to_entity() -> None:
    doc = new_document("وقالت وزارة الصحة في غزة إن 120 شخصا قتلوا.")
    doc.entities.append(_ent(doc, "وزارة الصحة في غزة", "ORG", "Gaza Health Ministry"))
    doc.entities.append(_ent(doc, "غزة", "GPE", "Gaza Strip"))
    claims_stage(doc)
    (c,) = doc.claims
    assert c.source is not None and c.source.canonical == "Gaza Health Ministry"


def test_source_from_attribution_layer() -> None:
    from khabar.model import Attribution, Speaker

    doc = new_document("وأضاف أن 15 شخصا قتلوا في الغارة.")
    content_start = doc.text.index("15")
    doc.attributions.append(Attribution(
        kind="indirect", cue=Span.of(doc.text, 0, 5),
        speaker=Speaker(start=0, end=5, text=doc.text[0:5], type="person", canonical="John Kirby"),
        content=Span.of(doc.text, content_start, len(doc.text) - 1),
    ))
    claims_stage(doc)
    (c,) = doc.claims
    assert c.source is not None and c.source.canonical == "John Kirby"


def test_place_and_date_from_sentence() -> None:
    doc = new_document("قتل 25 شخصا في خان يونس يوم 3 مارس.", "2024-04-01")
    doc.entities.append(_ent(doc, "خان يونس", "GPE", "Khan Yunis"))
    s = doc.text.index("3 مارس")
    doc.timexes.append(Timex(start=s, end=s + 6, text="3 مارس", type="DATE", value="2024-03-03"))
    claims_stage(doc)
    (c,) = doc.claims
    assert (c.place, c.date) == ("Khan Yunis", "2024-03-03")


def test_no_place_or_date_without_layers() -> None:
    doc = new_document("قتل 25 شخصا في خان يونس يوم 3 مارس.")
    claims_stage(doc)
    (c,) = doc.claims
    assert c.place is None and c.date is None and c.source is None


def test_duration_timex_is_not_a_date() -> None:
    doc = new_document("قتل 25 شخصا خلال ستة أشهر.")
    s = doc.text.index("ستة أشهر")
    doc.timexes.append(Timex(start=s, end=s + 8, text="ستة أشهر", type="DURATION", value="P6M"))
    claims_stage(doc)
    assert doc.claims[0].date is None


def test_set_aside_text_is_skipped() -> None:
    text = "قتل 25 شخصا في القصف.\nاقرأ أيضا: مقتل 30 شخصا في غارة"
    doc = new_document(text)
    s = text.index("اقرأ")
    doc.layout.chrome.append(Span.of(text, s, len(text)))
    claims_stage(doc)
    assert [c.value for c in doc.claims] == [25]


def test_spans_quote_original_text_with_diacritics_and_indic_digits() -> None:
    text = "قُتِلَ أكثرُ من ٣٢ ألفَ فلسطينيٍّ، بحسبِ وزارةِ الصحةِ."
    doc = new_document(text)
    claims_stage(doc)
    (c,) = doc.claims
    assert c.quantity.text == text[c.quantity.start:c.quantity.end] == "أكثرُ من ٣٢ ألفَ"
    assert c.value == 32000 and c.bound == "lower" and c.category == "killed"
    assert c.source is not None and c.source.text == "وزارةِ الصحةِ"


def test_deterministic_json() -> None:
    text = "قتل 40 شخصا وأصيب 70 آخرون، بحسب مصادر طبية. ونزح 5 آلاف شخص."
    outs = set()
    for _ in range(3):
        doc = new_document(text, "2024-04-01")
        claims_stage(doc)
        outs.add(doc.to_json())
    assert len(outs) == 1


def test_empty_and_figureless_documents() -> None:
    for text in ("", "لا أرقام هنا على الإطلاق.", "\n\n"):
        doc = new_document(text)
        claims_stage(doc)
        assert doc.claims == []


def test_units() -> None:
    doc = new_document("دخلت 200 شاحنة مساعدات، ووصل 50 طنا من الطحين، وتعهدت الدولة بتقديم 3 ملايين يورو و$500.")
    claims_stage(doc)
    assert [(c.value, c.category, c.unit) for c in doc.claims] == [
        (200, "aid", "truck"), (50, "aid", "tonne"), (3000000, "money", "EUR"), (500, "money", "USD"),
    ]


def test_verification_note_two_sentences_later() -> None:
    doc = new_document("وأصيب 75 ألفا و933 شخصا.\n\nولا تميز الوزارة بين المدنيين والمقاتلين. "
                       "ولم يتسن لنا التحقق من الأرقام بشكل مستقل.")
    claims_stage(doc)
    (c,) = doc.claims
    assert c.value == 75933 and [h.text for h in c.hedges] == ["لم يتسن لنا التحقق من الأرقام بشكل مستقل"]


def test_verification_note_three_sentences_later_is_too_far() -> None:
    doc = new_document("وأصيب 75 شخصا. وقال الطبيب كلاما. وغادر المكان. ولم يتسن التحقق من الأرقام.")
    claims_stage(doc)
    assert doc.claims[0].hedges == []


def test_apposition_does_not_hide_the_verb() -> None:
    doc = new_document("وأشار المكتب إلى أن 1.7 مليون شخص، أي أكثر من 75% من السكان، نزحوا من منازلهم.")
    claims_stage(doc)
    assert [(c.value, c.category) for c in doc.claims] == [(1700000, "displaced"), (75, "percent")]
    assert all(c.source is not None and c.source.text == "المكتب" for c in doc.claims)


def test_prepositional_phrase_after_verb_is_not_the_source() -> None:
    doc = new_document("وقالت في بيان إن 40 شخصا قتلوا.")
    claims_stage(doc)
    assert doc.claims[0].source is None
    doc = new_document("الوزارة قالت للصحفيين إن 40 شخصا قتلوا.")
    claims_stage(doc)
    assert doc.claims[0].source is not None and doc.claims[0].source.text == "الوزارة"


def test_source_stops_after_a_name() -> None:
    doc = new_document("قتل نحو 1200 شخص، وفق إحصاء لفرانس برس يستند إلى أرقام رسمية.")
    s = doc.text.index("فرانس برس")
    doc.entities.append(Entity(start=s, end=s + 9, text="فرانس برس", label="ORG", canonical="Agence France-Presse",
                               entity_id="afp"))
    claims_stage(doc)
    (c,) = doc.claims
    assert c.source is not None and c.source.text == "فرانس برس" and c.source.canonical == "Agence France-Presse"


def test_each_clause_keeps_its_source() -> None:
    doc = new_document("قتل 5 أشخاص بحسب الوزارة، فيما أعلن الجيش اعتقال 20 مشتبها.")
    claims_stage(doc)
    assert [(c.value, c.source.text if c.source else None) for c in doc.claims] == [(5, "الوزارة"), (20, "الجيش")]
