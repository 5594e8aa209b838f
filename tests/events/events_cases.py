"""Hand-written Arabic news sentences with the PLOVER events they report.

Each case: (marked-up text, expected events). An expected event is
(type, word inside the trigger, actors, targets or None to skip the check, modality).
An empty list means the sentence has trigger words but codes no event.
Written for these tests; not taken from any corpus.
"""

from __future__ import annotations

N = None
Case = tuple[str, list[tuple[str, str, list[str], list[str] | None, str | None]]]

EG = "[مصر|GPE|Egypt]"
IL = "[إسرائيل|GPE|Israel]"
IR = "[إيران|GPE|Iran]"
US = "[الولايات المتحدة|GPE|United States]"
RU = "[روسيا|GPE|Russia]"
UA = "[أوكرانيا|GPE|Ukraine]"
QA = "[قطر|GPE|Qatar]"
HAMAS = "[حماس|ORG|Hamas]"
HZB = "[حزب الله|ORG|Hezbollah]"
UN = "[الأمم المتحدة|ORG|United Nations]"
EU = "[الاتحاد الأوروبي|ORG|European Union]"
IDF = "[الجيش الإسرائيلي|ORG|Israel Defense Forces]"
BLINKEN = "[أنتوني بلينكن|PERSON|Antony Blinken]"
SHOUKRY = "[سامح شكري|PERSON|Sameh Shoukry]"
ERDOGAN = "[أردوغان|PERSON|Recep Tayyip Erdoğan]"
PUTIN = "[فلاديمير بوتين|PERSON|Vladimir Putin]"
ZEL = "[زيلينسكي|PERSON|Volodymyr Zelenskyy]"
MACRON = "[ماكرون|PERSON|Emmanuel Macron]"
GUTERRES = "[غوتيريش|PERSON|António Guterres]"
SISI = "[السيسي|PERSON|Abdel Fattah el-Sisi]"

AGREE: list[Case] = [
    (f"اتفقت {EG} و{QA} على استئناف الوساطة.", [("AGREE", "اتفقت", ["Egypt"], ["Qatar"], N)]),
    (f"واتفق {BLINKEN} مع {SHOUKRY} على خطوات مشتركة.", [("AGREE", "اتفق", ["Antony Blinken"], ["Sameh Shoukry"], N)]),
    (f"وقعت {RU} و{IR} اتفاقا للتعاون النووي.", [("AGREE", "وقعت", ["Russia"], ["Iran"], N)]),
    (f"توصلت {IL} و{HAMAS} إلى اتفاق لتبادل الأسرى.", [("AGREE", "اتفاق", ["Israel"], ["Hamas"], N)]),
    (f"وافقت {HAMAS} على المقترح المصري الجديد.", [("AGREE", "وافقت", ["Hamas"], N, N)]),
    (f"يتفق {ERDOGAN} و{PUTIN} على تمديد اتفاق الحبوب.", [("AGREE", "يتفق", ["Recep Tayyip Erdoğan"], ["Vladimir Putin"], N)]),
    (f"تعهدت {US} بتقديم الدعم الكامل.", [("AGREE", "تعهدت", ["United States"], N, N)]),
    (f"لم تتفق {RU} و{UA} على وقف القتال.", [("AGREE", "تتفق", ["Russia"], ["Ukraine"], "negated")]),
    (f"ومن المتوقع أن تتفق {EG} و{IL} على ترتيبات المعبر.", [("AGREE", "تتفق", ["Egypt"], ["Israel"], "planned")]),
    (f"أبرمت {QA} صفقة غاز مع [ألمانيا|GPE|Germany].", [("AGREE", "صفقة", ["Qatar"], ["Germany"], N)]),
]

