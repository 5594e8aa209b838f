"""Cue words for the pattern recognizers (heads, titles, reporting verbs), as written.

These are closed classes of Arabic news language, not names: the nouns that head an
organization or place name, the titles before a person's name, the verbs that report
speech. Every list is normalized once with the text layer's folding.
"""

from __future__ import annotations

from khabar.text import normalize_word


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words.split())


# Heads of organization names (indefinite head + definite complement: وزارة الصحة).
ORG_HEADS = _n("""
وزارة حركة جيش مجلس لجنة منظمة وكالة شركة جامعة حزب كتائب سرايا ألوية هيئة مؤسسة جمعية اتحاد
رابطة نقابة جبهة محكمة برلمان بنك مصرف صندوق مركز معهد جهاز قوات شرطة بلدية حكومة إدارة
مكتب دائرة سلطة مفوضية منتدى تحالف ائتلاف تنظيم جماعة مجموعة مليشيا ميليشيا الوزارة الحركة
الجيش المجلس اللجنة المنظمة الوكالة الشركة الجامعة الحزب الكتائب الهيئة المؤسسة الجمعية
الاتحاد النقابة الجبهة المحكمة البرلمان البنك المصرف الصندوق المركز المعهد الجهاز القوات
الشرطة البلدية الحكومة الإدارة المكتب السلطة السلطات المفوضية الكنيست الخارجية الداخلية
البحرية القيادة الأجهزة الفصائل الحرس صحيفة الصحيفة قناة القناة إذاعة الإذاعة محطة وزارات
جريدة مجلة نشرة بورصة البورصة اللجنة الهيئة المجلس المنظمة المفوضية
مصلحة المصلحة مديرية المديرية مرصد المرصد تلفزيون التلفزيون كلية أكاديمية ديوان
نيابة النيابة شبكة الشبكة القوة
""")
# Organization heads that are also a part of a place: before مدينة/بلدة + a place they mean
# "the centre of the city" (مركز مدينة الفلوجة), not an institution.
SPATIAL_HEADS = _n("مركز")
# Heads that name a body only with whose it is, after لـ (القوة المشتركة للحركات المسلحة);
# القوة العسكرية alone is "military force".
LAM_ONLY_HEADS = _n("القوة")
# Heads of a body named after its leader: an organization with the leader's name (إدارة بايدن),
# a description with a bare title (إدارة الرئيس "the president's administration").
LEADER_HEADS = _n("إدارة حكومة")
# Heads of the units of a force: with a bare definite body (قوات الجيش "the army's forces") they
# describe that body; with a nisba or a name they name it (قوات الجيش اللبناني).
FORCE_HEADS = _n("قوات عناصر وحدات")
# Administrative heads over an organization named after them (قيادة شرطة البصرة، رئاسة مجلس
# الوزراء): the whole phrase is the name of a sub-body, "<English> of the <organization>".
ORG_ADMIN_HEADS = {normalize_word(k): v for k, v in {
    "قيادة": "Command", "رئاسة": "Presidency", "أمانة": "Secretariat", "الأمانة العامة": "General Secretariat",
}.items()}
# Definite heads of an organ that speaks or acts for its organization + adjective + لـ + the
# organization (المكتب السياسي لحماس، الجناح العسكري للحركة): the phrase is linked to the
# organization, as the dev gold does. Councils and committees have their own identity
# (المجلس التنفيذي للصندوق "IMF Executive Board", اللجنة الفرعية لنقابة ...) and are left out.
BUREAU_HEADS = _n("المكتب الجناح القيادة")
# Heads of institutions whose field follows with لـ (المعهد الوطني للجيوفيزياء، مركز بابل للدراسات).
INSTITUTION_HEADS = _n("""
معهد مركز مجلس هيئة وكالة منظمة جمعية مؤسسة اتحاد لجنة مكتب صندوق جامعة شركة بنك مصرف مصلحة
مديرية مرصد كلية أكاديمية ديوان
""")
# Definite heads that name an organization only with a nisba or a name after them
# (الجيش الإسرائيلي، الحكومة الأردنية، السلطات الصحية الفلسطينية), never alone.
DEFINITE_ORG_HEADS = _n("""
الجيش الحكومة السلطات السلطة القوات الشرطة البحرية الخارجية الداخلية الأجهزة الإدارة الوزارة
البرلمان المحكمة الحرس القيادة الرئاسة المخابرات الاستخبارات الدفاع المعارضة الفصائل الكونغرس البورصة
النيابة
""")
# Definite heads that after a title name the title's portfolio, not an organization
# (وزير الداخلية، وزيرة الخارجية); other heads after a title are organizations
# (رئيس المخابرات العامة، محافظ البنك المركزي).
PORTFOLIOS = _n("""
الخارجية الداخلية الدفاع المالية العدل الصحة التعليم التربية الاقتصاد الزراعة الإعلام الثقافة
الطاقة النفط النقل العمل التجارة الصناعة الاتصالات الأوقاف السياحة البيئة الإسكان الوزراء الحكومة
الجمهورية الدولة السلطة الأركان البرلمان الشرطة القوات الجيش الإدارة
""")
# Place heads whose name follows and is reported without the head (مدينة رفح -> رفح).
PLACE_HEADS_BARE = _n("مدينة بلدة قرية بلدات مدن قرى لمدينة دوار عزبة مدينتي بلدتي قريتي محافظتي ولايتي إقليمي مخيمي منطقة")
# First words of compound village and town names (بيت أمر، كفر قدوم، عين الحلوة، أولاد برحيل):
# common nouns by themselves, so after a place head the next word is taken with them.
TOPONYM_PARTICLES = _n("بيت بني عين كفر دير خربة تل بئر بير أم أبو أولاد سيدي رأس برج مجدل خان عرب باب")
# Place heads that are part of the name (قطاع غزة، مخيم جباليا، محافظة إدلب).
PLACE_HEADS_NAMED = {normalize_word(k): v for k, v in {
    "مخيم": "GPE", "محافظة": "GPE", "قطاع": "GPE", "حي": "LOC", "ولاية": "GPE", "إقليم": "GPE", "عمالة": "GPE",
    "جزيرة": "LOC", "جزر": "LOC", "جبل": "LOC", "نهر": "LOC", "بحر": "LOC", "وادي": "LOC",
    "صحراء": "LOC", "خليج": "LOC", "هضبة": "LOC", "مضيق": "LOC",
    "معبر": "FAC", "مستشفى": "FAC", "مطار": "FAC", "ميناء": "FAC", "مسجد": "FAC", "المسجد": "FAC",
    "كنيسة": "FAC", "سجن": "FAC", "قاعدة": "FAC", "حاجز": "FAC", "ملعب": "FAC", "قصر": "FAC",
    "جسر": "FAC", "برج": "FAC", "ساحة": "FAC", "شارع": "FAC", "مجمع": "FAC",
    "استاد": "FAC", "ستاد": "FAC", "مرفأ": "FAC", "فندق": "FAC",
    "قضاء": "GPE", "ناحية": "GPE", "مديرية": "GPE",
}.items()}
# Districts of Iraq (قضاء، ناحية) and Yemen (مديرية): a GPE with its head, only before a known
# place (قضاء سنجار); otherwise the words are common (قضاء الوقت، من ناحية أخرى، مديرية الأمن).
DISTRICT_HEADS = _n("قضاء ناحية مديرية")
PLACE_HEAD_WORDS = frozenset(PLACE_HEADS_NAMED)
# English name of "head + known place" (Wikipedia's usual pattern: Jabalia camp, Rafah Border Crossing)
PLACE_HEAD_ENGLISH = {normalize_word(k): v for k, v in {
    "مخيم": "{} camp", "محافظة": "{} Governorate", "معبر": "{} Border Crossing", "مطار": "{} Airport",
    "ميناء": "Port of {}", "مستشفى": "{} Hospital", "جزيرة": "{} Island", "ولاية": "{} State",
    "إقليم": "{} Region", "عمالة": "{} Prefecture", "قضاء": "{} District", "ناحية": "{} Subdistrict",
    "مديرية": "{} District", "نهر": "{} River", "جبل": "Mount {}", "مسجد": "{} Mosque", "سجن": "{} Prison",
}.items()}
# Adjectives after a facility's name that describe it and are not part of it (معبر أدري الحدودي).
FAC_NOT_TAILS = _n("الحدودي الحدودية الرئيسي الرئيسية الوحيد الوحيدة الشهير الشهيرة المذكور المذكورة")
FAC_TAILS = _n("الدولي الدولية المركزي المركزية الكبير الكبرى العسكري العسكرية الجوية الجوي البحري التخصصي الجامعي الإقليمي "
               "الطبي الطبية الرياضي الرياضية الأولمبي")

