from lib import Doc
d = Doc("eval-009", "2025-03-03")
d.set_chrome("الرئيسية  لبنان  إقليمي  دولي  اقتصاد  رأي", "مواضيع ذات صلة", "تابعوا آخر الأخبار عبر تطبيقنا")
d.set_headline("مجلس الوزراء يطالب")
d.set_dek("عون: لبنان")
d.add_caption("الرئيس جوزاف عون مترئسا", ["تصوير: دالاتي ونهرا"], ["2025-03-03"])
COM = "Council of Ministers of Lebanon"
LAF, IDF = "Lebanese Armed Forces", "Israel Defense Forces"
d.ents([
 ("مجلس الوزراء", "ORG", COM), ("إسرائيلي", "NORP", "Israeli"), ("الإسرائيلي", "NORP", "Israeli"), ("إسرائيلية", "NORP", "Israeli"),
 ("عون", "PERSON", "Joseph Aoun"), ("جوزاف عون", "PERSON", "Joseph Aoun"), ("لبنان", "GPE", "Lebanon"),
 ("نواف سلام", "PERSON", "Nawaf Salam"), ("إسرائيل", "GPE", "Israel"),
 ("قصر بعبدا", "FAC", "Baabda Palace"), ("دالاتي ونهرا", "ORG", "Dalati & Nohra", "opt"),
 ("بول مرقص", "PERSON", "Paul Morcos"), ("مرقص", "PERSON", "Paul Morcos"),
 ("الجيش الإسرائيلي", "ORG", IDF), ("اللبنانية", "NORP", "Lebanese"),
 ("نهر الليطاني", "LOC", "Litani River"), ("يوسف رجي", "PERSON", "Youssef Rajji"),
 ("الولايات المتحدة", "GPE", "United States"), ("فرنسا", "GPE", "France"),
 ("يسرائيل كاتس", "PERSON", "Israel Katz"), ("الجليل", "LOC", "Galilee"),
 ("الوكالة الوطنية للإعلام", "ORG", "National News Agency (Lebanon)"),
 ("عيتا الشعب", "GPE", "Aita al-Shaab"), ("كفركلا", "GPE", "Kfar Kila"),
 ("وزارة الصحة العامة", "ORG", "Ministry of Public Health (Lebanon)"),
])
d.ent("وسلام يدعو", "سلام", "PERSON", "Nawaf Salam")
d.ent("انتشار الجيش جنوبا", "الجيش", "ORG", LAF, opt=True)
d.ent("في الجيش لتعزيز", "الجيش", "ORG", LAF, opt=True)
d.ent("إن الجيش سيبقى", "الجيش", "ORG", IDF, opt=True)
d.ent("قيادة الجيش", "الجيش", "ORG", LAF, opt=True)
d.tx("3 آذار 2025", None, "DATE", "2025-03-03")
d.tx("اليوم الاثنين", None, "DATE", "2025-03-03")
d.tx("شهر رمضان المبارك", None, "DATE", "2025-03", opt=True, note="Ramadan 1446 = 2025-03-01..2025-03-29")
d.tx("يوم السبت في 1 آذار", "يوم السبت", "DATE", "2025-03-01")
d.tx("يوم السبت في 1 آذار", "1 آذار", "DATE", "2025-03-01")
d.tx("الأول من رمضان 1446 للهجرة", None, "DATE", "2025-03-01", note="Hijri date; 1 Ramadan 1446 AH")
d.tx("18 شباط الماضي", None, "DATE", "2025-02-18")
d.tx("الأسبوع الماضي", None, "DATE", "2025-W09")
d.tx("فجر اليوم", None, "TIME", "2025-03-03TMO")
d.tx("27 تشرين الثاني 2024", None, "DATE", "2024-11-27")
d.tx("خلال الأسبوعين المقبلين", "الأسبوعين المقبلين", "DURATION", "P2W")
d.tx("الخميس الماضي", None, "DATE", "2025-02-27")
d.tx("أيار المقبل", None, "DATE", "2025-05")
d.tx("عام 2016", None, "DATE", "2016")
d.tx("بعد نحو شهرين", "نحو شهرين", "DURATION", "P2M", mod="APPROX")
d.tx("9 كانون الثاني", None, "DATE", "2025-01-09")
d.tx("أكثر من عامين", None, "DURATION", "P2Y", mod="MORE_THAN")
d.attr("indirect", ("وسلام يدعو", "يدعو"), ("وسلام يدعو", "سلام"), ("المجتمع الدولي إلى الضغط على إسرائيل", None), "person", "Nawaf Salam", opt=True)
d.attr("direct", ("بالتأكيد على", "بالتأكيد"), ("واستهل عون", "عون"), ("لبنان متمسك بتطبيق القرار 1701 بكل مندرجاته", None), "person", "Joseph Aoun")
d.attr("indirect", ("مشددا على أن الدولة", "مشددا"), ("واستهل عون", "عون"), ("الدولة \"لن تقبل ببقاء أي احتلال على أرضها\"", None), "person", "Joseph Aoun")
d.attr("indirect", ("وقال وزير الإعلام", "قال"), ("بول مرقص", None),
       ("المجلس طالب \"بانسحاب إسرائيلي فوري وكامل\" من النقاط الخمس التي لا يزال الجيش الإسرائيلي يتمركز فيها داخل الأراضي اللبنانية منذ انتهاء مهلة الانسحاب في 18 شباط الماضي، وأقر خطة لتطويع نحو 4500 عنصر جديد في الجيش لتعزيز انتشاره جنوب نهر الليطاني", None),
       "person", "Paul Morcos", role="وزير الإعلام")
