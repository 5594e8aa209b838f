"""blind-004: Iran-US nuclear talks in Muscat, Reuters-style wire (DCT 2025-04-13, a Sunday)."""
from annot import Spec

ARA = "Abbas Araghchi"
WIT = "Steve Witkoff"
IAEA = "International Atomic Energy Agency"


def build() -> Spec:
    d = Spec("blind-004", "2025-04-13")
    d.set_chrome("(تغطية صحفية باريسا حافظي في دبي وجيف ميسون في واشنطن - إعداد محمد علي للنشرة العربية - تحرير أحمد صبحي)")
    d.set_headline("إيران والولايات المتحدة تتفقان")
    d.set_dek("عراقجي يصف")
    d.ents([
        ("إيران", "GPE", "Iran"),
        ("الولايات المتحدة", "GPE", "United States"),
        ("مسقط", "GPE", "Muscat"),
        ("عراقجي", "PERSON", ARA),
        ("عباس عراقجي", "PERSON", ARA),
        ("البيت الأبيض", "ORG", "White House"),
        ("رويترز", "ORG", "Reuters"),
        ("الإيراني", "NORP", "Iranian"),
        ("الإيرانية", "NORP", "Iranian"),
        ("إيرانيون", "NORP", "Iranian"),
        ("الإيرانيين", "NORP", "Iranian"),
        ("الأمريكي", "NORP", "American"),
        ("ستيف ويتكوف", "PERSON", WIT),
        ("ويتكوف", "PERSON", WIT),
        ("العماني", "NORP", "Omani"),
        ("بدر البوسعيدي", "PERSON", "Badr Albusaidi"),
        ("دونالد ترامب", "PERSON", "Donald Trump"),
        ("ترامب", "PERSON", "Donald Trump"),
        ("الخارجية الإيرانية", "ORG", "Ministry of Foreign Affairs (Iran)"),
        ("إسماعيل بقائي", "PERSON", "Esmaeil Baghaei"),
        ("التلفزيون الرسمي", "ORG", "Islamic Republic of Iran Broadcasting", "opt"),
        ("طهران", "GPE", "Tehran"),
        ("الوكالة الدولية للطاقة الذرية", "ORG", IAEA),
        ("رافائيل جروسي", "PERSON", "Rafael Grossi"),
        ("واشنطن", "GPE", "Washington, D.C."),
    ])
    d.ent("المدير العام للوكالة", "للوكالة", "ORG", IAEA, opt=True)
    d.ent("بالتوقيت المحلي (11:30 بتوقيت جرينتش)", "جرينتش", "GPE", "Greenwich", opt=True)

    d.tx("أجراها يوم السبت", "يوم السبت", "DATE", "2025-04-12")
    d.tx("استئنافها السبت المقبل", "السبت المقبل", "DATE", "2025-04-19")
    d.tx("نحو الساعة 3:30 عصرا بالتوقيت المحلي", "الساعة 3:30 عصرا", "TIME", "2025-04-12T15:30",
         note="local time in Muscat (UTC+4)")
    d.tx("(11:30 بتوقيت جرينتش)", "11:30 بتوقيت جرينتش", "TIME", "2025-04-12T11:30Z")
    d.tx("أكثر من ساعتين ونصف الساعة", "أكثر من ساعتين ونصف الساعة", "DURATION", "PT2H30M", mod="MORE_THAN")
    d.tx("لبضع دقائق", "بضع دقائق", "DURATION", "PTXM", opt=True)
    d.tx("في يناير كانون الثاني", "يناير كانون الثاني", "DATE", "2025-01")
    d.tx("للصحفيين الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2025-W14")
    d.tx("طهران الأربعاء المقبل", "الأربعاء المقبل", "DATE", "2025-04-16")
    d.tx("الأولى في 2018", "2018", "DATE", "2018")
    d.tx("عام 2015", "عام 2015", "DATE", "2015")

    d.attr("indirect", ("عراقجي يصف", "يصف"), ("عراقجي يصف", "عراقجي"), ('المحادثات بـ"البناءة',) * 2,
           "person", ARA, opt=True)
    d.attr("direct", ("والبيت الأبيض يقول", "يقول"), ("والبيت الأبيض يقول", "البيت الأبيض"),
           ('"إيجابية جدا"\n', "إيجابية جدا"), "institution", "White House", opt=True)
    d.attr("indirect", ("مسقط (رويترز) - قال", "قال"), ("الإيراني عباس عراقجي", "عباس عراقجي"),
           ('المحادثات غير المباشرة التي أجراها يوم السبت مع المبعوث الأمريكي الخاص ستيف ويتكوف في مسقط جرت في "أجواء بناءة"، وإن الطرفين اتفقا على استئنافها السبت المقبل',) * 2,
           "person", ARA, role="وزير الخارجية الإيراني")
    d.attr("indirect", ("وقال مسؤولون إيرانيون", "قال"), ("مسؤولون إيرانيون", "مسؤولون إيرانيون"),
           ("عراقجي وويتكوف تحدثا مباشرة لبضع دقائق في نهاية الجلسة",) * 2, "unnamed_officials")
    wh = ("وقال البيت الأبيض في بيان", "البيت الأبيض")
    d.attr("indirect", ("وقال البيت الأبيض في بيان", "قال"), wh,
           ('المحادثات كانت "إيجابية جدا وبناءة',) * 2, "institution", "White House")
    d.attr("indirect", ("مضيفا أن ويتكوف", "مضيفا"), wh,
           ('ويتكوف أبلغ عراقجي بأنه تلقى تعليمات من ترامب بحل الخلافات "عبر الحوار والدبلوماسية إن أمكن',) * 2,
           "institution", "White House")
    d.attr("indirect", ("ويتكوف أبلغ عراقجي", "أبلغ"), ("ويتكوف أبلغ عراقجي", "ويتكوف"),
           ('تلقى تعليمات من ترامب بحل الخلافات "عبر الحوار والدبلوماسية إن أمكن',) * 2, "person", WIT, opt=True)
    d.attr("indirect", ("وقال المتحدث باسم الخارجية", "قال"), ("إسماعيل بقائي", "إسماعيل بقائي"),
           ('الجولة المقبلة ستكون غير مباشرة أيضا، وإن طهران "لن تتفاوض على قدراتها الدفاعية',) * 2,
           "person", "Esmaeil Baghaei", role="المتحدث باسم الخارجية الإيرانية")
    d.attr("indirect", ("وقال للصحفيين", "قال"), ("وكان ترامب قد هدد", "ترامب"),
           ('إيران "ستكون في خطر كبير" إذا فشلت المحادثات',) * 2, "person", "Donald Trump")
    d.attr("indirect", ("وتقول الوكالة", "تقول"), ("وتقول الوكالة الدولية للطاقة الذرية", "الوكالة الدولية للطاقة الذرية"),
           ("إيران تملك نحو 275 كيلوغراما من اليورانيوم المخصب بنسبة تصل إلى 60 بالمئة، وهي كمية تكفي نظريا، إذا خصبت بدرجة أعلى، لصنع ست قنابل نووية",) * 2,
           "institution", IAEA)
    d.attr("indirect", ("وتنفي طهران", "تنفي"), ("وتنفي طهران", "طهران"), ("سعيها لامتلاك سلاح نووي",) * 2,
           "institution", "Iran", opt=True)
    d.attr("indirect", ("بحسب ما قال دبلوماسيان", "قال"), ("بحسب ما قال دبلوماسيان", "دبلوماسيان"),
           ("يزور المدير العام للوكالة رافائيل جروسي طهران الأربعاء المقبل لإجراء محادثات مع المسؤولين الإيرانيين",) * 2,
           "anonymous", opt=True)
    src = ("وقال مصدر مطلع", "مصدر مطلع")
    d.attr("indirect", ("وقال مصدر مطلع", "قال"), src,
           ('الجانب الإيراني قدم "ورقة أولية" تتضمن خطوات لخفض التخصيب مقابل رفع تدريجي للعقوبات',) * 2,
           "anonymous", condition="طلب عدم نشر اسمه")
    d.attr("indirect", ("مضيفا أن واشنطن", "مضيفا"), src, ("واشنطن لم ترد عليها بعد",) * 2, "anonymous")

    d.claim("نحو 275 كيلوغراما", "نحو 275 كيلوغراما", 275, "approx", "other", "enriched uranium stockpile (kg)",
            source="الوكالة الدولية للطاقة الذرية", opt=True)
    d.claim("تصل إلى 60 بالمئة", "تصل إلى 60 بالمئة", 60, "upper", "percent", "enrichment level",
            source="الوكالة الدولية للطاقة الذرية")
    d.claim("لصنع ست قنابل", "ست قنابل", 6, "exact", "other", "bombs' worth of material",
            source="الوكالة الدولية للطاقة الذرية", opt=True)

    d.ev("تتفقان على جولة", "تتفقان", "AGREE", ["Iran", "United States"], [], opt=True, note="headline")
    d.ev("بعد لقاء مسقط", "لقاء", "CONSULT", ["Iran", "United States"], [], place="Muscat", opt=True, note="headline")
    d.ev("إن المحادثات غير المباشرة التي أجراها", "المحادثات", "CONSULT", ["Iran", ARA], ["United States", WIT],
         date="2025-04-12", place="Muscat", mode="meet")
    d.ev("الطرفين اتفقا", "اتفقا", "AGREE", ["Iran", "United States", ARA, WIT], [], date="2025-04-12", place="Muscat")
    d.ev("على استئنافها", "استئنافها", "CONSULT", ["Iran", "United States"], [], date="2025-04-19",
         modality="planned", opt=True)
    d.ev("تحدثا مباشرة", "تحدثا", "CONSULT", [ARA], [WIT], date="2025-04-12", place="Muscat", opt=True)
    d.ev("قد هدد بعمل عسكري", "هدد", "THREATEN", ["Donald Trump"], ["Iran"])
    d.ev("أن يزور المدير", "يزور", "CONSULT", ["Rafael Grossi"], ["Iran"], date="2025-04-16", place="Tehran",
         mode="visit", modality="planned")
    d.ev("لإجراء محادثات مع المسؤولين", "محادثات", "CONSULT", ["Rafael Grossi"], ["Iran"], date="2025-04-16",
         place="Tehran", modality="planned", opt=True, note="second trigger")
    d.ev("وانسحب ترامب", "انسحب", "REJECT", ["Donald Trump"], ["Iran"], date="2018", opt=True,
         note="withdrawal from an agreement; REJECT or RETREAT")
    d.ev("الذي أبرمته إيران", "أبرمته", "AGREE", ["Iran"], [], date="2015", opt=True)
    d.ev("وأعاد فرض عقوبات", "فرض عقوبات", "SANCTION", ["Donald Trump", "United States"], ["Iran"], date="2018")
    d.more("المحادثات", "CONSULT", ["Iran"], ["United States"])
    d.more("الجلسة", "CONSULT", ["Iran"], ["United States"])
    return d
