from lib import Doc
d = Doc("eval-007", "2024-08-16")
d.set_chrome("الرئيسية / سياسة / عربي ودولي", "اقرأ أيضا")
d.set_headline("الوسطاء يقدمون")
d.set_dek("بيان مشترك لقطر")
d.add_caption("رئيس الوزراء وزير الخارجية القطري", ["وكالة الأنباء القطرية"], ["2024-08-15"])
MBA = "Mohammed bin Abdulrahman bin Jassim Al Thani"
CIA = "Central Intelligence Agency"
BURNS = "William J. Burns (diplomat)"
d.ents([
 ("غزة", "GPE", "Gaza Strip"), ("قطاع غزة", "GPE", "Gaza Strip"), ("الدوحة", "GPE", "Doha"), ("قطر", "GPE", "Qatar"),
 ("مصر", "GPE", "Egypt"), ("الولايات المتحدة", "GPE", "United States"), ("القطري", "NORP", "Qatari"), ("القطرية", "NORP", "Qatari"),
 ("محمد بن عبد الرحمن آل ثاني", "PERSON", MBA),
 ("وكالة المخابرات المركزية الأمريكية", "ORG", CIA), ("وكالة المخابرات المركزية", "ORG", CIA),
 ("الأمريكية", "NORP", "American"), ("الأمريكي", "NORP", "American"),
 ("وليام بيرنز", "PERSON", BURNS), ("وكالة الأنباء القطرية", "ORG", "Qatar News Agency", "opt"),
 ("إسرائيل", "GPE", "Israel"), ("حركة حماس", "ORG", "Hamas"), ("حماس", "ORG", "Hamas"),
 ("جو بايدن", "PERSON", "Joe Biden"), ("القاهرة", "GPE", "Cairo"), ("الإسرائيلي", "NORP", "Israeli"),
 ("جهاز الموساد", "ORG", "Mossad"), ("الموساد", "ORG", "Mossad"), ("ديفيد برنياع", "PERSON", "David Barnea"),
 ("المصري", "NORP", "Egyptian"), ("مصرية", "NORP", "Egyptian"),
 ("المخابرات العامة", "ORG", "General Intelligence Directorate (Egypt)"), ("عباس كامل", "PERSON", "Abbas Kamel"),
 ("وزارة الخارجية القطرية", "ORG", "Ministry of Foreign Affairs (Qatar)"), ("ماجد الأنصاري", "PERSON", "Majed al-Ansari"),
 ("سامي أبو زهري", "PERSON", "Sami Abu Zuhri"), ("وكالة رويترز", "ORG", "Reuters"), ("رويترز", "ORG", "Reuters"),
 ("نتنياهو", "PERSON", "Benjamin Netanyahu"), ("بنيامين نتنياهو", "PERSON", "Benjamin Netanyahu"),
 ("مكتب رئيس الوزراء الإسرائيلي", "ORG", "Prime Minister's Office (Israel)", "opt"),
 ("أنتوني بلينكن", "PERSON", "Antony Blinken"), ("إيران", "GPE", "Iran"), ("حزب الله", "ORG", "Hezbollah"),
 ("إسماعيل هنية", "PERSON", "Ismail Haniyeh"), ("طهران", "GPE", "Tehran"),
 ("وزارة الصحة", "ORG", "Gaza Health Ministry"), ("وزارة الصحة في غزة", "ORG", "Gaza Health Ministry"), ("الأمم المتحدة", "ORG", "United Nations"),
 ("المكتب السياسي لحماس", "ORG", "Hamas", "opt"),
])
d.tx("الأسبوع المقبل\n", "الأسبوع المقبل", "DATE", "2024-W34")
d.tx("15 أغسطس 2024", None, "DATE", "2024-08-15")
d.tx("اليوم الجمعة", None, "DATE", "2024-08-16")
d.tx("استمرت يومين", "يومين", "DURATION", "P2D")
d.tx("31 مايو", None, "DATE", "2024-05-31")
d.tx("قبل نهاية الأسبوع المقبل", "نهاية الأسبوع المقبل", "DATE", "2024-W34", mod="END")
d.tx("مطلع يوليو", None, "DATE", "2024-07", mod="START")
d.tx("الأسبوع الماضي", None, "DATE", "2024-W32")
d.tx("يوم الأحد", None, "DATE", "2024-08-18")
d.tx("قبل أكثر من عشرة أشهر", None, "DURATION", "P10M", mod="MORE_THAN", opt=True, note="anchors the start of the war (October 2023); DATE 2023-10 also defensible")
d.tx("أواخر الشهر الماضي", None, "DATE", "2024-07", mod="END")
d.tx("أمس الخميس", None, "DATE", "2024-08-15")
d.attr("indirect", ("بيان مشترك لقطر", "بيان"), ("بيان مشترك لقطر ومصر والولايات المتحدة", "قطر ومصر والولايات المتحدة"),
       ("المقترح يقلص الفجوات بين الطرفين", None), "institution", opt=True)
d.attr("indirect", ("وقالت الدول الوسيطة", "قالت"), ("الدول الوسيطة الثلاث", None),
       ("الولايات المتحدة قدمت، بدعم من قطر ومصر، “مقترحا لتقليص الفجوات” يتماشى مع المبادئ التي طرحها الرئيس الأمريكي جو بايدن في 31 مايو", None), "institution")