CONSULT: list[Case] = [
    (f"اجتمع {BLINKEN} مع {SHOUKRY} في [القاهرة|GPE|Cairo] {{أمس|2024-03-31}}.",
     [("CONSULT", "اجتمع", ["Antony Blinken"], ["Sameh Shoukry"], N)]),
    (f"التقى الرئيس [الفرنسي|NORP|French] {MACRON} نظيره [الأمريكي|NORP|American] [جو بايدن|PERSON|Joe Biden].",
     [("CONSULT", "التقى", ["Emmanuel Macron"], ["Joe Biden"], N)]),
    (f"زار {BLINKEN} [الرياض|GPE|Riyadh] {{الثلاثاء|2024-04-02}}.", [("CONSULT", "زار", ["Antony Blinken"], N, N)]),
    (f"يزور {ERDOGAN} [بغداد|GPE|Baghdad] الأسبوع المقبل.", [("CONSULT", "يزور", ["Recep Tayyip Erdoğan"], N, N)]),
    (f"وسيلتقي {GUTERRES} بوزير الخارجية [الإيراني|NORP|Iranian] في [جنيف|GPE|Geneva].",
     [("CONSULT", "يلتقي", ["António Guterres"], N, "planned")]),
    (f"عقد {SISI} و{ERDOGAN} اجتماعا مغلقا في [أنقرة|GPE|Ankara].",
     [("CONSULT", "اجتماعا", ["Abdel Fattah el-Sisi"], ["Recep Tayyip Erdoğan"], N)]),
    (f"أجرى {BLINKEN} محادثات هاتفية مع {SHOUKRY}.", [("CONSULT", "محادثات", ["Antony Blinken"], ["Sameh Shoukry"], N)]),
    (f"تتفاوض {IL} و{HAMAS} بشكل غير مباشر في [الدوحة|GPE|Doha].", [("CONSULT", "تتفاوض", ["Israel"], ["Hamas"], N)]),
    (f"لم يجتمع {PUTIN} مع {ZEL} منذ بداية الحرب.", [("CONSULT", "يجتمع", ["Vladimir Putin"], ["Volodymyr Zelenskyy"], "negated")]),
    (f"لن يلتقي {MACRON} بـ{PUTIN} خلال القمة.", [("CONSULT", "يلتقي", ["Emmanuel Macron"], N, "negated")]),
    (f"استقبل {SISI} {BLINKEN} في قصر الاتحادية.", [("CONSULT", "استقبل", ["Abdel Fattah el-Sisi"], ["Antony Blinken"], N)]),
    ("اجتماع [مصري|NORP|Egyptian] [قطري|NORP|Qatari] مرتقب لبحث التهدئة.", [("CONSULT", "اجتماع", ["Egypt"], ["Qatar"], "planned")]),
    (f"ناقش {MACRON} مع {ZEL} الوضع على الجبهة.", [("CONSULT", "ناقش", ["Emmanuel Macron"], ["Volodymyr Zelenskyy"], N)]),
    (f"قد يجتمع {PUTIN} و{ERDOGAN} في [إسطنبول|GPE|Istanbul].", [("CONSULT", "يجتمع", ["Vladimir Putin"], ["Recep Tayyip Erdoğan"], "hypothetical")]),
    (f"يعتزم {SHOUKRY} زيارة [طهران|GPE|Tehran] الشهر المقبل.", [("CONSULT", "زيارة", ["Sameh Shoukry"], N, "planned")]),
    (f"عقد {EU} اجتماعا افتراضيا مع {UA}.", [("CONSULT", "اجتماعا", ["European Union"], ["Ukraine"], N)]),
]

SUPPORT: list[Case] = [
    (f"رحبت {QA} بقرار مجلس الأمن.", [("SUPPORT", "رحبت", ["Qatar"], N, N)]),
    (f"أشاد {GUTERRES} بجهود {EG} في الوساطة.", [("SUPPORT", "أشاد", ["António Guterres"], N, N)]),
    ("اعترفت [إسبانيا|GPE|Spain] بدولة فلسطين.", [("SUPPORT", "اعترفت", ["Spain"], N, N)]),
    (f"أيدت {US} مشروع القرار.", [("SUPPORT", "أيدت", ["United States"], N, N)]),
    (f"يدعم {MACRON} انضمام {UA} إلى الاتحاد.", [("SUPPORT", "يدعم", ["Emmanuel Macron"], N, N)]),
    (f"أعلنت [تركيا|GPE|Turkey] تضامنها مع {QA}.", [("SUPPORT", "تضامن", ["Turkey"], N, N)]),
    (f"رحب {EU} بالإعلان المشترك.", [("SUPPORT", "رحب", ["European Union"], N, N)]),
    ("اعتذرت [اليابان|GPE|Japan] لكوريا الجنوبية.", [("SUPPORT", "اعتذرت", ["Japan"], N, N)]),
    (f"لم ترحب {IL} بالمبادرة.", [("SUPPORT", "ترحب", ["Israel"], N, "negated")]),
]

CONCEDE: list[Case] = [
    (f"تنازلت {HAMAS} عن شرط الانسحاب الكامل.", [("CONCEDE", "تنازلت", ["Hamas"], N, N)]),
    ("استقال [بوريس جونسون|PERSON|Boris Johnson] من رئاسة الحكومة.", [("CONCEDE", "استقال", ["Boris Johnson"], N, N)]),
    (f"تراجعت {IL} عن قرار إغلاق المعبر.", [("CONCEDE", "تراجعت", ["Israel"], N, N)]),
    ("قدم [ريشي سوناك|PERSON|Rishi Sunak] استقالته للملك.", [("CONCEDE", "استقالته", ["Rishi Sunak"], N, N)]),
    (f"لن يتنازل {ZEL} عن أي أرض.", [("CONCEDE", "يتنازل", ["Volodymyr Zelenskyy"], N, "negated")]),
    ("قد تستقيل [الحكومة اللبنانية|ORG|Government of Lebanon] خلال أيام.", [("CONCEDE", "تستقيل", ["Government of Lebanon"], N, "hypothetical")]),
    ("رضخت [شركة ميتا|ORG|Meta Platforms] لمطالب المحتجين.", [("CONCEDE", "رضخت", ["Meta Platforms"], N, N)]),
]

