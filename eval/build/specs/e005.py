from lib import Doc
d = Doc("eval-005", "2024-03-07")
d.set_chrome("الرئيسية | اقتصاد | بنوك | بورصة | عقارات", "اقرأ أيضا: أسعار الذهب تتراجع بعد قرار البنك المركزي", "تابعونا على فيسبوك")
d.set_headline("البنك المركزي يرفع")
d.set_dek("صندوق النقد يعلن")
d.add_caption("محافظ البنك المركزي المصري", ["تصوير: أحمد حسن"], ["2024-03-06"])
CBE = "Central Bank of Egypt"
IMF = "International Monetary Fund"
d.ents([
 ("البنك المركزي", "ORG", CBE), ("البنك المركزي المصري", "ORG", CBE), ("المصري", "NORP", "Egyptian"),
 ("صندوق النقد", "ORG", IMF), ("صندوق النقد الدولي", "ORG", IMF),
 ("لجنة السياسة النقدية", "ORG", "Monetary Policy Committee (Central Bank of Egypt)", "opt"),
 ("حسن عبد الله", "PERSON", "Hassan Abdalla"), ("القاهرة", "GPE", "Cairo"), ("أحمد حسن", "PERSON", "Ahmed Hassan", "opt"),
 ("الحكومة المصرية", "ORG", "Government of Egypt", "opt"), ("المصرية", "NORP", "Egyptian"),
 ("المجلس التنفيذي للصندوق", "ORG", "IMF Executive Board", "opt"),
 ("مصر", "GPE", "Egypt"), ("إيفانا فلادكوفا هولار", "PERSON", "Ivanna Vladkova Hollar"),
 ("مصطفى مدبولي", "PERSON", "Mostafa Madbouly"), ("الاتحاد الأوروبي", "ORG", "European Union"),
 ("رأس الحكمة", "LOC", "Ras El Hekma"), ("الساحل الشمالي", "LOC", "North Coast (Egypt)", "opt"),
 ("الإمارات", "GPE", "United Arab Emirates"), ("البورصة المصرية", "ORG", "Egyptian Exchange"),
 ("الجهاز المركزي للتعبئة العامة والإحصاء", "ORG", "Central Agency for Public Mobilization and Statistics"),
])
d.tx("أمس الأربعاء", None, "DATE", "2024-03-06")
d.tx("لليلة واحدة", None, "DURATION", "P1D", opt=True, note="part of the name of the overnight rate")
d.tx("منذ نحو عام", None, "DURATION", "P1Y", mod="APPROX")
d.tx("مطلع العام الجاري", None, "DATE", "2024", mod="START")
d.tx("٦ مارس ٢٠٢٤", None, "DATE", "2024-03-06")
d.tx("وبعد ساعات", "بعد ساعات", "DURATION", "PTXH", opt=True)
d.tx("بعد أسبوعين", None, "DURATION", "P2W", opt=True)
d.tx("اليوم الخميس", None, "DATE", "2024-03-07")
d.tx("يناير الماضي", None, "DATE", "2024-01")
d.tx("الأشهر المقبلة", None, "DURATION", "PXM", opt=True)
d.tx("الأيام المقبلة", None, "DATE", "FUTURE_REF", opt=True)
d.tx("حتى الآن", "الآن", "DATE", "PRESENT_REF", opt=True)
d.attr("indirect", ("أعلن البنك المركزي", "أعلن"), ("أعلن البنك المركزي المصري", "البنك المركزي المصري"),
       ("رفع أسعار الفائدة الرئيسية بواقع ٦٠٠ نقطة أساس في اجتماع استثنائي للجنة السياسة النقدية", None), "institution", CBE, opt=True)
d.attr("indirect", ("وقال محافظ", "قال"), ("حسن عبد الله في", "حسن عبد الله"),
       ("القرار يستهدف «القضاء على السوق الموازية للعملة بشكل نهائي» واحتواء الضغوط التضخمية", None), "person", "Hassan Abdalla", role="محافظ البنك المركزي")
d.attr("indirect", ("مشيرا إلى أن البنك", "مشيرا"), ("حسن عبد الله في", "حسن عبد الله"), ("البنك سيواصل التدخل إذا لزم الأمر", None), "person", "Hassan Abdalla")
d.attr("indirect", ("أعلن صندوق النقد", "أعلن"), ("أعلن صندوق النقد الدولي", "صندوق النقد الدولي"),
       ("توصله إلى اتفاق على مستوى الخبراء مع الحكومة المصرية لزيادة قيمة برنامج التمويل من ٣ مليارات دولار إلى ٨ مليارات دولار", None), "institution", IMF, opt=True)
