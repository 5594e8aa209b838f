"""More hand-written sentences: lexicon coverage by PLOVER type, sense disambiguation, subjects
carried over from the sentence before, unnamed forces, participles inside the clause and state
organs coded as their state. Same format as events_cases.py; written for these tests.
"""

from __future__ import annotations

from events_cases import EG, HAMAS, HZB, IDF, IL, IR, QA, RU, UA, UN, US, Case

N = None
TR = "[تركيا|GPE|Turkey]"
SD = "[السودان|GPE|Sudan]"
LB = "[لبنان|GPE|Lebanon]"
FR = "[فرنسا|GPE|France]"
JO = "[الأردن|GPE|Jordan]"
HOUTHI = "[الحوثيين|ORG|Houthis]"
RSF = "[قوات الدعم السريع|ORG|Rapid Support Forces]"
GAZA = "[غزة|GPE|Gaza Strip]"
LAVROV = "[سيرغي لافروف|PERSON|Sergey Lavrov]"
FIDAN = "[هاكان فيدان|PERSON|Hakan Fidan]"
SAFADI = "[أيمن الصفدي|PERSON|Ayman Safadi]"

COVERAGE: list[Case] = [
    # ASSAULT
    (f"أغارت طائرات {IL} على مواقع في جنوب {LB}.", [("ASSAULT", "أغارت", ["Israel"], N, N)]),
    (f"اعتدى مستوطنون من {IL} على مزارعين فلسطينيين.", [("ASSAULT", "اعتدى", ["Israel"], N, N)]),
    (f"نصب مقاتلو {HAMAS} كمينا لقوة عسكرية.", [("ASSAULT", "كمينا", ["Hamas"], N, N)]),
    (f"بدأ {IDF} عملية عسكرية واسعة في [جنين|GPE|Jenin].", [("ASSAULT", "عملية", ["Israel Defense Forces", "Israel"], N, N)]),
    ("قتل عشرة أشخاص في عملية [إسرائيلية|NORP|Israeli] في [جنين|GPE|Jenin].", [("ASSAULT", "عملية", ["Israel"], N, N)]),
    ("أجرى الطبيب عملية جراحية ناجحة للرئيس.", []),
    (f"دعت {EG} إلى إحياء العملية السياسية في {SD}.", [("REQUEST", "دعت", ["Egypt"], N, N)]),
    (f"قصفت طائرات [إسرائيلية|NORP|Israeli] منازل في {GAZA}.", [("ASSAULT", "قصفت", ["Israel"], N, N)]),
    ("استهدفت طائرة مسيرة [أوكرانية|NORP|Ukrainian] مصفاة نفط في [روستوف|GPE|Rostov].",
     [("ASSAULT", "استهدفت", ["Ukraine"], N, N)]),
    # ACCUSE, and verbal attacks
    (f"دان {QA} بشدة الهجوم على المدنيين.", [("ACCUSE", "دان", ["Qatar"], N, N)]),
    (f"دانت {EG} اقتحام المسجد الأقصى.", [("ACCUSE", "دانت", ["Egypt"], N, N)]),
    (f"شجبت {JO} قرار الاحتلال بناء مستوطنات جديدة.", [("ACCUSE", "شجبت", ["Jordan"], N, N)]),
    (f"هاجم {LAVROV} القرار الأوروبي الجديد.", [("ACCUSE", "هاجم", ["Sergey Lavrov"], N, N)]),
    (f"شن {FIDAN} هجوما حادا على سياسات {US} في المنطقة.", [("ACCUSE", "هجوما", ["Hakan Fidan"], N, N)]),
    (f"هاجم مسلحون من {HAMAS} موقعا عسكريا.", [("ASSAULT", "هاجم", ["Hamas"], N, N)]),
    ("دنا موعد الانتخابات الرئاسية.", []),
    # COERCE
    ("أوقفت [الشرطة الفرنسية|ORG|French police] عشرة ناشطين قرب البرلمان.",
     [("COERCE", "أوقفت", ["France"], N, N)]),
    (f"أوقفت {EG} ضخ الغاز إلى الشبكة.", []),
    (f"أغلقت {IL} معبر [كرم أبو سالم|FAC|Kerem Shalom crossing] أمام الشاحنات.",
     [("COERCE", "أغلقت", ["Israel"], N, N)]),
    (f"أغلقت {TR} مجالها الجوي أمام الطائرات العسكرية.", [("COERCE", "أغلقت", ["Turkey"], N, N)]),
    ("أغلقت بورصة [الكويت|GPE|Kuwait] على ارتفاع طفيف.", []),
    (f"دمرت {RU} جسرا رئيسيا في [خاركيف|GPE|Kharkiv].", [("ASSAULT", "دمرت", ["Russia"], N, N)]),
    (f"أبعدت {IL} ناشطين أجانب عن [القدس|GPE|Jerusalem].", [("COERCE", "أبعدت", ["Israel"], N, N)]),
    ("تقع المدينة أبعد من ذلك بكثير.", []),
    # SANCTION
    (f"صنفت {US} جماعة {HOUTHI} منظمة إرهابية.", [("SANCTION", "صنفت", ["United States"], ["Houthis"], N)]),
    (f"أعلنت {US} إعادة تصنيف {HOUTHI} منظمة إرهابية.",
     [("SANCTION", "تصنيف", ["United States"], ["Houthis"], N)]),
    (f"أدرجت {US} ثلاث شركات [إيرانية|NORP|Iranian] على قائمة العقوبات.", [("SANCTION", "أدرجت", ["United States"], N, N)]),
    (f"علقت [الاتحاد الأفريقي|ORG|African Union] عضوية {SD}.", [("SANCTION", "علقت", ["African Union"], N, N)]),
    (f"رفضت {EG} التعليق على الخبر.", []),  # declining to comment is a statement (CAMEO 011)
    ("لم يصدر أي تعليق رسمي حتى الآن.", []),
    # PROTEST
    ("اعتصم عمال [تونس|GPE|Tunisia] أمام مقر الحكومة.", [("PROTEST", "اعتصم", ["Tunisia"], N, N)]),
    ("وأعلنت [جبهة الإنقاذ|ORG|Salvation Front] عن تنظيم وقفة احتجاجية أمام البرلمان.",
     [("PROTEST", "وقفة", ["Salvation Front"], N, N)]),
    ("خرج آلاف من أنصار [حزب العمال|ORG|Workers Party] في مسيرات بالعاصمة.",
     [("PROTEST", "مسيرات", ["Workers Party"], N, N)]),
    ("نظمت [النقابة العامة|ORG|General Union] وقفة أمام البرلمان.", [("PROTEST", "وقفة", ["General Union"], N, N)]),
    (f"أطلق {HZB} طائرة مسيرة نحو {IL}.", []),  # a drone (مسيرة), not a march
    ("كتب الصحفي عن مسيرته المهنية الطويلة.", []),
    # REQUEST
    (f"حض {UN} الطرفين على ضبط النفس.", [("REQUEST", "حض", ["United Nations"], N, N)]),
    # AID
    (f"أرسلت {TR} شحنة مساعدات طبية إلى {GAZA}.", [("AID", "شحنة", ["Turkey"], ["Gaza Strip"], N)]),
    (f"تبرعت {QA} بمئة مليون دولار لإعادة الإعمار.", [("AID", "تبرعت", ["Qatar"], N, N)]),
    ("وصلت شحنة جديدة من السيارات إلى الميناء.", []),
    ("أعلنت [وزارة الداخلية|ORG|Ministry of Interior] إحباط تهريب شحنة أسلحة عبر الحدود.", []),
    ("أحبط [الجيش الأردني|ORG|Jordanian Armed Forces] هجوما على مركز حدودي.", []),  # a foiled attack
    (f"جمدت {US} المساعدات [لأوكرانيا|GPE|Ukraine].", [("SANCTION", "جمدت", ["United States"], ["Ukraine"], N)]),
    (f"علقت {FR} مساعداتها [للنيجر|GPE|Niger]، كما طردت [السلطات النيجرية|ORG|Nigerien authorities] "
     "السفير [الفرنسي|NORP|French].",
     [("SANCTION", "علقت", ["France"], ["Niger"], N), ("SANCTION", "طردت", ["Niger"], ["France"], N)]),
    # RETREAT
    (f"فتحت {EG} معبر [رفح|GPE|Rafah] أمام الجرحى.", [("RETREAT", "فتحت", ["Egypt"], N, N)]),
    (f"أخلت {IL} سبيل عشرين معتقلا.", [("RETREAT", "أخلت", ["Israel"], N, N)]),
    # CONSULT
    (f"بحث {SAFADI} مع {FIDAN} الأوضاع في المنطقة.", [("CONSULT", "بحث", ["Ayman Safadi"], ["Hakan Fidan"], N)]),
    ("بحث الفريق عن حلول تقنية للمشكلة.", []),
    (f"هاتف {LAVROV} نظيره {FIDAN}.", [("CONSULT", "هاتف", ["Sergey Lavrov"], ["Hakan Fidan"], N)]),
    # the parties of talks named at the end of the clause, past the subject matter (a ceasefire)
    ("انطلقت في [القاهرة|GPE|Cairo] جولة جديدة من المفاوضات غير المباشرة بشأن وقف إطلاق النار، "
     "بمشاركة وفود من [مصر|GPE|Egypt] و[قطر|GPE|Qatar].", [("CONSULT", "مفاوضات", ["Egypt"], ["Qatar"], N)]),
    ("عقدت في [جنيف|GPE|Geneva] محادثات حول الأزمة، وقال [غوتيريش|PERSON|António Guterres] إنها مفيدة "
     "بحضور [روسيا|GPE|Russia].", []),
    # AGREE, SUPPORT, THREATEN, MOBILIZE
    (f"صادق برلمان {JO} على الاتفاقية.", [("AGREE", "صادق", ["Jordan"], N, N)]),
    (f"ثمنت {EG} جهود {QA} في الوساطة.", [("SUPPORT", "ثمنت", ["Egypt"], N, N)]),
    ("دفع المواطن ثمنا باهظا.", []),
    (f"هنأت {TR} {RU} بالعيد الوطني.", [("SUPPORT", "هنأت", ["Turkey"], ["Russia"], N)]),
    (f"أمهلت {RU} {UA} يومين للرد.", [("THREATEN", "أمهلت", ["Russia"], ["Ukraine"], N)]),
    (f"استدعى {IDF} آلاف جنود الاحتياط.", [("MOBILIZE", "استدعى", ["Israel Defense Forces", "Israel"], N, N)]),
    # a vow against an adversary is a threat; a pledge of aid is not
    ("وقال [نتنياهو|PERSON|Benjamin Netanyahu] إن المهمة انتهت، متعهدا بمواصلة العمليات ضد الفصائل المسلحة.",
     [("THREATEN", "متعهدا", ["Benjamin Netanyahu"], N, N)]),
    ("تعهد [الحرس الثوري|ORG|IRGC] بالرد على اغتيال قائده.", [("THREATEN", "تعهد", ["IRGC"], N, N)]),
    (f"تعهدت {QA} بتقديم مساعدات إلى {LB}.", [("AGREE", "تعهدت", ["Qatar"], ["Lebanon"], N)]),
    # more CAMEO verbs behind the PLOVER types
    (f"أسقطت {UA} طائرة مسيرة [روسية|NORP|Russian] فوق [أوديسا|GPE|Odesa].",
     [("ASSAULT", "أسقطت", ["Ukraine"], ["Russia"], N)]),
    ("أسقط النواب مشروع القانون في التصويت.", []),
    (f"اشتبك [الجيش السوداني|ORG|Sudanese Armed Forces] مع {RSF} في [الفاشر|GPE|El Fasher].",
     [("ASSAULT", "اشتبك", ["Sudanese Armed Forces", "Sudan"], ["Rapid Support Forces"], N)]),
    (f"سحبت {FR} قواتها من [النيجر|GPE|Niger].", [("RETREAT", "سحبت", ["France"], ["Niger"], N)]),
    (f"سحبت {FR} سفيرها من [النيجر|GPE|Niger].", [("SANCTION", "سحبت", ["France"], ["Niger"], N)]),
    (f"سحب {EG} مبلغا من البنك.", []),
    (f"أرسلت {US} قوات إضافية إلى {JO}.", [("MOBILIZE", "أرسلت", ["United States"], ["Jordan"], N)]),
    ("فرقت [الشرطة الكينية|ORG|Kenya Police] المتظاهرين بالغاز المسيل للدموع.", [("COERCE", "فرقت", ["Kenya"], N, N)]),
    (f"خفضت [البحرين|GPE|Bahrain] علاقاتها مع {IL}.", [("SANCTION", "خفضت", ["Bahrain"], ["Israel"], N)]),
    (f"خفضت {EG} أسعار الوقود.", []),
    ("قاطعت [جبهة الخلاص|ORG|Salvation Front] الانتخابات التشريعية.", [("PROTEST", "قاطعت", ["Salvation Front"], N, N)]),
    ("جاء الرد قاطعا وحاسما.", []),
    (f"أثنى {LAVROV} على جهود {EG}.", [("SUPPORT", "أثنى", ["Sergey Lavrov"], ["Egypt"], N)]),
    ("وصل اثني عشر وزيرا إلى القمة.", []),
    (f"تقدم {LB} بشكوى إلى [مجلس الأمن|ORG|UN Security Council] ضد {IL}.",
     [("ACCUSE", "شكوى", ["Lebanon"], ["Israel"], N)]),
    (f"وقعت [السعودية|GPE|Saudi Arabia] و{IR} معاهدة جديدة.", [("AGREE", "وقعت", ["Saudi Arabia"], ["Iran"], N)]),
    (f"نفذ {JO} إنزالا جويا للمساعدات على {GAZA}.", [("AID", "إنزالا", ["Jordan"], ["Gaza Strip"], N)]),
    ("أجلت [المحكمة العليا|ORG|Supreme Court] النظر في القضية إلى الشهر المقبل.", []),
    # أجّل "postpone" / أجلى "evacuate"
    (f"أجلت {FR} رعاياها من {SD}.", []),
    (f"أجلت {FR} زيارة وزير خارجيتها إلى {SD}.", [("REJECT", "أجلت", ["France"], N, N)]),
    ("أجلت [السلطات اللبنانية|ORG|Lebanese authorities] السكان من القرى الحدودية.", []),
    # titles joined by و, claims of responsibility, قد + past, forces with a nisba
    ("استقبل [السيسي|PERSON|Abdel Fattah el-Sisi] الملك [عبد الله الثاني|PERSON|Abdullah II of Jordan] والرئيس "
     "[الفلسطيني|NORP|Palestinian] [محمود عباس|PERSON|Mahmoud Abbas].",
     [("CONSULT", "استقبل", ["Abdel Fattah el-Sisi"], ["Abdullah II of Jordan", "Mahmoud Abbas"], N)]),
    ("وكان [السيسي|PERSON|Abdel Fattah el-Sisi] قد أجرى اتصالا هاتفيا مع [جو بايدن|PERSON|Joe Biden].",
     [("CONSULT", "اتصالا", ["Abdel Fattah el-Sisi"], ["Joe Biden"], N)]),
    (f"أعلنت {HAMAS} مسؤوليتها عن إطلاق صواريخ على [عسقلان|GPE|Ashkelon].",
     [("ASSAULT", "إطلاق", ["Hamas"], ["Ashkelon"], N)]),
    (f"ولم يعلن {HZB} مسؤوليته عن إطلاق الصاروخ.", []),
    ("شنت طائرات حربية [إسرائيلية|NORP|Israeli] غارات على [رفح|GPE|Rafah].",
     [("ASSAULT", "غارات", ["Israel"], ["Rafah"], N)]),
    # participles inside the clause
    # (a participle right after a verbal noun of its type describes that event: one attack)
    (f"شن {IDF} غارات مستهدفا مواقع لـ{HZB}.", [("ASSAULT", "غارات", ["Israel Defense Forces", "Israel"], N, N)]),
    (f"ألقى {LAVROV} كلمة متهما {US} بإشعال الحرب.", [("ACCUSE", "متهما", ["Sergey Lavrov"], ["United States"], N)]),
    (f"أفرجت {IL} عن عشرين معتقلا.", [("RETREAT", "أفرجت", ["Israel"], N, N)]),
    (f"خرج {LAVROV} من الاجتماع مطالبا بوقف التصعيد.", [("REQUEST", "مطالبا", ["Sergey Lavrov"], N, N)]),
    ("قال إن الوضع كان هادئا معلنا.", []),
]

