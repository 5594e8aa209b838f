"""blind-007: Saudi-US strategic economic partnership signed in Riyadh (Hijri dateline; DCT 2025-05-14, a Wednesday)."""
from annot import Spec

MBS = "Mohammed bin Salman"
TRUMP = "Donald Trump"
SPA = "Saudi Press Agency"
KSA = "Saudi Arabia"


def build() -> Spec:
    d = Spec("blind-007", "2025-05-14")
    d.set_chrome("الرئيسية | السعودية | الخليج | اقتصاد | العالم", "#السعودية #ترامب #ولي_العهد")
    d.set_headline("ولي العهد وترامب يوقعان")
    d.set_dek("صفقة أسلحة")
    d.caption("ولي العهد السعودي الأمير", ["واس"], ["2025-05-13"])
    d.ents([
        ("ترامب", "PERSON", TRUMP),
        ("دونالد ترامب", "PERSON", TRUMP),
        ("الرياض", "GPE", "Riyadh"),
        ("سعودية", "NORP", "Saudi"),
        ("السعودي", "NORP", "Saudi"),
        ("سعودي", "NORP", "Saudi"),
        ("السعودية", "NORP", "Saudi"),
        ("محمد بن سلمان", "PERSON", MBS),
        ("محمد بن سلمان بن عبدالعزيز آل سعود", "PERSON", MBS),
        ("الأمريكي", "NORP", "American"),
        ("الأمريكية", "NORP", "American"),
        ("أمريكية", "NORP", "American"),
        ("قصر اليمامة", "FAC", "Al-Yamamah Palace"),
        ("واس", "ORG", SPA),
        ("المملكة العربية السعودية", "GPE", KSA),
        ("الولايات المتحدة الأمريكية", "GPE", "United States"),
        ("الولايات المتحدة", "GPE", "United States"),
        ("وكالة الأنباء السعودية", "ORG", SPA),
        ("البيت الأبيض", "ORG", "White House"),
        ("منتدى الاستثمار السعودي الأمريكي", "ORG", "Saudi-US Investment Forum", "opt"),
        ("سوريا", "GPE", "Syria"),
        ("التركي", "NORP", "Turkish"),
        ("رجب طيب أردوغان", "PERSON", "Recep Tayyip Erdoğan"),
        ("قطر", "GPE", "Qatar"),
        ("العربية", "NORP", "Arab"),
        ("الإمارات", "GPE", "United Arab Emirates"),
        ("الدوحة", "GPE", "Doha"),
        ("إسرائيل", "GPE", "Israel"),
        ("فلسطينية", "NORP", "Palestinian"),
        ("المملكة", "GPE", KSA, "opt"),
        ("ولي العهد", "PERSON", MBS, "opt"),
        ("خليجية", "NORP", "Gulf Arab", "opt"),
    ])
    d.ent("رئيس مجلس الوزراء", "مجلس الوزراء", "ORG", "Council of Ministers of Saudi Arabia", opt=True)
    d.opt("(واس)\n\nالرياض", "واس")

    d.tx("بالرياض، 13 مايو 2025", "13 مايو 2025", "DATE", "2025-05-13")
    d.tx("الرياض - الأربعاء", "الأربعاء", "DATE", "2025-05-14")
    d.tx("16 ذو القعدة 1446هـ", "16 ذو القعدة 1446هـ", "DATE", "2025-05-14", note="Hijri")
    d.tx("14 مايو 2025م", "14 مايو 2025م", "DATE", "2025-05-14")
    d.tx("أمس الثلاثاء", "أمس الثلاثاء", "DATE", "2025-05-13")
    d.tx("في يناير الماضي", "يناير الماضي", "DATE", "2025-01")
    d.tx("خلال السنوات الأربع المقبلة", "السنوات الأربع المقبلة", "DURATION", "P4Y")
    d.tx("يحضر ترامب اليوم", "اليوم", "DATE", "2025-05-14")
    d.tx("إلى الدوحة مساء", "مساء", "TIME", "2025-05-14TEV", opt=True)

    d.attr("indirect", ("وفق ما ذكرته", "ذكرته"), ("ذكرته وكالة الأنباء السعودية", "وكالة الأنباء السعودية"),
           ("شهد ولي العهد والرئيس الأمريكي توقيع عدد من الاتفاقيات ومذكرات التفاهم في مجالات الطاقة والتعدين والدفاع والذكاء الاصطناعي والفضاء",) * 2,
           "institution", SPA, opt=True)
    d.attr("indirect", ("وقال البيت الأبيض", "قال"), ("وقال البيت الأبيض", "البيت الأبيض"),
           ('الجانبين وقعا "أكبر اتفاقية تعاون دفاعي في التاريخ"، تبلغ قيمتها نحو 142 مليار دولار، وتشمل تزويد المملكة بمعدات وخدمات قتالية من أكثر من 12 شركة دفاعية أمريكية',) * 2,
           "institution", "White House")
    mbs = ("وكان ولي العهد قد أعلن", "ولي العهد")
    d.attr("indirect", ("قد أعلن في يناير", "أعلن"), mbs,
           ("المملكة تعتزم توسيع استثماراتها وتجارتها مع الولايات المتحدة بمبلغ 600 مليار دولار خلال السنوات الأربع المقبلة",) * 2,
           "person", MBS)
    d.attr("direct", ("وقال خلال منتدى", "قال"), mbs,
           ('"نعمل على رفع هذا الرقم إلى تريليون دولار"', "نعمل على رفع هذا الرقم إلى تريليون دولار"), "person", MBS)
    d.attr("indirect", ("أعلن ترامب في كلمته", "أعلن"), ("أعلن ترامب في كلمته", "ترامب"),
           ('سيأمر برفع العقوبات عن سوريا "لمنحها فرصة',) * 2, "person", TRUMP)
    off = ("وقال مسؤول سعودي", "مسؤول سعودي")
    d.attr("indirect", ("وقال مسؤول سعودي", "قال"), off,
           ("المباحثات لم تتطرق إلى ملف التطبيع مع إسرائيل",) * 2, "unnamed_officials",
           condition="فضل عدم الكشف عن هويته")
    d.attr("indirect", ("مضيفا أن موقف", "مضيفا"), off,
           ('موقف المملكة "ثابت" بربط أي خطوة بقيام دولة فلسطينية',) * 2, "unnamed_officials")
    d.attr("indirect", ("ويرى محللون", "يرى"), ("ويرى محللون", "محللون"),
           ("الأرقام المعلنة قد لا تتحقق بالكامل",) * 2, "anonymous")

    d.claim("صفقة أسلحة بنحو 142 مليار دولار", "نحو 142 مليار دولار", 142_000_000_000, "approx", "money",
            "value of the arms deal (dek)", unit="USD")
    d.claim("بـ600 مليار", "600 مليار", 600_000_000_000, "exact", "money", "Saudi investment pledge (dek)", unit="USD")
    d.claim("تبلغ قيمتها نحو 142 مليار دولار", "نحو 142 مليار دولار", 142_000_000_000, "approx", "money",
            "value of the defence agreement", source="البيت الأبيض", unit="USD")
    d.claim("من أكثر من 12 شركة", "أكثر من 12 شركة", 12, "lower", "other", "US defence firms", source="البيت الأبيض", opt=True)
    d.claim("بمبلغ 600 مليار دولار", "600 مليار دولار", 600_000_000_000, "exact", "money",
            "planned Saudi investment and trade with the US", source="ولي العهد", unit="USD")
    d.claim("إلى تريليون دولار", "تريليون دولار", 1_000_000_000_000, "exact", "money",
            "target for Saudi investment", source="ولي العهد", unit="USD")

    d.ev("وترامب يوقعان", "يوقعان", "AGREE", [MBS, TRUMP], [], place="Riyadh", opt=True, note="headline")
    d.ev("خلال مراسم التوقيع", "التوقيع", "AGREE", [MBS, TRUMP], [], date="2025-05-13", place="Riyadh", opt=True,
         note="caption")
    d.ev("وقع صاحب السمو", "وقع", "AGREE", [MBS, TRUMP, KSA, "United States"], [], date="2025-05-13", place="Riyadh")
    d.ev("توقيع عدد من الاتفاقيات", "توقيع", "AGREE", [KSA, "United States"], [], date="2025-05-13",
         place="Riyadh", opt=True, note="second trigger")
    d.ev("الجانبين وقعا", "وقعا", "AGREE", [KSA, "United States"], [], date="2025-05-13", place="Riyadh")
    d.ev("سيأمر برفع العقوبات", "برفع العقوبات", "CONCEDE", [TRUMP, "United States"], ["Syria"],
         modality="planned", note="lifting sanctions")
    d.ev("بطلب من ولي العهد", "بطلب", "REQUEST", [MBS, "Recep Tayyip Erdoğan"], [TRUMP], opt=True)
    d.ev("في جولة خليجية", "جولة", "CONSULT", [TRUMP], [KSA, "Qatar", "United Arab Emirates"], mode="visit", opt=True)
    d.ev("أول زيارة خارجية", "زيارة", "CONSULT", [TRUMP], [KSA], place="Riyadh", mode="visit")
    d.ev("قمة خليجية أمريكية", "قمة", "CONSULT", [TRUMP], ["Gulf Cooperation Council"], date="2025-05-14",
         place="Riyadh", mode="meet", modality="planned")
    d.ev("يتوجه إلى الدوحة", "يتوجه", "CONSULT", [TRUMP], ["Qatar"], date="2025-05-14", place="Doha",
         mode="visit", modality="planned", opt=True)
    d.ev("إن المباحثات لم", "المباحثات", "CONSULT", [KSA], ["United States"], opt=True)
    d.more("الزيارة", "CONSULT", [TRUMP], [KSA])
    return d
