"""Fifth round of the event coder: gatherings with a protest purpose and the verbs that share
their unnamed crowd, acts inside a relative clause about people, a verbal noun after تم + an
adverbial of the event just named, photo captions in the present, and a bare القوات in
reported speech.

Classes: تجمع/احتشد/اعتصم + احتجاجا (one PROTEST, actors [] as in the gold files) and a following
و + plural verb (واتهموا، وهددوا) with the same unknown actor, a name after that verb being its
object; ورفع المحتجون، الذين قطعوا الطرق: the act in الذين + verb is the crowd's (PROTEST), while
a thing's relative clause (المنشأة التي تعرضت لضربات) stays background; أجرى X اتصالا مع Y، تم
خلاله الاتفاق على: AGREE by X and Y; a caption "محتجون يغلقون طريقا ...، 3 آب 2024." codes a
PROTEST dated by the caption (the seed gold codes the caption's air strike); قال شهود إن القوات
استخدمت الغاز لتفريق المتظاهرين in an article about one country: that country's forces. Every
sentence was written for these tests, with names and places not in the dev set; entities are
marked by hand as the entity stage would give them.

Each case: (marked-up text, expected events); an expected event is
(type, word inside the trigger, actors, targets or None to skip the check, date or None to
skip). An empty list means no event may be coded.
"""

from __future__ import annotations

import pytest
from events_helpers import Expected, assert_events

N = None
Case = tuple[str, list[tuple[str, str, list[str], list[str] | None, str | None]]]

GATHERINGS: list[Case] = [
    ("وتجمع عشرات من السكان أمام مبنى البلدية احتجاجا على انقطاع المياه.",
     [("PROTEST", "احتجاجا", [], [], N)]),
    ("واحتشد المئات في ساحة الشهداء احتجاجا على غلاء الأسعار.", [("PROTEST", "احتشد", [], [], N)]),
    ("واعتصم موظفون أمام وزارة المالية للمطالبة برواتبهم.", [("PROTEST", "اعتصم", [], [], N)]),
    # a coordinated verb shares the unnamed crowd: same (empty) actor, not a name nearby
    ("وتجمع عشرات من الأهالي أمام مقر المحافظة احتجاجا على تلوث النهر، واتهموا المسؤولين بالتقصير.",
     [("PROTEST", "احتجاجا", [], [], N), ("ACCUSE", "اتهموا", [], [], N)]),
    ("وتظاهر المئات أمام مقر شركة النفط في [كركوك|GPE|Kirkuk] احتجاجا على البطالة، "
     "واتهموا [وزارة النفط العراقية|ORG|Ministry of Oil (Iraq)] بالتمييز.",
     [("PROTEST", "تظاهر", [], [], N), ("ACCUSE", "اتهموا", [], ["Ministry of Oil (Iraq)"], N)]),
    ("واعتصم عمال الميناء أمام الإدارة، وهددوا بالإضراب المفتوح.",
     [("PROTEST", "اعتصم", [], [], N), ("THREATEN", "هددوا", [], [], N)]),
    ("وتظاهر العشرات أمام مجلس المحافظة احتجاجا على تأخر الرواتب، وطالبوا بإقالة المدير.",
     [("PROTEST", "تظاهر", [], [], N), ("REQUEST", "طالبوا", [], [], N)]),
    ("وطالب مزارعون [وزارة الزراعة المغربية|ORG|Ministry of Agriculture (Morocco)] بتعويضهم عن الخسائر.",
     [("REQUEST", "طالب", [], ["Ministry of Agriculture (Morocco)"], N)]),
    # a named protester keeps the coordinated verb
    ("وتظاهر أنصار [حزب العمال|ORG|Workers' Party] أمام البرلمان، واتهموا الحكومة بالفساد.",
     [("PROTEST", "تظاهر", ["Workers' Party"], [], N), ("ACCUSE", "اتهموا", ["Workers' Party"], [], N)]),
    # negatives: gathering with no protest purpose; a crowd that is the object
    ("وتجمع المئات في الملعب لمتابعة المباراة النهائية.", []),
    ("واحتشد المصلون في المسجد لأداء صلاة العيد.", []),
]

