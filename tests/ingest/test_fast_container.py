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


def test_teaser_card_with_its_summary_in_a_wrapper_is_not_the_article() -> None:
    # the card's linked headline sits two levels above the summary paragraph
    grid = '<section class="more">' + "".join(
        f'<div class="gc"><div class="gc__content"><h3 class="gc__title"><a href="/n/{i}">{t.split()[0]}</a></h3>'
        f'<div class="gc__excerpt"><p>{t} {t}</p></div></div></div>' for i, t in enumerate(TEASERS)) + "</section>"
    html = page('<div class="story">' + "".join(f"<p>{p}</p>" for p in BODY) + "</div>", grid)
    assert fast_body(html) == BODY
    # trafilatura keeps such summaries: the default path leaves them out too
    doc = html_document(html, analyze=False)
    assert not any(t in b.text for b in doc.layout.body for t in TEASERS)


def test_related_posts_box_inside_the_article_is_left_out() -> None:
    related = ('<div id="related-posts-box" class="rp"><h3>ذات صلة</h3>' + "".join(
        f'<div class="rp-post"><h4><a href="/r/{i}">{t.split()[0]} {t.split()[1]}</a></h4><p>{t}</p>'
        f'<p class="ctx">في "اقتصاد"</p></div>' for i, t in enumerate(TEASERS[:3])) + "</div>")
    html = page('<div class="entry-content">' + "".join(f"<p>{p}</p>" for p in BODY) + related + "</div>")
    assert fast_body(html) == BODY


def test_live_blog_updates_are_the_body_and_their_stamps_are_not() -> None:
    updates = "".join(
        f'<li class="lb-post"><div class="lb-post__meta"><time>{10 + i}:15</time><span>مراسلنا</span></div>'
        f'<div class="lb-post__content"><p>{p}</p></div></li>' for i, p in enumerate(BODY))
    html = page(f'<ol class="lb-feed">{updates}</ol>', cards(3))
    assert fast_body(html) == BODY


def test_old_table_layout_with_br_paragraphs() -> None:
    menu = "<table><tr>" + "".join(f'<td><a href="/s{i}">قسم {i}</a></td>' for i in range(30)) + "</tr></table>"
    teasers = "<table>" + "".join(f'<tr><td><a href="/t{i}">{t}</a></td></tr>' for i, t in enumerate(TEASERS)) + "</table>"
    html = ('<html><head><meta charset="utf-8"><title>افتتاح مستشفى ميداني - أخبار اليوم</title></head><body>' + menu
            + '<table><tr><td class="text"><font size="4"><b>افتتاح مستشفى ميداني</b></font><br>'
            + '<font size="2">' + "<br><br>".join(BODY) + "</font></td>"
            + f"<td>{teasers}</td></tr></table></body></html>").encode()
    for fast in (True, False):
        doc = html_document(html, fast=fast, analyze=False)
        assert [b.text for b in doc.layout.body] == BODY, fast
        assert doc.layout.headline and doc.layout.headline.text == "افتتاح مستشفى ميداني"


def test_microdata_article_body_in_a_list_of_itemprops_inside_a_widget() -> None:
    # Blogger marks the post itemprop="description articleBody" inside a "widget Blog" box
    posts = "".join(f'<div style="text-align: justify;">{p}</div>' for p in BODY)
    comments = '<div id="comments"><dl>' + "".join(f"<dd class='comment-body'><p>{t}</p></dd>" for t in TEASERS) + "</dl></div>"
    html = page(f"<div class='widget Blog'><div class='post-body entry-content' itemprop='description articleBody'>"
                f"{posts}</div>{comments}</div>")
    assert fast_body(html) == BODY


def test_photo_story_widens_to_its_frames_not_to_other_stories() -> None:
    frames = "".join(f'<section class="ps-item"><figure><img src="/{i}.jpg"><figcaption>صورة رقم {i} من الموقع '
                     f'(تصوير: هالة يوسف)</figcaption></figure><div class="ps-body"><p>{p}</p></div></section>'
                     for i, p in enumerate(BODY))
    others = '<section class="gallery">' + "".join(
        f'<div class="gallery-card"><img src="/g{i}.jpg"><div class="gallery-text">{t} {t}</div></div>'
        for i, t in enumerate(TEASERS)) + "</section>"
    html = page(f'<main class="story-main"><div class="ps-list">{frames}</div>{others}</main>')
    assert fast_body(html) == BODY


def test_signup_and_key_facts_boxes_inside_the_article_are_left_out() -> None:
    facts = '<div class="key-facts"><h2>أبرز النقاط</h2><ul><li>عدد الأسرة: مئة سرير</li><li>الكلفة: مليون دينار</li></ul></div>'
    signup = ('<div class="kg-card kg-signup-card"><h2>النشرة الأسبوعية</h2><p>اشترك لتصلك تحقيقاتنا كل أحد في بريدك.</p>'
              '</div><div class="kg-card kg-cta-card"><p class="kg-cta-text">ادعم الصحافة المستقلة واشترك في العضوية المدفوعة.</p></div>')
    html = page(f'<div class="story">{facts}<p>{P1}</p>{signup}<p>{P2}</p><p>{P3}</p></div>')
    for fast in (True, False):
        doc = html_document(html, fast=fast, analyze=False)
        assert [b.text for b in doc.layout.body] == BODY, fast


def test_in_body_list_items_are_body_without_their_bullets() -> None:
    items = ["رفع الأجور بنسبة عشرين في المئة", "توفير تأمين صحي شامل للعمال وأسرهم"]
    html = page(f'<div class="story"><p>{P1}</p><p>وطالبت النقابة بما يلي:</p><ul>'
                + "".join(f"<li>{t}</li>" for t in items) + f"</ul><p>{P2}</p><p>{P3}</p></div>")
    want = [P1, "وطالبت النقابة بما يلي:", *items, P2, P3]
    for fast in (True, False):
        doc = html_document(html, fast=fast, analyze=False)
        assert [b.text for b in doc.layout.body] == want, fast


def test_the_next_article_loaded_below_is_not_this_one() -> None:
    nxt = ('<article class="next-article"><h2>المقال التالي: ارتفاع أسعار الوقود</h2>'
           + "".join(f"<p>{t} {t}</p>" for t in TEASERS[:3]) + "</article>")
    # the page's headline sits in its own article; the next one holds more text
    html = ('<html lang="ar"><head><meta charset="utf-8"><title>افتتاح مستشفى ميداني</title></head><body>'
            '<main><article class="main-article"><h1>افتتاح مستشفى ميداني في الضواحي الشمالية</h1><div class="story">'
            + "".join(f"<p>{p}</p>" for p in BODY) + f"</div></article>{nxt}</main></body></html>").encode()
    for fast in (True, False):
        doc = html_document(html, fast=fast, analyze=False)
        assert [b.text for b in doc.layout.body] == BODY, fast