COOPERATE: list[Case] = [
    (f"تتعاون {EG} مع {EU} في مكافحة الهجرة.", [("COOPERATE", "تتعاون", ["Egypt"], ["European Union"], N)]),
    (f"نسقت {US} و[بريطانيا|GPE|United Kingdom] الضربات.", [("COOPERATE", "نسقت", ["United States"], ["United Kingdom"], N)]),
    ("تعاونت [الشرطة التركية|ORG|Turkish police] مع [الإنتربول|ORG|Interpol] في القضية.",
     [("COOPERATE", "تعاونت", ["Turkey"], ["Interpol"], N)]),
    (f"سيتعاون {UN} مع {QA} لإيصال الوقود.", [("COOPERATE", "يتعاون", ["United Nations"], ["Qatar"], "planned")]),
    (f"رفضت {IR} التعاون مع [الوكالة الدولية للطاقة الذرية|ORG|International Atomic Energy Agency].",
     [("REJECT", "رفضت", ["Iran"], N, N)]),
    (f"ينسق {IDF} مع [الجيش المصري|ORG|Egyptian Army] على الحدود.", [("COOPERATE", "ينسق", ["Israel Defense Forces", "Israel"], ["Egypt"], N)]),
    (f"لم تتعاون {RU} مع المحققين الدوليين.", [("COOPERATE", "تتعاون", ["Russia"], N, "negated")]),
]

AID: list[Case] = [
    (f"قدمت {QA} مساعدات إنسانية لقطاع غزة.", [("AID", "مساعدات", ["Qatar"], N, N)]),
    ("أرسلت [الإمارات|GPE|United Arab Emirates] مساعدات طبية إلى [السودان|GPE|Sudan].",
     [("AID", "مساعدات", ["United Arab Emirates"], ["Sudan"], N)]),
    (f"تساعد {EG} {UN} في إدخال القوافل.", [("AID", "تساعد", ["Egypt"], ["United Nations"], N)]),
    (f"زودت {US} {UA} بصواريخ بعيدة المدى.", [("AID", "زودت", ["United States"], ["Ukraine"], N)]),
    (f"سلمت [ألمانيا|GPE|Germany] مساعدات عسكرية إلى {UA}.", [("AID", "مساعدات", ["Germany"], ["Ukraine"], N)]),
    ("قدم [البنك الدولي|ORG|World Bank] منحة لـ[الأردن|GPE|Jordan].", [("AID", "منحة", ["World Bank"], N, N)]),
    (f"ستقدم {EU} مساعدات مالية للاجئين.", [("AID", "مساعدات", ["European Union"], N, "planned")]),
    ("لم تقدم [الدول المانحة|ORG|Donor countries] أي مساعدات جديدة.", [("AID", "مساعدات", ["Donor countries"], N, "negated")]),
]

RETREAT: list[Case] = [
    (f"انسحب {IDF} من [خان يونس|GPE|Khan Yunis].", [("RETREAT", "انسحب", ["Israel Defense Forces", "Israel"], N, N)]),
    (f"أفرجت {HAMAS} عن ثلاث رهائن.", [("RETREAT", "أفرجت", ["Hamas"], N, N)]),
    (f"أطلقت {IL} سراح عشرات الأسرى الفلسطينيين.", [("RETREAT", "أطلقت", ["Israel"], N, N)]),
    (f"أعلن {HZB} وقف إطلاق النار على الجبهة الشمالية.", [("RETREAT", "وقف", ["Hezbollah"], N, N)]),
    ("تنسحب [القوات الروسية|ORG|Russian Armed Forces] من محيط المحطة.", [("RETREAT", "تنسحب", ["Russian Armed Forces", "Russia"], N, N)]),
    ("سوف تنسحب [القوات الأمريكية|ORG|United States Armed Forces] من [العراق|GPE|Iraq].",
     [("RETREAT", "تنسحب", ["United States Armed Forces", "United States"], N, "planned")]),
    (f"لم ينسحب {IDF} من [رفح|GPE|Rafah] حتى الآن.", [("RETREAT", "ينسحب", ["Israel Defense Forces", "Israel"], N, "negated")]),
    (f"رفعت {US} العقوبات عن [فنزويلا|GPE|Venezuela].", [("CONCEDE", "رفعت", ["United States"], N, N)]),
    (f"خففت {IL} القيود على دخول البضائع.", [("CONCEDE", "خففت", ["Israel"], N, N)]),
    ("استسلم [مقاتلو داعش|ORG|Islamic State] للقوات العراقية.", [("RETREAT", "استسلم", ["Islamic State"], N, N)]),
]

REQUEST: list[Case] = [
    (f"طالبت {EG} {IL} بالانسحاب من محور فيلادلفيا.", [("REQUEST", "طالبت", ["Egypt"], ["Israel"], N)]),
    (f"دعا {GUTERRES} إلى وقف فوري لإطلاق النار.", [("REQUEST", "دعا", ["António Guterres"], N, N)]),
    (f"طلبت {UA} من {US} مزيدا من الذخائر.", [("REQUEST", "طلبت", ["Ukraine"], ["United States"], N)]),
    (f"يطالب {EU} بفتح المعابر.", [("REQUEST", "يطالب", ["European Union"], N, N)]),
    (f"ناشد {ZEL} الحلفاء تسريع الإمدادات.", [("REQUEST", "ناشد", ["Volodymyr Zelenskyy"], N, N)]),
    (f"حثت {QA} الطرفين على العودة إلى المفاوضات.", [("REQUEST", "حثت", ["Qatar"], N, N)]),
    (f"وجدد {MACRON} دعوته إلى حل الدولتين.", [("REQUEST", "دعوته", ["Emmanuel Macron"], N, N)]),
    (f"تدعو {RU} إلى عقد جلسة طارئة لمجلس الأمن.", [("REQUEST", "تدعو", ["Russia"], N, N)]),
    (f"طالب {SISI} بإدخال المساعدات دون عوائق.", [("REQUEST", "طالب", ["Abdel Fattah el-Sisi"], N, N)]),
]

