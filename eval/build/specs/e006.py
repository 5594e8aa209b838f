from lib import Doc
d = Doc("eval-006", "2024-01-18")
d.set_chrome("الرئيسية  اليمن  الخليج  العالم  اقتصاد", "اقرأ أيضا", "الوسوم: اليمن | الحوثيون | البحر الأحمر")
d.set_headline("واشنطن تعيد إدراج")
d.set_dek("الحوثيون يتوعدون")
d.add_caption("سفينة شحن تعبر", ["رويترز"], ["2024-01-14"])
H = "Houthis"
d.ents([
 ("واشنطن", "GPE", "Washington, D.C."), ("الحوثيين", "ORG", H), ("الحوثيون", "ORG", H),
 ("جماعة الحوثي", "ORG", H), ("الحوثي", "ORG", H),
 ("أمريكية", "NORP", "American"), ("الأمريكي", "NORP", "American"), ("الأمريكية", "NORP", "American"), ("أمريكيون", "NORP", "American"),
 ("البحر الأحمر", "LOC", "Red Sea"), ("غزة", "GPE", "Gaza Strip"), ("الولايات المتحدة", "GPE", "United States"),
 ("اليمن", "GPE", "Yemen"), ("خليج عدن", "LOC", "Gulf of Aden"), ("عدن", "GPE", "Aden"),
 ("جيك سوليفان", "PERSON", "Jake Sullivan"),
 ("القيادة المركزية الأمريكية", "ORG", "United States Central Command"), ("سنتكوم", "ORG", "United States Central Command"),
 ("جينكو بيكاردي", "FAC", "Genco Picardy", "opt"),
 ("جزر مارشال", "GPE", "Marshall Islands"), ("مضيق باب المندب", "LOC", "Bab-el-Mandeb"),
 ("رويترز", "ORG", "Reuters", "opt"),
 ("يحيى سريع", "PERSON", "Yahya Saree"), ("الإسرائيلية", "NORP", "Israeli"),
 ("فلسطين", "GPE", "State of Palestine", "opt"),
 ("صنعاء", "GPE", "Sanaa"), ("البريطانية", "NORP", "British"),
 ("الجيش الأمريكي", "ORG", "United States Armed Forces"),
 ("المكتب السياسي للجماعة", "ORG", "Houthis", "opt"),
 ("محمد البخيتي", "PERSON", "Mohammed al-Bukhaiti"),
 ("الحكومة اليمنية", "ORG", "Government of Yemen", "opt"), ("اليمنية", "NORP", "Yemeni"), ("اليمنيين", "NORP", "Yemeni"),
 ("الأمم المتحدة", "ORG", "United Nations"), ("رأس الرجاء الصالح", "LOC", "Cape of Good Hope"),
])
d.tx("أمس الأربعاء", None, "DATE", "2024-01-17")
d.tx("بعد 30 يوما", None, "DURATION", "P30D")
d.tx("وبعد ساعات", "بعد ساعات", "DURATION", "PTXH", opt=True)
d.tx("14 يناير 2024", None, "DATE", "2024-01-14")
d.tx("الجمعة الماضية", None, "DATE", "2024-01-12")
d.tx("الأسبوع الماضي", None, "DATE", "2024-W02")
d.tx("تشرين الثاني/نوفمبر", None, "DATE", "2023-11")
d.attr("indirect", ("الحوثيون يتوعدون", "يتوعدون"), ("الحوثيون يتوعدون", "الحوثيون"), ("بمواصلة الهجمات في البحر الأحمر “حتى وقف العدوان على غزة”", None), "institution", H, opt=True)
d.attr("indirect", ("في خطوة قالت", "قالت"), ("أعلنت الولايات المتحدة", "الولايات المتحدة"),
       ("تهدف إلى قطع التمويل عن الجماعة بسبب هجماتها على السفن التجارية في البحر الأحمر وخليج عدن", None), "institution", "United States", opt=True)
d.attr("indirect", ("وقال مستشار", "قال"), ("جيك سوليفان", None),
       ("التصنيف سيدخل حيز التنفيذ بعد 30 يوما، وإنه “قد يعاد النظر فيه إذا توقف الحوثيون عن هجماتهم”", None), "person", "Jake Sullivan", role="مستشار الأمن القومي الأمريكي")
d.attr("indirect", ("وأكد مسؤولون", "أكد"), ("مسؤولون أمريكيون", None),
       ("العقوبات لن تشمل شحنات الغذاء والدواء والوقود الموجهة إلى اليمنيين", None), "unnamed_officials")
d.attr("indirect", ("قالت القيادة", "قالت"), ("قالت القيادة المركزية الأمريكية", "القيادة المركزية الأمريكية"),
       ("طائرة مسيرة أطلقت من مناطق سيطرة الحوثيين أصابت سفينة الشحن “جينكو بيكاردي” التي ترفع علم جزر مارشال وتملكها شركة أمريكية، على بعد نحو 70 ميلا بحريا جنوب شرق عدن", None),
       "institution", "United States Central Command")
