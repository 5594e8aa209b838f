"""blind2-004: US sanctions on Houthi leaders (Gulf outlet, Hijri date)."""

from annot import Spec

HOU = "Houthis"
US = "United States"


def build() -> Spec:
    s = Spec("blind2-004", "2025-03-06")
    s.set_chrome("الخليج | اليمن | العالم العربي | اقتصاد", "تابعونا على واتساب")
    s.set_headline("واشنطن تفرض عقوبات")
    s.set_dek("الحكومة اليمنية ترحب")

    s.ents([
        ("واشنطن", "GPE", "Washington, D.C."),
        ("حوثيين", "NORP", HOU, "opt"),
        ("الحكومة اليمنية", "ORG", "Government of Yemen", "opt"),
        ("اليمنية", "NORP", "Yemeni"),
        ("دبي", "GPE", "Dubai"),
        ("«الخليج»", "ORG", "Al Khaleej (newspaper)", "opt"),
        ("وزارة الخزانة الأمريكية", "ORG", "United States Department of the Treasury"),
        ("الأمريكية", "NORP", "American"),
        ("جماعة الحوثي", "ORG", HOU),
        ("الحوثيين", "ORG", HOU),
        ("الحوثيون", "ORG", HOU),
        ("محمد عبد السلام", "PERSON", "Mohammed Abdulsalam"),
        ("عبد السلام", "PERSON", "Mohammed Abdulsalam"),
        ("إيران", "GPE", "Iran"),
        ("روسيا", "GPE", "Russia"),
        ("مكتب مراقبة الأصول الأجنبية", "ORG", "Office of Foreign Assets Control"),
        ("الولايات المتحدة", "GPE", US),
        ("دونالد ترامب", "PERSON", "Donald Trump"),
        ("وزارة الخارجية الأمريكية", "ORG", "United States Department of State"),
        ("معمر الإرياني", "PERSON", "Moammar al-Eryani"),
        ("الإرياني", "PERSON", "Moammar al-Eryani"),
        ("وكالة الأنباء اليمنية", "ORG", "Saba News Agency"),
        ("سبأ", "ORG", "Saba News Agency"),
        ("إكس", "ORG", "X (social network)", "opt"),
        ("المكتب السياسي للحوثيين", "ORG", "Houthi Political Bureau"),
        ("حزام الأسد", "PERSON", "Hizam al-Asad"),
        ("الأممي", "ORG", "United Nations", "opt"),
        ("اليمن", "GPE", "Yemen"),
        ("هانس غروندبرغ", "PERSON", "Hans Grundberg"),
        ("مجلس الأمن الدولي", "ORG", "UN Security Council"),
        ("الحديدة", "GPE", "Hodeidah"),
        ("يمني", "NORP", "Yemeni"),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("عدن", "GPE", "Aden"),
        ("خليج عدن", "LOC", "Gulf of Aden"),
        ("صنعاء", "GPE", "Sanaa"),
        ("البحر الأحمر", "LOC", "Red Sea"),
        ("غزة", "GPE", "Gaza Strip"),
    ])
    s.ent("قرار إدارة الرئيس دونالد ترامب", "إدارة الرئيس دونالد ترامب", "ORG", "Second Trump administration", opt=True)
    s.ent("جماعة الحوثي", "الحوثي", "ORG", HOU, opt=True)  # the family name inside the group's name
    s.ent("للحوثيين حزام", "للحوثيين", "ORG", HOU, opt=True)

    # timexes
    s.tx("أمس الأربعاء 5", "أمس الأربعاء", "DATE", "2025-03-05")
    s.tx("5 رمضان 1446 هـ", "5 رمضان 1446 هـ", "DATE", "2025-03-05", note="Hijri date, Umm al-Qura")
    s.tx("خلال العام الماضي", "العام الماضي", "DATE", "2024")
    s.tx("بعد يوم من دخول", "بعد يوم", "DATE", "2025-03-04", opt=True, note="anchored to the sanctions day")
    s.tx("في 22 يناير الماضي", "22 يناير الماضي", "DATE", "2025-01-22")
    s.tx("الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2025-W09")
    s.tx("منذ نوفمبر 2023", "نوفمبر 2023", "DATE", "2023-11")
    s.tx("في يناير الماضي", "يناير الماضي", "DATE", "2025-01")

    # attributions
    ofac = ("وقال مكتب مراقبة", "مكتب مراقبة الأصول الأجنبية")
    s.attr("indirect", ("وقال مكتب مراقبة", "قال"), ofac,
           ("إن القياديين المستهدفين", "القياديين المستهدفين «لعبوا دورا محوريا» في صفقات أسلحة تزيد قيمتها على 10 ملايين دولار خلال العام الماضي"),
           "institution", "Office of Foreign Assets Control")
    s.attr("indirect", ("مشيرا إلى أن العقوبات", "مشيرا"), ofac,
           ("أن العقوبات تشمل", "العقوبات تشمل تجميد أي أصول لهم في الولايات المتحدة وحظر التعامل معهم"),
           "institution", "Office of Foreign Assets Control")
    s.attr("direct", ("ووصفها وزير", "وصفها"), ("وزير الإعلام معمر الإرياني", "معمر الإرياني"),
           ("«رسالة واضحة", "رسالة واضحة بأن زمن الإفلات من العقاب انتهى"), "person", "Moammar al-Eryani")
    s.attr("indirect", ("ودعا الإرياني", "دعا"), ("ودعا الإرياني", "الإرياني"),
           ("المجتمع الدولي إلى «تجفيف", "المجتمع الدولي إلى «تجفيف منابع تمويل» الحوثيين"),
           "person", "Moammar al-Eryani", opt=True)
    s.attr("indirect", ("قال عبد السلام في تغريدة", "قال"), ("قال عبد السلام في تغريدة", "عبد السلام"),
           ("إن العقوبات «لا قيمة", "العقوبات «لا قيمة لها» ولن تغير موقف الجماعة"), "person", "Mohammed Abdulsalam")
    s.attr("indirect", ("فيما هدد عضو", "هدد"), ("السياسي للحوثيين حزام الأسد", "حزام الأسد"),
           ("بأن الجماعة «سترد", "الجماعة «سترد بشكل مناسب» إذا تعرضت مصالحها للاستهداف"), "person", "Hizam al-Asad")
    s.attr("indirect", ("ودعا في إحاطة", "دعا"), ("هانس غروندبرغ", "هانس غروندبرغ"),
           ("إلى ضمان استمرار", "ضمان استمرار تدفق المساعدات والواردات التجارية إلى موانئ الحديدة"),
           "person", "Hans Grundberg", opt=True)
    s.attr("indirect", ("بحسب تقديرات الأمم", "بحسب"), ("بحسب تقديرات الأمم المتحدة", "الأمم المتحدة"),
           ("ويعتمد أكثر من 19", "يعتمد أكثر من 19 مليون يمني على المساعدات الإنسانية"),
           "institution", "United Nations", opt=True)
    s.attr("indirect", ("وقال مصرفي في عدن", "قال"), ("وقال مصرفي في عدن", "مصرفي"),
           ("إن عددا من البنوك", "عددا من البنوك التجارية بدأ نقل مقراته من صنعاء إلى عدن خشية العقوبات"),
           "anonymous", condition="فضل عدم الكشف عن اسمه")

    # claims
    s.claim("على سبعة قياديين", "سبعة", 7, "exact", "other", "Houthi leaders sanctioned", opt=True)
    s.claim("على سبعة من كبار", "سبعة", 7, "exact", "other", "Houthi leaders sanctioned", opt=True)
    s.claim("تزيد قيمتها على 10 ملايين دولار", "تزيد قيمتها على 10 ملايين دولار", 1e7, "lower", "money",
            "value of arms deals", source="مكتب مراقبة الأصول الأجنبية", unit="USD")
    s.claim("ويعتمد أكثر من 19 مليون", "أكثر من 19 مليون", 19e6, "lower", "other",
            "Yemenis dependent on aid", source="تقديرات الأمم المتحدة", opt=True)
    s.claim("أكثر من 100 هجوم", "أكثر من 100", 100, "lower", "strikes",
            "Houthi attacks on merchant ships since November 2023")

    # events
    s.ev("واشنطن تفرض عقوبات", "تفرض", "SANCTION", [US], [HOU], opt=True, note="headline restatement")
    s.ev("الحكومة اليمنية ترحب", "ترحب", "SUPPORT", ["Government of Yemen"], [US], opt=True, note="dek restatement")
    s.ev("والجماعة تتوعد", "تتوعد", "THREATEN", [HOU], [US], opt=True, note="dek restatement")
    s.ev("«الخليج»: فرضت", "فرضت", "SANCTION", ["United States Department of the Treasury"], ["Mohammed Abdulsalam", HOU],
         date="2025-03-05")
    s.ev("هـ، عقوبات على", "عقوبات", "SANCTION", ["United States Department of the Treasury"], [HOU], opt=True,
         note="same event, noun")
    s.ev("بتهمة تهريب", "بتهمة", "ACCUSE", ["United States Department of the Treasury"], [HOU], opt=True,
         note="the charge behind the sanctions")
    s.ev("إعادة تصنيف الجماعة", "تصنيف", "SANCTION", [US, "Donald Trump"], [HOU], date="2025-03-04")
    s.ev("ورحبت الحكومة", "رحبت", "SUPPORT", ["Government of Yemen"], [US], date="2025-03-05")
    s.ev("ودعا الإرياني", "دعا", "REQUEST", ["Moammar al-Eryani"], [], date="2025-03-05")
    s.ev("فيما هدد عضو", "هدد", "THREATEN", ["Hizam al-Asad"], [US])
    s.ev("ودعا في إحاطة", "دعا", "REQUEST", ["Hans Grundberg"], ["UN Security Council"], date="2025-W09")
    s.ev("في إحاطة أمام", "إحاطة", "CONSULT", ["Hans Grundberg"], ["UN Security Council"], opt=True)
    s.ev("أكثر من 100 هجوم", "هجوم", "ASSAULT", [HOU], [], place="Red Sea")
    s.ev("أن يعلقوا هجماتهم", "يعلقوا", "RETREAT", [HOU], [], date="2025-01", opt=True,
         note="suspending attacks; doubtful type")
    return s