ACCUSE: list[Case] = [
    (f"اتهمت {IR} {IL} بتنفيذ الهجوم على القنصلية.", [("ACCUSE", "اتهمت", ["Iran"], ["Israel"], N)]),
    (f"انتقد {MACRON} سياسة {RU} في أفريقيا.", [("ACCUSE", "انتقد", ["Emmanuel Macron"], N, N)]),
    (f"أدانت {EG} اقتحام المسجد الأقصى.", [("ACCUSE", "أدانت", ["Egypt"], N, N)]),
    (f"نددت {QA} بالقصف الذي طال المدنيين.", [("ACCUSE", "نددت", ["Qatar"], N, N)]),
    (f"يتهم {ZEL} {RU} بارتكاب جرائم حرب.", [("ACCUSE", "يتهم", ["Volodymyr Zelenskyy"], ["Russia"], N)]),
    ("استنكرت [الجامعة العربية|ORG|Arab League] التصريحات المسيئة.", [("ACCUSE", "استنكرت", ["Arab League"], N, N)]),
    (f"حملت {HAMAS} {IL} المسؤولية الكاملة عن التصعيد.", [("ACCUSE", "حملت", ["Hamas"], ["Israel"], N)]),
    ("تحقق [المحكمة الجنائية الدولية|ORG|International Criminal Court] في جرائم الحرب.",
     [("ACCUSE", "تحقق", ["International Criminal Court"], N, N)]),
    (f"لم تدن {US} الهجوم الأخير.", [("ACCUSE", "تدن", ["United States"], N, "negated")]),
    (f"وجهت [الصين|GPE|China] انتقادات حادة إلى {US}.", [("ACCUSE", "انتقادات", ["China"], ["United States"], N)]),
]

REJECT: list[Case] = [
    (f"رفضت {IL} المقترح الأمريكي.", [("REJECT", "رفضت", ["Israel"], N, N)]),
    (f"ألغى {ERDOGAN} زيارته إلى [واشنطن|GPE|Washington, D.C.].", [("REJECT", "ألغى", ["Recep Tayyip Erdoğan"], ["United States"], N)]),
    (f"أجلت {EG} الاجتماع الوزاري.", [("REJECT", "أجلت", ["Egypt"], N, N)]),
    (f"ترفض {HAMAS} أي اتفاق لا يضمن إنهاء الحرب.", [("REJECT", "ترفض", ["Hamas"], N, N)]),
    (f"استخدمت {RU} حق النقض ضد مشروع القرار.", [("REJECT", "استخدمت", ["Russia"], N, N)]),
    (f"يعارض {MACRON} إرسال قوات برية.", [("REJECT", "يعارض", ["Emmanuel Macron"], N, N)]),
    # postponing a procedure (a vote, a hearing) is not a refusal: only a postponed event is
    (f"أرجأ {UN} التصويت إلى الأسبوع المقبل.", []),
    (f"أرجأ {UN} اجتماعه مع {IR} إلى الأسبوع المقبل.", [("REJECT", "أرجأ", ["United Nations"], N, N)]),
    (f"لم ترفض {IR} العرض الأوروبي.", [("REJECT", "ترفض", ["Iran"], N, "negated")]),
    (f"رفض {PUTIN} الانسحاب من الأراضي المحتلة.", [("REJECT", "رفض", ["Vladimir Putin"], N, N)]),
]

THREATEN: list[Case] = [
    (f"هددت {IR} بالرد على أي هجوم.", [("THREATEN", "هددت", ["Iran"], N, N)]),
    (f"يهدد {HZB} بتوسيع الحرب.", [("THREATEN", "يهدد", ["Hezbollah"], N, N)]),
    (f"توعد {IDF} {HAMAS} برد قاس.", [("THREATEN", "توعد", ["Israel Defense Forces", "Israel"], ["Hamas"], N)]),
    (f"لوحت {US} بفرض عقوبات جديدة.", [("THREATEN", "لوحت", ["United States"], N, N)]),
    (f"هدد {ERDOGAN} [السويد|GPE|Sweden] بعرقلة انضمامها.", [("THREATEN", "هدد", ["Recep Tayyip Erdoğan"], ["Sweden"], N)]),
    (f"وجهت {RU} إنذارا إلى {UA}.", [("THREATEN", "إنذار", ["Russia"], ["Ukraine"], N)]),
    (f"لم تهدد {QA} بسحب وساطتها.", [("THREATEN", "تهدد", ["Qatar"], N, "negated")]),
    ("هدد [الحوثيون|ORG|Houthis] باستهداف السفن.", [("THREATEN", "هدد", ["Houthis"], N, N)]),
]

