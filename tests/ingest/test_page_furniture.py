"""Lines of a page that are its furniture, not its article: stamps, bylines, notices, embeds, the dek.

Pages written for the test, in both extraction paths (trafilatura and ``--fast``).
"""

from __future__ import annotations

import pytest

from khabar.ingest.html import html_document
from khabar.layout import is_byline, is_copyright, is_date_only, is_reading_time
from khabar.text import normalize_word

P1 = "قررت الحكومة رفع الحد الأدنى للأجور بنسبة عشرة في المئة اعتبارا من مطلع العام المقبل."
P2 = "وقال وزير العمل إن القرار يشمل العاملين في القطاعين العام والخاص على حد سواء."
P3 = "ورحبت النقابات العمالية بالخطوة، لكنها طالبت بربط الأجور بمعدلات التضخم بشكل دوري."
BODY = [P1, P2, P3]


def doc_of(inner: str, *, fast: bool, head: str = "") -> object:
    html = ('<html lang="ar"><head><meta charset="utf-8"><title>رفع الحد الأدنى للأجور</title>' + head
            + '</head><body><main><article><h1>رفع الحد الأدنى للأجور بنسبة عشرة في المئة</h1>'
            + inner + '</article></main><footer><p>© 2026 جميع الحقوق محفوظة لشبكة الأخبار</p></footer></body></html>')
    return html_document(html.encode(), fast=fast, analyze=False)


def body(doc: object) -> list[str]:
    return [b.text for b in doc.layout.body]  # type: ignore[attr-defined]


@pytest.mark.parametrize("fast", [False, True])
def test_stamps_bylines_and_notices_are_not_body(fast: bool) -> None:
    inner = ('<div class="story"><p>الثلاثاء 25 نوفمبر 2026</p>'
             '<p>كتب: سامي الخطيب</p><p>وحدة الأخبار الاقتصادية | 24 نوفمبر 2026 | قراءة 3 دقائق</p>'
             + "".join(f"<p>{p}</p>" for p in BODY)
             + '<p>آخر تحديث: 25 نوفمبر 2026 - 18:40</p><p>© 2026 شبكة الأخبار</p></div>')
    doc = doc_of(inner, fast=fast)
    assert body(doc) == BODY
    lay = doc.layout  # type: ignore[attr-defined]
    assert [b.text for b in lay.bylines] == ["كتب: سامي الخطيب"]
    assert [d.text for d in lay.datelines][:1] == ["الثلاثاء 25 نوفمبر 2026"]
    text = doc.text  # type: ignore[attr-defined]
    for s in lay.bylines + lay.datelines + lay.body:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("fast", [False, True])
def test_embedded_tweet_and_pull_quote_are_not_body(fast: bool) -> None:
    tweet = ('<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">نبارك لعمال الوطن هذا القرار التاريخي '
             'الذي طال انتظاره pic.twitter.com/abc123</p>— اتحاد العمال (@workers_union_ar) November 25, 2026'
             '</blockquote>')
    pull = '<aside class="pullquote">القرار يشمل العاملين في القطاعين العام والخاص</aside>'
    inner = f'<div class="story"><p>{P1}</p>{tweet}<p>{P2}</p>{pull}<p>{P3}</p></div>'
    assert body(doc_of(inner, fast=fast)) == BODY


@pytest.mark.parametrize("fast", [False, True])
def test_gallery_badges_are_not_body(fast: bool) -> None:
    inner = ('<div class="story"><div class="badge">بالصور</div><div class="count">5 صور</div>'
             + "".join(f"<p>{p}</p>" for p in BODY) + "</div>")
    assert body(doc_of(inner, fast=fast)) == BODY


@pytest.mark.parametrize("fast", [False, True])
def test_dek_under_the_headline_whatever_its_class(fast: bool) -> None:
    dek = "الزيادة تشمل أكثر من مليوني عامل وتكلف الخزينة مئات الملايين سنويا"
    # hashed class names: one paragraph under the headline, a byline box after it
    inner = (f'<div class="sc-a1b2c3"><p class="sc-d4e5f6">{dek}</p></div><div class="sc-x9"><span>بقلم</span> '
             '<a href="/a/1">سامي الخطيب</a></div><div class="sc-body">' + "".join(f"<p>{p}</p>" for p in BODY) + "</div>")
    doc = doc_of(inner, fast=fast)
    assert doc.layout.dek and doc.layout.dek.text == dek  # type: ignore[attr-defined]
    assert body(doc) == BODY
    # 'lede' is the newsroom spelling of the standfirst's class
    doc = doc_of(f'<p class="article__lede">{dek}</p>' + "".join(f"<p>{p}</p>" for p in BODY), fast=fast)
    assert doc.layout.dek and doc.layout.dek.text == dek  # type: ignore[attr-defined]


def test_first_paragraph_followed_by_the_next_is_not_a_dek() -> None:
    doc = doc_of("".join(f"<p>{p}</p>" for p in BODY), fast=False)
    assert doc.layout.dek is None  # type: ignore[attr-defined]
    assert body(doc) == BODY


