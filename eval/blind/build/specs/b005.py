"""blind-005: Kuwait, the Emir dissolves parliament (Arabic-Indic digits, Hijri date; DCT 2024-05-11, a Saturday)."""
from annot import Spec

EMIR = "Mishal Al-Ahmad Al-Jaber Al-Sabah"
NA = "National Assembly (Kuwait)"
CAB = "Cabinet of Kuwait"


def build() -> Spec:
    d = Spec("blind-005", "2024-05-11")
    d.set_chrome("محليات | برلمان | اقتصاد | خليجي | دولي | رياضة", "شارك الخبر:")
    d.set_headline("سمو الأمير يحل")
    d.set_dek("سموه: «لن أسمح")
    d.ents([
        ("مجلس الأمة", "ORG", NA),
        ("مجلس الأمة الكويتي", "ORG", NA),
        ("الكويتي", "NORP", "Kuwaiti"),
        ("الكويت", "GPE", "Kuwait"),
        ("كونا", "ORG", "Kuwait News Agency"),
        ("مشعل الأحمد الجابر الصباح", "PERSON", EMIR),
        ("مجلس الوزراء", "ORG", CAB),
        ("أحمد عبدالله الأحمد الصباح", "PERSON", "Ahmad Abdullah Al-Ahmad Al-Sabah"),
        ("القبس", "ORG", "Al-Qabas"),
        ("الرياض", "GPE", "Riyadh"),
        ("مجلس التعاون لدول الخليج العربية", "ORG", "Gulf Cooperation Council"),
        ("بورصة الكويت", "ORG", "Boursa Kuwait"),
        ("العربية", "NORP", "Arab"),
    ])
    for ctx in ("سمو الأمير يحل", "أمام سمو الأمير"):
        d.ent(ctx, "الأمير", "PERSON", EMIR, opt=True)
    d.ent("وقال سموه في", "سموه", "PERSON", EMIR, opt=True)

    d.tx("لا تزيد على ٤ سنوات", "٤ سنوات", "DURATION", "P4Y", mod="EQUAL_OR_LESS")
    d.tx("مساء أمس الجمعة", "مساء أمس الجمعة", "TIME", "2024-05-10TEV")
    d.tx("٢ ذي القعدة ١٤٤٥ هـ", "٢ ذي القعدة ١٤٤٥ هـ", "DATE", "2024-05-10", note="Hijri")
    d.tx("١٠ مايو ٢٠٢٤", "١٠ مايو ٢٠٢٤", "DATE", "2024-05-10")
    d.tx("مدة لا تزيد على أربع سنوات", "أربع سنوات", "DURATION", "P4Y", mod="EQUAL_OR_LESS")
    d.tx("بعد نحو شهر", "نحو شهر", "DURATION", "P1M", mod="APPROX")
    d.tx("انتخابات ٤ أبريل", "٤ أبريل", "DATE", "2024-04-04")
    d.tx("أقل من أربع سنوات", "أقل من أربع سنوات", "DURATION", "P4Y", mod="LESS_THAN")
    d.tx("استثنائياً صباح الأحد", "صباح الأحد", "TIME", "2024-05-12TMO")
    d.tx("«خلال الأسبوع الجاري»", "الأسبوع الجاري", "DATE", "2024-W19", opt=True,
         note="said on a Saturday in a Sunday-to-Thursday working week: this week or the coming one")
    d.tx("صباح غد الأحد", "صباح غد الأحد", "TIME", "2024-05-12TMO")
    d.tx("تعاملات الخميس", "الخميس", "DATE", "2024-05-09")
    d.tx("منذ ٢٠٠٦", "٢٠٠٦", "DATE", "2006")

    d.attr("direct", ("سموه: «لن", ":"), ("سموه: «لن", "سموه"),
           ("لن أسمح على الإطلاق بأن تُستغل الديمقراطية لتحطيم الدولة»\n", "لن أسمح على الإطلاق بأن تُستغل الديمقراطية لتحطيم الدولة"),
           "person", "Mishal Al-Ahmad Al-Jaber Al-Sabah", opt=True)
    d.attr("indirect", ("كونا: أعلن", "أعلن"), ("الشيخ مشعل الأحمد الجابر الصباح", "مشعل الأحمد الجابر الصباح"),
           ("حل مجلس الأمة ووقف العمل ببعض مواد الدستور مدة لا تزيد على أربع سنوات",) * 2, "person", EMIR, opt=True)
    d.attr("direct", ("وقال سموه في", "قال"), ("وقال سموه في", "سموه"),
           ("لقد واجهنا ظروفاً صعبة وعراقيل لا يمكن تحملها، ولن أسمح على الإطلاق بأن تُستغل الديمقراطية لتحطيم الدولة",) * 2,
           "person", EMIR)
    src = ("وقال مصدر حكومي", "مصدر حكومي")
    d.attr("indirect", ("وقال مصدر حكومي", "قال"), src,
           ("مجلس الوزراء سيعقد اجتماعاً استثنائياً صباح الأحد لاستكمال الإجراءات",) * 2, "unnamed_officials")
    d.attr("indirect", ("مرجحاً أن يؤدي", "مرجحاً"), src,
           ("يؤدي الوزراء الجدد اليمين الدستورية أمام سمو الأمير «خلال الأسبوع الجاري",) * 2, "unnamed_officials")
    d.attr("indirect", ("إذ اعتبر نواب", "اعتبر"), ("إذ اعتبر نواب سابقون", "نواب سابقون"),
           ("الخطوة «تعطيل للحياة الدستورية",) * 2, "anonymous")
    d.attr("direct", ("فيما رأى آخرون", "رأى"), ("فيما رأى آخرون", "آخرون"),
           ("«ضرورية لوقف حالة الجمود»", "ضرورية لوقف حالة الجمود"), "anonymous")
    d.attr("indirect", ("أكد مجلس التعاون", "أكد"), ("أكد مجلس التعاون لدول الخليج العربية", "مجلس التعاون لدول الخليج العربية"),
           ("وقوفه إلى جانب الكويت ودعمه لكل ما يحفظ أمنها واستقرارها",) * 2, "institution",
           "Gulf Cooperation Council", opt=True)
    d.attr("indirect", ("وقال متعاملون", "قال"), ("وقال متعاملون", "متعاملون"),
           ("السوق «تترقب وضوح الرؤية بشأن الإصلاحات الاقتصادية",) * 2, "anonymous")

    d.claim("بنسبة ٠٫٤٪", "٠٫٤٪", 0.4, "exact", "percent", "Kuwait bourse index gain on Thursday", date="2024-05-09")
    d.claim("ما يصل إلى ٢٠ مليار دينار", "ما يصل إلى ٢٠ مليار دينار", 20_000_000_000, "upper", "money",
            "borrowing ceiling under the public debt law", unit="KWD")
    d.claim("٥٠ عضواً", "٥٠ عضواً", 50, "exact", "other", "elected members of the National Assembly", opt=True)
    d.claim("أكثر من ١٠ مرات", "أكثر من ١٠ مرات", 10, "lower", "other", "dissolutions since 2006", opt=True)

    d.ev("سمو الأمير يحل", "يحل", "COERCE", [EMIR], [NA], opt=True, note="headline; dissolving parliament, doubtful type")
    d.ev("حل مجلس الأمة ووقف", "حل", "COERCE", [EMIR], [NA], date="2024-05-10", place="Kuwait", opt=True,
         note="dissolving parliament; doubtful PLOVER type")
    d.ev("ووقف العمل ببعض مواد الدستور مدة لا تزيد على أربع", "وقف", "COERCE", [EMIR], [], date="2024-05-10",
         opt=True, note="suspending constitutional articles")
    d.ev("إذ اعتذر عدد", "اعتذر", "REJECT", [], [CAB], opt=True)
    d.ev("سيعقد اجتماعاً", "اجتماعاً", "CONSULT", [CAB], [], date="2024-05-12", modality="planned", opt=True,
         note="a body's own session")
    d.ev("وقوفه إلى جانب", "وقوفه", "SUPPORT", ["Gulf Cooperation Council"], ["Kuwait"], opt=True)
    return d
