"""The fast path (resiliparse) on pages as heavy as real news sites: finding the article's box.

Every page here is written for the test. Real article pages carry teaser grids, most-read
lists and footers around the article; resiliparse's own main-content filter keeps much of
that, so khabar first finds the element that holds the article's paragraphs.
"""

from __future__ import annotations

import json

from khabar.ingest.html import html_document

P1 = "أعلنت وزارة الصحة في العاصمة مساء الاثنين افتتاح مستشفى ميداني جديد في الضواحي الشمالية."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى يضم مئة سرير وغرفتين للعمليات ويعمل على مدار الساعة."
P3 = "وأضاف أن فرقا طبية من ثلاث محافظات ستتناوب على العمل فيه خلال الأشهر الستة المقبلة."
BODY = [P1, P2, P3]

TEASERS = [
    "ارتفاع أسعار الخضار في الأسواق المحلية مع بداية فصل الشتاء وتراجع الإنتاج الزراعي في السهول",
    "منتخب الشباب يتأهل إلى الدور النهائي بعد فوزه بثلاثة أهداف مقابل هدف في مباراة مثيرة",
    "افتتاح معرض الكتاب السنوي بمشاركة أكثر من مئتي دار نشر عربية وأجنبية في قاعة المعارض",
    "الأرصاد تتوقع أمطارا غزيرة على المناطق الساحلية خلال عطلة نهاية الأسبوع وانخفاض الحرارة",
]


def page(body_html: str, extra: str = "") -> bytes:
    return (
        '<html lang="ar"><head><meta charset="utf-8"><title>افتتاح مستشفى ميداني</title></head><body>'
        '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li></ul></nav>'
        f'<h1>افتتاح مستشفى ميداني في الضواحي الشمالية</h1>{body_html}{extra}'
        '<footer><p>جميع الحقوق محفوظة لموقع الأخبار العربية منذ عام ألفين وعشرة</p></footer></body></html>'
    ).encode()


def fast_body(data: bytes) -> list[str]:
    doc = html_document(data, fast=True, analyze=False)
    for b in doc.layout.body:
        assert doc.text[b.start:b.end] == b.text
    return [b.text for b in doc.layout.body]


def cards(n: int = 4) -> str:
    return '<div class="more-stories">' + "".join(
        f'<div class="card"><a href="/n/{i}"><h3>{t.split()[0]} {t.split()[1]}</h3></a><p>{t} {t}</p></div>'
        for i, t in enumerate(TEASERS[:n])) + "</div>"


def test_teaser_cards_with_summaries_are_not_the_article() -> None:
    # the four summaries hold more paragraph text than the article itself
    html = page('<div class="story">' + "".join(f"<p>{p}</p>" for p in BODY) + "</div>", cards())
    assert fast_body(html) == BODY


def test_one_paragraph_per_wrapper_is_found_whole() -> None:
    html = page('<div class="article-body">' + "".join(f'<div class="para"><p>{p}</p></div>' for p in BODY)
                + "</div>", cards(2))
    assert fast_body(html) == BODY


def test_body_split_by_an_ad_slot_is_found_whole() -> None:
    html = page(f'<div class="content"><div class="part"><p>{P1}</p><p>{P2}</p></div>'
                f'<div class="ad-slot" data-pos="1"></div><div class="part"><p>{P3}</p></div></div>', cards())
    assert fast_body(html) == BODY


def test_schema_org_article_body_is_taken_as_marked() -> None:
    html = page('<div class="x"><div itemprop="articleBody">' + "".join(f"<p>{p}</p>" for p in BODY[:2])
                + f'</div><div class="y"><p>{P3}</p><p>{P3[::-1]}</p><p>{TEASERS[0]}</p></div></div>')
    assert fast_body(html) == BODY[:2]


def test_chrome_inside_the_article_box_is_left_out() -> None:
    inner = ('<aside class="inline-related"><p>' + TEASERS[1] + "</p></aside>"
             '<div class="related-box"><p>' + TEASERS[2] + "</p></div>")
    html = page(f'<div class="story"><p>{P1}</p>{inner}<p>{P2}</p><p>{P3}</p></div>')
    assert fast_body(html) == BODY


def test_page_without_paragraph_markup_still_reads_its_text() -> None:
    html = page('<div class="story">' + "<br><br>".join(BODY) + "</div>")
    body = fast_body(html)
    assert " ".join(body).count("المستشفى") >= 1 and any(P2 in b for b in body)


def test_fast_path_takes_json_ld_when_the_markup_holds_a_stub() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "افتتاح مستشفى ميداني",
                     "articleBody": "\n".join(BODY * 2)}, ensure_ascii=False)
    html = page('<div id="app"><p>جار تحميل المحتوى ...</p></div>',
                f'<script type="application/ld+json">{ld}</script>')
    doc = html_document(html, fast=True, analyze=False)
    assert doc.meta.extra["extractor"] == "json-ld"
    assert [b.text for b in doc.layout.body] == BODY  # repeated lines are kept once
