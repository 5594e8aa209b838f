"""Sixth round of the event coder: a support verb whose noun follows an inserted date with two
calendars, a headline visit by an office resolved to the person the body names, a clash recalled
after بعد with its own date and sides, and a body of an organization (الكتلة البرلمانية لحركة X)
acting for it.

Every sentence was written for these tests, with names and places not in the dev set; entities
and dates are marked by hand as the entity and timex stages would give them. Each case: (marked-up
text, expected events); an expected event is (type, word inside the trigger, actors, targets or
None to skip the check, date or None to skip). An empty list means no event may be coded.
"""

from __future__ import annotations

import pytest
from events_helpers import Expected, assert_events, build, code

from khabar.events import events_stage
from khabar.model import Span

N = None
Case = tuple[str, list[tuple[str, str, list[str], list[str] | None, str | None]]]

DATES: list[Case] = [
    # the verb stays the trigger when a long date stands between it and its noun
    ("فرض [الاتحاد الأوروبي|ORG|European Union]، {يوم الاثنين|2025-02-03} {3 شباط 2025|2025-02-03}، "
     "عقوبات جديدة على شركات نفط.", [("SANCTION", "فرض", ["European Union"], N, "2025-02-03")]),
    ("فرضت [وزارة الخزانة البريطانية|ORG|HM Treasury]، {أمس الثلاثاء|2025-01-14} "
     "{14 كانون الثاني 2025|2025-01-14}، عقوبات على خمسة من قادة الميليشيا.",
     [("SANCTION", "فرضت", ["HM Treasury"], N, "2025-01-14")]),
    ("فرضت [كندا|GPE|Canada]، {أمس|2025-01-14}، عقوبات على مسؤولين.", [("SANCTION", "فرضت", ["Canada"], N, N)]),
    # a date alone does not make a sanction: the noun is still required
    ("فرضت [السلطات المحلية|ORG|Local authorities]، {يوم الأحد|2025-01-12} {12 كانون الثاني 2025|2025-01-12}، "
     "حظر تجول في المدينة.", []),
]

CLASHES: list[Case] = [
    # a clash recalled after بعد with its own date and its sides is a past event (an army is
    # coded with its country too, as everywhere)
    ("وتأتي المبادرة بعد اشتباكات عنيفة شهدتها البلدة {في أيلول الماضي|2024-09} بين "
     "[الجيش اللبناني|ORG|Lebanese Armed Forces] ومسلحين.",
     [("ASSAULT", "اشتباكات", ["Lebanese Armed Forces", "Lebanon"], [], "2024-09")]),
    ("وجاء القرار بعد اشتباكات شهدها الإقليم {الشهر الماضي|2025-02} بين [الجيش الإثيوبي|ORG|Ethiopian National Defense Force] "
     "و[جبهة فانو|ORG|Fano]. ",
     [("ASSAULT", "اشتباكات", ["Ethiopian National Defense Force", "Ethiopia"], ["Fano"], "2025-02")]),
    ("واندلعت اشتباكات في [بنغازي|GPE|Benghazi] بين [قوات الردع|ORG|Rada Force] و[اللواء 444|ORG|444th Brigade].",
     [("ASSAULT", "اشتباكات", ["Rada Force"], ["444th Brigade"], N)]),
    # negatives: a generic mention with no sides and no date
    ("وتأتي الخطوة بعد اشتباكات في المنطقة.", []),
    ("وتخشى الأسر من تجدد الاشتباكات.", []),
]

BODIES: list[Case] = [
    ("ورفضت الكتلة البرلمانية [لحزب النهضة|ORG|Ennahda] التصويت على الموازنة.",
     [("REJECT", "رفضت", ["Ennahda"], N, N)]),
    ("وانتقد المكتب التنفيذي [لاتحاد الشغل|ORG|UGTT] [الحكومة التونسية|ORG|Government of Tunisia].",
     [("ACCUSE", "انتقد", ["UGTT"], ["Government of Tunisia"], N)]),
    ("وأدانت القيادة المركزية [لحركة الجهاد|ORG|Islamic Jihad] الهجوم.", [("ACCUSE", "أدانت", ["Islamic Jihad"], N, N)]),
    ("ونددت اللجنة [لحزب الأمة|ORG|Umma Party] بالاعتقالات.", [("ACCUSE", "نددت", ["Umma Party"], N, N)]),
    # negatives: the body in a genitive or after a preposition is not the doer
    ("وانتقد [الرئيس|PERSON|President] أعضاء الكتلة البرلمانية [لحزب الوسط|ORG|Centre Party].",
     [("ACCUSE", "انتقد", ["President"], N, N)]),
    ("وأرسل الوزير رسالة إلى المكتب السياسي [لحزب الشعب|ORG|People's Party].", []),
]