d.attr("indirect", ("وأضاف مرقص", "أضاف"), ("وأضاف مرقص", "مرقص"),
       ("الحكومة كلفت وزير الخارجية يوسف رجي متابعة الاتصالات مع الدول الراعية لاتفاق وقف إطلاق النار، ولا سيما الولايات المتحدة وفرنسا، من أجل الضغط على إسرائيل", None), "person", "Paul Morcos")
d.attr("indirect", ("في المقابل، قال وزير الدفاع", "قال"), ("يسرائيل كاتس", None), ("الجيش سيبقى في النقاط الخمس \"لفترة غير محدودة\"", None), "person", "Israel Katz", role="وزير الدفاع الإسرائيلي")
d.attr("indirect", ("مهددا بالرد", "مهددا"), ("يسرائيل كاتس", None), ("بالرد \"بقوة\" على أي تهديد لسكان الشمال", None), "person", "Israel Katz", opt=True)
d.attr("indirect", ("أفادت الوكالة", "أفادت"), ("الوكالة الوطنية للإعلام", None),
       ("مسيرة إسرائيلية استهدفت سيارة على طريق بلدة عيتا الشعب فجر اليوم، ما أدى إلى سقوط قتيل", None), "institution", "National News Agency (Lebanon)")
d.attr("indirect", ("وبحسب وزارة الصحة العامة", "بحسب"), ("وبحسب وزارة الصحة العامة", "وزارة الصحة العامة"), ("قتل أكثر من 80 شخصا بنيران إسرائيلية منذ دخول اتفاق وقف إطلاق النار حيز التنفيذ في 27 تشرين الثاني 2024", None), "institution", "Ministry of Public Health (Lebanon)", opt=True)
d.attr("indirect", ("قالت مصادر وزارية", "قالت"), ("مصادر وزارية", None),
       ("الحكومة تتجه إلى إقرار التعيينات الأمنية والعسكرية، بما فيها قيادة الجيش، في جلسة تعقد خلال الأسبوعين المقبلين، بعد أن أرجئ البت فيها في جلسة الخميس الماضي بسبب تباين في وجهات النظر", None), "unnamed_officials")
d.attr("indirect", ("كما أكد المجلس", "أكد"), ("كما أكد المجلس", "المجلس"), ("التزام الحكومة إجراء الانتخابات البلدية والاختيارية في موعدها في أيار المقبل", None), "institution", COM, opt=True)
d.claim("نحو 4500 عنصر", None, 4500, "approx", "other", "army recruits planned", "بول مرقص", opt=True)
d.claim("سقوط قتيل", "قتيل", 1, "exact", "killed", "person killed in the drone strike", "الوكالة الوطنية للإعلام", opt=True)
d.claim("أكثر من 80 شخصا", None, 80, "lower", "killed", "people killed by Israeli fire since the ceasefire", "وزارة الصحة العامة")
d.ev("يطالب بانسحاب", "يطالب", "REQUEST", [COM, "Lebanon"], ["Israel"], "2025-03-03", None, opt=True)
d.ev("وسلام يدعو", "يدعو", "REQUEST", ["Nawaf Salam"], [], None, None, opt=True)
d.ev("عقد مجلس الوزراء جلسته", "عقد", "CONSULT", [COM], [], "2025-03-03", "Baabda Palace", mode="meet", opt=True)
d.ev("المجلس طالب", "طالب", "REQUEST", [COM, "Lebanon"], ["Israel"], "2025-03-03", None)
d.ev("\"بانسحاب إسرائيلي فوري", "بانسحاب", "RETREAT", ["Israel"], [], None, "Lebanon", modality="hypothetical", opt=True)
d.ev("مهددا بالرد", "مهددا", "THREATEN", ["Israel Katz"], ["Lebanon"], "2025-W09", None)
d.ev("مسيرة إسرائيلية استهدفت", "استهدفت", "ASSAULT", ["Israel"], ["Lebanon"], "2025-03-03", "Aita al-Shaab", mode="drone")
d.ev("عمليات تفجير", "تفجير", "ASSAULT", ["Israel"], ["Lebanon"], None, "Kfar Kila")
d.ev("اتفاق وقف إطلاق النار حيز", "اتفاق", "AGREE", ["Israel", "Lebanon"], [], "2024-11-27", None, opt=True)
d.write()