PROTEST: list[Case] = [
    ("تظاهر آلاف [الإسرائيليين|NORP|Israeli] في [تل أبيب|GPE|Tel Aviv].", [("PROTEST", "تظاهر", ["Israel"], N, N)]),
    ("احتج [طلاب جامعة كولومبيا|ORG|Columbia University students] على الحرب.",
     [("PROTEST", "احتج", ["Columbia University students"], N, N)]),
    ("نظم [اتحاد الشغل|ORG|UGTT] مظاهرة أمام البرلمان.", [("PROTEST", "مظاهرة", ["UGTT"], N, N)]),
    ("أضرب [الأطباء المقيمون|ORG|Resident doctors] عن العمل.", [("PROTEST", "أضرب", ["Resident doctors"], N, N)]),
    ("يعتصم [أنصار الحزب|ORG|Party supporters] أمام مقر الحكومة.", [("PROTEST", "يعتصم", ["Party supporters"], N, N)]),
    ("ستنظم [النقابات الفرنسية|ORG|French unions] إضرابا عاما.", [("PROTEST", "إضرابا", ["French unions"], N, "planned")]),
    ("خرجت مظاهرات [فلسطينية|NORP|Palestinian] في [رام الله|GPE|Ramallah].", [("PROTEST", "مظاهرات", ["State of Palestine"], N, N)]),
    ("دخل [الأسرى الفلسطينيون|ORG|Palestinian prisoners] في إضراب عن الطعام.",
     [("PROTEST", "إضراب", ["Palestinian prisoners"], N, N)]),
    ("احتشد [المتظاهرون|ORG|Protesters] في الساحة الرئيسية.", [("PROTEST", "احتشد", ["Protesters"], N, N)]),
]

SANCTION: list[Case] = [
    (f"فرضت {US} عقوبات على شركات [إيرانية|NORP|Iranian].", [("SANCTION", "فرضت", ["United States"], N, N)]),
    (f"فرض {EU} حزمة عقوبات جديدة على {RU}.", [("SANCTION", "فرض", ["European Union"], ["Russia"], N)]),
    (f"قطعت [بوليفيا|GPE|Bolivia] علاقاتها مع {IL}.", [("SANCTION", "قطعت", ["Bolivia"], ["Israel"], N)]),
    (f"سحبت [تشيلي|GPE|Chile] سفيرها من {IL}.", [("SANCTION", "سحبت", ["Chile"], ["Israel"], N)]),
    (f"طردت {RU} دبلوماسيين [فرنسيين|NORP|French].", [("SANCTION", "طردت", ["Russia"], N, N)]),
    ("عقوبات [أمريكية|NORP|American] جديدة على [الحوثيين|ORG|Houthis].", [("SANCTION", "عقوبات", ["United States"], ["Houthis"], N)]),
    ("تعتزم [بريطانيا|GPE|United Kingdom] فرض عقوبات على مستوطنين.", [("SANCTION", "فرض", ["United Kingdom"], N, "planned")]),
    (f"جمدت {US} تمويل [الأونروا|ORG|UNRWA].", [("SANCTION", "جمدت", ["United States"], N, N)]),
]

MOBILIZE: list[Case] = [
    (f"حشد {IDF} قوات على حدود {EG}.", [("MOBILIZE", "حشد", ["Israel Defense Forces", "Israel"], N, N)]),
    (f"نشرت {US} حاملة طائرات في شرق المتوسط.", [("MOBILIZE", "نشرت", ["United States"], N, N)]),
    ("أجرت [البحرية الصينية|ORG|People's Liberation Army Navy] مناورات قرب [تايوان|GPE|Taiwan].",
     [("MOBILIZE", "مناورات", ["People's Liberation Army Navy", "China"], N, N)]),
    (f"ينشر {EU} بعثة مراقبين على الحدود.", []),
    (f"أرسلت {RU} تعزيزات إلى [خاركيف|GPE|Kharkiv].", [("MOBILIZE", "تعزيزات", ["Russia"], N, N)]),
    (f"يحشد {HZB} مقاتليه في الجنوب.", [("MOBILIZE", "يحشد", ["Hezbollah"], N, N)]),
    ("استنفرت [الشرطة المصرية|ORG|Egyptian National Police] قواتها في القاهرة.", [("MOBILIZE", "استنفرت", ["Egypt"], N, N)]),
]

COERCE: list[Case] = [
    (f"اعتقلت {IDF} عشرين فلسطينيا في [جنين|GPE|Jenin].", [("COERCE", "اعتقلت", ["Israel Defense Forces", "Israel"], N, N)]),
    (f"احتجزت {IR} ناقلة نفط في مضيق هرمز.", [("COERCE", "احتجزت", ["Iran"], N, N)]),
    ("صادرت [السلطات التركية|ORG|Turkish authorities] أصول الشركة.", [("COERCE", "صادرت", ["Turkey"], N, N)]),
    (f"تفرض {IL} حصارا مشددا على القطاع.", [("COERCE", "حصارا", ["Israel"], N, N)]),
    ("حظرت [الحكومة الألمانية|ORG|Government of Germany] جمعية [سامدون|ORG|Samidoun].",
     [("COERCE", "حظرت", ["Government of Germany"], ["Samidoun"], N)]),
    ("داهمت [الشرطة الفرنسية|ORG|French police] مقر الجمعية.", [("COERCE", "داهمت", ["France"], N, N)]),
    (f"يحتل {IDF} معبر رفح منذ أسابيع.", [("COERCE", "يحتل", ["Israel Defense Forces", "Israel"], N, N)]),
    ("بدأت [السلطات الباكستانية|ORG|Pakistani authorities] ترحيل اللاجئين الأفغان.", [("COERCE", "ترحيل", ["Pakistan"], N, N)]),
]

