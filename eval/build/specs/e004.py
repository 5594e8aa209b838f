from lib import Doc
d = Doc("eval-004", "2024-03-12")
d.set_chrome("الرئيسية  محليات  سياسة  اقتصاد  رياضة  منوعات", "مواضيع ذات صلة")
d.set_headline("مجلس الوزراء يقر")
d.set_dek("السوداني يوجه")
d.add_caption("رئيس مجلس الوزراء محمد شياع", ["المكتب الإعلامي لرئيس الوزراء"], ["2024-03-12"])
COM = "Council of Ministers of Iraq"
COR = "Council of Representatives of Iraq"
d.ents([
 ("مجلس الوزراء", "ORG", COM), ("مجلس الوزراء العراقي", "ORG", COM), ("العراقي", "NORP", "Iraqi"),
 ("البرلمان", "ORG", COR), ("مجلس النواب", "ORG", COR),
 ("السوداني", "PERSON", "Mohammed Shia al-Sudani"), ("محمد شياع السوداني", "PERSON", "Mohammed Shia al-Sudani"),
 ("بغداد", "GPE", "Baghdad"), ("باسم العوادي", "PERSON", "Basim al-Awadi"), ("العوادي", "PERSON", "Basim al-Awadi"),
 ("المكتب الإعلامي لرئيس الوزراء", "ORG", "Media Office of the Prime Minister of Iraq", "opt"),
 ("زياد علي فاضل", "PERSON", "Ziad Ali Fadel"), ("الإيراني", "NORP", "Iranian"),
 ("واشنطن", "GPE", "Washington, D.C."), ("الأمريكي", "NORP", "American"), ("جو بايدن", "PERSON", "Joe Biden"),
 ("قوات التحالف الدولي", "ORG", "Combined Joint Task Force – Operation Inherent Resolve"),
 ("التحالف الدولي", "ORG", "Combined Joint Task Force – Operation Inherent Resolve"),
 ("التحالف", "ORG", "Combined Joint Task Force – Operation Inherent Resolve", "opt"),
 ("العراق", "GPE", "Iraq"), ("سوريا", "GPE", "Syria"), ("أمريكية", "NORP", "American"),
 ("اللجنة المالية النيابية", "ORG", "Finance Committee of the Council of Representatives of Iraq", "opt"),
 ("محسن المندلاوي", "PERSON", "Mohsen al-Mandalawi"),
])
# "مجلس الوزراء" inside the title "رئيس مجلس الوزراء" (caption) is part of a role phrase
d.setopt("رئيس مجلس الوزراء محمد شياع السوداني يترأس", "مجلس الوزراء")
d.tx("موازنة 2024", "2024", "DATE", "2024")
d.tx("اليوم الثلاثاء", None, "DATE", "2024-03-12")
d.tx("للسنة المالية 2024", None, "DATE", "2024")
d.tx("12 آذار 2024", None, "DATE", "2024-03-12")
d.tx("خلال العام الحالي", "العام الحالي", "DATE", "2024")
d.tx("فصل الصيف", None, "DATE", "2024-SU", opt=True)
d.tx("خلال الأسابيع الماضية", "الأسابيع الماضية", "DURATION", "PXW", opt=True)
d.tx("منتصف نيسان المقبل", None, "DATE", "2024-04", mod="MID")
d.tx("بعد أسابيع", None, "DURATION", "PXW", opt=True)
d.tx("كانون الثاني الماضي", None, "DATE", "2024-01")
d.tx("الأشهر الثلاثة الماضية", None, "DURATION", "P3M")
d.tx("يوم السبت المقبل", None, "DATE", "2024-03-16")
d.attr("indirect", ("وقال المتحدث باسم الحكومة", "قال"), ("باسم العوادي في", "باسم العوادي"),
       ("حجم الإنفاق المقدر في الجداول يبلغ نحو 211 تريليون دينار، مع عجز مخطط يقارب 64 تريليون دينار", None), "person", "Basim al-Awadi", role="المتحدث باسم الحكومة")
