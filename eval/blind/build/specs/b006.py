"""blind-006: al-Shabaab attack on Lido beach, AFP-style wire (DCT 2024-08-03, a Saturday)."""
from annot import Spec

SHB = "Al-Shabaab (militant group)"
HSM = "Hassan Sheikh Mohamud"
ATMIS = "African Union Transition Mission in Somalia"
POL = "Somali Police Force"
AU = "African Union"


def build() -> Spec:
    d = Spec("blind-006", "2024-08-03")
    d.set_chrome("الرئيسية   أفريقيا   العالم   منوعات")
    d.set_headline("مقتل 32 شخصا")
    d.caption("صوماليون يتجمعون", ["ا ف ب"], ["2024-08-03"])
    d.ents([
        ("حركة الشباب", "ORG", SHB),
        ("مقديشو", "GPE", "Mogadishu"),
        ("صوماليون", "NORP", "Somali"),
        ("شاطئ ليدو", "LOC", "Lido Beach"),
        ("ا ف ب", "ORG", "Agence France-Presse", "opt"),
        ("أ ف ب", "ORG", "Agence France-Presse", "opt"),
        ("الصومالية", "NORP", "Somali"),
        ("الصومالي", "NORP", "Somali"),
        ("عبد الفتاح آدم حسن", "PERSON", "Abdifatah Adan Hassan"),
        ("تنظيم القاعدة", "ORG", "Al-Qaeda"),
        ("إذاعة الأندلس", "ORG", "Radio Andalus"),
        ("عبد الله محمد", "PERSON", "Abdullahi Mohamed"),
        ("وكالة فرانس برس", "ORG", "Agence France-Presse"),
        ("مستشفى المدينة", "FAC", "Madina Hospital"),
        ("حسن شيخ محمود", "PERSON", HSM),
        ("بعثة الاتحاد الإفريقي الانتقالية في الصومال", "ORG", ATMIS),
        ("الاتحاد الإفريقي", "ORG", AU),
        ("الصومال", "GPE", "Somalia"),
        ("أتميس", "ORG", ATMIS),
        ("السفارة الأمريكية في مقديشو", "ORG", "Embassy of the United States, Mogadishu"),
        ("الأمريكية", "NORP", "American"),
        ("أمريكية", "NORP", "American"),
        ("الإفريقي", "NORP", "African"),
        ("قوات الأمن", "ORG", "Somali security forces", "opt"),
        ("الحكومة الفدرالية", "ORG", "Federal Government of Somalia", "opt"),
    ])
    d.ent("على ما أعلنت الشرطة", "الشرطة", "ORG", POL, opt=True)
    d.ent("أن تعلن الشرطة", "الشرطة", "ORG", POL, opt=True)
    d.ent("المتحدث باسم الشرطة", "الشرطة", "ORG", POL, opt=True)
    d.ent("بدعم من قوات الاتحاد الإفريقي", "قوات الاتحاد الإفريقي", "ORG", ATMIS, opt=True)
    d.ent("بدعم من قوات الاتحاد الإفريقي", "الاتحاد الإفريقي", "ORG", AU)

    d.tx("3 آب/أغسطس 2024", "3 آب/أغسطس 2024", "DATE", "2024-08-03")
    d.tx("الإسلامية مساء الجمعة", "مساء الجمعة", "TIME", "2024-08-02TEV")
    d.tx("الشرطة السبت", "السبت", "DATE", "2024-08-03")
    d.tx("نحو الساعة 22,00 بالتوقيت المحلي", "الساعة 22,00", "TIME", "2024-08-02T22:00",
         note="local time (UTC+3)")
    d.tx("(19,00 ت غ)", "19,00 ت غ", "TIME", "2024-08-02T19:00Z")
    d.tx("لنحو ساعة", "نحو ساعة", "DURATION", "PT1H", mod="APPROX")
    d.tx("خصوصا مساء الجمعة", "مساء الجمعة", "SET", "XXXX-WXX-5TEV", opt=True)
    d.tx("كانون الثاني/يناير 2017", "كانون الثاني/يناير 2017", "DATE", "2017-01")
    d.tx("حزيران/يونيو 2023", "حزيران/يونيو 2023", "DATE", "2023-06")
    d.tx("منذ أكثر من 17 عاما", "أكثر من 17 عاما", "DURATION", "P17Y", mod="MORE_THAN")
    d.tx("آب/أغسطس 2022", "آب/أغسطس 2022", "DATE", "2022-08")
    d.tx("مطلع العام المقبل", "مطلع العام المقبل", "DATE", "2025", mod="START")

    d.attr("indirect", ("على ما أعلنت", "أعلنت"), ("على ما أعلنت الشرطة", "الشرطة"),
           ("قتل 32 شخصا على الأقل وأصيب 63 آخرون بجروح في هجوم شنه مسلحون من حركة الشباب الإسلامية مساء الجمعة على شاطئ ليدو المزدحم في العاصمة الصومالية",) * 2,
           "institution", POL, opt=True)
    spk = ("عبد الفتاح آدم حسن", "عبد الفتاح آدم حسن")
    d.attr("direct", ("وقال المتحدث باسم الشرطة", "قال"), spk,
           ("انتحاريا فجر نفسه عند مدخل مطعم على الشاطئ، ثم فتح خمسة مسلحين النار على المدنيين",) * 2,
           "person", "Abdifatah Adan Hassan", role="المتحدث باسم الشرطة")
    d.attr("indirect", ("موضحا أن قوات", "موضحا"), spk,
           ("قوات الأمن قتلت ثلاثة من المهاجمين واعتقلت رابعا، فيما فجر الخامس نفسه",) * 2, "person",
           "Abdifatah Adan Hassan")
    d.attr("indirect", ("وأعلنت حركة الشباب", "أعلنت"), ("وأعلنت حركة الشباب", "حركة الشباب"),
           ("مسؤوليتها عن الهجوم",) * 2, "institution", SHB, opt=True)
    d.attr("direct", ("وروى شاهد", "روى"), ("يدعى عبد الله محمد", "عبد الله محمد"),
           ("كنا نجلس مع العائلة عندما سمعنا انفجارا قويا، ثم بدأ الرصاص يتساقط من كل اتجاه. رأيت جثثا كثيرة على الرمال",) * 2,
           "person", "Abdullahi Mohamed")
    d.attr("indirect", ("وقال مسؤول في مستشفى", "قال"), ("وقال مسؤول في مستشفى", "مسؤول"),
           ('المستشفى استقبل عشرات الجرحى، بينهم أطفال، وإن حالة نحو عشرة منهم "حرجة',) * 2,
           "unnamed_officials", condition="طالبا عدم كشف هويته")
    d.attr("direct", ("ووصفه بأنه", "وصفه"), ("الصومالي حسن شيخ محمود", "حسن شيخ محمود"),
           ('"عمل جبان يستهدف أبرياء"', "عمل جبان يستهدف أبرياء"), "person", HSM)
    d.attr("indirect", ("متوعدا بمواصلة", "متوعدا"), ("الصومالي حسن شيخ محمود", "حسن شيخ محمود"),
           ('بمواصلة الحرب على الحركة "حتى القضاء عليها',) * 2, "person", HSM, opt=True)

    d.claim("مقتل 32 شخصا على الأقل في هجوم", "32 شخصا على الأقل", 32, "lower", "killed",
            "people killed in the Lido beach attack (headline)")
    d.claim("- قتل 32 شخصا على الأقل", "32 شخصا على الأقل", 32, "lower", "killed",
            "people killed in the Lido beach attack", source="الشرطة", date="2024-08-02")
    d.claim("وأصيب 63 آخرون", "63 آخرون", 63, "exact", "injured", "people wounded in the attack",
            source="الشرطة", date="2024-08-02")
    d.claim("ثم فتح خمسة مسلحين", "خمسة مسلحين", 5, "exact", "other", "gunmen", source="عبد الفتاح آدم حسن", opt=True)
    d.claim("قتلت ثلاثة من المهاجمين", "ثلاثة", 3, "exact", "killed", "attackers killed by security forces",
            source="عبد الفتاح آدم حسن")
    d.claim("واعتقلت رابعا", "رابعا", 1, "exact", "arrested", "attacker arrested", source="عبد الفتاح آدم حسن", opt=True)
    d.claim("استقبل عشرات الجرحى", "عشرات الجرحى", 20, "lower", "injured", "wounded received at Madina hospital",
            source="مسؤول في مستشفى المدينة", opt=True)
    d.claim("نحو عشرة منهم", "نحو عشرة", 10, "approx", "injured", "wounded in critical condition",
            source="مسؤول في مستشفى المدينة")
    d.claim("حين قتل ستة أشخاص", "ستة أشخاص", 6, "exact", "killed", "people killed in the June 2023 attack",
            date="2023-06")

    d.ev("مقتل 32 شخصا على الأقل في هجوم", "هجوم", "ASSAULT", [SHB], [], place="Mogadishu", opt=True, note="headline")
    d.ev("قرب موقع الهجوم", "الهجوم", "ASSAULT", [SHB], [], place="Mogadishu", opt=True, note="caption, second mention")
    d.ev("في هجوم شنه مسلحون", "هجوم", "ASSAULT", [SHB], [], date="2024-08-02", place="Mogadishu")
    d.ev("انتحاريا فجر نفسه", "فجر نفسه", "ASSAULT", [SHB], [], date="2024-08-02", place="Mogadishu",
         mode="suicide", opt=True, note="second trigger")
    d.ev("قوات الأمن قتلت", "قتلت", "ASSAULT", [POL], [SHB], date="2024-08-02", place="Mogadishu", opt=True)
    d.ev("واعتقلت رابعا", "اعتقلت", "COERCE", [POL], [SHB], date="2024-08-02", place="Mogadishu", mode="arrest")
    d.ev("ودان الرئيس الصومالي", "دان", "ACCUSE", [HSM], [SHB], mode="disapprove")
    d.ev("متوعدا بمواصلة", "متوعدا", "THREATEN", [HSM], [SHB])
    d.ev("كما دانت بعثة", "دانت", "ACCUSE", [ATMIS, "Embassy of the United States, Mogadishu"], [SHB],
         mode="disapprove")
    d.ev("سبق أن استهدفته", "استهدفته", "ASSAULT", [SHB], [], place="Mogadishu", opt=True)
    d.ev("\"حربا شاملة\"", "حربا", "ASSAULT", [HSM], [SHB], date="2022-08", opt=True)
    d.more("الهجوم", "ASSAULT", [SHB], [])
    d.more("تبادل", "ASSAULT", [SHB], [])
    d.more("تمردا", "ASSAULT", [SHB], [])
    return d
