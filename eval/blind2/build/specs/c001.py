"""blind2-001: Algeria, 2025 finance law adopted by the APN (Algerian outlet)."""

from annot import Spec


def build() -> Spec:
    s = Spec("blind2-001", "2024-11-14")
    s.set_chrome("الرئيسية | الوطني | اقتصاد | دولي | رياضة | ثقافة",
                 "اقرأ أيضا: تبون يأمر بتسقيف أسعار المواد الغذائية قبل رمضان")
    s.set_headline("نواب الغرفة السفلى")
    s.set_dek("الميزانية تتوقع عجزا")
    s.caption("وزير المالية لعزيز فايد خلال عرض", ["تصوير: رياض قاسمي / وأج"], ["2024-11-03"])

    s.ents([
        ("لعزيز فايد", "PERSON", "Laaziz Faid"),
        ("رياض قاسمي", "PERSON", "Riad Kacemi", "opt"),
        ("وأج", "ORG", "Algérie Presse Service", "opt"),
        ("المجلس الشعبي الوطني", "ORG", "People's National Assembly"),
        ("إبراهيم بوغالي", "PERSON", "Ibrahim Boughali"),
        ("حركة مجتمع السلم", "ORG", "Movement of Society for Peace"),
        ("وزارة المالية", "ORG", "Ministry of Finance (Algeria)"),
        ("عبد المجيد تبون", "PERSON", "Abdelmadjid Tebboune"),
        ("تبون", "PERSON", "Abdelmadjid Tebboune"),
        ("صندوق ضبط الإيرادات", "ORG", "Revenue Regulation Fund"),
        ("أحمد صادوق", "PERSON", "Ahmed Sadok"),
        ("صادوق", "PERSON", "Ahmed Sadok"),
        ("مجلس الأمة", "ORG", "Council of the Nation"),
        ("نذير العرباوي", "PERSON", "Nadir Larbaoui"),
        ("وكالة الأنباء الجزائرية", "ORG", "Algérie Presse Service"),
        ("الجزائرية", "NORP", "Algerian", "opt"),
        ("الحكومة", "ORG", "Government of Algeria", "opt"),
        ("الغرفة السفلى", "ORG", "People's National Assembly", "opt"),
    ])
    s.ent("بالجزائر العاصمة", "الجزائر العاصمة", "GPE", "Algiers")
    s.ent("الجزائر - صادق", "الجزائر", "GPE", "Algiers")
    s.ent("إيرادات الجزائر من", "الجزائر", "GPE", "Algeria")

    # timexes
    s.tx("قانون المالية لسنة 2025 بأغلبية", "2025", "DATE", "2025")
    s.tx("3 نوفمبر 2024", "3 نوفمبر 2024", "DATE", "2024-11-03")
    s.tx("أمس الأربعاء", "أمس الأربعاء", "DATE", "2024-11-13")
    s.tx("مشروع قانون المالية لسنة 2025،", "2025", "DATE", "2025")
    s.tx("في السنة المقبلة", "السنة المقبلة", "DATE", "2025")
    s.tx("الأسبوع المقبل", "الأسبوع المقبل", "DATE", "2024-W47")
    s.tx("قبل نهاية ديسمبر", "نهاية ديسمبر", "DATE", "2024-12", mod="END")
    s.tx("مطلع جانفي 2025", "مطلع جانفي 2025", "DATE", "2025-01", mod="START")
    s.tx("في أكتوبر الماضي", "أكتوبر الماضي", "DATE", "2024-10")
    s.tx("ابتداء من جانفي المقبل", "جانفي المقبل", "DATE", "2025-01")
    s.tx("الأشهر التسعة الأولى من", "الأشهر التسعة الأولى", "DURATION", "P9M", opt=True)
    s.tx("من العام الجاري", "العام الجاري", "DATE", "2024")
    s.tx("نفسها من 2023", "2023", "DATE", "2023")
    s.tx("الجزائرية الشهر الماضي", "الشهر الماضي", "DATE", "2024-10")

    # attributions
    fa = ("وقال وزير المالية لعزيز فايد في رده", "لعزيز فايد")
    s.attr("direct", ("وقال وزير المالية لعزيز", "قال"), fa,
           ("«الدولة ستحافظ", "الدولة ستحافظ على طابعها الاجتماعي ولن تمس بالدعم الموجه للمواد الأساسية"),
           "person", "Laaziz Faid")
    s.attr("indirect", ("مضيفا أن التحويلات", "مضيفا"), fa,
           ("أن التحويلات", "التحويلات الاجتماعية ستبلغ أكثر من 5 آلاف مليار دينار في السنة المقبلة"),
           "person", "Laaziz Faid")
    s.attr("indirect", ("وأكد الوزير أن", "أكد"), ("وأكد الوزير أن", "الوزير"),
           ("أن الحكومة لن تلجأ", "الحكومة لن تلجأ إلى الاستدانة الخارجية، تنفيذا لتوجيهات رئيس الجمهورية عبد المجيد تبون"),
           "person", "Laaziz Faid")
    s.attr("indirect", ("موضحا أن تمويل", "موضحا"), ("وأكد الوزير أن", "الوزير"),
           ("أن تمويل العجز", "تمويل العجز سيتم عبر موارد صندوق ضبط الإيرادات والسوق المالية المحلية"),
           "person", "Laaziz Faid")
    s.attr("indirect", ("واتهم رئيسها", "اتهم"), ("رئيسها أحمد صادوق", "أحمد صادوق"),
           ("الحكومة بـ«الإفراط", "الحكومة بـ«الإفراط في التفاؤل» بشأن أسعار النفط"),
           "person", "Ahmed Sadok", opt=True)
    s.attr("indirect", ("وقال صادوق في تصريح", "قال"), ("وقال صادوق في تصريح", "صادوق"),
           ("إن الميزانية «تعتمد", "الميزانية «تعتمد بشكل مفرط على المحروقات»"),
           "person", "Ahmed Sadok")
    s.attr("indirect", ("داعيا إلى إصلاح", "داعيا"), ("وقال صادوق في تصريح", "صادوق"),
           ("إلى إصلاح جبائي", "إصلاح جبائي يوسع القاعدة الضريبية"),
           "person", "Ahmed Sadok", opt=True)
    s.attr("indirect", ("العرباوي قد أكد", "أكد"), ("الوزير الأول نذير العرباوي", "نذير العرباوي"),
           ("أن قانون المالية الجديد", "قانون المالية الجديد سيرفع الأجور في الوظيفة العمومية"),
           "person", "Nadir Larbaoui")
    s.attr("indirect", ("زيادة قال مصدر", "قال"), ("قال مصدر حكومي", "مصدر حكومي"),
           ("إنها ستشمل", "ستشمل نحو 2,8 مليون موظف ابتداء من جانفي المقبل"),
           "unnamed_officials", condition="طلب عدم الكشف عن هويته")

    # claims
    s.claim("عجزا يفوق 8 آلاف مليار دينار ونموا", "يفوق 8 آلاف مليار دينار", 8e12, "lower", "money",
            "2025 budget deficit", unit="DZD")
    s.claim("ونموا اقتصاديا بنسبة 4,5 بالمئة", "4,5 بالمئة", 4.5, "exact", "percent", "forecast growth 2025 (dek)",
            opt=True)
    s.claim("تقدر بنحو 16794 مليار دينار", "نحو 16794 مليار دينار", 16794e9, "approx", "money",
            "2025 budget spending", unit="DZD")
    s.claim("ما يعادل نحو 126 مليار دولار", "نحو 126 مليار دولار", 126e9, "approx", "money",
            "2025 budget spending in dollars", unit="USD")
    s.claim("بقيمة 8523 مليار دينار", "8523 مليار دينار", 8523e9, "exact", "money", "2025 budget revenue", unit="DZD")
    s.claim("الميزانية يتجاوز 8 آلاف مليار دينار", "يتجاوز 8 آلاف مليار دينار", 8e12, "lower", "money",
            "2025 budget deficit", unit="DZD")
    s.claim("عند 60 دولارا", "60 دولارا", 60, "exact", "money", "reference oil price per barrel",
            unit="USD", opt=True)
    s.claim("نموا اقتصاديا بنسبة 4,5 بالمئة ونسبة تضخم", "4,5 بالمئة", 4.5, "exact", "percent", "forecast growth 2025")
    s.claim("في حدود 4 بالمئة", "في حدود 4 بالمئة", 4, "approx", "percent", "forecast inflation 2025")
    s.claim("ستبلغ أكثر من 5 آلاف مليار دينار", "أكثر من 5 آلاف مليار دينار", 5e12, "lower", "money",
            "social transfers in 2025", source="لعزيز فايد", unit="DZD")
    s.claim("ستشمل نحو 2,8 مليون موظف", "نحو 2,8 مليون", 2.8e6, "approx", "other",
            "civil servants getting the raise", source="مصدر حكومي", opt=True)
    s.claim("بنحو 10 بالمئة", "بنحو 10 بالمئة", 10, "approx", "percent",
            "fall in hydrocarbon export revenue", source="بيانات رسمية")

    # events
    s.ev("يصادقون على قانون", "يصادقون", "AGREE", ["People's National Assembly"], [], opt=True,
         note="adopting a law: doubtful PLOVER type")
    s.ev("صادق نواب المجلس", "صادق", "AGREE", ["People's National Assembly"], [], date="2024-11-13",
         place="Algiers", opt=True, note="adopting a law: doubtful PLOVER type")
    s.ev("رفضت الكتلة البرلمانية", "رفضت", "REJECT", ["Movement of Society for Peace"],
         ["Government of Algeria"], date="2024-11-13", place="Algiers")
    s.ev("فيما صوت نواب", "صوت", "REJECT", ["Movement of Society for Peace"], ["Government of Algeria"],
         opt=True, note="further mention")
    s.ev("واتهم رئيسها", "اتهم", "ACCUSE", ["Ahmed Sadok"], ["Government of Algeria"], date="2024-11-13")
    s.ev("داعيا إلى إصلاح", "داعيا", "REQUEST", ["Ahmed Sadok"], ["Government of Algeria"], opt=True)
    s.ev("خلال اجتماع للحكومة", "اجتماع", "CONSULT", ["Government of Algeria"], [], date="2024-10", opt=True)
    return s