ASSAULT: list[Case] = [
    (f"شنت {IL} غارات جوية على [خان يونس|GPE|Khan Yunis].", [("ASSAULT", "غارات", ["Israel"], N, N)]),
    (f"قصفت {RU} محطات الطاقة في [كييف|GPE|Kyiv].", [("ASSAULT", "قصفت", ["Russia"], N, N)]),
    ("هاجم [الحوثيون|ORG|Houthis] سفينة تجارية في البحر الأحمر.", [("ASSAULT", "هاجم", ["Houthis"], N, N)]),
    ("غارة [إسرائيلية|NORP|Israeli] تستهدف سيارة في [صور|GPE|Tyre].", [("ASSAULT", "غارة", ["Israel"], N, N)]),
    (f"استهدفت {UA} مصفاة نفط [روسية|NORP|Russian].", [("ASSAULT", "استهدفت", ["Ukraine"], N, N)]),
    (f"اغتالت {IL} قياديا في {HAMAS} في [بيروت|GPE|Beirut].", [("ASSAULT", "اغتالت", ["Israel"], N, N)]),
    (f"أطلق {HZB} صواريخ على شمال {IL}.", [("ASSAULT", "أطلق", ["Hezbollah"], N, N)]),
    (f"اقتحم {IDF} مستشفى الشفاء {{فجر الاثنين|2024-03-18}}.", [("ASSAULT", "اقتحم", ["Israel Defense Forces", "Israel"], N, N)]),
    ("نفذ [تنظيم الدولة|ORG|Islamic State] هجوما انتحاريا في [كرمان|GPE|Kerman].", [("ASSAULT", "هجوما", ["Islamic State"], N, N)]),
    (f"هجوم لـ{HAMAS} على موقع عسكري.", [("ASSAULT", "هجوم", ["Hamas"], N, N)]),
    ("ضربات [أمريكية|NORP|American] [بريطانية|NORP|British] على مواقع [الحوثيين|ORG|Houthis].",
     [("ASSAULT", "ضربات", ["United States", "United Kingdom"], N, N)]),
    (f"تهاجم {RU} البنية التحتية للطاقة.", [("ASSAULT", "تهاجم", ["Russia"], N, N)]),
    (f"قصف {IDF} منزلا في [دير البلح|GPE|Deir al-Balah] {{الليلة الماضية|2024-03-31}}.",
     [("ASSAULT", "قصف", ["Israel Defense Forces", "Israel"], N, N)]),
    ("فجرت [جماعة مسلحة|ORG|Armed group] خط الغاز.", [("ASSAULT", "فجرت", ["Armed group"], N, N)]),
    ("اختطف [مسلحون|ORG|Gunmen] صحفيين في [مالي|GPE|Mali].", [("ASSAULT", "اختطف", ["Gunmen"], N, N)]),
    ("هدمت [السلطات الإسرائيلية|ORG|Israeli authorities] منازل في [القدس|GPE|Jerusalem].",
     [("COERCE", "هدمت", ["Israel"], N, N)]),
]

# trigger words that are not events here
NON_EVENTS: list[Case] = [
    ("فاز فيلم «مفاوضات» بجائزة أفضل فيلم في مهرجان القاهرة.", []),
    ("عرض مسلسل «الاجتماع الأخير» على قناة محلية.", []),
    ("جلس الصحفيون في قاعة الاجتماعات بانتظار المؤتمر.", []),
    (f"يكفل الدستور حق التظاهر السلمي في {EG}.", []),
    ("تستمر الاجتماعات حتى ساعة متأخرة.", []),
    ("قد يكون هناك لقاء آخر في وقت لاحق.", []),
    ("بحث الخبراء عن بدائل للهجوم البري.", []),
    (f"تبحث {IL} عن بدائل للاجتياح البري [الإسرائيلي|NORP|Israeli] لرفح.", []),
    ("نشر الكاتب مقالا عن تاريخ المفاوضات العربية.", []),
    (f"وقال {GUTERRES} إن الاجتماع كان مثمرا.", []),
    ("لجنة المفاوضات تعقد مؤتمرا صحفيا.", []),
    ("طالب جامعي يفوز بمسابقة الرياضيات.", []),
    ("ارتفعت أسعار النفط بعد الهجوم.", []),
    ("يجب أن يتوقف القصف فورا.", []),
    ("زيارة [الرئيس الفرنسي|PERSON|Emmanuel Macron] المقررة ألغيت.", []),
    ("حمل المتظاهرون لافتات ملونة.", []),
    ("نشر موقع الوزارة بيانا مطولا.", []),
    ("شن [ريال مدريد|ORG|Real Madrid] هجوما مكثفا على مرمى [برشلونة|ORG|FC Barcelona] في الشوط الثاني.", []),
    ("انسحب منتخب [قطر|GPE|Qatar] من البطولة بسبب الإصابات.", []),
    ("فرض [الاتحاد الأوروبي لكرة القدم|ORG|UEFA] عقوبات على نادي [تشيلسي|ORG|Chelsea F.C.].", []),
    ("احتلت [الجزائر|GPE|Algeria] الرتبة الأولى عربيا في المؤشر.", []),
    ("محضر اجتماع [بلدية رام الله|ORG|Ramallah Municipality] رقم 12.", []),
    ("وأكد أن الدعم الاجتماعي ضروري.", []),
]