d.attr("indirect", ("مشيرة إلى عدم", "مشيرة"), ("قالت القيادة المركزية الأمريكية", "القيادة المركزية الأمريكية"), ("عدم وقوع إصابات", None), "institution", "United States Central Command", opt=True)
d.attr("indirect", ("وقال في كلمة متلفزة", "قال"), ("يحيى سريع", None),
       ("قوات الجماعة “ستواصل منع السفن الإسرائيلية أو المتجهة إلى موانئ فلسطين المحتلة من الملاحة في البحرين الأحمر والعربي”", None), "person", "Yahya Saree")
d.attr("indirect", ("وفق الجيش الأمريكي", "وفق"), ("وفق الجيش الأمريكي", "الجيش الأمريكي"), ("للضربات الأمريكية والبريطانية التي استهدفت الأسبوع الماضي أكثر من 60 هدفا في 16 موقعا", None), "institution", "United States Armed Forces", opt=True)
d.attr("indirect", ("وقال عضو المكتب", "قال"), ("محمد البخيتي", None), ("التصنيف «لن يؤثر على موقفنا»", None), "person", "Mohammed al-Bukhaiti")
d.attr("indirect", ("متهما واشنطن", "متهما"), ("محمد البخيتي", None), ("واشنطن بـ«عسكرة البحر الأحمر»", None), "person", "Mohammed al-Bukhaiti", opt=True)
d.attr("indirect", ("ودعت المجتمع", "دعت"), ("رحبت الحكومة اليمنية", "الحكومة اليمنية"), ("المجتمع الدولي إلى تصنيف الجماعة منظمة إرهابية", None), "institution", "Government of Yemen", opt=True)
d.attr("indirect", ("وقال مصدر حكومي", "قال"), ("وقال مصدر حكومي في عدن", "مصدر حكومي"), ("القرار “تأخر كثيرا”", None), "anonymous")
d.attr("indirect", ("وحذرت منظمات", "حذرت"), ("وحذرت منظمات إغاثة", "منظمات إغاثة"), ("العقوبات قد تعقد عمل البنوك والمستوردين", None), "institution")
d.claim("نحو 70 ميلا", None, 70, "approx", "other", "distance from Aden", "القيادة المركزية الأمريكية", opt=True, unit="nautical miles")
d.claim("عشرات الآلاف من أنصار", "عشرات الآلاف", 20000, "lower", "other", "Houthi supporters marching in Sanaa", None, opt=True)
d.claim("أكثر من 60 هدفا", None, 60, "lower", "strikes", "targets hit by US and British strikes", "الجيش الأمريكي")
d.claim("16 موقعا", None, 16, "exact", "strikes", "sites hit by US and British strikes", "الجيش الأمريكي")
d.claim("نحو 90%", None, 90, "approx", "percent", "share of Yemen's food that is imported", "الأمم المتحدة", unit="percent")
d.claim("أكثر من 18 مليون", None, 18000000, "lower", "other", "people in Yemen needing humanitarian aid", "الأمم المتحدة", opt=True)
d.claim("أكثر من 30 هجوما", None, 30, "lower", "strikes", "Houthi attacks on merchant ships since November", None)
US, UK = "United States", "United Kingdom"
d.ev("تعيد إدراج", "إدراج", "SANCTION", [US], [H], "2024-01-17", None, opt=True)
d.ev("تستهدف سفينة", "تستهدف", "ASSAULT", [H], [US], "2024-01-17", "Gulf of Aden", opt=True)
d.ev("الحوثيون يتوعدون", "يتوعدون", "THREATEN", [H], [], None, "Red Sea", opt=True)
d.ev("إعادة تصنيف", "تصنيف", "SANCTION", [US], [H], "2024-01-17", None)
d.ev("أصابت سفينة", "أصابت", "ASSAULT", [H], [US], "2024-01-17", "Gulf of Aden", mode="drone")
d.ev("وتبنى المتحدث العسكري باسم الحوثيين يحيى سريع الهجوم", "الهجوم", "ASSAULT", [H], [US], "2024-01-17", "Gulf of Aden", opt=True)
d.ev("“ستواصل منع", "ستواصل", "THREATEN", [H], ["Israel"], None, "Red Sea", opt=True)
d.ev("في مسيرات", "مسيرات", "PROTEST", [H], [US, UK], "2024-01-12", "Sanaa", mode="demonstrate")
d.ev("للضربات الأمريكية", "للضربات", "ASSAULT", [US, UK], [H], "2024-W02", "Yemen", mode="aerial")
d.ev("متهما واشنطن", "متهما", "ACCUSE", ["Mohammed al-Bukhaiti"], [US], None, None)
d.ev("رحبت الحكومة", "رحبت", "SUPPORT", ["Government of Yemen"], [US], None, None, opt=True)
d.ev("ودعت المجتمع", "دعت", "REQUEST", ["Government of Yemen"], [], None, None, opt=True)
d.ev("30 هجوما", "هجوما", "ASSAULT", [H], [], None, "Red Sea")
d.write()