# Words after which a place name stands (في رفح، قرب جنين، شمال نابلس).
LOCATIVE = _n("""
في من إلى الى قرب بقرب نحو باتجاه صوب عند داخل خارج شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط
محيط أطراف مدخل مداخل أنحاء أهالي سكان بلدتي قريتي ومن وفي وإلى مناطق منطقة حتى حيث ضواحي
""")
# Titles and roles directly before a person's name.
TITLES = _n("""
الرئيس الرئيسة رئيس رئيسة وزير وزيرة الوزير الوزيرة المتحدث المتحدثة متحدث متحدثة اللواء
العميد العقيد المقدم الرائد النقيب الجنرال الفريق المشير الشيخ الدكتور الدكتورة د المهندس
المستشار مستشار مستشارة السفير السفيرة سفير النائب النائبة نائب الأمين العام الملك الملكة
الأمير الأميرة ولي العهد السلطان الإمام البابا الحاخام المطران القاضي المحامي الصحفي الصحفية
المراسل مراسل الناشط الناشطة الكاتب الكاتبة الأستاذ البروفيسور السيد السيدة زعيم الزعيم قائد
القائد مدير مديرة المدير المديرة المبعوث مبعوث المندوب مندوب عضو العضو رئيسا المرشح المرشحة
القيادي المسؤول المسؤولة الناطق ناطق الحاكم محافظ المحافظ عمدة العمدة نجم النجم اللاعب المدرب
الفنان الفنانة المغني المغنية الروائي الشاعر الشاعرة الأسير الأسيرة الشهيد الطبيب الطبيبة
وزراء رؤساء قادة زعماء سفراء ممثلي مسؤولي نواب أعضاء مديري العماد الحاج الأب القس الشيخة
المنسق المنسقة منسق منسقة المفوض المفوضة مفوض الممثل الممثلة ممثل ممثلة الخبير الخبيرة المحلل المحللة
الباحث الباحثة الأستاذة المبعوثة المقرر المقررة الأمينة المتحدثون الموفد
الشاب الشابة الطفل الطفلة المواطن المواطنة الفتى الفتاة الحاجة المسن المسنة الصياد المزارع
الطالب الطالبة الشهيدة الجريح المعتقل المعتقلة الراحل الراحلة الفقيد الفقيدة الناجي الناجية
""")
# Titles that are more often common nouns of another sense (الفريق "the team", النجم "the
# star", a club's name): before a word that no name lexicon knows they are not titles
# (الفريق جاهز، على النجم بركلات الترجيح).
AMBIGUOUS_TITLES = _n("الفريق النجم نجم")
# Words that may stand between a title and the name (its complement): باسم، العام، السابق ...
TITLE_LINKS = _n("باسم العام السابق السابقة الحالي الحالية الأسبق المساعد المساعدة الأعلى الأول الأولى الخاص الخاصة")
REPORTING_VERBS = _n("""
قال قالت يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت يضيف أعلن أعلنت يعلن صرح صرحت أوضح أوضحت
ذكر ذكرت أشار أشارت أفاد أفادت أبلغ أبلغت كتب كتبت غرد غردت نفى نفت حذر حذرت اعتبر اعتبرت
رأى رأت طالب طالبت دعا دعت شدد شددت لفت لفتت تابع تابعت أردف أردفت وصف وصفت قاله
""")
# Particles inside Arabic personal names.
# Particles of a compound family name whose second word is never the name alone (عبد السلام:
# السلام is "peace"; أبو النور: النور is "light"): a later mention keeps the particle.
COMPOUND_PARTICLES = _n("عبد أبو أبي")
NAME_PARTICLES = _n("عبد أبو أبي ابن بن بنت آل أم ولد عبدال أيت آيت")  # (أيت: Amazigh "sons of")
# Function words that never start or continue a name.
STOP = _n("""
في من إلى على عن مع أن إن أنه إنه كان كانت قد لقد لم لن لا ما ماذا هذا هذه ذلك تلك التي الذي
الذين هو هي هم هن نحن أنا أنت بعد قبل عند حتى منذ خلال بين ضد حول دون عبر أو أم ثم بل لكن لكنه
كل بعض غير أي إذا إذ حيث كما وقد كذلك أيضا اليوم أمس غدا الآن يوم عام شهر أسبوع سنة مساء صباح
جميع نحو وفق وفقا بسبب رغم لدى إزاء بشأن لصالح عقب إثر تجاه فيما بينما عندما أمام خلف فوق تحت
وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي جانب الجانب مسؤول مسؤولون مسؤولين مصدر مصادر
إنها إنهم إنهما إننا إنني أنها أنهم أنهما أننا أنني بأنها بأنه بأنهم لأنها لأنه كأنها كأنه له لها لهم
منه منها منهم عليه عليها عليهم فيه فيها فيهم عنه عنها عنهم بها به بهم هناك هنا هؤلاء أولئك
قرب قرابة أثناء داخل خارج حوالي قبيل
""")
# Latin words in photo credits that are not names.
LATIN_STOP = frozenset("""
AP AFP Photo Photos Pool Images Getty Reuters via File EPA Xinhua Anadolu Agency Flash90 Courtesy
Handout Image Credit Video Screenshot The A An Of And In On For By Ltd Inc News Press Wire Times
""".split())
LATIN_ORGS = {"AP": "Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters",
              "EPA": "European Pressphoto Agency", "Getty": "Getty Images", "Xinhua": "Xinhua News Agency",
              "Anadolu": "Anadolu Agency", "Flash90": "Flash90", "WAFA": "WAFA"}