# attacks with no named source that name their target (PLOVER: unknown source actor)
AGENTLESS: list[Case] = [
    ("قتل ثلاثة أشخاص في غارة على [خان يونس|GPE|Khan Yunis] فجر اليوم.", [("ASSAULT", "غارة", [], ["Khan Yunis"], N)]),
    ("نجا القيادي من محاولة اغتيال [صالح العاروري|PERSON|Saleh al-Arouri].",
     [("ASSAULT", "اغتيال", [], ["Saleh al-Arouri"], "attempted")]),
    # the passive shows in writing for hollow verbs of form VIII (اغتيل، اجتيحت)
    ("اغتيل القيادي في [حماس|ORG|Hamas] [صالح العاروري|PERSON|Saleh al-Arouri] في [بيروت|GPE|Beirut].",
     [("ASSAULT", "اغتيل", [], ["Saleh al-Arouri"], N)]),
    (f"اغتيل [هنية|PERSON|Ismail Haniyeh] على يد {IL}.", [("ASSAULT", "اغتيل", ["Israel"], ["Ismail Haniyeh"], N)]),
    (f"اغتالت {IL} [هنية|PERSON|Ismail Haniyeh] في [طهران|GPE|Tehran].",
     [("ASSAULT", "اغتالت", ["Israel"], ["Ismail Haniyeh"], N)]),
    (f"التقى {FIDAN} نظيره {LAVROV} في [أنقرة|GPE|Ankara].", [("CONSULT", "التقى", ["Hakan Fidan"], ["Sergey Lavrov"], N)]),
    ("حذر [بايدن|PERSON|Joe Biden] من أي هجوم على [رفح|GPE|Rafah].", []),
    ("وقعت الغارة على [خان يونس|GPE|Khan Yunis] فجرا.", []),  # the definite: an attack named before
]

