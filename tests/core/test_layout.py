"""Layout on twelve hand-written pages in the styles of different Arabic news sites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import analyze

DOCS = sorted((Path(__file__).parent / "layout_docs").glob("*.txt"))


def test_there_are_at_least_twelve_layout_documents() -> None:
    assert len(DOCS) >= 12


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_layout_document(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    lay = analyze(text, stages=["layout"]).layout

    assert (lay.headline.text if lay.headline else None) == want["headline"]
    assert (lay.dek.text if lay.dek else None) == want["dek"]
    assert [c.text for c in lay.captions] == [c["text"] for c in want["captions"]]
    assert [c.credits for c in lay.captions] == [c["credits"] for c in want["captions"]]
    assert [c.dates for c in lay.captions] == [c["dates"] for c in want["captions"]]
    assert [c.text for c in lay.chrome] == want["chrome"]
    assert [d.text for d in lay.duplicates] == [d["text"] for d in want["duplicates"]]
    for dup, exp in zip(lay.duplicates, want["duplicates"], strict=True):
        assert text[dup.duplicate_of:].startswith(exp["of"])
        assert dup.duplicate_of < dup.start
    assert len(lay.body) == len(want["body"])
    for para, prefix in zip(lay.body, want["body"], strict=True):
        assert para.text.startswith(prefix)
    assert [b.text for b in lay.bylines] == want.get("bylines", [])
    assert [d.text for d in lay.datelines] == want.get("datelines", [])


def test_seed_layout(seed_text: str) -> None:
    lay = analyze(seed_text, "2024-04-01", stages=["layout"]).layout
    assert lay.headline is not None and lay.headline.text.startswith("اجتماع أمريكي")
    assert lay.dek is not None and lay.dek.text.startswith("ألغى نتنياهو")
    assert [c.credits for c in lay.captions] == [
        ["AP/Carolyn Kaster", "Abir Sultan/Pool photo via AP"], ["AP Photo/Fatima Shbair"]]
    assert lay.captions[0].dates == ["2023-03-28", "2023-03-19"]
    assert len(lay.duplicates) == 1 and lay.duplicates[0].duplicate_of == lay.captions[0].start
    assert [c.text for c in lay.chrome] == ["إسرائيل في حالة حرب - اليوم 397", "بحث", "اقرأ المزيد عن"]
    assert len(lay.body) == 9


def test_every_paragraph_lands_in_exactly_one_part() -> None:
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        lay = analyze(text, stages=["layout"]).layout
        assert all(b in lay.chrome for b in lay.bylines)
        parts = [*lay.chrome, *lay.duplicates, *lay.captions, *lay.body]
        parts += [p for p in (lay.headline, lay.dek) if p is not None]
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        assert sorted(p.text for p in parts) == sorted(lines), path.name


def test_share_follow_and_download_prompts_are_chrome_but_narrative_is_body() -> None:
    text = ("وزير الاقتصاد يعلن خطة جديدة لدعم الصناعات المحلية\n"
            "أعلن وزير الاقتصاد اليوم الأحد عن خطة لدعم الصناعات المحلية بقيمة ملياري دولار على مدى ثلاث سنوات.\n"
            "لمتابعة آخر الأخبار انضموا إلى قناتنا على تليجرام\n"
            "وشارك ناشطون مقطعا للمؤتمر على فيسبوك.\n"
            "وقال الوزير إن الخطة تشمل قروضا ميسرة للمصانع الصغيرة والمتوسطة في المحافظات كافة.\n"
            "شارك هذا الخبر على فيسبوك\n"
            "حمّل تطبيق الموقع المجاني من متجر Google Play\n"
            "تابعونا على تويتر وإنستغرام\n")
    lay = analyze(text).layout
    assert [c.text for c in lay.chrome] == [
        "لمتابعة آخر الأخبار انضموا إلى قناتنا على تليجرام",  # strong: anywhere
        "شارك هذا الخبر على فيسبوك", "حمّل تطبيق الموقع المجاني من متجر Google Play",  # weak: at the end
        "تابعونا على تويتر وإنستغرام",
    ]
    body = [b.text for b in lay.body]
    assert "وشارك ناشطون مقطعا للمؤتمر على فيسبوك." in body  # 'he shared' in the story stays
    assert len(body) == 3


def test_a_weak_call_inside_the_story_is_not_a_prompt() -> None:
    text = ("عنوان الخبر عن حملة إلكترونية واسعة\n"
            "أطلق ناشطون حملة إلكترونية واسعة للمطالبة بالإفراج عن المعتقلين في البلاد منذ أشهر.\n"
            "شارك آلاف المستخدمين الوسم على تويتر خلال ساعات\n"
            "وقالت منظمات حقوقية إن الحملة هي الأوسع منذ سنوات وإنها ستتواصل حتى تحقيق مطالبها.\n")
    lay = analyze(text).layout
    assert "شارك آلاف المستخدمين الوسم على تويتر خلال ساعات" in [b.text for b in lay.body]
    assert lay.chrome == []


def test_share_bars_and_the_sites_own_app_are_chrome() -> None:
    text = ("عنوان الخبر عن افتتاح معرض الكتاب في المدينة\n"
            "افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي بمشاركة مئات دور النشر من عشرين دولة.\n"
            "وقال الوزير إن قناتنا الرسمية ستنقل الفعاليات\n"
            "شاركها: فيسبوك | إكس | واتساب\n"
            "تابع آخر الأخبار عبر تطبيقنا\n")
    lay = analyze(text).layout
    assert [c.text for c in lay.chrome] == ["شاركها: فيسبوك | إكس | واتساب", "تابع آخر الأخبار عبر تطبيقنا"]
    # the site's own channel named inside the story, with no call, stays body
    assert "وقال الوزير إن قناتنا الرسمية ستنقل الفعاليات" in [b.text for b in lay.body]
