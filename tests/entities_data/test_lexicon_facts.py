"""Spot checks of well-known public facts in the curated lexicons.

Each lookup here is the one the recognizer will make: a role phrase (normalized) -> (role,
country) -> the holder on the article date; a surface form -> canonical name.
"""

from __future__ import annotations

import csv
import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from khabar.data import build_roles
from khabar.text import normalize_word

DATA = Path(build_roles.__file__).resolve().parent


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def form_index(name: str) -> dict[str, str]:
    return {normalize_word(f): r["canonical"] for r in rows(name) for f in r["arabic"].split("|")}


def role_of(phrase: str) -> tuple[str, str] | None:
    index = {
        normalize_word(f): (r["role"], r["country"])
        for r in rows("roles.tsv")
        for f in r["arabic"].split("|")
    }
    return index.get(normalize_word(phrase))


def holder(role: str, country: str, day: str) -> str | None:
    """The person holding (role, country) on ``day``; on a handover day the later start wins."""
    d = dt.date.fromisoformat(day)
    best: tuple[dt.date, str] | None = None
    for r in rows("office_holders.tsv"):
        if (r["role"], r["country"]) != (role, country):
            continue
        start = dt.date.fromisoformat(r["start"])
        end = dt.date.fromisoformat(r["end"]) if r["end"] else dt.date.max
        if start <= d <= end and (best is None or start > best[0]):
            best = (start, r["person"])
    return best[1] if best else None


@pytest.mark.parametrize(
    ("role", "country", "day", "person"),
    [
        ("head_of_government", "IL", "2024-04-01", "Benjamin Netanyahu"),
        ("head_of_government", "IL", "2021-12-01", "Naftali Bennett"),
        ("head_of_government", "IL", "2008-01-01", "Ehud Olmert"),
        ("head_of_state", "US", "2024-04-01", "Joe Biden"),
        ("head_of_state", "US", "2025-01-20", "Donald Trump"),
        ("head_of_state", "US", "2025-01-19", "Joe Biden"),
        ("head_of_state", "US", "2019-06-01", "Donald Trump"),
        ("head_of_state", "US", "2010-06-01", "Barack Obama"),
        ("foreign_minister", "US", "2024-04-01", "Antony Blinken"),
        ("foreign_minister", "US", "2025-03-01", "Marco Rubio"),
        ("defence_minister", "US", "2023-06-01", "Lloyd Austin"),
        ("spokesperson", "US", "2024-04-01", "Karine Jean-Pierre"),
        ("spokesperson", "US", "2025-02-01", "Karoline Leavitt"),
        ("national_security_advisor", "US", "2024-04-01", "Jake Sullivan"),
        ("defence_minister", "IL", "2024-04-01", "Yoav Gallant"),
        ("army_chief", "IL", "2024-04-01", "Herzi Halevi"),
        ("army_chief", "IL", "2025-06-01", "Eyal Zamir"),
        ("foreign_minister", "IL", "2024-04-01", "Israel Katz"),
        ("head_of_state", "IL", "2024-04-01", "Isaac Herzog"),
        ("head_of_state", "PS", "2024-04-01", "Mahmoud Abbas"),
        ("head_of_government", "PS", "2024-04-15", "Mohammad Mustafa"),
        ("head_of_state", "EG", "2024-04-01", "Abdel Fattah el-Sisi"),
        ("foreign_minister", "EG", "2024-04-01", "Sameh Shoukry"),
        ("head_of_state", "JO", "2024-04-01", "Abdullah II of Jordan"),
        ("foreign_minister", "JO", "2024-04-01", "Ayman Safadi"),
        ("head_of_state", "SA", "2024-04-01", "Salman of Saudi Arabia"),
        ("head_of_government", "SA", "2024-04-01", "Mohammed bin Salman"),
        ("head_of_government", "SA", "2020-01-01", "Salman of Saudi Arabia"),
        ("crown_prince", "SA", "2024-04-01", "Mohammed bin Salman"),
        ("head_of_state", "QA", "2024-04-01", "Tamim bin Hamad Al Thani"),
        ("head_of_state", "IR", "2024-04-01", "Ali Khamenei"),
        ("head_of_state", "IR", "2026-06-01", "Mojtaba Khamenei"),
        ("head_of_government", "IR", "2024-04-01", "Ebrahim Raisi"),
        ("head_of_government", "IR", "2024-09-01", "Masoud Pezeshkian"),
        ("head_of_state", "SY", "2020-01-01", "Bashar al-Assad"),
        ("head_of_state", "SY", "2025-06-01", "Ahmed al-Sharaa"),
        ("head_of_state", "LB", "2025-06-01", "Joseph Aoun"),
        ("head_of_state", "TR", "2024-04-01", "Recep Tayyip Erdoğan"),
        ("head_of_state", "RU", "2024-04-01", "Vladimir Putin"),
        ("head_of_state", "RU", "2010-01-01", "Dmitry Medvedev"),
        ("foreign_minister", "RU", "2024-04-01", "Sergey Lavrov"),
        ("head_of_government", "GB", "2022-10-01", "Liz Truss"),
        ("head_of_government", "GB", "2024-08-01", "Keir Starmer"),
        ("head_of_state", "FR", "2024-04-01", "Emmanuel Macron"),
        ("head_of_government", "DE", "2024-04-01", "Olaf Scholz"),
        ("head_of_state", "CN", "2024-04-01", "Xi Jinping"),
        ("secretary_general", "UN", "2024-04-01", "António Guterres"),
        ("secretary_general", "UN", "2010-01-01", "Ban Ki-moon"),
        ("secretary_general", "HEZBOLLAH", "2024-04-01", "Hassan Nasrallah"),
        ("politburo_chief", "HAMAS", "2024-04-01", "Ismail Haniyeh"),
    ],
)
def test_office_holder_on_date(role: str, country: str, day: str, person: str) -> None:
    assert holder(role, country, day) == person