# factuality and modes
MODES: list[Case] = [
    (f"وسوف يجتمع {BLINKEN} مع {SHOUKRY} غدا.", [("CONSULT", "يجتمع", ["Antony Blinken"], ["Sameh Shoukry"], "planned")]),
    (f"من المقرر أن يزور {MACRON} [بيروت|GPE|Beirut].", [("CONSULT", "يزور", ["Emmanuel Macron"], N, "planned")]),
    (f"ربما تفرض {US} عقوبات على [بكين|GPE|Beijing].", [("SANCTION", "تفرض", ["United States"], N, "hypothetical")]),
    (f"زيارة مقررة لـ{ERDOGAN} إلى {EG}.", [("CONSULT", "زيارة", ["Recep Tayyip Erdoğan"], N, "planned")]),
    ("قمة [مصرية|NORP|Egyptian] [أردنية|NORP|Jordanian] محتملة في العقبة.", [("CONSULT", "قمة", ["Egypt"], ["Jordan"], "hypothetical")]),
    (f"لا تعترف {IL} بالمحكمة.", [("SUPPORT", "تعترف", ["Israel"], N, "negated")]),
    (f"ليست {QA} طرفا في اتفاق الهدنة.", []),
    (f"نفت {IR} أنها هاجمت السفينة.", [("ASSAULT", "هاجمت", ["Iran"], N, "negated")]),
    (f"يخطط {IDF} لاجتياح [رفح|GPE|Rafah] البري.", [("ASSAULT", "اجتياح", ["Israel Defense Forces", "Israel"], N, "planned")]),
    (f"ينوي {PUTIN} زيارة [بكين|GPE|Beijing] في مايو.", [("CONSULT", "زيارة", ["Vladimir Putin"], N, "planned")]),
]

ALL: list[Case] = (AGREE + CONSULT + SUPPORT + CONCEDE + COOPERATE + AID + RETREAT + REQUEST + ACCUSE
                   + REJECT + THREATEN + PROTEST + SANCTION + MOBILIZE + COERCE + ASSAULT + NON_EVENTS + MODES)

# clause structure: coordinated verbs, resumptive support verbs, inserted dates, role chains
STRUCTURE: list[Case] = [
    (f"أدانت {EG} الهجوم، وطالبت بتحقيق دولي.", [("ACCUSE", "أدانت", ["Egypt"], N, N), ("REQUEST", "طالبت", ["Egypt"], N, N)]),
    (f"أدان {EU} الهجوم الذي نفذه [تنظيم الدولة|ORG|Islamic State] في [موسكو|GPE|Moscow].",
     [("ACCUSE", "أدان", ["European Union"], N, N), ("ASSAULT", "هجوم", ["Islamic State"], N, N)]),
    (f"شنت {RU}، {{فجر الأربعاء|2024-04-03}}، هجوما واسعا على [كييف|GPE|Kyiv].",
     [("ASSAULT", "هجوما", ["Russia"], N, N)]),
    ("الجلسة التي طلبتها [الجزائر|GPE|Algeria] عقدت مساء أمس.", [("REQUEST", "طلبتها", ["Algeria"], N, N)]),
    ("أعلنت [جماعة الحوثي|ORG|Houthis]، {مساء الأحد|2024-03-31}، أنها استهدفت سفينة تجارية [بريطانية|NORP|British].",
     [("ASSAULT", "استهدفت", ["Houthis"], N, N)]),
    ("ودعا الأمين العام [للأمم المتحدة|ORG|United Nations] [أنطونيو غوتيريش|PERSON|António Guterres] إلى ضبط النفس.",
     [("REQUEST", "دعا", ["António Guterres"], N, N)]),
    (f"وقال {IDF} في بيان إن طائراته قصفت مواقع لـ{HZB}.", [("ASSAULT", "قصفت", ["Israel Defense Forces", "Israel"], N, N)]),
    (f"رفضت {QA} الاتهامات، وهددت بمراجعة دورها في الوساطة.",
     [("REJECT", "رفضت", ["Qatar"], N, N), ("THREATEN", "هددت", ["Qatar"], N, N)]),
    (f"اتهمها {IL} بدعم الإرهاب.", [("ACCUSE", "اتهمها", ["Israel"], N, N)]),
    (f"مفاوضات بين {IL} و{HAMAS} في [القاهرة|GPE|Cairo].", [("CONSULT", "مفاوضات", ["Israel"], ["Hamas"], N)]),
    (f"التقى {SISI} {{أمس|2024-03-31}} رئيس الوزراء [القطري|NORP|Qatari].", [("CONSULT", "التقى", ["Abdel Fattah el-Sisi"], ["Qatar"], N)]),
    ("اتفاقية [باريس|GPE|Paris] للمناخ تدخل حيز التنفيذ.", []),
    ("وقف الحرب مطلب شعبي واسع.", []),
    (f"واستقبل {ERDOGAN} وفدا من {HAMAS} في [أنقرة|GPE|Ankara].", [("CONSULT", "استقبل", ["Recep Tayyip Erdoğan"], ["Hamas"], N)]),

    (f"قالت الخارجية إن {EG} ترفض أي تدخل، داعية المجتمع الدولي إلى التحرك.",
     [("REJECT", "ترفض", ["Egypt"], N, N), ("REQUEST", "داعية", ["Egypt"], N, N)]),
    (f"ومن جهته، أعرب {EU} عن قلقه، ودعا إلى هدنة عاجلة.", [("REQUEST", "دعا", ["European Union"], N, N)]),
    ("ونظم عشرات [السودانيين|NORP|Sudanese] وقفة احتجاجية أمام السفارة في [لندن|GPE|London].",
     [("PROTEST", "وقفة", ["Sudan"], N, N)]),
    ("ويعتزم المبعوث [الأمريكي|NORP|American] الخاص إلى [السودان|GPE|Sudan] [توم بيرييلو|PERSON|Tom Perriello] "
     "زيارة [القاهرة|GPE|Cairo] الأسبوع المقبل.", [("CONSULT", "زيارة", ["Tom Perriello"], N, "planned")]),
    ("[الجيش السوداني|ORG|Sudanese Armed Forces] يتقدم في [الخرطوم|GPE|Khartoum] و[قوات الدعم السريع|ORG|Rapid Support Forces] "
     "تقصف [أم درمان|GPE|Omdurman]", [("ASSAULT", "تقصف", ["Rapid Support Forces"], N, N)]),
    (f"واجتمع {SHOUKRY} مع وزير خارجية {IR} [عباس عراقجي|PERSON|Abbas Araghchi].",
     [("CONSULT", "اجتمع", ["Sameh Shoukry"], ["Abbas Araghchi"], N)]),
    (f"انتقد {MACRON} القرار، مطالبا {IL} بالتراجع عنه.",
     [("ACCUSE", "انتقد", ["Emmanuel Macron"], N, N), ("REQUEST", "مطالبا", ["Emmanuel Macron"], ["Israel"], N)]),
]

