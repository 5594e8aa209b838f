"""Counts of attacks, subset clauses before the verb, dual nouns that count two, large sums
whose currency stands apart, sources inside an anonymity condition or a speaking occasion,
and على الأقل as a bound rather than a hedge.

Our own sentences, written for these tests.
"""

from __future__ import annotations

import pytest
from claims_helpers import claims_of

# 1. counts of attacks and incidents: category "strikes" (attacks of any actor)
ATTACKS: list[tuple[str, str, float, str]] = [
    ("ووثقت المنظمة أكثر من 900 اعتداء نفذه مستوطنون خلال العام.", "أكثر من 900", 900, "lower"),
    ("وسجل المرصد 45 اعتداء على المزارعين في موسم الزيتون.", "45", 45, "exact"),
    ("وشهد الشهر الماضي نحو 250 اعتداء للمستوطنين في الضفة.", "نحو 250", 250, "approx"),
    ("وتعرضت المدارس لـ30 اعتداء منذ مطلع السنة.", "30", 30, "exact"),
    ("وأحصى التقرير 1200 اعتداءات على الصحفيين.", "1200", 1200, "exact"),
    ("وشنت الطائرات أكثر من 60 هجمة على المدينة.", "أكثر من 60", 60, "lower"),
    ("ونفذت الجماعة 17 هجوما على السفن التجارية.", "17", 17, "exact"),
    ("ورصد المكتب 85 حادثة إطلاق نار في الأحياء الشرقية.", "85", 85, "exact"),
    ("وسجلت الشرطة 40 حادثة اعتداء على الممتلكات.", "40", 40, "exact"),
    ("وقال الجيش إنه نفذ 25 عملية عسكرية في شمال البلاد.", "25", 25, "exact"),
    ("ونفذت الفصائل أكثر من 100 عملية مسلحة خلال العام.", "أكثر من 100", 100, "lower"),
    ("وشن الطيران 70 غارة على مواقع في الجنوب.", "70", 70, "exact"),
    ("ووجهت القوات 12 ضربة جوية لمخازن الأسلحة.", "12", 12, "exact"),
    ("وشهدت المدينة 14 عملية طعن ودهس منذ بداية العام.", "14", 14, "exact"),
]

# figures of operations and incidents that are not attacks
NOT_ATTACKS: list[str] = [
    "وأجرى الأطباء 40 عملية جراحية للمصابين بالسرطان.",
    "ونفذت البنوك 300 عملية تحويل خلال اليوم.",
    "وسجلت الطرق 120 حادثة سير خلال العطلة.",
    "وأطلقت الحكومة 15 عملية توظيف جديدة.",
]

# 2. a subset clause between a casualty count and its verb; the subset keeps the category
SUBSETS: list[tuple[str, list[tuple[float, str]]]] = [
    ("وقالت الوزارة إن 380 فلسطينيا، بينهم 95 طفلا، قتلوا منذ بداية الشهر.",
     [(380, "killed"), (95, "killed")]),
    ("وذكر المستشفى أن 140 شخصا، من بينهم 30 امرأة، أصيبوا في الانفجار.",
     [(140, "injured"), (30, "injured")]),
    ("وأفادت المنظمة بأن 2500 عائلة، بينها 600 عائلة من المخيم، نزحت إلى الشمال.",
     [(2500, "displaced"), (600, "displaced")]),
    ("وقتل 520 مدنيا، بينهم 130 طفلا، في القصف.", [(520, "killed"), (130, "killed")]),
    ("وأصيب 210 أشخاص، منهم 40 في حالة حرجة، جراء الزلزال.", [(210, "injured"), (40, "injured")]),
    ("وقتل 45 شخصا، نحو عشرة منهم أطفال.", [(45, "killed"), (10, "killed")]),
    ("وقتل 33 شخصا، نحو عشرة منهم من عائلة واحدة.", [(33, "killed"), (10, "killed")]),
    ("وأصيب العشرات، نحو خمسة منهم في حالة خطرة.", [(20, "injured"), (5, "injured")]),
    ("واعتقلت الشرطة 60 متظاهرا، نحو 20 منهم طلاب.", [(60, "arrested"), (20, "arrested")]),
    ("وأسفر القصف عن مقتل 310 أشخاص، بينهم 90 طفلا و45 امرأة.",
     [(310, "killed"), (90, "killed"), (45, "killed")]),
    ("وقتل 75 شخصا بينهم 20 طفلا.", [(75, "killed"), (20, "killed")]),
    ("وقال الدفاع المدني إن 93 شخصا (بينهم 11 طفلا) أصيبوا في الحريق.", [(93, "injured"), (11, "injured")]),
    ("وأفاد المكتب بأن 58 مدنيا - بينهم 9 نساء - قتلوا في القصف.", [(58, "killed"), (9, "killed")]),
    ("وقالت الوزارة إن 270 فلسطينيا، بينهم 70 طفلا و35 امرأة، استشهدوا خلال الأسبوع.",
     [(270, "killed"), (70, "killed"), (35, "killed")]),
]