# Heads of movement and group names: their names are proper names, never translated word by
# word (حركة الشباب is al-Shabaab, not "Movement of Youth"); the bare complement names the
# same group later in the article (الشباب).
MOVEMENT_HEADS = _n("حركة جماعة تنظيم جبهة ميليشيا مليشيا الحركة الجماعة التنظيم الجبهة")
# Heads of security services named later by their complement alone (جهاز الأمن الوقائي -> الأمن الوقائي).
SERVICE_HEADS = _n("جهاز الجهاز")
# Media heads whose name is a foreign or unknown word (موقع والا، موقع أكسيوس).
MEDIA_HEADS = _n("موقع")
# Verbal-noun (masdar) shapes of derived verbs, on normalized words (hamza folded to alef):
# إفعال، انفعال، افتعال، استفعال، تفعيل، تفاعل. A frequent word of these shapes is a noun, not a name.
MASDAR_SHAPES = (r"^ا..ا.$", r"^ان..ا.$", r"^ا.ت.ا.$", r"^است..ا.$", r"^ت..ي.$", r"^ت.ا..$")
# Imperfect shapes of derived verbs and imperfect plurals, on normalized words (يفتعل، يستفعل،
# يتفاعل، يتفعل، ينفعل، يفعلون): a word of these shapes is a verb, never a name.
IMPERFECT_SHAPES = (r"^ي.ت..$", r"^يست...$", r"^يت.ا..$", r"^يت...$", r"^ين...$", r"^[يت]...+ون$")
# Units of a parenthesized age after a name: (25 عاما)
AGE_UNITS = _n("عاما عام عاماً عامًا سنة سنوات سنين أعوام شهرا أشهر شهور")
# Words before a month or feast named like a person (شهر رمضان المبارك، عيد الفطر).
CALENDAR_WORDS = _n("شهر عيد ليلة يوم أيام ذكرى")
# Administrative heads: the definite word after one is a place name even when it is a common
# word (محافظة الكرك، ولاية الخرطوم، إقليم الحوز), unlike قطاع الأعمال "the business sector".
ADMIN_HEADS = _n("محافظة ولاية إقليم عمالة")
# Neighbourhood and landmark heads whose names are often common words (حي الزيتون، حي النصر،
# كنيسة المهد، مستشفى الشفاء، سجن النقب), unlike قاعدة البيانات "the database" or ساحة المعركة.
LANDMARK_HEADS = _n("حي كنيسة مسجد المسجد مستشفى سجن قصر")
# Village heads: the definite word after one is the village's name even when it is a fairly
# common word (قرية الطيبة، بلدة المزرعة): villages are named after fields, springs and saints.
VILLAGE_HEADS = _n("قرية بلدة قريتي بلدتي عزبة قرى بلدات")
# Heads of organizations named only with a named complement (شبكة أطباء السودان، شبكة الجزيرة),
# unlike a common network (شبكة الكهرباء، شبكة الإنترنت).
NAMED_ONLY_HEADS = _n("شبكة الشبكة")
# First words of names of camps and neighbourhoods taken with the next word after a named place
# head (مخيم أبو شوك، حي الشيخ رضوان): not a person's name there.
PLACE_NAME_PARTICLES = _n("أبو أم بني عين بيت دير تل بئر رأس الشيخ سيدي ولد أولاد")
# Military units: a definite unit noun with an ordinal or a number (الفرقة الرابعة، اللواء 21 مدرع),
# and the arm that may follow.
UNIT_HEADS = _n("الفرقة اللواء الكتيبة الفيلق")
UNIT_ORDINALS = _n("""
الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع
السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الحادية
""")
UNIT_ARMS = _n("مشاة مدرع مدرعة مدرعات ميكانيكي ميكانيكية مظلي مظلات مغاوير صاعقة حرس المشاة المدرعة المدرع")
# Definite words that follow a name as adverbs or attributes of the clause, never as a family
# name (قال محمد اليوم، التقى أحمد الأول): time words and ordinals.
NOT_SURNAMES = _n("""
اليوم الأمس البارحة الليلة الآن الماضي الماضية المقبل المقبلة القادم القادمة الحالي الحالية
الجاري الجارية السابق السابقة الأخير الأخيرة الأول الأولى الثاني الثانية الثالث الثالثة أيضا
السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة صباح مساء
""")


def _verb_file(name: str) -> frozenset[str]:
    """Past verbs (3rd person masculine singular, first column) of one of khabar's verb lists."""
    from importlib.resources import files

    text = files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(normalize_word(line.split("\t")[0]) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


# Past verbs of news narration (attribution_verbs.tsv: speech and stance, timex_past_verbs.tsv:
# narration), with the feminine -ت. In verb-subject order the subject follows the verb, so a
# given name that is also a common word (وائل، رائد، أمل) right after one starts a name.
_PAST = _verb_file("attribution_verbs.tsv") | _verb_file("timex_past_verbs.tsv")
PAST_VERBS = _PAST | frozenset(v + "ت" for v in _PAST if not v.endswith(("ى", "ا")))