# halting talks, target-only events, relative verbs, possessed meetings, complements
MORE: list[Case] = [
    (f"أعلنت {RU} تعليق المحادثات مع {UA}.", [("SANCTION", "تعليق", ["Russia"], ["Ukraine"], N)]),
    (f"قررت {QA} وقف كل أشكال التعاون مع [مالي|GPE|Mali].", [("SANCTION", "وقف", ["Qatar"], ["Mali"], "planned")]),
    ("أدت عملية اغتيال القيادي [صالح العاروري|PERSON|Saleh al-Arouri] إلى توتر واسع.",
     [("ASSAULT", "اغتيال", [], ["Saleh al-Arouri"], N)]),
    ("هجمات استهدفت قواعد تضم قوات [أمريكية|NORP|American] في [سوريا|GPE|Syria].",
     [("ASSAULT", "هجمات", [], ["United States"], N)]),
    (f"قال {SISI} خلال لقائه {BLINKEN} إن التهدئة ضرورية.", [("CONSULT", "لقائه", ["Abdel Fattah el-Sisi"], ["Antony Blinken"], N)]),
    (f"يؤكد {SISI} استمرار دعم قطاع الكهرباء.", []),
    (f"هددت {IR} بالرد على أي هجوم [إسرائيلي|NORP|Israeli].", [("THREATEN", "هددت", ["Iran"], N, N)]),
    ("خرج الآلاف في صنعاء رفضا للضربات [الأمريكية|NORP|American] على [اليمن|GPE|Yemen].",
     [("ASSAULT", "ضربات", ["United States"], N, N)]),
    (f"وجرت المحادثات بمشاركة وفود من {QA} و{EG} و{US}.", [("CONSULT", "محادثات", ["Qatar"], ["Egypt", "United States"], N)]),
    (f"عقد {SISI} و[عبد الله الثاني|PERSON|Abdullah II of Jordan] قمة في [العقبة|GPE|Aqaba].",
     [("CONSULT", "قمة", ["Abdel Fattah el-Sisi"], ["Abdullah II of Jordan"], N)]),
]

MORE += [
    ("ندد رئيس الحكومة [اللبنانية|NORP|Lebanese] [نجيب ميقاتي|PERSON|Najib Mikati] بالقصف، واتهم [إسرائيل|GPE|Israel] "
     "بخرق القرار.", [("ACCUSE", "ندد", ["Najib Mikati"], N, N), ("ACCUSE", "اتهم", ["Najib Mikati"], ["Israel"], N)]),
    (f"رحب {SISI} بالاتفاق، وطالب {IL} بتنفيذه.", [("SUPPORT", "رحب", ["Abdel Fattah el-Sisi"], N, N),
                                                ("REQUEST", "طالب", ["Abdel Fattah el-Sisi"], ["Israel"], N)]),
]

MORE += [
    ("حاولت [قوات الدعم السريع|ORG|Rapid Support Forces] اقتحام مدينة [الفاشر|GPE|El Fasher].",
     [("ASSAULT", "اقتحام", ["Rapid Support Forces"], N, "attempted")]),
    (f"أدانت {QA} محاولات {HZB} شن هجمات على المدنيين.",
     [("ACCUSE", "أدانت", ["Qatar"], N, N), ("ASSAULT", "هجمات", ["Hezbollah"], N, "attempted")]),
]

MORE += [
    ("بدأت زيارة الرئيس [الفرنسي|NORP|French] [إيمانويل ماكرون|PERSON|Emmanuel Macron] إلى [الجزائر|GPE|Algeria] بعد اتفاقية "
     "[أوسلو|GPE|Oslo].", [("CONSULT", "زيارة", ["Emmanuel Macron"], N, N)]),
]

ALL += STRUCTURE + MORE