RELATIVES: list[Case] = [
    ("ورفع المحتجون، الذين قطعوا طرقا رئيسية في المدينة، شعارات تطالب بالإصلاح.",
     [("PROTEST", "قطعوا", [], [], N)]),
    ("وردد المتظاهرون الذين أغلقوا الطريق الدولي هتافات ضد الفساد.", [("PROTEST", "أغلقوا", [], [], N)]),
    ("وقال المعتصمون، الذين تظاهروا أمام السفارة، إن مطالبهم واضحة.", [("PROTEST", "تظاهروا", [], [], N)]),
    # background kept: an attack recalled in a relative clause about a thing, not people acting
    ("وزار الوفد المنشأة التي تعرضت لضربات جوية الشهر الماضي.", []),
    # a relative clause about a thing: a closed road is no protest
    ("وسلك السكان الطريق الذي أغلقته السلطات قبل أسبوع.", []),
]

TAMMA: list[Case] = [
    ("وأجرى [رجب طيب أردوغان|PERSON|Recep Tayyip Erdoğan] اتصالا هاتفيا مع "
     "[شوكت ميرضيائيف|PERSON|Shavkat Mirziyoyev]، تم خلاله الاتفاق على زيادة حجم التبادل التجاري.",
     [("CONSULT", "اتصالا", ["Recep Tayyip Erdoğan"], ["Shavkat Mirziyoyev"], N),
      ("AGREE", "اتفاق", ["Recep Tayyip Erdoğan"], ["Shavkat Mirziyoyev"], N)]),
    ("واجتمع [قاسم جومارت توكاييف|PERSON|Kassym-Jomart Tokayev] مع "
     "[إلهام علييف|PERSON|Ilham Aliyev]، وتم خلال الاجتماع الاتفاق على مد خط للغاز.",
     [("CONSULT", "اجتمع", ["Kassym-Jomart Tokayev"], ["Ilham Aliyev"], N),
      ("AGREE", "اتفاق", ["Kassym-Jomart Tokayev"], ["Ilham Aliyev"], N)]),
    # a crown prince's title (ولي العهد) between مع and the name: still the other party
    ("وأجرى [ماكي سال|PERSON|Macky Sall] اتصالا هاتفيا مع ولي العهد [مشعل الأحمد|PERSON|Mishal Al-Ahmad]، "
     "تم خلاله الاتفاق على تعزيز التعاون الاقتصادي.",
     [("CONSULT", "اتصالا", ["Macky Sall"], ["Mishal Al-Ahmad"], N),
      ("AGREE", "اتفاق", ["Macky Sall"], ["Mishal Al-Ahmad"], N)]),
    # negatives: خلال a period, and an agreement named as a document
    ("تم خلال العام الماضي الاتفاق على خطة جديدة.", []),
    ("وناقش الطرفان الاتفاق السابق.", []),
]

CAPTIONS: list[Case] = [
    ("محتجون يغلقون طريقا بالإطارات المشتعلة في مدينة [سوسة|GPE|Sousse]، {3 آب 2024|2024-08-03}.",
     [("PROTEST", "يغلقون", [], [], "2024-08-03")]),
    ("متظاهرون يقطعون شارعا رئيسيا في [طرابلس|GPE|Tripoli]، {12 تشرين الأول 2024|2024-10-12}.",
     [("PROTEST", "يقطعون", [], [], "2024-10-12")]),
    ("وقال شهود إن المحتجين يقطعون الطرق المؤدية إلى المطار.", [("PROTEST", "يقطعون", [], [], N)]),
    # negatives: a caption with no act; a road cut idiomatically by an institution
    ("متظاهرون في ساحة المدينة، {3 آب 2024|2024-08-03}.", []),
    ("وقطعت الحكومة الطريق على المعارضة.", []),
]

FORCES: list[Case] = [
    ("خرجت احتجاجات في [الخرطوم|GPE|Khartoum] ضد [الحكومة السودانية|ORG|Government of Sudan]. "
     "وقال شهود في العاصمة إن القوات استخدمت الغاز المسيل للدموع لتفريق المتظاهرين.",
     [("COERCE", "تفريق", ["Sudan"], N, N)]),
    ("وقال ناشطون في [نابل|GPE|Nabeul] في [تونس|GPE|Tunisia] إن الشرطة فرقت المعتصمين بالقوة.",
     [("COERCE", "فرقت", ["Tunisia"], N, N)]),
    # no country named: the unknown source stays
    ("وقال شهود إن القوات استخدمت الغاز المسيل للدموع لتفريق المتظاهرين.", [("COERCE", "تفريق", [], N, N)]),
    # forces named by another side are not the home country's
    ("وفي [تونس|GPE|Tunisia]، قال شهود إن قوات حفظ السلام فرقت المحتجين.", []),
]


@pytest.mark.parametrize(("marked", "expected"), GATHERINGS + RELATIVES + TAMMA + CAPTIONS + FORCES)
def test_round5(marked: str, expected: list[Expected]) -> None:
    assert_events(marked, expected, last="date")