@pytest.mark.parametrize(
    ("role", "country", "day"),
    [
        ("head_of_state", "LB", "2023-06-01"),  # presidential vacancy Nov 2022 - Jan 2025
        ("head_of_state", "US", "1990-01-01"),  # before the table's coverage
        ("head_of_state", "IR", "2026-03-04"),  # interim council between the two Supreme Leaders
    ],
)
def test_no_holder_in_a_gap(role: str, country: str, day: str) -> None:
    assert holder(role, country, day) is None


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("رئيس الوزراء الإسرائيلي", ("head_of_government", "IL")),
        ("رئيس الحكومة الإسرائيلية", ("head_of_government", "IL")),
        ("رئيس وزراء إسرائيل", ("head_of_government", "IL")),
        ("الرئيس الأمريكي", ("head_of_state", "US")),
        ("الرئيس الأميركي", ("head_of_state", "US")),
        ("رئيس الولايات المتحدة", ("head_of_state", "US")),
        ("وزير الخارجية الأمريكي", ("foreign_minister", "US")),
        ("وزير الخارجية الاميركي", ("foreign_minister", "US")),
        ("وزير الدفاع الإسرائيلي", ("defence_minister", "IL")),
        ("رئيس أركان الجيش الإسرائيلي", ("army_chief", "IL")),
        ("العاهل الأردني", ("head_of_state", "JO")),
        ("خادم الحرمين الشريفين", ("head_of_state", "SA")),
        ("ولي العهد السعودي", ("crown_prince", "SA")),
        ("أمير قطر", ("head_of_state", "QA")),
        ("الرئيس الإيراني", ("head_of_government", "IR")),
        ("المرشد الأعلى الإيراني", ("head_of_state", "IR")),
        ("المستشار الألماني", ("head_of_government", "DE")),
        ("المتحدثة باسم البيت الأبيض", ("spokesperson", "US")),
        ("الأمين العام للأمم المتحدة", ("secretary_general", "UN")),
        ("رئيس الجمهورية اللبنانية", ("head_of_state", "LB")),
        ("قائد الجيش اللبناني", ("army_chief", "LB")),
    ],
)
def test_role_phrase(phrase: str, key: tuple[str, str]) -> None:
    assert role_of(phrase) == key


