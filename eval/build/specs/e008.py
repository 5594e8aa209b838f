from lib import Doc
d = Doc("eval-008", "2025-04-21")
d.set_chrome("الرئيسية | وطنية | جهات | عالمية | رياضة | ثقافة", "اقرأ أيضا", "الكلمات المفاتيح: تونس، قضية التآمر، احتجاجات")
d.set_headline("تونس: مسيرة احتجاجية")
d.set_dek("المعارضة تدعو")
d.add_caption("محتجون يرفعون", ["تصوير: نزار الهمامي"], ["2025-04-20"])
NSF = "National Salvation Front (Tunisia)"
d.ents([
 ("تونس", "GPE", "Tunis"), ("التونسيين", "NORP", "Tunisian"),
 ("شارع الحبيب بورقيبة", "FAC", "Habib Bourguiba Avenue"), ("الحبيب بورقيبة", "PERSON", "Habib Bourguiba"),
 ("الدائرة الجنائية المختصة في قضايا الإرهاب بالمحكمة الابتدائية بتونس", "ORG", "Court of First Instance of Tunis", "opt"),
 ("المحكمة الابتدائية بتونس", "ORG", "Court of First Instance of Tunis"),
 ("نزار الهمامي", "PERSON", "Nizar Hammami", "opt"),
 ("جبهة الخلاص الوطني", "ORG", NSF),
 ("هيئة الدفاع عن المتهمين", "ORG", "defence committee of the accused", "opt"),
 ("وزارة الداخلية", "ORG", "Ministry of the Interior (Tunisia)"),
 ("قيس سعيد", "PERSON", "Kais Saied"), ("ليلى جفال", "PERSON", "Leila Jaffel"), ("قصر قرطاج", "FAC", "Carthage Palace"),
 ("الاتحاد العام التونسي للشغل", "ORG", "Tunisian General Labour Union"), ("التونسي", "NORP", "Tunisian"),
 ("منظمة العفو الدولية", "ORG", "Amnesty International"), ("قصر العدالة", "FAC", "Palace of Justice (Tunis)", "opt"),
])
d.ent("تونس: مسيرة", "تونس", "GPE", "Tunisia")
d.tx("أمس الأحد", None, "DATE", "2025-04-20")
d.tx("فجر يوم السبت 19 أفريل 2025", None, "TIME", "2025-04-19TMO")
d.tx("20 أفريل 2025", None, "DATE", "2025-04-20")
d.tx("بين 13 و66 عاما", "13 و66 عاما", "DURATION", "P13Y", opt=True, note="prison terms from 13 to 66 years")
d.tx("فيفري 2023", None, "DATE", "2023-02")
d.tx("في ساعة متأخرة من الليل", "ساعة متأخرة من الليل", "TIME", "2025-04-20TNI", opt=True)
d.tx("صباح اليوم الاثنين", None, "TIME", "2025-04-21TMO")
d.tx("مساء السبت", None, "TIME", "2025-04-19TEV")
d.tx("منذ أكثر من عامين", None, "DURATION", "P2Y", mod="MORE_THAN")
d.tx("جانفي الماضي", None, "DATE", "2025-01")
d.tx("يوم السبت المقبل", None, "DATE", "2025-04-26")
d.attr("direct", ("ورفع المحتجون", "رفع"), ("ورفع المحتجون", "المحتجون"), ("حريات حريات دولة البوليس وفات", None), "anonymous", opt=True)
d.attr("direct", ("ورفع المحتجون", "رفع"), ("ورفع المحتجون", "المحتجون"), ("لا خوف لا رعب الشارع ملك الشعب", None), "anonymous", opt=True)
d.attr("indirect", ("وقالت هيئة الدفاع", "قالت"), ("هيئة الدفاع عن المتهمين", None), ("المحاكمة \"افتقرت إلى أبسط شروط المحاكمة العادلة\"", None), "institution")
d.attr("indirect", ("مشيرة إلى أن جلسة", "مشيرة"), ("هيئة الدفاع عن المتهمين", None), ("جلسة النطق بالحكم عقدت دون حضور المتهمين الموقوفين منذ فيفري 2023", None), "institution")
d.attr("indirect", ("وأفاد شهود", "أفاد"), ("شهود عيان", None),
       ("قوات الأمن أوقفت ما لا يقل عن سبعة محتجين عند نهاية المسيرة قرب مقر وزارة الداخلية، قبل أن تطلق سراح ثلاثة منهم في ساعة متأخرة من الليل", None), "anonymous")
