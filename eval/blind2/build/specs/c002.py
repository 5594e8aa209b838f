"""blind2-002: Lebanon-Syria, Nawaf Salam in Damascus (Lebanese outlet, Syriac month names)."""

from annot import Spec


def build() -> Spec:
    s = Spec("blind2-002", "2025-04-15")
    s.set_chrome("مواضيع ذات صلة")
    s.set_headline("سلام في دمشق")
    s.set_dek("أول زيارة لرئيس حكومة")
    s.caption("رئيس الحكومة اللبنانية نواف سلام والرئيس السوري", ["الرئاسة السورية / أ ف ب"], ["2025-04-14"])

    s.ents([
        ("نواف سلام", "PERSON", "Nawaf Salam"),
        ("سلام", "PERSON", "Nawaf Salam"),
        ("دمشق", "GPE", "Damascus"),
        ("سوريا", "GPE", "Syria"),
        ("لبنان", "GPE", "Lebanon"),
        ("بيروت", "GPE", "Beirut"),
        ("نظام الأسد", "ORG", "Ba'athist Syria", "opt"),
        ("الأسد", "PERSON", "Bashar al-Assad"),
        ("بشار الأسد", "PERSON", "Bashar al-Assad"),
        ("الحكومة اللبنانية", "ORG", "Government of Lebanon", "opt"),
        ("أحمد الشرع", "PERSON", "Ahmed al-Sharaa"),
        ("قصر الشعب", "FAC", "People's Palace (Syria)"),
        ("الرئاسة السورية", "ORG", "Syrian Presidency", "opt"),
        ("أ ف ب", "ORG", "Agence France-Presse", "opt"),
        ("يوسف رجي", "PERSON", "Youssef Rajji"),
        ("ميشال منسى", "PERSON", "Michel Menassa"),
        ("رئاسة مجلس الوزراء اللبناني", "ORG", "Presidency of the Council of Ministers of Lebanon"),
        ("مجلس الوزراء اللبناني", "ORG", "Council of Ministers (Lebanon)", "opt"),
        ("أسعد الشيباني", "PERSON", "Asaad al-Shaibani"),
        ("الشيباني", "PERSON", "Asaad al-Shaibani"),
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "UNHCR"),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("حوش السيد علي", "GPE", "Hosh al-Sayyed Ali"),
        ("الجيش السوري", "ORG", "Syrian Army"),
        ("وزارة الصحة اللبنانية", "ORG", "Ministry of Public Health (Lebanon)"),
        ("الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ("لبناني", "NORP", "Lebanese"),
        ("اللبناني", "NORP", "Lebanese"),
        ("اللبنانية", "NORP", "Lebanese"),
        ("لبنانية", "NORP", "Lebanese"),
        ("السوري", "NORP", "Syrian"),
        ("السورية", "NORP", "Syrian"),
        ("السوريين", "NORP", "Syrian"),
    ])
    s.ent("سقوط نظام الأسد", "الأسد", "PERSON", "Bashar al-Assad")  # surname inside a descriptive ORG

    # timexes
    s.tx("14 نيسان 2025", "14 نيسان 2025", "DATE", "2025-04-14")
    s.tx("أمس الاثنين", "أمس الاثنين", "DATE", "2025-04-14")
    s.tx("كانون الأول الماضي", "كانون الأول الماضي", "DATE", "2024-12")
    s.tx("نحو ثلاث ساعات", "نحو ثلاث ساعات", "DURATION", "PT3H", mod="APPROX")
    s.tx("تفتح اليوم بين", "اليوم", "DATE", "2025-04-14", note="inside the quote: the day of the visit, not the DCT")
    s.tx("«خلال أسبوعين»", "أسبوعين", "DURATION", "P2W")
    s.tx("آذار الماضي", "آذار الماضي", "DATE", "2025-03")
    s.tx("مطلع أيار المقبل", "مطلع أيار المقبل", "DATE", "2025-05", mod="START")
    s.tx("حتى مساء أمس", "مساء أمس", "TIME", "2025-04-14TEV")
    s.tx("قبل نحو ثمانية عقود", "نحو ثمانية عقود", "DURATION", "P80Y", mod="APPROX")

    # attributions
    sal = ("وقال سلام في مؤتمر", "سلام")
    s.attr("indirect", ("بحسب بيان صادر", "بحسب"), ("رئاسة مجلس الوزراء اللبناني", "رئاسة مجلس الوزراء اللبناني"),
           ("حيث استمرت المحادثات", "استمرت المحادثات نحو ثلاث ساعات"),
           "institution", "Presidency of the Council of Ministers of Lebanon", opt=True)
    s.attr("direct", ("وقال سلام في مؤتمر", "قال"), sal,
           ("«صفحة جديدة", "صفحة جديدة تفتح اليوم بين البلدين، قائمة على الاحترام المتبادل وعدم التدخل في الشؤون الداخلية"),
           "person", "Nawaf Salam")
    s.attr("indirect", ("وأضاف أن الجانبين", "أضاف"), sal,
           ("أن الجانبين اتفقا", "الجانبين اتفقا على أن تعقد اللجنة اجتماعها الأول «خلال أسبوعين» في بيروت"),
           "person", "Nawaf Salam")
    s.attr("indirect", ("أكد الشيباني أن", "أكد"), ("أكد الشيباني أن", "الشيباني"),
           ("أن دمشق «مستعدة", "دمشق «مستعدة للتعاون الكامل» في ملف ضبط الحدود ومكافحة التهريب"),
           "person", "Asaad al-Shaibani")
    s.attr("indirect", ("وأعلن الجيش اللبناني", "أعلن"), ("وأعلن الجيش اللبناني", "الجيش اللبناني"),
           ("أنه نشر تعزيزات", "نشر تعزيزات إضافية على طول الحدود الشمالية والشرقية"),
           "institution", "Lebanese Armed Forces")
    src = ("وقال مصدر وزاري لبناني", "مصدر وزاري لبناني")
    s.attr("indirect", ("وقال مصدر وزاري", "قال"), src,
           ("إن الجانب السوري رفض", "الجانب السوري رفض خلال اللقاء البحث في ملف الودائع السورية المجمدة في المصارف اللبنانية «قبل إنجاز الترسيم»"),
           "unnamed_officials", condition="طلب عدم الكشف عن اسمه")
    s.attr("indirect", ("مشيرا إلى أن الملف", "مشيرا"), src,
           ("أن الملف سيطرح", "الملف سيطرح مجددا في زيارة مرتقبة للشيباني إلى بيروت مطلع أيار المقبل"),
           "unnamed_officials")

    # claims
    s.claim("مقتل 7 أشخاص على الأقل", "7 أشخاص على الأقل", 7, "lower", "killed",
            "people killed in the Hosh al-Sayyed Ali clashes", source="وزارة الصحة اللبنانية", date="2025-03")
    s.claim("وإصابة أكثر من 50 آخرين", "أكثر من 50", 50, "lower", "injured",
            "people injured in the Hosh al-Sayyed Ali clashes", source="وزارة الصحة اللبنانية", date="2025-03")
    s.claim("بنحو 1,5 مليون لاجئ", "نحو 1,5 مليون", 1.5e6, "approx", "displaced",
            "Syrian refugees in Lebanon", source="المفوضية السامية للأمم المتحدة لشؤون اللاجئين")
    s.claim("نحو 375 كيلومترا", "نحو 375 كيلومترا", 375, "approx", "other", "length of the border", opt=True)

    # events
    s.ev("دمشق: اتفاق على", "اتفاق", "AGREE", ["Lebanon", "Syria"], [], opt=True, note="headline restatement")
    s.ev("أول زيارة لرئيس", "زيارة", "CONSULT", ["Nawaf Salam"], ["Syria"], mode="visit", opt=True,
         note="dek restatement")
    s.ev("اتفق لبنان وسوريا", "اتفق", "AGREE", ["Lebanon", "Syria"], [], date="2025-04-14", place="Damascus")
    s.ev("خلال زيارة قام بها", "زيارة", "CONSULT", ["Nawaf Salam"], ["Syria"], mode="visit",
         date="2025-04-14", place="Damascus")
    s.ev("والتقى سلام", "التقى", "CONSULT", ["Nawaf Salam"], ["Ahmed al-Sharaa"], mode="meet",
         date="2025-04-14", place="Damascus")
    s.ev("حيث استمرت المحادثات", "المحادثات", "CONSULT", ["Nawaf Salam"], ["Ahmed al-Sharaa"], opt=True,
         note="further mention")
    s.ev("الجانبين اتفقا", "اتفقا", "AGREE", ["Lebanon", "Syria"], [], opt=True, note="further mention")
    s.ev("«مستعدة للتعاون", "للتعاون", "COOPERATE", ["Syria"], ["Lebanon"], opt=True,
         note="readiness to cooperate, not yet an act")
    s.ev("لكنه طالب بيروت", "طالب", "REQUEST", ["Asaad al-Shaibani"], ["Lebanon"], date="2025-04-14")
    s.ev("وتأتي الزيارة", "الزيارة", "CONSULT", ["Nawaf Salam"], ["Syria"], opt=True, note="further mention")
    s.ev("بعد اشتباكات عنيفة", "اشتباكات", "ASSAULT", ["Syrian Army"], [], date="2025-03",
         place="Hosh al-Sayyed Ali")
    s.ev("أنه نشر تعزيزات", "نشر", "MOBILIZE", ["Lebanese Armed Forces"], [])
    s.ev("الجانب السوري رفض", "رفض", "REJECT", ["Syria"], ["Lebanon"], date="2025-04-14")
    s.ev("في زيارة مرتقبة", "زيارة", "CONSULT", ["Asaad al-Shaibani"], ["Lebanon"], mode="visit",
         modality="planned", date="2025-05", place="Beirut")
    return s
