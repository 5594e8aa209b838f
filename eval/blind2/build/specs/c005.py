"""blind2-005: Egypt, building collapse in Alexandria and the owner's detention (Egyptian outlet)."""

from annot import Spec

MIN_HEALTH = "Ministry of Health and Population (Egypt)"


def build() -> Spec:
    s = Spec("blind2-005", "2025-07-08")
    s.set_chrome("حوادث | محافظات | أخبار مصر")
    s.set_headline("ارتفاع ضحايا انهيار عقار")
    s.caption("رجال الحماية المدنية", ["تصوير: أحمد سمير / الأهرام"], ["2025-07-07"])

    s.ents([
        ("العصافرة", "GPE", "Asafra"),
        ("الإسكندرية", "GPE", "Alexandria"),
        ("أحمد سمير", "PERSON", "Ahmed Samir", "opt"),
        ("الأهرام", "ORG", "Al-Ahram"),
        ("وزارة الصحة والسكان", "ORG", MIN_HEALTH),
        ("مستشفى جمال عبد الناصر", "FAC", "Gamal Abdel Nasser Hospital (Alexandria)"),
        ("جمال عبد الناصر", "PERSON", "Gamal Abdel Nasser"),
        ("مستشفى الإسكندرية الجامعي", "FAC", "Alexandria University Hospital"),
        ("حسام عبد الغفار", "PERSON", "Hossam Abdel Ghaffar"),
        ("النيابة العامة", "ORG", "Public Prosecution (Egypt)"),
        ("ش. م.", "PERSON", "S. M. (building owner)", "opt"),
        ("محافظة البحيرة", "GPE", "Beheira Governorate"),
        ("المنتزه", "GPE", "Montaza"),
        ("حي المنتزه", "GPE", "Montaza"),
        ("مجلس النواب", "ORG", "House of Representatives (Egypt)"),
        ("محمود عبد الحليم", "PERSON", "Mahmoud Abdel Halim"),
        ("مجلس الوزراء", "ORG", "Cabinet of Egypt", "opt"),
        ("مصطفى مدبولي", "PERSON", "Mostafa Madbouly"),
        ("وزارة التضامن الاجتماعي", "ORG", "Ministry of Social Solidarity (Egypt)"),
        ("محافظة الإسكندرية", "GPE", "Alexandria Governorate"),
    ])
    s.opt("(تصوير: أحمد سمير / الأهرام)", "الأهرام")  # credit name

    # timexes
    s.tx("7 يوليو 2025", "7 يوليو 2025", "DATE", "2025-07-07")
    s.tx("فجر أمس الاثنين", "فجر أمس الاثنين", "TIME", "2025-07-07TMO")
    s.tx("في الساعة الثالثة و40 دقيقة فجرا", "الساعة الثالثة و40 دقيقة فجرا", "TIME", "2025-07-07T03:40")
    s.tx("(52 عاما)", "52 عاما", "DURATION", "P52Y", opt=True, note="age")
    s.tx("وحبس المالك 4 أيام", "4 أيام", "DURATION", "P4D")
    s.tx("أربعة أيام على ذمة", "أربعة أيام", "DURATION", "P4D")
    s.tx("حتى مساء أمس", "مساء أمس", "TIME", "2025-07-07TEV")
    s.tx("خلال السنوات الثلاث الماضية", "السنوات الثلاث الماضية", "DURATION", "P3Y")
    s.tx("في مارس 2023", "مارس 2023", "DATE", "2023-03")
    s.tx("الحي ظهر أمس", "ظهر أمس", "TIME", "2025-07-07TMI")
    s.tx("تنفذ حتى الآن", "حتى الآن", "DATE", "PRESENT_REF", opt=True)

    # attributions
    s.attr("indirect", ("أعلنت وزارة الصحة", "أعلنت"), ("أعلنت وزارة الصحة والسكان", "وزارة الصحة والسكان"),
           ("ارتفاع عدد ضحايا", "ارتفاع عدد ضحايا انهيار عقار سكني مكون من عشرة طوابق بمنطقة العصافرة شرق الإسكندرية، فجر أمس الاثنين، إلى 11 قتيلا، بينهم أربعة أطفال"),
           "institution", MIN_HEALTH, opt=True)
    spk = ("باسم الوزارة حسام عبد الغفار", "حسام عبد الغفار")
    s.attr("direct", ("وقال المتحدث الرسمي", "قال"), spk,
           ("«فرق الإسعاف", "فرق الإسعاف دفعت بـ25 سيارة إلى موقع الحادث فور تلقي البلاغ في الساعة الثالثة و40 دقيقة فجرا"),
           "person", "Hossam Abdel Ghaffar")
    s.attr("indirect", ("مشيرا إلى أن 9", "مشيرا"), spk,
           ("أن 9 من المصابين", "9 من المصابين غادروا المستشفى بعد تلقي العلاج"), "person", "Hossam Abdel Ghaffar")
    s.attr("indirect", ("بحسب مصدر قضائي", "بحسب"), ("بحسب مصدر قضائي", "مصدر قضائي"),
           ("أن المالك أضاف", "المالك أضاف أربعة طوابق مخالفة خلال السنوات الثلاث الماضية، رغم صدور قرار إزالة بحقها من حي المنتزه في مارس 2023 لم ينفذ"),
           "unnamed_officials", opt=True, condition="شريطة عدم نشر اسمه")
    s.attr("indirect", ("واتهموا موظفين", "اتهموا"), ("عشرات من سكان الشارع", "عشرات من سكان الشارع"),
           ("موظفين في الإدارة", "موظفين في الإدارة الهندسية بتلقي رشاوى مقابل غض الطرف عن المخالفات"),
           "anonymous", opt=True)
    s.attr("indirect", ("وتشير تقديرات رسمية", "تشير"), ("تقديرات رسمية", "تقديرات رسمية"),
           ("وجود أكثر من 7", "وجود أكثر من 7 آلاف عقار مخالف في الإسكندرية وحدها"), "institution", opt=True)

    # claims
    s.claim("إلى 11 قتيلا.. وحبس", "11 قتيلا", 11, "exact", "killed", "dead in the Asafra collapse", date="2025-07-07")
    s.claim("وحبس المالك 4 أيام", "4 أيام", 4, "exact", "other", "detention of the owner", opt=True)
    s.claim("مكون من عشرة طوابق", "عشرة طوابق", 10, "exact", "other", "floors of the building", opt=True)
    s.claim("إلى 11 قتيلا، بينهم", "11 قتيلا", 11, "exact", "killed", "dead in the Asafra collapse",
            source="وزارة الصحة والسكان", date="2025-07-07")
    s.claim("بينهم أربعة أطفال", "أربعة أطفال", 4, "exact", "killed", "children among the dead",
            source="وزارة الصحة والسكان", opt=True)
    s.claim("فيما أصيب 14 آخرون", "14", 14, "exact", "injured", "injured in the collapse",
            source="وزارة الصحة والسكان", date="2025-07-07")
    s.claim("دفعت بـ25 سيارة", "بـ25 سيارة", 25, "exact", "other", "ambulances sent",
            source="حسام عبد الغفار", opt=True)
    s.claim("أن 9 من المصابين", "9 من المصابين", 9, "exact", "other", "injured discharged",
            source="حسام عبد الغفار", opt=True)
    s.claim("أربعة أيام على ذمة", "أربعة أيام", 4, "exact", "other", "detention of the owner", opt=True)
    s.claim("أضاف أربعة طوابق", "أربعة طوابق", 4, "exact", "other", "illegal floors", source="مصدر قضائي", opt=True)
    s.claim("وتجمع عشرات من سكان", "عشرات", 20, "lower", "other", "residents protesting", opt=True)
    s.claim("صرف 100 ألف جنيه", "100 ألف جنيه", 100000, "exact", "money", "compensation per dead person's family",
            unit="EGP")
    s.claim("و25 ألف جنيه", "25 ألف جنيه", 25000, "exact", "money", "compensation per injured person", unit="EGP")
    s.claim("لنحو 30 أسرة", "نحو 30 أسرة", 30, "approx", "displaced", "families evacuated from nearby buildings")
    s.claim("وجود أكثر من 7 آلاف عقار", "أكثر من 7 آلاف", 7000, "lower", "other", "illegal buildings in Alexandria",
            source="تقديرات رسمية", opt=True)

    # events
    PP = "Public Prosecution (Egypt)"
    s.ev("قتيلا.. وحبس", "حبس", "COERCE", [PP], [], mode="arrest", opt=True, note="headline restatement")
    s.ev("وأمرت النيابة العامة بحبس", "بحبس", "COERCE", [PP], [], mode="arrest", place="Alexandria")
    s.ev("بعد أن وجهت إليه تهم", "وجهت", "ACCUSE", [PP], [], opt=True, note="charges")
    s.ev("من القبض على المقاول", "القبض", "COERCE", ["Egyptian police"], [], mode="arrest", modality="negated")
    s.ev("رغم صدور قرار إزالة", "إزالة", "COERCE", ["Montaza"], [], modality="negated", opt=True,
         note="a demolition order never carried out")
    s.ev("ظهر أمس احتجاجا", "احتجاجا", "PROTEST", [], ["Montaza"], date="2025-07-07", place="Asafra")
    s.ev("وتجمع عشرات", "تجمع", "PROTEST", [], ["Montaza"], opt=True, note="same event, verb")
    s.ev("واتهموا موظفين", "اتهموا", "ACCUSE", [], ["Montaza"], date="2025-07-07")
    s.ev("وهو ما نفاه", "نفاه", "REJECT", [], [], opt=True, note="a denial; doubtful type")
    s.ev("وطالب النائب", "طالب", "REQUEST", ["Mahmoud Abdel Halim"], [])
    s.ev("وتقدم بطلب إحاطة", "بطلب", "REQUEST", ["Mahmoud Abdel Halim"], ["Mostafa Madbouly"], opt=True)
    s.ev("قررت وزارة التضامن الاجتماعي صرف", "صرف", "AID", ["Ministry of Social Solidarity (Egypt)"], [])
    s.ev("كما وفرت محافظة", "وفرت", "AID", ["Alexandria Governorate"], [])
    return s
