"""blind2-003: Sudan, RSF shelling of Abu Shouk camp in El Fasher (Sudanese/wire style)."""

from annot import Spec

RSF = "Rapid Support Forces"
SAF = "Sudanese Armed Forces"


def build() -> Spec:
    s = Spec("blind2-003", "2025-01-20")
    s.set_chrome("أخبار السودان | آخر الأخبار", "شاركها: فيسبوك | إكس | واتساب")
    s.set_headline("مقتل 32 مدنيا")
    s.caption("نازحون يفرون من مخيم", ["تصوير: محمد آدم عثمان / رويترز"], ["2025-01-19"])

    s.ents([
        ("الدعم السريع", "ORG", RSF),
        ("قوات الدعم السريع", "ORG", RSF),
        ("مخيم أبو شوك", "GPE", "Abu Shouk camp"),
        ("الفاشر", "GPE", "El Fasher"),
        ("محمد آدم عثمان", "PERSON", "Mohamed Adam Osman", "opt"),
        ("رويترز", "ORG", "Reuters", "opt"),
        ("بورتسودان", "GPE", "Port Sudan"),
        ("ولاية شمال دارفور", "GPE", "North Darfur"),
        ("دارفور", "LOC", "Darfur"),
        ("شبكة أطباء السودان", "ORG", "Sudan Doctors Network"),
        ("السودان", "GPE", "Sudan"),
        ("الشبكة", "ORG", "Sudan Doctors Network", "opt"),
        ("المستشفى السعودي", "FAC", "Saudi Hospital (El Fasher)"),
        ("السعودي", "NORP", "Saudi"),
        ("الفرقة السادسة مشاة", "ORG", "6th Infantry Division (Sudan)"),
        ("الجيش السوداني", "ORG", SAF),
        ("السوداني", "NORP", "Sudanese"),
        ("عبد الرحيم حامد", "PERSON", "Abdelrahim Hamid"),
        ("القوة المشتركة للحركات المسلحة", "ORG", "Joint Force of Armed Struggle Movements"),
        ("الجيش", "ORG", SAF, "opt"),
        ("شقرا", "GPE", "Shaqra"),
        ("وزارة الخارجية السودانية", "ORG", "Ministry of Foreign Affairs (Sudan)"),
        ("السودانية", "NORP", "Sudanese"),
        ("مجلس الأمن الدولي", "ORG", "UN Security Council"),
        ("الباشا طبيق", "PERSON", "Al-Basha Tbeiq"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "OCHA"),
        ("أوتشا", "ORG", "OCHA"),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("طويلة", "GPE", "Tawila"),
        ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
        ("محمد حمدان دقلو", "PERSON", "Hemedti"),
        ("حميدتي", "PERSON", "Hemedti"),
        ("عبد الفتاح البرهان", "PERSON", "Abdel Fattah al-Burhan"),
    ])

    # timexes
    s.tx("19 يناير 2025", "19 يناير 2025", "DATE", "2025-01-19")
    s.tx("صباح الأحد", "صباح الأحد", "TIME", "2025-01-19TMO")
    s.tx("أكثر من ست ساعات", "أكثر من ست ساعات", "DURATION", "PT6H", mod="MORE_THAN")
    s.tx("مساء الأحد", "مساء الأحد", "TIME", "2025-01-19TEV")
    s.tx("خلال اليومين الماضيين", "اليومين الماضيين", "DURATION", "P2D")
    s.tx("منذ أبريل الماضي", "أبريل الماضي", "DATE", "2024-04")
    s.tx("خلال الأيام المقبلة", "الأيام المقبلة", "DATE", "FUTURE_REF", opt=True)
    s.tx("منذ مايو 2024", "مايو 2024", "DATE", "2024-05")
    s.tx("منذ 15 أبريل 2023", "15 أبريل 2023", "DATE", "2023-04-15")

    # attributions
    net = ("وقالت الشبكة في بيان", "الشبكة")
    s.attr("indirect", ("بحسب ما أفادت", "أفادت"), ("أفادت شبكة أطباء السودان", "شبكة أطباء السودان"),
           ("بورتسودان - قتل", "قتل 32 مدنيا على الأقل، بينهم تسع نساء وخمسة أطفال، وأصيب أكثر من 70 آخرين، جراء قصف مدفعي شنته قوات الدعم السريع صباح الأحد على مخيم أبو شوك للنازحين شمال مدينة الفاشر عاصمة ولاية شمال دارفور"),
           "institution", "Sudan Doctors Network", opt=True)
    s.attr("indirect", ("وقالت الشبكة", "قالت"), net,
           ("إن القذائف «سقطت", "القذائف «سقطت على سوق المخيم ومركز لتوزيع المياه في ساعة الذروة»"),
           "institution", "Sudan Doctors Network")
    s.attr("indirect", ("مضيفة أن حصيلة", "مضيفة"), net,
           ("أن حصيلة الضحايا", "حصيلة الضحايا «مرشحة للارتفاع» بسبب خطورة حالة عدد من المصابين ونقص الأدوية في المستشفى السعودي، آخر مستشفى يعمل جزئيا في المدينة"),
           "institution", "Sudan Doctors Network")
    s.attr("indirect", ("وقال المتحدث باسم الفرقة", "قال"), ("المقدم عبد الرحيم حامد", "عبد الرحيم حامد"),
           ("إن قوات الجيش والقوة", "قوات الجيش والقوة المشتركة للحركات المسلحة صدت «هجوما واسعا» على المحاور الشرقية والجنوبية للمدينة استمر أكثر من ست ساعات، وأجبرت المهاجمين على الانسحاب إلى منطقة شقرا غرب الفاشر"),
           "person", "Abdelrahim Hamid")
    s.attr("indirect", ("واتهمت وزارة الخارجية", "اتهمت"), ("واتهمت وزارة الخارجية السودانية", "وزارة الخارجية السودانية"),
           ("مساء الأحد قوات الدعم السريع بـ«", "قوات الدعم السريع بـ«استهداف المدنيين بشكل متعمد»"),
           "institution", "Ministry of Foreign Affairs (Sudan)", opt=True)
    s.attr("indirect", ("نفى مستشار", "نفى"), ("الباشا طبيق أن", "الباشا طبيق"),
           ("أن تكون قواته", "تكون قواته قصفت المخيم"), "person", "Al-Basha Tbeiq")
    s.attr("indirect", ("واتهم الجيش باستخدام", "اتهم"), ("الباشا طبيق أن", "الباشا طبيق"),
           ("الجيش باستخدام النازحين", "الجيش باستخدام النازحين «دروعا بشرية»"), "person", "Al-Basha Tbeiq", opt=True)
    s.attr("indirect", ("متوعدا بمواصلة", "متوعدا"), ("الباشا طبيق أن", "الباشا طبيق"),
           ("بمواصلة العمليات", "مواصلة العمليات «حتى تحرير الفاشر بالكامل»"), "person", "Al-Basha Tbeiq", opt=True)
    s.attr("indirect", ("قال مكتب الأمم", "قال"), ("قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
           ("إن نحو 2500 أسرة", "نحو 2500 أسرة فرت من المخيم خلال اليومين الماضيين باتجاه بلدة طويلة، التي تبعد نحو 60 كيلومترا غرب الفاشر، لتنضم إلى ما يصل إلى 600 ألف نازح وصلوا إليها منذ أبريل الماضي"),
           "institution", "OCHA")
    wfp = ("وأعلن برنامج الأغذية العالمي", "برنامج الأغذية العالمي")
    s.attr("indirect", ("وأعلن برنامج", "أعلن"), wfp,
           ("أن قافلة تضم", "قافلة تضم 15 شاحنة محملة بالمساعدات الغذائية ستتوجه إلى طويلة خلال الأيام المقبلة"),
           "institution", "World Food Programme")
    s.attr("indirect", ("لكنه أشار إلى أنه", "أشار"), wfp,
           ("أنه لم يتلق بعد", "لم يتلق بعد ضمانات أمنية للوصول إلى داخل الفاشر المحاصرة منذ مايو 2024"),
           "institution", "World Food Programme")
    s.attr("indirect", ("وفقا لتقديرات", "وفقا"), ("لتقديرات الأمم المتحدة", "الأمم المتحدة"),
           ("أودت بحياة", "أودت بحياة عشرات الآلاف وشردت أكثر من 12 مليون شخص"),
           "institution", "United Nations", opt=True)

    # claims
    unverified = "لم يتسن التحقق من هذه الأرقام بشكل مستقل"
    s.claim("مقتل 32 مدنيا على الأقل في قصف", "32 مدنيا على الأقل", 32, "lower", "killed",
            "civilians killed in the shelling of Abu Shouk camp", date="2025-01-19")
    s.claim("قتل 32 مدنيا على الأقل، بينهم", "32 مدنيا على الأقل", 32, "lower", "killed",
            "civilians killed in the shelling of Abu Shouk camp", source="شبكة أطباء السودان",
            hedges=("مرشحة للارتفاع", unverified), date="2025-01-19")
    s.claim("بينهم تسع نساء", "تسع نساء", 9, "exact", "killed", "women among the dead",
            source="شبكة أطباء السودان", hedges=(unverified,), opt=True)
    s.claim("وخمسة أطفال", "خمسة أطفال", 5, "exact", "killed", "children among the dead",
            source="شبكة أطباء السودان", hedges=(unverified,), opt=True)
    s.claim("وأصيب أكثر من 70 آخرين", "أكثر من 70", 70, "lower", "injured",
            "people injured in the shelling", source="شبكة أطباء السودان", hedges=(unverified,), date="2025-01-19")
    s.claim("إن نحو 2500 أسرة", "نحو 2500 أسرة", 2500, "approx", "displaced",
            "families who fled Abu Shouk camp", source="مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
    s.claim("تبعد نحو 60 كيلومترا", "نحو 60 كيلومترا", 60, "approx", "other", "distance Tawila-El Fasher", opt=True)
    s.claim("ما يصل إلى 600 ألف نازح", "ما يصل إلى 600 ألف", 600000, "upper", "displaced",
            "displaced people who reached Tawila", source="مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
    s.claim("تضم 15 شاحنة", "15 شاحنة", 15, "exact", "aid", "WFP trucks", source="برنامج الأغذية العالمي")
    s.claim("بحياة عشرات الآلاف", "عشرات الآلاف", 20000, "lower", "killed", "people killed in the war",
            source="تقديرات الأمم المتحدة", opt=True)
    s.claim("وشردت أكثر من 12 مليون", "أكثر من 12 مليون", 12e6, "lower", "displaced",
            "people displaced by the war", source="تقديرات الأمم المتحدة")

    # events
    s.ev("على الأقل في قصف للدعم", "قصف", "ASSAULT", [RSF], [], opt=True, note="headline restatement")
    s.ev("جراء قصف مدفعي", "قصف مدفعي", "ASSAULT", [RSF], [], date="2025-01-19", place="Abu Shouk camp")
    s.ev("صدت «هجوما واسعا»", "هجوما", "ASSAULT", [RSF], [SAF], date="2025-01-19", place="El Fasher")
    s.ev("على الانسحاب إلى", "الانسحاب", "RETREAT", [RSF], [], date="2025-01-19", place="Shaqra")
    s.ev("واتهمت وزارة الخارجية", "اتهمت", "ACCUSE", ["Ministry of Foreign Affairs (Sudan)"], [RSF],
         date="2025-01-19")
    s.ev("وطالبت مجلس الأمن", "طالبت", "REQUEST", ["Ministry of Foreign Affairs (Sudan)"], ["UN Security Council"],
         date="2025-01-19")
    s.ev("بتصنيفها «منظمة", "بتصنيفها", "SANCTION", ["UN Security Council"], [RSF], modality="hypothetical",
         opt=True, note="the designation asked for")
    s.ev("نفى مستشار", "نفى", "REJECT", ["Al-Basha Tbeiq"], ["Ministry of Foreign Affairs (Sudan)"], opt=True,
         note="a denial; doubtful PLOVER type")
    s.ev("واتهم الجيش باستخدام", "اتهم", "ACCUSE", ["Al-Basha Tbeiq"], [SAF])
    s.ev("متوعدا بمواصلة", "متوعدا", "THREATEN", ["Al-Basha Tbeiq"], [SAF], place="El Fasher")
    s.ev("أن قافلة تضم", "قافلة", "AID", ["World Food Programme"], [], modality="planned", place="Tawila")
    s.ev("محملة بالمساعدات", "بالمساعدات", "AID", ["World Food Programme"], [], opt=True, note="same event")
    s.ev("الفاشر المحاصرة", "المحاصرة", "COERCE", [RSF], [], opt=True, note="siege; doubtful type")
    s.ev("حربا ضد الجيش", "حربا", "ASSAULT", [RSF], [SAF], opt=True, note="the war as a whole")
    return s
