from lib import Doc
d = Doc("eval-003", "2024-08-22")
d.set_chrome("أخبار السودان | تقارير | مقالات الرأي", "اقرأ أيضا", "السودان: مقتل العشرات في قصف على سوق بالفاشر")
d.set_headline("شاحنات المساعدات تعبر")
d.set_dek("وكالات أممية تحذر")
d.add_caption("شاحنات تابعة", ["تصوير: محمد نور الدين"], ["2024-08-21"])
d.ents([
 ("السودان", "GPE", "Sudan"), ("معبر أدري", "FAC", "Adré border crossing"), ("أدري", "GPE", "Adré"),
 ("إقليم دارفور", "GPE", "Darfur", "opt"), ("دارفور", "GPE", "Darfur"), ("شمال دارفور", "GPE", "North Darfur"),
 ("تشاد", "GPE", "Chad"), ("برنامج الأغذية العالمي", "ORG", "World Food Programme"),
 ("محمد نور الدين", "PERSON", "Mohamed Nour Eldin", "opt"),
 ("الحكومة السودانية", "ORG", "Government of Sudan", "opt"), ("السودانية", "NORP", "Sudanese"), ("السوداني", "NORP", "Sudanese"),
 ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "Office for the Coordination of Humanitarian Affairs"),
 ("أوتشا", "ORG", "Office for the Coordination of Humanitarian Affairs"),
 ("الأمم المتحدة", "ORG", "United Nations"),
 ("بورتسودان", "GPE", "Port Sudan"), ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
 ("ليني كينزلي", "PERSON", "Leni Kinzli"), ("جنيف", "GPE", "Geneva"),
 ("مخيم زمزم", "GPE", "Zamzam camp"), ("الفاشر", "GPE", "El Fasher"),
 ("عبد الفتاح البرهان", "PERSON", "Abdel Fattah al-Burhan"), ("محمد حمدان دقلو", "PERSON", "Mohamed Hamdan Dagalo"),
 ("المنظمة الدولية للهجرة", "ORG", "International Organization for Migration"),
 ("مصر", "GPE", "Egypt"), ("جنوب السودان", "GPE", "South Sudan"), ("الجنينة", "GPE", "Geneina"),
 ("سويسرا", "GPE", "Switzerland"), ("الولايات المتحدة", "GPE", "United States"),
 ("الجيش السوداني", "ORG", "Sudanese Armed Forces"), ("الأمريكي", "NORP", "American"),
 ("توم بيرييلو", "PERSON", "Tom Perriello"),
])
d.ent("بين الجيش بقيادة", "الجيش", "ORG", "Sudanese Armed Forces", opt=True)
d.tx("منذ أشهر", None, "DURATION", "PXM", opt=True)
d.tx("21 أغسطس 2024", None, "DATE", "2024-08-21")
d.tx("يوم الأربعاء", None, "DATE", "2024-08-21")
d.tx("الأسبوع الماضي", None, "DATE", "2024-W33")
d.tx("لمدة ثلاثة أشهر", "ثلاثة أشهر", "DURATION", "P3M")
d.tx("خلال الأيام المقبلة", "الأيام المقبلة", "DATE", "FUTURE_REF", opt=True)
d.tx("فبراير الماضي", None, "DATE", "2024-02")
d.tx("تصل يوميا", "يوميا", "SET", "P1D", opt=True)
d.tx("أبريل 2023", None, "DATE", "2023-04")
d.tx("الشهرين الماضيين", None, "DURATION", "P2M")
d.tx("لهذا العام", "هذا العام", "DATE", "2024")
OCHA = "Office for the Coordination of Humanitarian Affairs"
d.attr("indirect", ("وكالات أممية تحذر", "تحذر"), ("وكالات أممية تحذر", "وكالات أممية"),
       ("الكميات لا تكفي لتلبية احتياجات ملايين النازحين", None), "institution", opt=True)
