"""blind-002: Syria, constitutional declaration (Levantine outlet, DCT 2025-03-14, a Friday)."""
from annot import Spec

SHARAA = "Ahmed al-Sharaa"
SDC = "Syrian Democratic Council"
SDF = "Syrian Democratic Forces"


def build() -> Spec:
    d = Spec("blind-002", "2025-03-14")
    d.set_chrome("الرئيسية  سوريا  عربي  دولي  اقتصاد  رأي", "مواضيع ذات صلة",
                 "الشيباني يبحث في عمّان ملف اللاجئين السوريين")
    d.set_headline("الشرع يوقّع الإعلان")
    d.set_dek("الإعلان يكرّس")
    d.ents([
        ("الشرع", "PERSON", SHARAA),
        ("أحمد الشرع", "PERSON", SHARAA),
        ("الإسلامي", "NORP", "Muslims", "opt"),
        ("مسد", "ORG", SDC),
        ("دمشق", "GPE", "Damascus"),
        ("السوري", "NORP", "Syrian"),
        ("السورية", "NORP", "Syrian"),
        ("وكالة الأنباء السورية", "ORG", "Syrian Arab News Agency"),
        ("سانا", "ORG", "Syrian Arab News Agency"),
        ("قصر الشعب", "FAC", "People's Palace (Syria)"),
        ("سوريا", "GPE", "Syria"),
        ("عبد الحميد العواك", "PERSON", "Abdul Hamid al-Awak"),
        ("مجلس سوريا الديمقراطية", "ORG", SDC),
        ("قوات سوريا الديمقراطية", "ORG", SDF),
        ("قسد", "ORG", SDF),
        ("مظلوم عبدي", "PERSON", "Mazloum Abdi"),
        ("الساحل السوري", "LOC", "Syrian coast"),
        ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ("العلوية", "NORP", "Alawites"),
        ("وزارة الخارجية القطرية", "ORG", "Ministry of Foreign Affairs (Qatar)"),
        ("القطرية", "NORP", "Qatari"),
        ("أوروبيون", "NORP", "European"),
        ("رويترز", "ORG", "Reuters"),
        ("وكالة رويترز", "ORG", "Reuters"),
        ("الأوروبي", "NORP", "European"),
        ("الاتحاد الأوروبي", "ORG", "European Union"),
        ("بشار الأسد", "PERSON", "Bashar al-Assad"),
    ])
    d.ent("تشكيل مجلس شعب", "مجلس شعب", "ORG", "People's Assembly of Syria", opt=True)

    d.tx("انتقالية من خمس سنوات", "خمس سنوات", "DURATION", "P5Y")
    d.tx("يوم الخميس 13 آذار 2025", "الخميس", "DATE", "2025-03-13")
    d.tx("يوم الخميس 13 آذار 2025", "13 آذار 2025", "DATE", "2025-03-13")
    d.tx("تمتد خمس سنوات", "خمس سنوات", "DURATION", "P5Y")
    d.tx("بعد ثلاثة أيام من", "ثلاثة أيام", "DURATION", "P3D")
    d.tx("يوم الاثنين الماضي", "الاثنين الماضي", "DATE", "2025-03-10")
    d.tx("نهاية العام الحالي", "نهاية العام الحالي", "DATE", "2025", mod="END")
    d.tx("بعد أسبوع دامٍ", "أسبوع", "DURATION", "P1W", opt=True)
    d.tx("السادس من آذار الجاري", "السادس من آذار الجاري", "DATE", "2025-03-06")
    d.tx("«في الأسابيع المقبلة»", "الأسابيع المقبلة", "DATE", "FUTURE_REF", opt=True)
    d.tx("29 كانون الثاني الماضي", "29 كانون الثاني الماضي", "DATE", "2025-01-29")
    d.tx("بعد نحو شهرين", "نحو شهرين", "DURATION", "P2M", mod="APPROX")
    d.tx("الثامن من كانون الأول 2024", "الثامن من كانون الأول 2024", "DATE", "2024-12-08")

    d.attr("indirect", ("وفق ما نقلت", "نقلت"), ("نقلت وكالة الأنباء السورية", "وكالة الأنباء السورية"),
           ("وقّع الرئيس السوري للمرحلة الانتقالية أحمد الشرع، يوم الخميس 13 آذار 2025، على الإعلان الدستوري الذي أعدته لجنة من سبعة خبراء قانونيين، لتدخل البلاد مرحلة انتقالية تمتد خمس سنوات",) * 2,
           "institution", "Syrian Arab News Agency", opt=True)
    d.attr("direct", ("وقال الشرع خلال", "قال"), ("وقال الشرع خلال", "الشرع"),
           ("«نأمل أن يكون هذا الإعلان بداية تاريخ جديد لسوريا، نستبدل فيه الظلم بالعدل والعذاب بالرحمة»",
            "نأمل أن يكون هذا الإعلان بداية تاريخ جديد لسوريا، نستبدل فيه الظلم بالعدل والعذاب بالرحمة"),
           "person", SHARAA)
    d.attr("indirect", ("وقال عضو لجنة الصياغة", "قال"), ("عبد الحميد العواك", "عبد الحميد العواك"),
           ("الإعلان «يحقق التوازن بين الأمن المجتمعي والحرية",) * 2, "person", "Abdul Hamid al-Awak",
           role="عضو لجنة الصياغة")
    d.attr("indirect", ("مضيفاً أن الفصل", "مضيفاً"), ("عبد الحميد العواك", "عبد الحميد العواك"),
           ("الفصل بين السلطات «مضمون",) * 2, "person", "Abdul Hamid al-Awak")
    d.attr("indirect", ("معتبراً في بيان", "معتبراً"), ("رفض مجلس سوريا الديمقراطية", "مجلس سوريا الديمقراطية"),
           ("«يتعارض مع تنوع سوريا» ويعيد إنتاج «حكم مركزي بغطاء جديد", "يتعارض مع تنوع سوريا» ويعيد إنتاج «حكم مركزي بغطاء جديد"),
           "institution", SDC)
    d.attr("direct", ("تعتبره «إعادة", "تعتبره"), ("و«مسد» تعتبره", "مسد"),
           ("«إعادة إنتاج للاستبداد»", "إعادة إنتاج للاستبداد"), "institution", SDC, opt=True)
    d.attr("indirect", ("إذ وثّق المرصد", "وثّق"), ("إذ وثّق المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان"),
           ("مقتل أكثر من 1500 شخص، معظمهم مدنيون من الطائفة العلوية، في أعمال عنف اندلعت في السادس من آذار الجاري",) * 2,
           "institution", "Syrian Observatory for Human Rights", opt=True)
    d.attr("direct", ("ووصفته بأنه", "وصفته"), ("وزارة الخارجية القطرية", "وزارة الخارجية القطرية"),
           ("«خطوة مهمة نحو بناء دولة المؤسسات والقانون»", "خطوة مهمة نحو بناء دولة المؤسسات والقانون"),
           "institution", "Ministry of Foreign Affairs (Qatar)")
    d.attr("indirect", ("فيما قال مسؤولون", "قال"), ("قال مسؤولون أوروبيون", "مسؤولون أوروبيون"),
           ("الاتحاد الأوروبي سينظر «في الأسابيع المقبلة» في تخفيف إضافي للعقوبات المفروضة على دمشق",) * 2,
           "unnamed_officials")

    d.claim("لجنة من سبعة خبراء", "سبعة خبراء", 7, "exact", "other", "members of the drafting committee", opt=True)
    d.claim("مقتل أكثر من 1500 شخص", "أكثر من 1500 شخص", 1500, "lower", "killed",
            "people killed in the coastal violence", source="المرصد السوري لحقوق الإنسان",
            hedges=("لم يتسنَّ التحقق من الحصيلة من مصدر مستقل",), date="2025-03-06")

    d.ev("دمشق – وقّع", "وقّع", "AGREE", [SHARAA], [], date="2025-03-13", place="Damascus", opt=True,
         note="signing a domestic constitutional text; doubtful PLOVER type")
    d.ev("في المقابل، رفض", "رفض", "REJECT", [SDC], [SHARAA])
    d.ev("من اتفاق وقّعه", "اتفاق", "AGREE", [SHARAA, "Mazloum Abdi"], [], date="2025-03-10", place="Damascus")
    d.ev("اتفاق وقّعه الشرع", "وقّعه", "AGREE", [SHARAA, "Mazloum Abdi"], [], date="2025-03-10",
         place="Damascus", opt=True, note="second trigger")
    d.ev("مقتل أكثر من 1500", "مقتل", "ASSAULT", [], ["Alawites"], date="2025-03-06", place="Syrian coast", opt=True)
    d.ev("من جهتها، رحبت", "رحبت", "SUPPORT", ["Ministry of Foreign Affairs (Qatar)"], [SHARAA], opt=True)
    d.ev("في تخفيف إضافي للعقوبات", "تخفيف", "CONCEDE", ["European Union"], ["Syria"], modality="planned",
         opt=True, note="easing sanctions under consideration")
    return d
