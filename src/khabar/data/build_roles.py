"""Generate ``roles.tsv``: Arabic role phrases -> (role, country), from two small tables.

Why generated: a role phrase is a head noun phrase (رئيس الوزراء، وزير الخارجية ...) combined
with a country, either as a nisba adjective that agrees with the head (رئيس الوزراء الإسرائيلي،
رئيس الحكومة الإسرائيلية) or as a genitive construct with the country's name (رئيس وزراء
إسرائيل). Typing every combination by hand invites gaps and typos; crossing a role-template table
with a country table does not. Only (role, country) pairs that have rows in
``office_holders.tsv`` are emitted, so every phrase resolves to a person on a date.

Re-run after editing the tables below or ``office_holders.tsv``::

    python -m khabar.data.build_roles          # writes src/khabar/data/roles.tsv
    python -m khabar.data.build_roles --check  # exit 1 if roles.tsv is out of date
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
OFFICE_HOLDERS = DATA_DIR / "office_holders.tsv"
ROLES = DATA_DIR / "roles.tsv"


@dataclass(frozen=True)
class Country:
    """How Arabic news names a country inside a role phrase."""

    code: str
    names: tuple[str, ...]  # for the genitive construct: رئيس وزراء {name}
    masc: tuple[str, ...]  # definite masculine nisba: الإسرائيلي
    fem: tuple[str, ...]  # definite feminine nisba: الإسرائيلية
    head_of_state: str = "president"  # president | republic | king | emir | sultan | explicit
    head_of_government: str = "pm"  # pm | chancellor | president | explicit
    army_chief: str = "staff"  # staff | commander | explicit
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> literal phrases


# Country table. Names and nisba adjectives are the standard Arabic forms (Arabic Wikipedia
# country articles; CLDR ar territory names), in both spellings where outlets differ
# (أمريكي/أميركي, سوريا/سورية). Hamza and ta-marbuta variants are not listed: the matcher
# normalizes them. Extras are the fixed titles Arabic outlets use for offices that a template
# cannot build (خادم الحرمين الشريفين، المرشد الأعلى الإيراني، رئيس مجلس السيادة ...).
COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"),
        ("الأمريكي", "الأميركي"),
        ("الأمريكية", "الأميركية"),
        army_chief="explicit",
        extra={
            "defence_minister": ("وزير الحرب الأمريكي", "وزير الحرب الأميركي"),
            "army_chief": (
                "رئيس هيئة الأركان المشتركة الأمريكية",
                "رئيس هيئة الأركان المشتركة الأميركية",
                "رئيس هيئة الأركان الأمريكية المشتركة",
                "رئيس هيئة الأركان الأميركية المشتركة",
                "رئيس هيئة الأركان المشتركة في الجيش الأمريكي",
                "رئيس هيئة الأركان المشتركة في الجيش الأميركي",
                "رئيس الأركان الأمريكي",
                "رئيس الأركان الأميركي",
            ),
            "spokesperson": (
                "المتحدث باسم البيت الأبيض",
                "المتحدثة باسم البيت الأبيض",
                "الناطق باسم البيت الأبيض",
                "الناطقة باسم البيت الأبيض",
                "المتحدثة الصحفية باسم البيت الأبيض",
                "المتحدث الصحفي باسم البيت الأبيض",
                "السكرتيرة الصحفية للبيت الأبيض",
                "السكرتير الصحفي للبيت الأبيض",
                "المتحدثة الرسمية باسم البيت الأبيض",
                "المتحدث الرسمي باسم البيت الأبيض",
            ),
            "national_security_advisor": (
                "مستشار الأمن القومي في البيت الأبيض",
                "مستشار الأمن القومي للرئيس الأمريكي",
                "مستشار الأمن القومي للرئيس الأميركي",
            ),
        },
    ),
    Country(
        "IL",
        ("إسرائيل", "دولة إسرائيل"),
        ("الإسرائيلي",),
        ("الإسرائيلية",),
        extra={
            "defence_minister": ("وزير الأمن الإسرائيلي",),
            "army_chief": ("رئيس أركان جيش الاحتلال", "رئيس هيئة الأركان العامة للجيش الإسرائيلي"),
        },
    ),
    Country(
        "PS",
        ("فلسطين", "دولة فلسطين", "السلطة الفلسطينية"),
        ("الفلسطيني",),
        ("الفلسطينية",),
        extra={
            "head_of_state": ("رئيس السلطة الوطنية الفلسطينية",),
        },
    ),
    Country(
        "EG",
        ("مصر", "جمهورية مصر العربية"),
        ("المصري",),
        ("المصرية",),
        head_of_state="republic",
        extra={
            "army_chief": ("رئيس أركان حرب القوات المسلحة", "رئيس أركان حرب القوات المسلحة المصرية"),
        },
    ),
    Country(
        "JO",
        ("الأردن", "المملكة الأردنية الهاشمية"),
        ("الأردني",),
        ("الأردنية",),
        head_of_state="king",
        extra={
            "foreign_minister": ("وزير الخارجية وشؤون المغتربين الأردني",),
        },
    ),
    Country(
        "LB",
        ("لبنان",),
        ("اللبناني",),
        ("اللبنانية",),
        head_of_state="republic",
        army_chief="commander",
        extra={
            "speaker": ("رئيس مجلس النواب اللبناني", "رئيس البرلمان اللبناني", "رئيس مجلس النواب في لبنان"),
        },
    ),
    Country(
        "SY",
        ("سوريا", "سورية"),
        ("السوري",),
        ("السورية",),
        head_of_state="republic",
        extra={
            "head_of_state": ("رئيس الجمهورية العربية السورية",),
        },
    ),
    Country("IQ", ("العراق",), ("العراقي",), ("العراقية",), head_of_state="republic"),
    Country(
        "IR",
        ("إيران", "الجمهورية الإسلامية الإيرانية"),
        ("الإيراني",),
        ("الإيرانية",),
        head_of_state="explicit",
        head_of_government="president",
        army_chief="explicit",
        extra={
            "head_of_state": (
                "المرشد الإيراني",
                "المرشد الأعلى الإيراني",
                "المرشد الأعلى في إيران",
                "المرشد الأعلى لإيران",
                "مرشد الجمهورية الإسلامية",
                "المرشد الأعلى للجمهورية الإسلامية",
                "المرشد الأعلى للجمهورية الإسلامية الإيرانية",
                "المرشد الأعلى للثورة الإسلامية",
                "مرشد الثورة الإسلامية",
                "قائد الثورة الإسلامية",
            ),
            "head_of_government": ("رئيس الجمهورية الإسلامية الإيرانية", "رئيس الجمهورية الإيرانية"),
            "army_chief": (
                "رئيس الأركان الإيراني",
                "رئيس أركان الجيش الإيراني",
                "رئيس أركان القوات المسلحة الإيرانية",
                "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية",
                "رئيس الأركان العامة للقوات المسلحة الإيرانية",
            ),
            "irgc_commander": (
                "قائد الحرس الثوري",
                "قائد الحرس الثوري الإيراني",
                "القائد العام للحرس الثوري",
                "القائد العام للحرس الثوري الإيراني",
                "قائد حرس الثورة الإسلامية",
            ),
            "quds_force_commander": (
                "قائد فيلق القدس",
                "قائد فيلق القدس في الحرس الثوري",
                "قائد فيلق القدس الإيراني",
            ),
        },
    ),
    Country(
        "SA",
        ("السعودية", "المملكة العربية السعودية"),
        ("السعودي",),
        ("السعودية",),
        head_of_state="king",
        extra={
            "head_of_state": ("خادم الحرمين الشريفين",),
        },
    ),
    Country(
        "AE",
        ("الإمارات", "دولة الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات العربية المتحدة"),
        ("الإماراتي",),
        ("الإماراتية",),
    ),
    Country("QA", ("قطر", "دولة قطر"), ("القطري",), ("القطرية",), head_of_state="emir"),
    Country("KW", ("الكويت", "دولة الكويت"), ("الكويتي",), ("الكويتية",), head_of_state="emir"),
    # "عمان" alone is also Amman (عمّان) once unvocalized: only "سلطنة عمان" in the genitive, and
    # "سلطان عمان" (Amman has no sultan).
    Country(
        "OM",
        ("سلطنة عمان",),
        ("العماني",),
        ("العمانية",),
        head_of_state="sultan",
        extra={
            "head_of_state": ("سلطان عمان",),
        },
    ),
    Country("BH", ("البحرين", "مملكة البحرين"), ("البحريني",), ("البحرينية",), head_of_state="king"),
    Country(
        "YE",
        ("اليمن",),
        ("اليمني",),
        ("اليمنية",),
        head_of_state="republic",
        extra={
            "head_of_state": (
                "رئيس مجلس القيادة الرئاسي",
                "رئيس مجلس القيادة الرئاسي اليمني",
                "رئيس مجلس القيادة الرئاسي في اليمن",
            ),
        },
    ),
    Country(
        "LY",
        ("ليبيا",),
        ("الليبي",),
        ("الليبية",),
        head_of_state="explicit",
        extra={
            "head_of_state": ("رئيس المجلس الرئاسي الليبي", "رئيس المجلس الرئاسي في ليبيا"),
            "head_of_government": ("رئيس حكومة الوحدة الوطنية الليبية",),
        },
    ),
    Country(
        "SD",
        ("السودان",),
        ("السوداني",),
        ("السودانية",),
        head_of_state="republic",
        extra={
            "head_of_state": (
                "رئيس مجلس السيادة السوداني",
                "رئيس مجلس السيادة الانتقالي",
                "رئيس مجلس السيادة الانتقالي السوداني",
                "رئيس مجلس السيادة في السودان",
            ),
        },
    ),
    Country("TN", ("تونس",), ("التونسي",), ("التونسية",), head_of_state="republic"),
    Country("DZ", ("الجزائر",), ("الجزائري",), ("الجزائرية",), head_of_state="republic"),
    Country("MA", ("المغرب", "المملكة المغربية"), ("المغربي",), ("المغربية",), head_of_state="king"),
    Country("TR", ("تركيا",), ("التركي",), ("التركية",), head_of_state="republic"),
    Country(
        "RU",
        ("روسيا", "روسيا الاتحادية"),
        ("الروسي",),
        ("الروسية",),
        extra={
            "army_chief": (
                "رئيس هيئة الأركان العامة الروسية",
                "رئيس هيئة الأركان العامة للقوات المسلحة الروسية",
            ),
            "spokesperson": ("المتحدث باسم الكرملين", "الناطق باسم الكرملين", "المتحدث الرسمي باسم الكرملين"),
        },
    ),
    Country(
        "GB",
        ("بريطانيا", "المملكة المتحدة"),
        ("البريطاني",),
        ("البريطانية",),
        head_of_state="explicit",
        extra={
            "head_of_state": (
                "الملك البريطاني",
                "العاهل البريطاني",
                "ملك بريطانيا",
                "ملك المملكة المتحدة",
                "الملكة البريطانية",
                "ملكة بريطانيا",
                "ملكة المملكة المتحدة",
            ),
        },
    ),
    Country(
        "FR",
        ("فرنسا",),
        ("الفرنسي",),
        ("الفرنسية",),
        extra={
            "defence_minister": ("وزير الجيوش الفرنسي", "وزيرة الجيوش الفرنسية"),
        },
    ),
    Country("DE", ("ألمانيا",), ("الألماني",), ("الألمانية",), head_of_government="chancellor"),
    Country(
        "CN",
        ("الصين", "جمهورية الصين الشعبية"),
        ("الصيني",),
        ("الصينية",),
        extra={
            "head_of_government": ("رئيس مجلس الدولة الصيني",),
        },
    ),
)

# Offices of international bodies and movements (country column = organization key).
ORGANIZATION_ROLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("secretary_general", "UN"): (
        "الأمين العام للأمم المتحدة",
        "أمين عام الأمم المتحدة",
        "الأمين العام لمنظمة الأمم المتحدة",
        "الأمين العام للمنظمة الدولية",
        "الأمين العام الأممي",
    ),
    ("secretary_general", "LAS"): (
        "الأمين العام لجامعة الدول العربية",
        "أمين عام جامعة الدول العربية",
        "الأمين العام للجامعة العربية",
        "أمين عام الجامعة العربية",
    ),
    ("secretary_general", "NATO"): (
        "الأمين العام لحلف شمال الأطلسي",
        "أمين عام حلف شمال الأطلسي",
        "الأمين العام لحلف الناتو",
        "الأمين العام للناتو",
        "أمين عام الناتو",
        "أمين عام حلف الناتو",
    ),
    ("secretary_general", "HEZBOLLAH"): ("الأمين العام لحزب الله", "أمين عام حزب الله"),
    ("politburo_chief", "HAMAS"): (
        "رئيس المكتب السياسي لحركة حماس",
        "رئيس المكتب السياسي لحماس",
        "رئيس المكتب السياسي لحركة المقاومة الإسلامية",
    ),
    ("foreign_minister", "EU"): (
        "مسؤول السياسة الخارجية في الاتحاد الأوروبي",
        "مسؤولة السياسة الخارجية في الاتحاد الأوروبي",
        "مسؤول السياسة الخارجية بالاتحاد الأوروبي",
        "مسؤولة السياسة الخارجية بالاتحاد الأوروبي",
        "مسؤول السياسة الخارجية للاتحاد الأوروبي",
        "مسؤولة السياسة الخارجية للاتحاد الأوروبي",
        "منسق السياسة الخارجية في الاتحاد الأوروبي",
        "منسق السياسة الخارجية للاتحاد الأوروبي",
        "منسقة السياسة الخارجية للاتحاد الأوروبي",
        "الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية",
        "الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية",
        "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي",
        "الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي",
    ),
    ("commission_president", "EU"): ("رئيس المفوضية الأوروبية", "رئيسة المفوضية الأوروبية"),
}

# Role templates: {m}/{f} = masculine/feminine nisba, {n} = country name (genitive).
# The nisba agrees with the head noun: رئيس الوزراء الإسرائيلي (رئيس, m) but رئيس الحكومة
# الإسرائيلية (الحكومة, f); both agreements occur in print and both are listed.
HEAD_OF_STATE: dict[str, tuple[str, ...]] = {
    "president": ("الرئيس {m}", "الرئيسة {f}", "رئيس {n}", "رئيسة {n}"),
    "republic": (
        "الرئيس {m}",
        "الرئيسة {f}",
        "رئيس {n}",
        "رئيسة {n}",
        "رئيس الجمهورية {f}",
        "رئيس جمهورية {n}",
    ),
    "king": ("الملك {m}", "العاهل {m}", "ملك {n}"),
    "emir": ("أمير {n}",),
    "sultan": ("السلطان {m}", "سلطان {n}"),
    "explicit": (),
}
HEAD_OF_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "pm": (
        "رئيس الوزراء {m}",
        "رئيسة الوزراء {f}",
        "رئيس الحكومة {f}",
        "رئيس الحكومة {m}",
        "رئيسة الحكومة {f}",
        "رئيس مجلس الوزراء {m}",
        "رئيس وزراء {n}",
        "رئيسة وزراء {n}",
        "رئيس حكومة {n}",
        "رئيسة حكومة {n}",
    ),
    "chancellor": ("المستشار {m}", "المستشارة {f}", "مستشار {n}", "مستشارة {n}"),
    "president": ("الرئيس {m}", "رئيس {n}"),
    "explicit": (),
}
ARMY_CHIEF: dict[str, tuple[str, ...]] = {
    "staff": ("رئيس أركان الجيش {m}", "رئيس الأركان {m}", "رئيس هيئة أركان الجيش {m}", "رئيس أركان جيش {n}"),
    "commander": ("قائد الجيش {m}", "قائد جيش {n}"),
    "explicit": (),
}
OTHER_ROLES: dict[str, tuple[str, ...]] = {
    "foreign_minister": (
        "وزير الخارجية {m}",
        "وزيرة الخارجية {f}",
        "وزير خارجية {n}",
        "وزيرة خارجية {n}",
        "وزير الشؤون الخارجية {m}",
        "رئيس الدبلوماسية {f}",
    ),
    "defence_minister": ("وزير الدفاع {m}", "وزيرة الدفاع {f}", "وزير دفاع {n}", "وزيرة دفاع {n}"),
    "crown_prince": ("ولي العهد {m}", "ولي عهد {n}"),
    "vice_president": ("نائب الرئيس {m}", "نائبة الرئيس {m}", "نائب رئيس {n}", "نائبة رئيس {n}"),
    "national_security_advisor": ("مستشار الأمن القومي {m}", "مستشارة الأمن القومي {f}"),
    "spokesperson": (),
    "speaker": (),
    "irgc_commander": (),
    "quds_force_commander": (),
}


def expand(templates: tuple[str, ...], country: Country) -> list[str]:
    """Fill each template with every nisba / name form of ``country``."""
    out: list[str] = []
    for t in templates:
        for m in country.masc if "{m}" in t else ("",):
            for f in country.fem if "{f}" in t else ("",):
                for n in country.names if "{n}" in t else ("",):
                    words = t.format(m=m, f=f, n=n).split()
                    # "رئيس جمهورية {n}" with n = "جمهورية مصر العربية" would double a word
                    if any(a == b for a, b in pairwise(words)):
                        continue
                    out.append(" ".join(words))
    return out


def templates_for(role: str, country: Country) -> tuple[str, ...]:
    """The template list that builds ``role`` phrases for ``country``."""
    if role == "head_of_state":
        return HEAD_OF_STATE[country.head_of_state]
    if role == "head_of_government":
        return HEAD_OF_GOVERNMENT[country.head_of_government]
    if role == "army_chief":
        return ARMY_CHIEF[country.army_chief]
    return OTHER_ROLES.get(role, ())


def office_keys(path: Path = OFFICE_HOLDERS) -> set[tuple[str, str]]:
    """(role, country) pairs that have at least one office holder."""
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return {(row["role"], row["country"]) for row in csv.DictReader(lines, delimiter="\t")}


def build(keys: set[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """Rows (role, country, phrases) for every key that a template or an extra covers."""
    by_code = {c.code: c for c in COUNTRIES}
    rows: list[tuple[str, str, list[str]]] = []
    for role, code in sorted(keys):
        phrases: list[str] = []
        country = by_code.get(code)
        if country is not None:
            phrases += expand(templates_for(role, country), country)
            phrases += list(country.extra.get(role, ()))
        phrases += list(ORGANIZATION_ROLES.get((role, code), ()))
        unique = list(dict.fromkeys(" ".join(p.split()) for p in phrases))
        if unique:
            rows.append((role, code, unique))
    return rows


HEADER = """\
# Arabic role phrases -> (role, country), for resolving a role to its holder on a date through
# office_holders.tsv. GENERATED by src/khabar/data/build_roles.py (do not edit by hand): role
# head-noun templates (رئيس الوزراء {m}، رئيس الحكومة {f}، وزير خارجية {n} ...) crossed with a
# small country table of Arabic names and masculine/feminine nisba adjectives (standard forms
# as in Arabic Wikipedia country articles and CLDR ar territory names, both أمريكي/أميركي
# spellings), plus fixed titles (خادم الحرمين الشريفين، المرشد الأعلى الإيراني). Only pairs
# with office holders are emitted. country: ISO 3166-1 alpha-2 or an organization key
# (UN, LAS, NATO, EU, HAMAS, HEZBOLLAH). arabic: '|'-separated phrases, without proclitics.
# Rows sorted by role, country.
"""


def render(rows: list[tuple[str, str, list[str]]]) -> str:
    """The full text of roles.tsv."""
    body = "".join(f"{role}\t{code}\t{'|'.join(ph)}\n" for role, code, ph in rows)
    return HEADER + "role\tcountry\tarabic\n" + body


def main(argv: list[str] | None = None) -> int:
    """Write roles.tsv, or with --check report whether it is up to date."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--check", action="store_true", help="exit 1 if roles.tsv differs from a fresh build")
    args = ap.parse_args(argv)
    text = render(build(office_keys()))
    if args.check:
        current = ROLES.read_text(encoding="utf-8") if ROLES.exists() else ""
        if current != text:
            print("roles.tsv is out of date; run: python -m khabar.data.build_roles", file=sys.stderr)
            return 1
        return 0
    ROLES.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
