"""Entity recognition, linking and lexicon lookups, on sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.entities.lexicon import Entry, Holder, Lexicon, lexicon
from khabar.entities.link import link, transliterate
from khabar.entities.recognize import Mention, recognize
from khabar.pipeline import new_document
from khabar.text import view

from .entity_helpers import ents


def by_text(text: str, date: str | None = "2024-04-01") -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.canonical) for e in ents(text, date)}


# --- gazetteer matching -----------------------------------------------------------------


def test_countries_and_cities_with_clitics() -> None:
    got = by_text("أرسلت القاهرة وفدا إلى بيروت وبغداد ثم عاد إلى لبنان.")
    assert got["القاهرة"] == ("GPE", "Cairo")
    assert got["بيروت"] == ("GPE", "Beirut")
    assert got["بغداد"] == ("GPE", "Baghdad")  # و is left out of the span
    assert got["لبنان"] == ("GPE", "Lebanon")


def test_article_after_lam_keeps_the_name() -> None:
    got = by_text("قدمت الحكومة شكوى للولايات المتحدة.")
    assert got["للولايات المتحدة"] == ("GPE", "United States")


def test_longest_match_wins() -> None:
    got = by_text("زار الوزير كارولاينا الشمالية الأسبوع الماضي.")
    assert got["كارولاينا الشمالية"][1] == "North Carolina"
    assert not any(t == "كارولاينا" for t in got)


def test_common_words_are_not_places() -> None:
    # آمن "safe" is also spelled like a Dutch town; الأبيض "white" like a Sudanese city
    got = by_text("لجأ السكان إلى مكان آمن قرب الجدار الأبيض.")
    assert "آمن" not in got and "الأبيض" not in got


# --- NORP -------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["إسرائيلي", "الإسرائيلية", "الإسرائيليين", "إسرائيليون", "الإسرائيليات"])
def test_nisba_forms_link_to_the_demonym(form: str) -> None:
    got = by_text(f"وصل وفد ثم تحدث المسؤولون {form} أمس.")
    assert got[form] == ("NORP", "Israeli")


def test_plural_nisba_as_noun() -> None:
    got = by_text("تظاهر فلسطينيون أمام المقر، وانضم إليهم سوريون.")
    assert got["فلسطينيون"] == ("NORP", "Palestinian")
    assert got["سوريون"] == ("NORP", "Syrian")


def test_nisba_to_country() -> None:
    lex = lexicon()
    assert lex.nisba_country["Israeli"] == "Israel"
    assert lex.nisba_country["Egyptian"] == "Egypt"


def test_country_name_that_is_also_a_nisba() -> None:
    got = by_text("وصل الوفد إلى السعودية.")
    assert got["السعودية"][0] == "GPE"
    got = by_text("رحبت الحكومة السعودية بالقرار.")
    assert got["السعودية"][0] == "NORP"


# --- organizations ----------------------------------------------------------------------


def test_org_from_indefinite_head_and_nested_nisba() -> None:
    got = by_text("أصدرت هيئة الموانئ الليبية بيانا مساء أمس.")
    assert got["هيئة الموانئ الليبية"][0] == "ORG"
    assert got["الليبية"] == ("NORP", "Libyan")


def test_org_from_definite_head_needs_a_nisba() -> None:
    got = by_text("قالت السلطات الصحية الموريتانية إن الحكومة تدرس الأمر.")
    assert got["السلطات الصحية الموريتانية"][0] == "ORG"
    assert got["الموريتانية"][0] == "NORP"
    assert "الحكومة" not in got


def test_org_head_with_a_known_name_takes_its_canonical() -> None:
    got = by_text("هاجمت حركة حماس موقعا عسكريا.")
    assert got["حركة حماس"] == ("ORG", "Hamas")


def test_inner_place_inside_an_org_is_not_reported() -> None:
    got = by_text("افتتحت جامعة دمشق مبنى جديدا.")
    assert got["جامعة دمشق"][0] == "ORG"
    assert "دمشق" not in got


# --- places and facilities ----------------------------------------------------------------


def test_bare_place_heads_report_the_name_only() -> None:
    got = by_text("اقتحمت القوات قرية كفرعقب وبلدة الزبابدة صباحا.")
    assert got["كفرعقب"][0] == "GPE"
    assert got["الزبابدة"][0] == "GPE"


def test_named_place_heads_keep_the_head() -> None:
    got = by_text("نزح السكان من مخيم النصيرات إلى محافظة دير البلح.")
    assert got["مخيم النصيرات"][0] == "GPE"
    assert got["محافظة دير البلح"][0] == "GPE"


def test_facility_with_tail() -> None:
    got = by_text("هبطت الطائرة في مطار هيثرو الدولي بعد الظهر.")
    assert got["مطار هيثرو الدولي"][0] == "FAC"


# --- persons ------------------------------------------------------------------------------


def test_person_after_title_with_complement() -> None:
    got = by_text("وقالت المتحدثة باسم الشرطة ميكي روزنفيلد إن التحقيق مستمر.")
    assert got["ميكي روزنفيلد"][0] == "PERSON"
    got = by_text("وأكد اللواء فايز الدويري أن المعركة طويلة.")
    assert "فايز" in " ".join(t for t, (lab, _) in got.items() if lab == "PERSON")


def test_person_after_reporting_verb() -> None:
    got = by_text("وقال زولتان كوفاتش إن الاجتماع انتهى.")
    assert got["زولتان كوفاتش"][0] == "PERSON"


def test_verbs_and_common_words_are_not_names() -> None:
    got = by_text("وقال مسؤولون إن الجيش بتقديم المساعدات سيقوم غدا.")
    assert not any(lab == "PERSON" for lab, _ in got.values())


def test_latin_credit_names() -> None:
    got = by_text("جنود في الميدان. (AP Photo/Jane Doe)")
    assert got["Jane Doe"][0] == "PERSON"


# --- linking and coreference --------------------------------------------------------------


def test_partial_name_links_to_full_name() -> None:
    out = ents("وقال زولتان كوفاتش إن الحكومة مستعدة. وأضاف كوفاتش أن القرار نهائي.")
    ids = {e.text: e.entity_id for e in out if e.label == "PERSON"}
    assert ids["كوفاتش"] == ids["زولتان كوفاتش"]


def test_known_person_surname_alone() -> None:
    out = ents("التقى فلاديمير بوتين نظيره. ثم غادر بوتين القاعة.")
    canon = {e.text: e.canonical for e in out if e.label == "PERSON"}
    assert canon["فلاديمير بوتين"] == canon["بوتين"] == "Vladimir Putin"


def test_same_name_same_id_whatever_the_clitic() -> None:
    out = ents("صرح البيت الأبيض بذلك، وقال مستشار للبيت الأبيض إن الأمر انتهى.")
    ids = {e.entity_id for e in out if e.canonical == "White House"}
    assert len(ids) == 1


def test_transliterated_key_is_stable() -> None:
    assert transliterate("كارين جان-بيير") == "Karyn Jan-Byyr"


def _role_lexicon() -> Lexicon:
    holders = {("head_of_government", "XX"): [
        Holder("Second Holder", ("الثاني",), "2022-01-01", ""),
        Holder("First Holder", ("الأول",), "2015-05-01", "2021-12-31"),
    ]}
    return Lexicon(automaton=None, entries={}, holders=holders)


def test_office_holder_lookup_by_date() -> None:
    lex = _role_lexicon()
    assert lex.holder("head_of_government", "XX", "2018-03-03").person == "First Holder"  # type: ignore[union-attr]
    assert lex.holder("head_of_government", "XX", "2024-04-01").person == "Second Holder"  # type: ignore[union-attr]
    assert lex.holder("head_of_government", "XX", "2010-01-01") is None
    assert lex.holder("foreign_minister", "XX", "2024-04-01") is None


def test_bare_role_phrase_resolves_by_date() -> None:
    lex = _role_lexicon()

    def role_mention() -> Mention:
        m = Mention(0, 3, 0, 10, "ROLE", "head_of_government", "gazetteer:roles.tsv", "x", role="head_of_government")
        m.country = "XX"
        return m

    assert link([role_mention()], lex, "2023-06-01") == []  # by default: a role alone is no mention
    old = link([role_mention()], lex, "2019-06-01", role_holders=True)
    new = link([role_mention()], lex, "2023-06-01", role_holders=True)
    assert (old[0].label, old[0].canonical) == ("PERSON", "First Holder")
    assert (new[0].label, new[0].canonical) == ("PERSON", "Second Holder")
    # a role phrase followed by a name is not a mention of its own
    name = Mention(3, 5, 11, 20, "PERSON", "Second Holder", "gazetteer", "y", role="head_of_government")
    assert [m.label for m in link([role_mention(), name], lex, "2023-06-01", role_holders=True)] == ["PERSON"]


def test_real_office_holder_table_when_present() -> None:
    lex = lexicon()
    if not lex.holders:
        pytest.skip("office_holders.tsv not present")
    h = lex.holder("head_of_state", "US", "2024-04-01")
    assert h is not None and h.person == "Joe Biden"


# --- stage --------------------------------------------------------------------------------


def test_deterministic_and_sorted() -> None:
    text = "قال الرئيس الأمريكي جو بايدن في واشنطن إن الولايات المتحدة تدعم مصر والأردن."
    a = [e.model_dump() for e in ents(text)]
    b = [e.model_dump() for e in ents(text)]
    assert a == b
    assert [e["start"] for e in a] == sorted(e["start"] for e in a)


def test_recognize_on_empty_text() -> None:
    doc = new_document("")
    tv = view(doc)
    assert recognize("", tv.tokens, tv.norm.to_original) == []
    assert Entry("GPE", "X", "", "s", 1).label == "GPE"


def test_role_phrase_in_text_resolves_by_article_date() -> None:
    lex = lexicon()
    if not lex.holders or lex.holder("head_of_government", "IL", "2024-04-01") is None:
        pytest.skip("office_holders.tsv / roles.tsv not present")
    text = "وقال رئيس الوزراء الإسرائيلي إن الحرب مستمرة."
    now = {e.label: e for e in ents(text, "2024-04-01")}
    assert "PERSON" not in now  # a role with no name is not a person mention (the gold convention)
    assert now["NORP"].canonical == "Israeli"  # the nisba inside the role phrase is reported
    doc = new_document(text, "2024-04-01")
    tv = view(doc)
    found = link(recognize(text, tv.tokens, tv.norm.to_original), lex, "2024-04-01", role_holders=True)
    holder = next(m for m in found if m.label == "PERSON")
    assert (holder.canonical, holder.role) == ("Benjamin Netanyahu", "head_of_government")
    then = link(recognize(text, tv.tokens, tv.norm.to_original), lex, "2021-08-01", role_holders=True)
    assert next(m for m in then if m.label == "PERSON").canonical != "Benjamin Netanyahu"  # Bennett's term


def test_names_inside_a_role_phrase_are_reported() -> None:
    got = by_text("وقالت المتحدثة باسم البيت الأبيض للصحفيين إن الزيارة تأجلت.")
    assert got["البيت الأبيض"] == ("ORG", "White House")


def test_abbreviation_in_brackets_names_the_organization() -> None:
    out = ents("وذكرت وكالة الأنباء القطرية (قنا) أن الاجتماع انتهى.")
    orgs = {e.text: e.entity_id for e in out if e.label == "ORG"}
    assert orgs["قنا"] == orgs["وكالة الأنباء القطرية"]
    assert not any(e.label == "GPE" and e.text == "قنا" for e in out)


def test_title_is_not_part_of_a_known_name() -> None:
    got = by_text("استقبل الأمير محمد بن سلمان الوفد.")
    assert got["محمد بن سلمان"] == ("PERSON", "Mohammed bin Salman")


def test_language_is_not_a_people_but_communities_are() -> None:
    got = by_text("تحدث باللغة العربية أمام ممثلين عن الدروز والأكراد.")
    assert "العربية" not in got
    assert got["الدروز"] == ("NORP", "Druze")
    assert got["الأكراد"] == ("NORP", "Kurdish")


def test_name_starting_with_fa_or_waw() -> None:
    got = by_text("والتقى فلاديمير كوزين نظيره في المساء.")
    assert got["فلاديمير كوزين"][0] == "PERSON"
