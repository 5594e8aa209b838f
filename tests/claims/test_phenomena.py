"""Claims of constructions news writes often: a category given by عدد/حصيلة X before the figure,
verbal nouns and displacement verbs before it, subsets and list continuations of a casualty
count, ranges that are not ranges, and people counts that must not take a casualty category.

Our own sentences, written for these tests.
"""

from __future__ import annotations

import pytest
from claims_helpers import claims_of

# sentence -> the one claim expected: (quantity text, value, bound, category)
SINGLE: list[tuple[str, str, float, str, str]] = [
    # 1. عدد X / حصيلة X before the figure, across quotes, adverbials and coordinated words
    ("وقال المتحدث إن عدد القتلى «أقل من 100» حتى الآن.", "أقل من 100", 100, "upper", "killed"),
    ('وقال الطبيب إن عدد الجرحى "يزيد على 300".', "يزيد على 300", 300, "lower", "injured"),
    ("ويقدر عدد النازحين داخل الإقليم وخارجه بأكثر من مليوني شخص.", "أكثر من مليوني", 2000000, "lower",
     "displaced"),
    ("ويقدر عدد اللاجئين في الخارج وداخل البلاد بنحو 4 ملايين.", "نحو 4 ملايين", 4000000, "approx", "displaced"),
    ("وبلغ عدد المعتقلين منذ بداية الاحتجاجات وحتى الآن نحو 1500.", "نحو 1500", 1500, "approx", "arrested"),
    ("وارتفعت حصيلة الجرحى جراء الانفجار وانهيار المبنى إلى 75.", "75", 75, "exact", "injured"),
    ("وارتفع عدد المصابين إلى 250 مصابا.", "250", 250, "exact", "injured"),
    ("وبلغت حصيلة القتلى 46 حتى مساء اليوم.", "46", 46, "exact", "killed"),
    ("وأعلنت الوزارة أن عدد الوفيات تجاوز 900.", "تجاوز 900", 900, "lower", "killed"),
    ("وتخطى عدد المصابين 5 آلاف منذ بداية الأسبوع.", "5 آلاف", 5000, "lower", "injured"),
    ("وقالت المنظمة إن عدد المفقودين في المناطق المنكوبة وحدها يناهز 600.", "يناهز 600", 600, "approx",
     "missing"),
    # 2. verbal nouns before the figure
    ("وأعلنت الشرطة اعتقال 45 مطلوبا في حملة أمنية.", "45", 45, "exact", "arrested"),
    ("وأسفرت المداهمات عن توقيف 12 مطلوبين للقضاء.", "12", 12, "exact", "arrested"),
    ("وأعلن الجيش تدمير 35 منزلا في القرية.", "35", 35, "exact", "buildings"),
    ("وأعلنت الفصائل إطلاق 60 صاروخا على المستوطنات.", "60", 60, "exact", "rockets"),
    ("وأدى الإعصار إلى نزوح 8 آلاف أسرة.", "8 آلاف", 8000, "exact", "displaced"),
    ("وأكدت الوزارة إصابة 23 طفلا بشظايا.", "23", 23, "exact", "injured"),
    # 3. displacement verbs
    ("ولجأ نحو 500 ألف شخص إلى البلدان المجاورة منذ اندلاع القتال.", "نحو 500 ألف", 500000, "approx",
     "displaced"),
    ("ولجأت أكثر من 300 عائلة إلى المدارس.", "أكثر من 300", 300, "lower", "displaced"),
    ("ونزحت 1200 أسرة من القرى الحدودية.", "1200", 1200, "exact", "displaced"),
    ("وهجرت الحرب أكثر من 4 ملايين شخص.", "أكثر من 4 ملايين", 4000000, "lower", "displaced"),
    ("واضطر أكثر من 70 ألف شخص إلى مغادرة منازلهم بسبب الفيضانات.", "أكثر من 70 ألف", 70000, "lower",
     "displaced"),
    ("وأجبرت المعارك نحو 15 ألف عائلة على مغادرة بيوتها.", "نحو 15 ألف", 15000, "approx", "displaced"),
    ("وفرت 900 عائلة من البلدة بعد اشتداد المعارك.", "900", 900, "exact", "displaced"),
    # 4. a number word that is an adjective does not open a range
    ("وارتفع العائد على السندات لأجل سنة واحدة إلى 21.5%.", "21.5%", 21.5, "exact", "percent"),
    ("وخفض البنك الفائدة بمقدار نقطة واحدة إلى 12%.", "12%", 12, "exact", "percent"),
    ("وصعد سعر الفائدة لليلة واحدة إلى ١٨٫٥٪ أمس.", "١٨٫٥٪", 18.5, "exact", "percent"),
    # bounds written as verbs or in the feminine
    ("وقررت الحكومة خفض النفقات بنسبة لا تقل عن 15%.", "لا تقل عن 15%", 15, "lower", "percent"),
    ("ونفذ المشروع بتكلفة لا تتجاوز 2 مليون دولار.", "لا تتجاوز 2 مليون", 2000000, "upper", "money"),
    ("وقدرت الخسائر بما لا يقل عن 3 مليارات دولار.", "ما لا يقل عن 3 مليارات", 3000000000, "lower", "money"),
]