@pytest.mark.parametrize(("marked", "expected"), DATES + CLASHES + BODIES)
def test_round6(marked: str, expected: list[Expected]) -> None:
    assert_events(marked, expected, date="2025-03-06", last="date")


def _headline(marked: str) -> list[tuple[str, list[str], list[str], str]]:
    doc = build(marked, "2025-03-06")
    first_line = doc.text.index("\n")
    doc.layout.headline = Span.of(doc.text, 0, first_line)
    events_stage(doc)
    for ev in doc.events:
        for sp in ev.actor_spans:
            assert doc.text[sp.start:sp.end] == sp.text
    return [(e.type, e.actors, e.targets, e.actor_spans[0].text if e.actor_spans else "") for e in doc.events
            if e.trigger.start < first_line]


def test_headline_visit_by_an_office_is_its_holder() -> None:
    got = _headline("أول زيارة لرئيس وزراء [أردني|NORP|Jordanian] إلى [العراق|GPE|Iraq] منذ سنوات\n\n"
                    "وصل رئيس الوزراء [الأردني|NORP|Jordanian] [جعفر حسان|PERSON|Jafar Hassan] إلى "
                    "[بغداد|GPE|Baghdad] صباح اليوم.")
    assert got == [("CONSULT", ["Jafar Hassan"], ["Iraq"], "رئيس وزراء أردني")]


def test_headline_visit_by_a_minister() -> None:
    got = _headline("زيارة لوزير دفاع [إيطالي|NORP|Italian] إلى [ليبيا|GPE|Libya]\n\n"
                    "بدأ وزير الدفاع [الإيطالي|NORP|Italian] [غويدو كروسيتو|PERSON|Guido Crosetto] جولة تشمل "
                    "[طرابلس|GPE|Tripoli].")
    assert got == [("CONSULT", ["Guido Crosetto"], ["Libya"], "وزير دفاع إيطالي")]


def test_headline_office_keeps_the_country_when_the_title_differs() -> None:
    # the body names the head of state, not the head of government: no guess
    got = _headline("أول زيارة لرئيس حكومة [أردني|NORP|Jordanian] إلى [العراق|GPE|Iraq]\n\n"
                    "وصل الرئيس [الأردني|NORP|Jordanian] [سامي ناصر|PERSON|Sami Nasser] إلى [بغداد|GPE|Baghdad].")
    assert got == [("CONSULT", ["Jordan"], ["Iraq"], "أردني")]


def test_headline_office_keeps_the_country_when_two_persons_fit() -> None:
    got = _headline("زيارة لوزير [مصري|NORP|Egyptian] إلى [الأردن|GPE|Jordan]\n\n"
                    "وصل الوزير [المصري|NORP|Egyptian] [كريم فوزي|PERSON|Karim Fawzi] ورافقه الوزير "
                    "[المصري|NORP|Egyptian] [هشام رزق|PERSON|Hisham Rizk].")
    assert got[0][1] == ["Egypt"]


OFFICES: list[Case] = [
    # ل + a one-person title + a nationality: the doer is that country (a headline without a body)
    ("زيارة لرئيس وزراء [كرواتي|NORP|Croatian] إلى [ألبانيا|GPE|Albania]",
     [("CONSULT", "زيارة", ["Croatia"], ["Albania"], N)]),
    ("أول زيارة لوزيرة خارجية [نمساوية|NORP|Austrian] إلى [تونس|GPE|Tunisia]",
     [("CONSULT", "زيارة", ["Austria"], ["Tunisia"], N)]),
    # a title with no nationality names no doer: a bare visit noun is not coded
    ("زيارة لرئيس النادي إلى [الرباط|GPE|Rabat]", []),
]


@pytest.mark.parametrize(("marked", "expected"), OFFICES)
def test_office_doer(marked: str, expected: list[tuple[str, str, list[str], list[str] | None, str | None]]) -> None:
    _, events = code(marked, "2025-03-06")
    got = [(e.type, e.trigger.text, e.actors, e.targets) for e in events]
    assert [(typ, word, actors) for typ, word, actors, _, _ in expected] == [g[:3] for g in got], got
    for ev, exp in zip(events, expected, strict=True):
        if exp[3] is not None:
            assert ev.targets == exp[3], got