def test_role_phrase_resolves_to_person_on_date() -> None:
    key = role_of("رئيس الوزراء الإسرائيلي")
    assert key is not None
    assert holder(*key, "2024-04-01") == "Benjamin Netanyahu"
    key = role_of("الرئيس الأميركي")
    assert key is not None
    assert holder(*key, "2022-03-01") == "Joe Biden"


def test_no_phrase_for_amman() -> None:
    # "عمان" alone is also Amman; Oman's role phrases use سلطنة عمان or the nisba only
    assert role_of("وزير خارجية عمان") is None
    assert role_of("وزير الخارجية العماني") == ("foreign_minister", "OM")


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("بنيامين نتانياهو", "Benjamin Netanyahu"),
        ("نتنياهو", "Benjamin Netanyahu"),
        ("جوزيف بايدن", "Joe Biden"),
        ("دونالد ترمب", "Donald Trump"),
        ("أنطونيو غوتيريش", "António Guterres"),
        ("اسماعيل هنية", "Ismail Haniyeh"),
        ("عبد الملك الحوثي", "Abdul-Malik al-Houthi"),
        ("رجب طيب إردوغان", "Recep Tayyip Erdoğan"),
        ("أبو مازن", "Mahmoud Abbas"),
    ],
)
def test_person_forms(form: str, canonical: str) -> None:
    assert form_index("persons.tsv").get(normalize_word(form)) == canonical


@pytest.mark.parametrize(
    ("form", "canonical", "label", "country"),
    [
        ("الأمم المتحدة", "United Nations", "ORG", ""),
        ("مجلس الأمن الدولي", "United Nations Security Council", "ORG", ""),
        ("مجلس الأمن", "United Nations Security Council", "ORG", ""),
        ("الأونروا", "UNRWA", "ORG", ""),
        ("منظمة الصحة العالمية", "World Health Organization", "ORG", ""),
        ("حركة حماس", "Hamas", "ORG", "PS"),
        ("كتائب القسام", "Izz ad-Din al-Qassam Brigades", "ORG", "PS"),
        ("سرايا القدس", "Al-Quds Brigades", "ORG", "PS"),
        ("أنصار الله", "Houthis", "ORG", "YE"),
        ("الجيش الإسرائيلي", "Israel Defense Forces", "ORG", "IL"),
        ("الحرس الثوري", "Islamic Revolutionary Guard Corps", "ORG", "IR"),
        ("قوات الدعم السريع", "Rapid Support Forces", "ORG", "SD"),
        ("البيت الأبيض", "White House", "ORG", "US"),
        ("البنتاغون", "United States Department of Defense", "ORG", "US"),
        ("الخارجية الأميركية", "United States Department of State", "ORG", "US"),
        ("الكنيست", "Knesset", "ORG", "IL"),
        ("وزارة الصحة في غزة", "Gaza Health Ministry", "ORG", "PS"),
        ("فرانس برس", "Agence France-Presse", "ORG", "FR"),
        ("أسوشيتد برس", "Associated Press", "ORG", "US"),
        ("وفا", "WAFA", "ORG", "PS"),
        ("هآرتس", "Haaretz", "ORG", "IL"),
        ("معبر رفح", "Rafah Border Crossing", "FAC", ""),
        ("مستشفى الشفاء", "Al-Shifa Hospital", "FAC", "PS"),
    ],
)
def test_organization_forms(form: str, canonical: str, label: str, country: str) -> None:
    assert form_index("organizations.tsv").get(normalize_word(form)) == canonical
    row = next(r for r in rows("organizations.tsv") if r["canonical"] == canonical)
    assert (row["label"], row["country"]) == (label, country)


@pytest.mark.parametrize(
    "word", ["فتح", "القاعدة", "العربية", "الشرق الأوسط", "عمان", "ميتا", "هناك مستقبل", "النهار"]
)
def test_common_words_are_not_names(word: str) -> None:
    nw = normalize_word(word)
    assert nw not in form_index("organizations.tsv")
    assert nw not in form_index("persons.tsv")
