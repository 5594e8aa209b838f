from lib import Doc
d = Doc("eval-002", "2024-02-15")
d.set_chrome("القائمة  الرئيسية  سياسة  اقتصاد  فيديو", "اقرأ أيضا: واشنطن تحث على تجنب حرب شاملة في لبنان", "شارك المقال")
d.set_headline("غارات إسرائيلية على النبطية")
d.set_dek("التصعيد هو الأعنف")
d.add_caption("أبنية مدمرة", ["AFP via Getty Images"], ["2024-02-14"])
d.ents([
 ("إسرائيلية", "NORP", "Israeli"), ("الإسرائيلي", "NORP", "Israeli"), ("الإسرائيلية", "NORP", "Israeli"),
 ("النبطية", "GPE", "Nabatieh"), ("حزب الله", "ORG", "Hezbollah"), ("لبنان", "GPE", "Lebanon"),
 ("الصوانة", "GPE", "Sawaneh"), ("وزارة الصحة اللبنانية", "ORG", "Ministry of Public Health (Lebanon)"),
 ("اللبنانية", "NORP", "Lebanese"),
 ("صفد", "GPE", "Safed"), ("إسرائيل", "GPE", "Israel"), ("الجيش الإسرائيلي", "ORG", "Israel Defense Forces"),
 ("يوآف غالانت", "PERSON", "Yoav Gallant"), ("وكالة فرانس برس", "ORG", "Agence France-Presse"),
 ("AFP", "ORG", "Agence France-Presse", "opt"), ("Getty Images", "ORG", "Getty Images", "opt"),
 ("حكومة تصريف الأعمال اللبنانية", "ORG", "Government of Lebanon", "opt"),
 ("نجيب ميقاتي", "PERSON", "Najib Mikati"), ("مجلس الأمن الدولي", "ORG", "UN Security Council"),
 ("السلطات الإسرائيلية", "ORG", "Government of Israel", "opt"),
 ("المنظمة الدولية للهجرة", "ORG", "International Organization for Migration"),
 ("قوة الأمم المتحدة المؤقتة في لبنان", "ORG", "United Nations Interim Force in Lebanon"),
 ("الأمم المتحدة", "ORG", "United Nations"),
 ("يونيفيل", "ORG", "United Nations Interim Force in Lebanon"), ("أندريا تيننتي", "PERSON", "Andrea Tenenti"),
])
# timexes
d.tx("أكتوبر الماضي", None, "DATE", "2023-10")
d.tx("14 فبراير 2024", None, "DATE", "2024-02-14")
d.tx("مساء أمس الأربعاء", None, "TIME", "2024-02-14TEV", note="evening of the day before publication")
d.tx("منذ أكثر من أربعة أشهر", None, "DURATION", "P4M", mod="MORE_THAN")
d.tx("بعد ساعات من سقوط", "بعد ساعات", "DURATION", "PTXH", opt=True)
d.tx("الثامن من أكتوبر", None, "DATE", "2023-10-08")
# attributions
d.attr("indirect", ("وفق ما أفادت", "أفادت"), ("أفادت وزارة الصحة اللبنانية", "وزارة الصحة اللبنانية"),
       ("قتل عشرة مدنيين على الأقل، بينهم امرأة وطفلان، في غارات شنتها طائرات إسرائيلية مساء أمس الأربعاء على مدينة النبطية وبلدة الصوانة في جنوب لبنان", None),
       "institution", "Ministry of Public Health (Lebanon)", opt=True)
d.attr("indirect", ("بحسب ما أعلن", "أعلن"), ("بحسب ما أعلن الجيش الإسرائيلي", "الجيش الإسرائيلي"),
       ("سقوط صاروخ أطلق من لبنان على قاعدة عسكرية في مدينة صفد شمالي إسرائيل، ما أدى إلى مقتل جندية إسرائيلية وإصابة ثمانية أشخاص آخرين", None),
       "institution", "Israel Defense Forces", opt=True)
d.attr("direct", ("وقال وزير الدفاع", "قال"), ("يوآف غالانت", None), ("حزب الله سيدفع ثمنا باهظا", None), "person", "Yoav Gallant", role="وزير الدفاع الإسرائيلي")
d.attr("indirect", ("مضيفا أن الجيش مستعد", "مضيفا"), ("يوآف غالانت", None), ("الجيش مستعد “لتوسيع العمليات إذا لزم الأمر”", None), "person", "Yoav Gallant")
d.attr("indirect", ("قال مصدر مقرب", "قال"), ("قال مصدر مقرب من الحزب", "مصدر مقرب من الحزب"),
       ("الحزب “سيرد على استهداف المدنيين في الوقت المناسب”", None), "anonymous")