# sentence -> every claim expected: (quantity text, value, category)
MULTI: list[tuple[str, list[tuple[str, float, str]]]] = [
    # 5. subsets and list continuation of a casualty count
    ("أصيب 60 شخصا بجروح، بينهم 9 حالتهم حرجة.", [("60", 60, "injured"), ("9", 9, "injured")]),
    ("أصيب أكثر من 40 شخصا، بينهم 7 في حال خطرة.", [("أكثر من 40", 40, "injured"), ("7", 7, "injured")]),
    ("قتل 25 شخصا، من بينهم 6 أطفال.", [("25", 25, "killed"), ("6", 6, "killed")]),
    ("وأسفر الهجوم عن مقتل 14 جنديا، إضافة إلى 3 مدنيين.", [("14", 14, "killed"), ("3", 3, "killed")]),
    ("وقتل 80 مسلحا على الأقل، معظمهم من الأجانب، فضلا عن نحو 20 مدنيا.",
     [("80", 80, "killed"), ("نحو 20", 20, "killed")]),
    ("وقالت الشرطة إن المهاجمين خطفوا 35 تلميذا، وإن 12 منهم لم يعودوا بعد.",
     [("35", 35, "hostages"), ("12", 12, "hostages")]),
    ("ونزح 4 آلاف شخص، عاد منهم 500 إلى منازلهم.", [("4 آلاف", 4000, "displaced")]),
    # a count of the category after عدد X, and its time span left out
    ("وارتفع عدد القتلى خلال 3 أيام إلى 40.", [("40", 40, "killed")]),
    ("وارتفع عدد القتلى من 50 إلى 70.", [("50", 50, "killed"), ("70", 70, "killed")]),
    # a range is still a range
    ("وقتل ما بين 5 و7 أشخاص.", [("ما بين 5 و7", 5, "killed")]),
    ("وقتل من 20 إلى 30 شخصا.", [("من 20 إلى 30", 20, "killed")]),
    ("وأصيب عشرة إلى عشرين شخصا.", [("عشرة إلى عشرين", 10, "injured")]),
    ("وارتفع التضخم إلى ما بين 20 و25% الشهر الماضي.", [("ما بين 20 و25%", 20, "percent")]),
]

# 6. people counts that must not take a casualty category, and figures that are no claims
NON: list[str] = [
    "وشارك آلاف السكان في مراسم دفن القتلى.",
    "وشيع آلاف المواطنين جثامين الضحايا في جنازة حاشدة.",
    "وحضر مئات الأشخاص تأبين الجرحى في ساحة البلدة.",
    "وبلغ عدد سكان المدينة 300 ألف نسمة.",
    "وعاد مئات من السكان إلى منازلهم صباح أمس.",
    "وغادر 300 مسافر المطار بعد تأخر الرحلة.",
    "وبقي سعر الفائدة لليلة واحدة دون تغيير.",
    "ويقدر عدد الطلاب في الجامعة بنحو 20 ألفا.",
]


@pytest.mark.parametrize(("sentence", "quantity", "value", "bound", "category"), SINGLE,
                         ids=[c[0][:40] for c in SINGLE])
def test_single(sentence: str, quantity: str, value: float, bound: str, category: str) -> None:
    claims = claims_of(sentence)
    assert [(c.quantity.text, c.value, c.bound, c.category) for c in claims] == [(quantity, value, bound, category)]


@pytest.mark.parametrize(("sentence", "expected"), MULTI, ids=[c[0][:40] for c in MULTI])
def test_multi(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(c.quantity.text, c.value, c.category) for c in claims_of(sentence)] == expected


@pytest.mark.parametrize("sentence", NON)
def test_none(sentence: str) -> None:
    assert [(c.quantity.text, c.category) for c in claims_of(sentence)] == []


def test_range_needs_compatible_ends() -> None:
    """واحدة إلى 18%: a number word adjective and a percent in digits are not one range."""
    claims = claims_of("وصعد سعر الفائدة لليلة واحدة إلى ١٨٫٥٪ أمس.")
    assert all(c.value_max is None for c in claims)