d.attr("direct", ("قال الرئيس قيس", "قال"), ("قيس سعيد", None), ("القضاء مستقل ولا أحد فوق القانون", None), "person", "Kais Saied", role="الرئيس")
d.attr("direct", ("مضيفا أن \"من", "مضيفا"), ("قيس سعيد", None), ("من تآمر على الدولة يجب أن يحاسب", None), "person", "Kais Saied")
d.attr("indirect", ("عبر الاتحاد", "عبر"), ("الاتحاد العام التونسي للشغل", None), ("\"انشغاله العميق\" إزاء الأحكام", None), "institution", "Tunisian General Labour Union", opt=True)
d.attr("indirect", ("ودعا في بيان", "دعا"), ("الاتحاد العام التونسي للشغل", None), ("\"الإفراج عن كل الموقوفين بسبب آرائهم\"", None), "institution", "Tunisian General Labour Union", opt=True)
d.attr("indirect", ("واعتبرت أنها", "اعتبرت"), ("منظمة العفو الدولية", None), ("تندرج ضمن حملة على المعارضة متواصلة منذ أكثر من عامين", None), "institution", "Amnesty International")
d.attr("indirect", ("مؤكدة أنها لن", "مؤكدة"), ("وأعلنت جبهة الخلاص الوطني", "جبهة الخلاص الوطني"), ("لن تتراجع عن \"الدفاع عن الحريات\"", None), "institution", NSF)
d.claim("مئات التونسيين", "مئات", 200, "lower", "other", "protesters in Tunis", None, opt=True)
d.claim("بين 13 و66 عاما", "13 و66", 13, "exact", "other", "prison terms", None, opt=True, value_max=66, unit="years")
d.claim("نحو 40 متهما", None, 40, "approx", "other", "defendants in the conspiracy case", None, opt=True)
d.claim("ما لا يقل عن سبعة محتجين", None, 7, "lower", "arrested", "protesters detained after the march", "شهود عيان")
d.claim("ثلاثة منهم", "ثلاثة", 3, "exact", "other", "detained protesters released", "شهود عيان", opt=True)
d.ev("مسيرة احتجاجية في العاصمة", "مسيرة", "PROTEST", [NSF], ["Tunisia"], "2025-04-20", "Tunis", opt=True)
d.ev("وإيقاف عدد", "إيقاف", "COERCE", ["Tunisia"], [], "2025-04-20", "Tunis", mode="arrest", opt=True)
d.ev("محتجون يرفعون", "محتجون", "PROTEST", [NSF], ["Tunisia"], "2025-04-20", "Tunis", opt=True)
d.ev("تظاهر مئات", "تظاهر", "PROTEST", [NSF], ["Tunisia"], "2025-04-20", "Tunis", mode="demonstrate")
d.ev("التي أصدرتها", "أصدرتها", "COERCE", ["Court of First Instance of Tunis"], [], "2025-04-19", "Tunis", opt=True)
d.ev("قوات الأمن أوقفت", "أوقفت", "COERCE", ["Tunisia"], [], "2025-04-20", "Tunis", mode="arrest")
d.ev("تطلق سراح", "تطلق", "CONCEDE", ["Tunisia"], [], "2025-04-20", "Tunis", opt=True)
d.ev("خلال لقائه", "لقائه", "CONSULT", ["Kais Saied"], ["Leila Jaffel"], "2025-04-19", "Carthage Palace", mode="meet")
d.ev("ودعا في بيان", "دعا", "REQUEST", ["Tunisian General Labour Union"], ["Tunisia"], None, None, opt=True)
d.ev("كما انتقدت", "انتقدت", "ACCUSE", ["Amnesty International"], ["Tunisia"], None, None, mode="disapprove")
d.ev("قد أوقفت منذ", "أوقفت", "COERCE", ["Tunisia"], [], "2025-01", None, mode="arrest")
d.ev("وقفة احتجاجية", "وقفة", "PROTEST", [NSF], ["Tunisia"], "2025-04-26", "Tunis", modality="planned")
d.write()
