from lib import Doc
d = Doc("eval-010", "2023-07-05")
d.set_chrome("الرئيسية   العالم   الشرق الأوسط   اقتصاد   ثقافة", "اقرأ أيضا", "الأكثر قراءة")
d.set_headline("الجيش الإسرائيلي ينسحب")
d.set_dek("عباس يعلن")
d.add_caption("فلسطينيون يتفقدون", ["أ ف ب"], ["2023-07-05"])
IDF, AFP = "Israel Defense Forces", "Agence France-Presse"
d.ents([
 ("الجيش الإسرائيلي", "ORG", IDF), ("الإسرائيلي", "NORP", "Israeli"), ("مخيم جنين", "GPE", "Jenin refugee camp"), ("جنين", "GPE", "Jenin"),
 ("عباس", "PERSON", "Mahmoud Abbas"), ("محمود عباس", "PERSON", "Mahmoud Abbas"), ("إسرائيل", "GPE", "Israel"),
 ("نتنياهو", "PERSON", "Benjamin Netanyahu"), ("بنيامين نتنياهو", "PERSON", "Benjamin Netanyahu"),
 ("فلسطينيون", "NORP", "Palestinian"), ("فلسطينيا", "NORP", "Palestinian"), ("الفلسطينيين", "NORP", "Palestinian"),
 ("الفلسطيني", "NORP", "Palestinian"), ("فلسطيني", "NORP", "Palestinian"), ("الفلسطينية", "NORP", "Palestinian"),
 ("الضفة الغربية", "GPE", "West Bank"), ("القوات الإسرائيلية", "ORG", IDF, "opt"), ("الإسرائيلية", "NORP", "Israeli"),
 ("إسرائيلي", "NORP", "Israeli"),
 ("أ ف ب", "ORG", AFP), ("الأراضي الفلسطينية", "GPE", "Palestinian territories"),
 ("وزارة الصحة الفلسطينية", "ORG", "Ministry of Health (Palestine)"), ("دانيال هاغاري", "PERSON", "Daniel Hagari"),
 ("وكالة فرانس برس", "ORG", AFP), ("أكرم الرجوب", "PERSON", "Akram Rajoub"),
 ("القيادة الفلسطينية", "ORG", "Palestinian Authority", "opt"), ("الأمم المتحدة", "ORG", "United Nations"),
 ("تل أبيب", "GPE", "Tel Aviv"), ("الخليل", "GPE", "Hebron"), ("حركة حماس", "ORG", "Hamas"), ("حماس", "ORG", "Hamas"),
 ("أنطونيو غوتيريش", "PERSON", "António Guterres"), ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
])
d.setopt("2023. (أ ف ب)", "أ ف ب")
d.tx("استمرت يومين", "يومين", "DURATION", "P2D")
d.tx("5 تموز/يوليو 2023", None, "DATE", "2023-07-05")
d.tx("فجر الأربعاء", None, "TIME", "2023-07-05TMO")
d.tx("نحو 48 ساعة", None, "DURATION", "PT48H", mod="APPROX")
d.tx("صباح الأربعاء", None, "TIME", "2023-07-05TMO")
d.tx("مساء الاثنين", None, "TIME", "2023-07-03TEV")
d.tx("مساء الثلاثاء", None, "TIME", "2023-07-04TEV")
d.tx("أشخاص الثلاثاء", "الثلاثاء", "DATE", "2023-07-04")
d.tx("منذ أكثر من عام", None, "DURATION", "P1Y", mod="MORE_THAN")
d.tx("مطلع العام الجاري", None, "DATE", "2023", mod="START")
d.attr("indirect", ("عباس يعلن", "يعلن"), ("عباس يعلن", "عباس"), ("وقف الاتصالات مع إسرائيل", None), "person", "Mahmoud Abbas", opt=True)
d.attr("indirect", ("وقالت وزارة الصحة", "قالت"), ("وزارة الصحة الفلسطينية", None),
       ("أكثر من 100 شخص أصيبوا بجروح، بينهم 20 في حال الخطر، خلال العملية التي شارك فيها مئات الجنود مدعومين بمسيرات وجرافات عسكرية", None), "institution", "Ministry of Health (Palestine)")
d.attr("indirect", ("وقال الناطق", "قال"), ("دانيال هاغاري", None), ("القوات “أنجزت أهدافها”", None), "person", "Daniel Hagari", role="الناطق باسم الجيش الإسرائيلي")
d.attr("indirect", ("مؤكدا اعتقال", "مؤكدا"), ("دانيال هاغاري", None), ("اعتقال 30 مطلوبا ومصادرة كميات كبيرة من الأسلحة والمتفجرات", None), "person", "Daniel Hagari", opt=True)
d.attr("indirect", ("وأضاف أن جميع", "أضاف"), ("دانيال هاغاري", None), ("جميع القتلى الفلسطينيين كانوا “مسلحين”", None), "person", "Daniel Hagari")
d.attr("indirect", ("وقال محافظ جنين", "قال"), ("أكرم الرجوب", None),
       ("نحو ثلاثة آلاف شخص نزحوا من المخيم خلال العملية، لجأ معظمهم إلى مدارس ومساجد في المدينة", None), "person", "Akram Rajoub", role="محافظ جنين")
