"""blind-008: Morocco earthquake relief, Moroccan outlet (شتنبر; DCT 2023-09-12, a Tuesday)."""
from annot import Spec

MOI = "Ministry of Interior (Morocco)"
HAOUZ = "Al Haouz Province"
DONORS = ["Spain", "United Kingdom", "Qatar", "United Arab Emirates"]


def build() -> Spec:
    d = Spec("blind-008", "2023-09-12")
    d.set_chrome("الرئيسية  مجتمع  سياسة  اقتصاد  جهات  رياضة  كُتّاب وآراء", "اقرأ أيضا:",
                 "هبة تضامن واسعة في المدن المغربية لجمع التبرعات لفائدة المنكوبين")
    d.set_headline("حصيلة زلزال الحوز")
    d.set_dek("السلطات تسابق")
    d.ents([
        ("الحوز", "GPE", HAOUZ),
        ("إقليم الحوز", "GPE", HAOUZ),
        ("المغرب", "GPE", "Morocco"),
        ("الأطلس الكبير", "LOC", "High Atlas"),
        ("مراكش", "GPE", "Marrakesh"),
        ("هسبريس", "ORG", "Hespress"),
        ("وزارة الداخلية المغربية", "ORG", MOI),
        ("وزارة الداخلية", "ORG", MOI),
        ("المغربية", "NORP", "Moroccan"),
        ("إقليم تارودانت", "GPE", "Taroudant Province"),
        ("المعهد الوطني للجيوفيزياء", "ORG", "National Institute of Geophysics (Morocco)"),
        ("جماعة إيغيل", "GPE", "Ighil"),
        ("إسبانيا", "GPE", "Spain"),
        ("المملكة المتحدة", "GPE", "United Kingdom"),
        ("قطر", "GPE", "Qatar"),
        ("الإمارات العربية المتحدة", "GPE", "United Arab Emirates"),
        ("الرباط", "GPE", "Rabat"),
        ("الفرنسي", "NORP", "French"),
        ("الفرنسية", "NORP", "French"),
        ("القوات المسلحة الملكية", "ORG", "Royal Moroccan Armed Forces"),
        ("محمد السادس", "PERSON", "Mohammed VI of Morocco"),
        ("القصر الملكي", "FAC", "Royal Palace of Rabat"),
        ("الخزينة العامة", "ORG", "Treasury General of the Kingdom (Morocco)", "opt"),
        ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
        ("الاتحاد الأوروبي", "ORG", "European Union"),
        ("الأوروبي", "NORP", "European"),
        ("العربية", "NORP", "Arab"),
        ("الحسين أيت بلعيد", "PERSON", "Al-Hussein Ait Belaid"),
        ("دوار تافغاغت", "GPE", "Tafeghaghte"),
    ])
    d.ent("وأوضحت الوزارة", "الوزارة", "ORG", MOI, opt=True)
    d.ent("من السلطات المغربية", "السلطات المغربية", "ORG", "Government of Morocco", opt=True)
    d.opt("من السلطات المغربية", "المغربية")
    d.ent("وأعلنت الحكومة أن", "الحكومة", "ORG", "Government of Morocco", opt=True)

    d.tx("مساء الاثنين", "مساء الاثنين", "TIME", "2023-09-11TEV")
    d.tx("ليلة الجمعة 8 شتنبر", "ليلة الجمعة", "TIME", "2023-09-08TNI")
    d.tx("ليلة الجمعة 8 شتنبر", "8 شتنبر", "DATE", "2023-09-08")
    d.tx("منذ أكثر من ستة عقود", "أكثر من ستة عقود", "DURATION", "P60Y", mod="MORE_THAN")
    d.tx("الساعة 23:11 بالتوقيت المحلي", "الساعة 23:11", "TIME", "2023-09-08T23:11", note="local time (UTC+1)")
    d.tx("حتى الآن عرض", "حتى الآن", "DATE", "PRESENT_REF", opt=True)
    d.tx("يوم السبت، جلسة", "يوم السبت", "DATE", "2023-09-09")
    d.tx("الحداد الوطني ثلاثة أيام", "ثلاثة أيام", "DURATION", "P3D")

    d.attr("indirect", ("أعلنت وزارة الداخلية المغربية", "أعلنت"), ("أعلنت وزارة الداخلية المغربية", "وزارة الداخلية المغربية"),
           ("ارتفاع حصيلة ضحايا الزلزال الذي ضرب عددا من أقاليم المملكة ليلة الجمعة 8 شتنبر إلى 2862 قتيلا و2562 جريحا",) * 2,
           "institution", MOI, opt=True)
    moi = ("وأوضحت الوزارة", "الوزارة")
    d.attr("indirect", ("وأوضحت الوزارة", "أوضحت"), moi,
           ("إقليم الحوز سجل العدد الأكبر من الوفيات بـ1604 قتلى، يليه إقليم تارودانت بـ976 قتيلا",) * 2,
           "institution", MOI)
    d.attr("indirect", ("مشيرة إلى أن عمليات", "مشيرة"), moi,
           ("عمليات الإنقاذ والبحث عن ناجين تحت الأنقاض ما زالت متواصلة",) * 2, "institution", MOI)
    d.attr("indirect", ("بحسب المعهد", "بحسب"), ("بحسب المعهد الوطني للجيوفيزياء", "المعهد الوطني للجيوفيزياء"),
           ("بلغت قوته 6,8 درجات على سلم ريختر",) * 2, "institution", "National Institute of Geophysics (Morocco)", opt=True)
    gov = ("وأعلنت الحكومة أن", "الحكومة")
    d.attr("indirect", ("وأعلنت الحكومة أن", "أعلنت"), gov,
           ("المغرب استجاب، في هذه المرحلة، لعروض الدعم المقدمة من إسبانيا والمملكة المتحدة وقطر والإمارات العربية المتحدة",) * 2,
           "institution", "Government of Morocco")
    d.attr("direct", ("موضحة أن", "موضحة"), gov, ('"عدم التنسيق قد يؤدي إلى نتائج عكسية"', "عدم التنسيق قد يؤدي إلى نتائج عكسية"),
           "institution", "Government of Morocco")
    d.attr("indirect", ("وقال مصدر مسؤول", "قال"), ("وقال مصدر مسؤول", "مصدر مسؤول"),
           ("نحو 50 ألف منزل تضررت كليا أو جزئيا، وإن آلاف الأسر تقضي لياليها في العراء أو في خيام نصبتها القوات المسلحة الملكية",) * 2,
           "unnamed_officials")
    d.attr("indirect", ("وقالت منظمة الصحة", "قالت"), ("وقالت منظمة الصحة العالمية", "منظمة الصحة العالمية"),
           ("أكثر من 300 ألف شخص تضرروا من الزلزال في مراكش والمناطق المحيطة بها",) * 2, "institution",
           "World Health Organization")
    d.attr("indirect", ("أعلن الاتحاد الأوروبي", "أعلن"), ("أعلن الاتحاد الأوروبي", "الاتحاد الأوروبي"),
           ("تخصيص مليون يورو كمساعدة أولية",) * 2, "institution", "European Union", opt=True)
    d.attr("indirect", ("فيما قال مصدر دبلوماسي", "قال"), ("فيما قال مصدر دبلوماسي", "مصدر دبلوماسي"),
           ('دولا أخرى "تنتظر الضوء الأخضر" من السلطات المغربية لإرسال فرق إنقاذ',) * 2, "anonymous")
    d.attr("direct", ("وقال الحسين", "قال"), ("الحسين أيت بلعيد", "الحسين أيت بلعيد"),
           ("فقدنا كل شيء، ننتظر الخيام والأغطية قبل أن يشتد البرد",) * 2, "person", "Al-Hussein Ait Belaid")

    d.claim("ترتفع إلى 2862 قتيلا", "2862 قتيلا", 2862, "exact", "killed", "earthquake deaths (headline)")
    d.claim("8 شتنبر إلى 2862 قتيلا", "2862 قتيلا", 2862, "exact", "killed", "earthquake deaths",
            source="وزارة الداخلية المغربية", date="2023-09-08")
    d.claim("و2562 جريحا", "2562 جريحا", 2562, "exact", "injured", "earthquake injured",
            source="وزارة الداخلية المغربية", date="2023-09-08")
    d.claim("بـ1604 قتلى", "1604 قتلى", 1604, "exact", "killed", "deaths in Al Haouz province", source="الوزارة")
    d.claim("بـ976 قتيلا", "976 قتيلا", 976, "exact", "killed", "deaths in Taroudant province", source="الوزارة")
    d.claim("6,8 درجات", "6,8 درجات", 6.8, "exact", "other", "magnitude", source="المعهد الوطني للجيوفيزياء", opt=True)
    d.claim("نحو 70 كيلومترا", "نحو 70 كيلومترا", 70, "approx", "other", "distance from Marrakesh", opt=True)
    d.claim("نحو 50 ألف منزل", "نحو 50 ألف منزل", 50_000, "approx", "other", "houses damaged",
            source="مصدر مسؤول بوزارة الداخلية", opt=True)
    d.claim("وإن آلاف الأسر", "آلاف الأسر", 1000, "lower", "displaced", "families sleeping outdoors",
            source="مصدر مسؤول بوزارة الداخلية", opt=True)
    d.claim("أكثر من 300 ألف شخص", "أكثر من 300 ألف شخص", 300_000, "lower", "other", "people affected",
            source="منظمة الصحة العالمية", opt=True)
    d.claim("تخصيص مليون يورو", "مليون يورو", 1_000_000, "exact", "money", "initial EU aid", source="الاتحاد الأوروبي",
            unit="EUR")

    d.ev("يقبل مساعدات", "مساعدات", "AID", DONORS, ["Morocco"], opt=True, note="headline")
    d.ev("لإيصال المساعدات", "المساعدات", "AID", [], [], opt=True, note="dek")
    d.ev("لعروض الدعم", "الدعم", "AID", DONORS, ["Morocco"])
    d.ev("ولم تقبل الرباط", "تقبل", "REJECT", ["Morocco"], ["France"], opt=True, note="not accepting an aid offer")
    d.ev("عرض المساعدة الفرنسي", "المساعدة", "AID", ["France"], ["Morocco"], modality="negated",
         note="offered, not (yet) accepted")
    d.ev("خيام نصبتها", "نصبتها", "AID", ["Royal Moroccan Armed Forces"], [], opt=True)
    d.ev("ترأس، يوم السبت، جلسة عمل", "جلسة عمل", "CONSULT", ["Mohammed VI of Morocco"], [], date="2023-09-09",
         place="Rabat", opt=True)
    d.ev("كمساعدة أولية", "كمساعدة", "AID", ["European Union"], ["Morocco"], mode="money")
    d.ev("لإرسال فرق إنقاذ", "لإرسال", "AID", [], ["Morocco"], modality="planned", opt=True)
    return d