# a share of the people with a verb of a category; a source phrase of another clause
SHARES: list[tuple[str, str, str | None]] = [
    ("وقالت المنظمة إن نحو 80% من سكان المخيم نزحوا خلال شهر.", "displaced", "المنظمة"),
    ("وتقول السلطات إن 15% من الأطفال أصيبوا في القصف.", "injured", "السلطات"),
    ("وأشار التقرير إلى أن 60% من السكان يعيشون تحت خط الفقر.", "percent", "التقرير"),
    ("ورفع البنك الفائدة إلى 21%، كما سمح بتحرير سعر الصرف وفقا لقواعد السوق.", "percent", None),
]


@pytest.mark.parametrize(("sentence", "category", "source"), SHARES, ids=[c[0][:40] for c in SHARES])
def test_share_and_clause_source(sentence: str, category: str, source: str | None) -> None:
    claims = claims_of(sentence)
    assert len(claims) == 1
    assert claims[0].category == category
    assert (claims[0].source.text if claims[0].source else None) == source


# the subject of a reporting verb before it (with قد, كان) or after a time adverbial
VERB_SOURCES: list[tuple[str, str | None]] = [
    ("وكانت الشرطة قد أعلنت يوم الجمعة اعتقال 14 شخصا.", "الشرطة"),
    ("والدفاع المدني أعلن أمس انتشال 9 جثث.", "الدفاع المدني"),
    ("وأعلنت البلدية مساء الأحد تدمير 20 منزلا في القصف.", "البلدية"),
    ("وأعلن مقتل 27 شخصا في الهجوم.", None),
    ("وأظهرت حصيلة وزارة الصحة مقتل 40 شخصا.", "وزارة الصحة"),
]


@pytest.mark.parametrize(("sentence", "source"), VERB_SOURCES, ids=[c[0][:40] for c in VERB_SOURCES])
def test_verb_source(sentence: str, source: str | None) -> None:
    claims = claims_of(sentence)
    assert len(claims) == 1
    assert (claims[0].source.text if claims[0].source else None) == source


def test_sites_struck_and_long_source() -> None:
    """Sites of an attack count strikes; a source name runs on after في (مسؤول في وكالة ...)."""
    claims = claims_of("وقصفت الطائرات أكثر من 40 هدفا في 12 موقعا خلال الليل.")
    assert [(c.value, c.category) for c in claims] == [(40, "strikes"), (12, "strikes")]
    assert claims_of("ونشرت البلدية حاويات في 12 موقعا بالمدينة.") == []
    claims = claims_of("وقال مسؤول في وكالة الغوث الدولية إن 30 شاحنة دخلت المعبر.")
    assert claims[0].source is not None and claims[0].source.text.startswith("مسؤول في وكالة")


# a bare singular or dual people noun coordinated after a casualty count
COORDINATED: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("وأسفرت الغارة عن مقتل 7 مدنيين وشرطي.", [("7", 7, "killed"), ("شرطي", 1, "killed")]),
    ("وأصيب 4 عمال وطفلان في الانفجار.", [("4", 4, "injured"), ("طفلان", 2, "injured")]),
    ("واعتقلت القوات 9 شبان وامرأة من البلدة.", [("9", 9, "arrested"), ("امرأة", 1, "arrested")]),
    ("وقتل 3 أشخاص وأصيب آخرون.", [("3", 3, "killed")]),
    ("ودمرت الغارات 20 منزلا ومسجدا.", [("20", 20, "buildings")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COORDINATED, ids=[c[0][:40] for c in COORDINATED])
def test_coordinated(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(c.quantity.text, c.value, c.category) for c in claims_of(sentence)] == expected


def test_count_of_illness_is_no_claim() -> None:
    """عدد المصابين بالكوليرا ... إلى 30: cases of an illness, however far the figure stands."""
    assert claims_of("وانخفض عدد المصابين بالكوليرا الذين تعالجهم المراكز الصحية في الإقليم إلى 30.") == []


def test_share_of_people_just_named_and_day_label() -> None:
    claims = claims_of("وقالت الوكالة إن 1.2 مليون شخص يعيشون في المدينة، 60% منهم نزحوا.")
    assert [(c.value, c.category) for c in claims] == [(60, "displaced")]
    claims = claims_of("وارتفعت حصيلة القتلى في اليوم 150 للحرب إلى 28 ألفا.")
    assert [(c.value, c.category) for c in claims] == [(28000, "killed")]


def test_anaphora_needs_a_state_and_count_of_things() -> None:
    assert [c.value for c in claims_of("وأصيب 30 شخصا، وأكد الأطباء أن 5 منهم فارقوا الحياة لاحقا.")] == [30]
    claims = claims_of("وأصيب 3 أشخاص، وقال الدفاع المدني إن 2 منهم في حالة حرجة.")
    assert [(c.value, c.category) for c in claims] == [(3, "injured"), (2, "injured")]
    claims = claims_of("وبلغ عدد الصواريخ التي أطلقت على المدن منذ بداية الحرب 9 آلاف.")
    assert [(c.value, c.category) for c in claims] == [(9000, "rockets")]