d.attr("indirect", ("مبينا", None), ("باسم العوادي في", "باسم العوادي"), ("الحكومة “ملتزمة بتأمين رواتب الموظفين والمتقاعدين في مواعيدها”", None), "person", "Basim al-Awadi")
d.attr("indirect", ("وأضاف العوادي", "أضاف"), ("وأضاف العوادي", "العوادي"),
       ("السوداني وجه الوزارات كافة بتقليص النفقات التشغيلية بنسبة لا تقل عن 10%، وإيقاف شراء السيارات والأثاث خلال العام الحالي، باستثناء وزارتي الصحة والتربية", None), "person", "Basim al-Awadi")
d.attr("indirect", ("وأقر الوزير", "أقر"), ("وأقر الوزير", "الوزير"),
       ("تراجع إمدادات الغاز الإيراني خلال الأسابيع الماضية تسبب في خسارة ما بين 4 و5 آلاف ميغاواط من الشبكة الوطنية", None), "person", "Ziad Ali Fadel")
d.attr("indirect", ("قال مصدر حكومي", "قال"), ("قال مصدر حكومي مطلع", "مصدر حكومي مطلع"),
       ("السوداني سيزور واشنطن منتصف نيسان المقبل تلبية لدعوة من الرئيس الأمريكي جو بايدن", None), "anonymous", condition="فضل عدم الكشف عن هويته")
d.attr("indirect", ("مشيرا إلى أن الزيارة", "مشيرا"), ("قال مصدر حكومي مطلع", "مصدر حكومي مطلع"),
       ("الزيارة ستتناول مستقبل وجود قوات التحالف الدولي في العراق وملف الديون والطاقة", None), "anonymous")
d.attr("indirect", ("انتقد نواب", "انتقد"), ("انتقد نواب", "نواب"), ("تأخر إرسال الجداول", None), "unnamed_officials", opt=True)
d.attr("direct", ("وقال أحدهم", "قال"), ("وقال أحدهم", "أحدهم"), ("التأخير أربك عمل الوزارات والمحافظات طوال الأشهر الثلاثة الماضية", None), "unnamed_officials")
d.claim("نحو 211 تريليون دينار", None, 211e12, "approx", "money", "planned 2024 spending", "باسم العوادي", unit="IQD")
d.claim("يقارب 64 تريليون دينار", "64 تريليون دينار", 64e12, "approx", "money", "planned 2024 deficit", "باسم العوادي", unit="IQD")
d.claim("لا تقل عن 10%", None, 10, "lower", "percent", "cut in operating expenses", "العوادي", unit="percent")
d.claim("28 ألف ميغاواط", None, 28000, "exact", "other", "electricity production target", None, opt=True, unit="MW")
d.claim("ما بين 4 و5 آلاف ميغاواط", None, 4000, "approx", "other", "generation lost to falling Iranian gas supply", "الوزير", opt=True, value_max=5000, unit="MW")
d.ev("عقد مجلس الوزراء العراقي", "عقد", "CONSULT", [COM], [], "2024-03-12", "Baghdad", mode="meet", opt=True)
d.ev("سيزور واشنطن", "سيزور", "CONSULT", ["Mohammed Shia al-Sudani"], ["United States"], "2024-04", "Washington, D.C.", mode="visit", modality="planned")
d.ev("لدعوة من الرئيس", "لدعوة", "REQUEST", ["Joe Biden"], ["Mohammed Shia al-Sudani"], None, None, opt=True)
d.ev("جولة من المحادثات", "المحادثات", "CONSULT", ["Iraq"], ["United States"], "2024-01", None)
d.ev("سلسلة هجمات", "هجمات", "ASSAULT", [], ["United States"], None, "Iraq")
d.ev("انتقد نواب", "انتقد", "ACCUSE", [COR], [], None, None, mode="disapprove", opt=True)
d.write()