d.attr("indirect", ("مضيفة أن المحادثات", "مضيفة"), ("الدول الوسيطة الثلاث", None), ("المحادثات ستستأنف في القاهرة قبل نهاية الأسبوع المقبل", None), "institution")
d.attr("indirect", ("وقال المتحدث باسم وزارة", "قال"), ("ماجد الأنصاري", None), ("الوسطاء “أكثر تفاؤلا من أي وقت مضى”", None), "person", "Majed al-Ansari", role="المتحدث باسم وزارة الخارجية القطرية")
d.attr("direct", ("لكنه أقر", "أقر"), ("ماجد الأنصاري", None), ("الطريق لا يزال طويلا", None), "person", "Majed al-Ansari")
d.attr("indirect", ("قال القيادي", "قال"), ("سامي أبو زهري", None), ("الحديث عن اتفاق قريب «وهم»", None), "person", "Sami Abu Zuhri")
d.attr("indirect", ("متهما نتنياهو", "متهما"), ("سامي أبو زهري", None), ("نتنياهو بوضع «شروط جديدة» تعرقل التوصل إلى صفقة", None), "person", "Sami Abu Zuhri", opt=True)
d.attr("indirect", ("وأضاف أن الحركة", "أضاف"), ("سامي أبو زهري", None), ("الحركة لن تشارك في أي جولة لا تستند إلى ما وافقت عليه مطلع يوليو", None), "person", "Sami Abu Zuhri")
d.attr("direct", ("وأعلن مكتب", "أعلن"), ("مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو", None), ("يقدر جهود الوسطاء", None), "institution", "Prime Minister's Office (Israel)")
d.attr("indirect", ("مشيرا إلى أن إسرائيل", "مشيرا"), ("مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو", None), ("إسرائيل سترسل وفدها إلى القاهرة", None), "institution", "Prime Minister's Office (Israel)")
d.attr("indirect", ("مصادر مصرية قد أفادت", "أفادت"), ("مصادر مصرية", None),
       ("إسرائيل ألغت زيارة كانت مقررة لوفد أمني إلى القاهرة الأسبوع الماضي، احتجاجا على ما وصفته بتسريبات إعلامية", None), "anonymous")
d.attr("indirect", ("وأعلنت وزارة الصحة", "أعلنت"), ("وأعلنت وزارة الصحة في غزة", "وزارة الصحة في غزة"), ("عدد القتلى تجاوز 40 ألفا منذ بدء الحرب", None), "institution", "Gaza Health Ministry")
d.attr("indirect", ("فيما تقول الأمم", "تقول"), ("فيما تقول الأمم المتحدة", "الأمم المتحدة"), ("نحو 90% من سكان القطاع نزحوا مرة واحدة على الأقل", None), "institution", "United Nations")
d.claim("تجاوز 40 ألفا", None, 40000, "lower", "killed", "people killed in Gaza since the war began", "وزارة الصحة في غزة")
d.claim("نحو 90%", None, 90, "approx", "displaced", "share of Gaza's population displaced at least once", "الأمم المتحدة", unit="percent")
Q, E, US, IL = "Qatar", "Egypt", "United States", "Israel"
d.ev("ومحادثات الدوحة تستأنف", "تستأنف", "CONSULT", [Q, E, US, IL], [], "2024-W34", None, modality="planned", opt=True)
d.ev("يستقبل مدير", "يستقبل", "CONSULT", [MBA], [BURNS], "2024-08-15", "Doha", mode="meet")
d.ev("جولة من المحادثات", "المحادثات", "CONSULT", [Q, E, US, IL], [], "2024-08-16", "Doha")
d.ev("غاب وفد", "غاب", "CONSULT", ["Hamas"], [], "2024-08-16", "Doha", modality="negated", opt=True)
d.ev("أن المحادثات ستستأنف", "ستستأنف", "CONSULT", [Q, E, US, IL], [], "2024-W34", "Cairo", modality="planned", opt=True)
d.ev("متهما نتنياهو", "متهما", "ACCUSE", ["Sami Abu Zuhri"], ["Benjamin Netanyahu"], None, None)
d.ev("لن تشارك", "تشارك", "CONSULT", ["Hamas"], [], None, None, modality="negated", opt=True)
d.ev("سترسل وفدها", "سترسل", "CONSULT", [IL], [E], None, "Cairo", modality="planned", opt=True)
d.ev("إسرائيل ألغت زيارة", "ألغت", "REJECT", [IL], [E], "2024-W32", "Cairo", note="cancelled a delegation's visit")
d.ev("في زيارة هي التاسعة", "زيارة", "CONSULT", ["Antony Blinken"], [IL], "2024-08-18", "Israel", mode="visit", modality="planned")
d.ev("توعدت إيران", "توعدت", "THREATEN", ["Iran", "Hezbollah"], [IL], None, None)
d.ev("اغتيال رئيس", "اغتيال", "ASSAULT", [], ["Ismail Haniyeh", "Hamas"], "2024-07", "Tehran")
d.write()
