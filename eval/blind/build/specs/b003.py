"""blind-003: West Bank settler attacks, OCHA figures (DCT 2024-04-15, a Monday)."""
from annot import Spec

OCHA = "Office for the Coordination of Humanitarian Affairs"
IDF = "Israel Defense Forces"
SETTLERS = "Israeli settlers"
MUG = "Al-Mughayyir, Ramallah"


def build() -> Spec:
    d = Spec("blind-003", "2024-04-15")
    d.set_chrome("الرئيسية › فلسطين › الضفة الغربية", "كتب: سامر الخطيب", "اقرأ أيضا",
                 "الاحتلال يهدم منشآت زراعية في الأغوار الشمالية")
    d.set_headline("مستوطنون يهاجمون")
    d.set_dek("أوتشا:")
    d.ents([
        ("رام الله", "GPE", "Ramallah"),
        ("أوتشا", "ORG", OCHA),
        ("الضفة", "GPE", "West Bank"),
        ("الضفة الغربية", "GPE", "West Bank"),
        ("فلسطينيان", "NORP", "Palestinian"),
        ("فلسطينيا", "NORP", "Palestinian"),
        ("الفلسطينيين", "NORP", "Palestinian"),
        ("إسرائيليون", "NORP", "Israeli"),
        ("المغير", "GPE", MUG),
        ("دوما", "GPE", "Duma, Nablus"),
        ("عقربا", "GPE", "Aqraba, Nablus"),
        ("نابلس", "GPE", "Nablus"),
        ("وزارة الصحة الفلسطينية", "ORG", "Palestinian Ministry of Health"),
        ("الفلسطينية", "NORP", "Palestinian"),
        ("جهاد أبو عليا", "PERSON", "Jihad Abu Alia"),
        ("جمعية الهلال الأحمر الفلسطيني", "ORG", "Palestine Red Crescent Society"),
        ("الفلسطيني", "NORP", "Palestinian"),
        ("أمين أبو عليا", "PERSON", "Amin Abu Alia"),
        ("بنيامين أحيمئير", "PERSON", "Binyamin Achimeir"),
        ("ملاخي هشالوم", "GPE", "Malachei HaShalom"),
        ("الجيش الإسرائيلي", "ORG", IDF),
        ("الإسرائيلي", "NORP", "Israeli"),
        ("بنيامين نتنياهو", "PERSON", "Benjamin Netanyahu"),
        ("إيتمار بن غفير", "PERSON", "Itamar Ben-Gvir"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", OCHA),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("وزارة الخارجية الأمريكية", "ORG", "United States Department of State"),
        ("الأمريكية", "NORP", "American"),
        ("ماثيو ميلر", "PERSON", "Matthew Miller (spokesperson)"),
        ("واشنطن", "GPE", "Washington, D.C."),
        ("الحكومة الإسرائيلية", "ORG", "Government of Israel", "opt"),
        ("الإسرائيلية", "NORP", "Israeli"),
        ("الولايات المتحدة", "GPE", "United States"),
        ("قوات الاحتلال", "ORG", IDF, "opt"),
    ])
    d.ent("الجيش كان موجودا", "الجيش", "ORG", IDF, opt=True)

    d.tx("منذ السابع من أكتوبر\n", "السابع من أكتوبر", "DATE", "2023-10-07")
    d.tx("منذ الجمعة الماضي", "الجمعة الماضي", "DATE", "2024-04-12")
    d.tx("منذ شهور", "منذ شهور", "DURATION", "PXM", opt=True)
    d.tx("(25 عاما)", "25 عاما", "DURATION", "P25Y", opt=True, note="age")
    d.tx("مساء الجمعة، فيما", "مساء الجمعة", "TIME", "2024-04-12TEV")
    d.tx("فجر الأحد", "فجر الأحد", "TIME", "2024-04-14TMO")
    d.tx("على الأقل منذ الجمعة", "الجمعة", "DATE", "2024-04-12")
    d.tx("(14 عاما)", "14 عاما", "DURATION", "P14Y", opt=True, note="age")
    d.tx("يوم السبت قرب", "يوم السبت", "DATE", "2024-04-13")
    d.tx("فقدانه يوم الجمعة", "يوم الجمعة", "DATE", "2024-04-12")
    d.tx("في الضفة الغربية منذ السابع من أكتوبر", "السابع من أكتوبر", "DATE", "2023-10-07")
    d.tx("في تقريره الأسبوعي", "الأسبوعي", "SET", "P1W", opt=True)
    d.tx("في فبراير الماضي", "فبراير الماضي", "DATE", "2024-02")
    d.tx("خلال الأيام المقبلة", "الأيام المقبلة", "DATE", "FUTURE_REF", opt=True)
    d.tx("مساء الثلاثاء", "مساء الثلاثاء", "TIME", "2024-04-16TEV")

    moh = ("وأفادت وزارة الصحة الفلسطينية", "وزارة الصحة الفلسطينية")
    d.attr("indirect", ("وأفادت وزارة", "أفادت"), moh,
           ("الشاب جهاد أبو عليا (25 عاما) استشهد برصاص مستوطنين في قرية المغير مساء الجمعة، فيما استشهد شاب آخر فجر الأحد برصاص قوات الاحتلال خلال مواجهات في بلدة عقربا جنوب نابلس",) * 2,
           "institution", "Palestinian Ministry of Health")
    prcs = ("جمعية الهلال الأحمر الفلسطيني", "جمعية الهلال الأحمر الفلسطيني")
    d.attr("indirect", ("وقالت جمعية", "قالت"), prcs,
           ("طواقمها تعاملت مع 75 إصابة على الأقل منذ الجمعة، بينها 18 إصابة بالرصاص الحي",) * 2,
           "institution", "Palestine Red Crescent Society")
    d.attr("indirect", ("مشيرة إلى أن مستوطنين", "مشيرة"), prcs,
           ("مستوطنين أعاقوا وصول سيارات الإسعاف إلى المصابين",) * 2, "institution", "Palestine Red Crescent Society")
    d.attr("direct", ("وقال رئيس مجلس قروي", "قال"), ("أمين أبو عليا", "أمين أبو عليا"),
           ("أحرقوا أكثر من 30 منزلا ونحو 50 مركبة، وقطعوا الكهرباء عن نصف القرية. الجيش كان موجودا ولم يفعل شيئا",) * 2,
           "person", "Amin Abu Alia", role="رئيس مجلس قروي المغير")
    d.attr("direct", ("وقال الجيش الإسرائيلي إنه", "قال"), ("وقال الجيش الإسرائيلي إنه", "الجيش الإسرائيلي"),
           ("يحقق في ملابسات مقتله",) * 2, "institution", IDF)
    d.attr("indirect", ("وبحسب مكتب", "بحسب"), ("وبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
           ("سُجلت أكثر من 700 هجمة للمستوطنين ضد الفلسطينيين في الضفة الغربية منذ السابع من أكتوبر، أسفر نحو 80 منها عن سقوط ضحايا",) * 2,
           "institution", OCHA, opt=True)
    d.attr("indirect", ("وقال المكتب في", "قال"), ("وقال المكتب في", "المكتب"),
           ("460 فلسطينيا، بينهم 116 طفلا، قتلوا في الضفة خلال الفترة نفسها، إضافة إلى تهجير نحو 1200 شخص من تجمعات رعوية بسبب عنف المستوطنين",) * 2,
           "institution", OCHA)
    d.attr("indirect", ("وقال المتحدث باسمها", "قال"), ("ماثيو ميلر", "ماثيو ميلر"),
           ("واشنطن “تشعر بقلق بالغ” وتدعو الحكومة الإسرائيلية إلى محاسبة المسؤولين",) * 2,
           "person", "Matthew Miller (spokesperson)", role="المتحدث باسمها")

    d.claim("وسقوط شهيدين", "شهيدين", 2, "exact", "killed", "Palestinians killed (headline)", opt=True)
    d.claim("أكثر من 700 اعتداء", "أكثر من 700 اعتداء", 700, "lower", "strikes",
            "settler attacks since 7 October (dek)", source="أوتشا")
    d.claim("استشهد فلسطينيان", "فلسطينيان", 2, "exact", "killed", "Palestinians killed since Friday")
    d.claim("وأصيب العشرات", "العشرات", 20, "lower", "injured", "Palestinians wounded", opt=True)
    d.claim("مع 75 إصابة على الأقل", "75 إصابة على الأقل", 75, "lower", "injured",
            "injuries treated by the PRCS", source="جمعية الهلال الأحمر الفلسطيني")
    d.claim("بينها 18 إصابة", "18 إصابة", 18, "exact", "injured", "live-fire injuries",
            source="جمعية الهلال الأحمر الفلسطيني")
    d.claim("أحرقوا أكثر من 30 منزلا", "أكثر من 30 منزلا", 30, "lower", "other", "houses burned",
            source="أمين أبو عليا", opt=True)
    d.claim("ونحو 50 مركبة", "نحو 50 مركبة", 50, "approx", "other", "vehicles burned",
            source="أمين أبو عليا", opt=True)
    d.claim("سُجلت أكثر من 700 هجمة", "أكثر من 700 هجمة", 700, "lower", "strikes",
            "settler attacks since 7 October", source="مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
    d.claim("أسفر نحو 80 منها", "نحو 80", 80, "approx", "strikes", "settler attacks causing casualties",
            source="مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
    d.claim("إن 460 فلسطينيا", "460 فلسطينيا", 460, "exact", "killed",
            "Palestinians killed in the West Bank since 7 October", source="المكتب")
    d.claim("بينهم 116 طفلا", "116 طفلا", 116, "exact", "killed", "children among them", source="المكتب")
    d.claim("تهجير نحو 1200 شخص", "نحو 1200 شخص", 1200, "approx", "displaced",
            "herding communities displaced by settler violence", source="المكتب")
    d.claim("على أربعة مستوطنين", "أربعة مستوطنين", 4, "exact", "other", "settlers sanctioned by the US", opt=True)

    d.ev("مستوطنون يهاجمون", "يهاجمون", "ASSAULT", [SETTLERS], [MUG], opt=True, note="headline restatement")
    d.ev("خلال هجمات شنها", "هجمات", "ASSAULT", [SETTLERS], [MUG], date="2024-04-12", place=MUG)
    d.ev("استشهد برصاص مستوطنين", "برصاص", "ASSAULT", [SETTLERS], ["Jihad Abu Alia"], date="2024-04-12",
         place=MUG, opt=True, note="the killing within the attacks")
    d.ev("برصاص قوات الاحتلال", "برصاص", "ASSAULT", [IDF], ["Palestinian"], date="2024-04-14",
         place="Aqraba, Nablus", mode="firearms")
    d.ev("خلال مواجهات في", "مواجهات", "ASSAULT", [IDF], ["Palestinian"], date="2024-04-14",
         place="Aqraba, Nablus", opt=True)
    d.ev("أعاقوا وصول", "أعاقوا", "COERCE", [SETTLERS], ["Palestine Red Crescent Society"], opt=True)
    d.ev("“أحرقوا أكثر", "أحرقوا", "ASSAULT", [SETTLERS], [MUG], opt=True, note="second trigger")
    d.ev("واعتقل عددا", "اعتقل", "COERCE", [IDF], ["Palestinian"], mode="arrest")
    d.ev("ودعا رئيس الوزراء", "دعا", "REQUEST", ["Benjamin Netanyahu"], [])
    d.ev("فيما طالب وزير", "طالب", "REQUEST", ["Itamar Ben-Gvir"], [])
    d.ev("وأدانت وزارة", "أدانت", "ACCUSE", ["United States Department of State"], [SETTLERS], mode="disapprove")
    d.ev("وتدعو الحكومة", "تدعو", "REQUEST", ["United States"], ["Government of Israel"], opt=True)
    d.ev("فرضت في فبراير", "فرضت", "SANCTION", ["United States"], [SETTLERS], date="2024-02")
    d.ev("للتظاهر قرب", "للتظاهر", "PROTEST", [SETTLERS], [], date="2024-04-16", place=MUG, modality="planned")
    d.more("الهجمات", "ASSAULT", [SETTLERS], [MUG])
    d.more("هجمة", "ASSAULT", [SETTLERS], [])
    d.more("اعتداء", "ASSAULT", [SETTLERS], [])
    d.more("اعتداءات", "ASSAULT", [SETTLERS], [])
    return d