# 3. dual people nouns after a casualty verb or verbal noun count two
DUALS: list[tuple[str, str, str]] = [
    ("واستشهد فلسطينيان برصاص القوات قرب نابلس.", "فلسطينيان", "killed"),
    ("وأصيب جنديان إسرائيليان في انفجار عبوة.", "جنديان", "injured"),
    ("وأعلنت الشرطة مقتل شخصين في حادث إطلاق نار.", "شخصين", "killed"),
    ("وقتل شخصان في انهيار المبنى.", "شخصان", "killed"),
    ("واستشهدت فلسطينيتان في قصف على المخيم.", "فلسطينيتان", "killed"),
    ("وأكد المسعفون إصابة طفلين بجروح خطيرة.", "طفلين", "injured"),
    ("واعتقلت القوات شقيقين من البلدة.", "شقيقين", "arrested"),
    ("وأصيب صحفيان في القصف.", "صحفيان", "injured"),
    ("وقتلت الشرطة مسلحين اثنين.", "اثنين", "killed"),
    ("وقالت الشرطة إن شابين أصيبا بالرصاص الحي.", "شابين", "injured"),
    ("وذكرت المصادر أن فتاتين استشهدتا في القصف.", "فتاتين", "killed"),
    ("وقتل مسلحان في اشتباك مع قوات الأمن.", "مسلحان", "killed"),
    ("وأصيب مستوطنان في هجوم قرب الخليل.", "مستوطنان", "injured"),
    ("واغتالت الطائرات قائدين ميدانيين في غارة.", "قائدين", "killed"),
    ("وأصيب مدنيان بشظايا القذائف.", "مدنيان", "injured"),
]

# duals that are not counts of casualties
NOT_DUALS: list[str] = [
    "والتقى الوزير مسؤولين فلسطينيين في رام الله.",
    "وأصدر البيان الختامي للقمة ترحيبا بالاتفاق.",
    "وزار رئيسان أفريقيان العاصمة أمس.",
    "وقال الفلسطينيان المفرج عنهما إنهما تعرضا للضرب.",
    "وزار مسؤولان أمريكيان المنطقة أمس.",
    "واستشهد القائدان في غارة على الضاحية.",
    "واعتقلت القوات مواطنين من المدينة.",
]

# 4. money whose currency stands a little after or before the figure
MONEY: list[tuple[str, float, str]] = [
    ("ووقع البلدان اتفاقات بـ450 مليار دولار.", 450e9, "USD"),
    ("وتعهدت الشركة باستثمارات بقيمة 20 مليار يورو في أوروبا.", 20e9, "EUR"),
    ("وضخت الصناديق استثمارات تتجاوز 300 مليار من الدولارات.", 300e9, "USD"),
    ("وأقرت الحكومة ميزانية بالريال تبلغ 1.3 تريليون.", 1.3e12, "riyal"),
    ("وأعلن البنك خطة بـ 75 مليار جنيه لدعم الصناعة.", 75e9, "pound"),
]

NOT_MONEY: list[str] = [
    "ويبلغ عدد سكان الهند 1.4 مليار نسمة.",
    "وشاهد المباراة أكثر من 500 مليون متابع حول العالم.",
    "ويبلغ عدد سكان العالم نحو 8 مليارات.",
    "وتنتج الحقول 3 ملايين برميل يوميا.",
]

