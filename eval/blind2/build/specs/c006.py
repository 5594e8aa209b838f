"""blind2-006: Iraq, Basra power-cut protests; Sudani frees detainees, Iran raises gas supply."""

from annot import Spec

SUD = "Mohammed Shia al-Sudani"
SEC = "Iraqi security forces"


def build() -> Spec:
    s = Spec("blind2-006", "2024-08-05")
    s.set_chrome("العراق | سياسة | محليات | تقارير", "تابع آخر الأخبار عبر تطبيقنا")
    s.set_headline("البصرة: إصابة 23")
    s.set_dek("السوداني يأمر")
    s.caption("محتجون يغلقون طريقا", ["تصوير: حيدر الأسدي / أ ف ب"], ["2024-08-03"])

    s.ents([
        ("البصرة", "GPE", "Basra"),
        ("محافظة البصرة", "GPE", "Basra Governorate"),
        ("قضاء الزبير", "GPE", "Al-Zubair District"),
        ("الزبير", "GPE", "Al-Zubair District"),
        ("أبي الخصيب", "GPE", "Abu al-Khasib District"),
        ("حيدر الأسدي", "PERSON", "Haidar al-Asadi", "opt"),
        ("أ ف ب", "ORG", "Agence France-Presse", "opt"),
        ("قوات الأمن", "ORG", SEC, "opt"),
        ("قوات مكافحة الشغب", "ORG", SEC, "opt"),
        ("قيادة شرطة البصرة", "ORG", "Basra Police Command"),
        ("مجلس المحافظة", "ORG", "Basra Provincial Council", "opt"),
        ("علي كاظم الحلفي", "PERSON", "Ali Kadhim al-Halfi"),
        ("محمد شياع السوداني", "PERSON", SUD),
        ("السوداني", "PERSON", SUD),
        ("مجلس الوزراء", "ORG", "Council of Ministers (Iraq)", "opt"),
        ("طهران", "GPE", "Tehran"),
        ("الإيراني", "NORP", "Iranian"),
        ("مسعود بزشكيان", "PERSON", "Masoud Pezeshkian"),
        ("العراقية", "NORP", "Iraqi"),
        ("وزارة الكهرباء", "ORG", "Ministry of Electricity (Iraq)"),
        ("أحمد موسى", "PERSON", "Ahmed Moussa"),
        ("المصرف العراقي للتجارة", "ORG", "Trade Bank of Iraq"),
        ("العراقي", "NORP", "Iraqi"),
        ("الأمريكية", "NORP", "American"),
        ("العراق", "GPE", "Iraq"),
    ])

    # timexes
    s.tx("3 آب 2024", "3 آب 2024", "DATE", "2024-08-03")
    s.tx("ليل السبت", "ليل السبت", "TIME", "2024-08-03TNI")
    s.tx("أكثر من ست ساعات في اليوم", "ست ساعات", "DURATION", "PT6H")
    s.tx("في اليوم منذ", "في اليوم", "SET", "P1D", opt=True)
    s.tx("منذ مطلع تموز", "مطلع تموز", "DATE", "2024-07", mod="START")
    s.tx("أمس الأحد", "أمس الأحد", "DATE", "2024-08-04")
    s.tx("في وقت لاحق", "في وقت لاحق", "DATE", "2024-08-04", opt=True)
    s.tx("متر مكعب يوميا", "يوميا", "SET", "P1D", opt=True)
    s.tx("طهران الشهر الماضي", "الشهر الماضي", "DATE", "2024-07")
    s.tx("خلال 48 ساعة", "48 ساعة", "DURATION", "PT48H")
    s.tx("كل صيف", "كل صيف", "SET", "XXXX-SU", opt=True)
    s.tx("منذ عام 2018", "عام 2018", "DATE", "2018")
    s.tx("خلال أسابيع", "أسابيع", "DURATION", "PXW", opt=True)

    # attributions
    cond = "طلب عدم ذكر اسمه لأنه غير مخول بالتصريح لوسائل الإعلام"
    s.attr("indirect", ("بحسب ما أفاد", "أفاد"), ("مصدر في قيادة شرطة البصرة", "مصدر في قيادة شرطة البصرة"),
           ("البصرة - أصيب", "أصيب 23 شخصا على الأقل، بينهم 15 من عناصر الأمن، في مواجهات اندلعت ليل السبت بين قوات مكافحة الشغب ومئات المحتجين على الانقطاع المتكرر للتيار الكهربائي في محافظة البصرة"),
           "unnamed_officials", opt=True)
    src = ("وقال المصدر،", "المصدر")
    s.attr("indirect", ("وقال المصدر،", "قال"), src,
           ("إن القوات استخدمت", "القوات استخدمت الغاز المسيل للدموع والهراوات لتفريق المتظاهرين الذين حاولوا اقتحام مبنى مجلس المحافظة، واعتقلت 17 منهم"),
           "unnamed_officials", condition=cond)
    s.attr("indirect", ("وأضاف أن أربعة", "أضاف"), src,
           ("أن أربعة محتجين", "أربعة محتجين أصيبوا بحروق"), "unnamed_officials")
    hal = ("علي كاظم الحلفي، لمراسلنا", "علي كاظم الحلفي")
    s.attr("indirect", ("وقال أحد منظمي", "قال"), hal,
           ("إن الكهرباء «لا", "الكهرباء «لا تصل إلى منازلنا أكثر من ست ساعات في اليوم منذ مطلع تموز»"),
           "person", "Ali Kadhim al-Halfi")
    s.attr("indirect", ("متوعدا بـ«اعتصام", "متوعدا"), hal,
           ("بـ«اعتصام مفتوح» إذا", "«اعتصام مفتوح» إذا لم تتحقق مطالبهم"), "person", "Ali Kadhim al-Halfi", opt=True)
    s.attr("indirect", ("وفقا لبيان صادر", "وفقا"), ("عن مكتبه الإعلامي", "مكتبه الإعلامي"),
           ("بإطلاق سراح الموقوفين الذين", "إطلاق سراح الموقوفين الذين لم تثبت عليهم أعمال تخريب، ووجه بتشكيل لجنة تحقيق في «استخدام القوة المفرطة»"),
           "institution", opt=True)
    mus = ("وزارة الكهرباء أحمد موسى", "أحمد موسى")
    s.attr("indirect", ("وقال المتحدث باسم وزارة", "قال"), mus,
           ("إن الوزارة «ستستعيد", "الوزارة «ستستعيد نحو 5 آلاف ميغاواط خلال 48 ساعة» بعد استئناف الإمدادات"),
           "person", "Ahmed Moussa")
    s.attr("indirect", ("مشيرا إلى أن مستحقات", "مشيرا"), mus,
           ("أن مستحقات الجانب", "مستحقات الجانب الإيراني المتراكمة تبلغ نحو 11 مليار دولار مودعة في المصرف العراقي للتجارة ولا يمكن تحويلها بسبب العقوبات الأمريكية"),
           "person", "Ahmed Moussa")

    # claims
    pol = "مصدر في قيادة شرطة البصرة"
    s.claim("إصابة 23 شخصا في", "23 شخصا", 23, "exact", "injured", "people injured in the Basra clashes",
            date="2024-08-03")
    s.claim("أصيب 23 شخصا على الأقل", "23 شخصا على الأقل", 23, "lower", "injured",
            "people injured in the Basra clashes", source=pol, date="2024-08-03")
    s.claim("بينهم 15 من عناصر", "15 من عناصر الأمن", 15, "exact", "injured", "security members injured",
            source=pol, opt=True)
    s.claim("ومئات المحتجين", "مئات", 200, "lower", "other", "protesters", opt=True)
    s.claim("تجاوزت درجات الحرارة 50 درجة", "تجاوزت درجات الحرارة 50 درجة", 50, "lower", "other",
            "temperature", opt=True)
    s.claim("واعتقلت 17 منهم", "17", 17, "exact", "arrested", "protesters arrested", source="المصدر",
            date="2024-08-03")
    s.claim("أن أربعة محتجين", "أربعة محتجين", 4, "exact", "injured", "protesters with burns", source="المصدر")
    s.claim("إلى 45 مليون متر", "45 مليون متر مكعب", 45e6, "exact", "other", "daily Iranian gas supply", opt=True)
    s.claim("«ستستعيد نحو 5 آلاف ميغاواط", "نحو 5 آلاف ميغاواط", 5000, "approx", "other", "megawatts restored",
            source="أحمد موسى", opt=True)
    s.claim("تبلغ نحو 11 مليار دولار", "نحو 11 مليار دولار", 11e9, "approx", "money",
            "Iraqi arrears to Iran for gas", source="أحمد موسى", unit="USD")
    s.claim("ما لا يقل عن 15 متظاهرا", "ما لا يقل عن 15 متظاهرا", 15, "lower", "killed",
            "protesters killed in Basra in 2018", date="2018")

    # events
    s.ev("23 شخصا في مواجهات", "مواجهات", "PROTEST", [], [SEC], opt=True, note="headline restatement")
    s.ev("السوداني يأمر بإطلاق", "بإطلاق سراح", "CONCEDE", [SUD], [], opt=True, note="dek restatement")
    s.ev("وطهران توافق", "توافق", "AGREE", ["Iran"], ["Iraq"], opt=True, note="dek restatement")
    s.ev("محتجون يغلقون طريقا", "يغلقون", "PROTEST", [], [], date="2024-08-03", place="Al-Zubair District")
    s.ev("في مواجهات اندلعت", "مواجهات", "ASSAULT", [SEC], [], opt=True, note="riot clashes; PROTEST or ASSAULT")
    s.ev("ومئات المحتجين على", "المحتجين", "PROTEST", [], ["Ministry of Electricity (Iraq)"], date="2024-08-03",
         place="Basra Governorate")
    s.ev("لتفريق المتظاهرين", "لتفريق", "COERCE", [SEC], [], date="2024-08-03", place="Basra")
    s.ev("حاولوا اقتحام مبنى", "اقتحام", "PROTEST", [], ["Basra Provincial Council"], opt=True,
         note="attempted storming")
    s.ev("واعتقلت 17 منهم", "اعتقلت", "COERCE", [SEC], [], mode="arrest", date="2024-08-03", place="Basra")
    s.ev("الذين قطعوا طرقا", "قطعوا", "PROTEST", [], [], place="Al-Zubair District")
    s.ev("شعارات تطالب بإقالة", "تطالب", "REQUEST", [], ["Ministry of Electricity (Iraq)"], opt=True,
         note="chanted slogans")
    s.ev("منظمي الاحتجاجات", "الاحتجاجات", "PROTEST", [], [], opt=True, note="further mention")
    s.ev("متوعدا بـ«اعتصام", "متوعدا", "THREATEN", ["Ali Kadhim al-Halfi"], [])
    s.ev("بـ«اعتصام مفتوح»", "اعتصام", "PROTEST", ["Ali Kadhim al-Halfi"], [], modality="hypothetical", opt=True)
    s.ev("أمس الأحد، بإطلاق سراح", "بإطلاق سراح", "CONCEDE", [SUD], [], date="2024-08-04")
    s.ev("اتصالا هاتفيا", "اتصالا هاتفيا", "CONSULT", [SUD], ["Masoud Pezeshkian"], mode="phone", date="2024-08-04")
    s.ev("تم خلاله الاتفاق", "الاتفاق", "AGREE", [SUD, "Masoud Pezeshkian"], [], date="2024-08-04")
    s.ev("بعد أن خفضتها طهران", "خفضتها", "SANCTION", ["Iran"], ["Iraq"], date="2024-07", opt=True,
         note="cutting gas over arrears; doubtful type")
    s.ev("بسبب العقوبات الأمريكية", "العقوبات", "SANCTION", ["United States"], ["Iran"], opt=True,
         note="background")
    s.ev("احتجاجات متكررة", "احتجاجات", "PROTEST", [], [], opt=True, note="background")
    s.ev("حين قتل ما لا يقل", "قتل", "ASSAULT", [], [], date="2018", place="Basra", opt=True, note="background")
    s.ev("من الاضطرابات", "الاضطرابات", "PROTEST", [], [], opt=True, note="background")
    return s