# documents: (marked text, expected events) where the subject is in an earlier sentence
CARRY: list[Case] = [
    (f"قال {IDF} في بيان إن الوضع تحت السيطرة. وأضاف أنه قصف مواقع في {LB}.",
     [("ASSAULT", "قصف", ["Israel Defense Forces", "Israel"], N, N)]),
    (f"عقد {TR} اجتماعا أمنيا. ثم أغلقت حدودها مع [سوريا|GPE|Syria].",
     [("CONSULT", "اجتماعا", ["Turkey"], N, N), ("COERCE", "أغلقت", ["Turkey"], N, N)]),
    ("توغلت الدبابات [الإسرائيلية|NORP|Israeli] في الحي، فيما قصفت طائرات حربية منازل قريبة.",
     [("ASSAULT", "توغلت", ["Israel"], N, N), ("ASSAULT", "قصفت", ["Israel"], N, N)]),
    (f"اعتقلت {IDF} عشرين شخصا بتهمة التعاون مع {HAMAS}، ثم أفرجت عن خمسة منهم.",
     [("COERCE", "اعتقلت", ["Israel Defense Forces", "Israel"], [], N), ("RETREAT", "أفرجت", ["Israel Defense Forces", "Israel"], N, N)]),
    ("أوقفت [الشرطة التونسية|ORG|Tunisian police] عشرة محتجين قبل أن تطلق سراح ثلاثة منهم.",
     [("COERCE", "أوقفت", ["Tunisia"], N, N), ("RETREAT", "تطلق", ["Tunisia"], N, N)]),
    (f"قصف {IDF}، {{صباح الأحد|2024-05-12}}، مواقع لـ{HZB} في جنوب {LB}.",
     [("ASSAULT", "قصف", ["Israel Defense Forces", "Israel"], ["Hezbollah"], N)]),
    (f"هاجم رئيس الوزراء السابق {LAVROV} القرار الأمريكي الجديد.", [("ACCUSE", "هاجم", ["Sergey Lavrov"], N, N)]),
    # the verb after بعد أن has its own subject here (the artillery), not the one before
    ("فر عشرات من سجن تديره [قسد|ORG|Syrian Democratic Forces]، بعد أن قصفته المدفعية.", []),
    # a spokesman speaks for an institution: the unsaid subject after him is not him
    ("وقال المتحدث باسم الجيش [نبيل عبد الله|PERSON|Nabil Abdallah] إن الوضع مستقر. وأضاف أنه دمر عددا "
     "من المركبات.", []),
    # a new paragraph starts afresh; a verb with a common-noun subject keeps none
    (f"قال {IDF} إن الوضع هادئ.\n\nوقصف مواقع في {LB}.", []),
    (f"قال {IDF} إن الوضع هادئ. وقصف مسلحون مجهولون موقعا.", []),
    ("أطلقت [منظمة الصحة العالمية|ORG|World Health Organization] مبادرة جديدة. وتدعو المبادرة إلى حماية "
     "العاملين في القطاع الصحي.", []),
    ("قال [الهلال الأحمر|ORG|Red Crescent] إن فرقه تعمل بلا توقف. ودمر الزلزال آلاف المنازل.", []),
]