d.attr("indirect", ("واتهم إسرائيل", "اتهم"), ("نجيب ميقاتي", None), ("إسرائيل بـ“استهداف المدنيين عمدا”", None), "person", "Najib Mikati", opt=True)
d.attr("indirect", ("معلنا أن لبنان", "معلنا"), ("نجيب ميقاتي", None), ("لبنان سيتقدم بشكوى إلى مجلس الأمن الدولي", None), "person", "Najib Mikati")
d.attr("indirect", ("وبحسب إحصاء", "بحسب"), ("إحصاء لوكالة فرانس برس", "وكالة فرانس برس"), ("قتل أكثر من 240 شخصا في لبنان منذ الثامن من أكتوبر، معظمهم من مقاتلي حزب الله، إضافة إلى نحو 30 مدنيا", None), "institution", "Agence France-Presse", opt=True)
d.attr("indirect", ("تقدر المنظمة", "تقدر"), ("تقدر المنظمة الدولية للهجرة", "المنظمة الدولية للهجرة"),
       ("عدد النازحين في جنوب لبنان بأكثر من 86 ألف شخص", None), "institution", "International Organization for Migration", opt=True)
d.attr("indirect", ("وقال المتحدث باسمها", "قال"), ("أندريا تيننتي", None), ("القوة “قلقة للغاية” من التصعيد الأخير", None), "person", "Andrea Tenenti")
# claims
d.claim("عشرة مدنيين على الأقل", None, 10, "lower", "killed", "civilians killed in Israeli strikes on Nabatieh and Sawaneh", "وزارة الصحة اللبنانية")
d.claim("وطفلان", "طفلان", 2, "exact", "killed", "children among the dead", "وزارة الصحة اللبنانية", opt=True)
d.claim("ثمانية أشخاص آخرين", "ثمانية", 8, "exact", "injured", "people wounded by the rocket on Safed", "الجيش الإسرائيلي")
d.claim("أكثر من 240 شخصا", None, 240, "lower", "killed", "people killed in Lebanon since 8 October", "وكالة فرانس برس")
d.claim("نحو 30 مدنيا", None, 30, "approx", "killed", "civilians killed in Lebanon", "وكالة فرانس برس")
d.claim("عشرة جنود", "عشرة", 10, "exact", "killed", "Israeli soldiers killed", "السلطات الإسرائيلية")
d.claim("ستة مدنيين على الأقل", None, 6, "lower", "killed", "Israeli civilians killed", "السلطات الإسرائيلية")
d.claim("عشرات الآلاف", None, 20000, "lower", "displaced", "people displaced on both sides of the border", None, opt=True)
d.claim("بأكثر من 86 ألف", "أكثر من 86 ألف", 86000, "lower", "displaced", "displaced in southern Lebanon", "المنظمة الدولية للهجرة")
# events
d.ev("غارات إسرائيلية على النبطية", "غارات", "ASSAULT", ["Israel"], ["Lebanon"], "2024-02-14", "Nabatieh", mode="aerial", opt=True)
d.ev("يتوعد بالرد", "يتوعد", "THREATEN", ["Hezbollah"], ["Israel"], None, None, opt=True)
d.ev("بعد غارة إسرائيلية، 14", "غارة", "ASSAULT", ["Israel"], ["Lebanon"], "2024-02-14", "Nabatieh", mode="aerial")
d.ev("في غارات شنتها", "غارات", "ASSAULT", ["Israel"], ["Lebanon"], "2024-02-14", "Nabatieh", mode="aerial")
d.ev("سقوط صاروخ", "صاروخ", "ASSAULT", [], ["Israel"], "2024-02-14", "Safed")
d.ev("سيدفع ثمنا", "سيدفع", "THREATEN", ["Yoav Gallant"], ["Hezbollah"], None, None, opt=True)
d.ev("“سيرد على", "سيرد", "THREATEN", ["Hezbollah"], ["Israel"], None, None, opt=True)
d.ev("دان رئيس حكومة", "دان", "ACCUSE", ["Najib Mikati"], ["Israel"], None, None, mode="disapprove")
d.ev("واتهم إسرائيل", "اتهم", "ACCUSE", ["Najib Mikati"], ["Israel"], None, None)
d.ev("سيتقدم بشكوى", "بشكوى", "ACCUSE", ["Lebanon"], ["Israel"], None, None, modality="planned", opt=True)
d.ev("دعوة الطرفين إلى ضبط النفس", "دعوة", "REQUEST", ["United Nations Interim Force in Lebanon"], ["Israel", "Hezbollah"], None, None, opt=True)
d.write()