def test_furniture_line_predicates() -> None:
    def n(s: str) -> str:
        return normalize_word(s)

    assert is_date_only(n("الأربعاء 26 نوفمبر 2026"))
    assert is_date_only(n("آخر تحديث: 22 نوفمبر 2026 - 23:45"))
    assert is_date_only(n("منذ 3 ساعات"))
    assert not is_date_only(n("قتل 12 شخصا في 3 مارس 2024"))
    assert not is_date_only(n("الأحد"))
    assert is_byline(n("بقلم: هالة يوسف")) and not is_byline(n("كتب الوزير رسالة إلى نظيره يطلب فيها عقد اجتماع عاجل"))
    assert is_copyright(n("© 2026 موقع الأخبار")) and is_copyright(n("جميع الحقوق محفوظة"))
    assert is_reading_time(n("قراءة 4 دقائق")) and is_reading_time(n("5 دقائق للقراءة"))
    assert not is_reading_time(n("قراءة في كتاب جديد"))


@pytest.mark.parametrize("fast", [False, True])
def test_wire_codes_signatures_and_stamped_names_are_not_body(fast: bool) -> None:
    inner = ('<div class="story"><p>الجمعة 28 مارس 2026 - سامي الخطيب</p>' + "".join(f"<p>{p}</p>" for p in BODY)
             + "<p>--(وكالة الأنباء)-- س.ع/م.ح</p><p>- هالة يوسف</p></div>")
    doc = doc_of(inner, fast=fast)
    assert body(doc) == BODY
    assert [b.text for b in doc.layout.bylines] == ["- هالة يوسف"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("fast", [False, True])
def test_tables_author_box_and_cookie_notice_are_not_body(fast: bool) -> None:
    table = ("<table><tr><th>المؤشر</th><th>القيمة</th></tr><tr><td>الحد الأدنى الحالي للأجور</td>"
             "<td>3000</td></tr><tr><td>الحد الأدنى الجديد للأجور</td><td>3300</td></tr></table>")
    author = ('<section class="author-box"><h2>عن الكاتب</h2><p>صحفي متخصص في شؤون العمل والنقابات، '
              "عمل مراسلا لعدد من الصحف العربية منذ عشرين عاما.</p></section>")
    cookie = ('<div class="cookie-notice"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل '
              "حركة الزوار وعرض إعلانات مناسبة لك.</p><button>موافق</button></div>")
    inner = f'<div class="story"><p>{P1}</p>{table}<p>{P2}</p><p>{P3}</p>{author}</div>{cookie}'
    assert body(doc_of(inner, fast=fast)) == BODY


def test_link_only_line_is_not_body_on_the_default_path() -> None:
    link = "الحكومة تدرس خفض ضريبة الدخل على الأسر محدودة الدخل"
    inner = (f'<div class="story"><p>{P1}</p><p><a href="/news/2">{link}</a></p><p>{P2}</p><p>{P3}</p></div>')
    assert body(doc_of(inner, fast=False)) == BODY


@pytest.mark.parametrize("fast", [False, True])
def test_source_lines_lone_datelines_and_error_report_prompts(fast: bool) -> None:
    inner = ('<div class="story"><p>المدينة الساحلية - خاص</p>' + "".join(f"<p>{p}</p>" for p in BODY)
             + "<p>المصدر: وكالة الأنباء الرسمية</p><p>للإبلاغ عن خطأ في هذا الخبر اضغط هنا</p></div>")
    doc = doc_of(inner, fast=fast)
    assert body(doc) == BODY
    assert [b.text for b in doc.layout.bylines] == ["المدينة الساحلية - خاص", "المصدر: وكالة الأنباء الرسمية"]  # type: ignore[attr-defined]


def test_camel_case_subtitle_class_is_the_dek() -> None:
    dek = "الزيادة تشمل أكثر من مليوني عامل وتكلف الخزينة مئات الملايين سنويا"
    html = ('<html><head><meta charset="utf-8"><title>رفع الحد الأدنى للأجور بنسبة عشرة في المئة - بوابة الأخبار'
            '</title></head><body><table><tr><td>'
            '<div class="PrintTitle"><span>رفع الحد الأدنى للأجور بنسبة عشرة في المئة</span></div>'
            f'<div class="PrintSubTitle"><span id="lblSubTitle">{dek}</span></div>'
            '<div id="divBody">' + "<br /><br />".join(BODY) + "</div></td></tr></table></body></html>")
    for fast in (False, True):
        doc = html_document(html.encode(), fast=fast, analyze=False)
        assert doc.layout.dek and doc.layout.dek.text == dek, fast
        assert body(doc) == BODY, fast


@pytest.mark.parametrize("fast", [False, True])
def test_date_stamp_in_plain_markup_dates_the_page(fast: bool) -> None:
    html = ('<html><head><meta charset="utf-8"><title>رفع الحد الأدنى للأجور - أخبار العمال</title></head><body>'
            '<table><tr><td><font size="1">الرئيسية &gt; اقتصاد</font></td></tr>'
            '<tr><td><font size="1">الثلاثاء 24 نوفمبر 2026 - 09:30 ص</font></td></tr>'
            '<tr><td><font size="4"><b>رفع الحد الأدنى للأجور</b></font><br><font size="2">'
            + "<br><br>".join(BODY) + "</font></td></tr></table></body></html>")
    doc = html_document(html.encode(), fast=fast, analyze=False)
    assert doc.publication_date.value == "2026-11-24"
    assert body(doc) == BODY


def test_date_labels_are_whole_words() -> None:
    from khabar.layout import date_remainder

    # 'نشر' is a date label, 'نشرت' a verb of the sentence
    assert date_remainder(normalize_word("الجمعة 28 مارس 2026 نشرت الوزارة")) == normalize_word("نشرت الوزارة")
    assert is_date_only(normalize_word("نشر في 28 مارس 2026"))