d.attr("direct", ("مضيفا أن “البنية", "مضيفا"), ("أكرم الرجوب", None), ("البنية التحتية في المخيم دمرت بشكل شبه كامل", None), "person", "Akram Rajoub")
d.attr("indirect", ("القيادة الفلسطينية قد أعلنت", "أعلنت"), ("القيادة الفلسطينية", None), ("وقف كل أشكال الاتصال واللقاءات مع الجانب الإسرائيلي", None), "institution", "Palestinian Authority", opt=True)
d.attr("indirect", ("ودعا الرئيس محمود", "دعا"), ("محمود عباس", None), ("الأمم المتحدة إلى “توفير الحماية الدولية” للشعب الفلسطيني", None), "person", "Mahmoud Abbas", opt=True)
d.attr("direct", ("من جهته، قال رئيس", "قال"), ("بنيامين نتنياهو", None), ("أنهينا مهمتنا، لكن هذه ليست عملية لمرة واحدة", None), "person", "Benjamin Netanyahu", role="رئيس الوزراء الإسرائيلي")
d.attr("indirect", ("واعتبرته", None), ("وتبنت حركة حماس", "حركة حماس"), ("“ردا أوليا” على العملية في جنين", None), "institution", "Hamas", opt=True)
d.attr("indirect", ("أعربت منظمة", "أعربت"), ("منظمة الصحة العالمية", None), ("قلقها من عرقلة وصول سيارات الإسعاف إلى الجرحى", None), "institution", "World Health Organization", opt=True)
d.claim("مقتل 12 فلسطينيا", "12", 12, "exact", "killed", "Palestinians killed in the Jenin operation", "حصيلة رسمية")
d.claim("وجندي إسرائيلي", "جندي", 1, "exact", "killed", "Israeli soldier killed", "حصيلة رسمية", opt=True)
d.claim("أكثر من 100 شخص", None, 100, "lower", "injured", "people wounded in the operation", "وزارة الصحة الفلسطينية")
d.claim("بينهم 20 في حال", "20", 20, "exact", "injured", "critically wounded", "وزارة الصحة الفلسطينية")
d.claim("مئات الجنود", "مئات", 200, "lower", "other", "soldiers taking part", "وزارة الصحة الفلسطينية", opt=True)
d.claim("اعتقال 30 مطلوبا", "30", 30, "exact", "arrested", "wanted men arrested", "دانيال هاغاري")
d.claim("نحو ثلاثة آلاف شخص", "نحو ثلاثة آلاف", 3000, "approx", "displaced", "people displaced from the camp", "أكرم الرجوب")
d.claim("وعاد مئات", "مئات", 200, "lower", "other", "residents returning", None, opt=True)
d.claim("شيع آلاف", "آلاف", 2000, "lower", "other", "mourners", None, opt=True)
d.attr("indirect", ("بحسب تعداد", "بحسب"), ("تعداد لوكالة فرانس برس", "وكالة فرانس برس"), ("قتل منذ مطلع العام الجاري ما لا يقل عن 190 فلسطينيا", None), "institution", "Agence France-Presse", opt=True)
d.claim("أصيب ثمانية أشخاص", "ثمانية", 8, "exact", "injured", "people wounded in the Tel Aviv attack", None)
d.claim("ما لا يقل عن 190 فلسطينيا", None, 190, "lower", "killed", "Palestinians killed since the start of the year", "وكالة فرانس برس")
d.ev("الجيش الإسرائيلي ينسحب", "ينسحب", "RETREAT", ["Israel"], [], "2023-07-05", "Jenin refugee camp", opt=True)
d.ev("عباس يعلن وقف", "وقف", "SANCTION", ["Mahmoud Abbas"], ["Israel"], "2023-07-03", None, opt=True)
d.ev("ونتنياهو يتوعد", "يتوعد", "THREATEN", ["Benjamin Netanyahu"], [], None, None, opt=True)
d.ev("بعد عملية استمرت", "عملية", "ASSAULT", ["Israel"], [], None, "Jenin refugee camp", opt=True)
d.ev("بعد انسحاب القوات", "انسحاب", "RETREAT", ["Israel"], [], "2023-07-05", "Jenin refugee camp")
d.ev("انسحب الجيش", "انسحب", "RETREAT", ["Israel"], [], "2023-07-05", "Jenin refugee camp")
d.ev("عملية عسكرية واسعة", "عملية", "ASSAULT", ["Israel"], [], None, "Jenin refugee camp")
d.ev("مؤكدا اعتقال", "اعتقال", "COERCE", ["Israel"], [], None, "Jenin refugee camp", mode="arrest")
d.ev("أعلنت مساء الاثنين وقف", "وقف", "SANCTION", ["Palestinian Authority"], ["Israel"], "2023-07-03", None, mode="reduce relations")
d.ev("ودعا الرئيس محمود", "دعا", "REQUEST", ["Mahmoud Abbas"], ["United Nations"], None, None)
d.ev("متعهدا بمواصلة", "متعهدا", "THREATEN", ["Benjamin Netanyahu"], [], "2023-07-04", None, opt=True)
d.ev("هجوم دهس", "هجوم", "ASSAULT", ["Hamas"], ["Israel"], "2023-07-04", "Tel Aviv")
d.ev("وتبنت حركة حماس الهجوم", "الهجوم", "ASSAULT", ["Hamas"], ["Israel"], "2023-07-04", "Tel Aviv", opt=True)
d.ev("ودعا الأمين العام", "دعا", "REQUEST", ["António Guterres"], [], None, None, opt=True)
d.write()
