"""Person names, generated places, organization English names, ambiguous places, the cache.

Every sentence is written for these tests (invented people, real places and institutions).
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from entity_helpers import ents

from khabar.entities.cache import cached, fingerprint
from khabar.entities.freq import zipf
from khabar.entities.lexicon import build_lexicon, lexicon


def persons(text: str) -> list[str]:
    return [e.text for e in ents(text) if e.label == "PERSON"]


def labelled(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.canonical) for e in ents(text)}


# --- person names -------------------------------------------------------------------------


def test_common_word_first_name_after_a_title() -> None:
    # حسن is also "good", جمال "beauty": after a title and before a name they are names
    assert "حسن عبد الرزاق" in persons("وقال الدكتور حسن عبد الرزاق إن النتائج مطمئنة.")
    assert "جمال المصطفى" in persons("واستقبل المحافظ جمال المصطفى الوفد صباحا.")


def test_name_particles_and_compounds_continue_a_name() -> None:
    assert "سليمان أبو العز" in persons("وصل السيد سليمان أبو العز إلى المدينة.")
    assert "يوسف سليمان عطا الله" in persons("كتب المحامي يوسف سليمان عطا الله رسالة إلى المحكمة.")


def test_ali_with_ya_is_a_name_but_not_the_preposition() -> None:
    assert "زياد علي فاضل" in persons("وقال المتحدث زياد علي فاضل إن الاجتماع انتهى.")
    assert all("على" not in p for p in persons("وقال الوزير نبيل الراشد على هامش المؤتمر إن الحوار مستمر."))


def test_second_baasim_after_a_spokesman_is_the_name() -> None:
    got = persons("وقال المتحدث باسم البلدية باسم الخطيب إن المياه عادت.")
    assert "باسم الخطيب" in got


def test_common_nouns_after_reporting_verbs_are_not_persons() -> None:
    assert persons("وقال مسعفون إن المصابين نقلوا إلى المستشفى.") == []
    assert persons("وقالت إنها لن تعود.") == []
    assert persons("وقال شهود عيان إن الانفجار كان قويا.") == []


def test_town_name_used_as_a_first_name_after_a_title() -> None:
    # ليني is also a town in the generated gazetteer
    got = labelled("وقالت المنسقة ليني كاربوني إن المساعدات تأخرت.")
    assert got.get("ليني كاربوني", ("", ""))[0] == "PERSON"


def test_participle_in_accusative_is_not_part_of_a_name() -> None:
    got = persons("وصل العماد سمير حداد مترئسا الوفد.")
    assert "سمير حداد" in got


def test_nisba_surname_becomes_the_person_when_not_an_adjective() -> None:
    text = "قال المتحدث العسكري سامر الليبي إن القوات تقدمت. وأضاف الليبي أن الطريق مفتوح."
    got = [(e.text, e.label) for e in ents(text)]
    assert ("سامر الليبي", "PERSON") in got
    assert ("الليبي", "PERSON") in got
    # after a definite noun it stays the adjective
    got2 = [(e.text, e.label) for e in ents("وأعلن الجيش الليبي أن الطريق مفتوح.")]
    assert ("الليبي", "PERSON") not in got2


def test_organization_pattern_does_not_swallow_the_following_name() -> None:
    got = labelled("وقال رئيس مجلس الوزراء كريم الفاخوري إن الموازنة أقرت.")
    assert got.get("كريم الفاخوري", ("", ""))[0] == "PERSON"
    assert not any(k.startswith("مجلس الوزراء كريم") for k in got)


# --- places and nationalities ------------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("وصل المبعوث إلى صنعاء أمس.", "صنعاء", "Sana'a"),
    ("وتستضيف جنيف جولة جديدة من المحادثات.", "جنيف", "Geneva"),
    ("وأعلنت بريطانيا فرض عقوبات جديدة.", "بريطانيا", "United Kingdom"),
    ("وتعبر السفن البحر الأحمر بحذر.", "البحر الأحمر", "Red Sea"),
    ("تتواصل المعارك في دارفور منذ أشهر.", "دارفور", "Darfur"),
    ("وقدمت الوكالة مساعدات للسودان هذا العام.", "للسودان", "Sudan"),
])
def test_generated_and_curated_places(text: str, name: str, canonical: str) -> None:
    got = labelled(text)
    assert got[name][1] == canonical


def test_place_named_like_a_common_word_needs_a_place_context() -> None:
    assert labelled("انسحبت القوات من مخيم جنين فجرا.")  # the camp is found
    assert labelled("وقتل شاب في جنين أمس.")["جنين"] == ("GPE", "Jenin")
    assert "جنين" not in labelled("وأظهرت الصور نمو جنين سليم.")


def test_indefinite_accusative_nisba() -> None:
    got = labelled("وقتل 20 فلسطينيا في الغارة.")
    assert got["فلسطينيا"] == ("NORP", "Palestinian")


def test_financial_is_not_malian() -> None:
    assert "المالية" not in labelled("وأقر البرلمان موازنة السنة المالية الجديدة.")


# --- organizations found by their head noun -------------------------------------------------


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("وأعلنت وزارة الكهرباء العراقية انقطاع التيار.", "وزارة الكهرباء العراقية", "Iraqi Ministry of Electricity"),
    ("وقالت بلدية نابلس إن الشارع أغلق.", "بلدية نابلس", "Municipality of Nablus"),
    ("وأصدرت هيئة الإغاثة الوطنية بيانا.", "هيئة الإغاثة الوطنية", "National Authority of Relief"),
])
def test_pattern_organizations_get_an_english_name(text: str, name: str, canonical: str) -> None:
    got = {e.text: e for e in ents(text)}
    assert got[name].label == "ORG"
    assert got[name].canonical == canonical
    assert got[name].entity_id == "org:" + canonical.lower().replace(" ", "_")


def test_untranslatable_pattern_organization_keeps_a_stable_key() -> None:
    a = {e.text: e for e in ents("وقالت جمعية الفرسان الخضر إن الحفل تأجل.")}
    b = {e.text: e for e in ents("ونظمت جمعية الفرسان الخضر حفلا.")}
    name = next(k for k in a if k.startswith("جمعية"))
    assert a[name].entity_id == b[name].entity_id


def test_indefinite_head_with_a_bare_nisba_is_a_description() -> None:
    got = labelled("ووقعت شركة أمريكية عقدا مع الحكومة.")
    assert "شركة أمريكية" not in got
    assert got["أمريكية"][0] == "NORP"


# --- ambiguous place names -----------------------------------------------------------------


def test_amman_or_oman_by_context() -> None:
    assert labelled("وصل الملك إلى عمان قادما من العقبة، وقالت الحكومة الأردنية إن الزيارة ناجحة.")["عمان"][1] == "Amman"
    assert labelled("زار الوزير عمان والتقى السلطان في مسقط.")["عمان"][1] == "Oman"
    assert labelled("وصل الوفد إلى عمان أمس.")["عمان"][1] == "Oman"  # the default reading
    assert labelled("وصل المبعوث إلى عمّان.")["عمّان"][1] == "Amman"  # vocalized: the city


def test_tripoli_by_context() -> None:
    assert labelled("اندلعت اشتباكات في طرابلس شمال لبنان.")["طرابلس"][1] == "Tripoli, Lebanon"
    assert labelled("اندلعت اشتباكات في طرابلس الليبية.")["طرابلس"][1] == "Tripoli"


# --- the cache and the frequency table -------------------------------------------------------


def test_zipf_table_matches_wordfreq() -> None:
    from wordfreq import zipf_frequency

    for w in ["في", "قال", "جنين", "صنعاء", "كينزلي", "جان-بيير"]:
        assert zipf(w) == pytest.approx(zipf_frequency(w, "ar"), abs=0.011)


def test_cache_round_trip_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"n": len(calls)}

    assert cached("thing", [data], build) == {"n": 1}
    assert cached("thing", [data], build) == {"n": 1}  # served from disk
    assert len(calls) == 1
    key = fingerprint([data])
    data.write_text("two", encoding="utf-8")
    assert fingerprint([data]) != key
    assert cached("thing", [data], build) == {"n": 2}  # a changed file rebuilds
    assert len(list(tmp_path.glob("thing-*.pickle"))) == 1  # the stale file is removed


def test_cached_lexicon_equals_a_fresh_build() -> None:
    fresh = build_lexicon()
    loaded = pickle.loads(pickle.dumps(lexicon()))
    assert fresh.entries == loaded.entries
    assert fresh.first_names == loaded.first_names
    assert fresh.org_words == loaded.org_words


# --- more name shapes and organization shapes ---------------------------------------------------


def test_kunya_and_abd_names() -> None:
    assert "أبو عمار" in persons("وكان أبو عمار في تونس يومها.")
    assert "عبد السلام البشتاوي" in persons("تطوع عبد السلام البشتاوي للمساعدة.")
    assert "عبد القادر عبد الجليل" in persons("وصلت رسالة عبد القادر عبد الجليل إلى البلدية.")


def test_known_first_name_with_a_nisba_family_name() -> None:
    assert "محمود المصري" in persons("وصلت رسالة من محمود المصري إلى رئيس البلدية.")
    assert persons("وأعلن الجيش المصري ذلك.") == []


def test_definite_head_with_an_organization_adjective() -> None:
    got = labelled("وقرر البنك المركزي رفع الفائدة، وقضت المحكمة العليا بذلك.")
    assert got["البنك المركزي"] == ("ORG", "Central Bank")
    assert got["المحكمة العليا"] == ("ORG", "Supreme Court")
    assert labelled("وقالت اللجنة إن الاجتماع انتهى.") == {}  # a bare definite head is an anaphor


def test_head_after_a_title_is_an_organization_unless_a_portfolio() -> None:
    got = labelled("وقال رئيس المخابرات العامة إن المحادثات مستمرة.")
    assert got["المخابرات العامة"][0] == "ORG"
    assert not any(k.startswith("الداخلية") for k in labelled("وقال وزير الداخلية إن الطرق مغلقة."))


def test_organization_complement_with_lam() -> None:
    got = labelled("وأفاد الجهاز المركزي للتعبئة العامة والإحصاء بارتفاع الأسعار.")
    assert got["الجهاز المركزي للتعبئة العامة والإحصاء"][0] == "ORG"
    got2 = labelled("واجتمع مجلس النواب للتصويت على القانون.")
    assert "مجلس النواب للتصويت" not in got2
