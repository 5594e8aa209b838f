from lib import Doc
d = Doc("eval-001", "2024-06-10")
d.set_chrome("الرئيسية | أخبار | الشرق الأوسط | اقتصاد | رياضة", "(إعداد محمد علي للنشرة العربية - تحرير سامح الخطيب)", "اقرأ أيضا", "الوسوم: غزة، إسرائيل، حماس")
d.set_headline("ارتفاع حصيلة")
d.set_dek("وزارة الصحة تقول")
d.add_caption("فلسطينيون يتفقدون", ["رويترز"], ["2024-06-09"])
GHM = "Gaza Health Ministry"
d.ents([
 ("غزة", "GPE", "Gaza Strip"), ("قطاع غزة", "GPE", "Gaza Strip"),
 ("وزارة الصحة", "ORG", GHM), ("وزارة الصحة في قطاع غزة", "ORG", GHM),
 ("فلسطينيا", "NORP", "Palestinian"), ("فلسطينيون", "NORP", "Palestinian"), ("الفلسطينيين", "NORP", "Palestinian"),
 ("إسرائيلية", "NORP", "Israeli"), ("الإسرائيلية", "NORP", "Israeli"), ("الإسرائيلي", "NORP", "Israeli"),
 ("إسرائيل", "GPE", "Israel"),
 ("مخيم النصيرات", "GPE", "Nuseirat Camp"), ("رويترز", "ORG", "Reuters"),
 ("أشرف القدرة", "PERSON", "Ashraf al-Qudra"),
 ("القوات الإسرائيلية", "ORG", "Israel Defense Forces", "opt"),
 ("الجيش الإسرائيلي", "ORG", "Israel Defense Forces"),
 ("دانيال هاغاري", "PERSON", "Daniel Hagari"),
 ("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "ORG", "UNRWA"),
 ("الأمم المتحدة", "ORG", "United Nations"),
 ("أونروا", "ORG", "UNRWA"), ("الأونروا", "ORG", "UNRWA"),
 ("فيليب لازاريني", "PERSON", "Philippe Lazzarini"),
 ("رفح", "GPE", "Rafah"), ("خان يونس", "GPE", "Khan Yunis"),
 ("حي الشابورة", "LOC", "Shaboura", "opt"),
 ("حماس", "ORG", "Hamas"),
])
d.ent("2024. (رويترز)", "رويترز", "ORG", "Reuters", opt=True)
# timexes
d.tx("9 يونيو 2024", None, "DATE", "2024-06-09")
d.tx("اليوم الاثنين", None, "DATE", "2024-06-10")
d.tx("الساعات الأربع والعشرين الماضية", None, "DURATION", "PT24H")
d.tx("يوم السبت", None, "DATE", "2024-06-08")
d.tx("دخلت القطاع يوميا", "يوميا", "SET", "P1D", opt=True)
d.tx("يوميا الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2024-W23")
d.tx("منتصف يوليو تموز", None, "DATE", "2024-07", mod="MID")
d.tx("أمس الأحد", None, "DATE", "2024-06-09")
d.tx("فجر اليوم", None, "TIME", "2024-06-10TMO", note="part of day + day: TIME with the TIMEX3 part-of-day code")
d.tx("السابع من أكتوبر تشرين الأول", None, "DATE", "2023-10-07", note="year inferred from publication date")
# attributions
d.attr("indirect", ("وزارة الصحة تقول", "تقول"), ("وزارة الصحة تقول", "وزارة الصحة"),
       ("274 فلسطينيا قتلوا في عملية إسرائيلية لاستعادة رهائن في مخيم النصيرات", None), "institution", GHM)
d.attr("indirect", ("وإسرائيل تقول", "تقول"), ("وإسرائيل تقول", "إسرائيل"), ("العدد أقل من ذلك", None), "institution", "Israel")
d.attr("indirect", ("قالت وزارة الصحة في قطاع", "قالت"), ("قالت وزارة الصحة في قطاع", "وزارة الصحة"),
       ("عدد القتلى الفلسطينيين منذ بدء الحرب مع إسرائيل ارتفع إلى 37124 قتيلا، إضافة إلى 84712 مصابا", None), "institution", GHM)
d.attr("indirect", ("مشيرة إلى أن 40", "مشيرة"), ("قالت وزارة الصحة في قطاع", "وزارة الصحة"),
       ("40 شخصا على الأقل قتلوا خلال الساعات الأربع والعشرين الماضية", None), "institution", GHM)
d.attr("indirect", ("وتقول الوزارة", "تقول"), ("وتقول الوزارة", "الوزارة"), ("نحو ثلثي القتلى من النساء والأطفال", None), "institution", GHM)
d.attr("direct", ("وقال المتحدث باسم الوزارة", "قال"), ("أشرف القدرة", None),
       ("المستشفيات القليلة التي لا تزال تعمل في وسط القطاع تستقبل أعدادا تفوق طاقتها بكثير", None), "person", "Ashraf al-Qudra", role="المتحدث باسم الوزارة")
d.attr("indirect", ("مضيفا أن عشرات", "مضيفا"), ("أشرف القدرة", None), ("عشرات الجرحى ما زالوا ينتظرون إجلاءهم إلى الخارج", None), "person", "Ashraf al-Qudra")
d.attr("indirect", ("الوزارة قد أعلنت", "أعلنت"), ("وكانت الوزارة قد", "الوزارة"),
       ("مقتل 274 فلسطينيا وإصابة نحو 700 آخرين في العملية التي نفذتها القوات الإسرائيلية في مخيم النصيرات", None), "institution", GHM, opt=True)
d.attr("indirect", ("وقال المتحدث باسم الجيش", "قال"), ("دانيال هاغاري", None), ("عدد القتلى “أقل من 100”", None), "person", "Daniel Hagari", role="المتحدث باسم الجيش الإسرائيلي")
d.attr("indirect", ("(أونروا)، طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، إن", "إن") if False else ("وقال مسؤول في وكالة", "قال"),
       ("وقال مسؤول في وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "مسؤول في وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"),
       ("ما بين 50 و60 شاحنة مساعدات فقط دخلت القطاع يوميا الأسبوع الماضي، مقارنة بنحو 500 شاحنة قبل الحرب", None), "anonymous",
       condition="طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام")
d.attr("indirect", ("وحذر المفوض", "حذر"), ("فيليب لازاريني", None),
       ("أكثر من مليون شخص في غزة قد يواجهون “أعلى مستوى من الجوع” بحلول منتصف يوليو تموز", None), "person", "Philippe Lazzarini")
d.attr("indirect", ("قال سكان", "قال"), ("قال سكان", "سكان"), ("الدبابات الإسرائيلية توغلت أمس الأحد في أحياء جديدة غرب المدينة", None), "anonymous")
d.attr("indirect", ("وقال مسعفون", "قال"), ("وقال مسعفون", "مسعفون"), ("ثلاثة أشخاص قتلوا في غارة على منزل في خان يونس فجر اليوم", None), "anonymous")
d.attr("indirect", ("وتقول إسرائيل إن", "تقول"), ("وتقول إسرائيل إن", "إسرائيل"),
       ("هجوم حماس على جنوب إسرائيل في السابع من أكتوبر تشرين الأول أدى إلى مقتل نحو 1200 شخص واحتجاز أكثر من 250 رهينة، وإن نحو 120 منهم لا يزالون في غزة", None), "institution", "Israel")
# claims
H = ["لا تفرق الوزارة في إحصاءاتها بين المدنيين والمقاتلين", "لا يمكن لرويترز التحقق من الأرقام بشكل مستقل"]
d.claim("أكثر من 37 ألفا", None, 37000, "lower", "killed", "Palestinians killed in Gaza", None)
d.claim("تقول إن 274 فلسطينيا", "274", 274, "exact", "killed", "Palestinians killed in the Nuseirat operation", "وزارة الصحة")
d.claim("37124", None, 37124, "exact", "killed", "Palestinians killed since the war began", "وزارة الصحة في قطاع غزة", H)
d.claim("84712", None, 84712, "exact", "injured", "Palestinians injured since the war began", "وزارة الصحة في قطاع غزة", H)
d.claim("أن 40 شخصا على الأقل", "40 شخصا على الأقل", 40, "lower", "killed", "people killed in the previous 24 hours", "وزارة الصحة في قطاع غزة", H)
d.claim("عشرات الجرحى", "عشرات", 20, "lower", "injured", "wounded awaiting evacuation", "أشرف القدرة", opt=True)
d.claim("مقتل 274 فلسطينيا", "274", 274, "exact", "killed", "Palestinians killed in the Nuseirat operation", "الوزارة", date="2024-06-08")
d.claim("نحو 700 آخرين", "نحو 700", 700, "approx", "injured", "Palestinians injured in the Nuseirat operation", "الوزارة", date="2024-06-08")
d.claim("أربعة رهائن", "أربعة", 4, "exact", "hostages", "hostages freed in the Nuseirat operation", None)
d.claim("“أقل من 100”", "أقل من 100", 100, "upper", "killed", "people killed in the Nuseirat operation", "دانيال هاغاري")
d.claim("ما بين 50 و60 شاحنة", None, 50, "approx", "aid", "aid trucks entering Gaza daily", "مسؤول في وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", value_max=60)
d.claim("بنحو 500 شاحنة", None, 500, "approx", "aid", "aid trucks daily before the war", "مسؤول في وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين")
d.claim("أكثر من مليون شخص في غزة", "أكثر من مليون", 1000000, "lower", "other", "people facing the highest level of hunger", "فيليب لازاريني", opt=True)
d.claim("ثلاثة أشخاص قتلوا", "ثلاثة", 3, "exact", "killed", "people killed in a strike in Khan Yunis", "مسعفون")
d.claim("نحو 1200 شخص", None, 1200, "approx", "killed", "people killed in the 7 October attack", "إسرائيل", date="2023-10-07")
d.claim("أكثر من 250 رهينة", None, 250, "lower", "hostages", "hostages taken on 7 October", "إسرائيل", date="2023-10-07")
d.claim("نحو 120 منهم", "نحو 120", 120, "approx", "hostages", "hostages still held in Gaza", "إسرائيل")
# events
d.ev("عملية إسرائيلية لاستعادة", "عملية", "ASSAULT", ["Israel"], [], "2024-06-08", "Nuseirat Camp", opt=True)
d.ev("في العملية التي نفذتها", "العملية", "ASSAULT", ["Israel"], [], "2024-06-08", "Nuseirat Camp")
d.ev("دخلت القطاع يوميا", "دخلت", "AID", [], ["Gaza Strip"], "2024-W23", "Gaza Strip", opt=True)
d.ev("توغلت", None, "ASSAULT", ["Israel"], [], "2024-06-09", "Rafah")
d.ev("قصفت طائرات", "قصفت", "ASSAULT", ["Israel"], [], "2024-06-09", "Rafah", mode="aerial")
d.ev("في غارة على منزل", "غارة", "ASSAULT", ["Israel"], [], "2024-06-10", "Khan Yunis", mode="aerial")
d.ev("هجوم حماس", "هجوم", "ASSAULT", ["Hamas"], ["Israel"], "2023-10-07", "Israel")
d.ev("واحتجاز أكثر", "احتجاز", "ASSAULT", ["Hamas"], ["Israel"], "2023-10-07", "Israel", mode="abduct", opt=True)
d.write()