# a billion-scale sum with its currency in another sentence (or none): money, the unit the
# article last named
SUMS: list[tuple[str, float, str | None]] = [
    ("ووقعت الحكومة عقدا بـ 2.5 مليار.", 2.5e9, None),
    ("وبلغت المساعدات 3 مليارات خلال العام.", 3e9, None),
    ("وقدرت قيمة الصفقة بـ70 مليارا، تسدد على عشر سنوات.", 70e9, None),
    ("وقال إن بلاده ستستثمر 80 مليار يورو. وأضاف أن قيمة العقود العسكرية تبلغ 12 مليارا.", 12e9, "EUR"),
]

# 5. sources: the anonymous speaker, never a word of the anonymity condition; the speaker,
# not the occasion he spoke at
SOURCES: list[tuple[str, str]] = [
    ("وقال مسؤول، طلب عدم الكشف عن هويته، إن 14 شخصا قتلوا في الغارة.", "مسؤول"),
    ("وقال مصدر أمني طلب عدم الكشف عن هويته إن 9 عناصر أصيبوا.", "مصدر أمني"),
    ("وأكد دبلوماسي غربي، شرط عدم الكشف عن اسمه، أن 300 شخص اعتقلوا.", "دبلوماسي غربي"),
    ("وقال مصدر طبي مفضلا عدم ذكر اسمه إن 16 جريحا وصلوا إلى المستشفى.", "مصدر طبي"),
    ("وقال ضابط طالبا عدم نشر اسمه إن 8 جنود قتلوا.", "ضابط"),
    ("وقال وزير الاقتصاد في مؤتمر صحفي بالعاصمة إن الاستثمارات ستبلغ 80 مليار دولار.", "وزير الاقتصاد"),
    ("وقالت المتحدثة في مقابلة مع التلفزيون الرسمي إن 70 شخصا أصيبوا.", "المتحدثة"),
    ("وقال رئيس الوزراء في كلمة أمام البرلمان إن العجز بلغ 12 مليار دولار.", "رئيس الوزراء"),
    ("وقال الأمير في خطاب بالقصر الملكي إن المملكة ستستثمر 100 مليار دولار، وفق ما نقلت وكالة الأنباء.",
     "الأمير"),
    ("وأوضح محافظ البنك في بيان أن الاحتياطي ارتفع إلى 40 مليار دولار.", "محافظ البنك"),
    ("وقال الناطق باسم الشرطة للصحفيين إن 23 شخصا اعتقلوا.", "الناطق باسم الشرطة"),
    ("وقتل 40 شخصا على الأقل، وفق تعداد لوزارة الصحة.", "لوزارة الصحة"),
]

# 6. على الأقل next to a figure is its bound, not a hedge; other hedges stay
AT_LEAST: list[tuple[str, str, bool]] = [
    ("وقتل 18 شخصا على الأقل في الانفجار.", "lower", False),
    ("وأصيب على الأقل 40 شخصا في الحادث.", "lower", False),
    ("وقالت الأمم المتحدة إن 70% من السكان نزحوا مرة واحدة على الأقل.", "exact", False),
    ("وقتل 18 شخصا على الأقل، ولم يتسن التحقق من الحصيلة بشكل مستقل.", "lower", True),
    ("وقتل نحو 25 شخصا في القصف، بحسب تقديرات أولية.", "approx", True),
]


@pytest.mark.parametrize(("sentence", "quantity", "value", "bound"), ATTACKS, ids=[c[0][:40] for c in ATTACKS])
def test_attack_counts(sentence: str, quantity: str, value: float, bound: str) -> None:
    cs = [c for c in claims_of(sentence) if c.category == "strikes"]
    assert len(cs) == 1, claims_of(sentence)
    assert cs[0].quantity.text == quantity and cs[0].value == value and cs[0].bound == bound


@pytest.mark.parametrize("sentence", NOT_ATTACKS)
def test_not_attack_counts(sentence: str) -> None:
    assert claims_of(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), SUBSETS, ids=[c[0][:40] for c in SUBSETS])
def test_subset_before_verb(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(c.value, c.category) for c in claims_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "quantity", "category"), DUALS, ids=[c[0][:40] for c in DUALS])
def test_dual_counts_two(sentence: str, quantity: str, category: str) -> None:
    (c,) = claims_of(sentence)
    assert (c.quantity.text, c.value, c.bound, c.category) == (quantity, 2, "exact", category)