d.attr("indirect", ("وقال مكتب الأمم المتحدة", "قال"), ("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
       ("15 شاحنة تحمل أغذية وأدوية ومستلزمات إيواء دخلت البلاد، ومن المتوقع أن تتبعها عشرات الشاحنات الأخرى خلال الأيام المقبلة", None), "institution", OCHA)
d.attr("indirect", ("متهمة قوات", "متهمة"), ("السلطات في بورتسودان", None), ("قوات الدعم السريع باستخدامه لإدخال الأسلحة", None), "institution", "Government of Sudan", opt=True)
d.attr("direct", ("وقالت المتحدثة", "قالت"), ("ليني كينزلي", None), ("هذه خطوة مهمة، لكنها لا تمثل سوى قطرة في بحر الاحتياجات", None), "person", "Leni Kinzli", role="المتحدثة باسم برنامج الأغذية العالمي")
d.attr("indirect", ("وأضافت أن نحو", "أضافت"), ("ليني كينزلي", None), ("نحو 26 مليون شخص في السودان يعانون من الجوع الحاد، وأن المجاعة تأكد حدوثها في مخيم زمزم للنازحين قرب الفاشر", None), "person", "Leni Kinzli")
d.attr("indirect", ("بحسب المنظمة الدولية", "بحسب"), ("بحسب المنظمة الدولية للهجرة", "المنظمة الدولية للهجرة"), ("عدد النازحين داخل السودان وخارجه بأكثر من 10 ملايين شخص منذ اندلاع الحرب", None), "institution", "International Organization for Migration", opt=True)
d.attr("direct", ("وقال عامل إغاثة", "قال"), ("وقال عامل إغاثة", "عامل إغاثة"), ("مئات العائلات تصل يوميا إلى المدينة هربا من القتال في شمال دارفور", None), "anonymous", condition="طلب عدم الكشف عن اسمه خشية الانتقام")
d.attr("indirect", ("وأضاف أن الأسعار", "أضاف"), ("وقال عامل إغاثة", "عامل إغاثة"), ("الأسعار في الأسواق تضاعفت ثلاث مرات خلال الشهرين الماضيين", None), "anonymous")
d.attr("indirect", ("وقال المبعوث", "قال"), ("توم بيرييلو", None), ("المحادثات أسفرت عن ضمانات لفتح ممرات إنسانية", None), "person", "Tom Perriello", role="المبعوث الأمريكي الخاص إلى السودان")
d.attr("indirect", ("وتقدر الأمم المتحدة", "تقدر"), ("وتقدر الأمم المتحدة", "الأمم المتحدة"), ("خطة الاستجابة الإنسانية للسودان لهذا العام، البالغة 2.7 مليار دولار، لم تمول إلا بنسبة 32%", None), "institution", "United Nations")
d.claim("ملايين النازحين", "ملايين", 2000000, "lower", "displaced", "displaced people in Sudan", "وكالات أممية", opt=True)
d.claim("15 شاحنة", None, 15, "exact", "aid", "aid trucks that crossed at Adré", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
d.claim("عشرات الشاحنات", "عشرات", 20, "lower", "aid", "further aid trucks expected", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", opt=True)
d.claim("نحو 26 مليون شخص", "نحو 26 مليون", 26000000, "approx", "other", "people facing acute hunger in Sudan", "ليني كينزلي", opt=True)
d.claim("بأكثر من 10 ملايين", "أكثر من 10 ملايين", 10000000, "lower", "displaced", "people displaced inside and outside Sudan", "المنظمة الدولية للهجرة")
d.claim("أكثر من مليوني شخص", "أكثر من مليوني", 2000000, "lower", "displaced", "refugees in neighbouring countries", None)
d.claim("مئات العائلات", "مئات", 200, "lower", "displaced", "families arriving daily in Geneina", "عامل إغاثة", opt=True)
d.claim("2.7 مليار دولار", None, 2700000000, "exact", "money", "Sudan humanitarian response plan", "الأمم المتحدة", unit="USD")
d.claim("32%", None, 32, "exact", "percent", "share of the plan funded", "الأمم المتحدة", unit="percent")
d.ev("شاحنات المساعدات تعبر", "تعبر", "AID", ["World Food Programme"], ["Sudan"], "2024-08-21", "Adré", opt=True)
d.ev("عبرت أول قافلة", "قافلة", "AID", ["World Food Programme"], ["Sudan"], "2024-08-21", "Adré")
d.ev("وافقت الحكومة", "وافقت", "AGREE", ["Government of Sudan"], [], "2024-W33", "Adré", opt=True)
d.ev("قد أغلقت المعبر", "أغلقت", "COERCE", ["Government of Sudan"], [], "2024-02", "Adré", opt=True)
d.ev("متهمة قوات", "متهمة", "ACCUSE", ["Government of Sudan"], ["Rapid Support Forces"], None, None)
d.ev("وهو ما نفته", "نفته", "REJECT", ["Rapid Support Forces"], ["Government of Sudan"], None, None, opt=True)
d.ev("تتواصل في سويسرا محادثات", "محادثات", "CONSULT", ["United States"], ["Rapid Support Forces"], None, "Switzerland")
d.ev("محادثات دعت إليها", "دعت", "REQUEST", ["United States"], [], None, "Switzerland", opt=True)
d.ev("لم يشارك فيها", "يشارك", "CONSULT", ["Sudanese Armed Forces"], [], None, "Switzerland", modality="negated", opt=True)
d.write()