d.attr("indirect", ("وقالت رئيسة", "قالت"), ("إيفانا فلادكوفا هولار", None), ("السلطات “اتخذت خطوات حاسمة”", None), "person", "Ivanna Vladkova Hollar")
d.attr("indirect", ("مؤكدة أن مرونة", "مؤكدة"), ("إيفانا فلادكوفا هولار", None), ("مرونة سعر الصرف تمثل حجر الزاوية في البرنامج", None), "person", "Ivanna Vladkova Hollar")
d.attr("indirect", ("قال رئيس الوزراء", "قال"), ("مصطفى مدبولي", None), ("الحكومة تتوقع تدفقات إضافية من شركاء دوليين، من بينها حزمة من الاتحاد الأوروبي", None), "person", "Mostafa Madbouly")
d.attr("indirect", ("ويرى محللون", "يرى"), ("ويرى محللون", "محللون"),
       ("التضخم، الذي بلغ ٢٩٫٨٪ على أساس سنوي في يناير الماضي وفقا للجهاز المركزي للتعبئة العامة والإحصاء، قد يرتفع مؤقتا خلال الأشهر المقبلة نتيجة انخفاض قيمة العملة", None), "anonymous", opt=True)
d.attr("indirect", ("وقالت مصادر مصرفية", "قالت"), ("وقالت مصادر مصرفية", "مصادر مصرفية"),
       ("البنوك الحكومية الكبرى تعتزم طرح شهادات ادخار جديدة بعائد يصل إلى ٣٠٪ خلال الأيام المقبلة", None), "anonymous")
d.claim("الفائدة ٦٠٠ نقطة أساس", "٦٠٠ نقطة أساس", 600, "exact", "other", "interest rate rise in basis points", None, opt=True, unit="basis points")
d.claim("إلى ٨ مليارات دولار\n", "٨ مليارات دولار", 8e9, "exact", "money", "enlarged IMF programme", None, unit="USD")
d.claim("بواقع ٦٠٠ نقطة أساس", "٦٠٠ نقطة أساس", 600, "exact", "other", "interest rate rise in basis points", "البنك المركزي المصري", opt=True, unit="basis points")
d.claim("٢٧٫٢٥٪", None, 27.25, "exact", "percent", "overnight deposit rate", "البنك المركزي المصري", unit="percent")
d.claim("٢٨٫٢٥٪", None, 28.25, "exact", "percent", "overnight lending rate", "البنك المركزي المصري", unit="percent")
d.claim("نحو ٤٩٫٥ جنيه", None, 49.5, "approx", "money", "pound per dollar after the float", None, unit="EGP")
d.claim("٣٠٫٨٥ جنيه", None, 30.85, "exact", "money", "pound per dollar before the float", None, unit="EGP")
d.claim("تجاوزت ٧٠ جنيها", None, 70, "lower", "money", "parallel-market rate", None, unit="EGP")
d.claim("من ٣ مليارات دولار", "٣ مليارات دولار", 3e9, "exact", "money", "original IMF programme", "صندوق النقد الدولي", unit="USD")
d.claim("إلى ٨ مليارات دولار،", "٨ مليارات دولار", 8e9, "exact", "money", "enlarged IMF programme", "صندوق النقد الدولي", unit="USD")
d.claim("٣٥ مليار دولار", None, 35e9, "exact", "money", "Ras El Hekma investment", None, unit="USD")
d.claim("بنحو ٨٪", "نحو ٨٪", 8, "approx", "percent", "EGX rise", None, unit="percent")
d.claim("٢٩٫٨٪", None, 29.8, "exact", "percent", "annual inflation in January", "للجهاز المركزي للتعبئة العامة والإحصاء", unit="percent")
d.claim("يصل إلى ٣٠٪", None, 30, "upper", "percent", "yield of new savings certificates", "مصادر مصرفية", ["لم يصدر تأكيد رسمي بذلك حتى الآن"], unit="percent")
d.ev("يعلن اتفاقا", "اتفاقا", "AGREE", [IMF], ["Egypt"], "2024-03-06", None, opt=True)
d.ev("توصله إلى اتفاق", "اتفاق", "AGREE", [IMF], ["Egypt"], "2024-03-06", None)
d.ev("توقيع صفقة", "توقيع", "AGREE", ["Egypt"], ["United Arab Emirates"], None, "Ras El Hekma")
d.write()
