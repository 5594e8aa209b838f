"""Regenerate the timex lexicons in ``src/khabar/data/timex_*.tsv``.

Run ``python src/khabar/timex/gen_data.py`` to rewrite them. Month and weekday names come
from the CLDR data shipped with babel (one locale per naming tradition), Hijri month
names from hijridate; the spelling variants, number words and time-zone names below are
standard Arabic forms written out by hand (each is a checkable dictionary fact).
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# CLDR locale -> naming tradition of the Gregorian month names
MONTH_LOCALES = {
    "ar": "msa", "ar_LB": "levant", "ar_DZ": "maghreb", "ar_MA": "morocco", "ar_MR": "mauritania",
}
# common spellings CLDR does not list (press usage)
MONTH_VARIANTS = [
    ("إبريل", 4, "variant"), ("ابريل", 4, "variant"), ("يونيه", 6, "variant"), ("يوليه", 7, "variant"),
    ("أغسطس", 8, "variant"), ("آغسطس", 8, "variant"), ("جويليه", 7, "variant"), ("جويلة", 7, "variant"),
    ("كانون ثاني", 1, "variant"), ("كانون أول", 12, "variant"), ("تشرين أول", 10, "variant"),
    ("تشرين ثاني", 11, "variant"), ("كانون الثان", 1, "variant"), ("فيڤري", 2, "variant"),
    ("سبتمر", 9, "variant"), ("ديسمر", 12, "variant"), ("اكتوبر", 10, "variant"),
]
HIJRI_VARIANTS = [
    ("ربيع الآخر", 4), ("ربيع آخر", 4), ("جمادى الأول", 5), ("جمادى الثانية", 6), ("جمادى الثاني", 6),
    ("جمادى الأخرى", 6), ("ذي القعدة", 11), ("ذي الحجة", 12), ("ذو القعده", 11), ("محرّم", 1),
    ("صفر الخير", 2), ("رمضان المبارك", 9), ("شهر رمضان", 9),
]
# cardinal number words: form, value, kind (unit = 1-10 incl. both genders and cases,
# teen_unit = first word of 11-19, ten = tens)
CARDINALS = [
    ("واحد", 1), ("واحدة", 1), ("أحد", 1), ("إحدى", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2),
    ("اثنتين", 2), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2), ("ثلاث", 3), ("ثلاثة", 3),
    ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6), ("سبع", 7),
    ("سبعة", 7), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9), ("عشر", 10),
    ("عشرة", 10),
]
TENS = [
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40),
    ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70),
    ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90), ("تسعين", 90),
]
HUNDREDS = [("مائة", 100), ("مئة", 100), ("مئات", 100), ("مئتين", 200), ("مائتين", 200), ("مئتي", 200),
            ("مائتي", 200), ("ألف", 1000), ("ألفين", 2000)]
# ordinals (masculine, feminine); "الحادي/الحادية" is 1 inside compounds (11th, 21st)
ORDINALS = [
    ("الأول", 1), ("الأولى", 1), ("الحادي", 1), ("الحادية", 1), ("الثاني", 2), ("الثانية", 2),
    ("الثالث", 3), ("الثالثة", 3), ("الرابع", 4), ("الرابعة", 4), ("الخامس", 5), ("الخامسة", 5),
    ("السادس", 6), ("السادسة", 6), ("السابع", 7), ("السابعة", 7), ("الثامن", 8), ("الثامنة", 8),
    ("التاسع", 9), ("التاسعة", 9), ("العاشر", 10), ("العاشرة", 10),
]
ORDINAL_TENS = [("العشرين", 20), ("الثلاثين", 30)]
# past-tense verbs of news narration whose bare form the general past-tense test cannot tell from a
# noun or an imperfect (3-letter and hollow/geminate stems, form IV أفعل, form V/VI تفعّل): the
# dictionary (3rd person masculine singular past) form; the tense code adds ت/وا/ا/تا/ن itself
PAST_VERBS = [
    "قال", "كان", "صار", "بات", "ظل", "عاد", "زار", "جرى", "مضى", "بدا", "بدأ", "وقع", "شن", "قتل", "جرح", "نشر",
    "ذكر", "نقل", "كتب", "قرر", "رفض", "طلب", "دعا", "وصل", "دخل", "خرج", "فتح", "ضرب", "قصف", "سقط", "مات",
    "هاجم", "شارك", "تابع", "سيطر", "فجر", "غادر", "حاول", "وافق", "واجه", "رد", "مر", "تم", "حل", "عقد", "شهد",
    "نفذ", "سجل", "حذر", "طالب", "صرح", "وقف", "اعتبر", "أعلن", "أكد", "أضاف", "أفاد", "أوضح", "أشار", "أصيب",
    "أطلق", "أصدر", "أجرى", "أسفر", "أدى", "أعرب", "أبلغ", "أمر", "أقر", "أرسل", "أغلق", "أوقف", "أنهى",
    "أقام", "ألقى", "أثار", "تحدث", "تعرض", "تلقى", "تسلم", "توجه", "توفي", "تمكن", "تجاوز", "تراجع", "تزايد",
    "تصاعد", "تبادل", "تواصل", "توصل", "تقدم", "تولى", "اندلع", "انطلق", "انفجر", "انسحب", "انتهى", "اجتمع",
    "اعتقل", "احتجز", "اقتحم", "اختطف", "انتقد", "اتهم", "استهدف", "استشهد", "استمر", "استقبل", "استقال",
    "استأنف", "استولى", "التقى", "ارتفع", "انخفض", "اتخذ", "اتفق", "ادعى", "اغتال", "احتج",
]
# fixed-date holidays named in Arabic news: name, calendar (hijri/gregorian), month, day
HOLIDAYS = [
    ("عيد الفطر", "hijri", 10, 1), ("عيد الفطر المبارك", "hijri", 10, 1), ("عيد الأضحى", "hijri", 12, 10),
    ("عيد الأضحى المبارك", "hijri", 12, 10), ("يوم عرفة", "hijri", 12, 9), ("وقفة عرفة", "hijri", 12, 9),
    ("رأس السنة الهجرية", "hijri", 1, 1), ("المولد النبوي", "hijri", 3, 12), ("المولد النبوي الشريف", "hijri", 3, 12),
    ("يوم عاشوراء", "hijri", 1, 10), ("ذكرى عاشوراء", "hijri", 1, 10), ("ليلة القدر", "hijri", 9, 27),
    ("ذكرى الإسراء والمعراج", "hijri", 7, 27), ("رأس السنة الميلادية", "gregorian", 1, 1),
    ("عيد الميلاد المجيد", "gregorian", 12, 25), ("عيد العمال", "gregorian", 5, 1),
    ("يوم المرأة العالمي", "gregorian", 3, 8),
]
# time zones as named in Arabic news (بتوقيت X) -> IANA zone
ZONES = [
    ("غرينتش", "Etc/UTC"), ("غرينيتش", "Etc/UTC"), ("جرينتش", "Etc/UTC"), ("جرينيتش", "Etc/UTC"),
    ("غرنتش", "Etc/UTC"), ("غرينيش", "Etc/UTC"), ("العالمي", "Etc/UTC"), ("القدس", "Asia/Jerusalem"),
    ("فلسطين", "Asia/Gaza"), ("غزة", "Asia/Gaza"), ("مكة", "Asia/Riyadh"), ("مكة المكرمة", "Asia/Riyadh"),
    ("السعودية", "Asia/Riyadh"), ("الرياض", "Asia/Riyadh"), ("القاهرة", "Africa/Cairo"),
    ("مصر", "Africa/Cairo"), ("بيروت", "Asia/Beirut"), ("لبنان", "Asia/Beirut"), ("دمشق", "Asia/Damascus"),
    ("سوريا", "Asia/Damascus"), ("عمان", "Asia/Amman"), ("الأردن", "Asia/Amman"), ("بغداد", "Asia/Baghdad"),
    ("العراق", "Asia/Baghdad"), ("طهران", "Asia/Tehran"), ("إيران", "Asia/Tehran"),
    ("الإمارات", "Asia/Dubai"), ("أبوظبي", "Asia/Dubai"), ("أبو ظبي", "Asia/Dubai"), ("دبي", "Asia/Dubai"),
    ("الدوحة", "Asia/Qatar"), ("قطر", "Asia/Qatar"), ("الكويت", "Asia/Kuwait"), ("المنامة", "Asia/Bahrain"),
    ("البحرين", "Asia/Bahrain"), ("مسقط", "Asia/Muscat"), ("صنعاء", "Asia/Aden"), ("اليمن", "Asia/Aden"),
    ("الخرطوم", "Africa/Khartoum"), ("السودان", "Africa/Khartoum"), ("طرابلس", "Africa/Tripoli"),
    ("ليبيا", "Africa/Tripoli"), ("تونس", "Africa/Tunis"), ("الجزائر", "Africa/Algiers"),
    ("الرباط", "Africa/Casablanca"), ("المغرب", "Africa/Casablanca"), ("نواكشوط", "Africa/Nouakchott"),
    ("أنقرة", "Europe/Istanbul"), ("إسطنبول", "Europe/Istanbul"), ("تركيا", "Europe/Istanbul"),
    ("موسكو", "Europe/Moscow"), ("باريس", "Europe/Paris"), ("لندن", "Europe/London"),
    ("واشنطن", "America/New_York"), ("نيويورك", "America/New_York"), ("كييف", "Europe/Kyiv"),
]


def _write(name: str, header: list[str], rows: list[tuple[object, ...]]) -> None:
    lines = [f"# {h}" for h in header]
    lines += ["\t".join(str(c) for c in r) for r in sorted(set(rows), key=lambda r: tuple(str(c) for c in r))]
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    from babel import Locale
    from hijridate import Hijri

    rows: list[tuple[object, ...]] = []
    for loc, trad in MONTH_LOCALES.items():
        months = Locale.parse(loc).months["format"]["wide"]
        rows += [(months[i], i, trad) for i in range(1, 13)]
    rows += MONTH_VARIANTS
    seen: dict[str, tuple[object, ...]] = {}
    for r in rows:  # one row per spelling; the first tradition listed wins
        seen.setdefault(str(r[0]), r)
    _write("timex_months.tsv", [
        "Gregorian month names of the Arabic naming traditions: name, month number, tradition.",
        "Source: CLDR via babel (locales ar, ar_LB, ar_DZ, ar_MA, ar_MR) plus common press spellings.",
        "Generated by `python src/khabar/timex/gen_data.py`; do not edit by hand.",
    ], list(seen.values()))

    hrows: list[tuple[object, ...]] = [(Hijri(1445, m, 1).month_name("ar"), m) for m in range(1, 13)]
    hrows += HIJRI_VARIANTS
    _write("timex_hijri_months.tsv", [
        "Hijri (Islamic) month names: name, month number.",
        "Source: hijridate month names (Umm al-Qura) plus standard spelling variants.",
        "Generated by `python src/khabar/timex/gen_data.py`; do not edit by hand.",
    ], hrows)

    days = Locale.parse("ar").days["format"]["wide"]  # 0 = Monday
    _write("timex_weekdays.tsv", [
        "Weekday names: name, ISO weekday number (1 = Monday).",
        "Source: CLDR via babel (locale ar). Generated by `python src/khabar/timex/gen_data.py`.",
    ], [(days[i], i + 1) for i in range(7)])

    nrows: list[tuple[object, ...]] = [(w, v, "unit") for w, v in CARDINALS]
    nrows += [(w, v, "ten") for w, v in TENS] + [(w, v, "hundred") for w, v in HUNDREDS]
    nrows += [(w, v, "ordinal") for w, v in ORDINALS] + [(w, v, "ordinal_ten") for w, v in ORDINAL_TENS]
    _write("timex_numbers.tsv", [
        "Arabic number words used in counts (ثلاثة أيام) and ordinals (الأول من أبريل): word, value, kind.",
        "Standard Modern Standard Arabic grammar (cardinals 1-10 both genders and cases, tens, hundreds;",
        "ordinals 1-10 masculine and feminine, 20 and 30). Generated by `python src/khabar/timex/gen_data.py`.",
    ], nrows)

    _write("timex_holidays.tsv", [
        "Fixed-date holidays: name, calendar (hijri = Umm al-Qura via hijridate), month, day.",
        "Each is the standard date of that observance (Islamic calendar or Gregorian; ليلة القدر by the",
        "common 27 Ramadan convention). Generated by `python src/khabar/timex/gen_data.py`.",
    ], list(HOLIDAYS))

    _write("timex_past_verbs.tsv", [
        "Past-tense verbs common in news narration (3rd person masculine singular, the dictionary form),",
        "for the tense test: a weekday or a day-month in a past-tense clause lies behind the article date.",
        "Standard Arabic verbs written out by hand. Generated by `python src/khabar/timex/gen_data.py`.",
    ], [(v,) for v in sorted(set(PAST_VERBS))])

    _write("timex_zones.tsv", [
        "Time-zone names used in Arabic news (بتوقيت X): name, IANA zone (offset computed for the date).",
        "Each pair is the official zone of that city or country. Generated by `python src/khabar/timex/gen_data.py`.",
    ], list(ZONES))


if __name__ == "__main__":
    main()
