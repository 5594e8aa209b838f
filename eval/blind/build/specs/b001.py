"""blind-001: Libya, Tripoli clashes (DCT 2025-05-14, a Wednesday)."""
from annot import Spec

GNU = "Government of National Unity (Libya)"
UNSMIL = "United Nations Support Mission in Libya"


def build() -> Spec:
    d = Spec("blind-001", "2025-05-14")
    d.set_chrome("الرئيسية | ليبيا | المغرب العربي | العالم | اقتصاد | رياضة", "وسوم: ليبيا | طرابلس | الدبيبة | حفتر")
    d.set_headline("هدوء حذر في طرابلس")
    d.set_dek("البعثة الأممية تدعو")
    d.caption("آليات عسكرية تابعة", ["رويترز/حازم أحمد"], ["2025-05-13"])
    d.ents([
        ("طرابلس", "GPE", "Tripoli, Libya"),
        ("الدبيبة", "PERSON", "Abdul Hamid Dbeibah"),
        ("عبد الحميد الدبيبة", "PERSON", "Abdul Hamid Dbeibah"),
        ("حكومة الوحدة", "ORG", GNU),
        ("حكومة الوحدة الوطنية", "ORG", GNU),
        ("رويترز", "ORG", "Reuters", "opt"),
        ("حازم أحمد", "PERSON", "Hazem Ahmed", "opt"),
        ("الليبية", "NORP", "Libyan"),
        ("عبد الغني الككلي", "PERSON", "Abdul Ghani al-Kikli"),
        ("جهاز دعم الاستقرار", "ORG", "Stability Support Apparatus"),
        ("مركز طب الطوارئ والدعم", "ORG", "Emergency Medicine and Support Center"),
        ("أبو سليم", "GPE", "Abu Salim"),
        ("صلاح الدين", "GPE", "Salah al-Din, Tripoli"),
        ("بعثة الأمم المتحدة للدعم في ليبيا", "ORG", UNSMIL),
        ("الأمم المتحدة", "ORG", "United Nations"),
        ("ليبيا", "GPE", "Libya"),
        ("هانا تيتيه", "PERSON", "Hanna Tetteh"),
        ("بنغازي", "GPE", "Benghazi"),
        ("مجلس النواب", "ORG", "House of Representatives (Libya)"),
        ("أسامة حماد", "PERSON", "Osama Hammad"),
        ("حماد", "PERSON", "Osama Hammad"),
        ("القيادة العامة", "ORG", "Libyan National Army", "opt"),
        ("خليفة حفتر", "PERSON", "Khalifa Haftar"),
        ("حفتر", "PERSON", "Khalifa Haftar"),
        ("جامعة طرابلس", "ORG", "University of Tripoli"),
        ("مصلحة الطيران المدني", "ORG", "Libyan Civil Aviation Authority"),
        ("مطار معيتيقة الدولي", "FAC", "Mitiga International Airport"),
        ("اللجنة العسكرية المشتركة", "ORG", "5+5 Joint Military Commission", "opt"),
    ])
    d.ent("البعثة الأممية تدعو", "البعثة الأممية", "ORG", UNSMIL, opt=True)
    d.ent("وحكومة حماد تطالب", "حكومة حماد", "ORG", "Government of National Stability", opt=True)
    d.ent("بتنحي حكومة الدبيبة", "حكومة الدبيبة", "ORG", GNU, opt=True)
    # a bare name inside an optional descriptive ORG is still a mention (like بايدن in إدارة بايدن)
    for ctx, surf in (("وحكومة حماد تطالب", "حماد"), ("بتنحي حكومة الدبيبة", "الدبيبة")):
        d.ent(ctx, surf, "PERSON", "Osama Hammad" if surf == "حماد" else "Abdul Hamid Dbeibah")

    d.tx("بعد ليلتين", "ليلتين", "DURATION", "P2D", opt=True)
    d.tx("طرابلس، 13 مايو 2025", "13 مايو 2025", "DATE", "2025-05-13")
    d.tx("صباح الأربعاء", "صباح الأربعاء", "TIME", "2025-05-14TMO")
    d.tx("مساء الاثنين", "مساء الاثنين", "TIME", "2025-05-12TEV")
    d.tx("حتى فجر اليوم", "فجر اليوم", "TIME", "2025-05-14TMO")
    d.tx("لن تسمح بعد اليوم", "بعد اليوم", "DATE", "2025-05-14", opt=True, note="idiom: from now on")
    d.tx("لساعات قبل", "لساعات", "DURATION", "PTXH", opt=True)
    d.tx("ظهر الثلاثاء", "ظهر الثلاثاء", "TIME", "2025-05-13TMI")
    d.tx("منذ عام 2022", "عام 2022", "DATE", "2022")
    d.tx("في ديسمبر 2021", "ديسمبر 2021", "DATE", "2021-12")
    d.tx("خلال الأيام المقبلة", "الأيام المقبلة", "DATE", "FUTURE_REF", opt=True)

    d.attr("indirect", ("والدبيبة يعلن", "يعلن"), ("والدبيبة يعلن", "الدبيبة"),
           ('إنهاء "الأجهزة الموازية', 'إنهاء "الأجهزة الموازية'), "person", "Abdul Hamid Dbeibah", opt=True)
    dbe = ("الوطنية عبد الحميد الدبيبة في كلمة", "عبد الحميد الدبيبة")
    d.attr("indirect", ("وأعلن رئيس حكومة", "أعلن"), dbe,
           ('أن العملية العسكرية "حققت أهدافها"', 'العملية العسكرية "حققت أهدافها'), "person",
           "Abdul Hamid Dbeibah", role="رئيس حكومة الوحدة الوطنية")
    d.attr("indirect", ("مؤكدا أن حكومته", "مؤكدا"), dbe,
           ('حكومته "لن تسمح بعد اليوم بوجود أي جهاز مسلح خارج مؤسسات الدولة',) * 2, "person",
           "Abdul Hamid Dbeibah")
    med = ("وقال مصدر طبي في", "مصدر طبي")
    d.attr("indirect", ("وقال مصدر طبي في", "قال"), med,
           ("ستة أشخاص على الأقل قتلوا وأصيب نحو 20 آخرين، بينهم مدنيون، في الاشتباكات التي تركزت في منطقتي أبو سليم وصلاح الدين جنوبي العاصمة",) * 2,
           "anonymous")
    d.attr("indirect", ("مشيرا إلى أن الحصيلة", "مشيرا"), med,
           ('الحصيلة "مرشحة للارتفاع" مع استمرار عمليات البحث',) * 2, "anonymous")
    d.attr("indirect", ("أعربت بعثة", "أعربت"), ("أعربت بعثة الأمم المتحدة للدعم في ليبيا", "بعثة الأمم المتحدة للدعم في ليبيا"),
           ('"قلقها البالغ" إزاء استخدام الأسلحة الثقيلة في أحياء مكتظة بالسكان', 'قلقها البالغ" إزاء استخدام الأسلحة الثقيلة في أحياء مكتظة بالسكان'),
           "institution", UNSMIL, opt=True)
    d.attr("indirect", ("وقالت الممثلة الخاصة", "قالت"), ("هانا تيتيه", "هانا تيتيه"),
           ('البعثة "على تواصل مع كل الأطراف لتثبيت الهدنة',) * 2, "person", "Hanna Tetteh",
           role="الممثلة الخاصة للأمين العام")
    d.attr("direct", ("معتبرا في بيان", "معتبرا"), ("مجلس النواب أسامة حماد", "أسامة حماد"),
           ('"فقدت شرعيتها"', "فقدت شرعيتها"), "person", "Osama Hammad")
    dip = ("وقال دبلوماسي غربي", "دبلوماسي غربي")
    d.attr("indirect", ("وقال دبلوماسي غربي", "قال"), dip,
           ('إن المواجهات الأخيرة "تكشف هشاشة الترتيبات الأمنية في العاصمة', 'المواجهات الأخيرة "تكشف هشاشة الترتيبات الأمنية في العاصمة'),
           "anonymous", condition="طلب عدم ذكر اسمه")
    d.attr("indirect", ("مرجحا أن تعقد", "مرجحا"), dip,
           ("تعقد البعثة اجتماعا للجنة العسكرية المشتركة خلال الأيام المقبلة",) * 2, "anonymous")

    d.claim("ستة أشخاص على الأقل قتلوا", "ستة أشخاص على الأقل", 6, "lower", "killed",
            "people killed in the Tripoli clashes", source="مصدر طبي", hedges=("مرشحة للارتفاع",))
    d.claim("وأصيب نحو 20 آخرين", "نحو 20", 20, "approx", "injured",
            "people wounded in the Tripoli clashes", source="مصدر طبي")

    d.ev("بعد اشتباكات مسلحة عنيفة", "اشتباكات", "ASSAULT", [GNU], ["Stability Support Apparatus"],
         date="2025-05-12", place="Tripoli, Libya", mode="firearms")
    d.ev("عقب مقتل عبد الغني", "مقتل", "ASSAULT", [], ["Abdul Ghani al-Kikli"], date="2025-05-12",
         place="Tripoli, Libya", opt=True, note="killing with no named perpetrator")
    d.ev("ليلتين من الاشتباكات", "الاشتباكات", "ASSAULT", [GNU], ["Stability Support Apparatus"],
         place="Tripoli, Libya", opt=True, note="headline restatement")
    d.ev("أن العملية العسكرية", "العملية العسكرية", "ASSAULT", [GNU], ["Stability Support Apparatus"],
         opt=True, note="second trigger")
    d.ev("البعثة الأممية تدعو", "تدعو", "REQUEST", [UNSMIL], [], opt=True, note="dek restatement")
    d.ev("وحكومة حماد تطالب", "تطالب", "REQUEST", ["Osama Hammad"], [GNU], opt=True, note="dek restatement")
    d.ev("ودعت جميع الأطراف", "دعت", "REQUEST", [UNSMIL], [], date=None, place=None)
    d.ev("طالب رئيس الحكومة المكلفة", "طالب", "REQUEST", ["Osama Hammad"], ["Abdul Hamid Dbeibah"],
         place="Benghazi")
    d.ev("أن تعقد البعثة اجتماعا", "اجتماعا", "CONSULT", [UNSMIL], ["5+5 Joint Military Commission"],
         modality="planned", mode="meet")
    d.more("الاشتباكات", "ASSAULT", [GNU], ["Stability Support Apparatus"])
    d.more("المواجهات", "ASSAULT", [GNU], ["Stability Support Apparatus"])
    return d