@pytest.mark.parametrize("sentence", NOT_DUALS)
def test_dual_needs_a_casualty_verb(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_dual_in_a_subset() -> None:
    cs = claims_of("وقالت مصادر طبية إن سبعة أشخاص، بينهم طفلان، قتلوا في الغارة.")
    assert [(c.quantity.text, c.value, c.category) for c in cs] == [("سبعة", 7, "killed"), ("طفلان", 2, "killed")]
    cs = claims_of("وقال المكتب إن 31 فلسطينيا، بينهم ستة أطفال وامرأتان، استشهدوا.")
    assert [(c.value, c.category) for c in cs] == [(31, "killed"), (6, "killed"), (2, "killed")]


def test_dual_with_conjunction_and_count_after() -> None:
    cs = claims_of("وقتل شخصان وأصيب ثلاثة آخرون في الغارة.")
    assert [(c.quantity.text, c.value, c.category) for c in cs] == [("شخصان", 2, "killed"), ("ثلاثة", 3, "injured")]


@pytest.mark.parametrize(("sentence", "value", "unit"), MONEY, ids=[c[0][:40] for c in MONEY])
def test_money_currency_apart(sentence: str, value: float, unit: str) -> None:
    (c,) = claims_of(sentence)
    assert (c.value, c.category, c.unit) == (value, "money", unit)


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_large_count_is_no_money(sentence: str) -> None:
    assert [c for c in claims_of(sentence) if c.category == "money"] == []


@pytest.mark.parametrize(("sentence", "value", "unit"), SUMS, ids=[c[0][:40] for c in SUMS])
def test_sum_without_currency_is_money(sentence: str, value: float, unit: str | None) -> None:
    c = claims_of(sentence)[-1]
    assert (c.value, c.category, c.unit, c.source) == (value, "money", unit, None)


@pytest.mark.parametrize(("sentence", "source"), SOURCES, ids=[c[0][:40] for c in SOURCES])
def test_speaker_source(sentence: str, source: str) -> None:
    (c,) = claims_of(sentence)
    assert c.source is not None and c.source.text == source, c.source


@pytest.mark.parametrize(("sentence", "bound", "hedged"), AT_LEAST, ids=[c[0][:40] for c in AT_LEAST])
def test_at_least_is_a_bound(sentence: str, bound: str, hedged: bool) -> None:
    (c,) = claims_of(sentence)
    assert c.bound == bound and bool(c.hedges) == hedged, c.hedges
    assert all("الأقل" not in h.text for h in c.hedges)


def test_relative_note_hedges_its_own_sentence() -> None:
    cs = claims_of("وقال الجيش إنه اعتقل 40 مطلوبا. وأضاف أن القتلى كانوا مسلحين، وهو ما لم يتسن التحقق منه.")
    assert [c.hedges for c in cs] == [[]]


def test_estimating_verb_is_no_hedge() -> None:
    (c,) = claims_of("وتقدر المفوضية عدد اللاجئين في البلدان المجاورة بأكثر من مليوني شخص.")
    assert c.category == "displaced" and c.hedges == [] and c.source is not None


def test_adjunct_after_speech_has_no_speaker() -> None:
    cs = claims_of("وقال الوزير إن الحكومة تتوقع تدفقات جديدة، وذلك بعد توقيع صفقة باستثمارات تبلغ 20 مليار دولار.")
    assert [(c.value, c.source) for c in cs] == [(20e9, None)]


# bound phrases: the feminine verb, the Iraqi/Levantine "في الأقل", "أو أكثر" / "أو أقل" after the noun
BOUNDS: list[tuple[str, float, str]] = [
    ("وقال الوزير إن الاستثمارات قد تصل إلى 90 مليار دولار.", 90e9, "upper"),
    ("وقتل 17 شخصا في الأقل في التفجير.", 17, "lower"),
    ("وأصيب 35 شخصا أو أكثر في التدافع.", 35, "lower"),
    ("واعتقل 10 أشخاص أو أقل خلال الاحتجاج.", 10, "upper"),
]


@pytest.mark.parametrize(("sentence", "value", "bound"), BOUNDS, ids=[c[0][:40] for c in BOUNDS])
def test_more_bound_phrases(sentence: str, value: float, bound: str) -> None:
    (c,) = claims_of(sentence)
    assert (c.value, c.bound, c.hedges) == (value, bound, [])
