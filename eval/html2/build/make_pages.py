# -*- coding: utf-8 -*-
"""Build the html2 held-out evaluation pages and their gold JSON files.

Deterministic, standard library only.  Run:  python3 make_pages.py
Writes NN-name.html and NN-name.json into the parent folder (eval/html2/).
"""
import base64
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import articles  # noqa: E402
import furniture as F  # noqa: E402
import pools  # noqa: E402

OUT = os.path.dirname(HERE)
esc = html.escape


# ---------------------------------------------------------------- gold helpers
def plain(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def gold_body(a):
    return [plain(h) for k, h in a["body"] if k in articles.BODY_KINDS]


def cap_text(cap):
    return plain(cap["text"] + " " + cap["credit_printed"])


def gold_captions(a):
    return [{"text": cap_text(c), "credits": list(c["credits"])} for c in a["captions"]]


def body_plain_text(a):
    return "\n\n".join(gold_body(a))


def write_page(fname, family, a, page_html, notes):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        f.write(page_html)
    gold = {
        "file": fname, "family": family, "encoding": "utf-8",
        "headline": plain(a["headline"]),
        "dek": plain(a["dek"]) if a["dek"] else None,
        "captions": gold_captions(a),
        "body": gold_body(a),
        "notes": notes,
    }
    with open(os.path.join(OUT, fname[:-5] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(page_html.encode("utf-8"))


def safe_json(obj):
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def teaser_records(rng, host, n):
    recs = []
    for i in range(n):
        recs.append({"id": rng.randint(100000, 999999), "title": F.teaser_title(rng),
                     "summary": F.teaser_summary(rng), "url": F.art_url(rng, host),
                     "image": F.img_url(rng, host), "section": rng.choice(pools.SECTIONS)[0],
                     "author": F.person(rng), "published": "2026-11-%02dT%02d:%02d:00+02:00" % (
                         rng.randint(1, 25), rng.randint(0, 23), rng.randint(0, 59))})
    return recs


# =================================================================== 1 Drupal
def drupal_views(rng, host, title, view_id, n, summary=True, image=True):
    rows = []
    for i in range(n):
        f = []
        if image:
            f.append('<div class="views-field views-field-field-image"><div class="field-content">'
                     '<a href="%s" hreflang="ar"><img loading="lazy" src="%s" width="220" height="124" alt="" typeof="foaf:Image" class="image-style-teaser-small"/></a></div></div>'
                     % (F.art_url(rng, host, "node"), F.img_url(rng, host, 220, 124)))
        f.append('<div class="views-field views-field-title"><span class="field-content"><a href="%s" hreflang="ar">%s</a></span></div>'
                 % (F.art_url(rng, host, "node"), esc(F.teaser_title(rng))))
        if summary:
            f.append('<div class="views-field views-field-body"><div class="field-content"><p>%s</p></div></div>'
                     % esc(F.teaser_summary(rng, rng.choice([1, 2]))))
        f.append('<div class="views-field views-field-created"><span class="field-content"><time datetime="2026-11-%02dT10:00:00Z">%s</time></span></div>'
                 % (rng.randint(1, 25), esc(F.date_str(rng))))
        cls = "views-row" + (" views-row-first" if i == 0 else "") + (" views-row-last" if i == n - 1 else "")
        rows.append('<div class="%s">%s</div>' % (cls, "".join(f)))
    dom = F.slug(rng, 40)
    return ('<div class="views-element-container block block-views block-views-block%s" id="block-views-block-%s">'
            '<h2 class="block-title">%s</h2><div class="block-content"><div class="view view-%s view-id-%s view-display-id-block_1 js-view-dom-id-%s">'
            '<div class="view-content">%s</div><div class="more-link"><a href="/%s">المزيد</a></div></div></div></div>'
            % (view_id.replace("_", ""), view_id, esc(title), view_id.replace("_", "-"), view_id, dom, "".join(rows), view_id))


def build_drupal():
    a = articles.A["drupal"]
    rng = random.Random(101)
    host = a["host"]
    c = F.Flavor("plain")
    caps = a["captions"]

    def fig_html(i, inline):
        cap = caps[i]
        img = ('<img loading="lazy" src="%s" width="780" height="439" alt="%s" typeof="foaf:Image" class="image-style-article-large"/>'
               % (F.img_url(rng, host, 780, 439), esc(plain(cap["text"]))))
        if inline:
            return ('<figure role="group" class="caption caption-drupal-media align-center"><div>'
                    '<article class="media media--type-image media--view-mode-embedded"><div class="field field--name-field-media-image field--type-image field--label-visually_hidden">'
                    '<div class="field__label visually-hidden">صورة</div><div class="field__item">%s</div></div></article></div>'
                    '<figcaption>%s <span class="photo-credit">%s</span></figcaption></figure>' % (img, esc(cap["text"]), esc(cap["credit_printed"])))
        return ('<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure class="lead-image">%s'
                '<figcaption class="field field--name-field-image-caption"><span class="caption-text">%s</span> <span class="photo-credit">%s</span></figcaption></figure></div>'
                % (img, esc(cap["text"]), esc(cap["credit_printed"])))

    body = []
    for k, h in a["body"]:
        if k == "p":
            body.append("<p>%s</p>" % h)
        elif k == "h3":
            body.append("<h3>%s</h3>" % h)
        elif k == "fig":
            body.append(fig_html(h, True))
        elif k == "readalso":
            body.append('<div class="embedded-entity read-also"><div class="read-also__label">اقرأ أيضا</div>'
                        '<div class="field field--name-title"><a href="%s" hreflang="ar">%s</a></div></div>'
                        % (F.art_url(rng, host, "node"), esc(h)))
    tags = "".join('<div class="field__item"><a href="/taxonomy/term/%d" hreflang="ar">%s</a></div>'
                   % (rng.randint(100, 999), esc(t)) for t in a["tags"])
    node = (
        '<article role="article" about="/node/48213" class="node node--type-article node--promoted node--view-mode-full">'
        '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
        '<div class="node__meta"><span class="field field--name-field-section field--type-entity-reference field--label-hidden field__item"><a href="/%s">%s</a></span>'
        ' <span class="node__submitted">بقلم <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person">%s</span></span>'
        ' - <span class="field field--name-created field--type-created field--label-hidden">%s</span></span></div>'
        '<div class="node__content clearfix">'
        '<div class="field field--name-field-subtitle field--type-string field--label-hidden field__item">%s</div>'
        '%s'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">الوسوم</div><div class="field__items">%s</div></div>'
        '<div class="addtoany-wrapper">%s</div>'
        '</div></article>'
    ) % (esc(a["headline"]), a["section_slug"], esc(a["section"]), esc(a["author"]), esc(a["date"]),
         esc(a["dek"]), fig_html(0, False), "".join(body), tags, F.share_bar(c, "شارك الخبر"))

    comments = ('<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
                '<h2 class="title comment-form__title">أضف تعليقا</h2>%s</section>' % F.comments_block(rng, c, 5))

    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/48213", "currentLanguage": "ar", "isFront": False},
                "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": ",".join("core/drupal.%s" % F.slug(rng, 6) for _ in range(60)),
                                                              "theme": "haql", "theme_token": None},
                "views": {"ajax_path": "/views/ajax", "ajaxViews": {("views_dom_id:%s" % F.slug(rng, 40)): {"view_name": "related_content", "view_display_id": "block_1", "view_args": "48213"} for _ in range(8)}},
                "user": {"uid": 0, "permissionsHash": F.slug(rng, 64)},
                "teasers": teaser_records(rng, host, 60)}
    css = F.css_blob(rng, "haql", 700)
    head = F.page_head(a["headline"] + " | " + a["site"], host, css,
                       F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
                       + F.breadcrumb_ld(host, [("الرئيسية", ""), (a["section"], a["section_slug"])])
                       + F.datalayer_script(rng, host, a["section_slug"], 40) + F.ad_config_script(rng, 14))
    page = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#">'
        + head +
        '<body class="path-node page-node-type-article user-logged-out">'
        '<a href="#main-content" class="visually-hidden focusable skip-link">انتقل إلى المحتوى الرئيسي</a>'
        + F.svg_sprite(rng, 30) +
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">'
        '<header role="banner"><div class="region region-header">'
        + F.top_bar(rng, c, "الاثنين 16 نوفمبر 2026") +
        '<div id="block-haql-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/haql/logo.svg" alt="الرئيسية"/></a>'
        '<div class="site-name"><a href="/" rel="home">%s</a></div><div class="site-slogan">صوت الريف والمزارع</div></div>' % esc(a["site"])
        + '<div id="block-haql-main-menu" class="block block-menu navigation menu--main">' + F.mega_menu(rng, host, c, 4) + '</div>'
        + F.ad_slot(rng, c, 970, 250) +
        '</div></header>'
        '<div class="region region-highlighted">' + F.ticker(rng, host, c, 14, "آخر الأخبار") + '</div>'
        '<div class="region region-breadcrumb"><div id="block-haql-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
        '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">مسار التنقل</h2>'
        '<ol><li><a href="/">الرئيسية</a></li><li><a href="/%s">%s</a></li><li>%s</li></ol></nav></div></div>'
        % (a["section_slug"], esc(a["section"]), esc(a["headline"])) +
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">'
        '<div data-drupal-messages-fallback class="hidden"></div>'
        '<div id="block-haql-content" class="block block-system block-system-main-block">' + node + '</div>'
        + drupal_views(rng, host, "أخبار ذات صلة", "related_content", 8)
        + F.ad_slot(rng, c, 728, 90)
        + drupal_views(rng, host, "من قسم الزراعة", "section_latest", 12)
        + comments +
        '</div></div>'
        '<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">'
        + drupal_views(rng, host, "الأكثر قراءة", "most_read", 10, summary=False, image=False)
        + F.ad_slot(rng, c, 300, 600)
        + drupal_views(rng, host, "أسعار الخضار اليوم", "market_prices", 6, summary=True, image=False)
        + F.newsletter_box(c) +
        '</div></aside></main>'
        + drupal_views(rng, host, "تقارير ميدانية", "field_reports", 16)
        + F.footer(rng, host, c, a["site"]) + F.cookie_banner(c) +
        '</div></div>'
        '<script type="application/json" data-drupal-selector="drupal-settings-json">' + safe_json(settings) + '</script>'
        '<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/core/misc/drupal.js?v=10.2.3"></script>'
        '<script src="/core/misc/drupal.init.js?v=10.2.3"></script><script src="/themes/custom/haql/js/global.js?s8x2k1"></script>'
        '</body></html>')
    notes = ("Drupal 10 article node. Body = field--name-body only. Lead image is a separate field--name-field-image with figcaption "
             "(caption text + photo-credit span). Inside the body: an embedded drupal-media figure (caption, not body), a 'اقرأ أيضا' "
             "embedded-entity box (not body) and an in-article <h3> subheading (body). Dek is field--name-field-subtitle. Headline also appears "
             "in the breadcrumb. Several views blocks (related, section latest, market prices, field reports) have teaser summaries in <p> "
             "inside views-field-body; they are not body. Inline <strong> and <a> in body paragraphs are kept as text.")
    return write_page("01-drupal-agriculture.html", "drupal", a, page, notes)


# =================================================================== 2 wire agency (ASP.NET)
def build_wire():
    a = articles.A["wire"]
    rng = random.Random(202)
    host = a["host"]
    c = F.Flavor("legacy")
    cap = a["captions"][0]
    viewstate = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(36000))).decode()
    evval = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(2400))).decode()
    pfx = "ctl00_ContentPlaceHolder1_"

    body = []
    for k, h in a["body"]:
        if k == "p":
            body.append("<p>%s</p>" % h)
        elif k == "endnote":
            cls = "newsEndCode" if h.startswith("--") else "newsEditor"
            body.append('<p class="%s">%s</p>' % (cls, esc(h)))

    def news_list(title, n, with_time=True, idp="lst"):
        lis = []
        for i in range(n):
            t = '<span class="newsTime">%02d:%02d</span> ' % (rng.randint(0, 23), rng.randint(0, 59)) if with_time else ""
            lis.append('<li id="%s%s_ctl%02d_li">%s<a id="%s%s_ctl%02d_lnk" href="NewsDetails.aspx?id=%d">%s</a></li>'
                       % (pfx, idp, i, t, pfx, idp, i, rng.randint(1000000, 1300000), esc(F.teaser_title(rng))))
        return '<div class="boxNews"><div class="boxTitle">%s</div><ul class="newsList">%s</ul></div>' % (esc(title), "".join(lis))

    langs = ('<ul class="langs"><li><a href="/ar/">عربي</a></li><li><a href="/en/">English</a></li>'
             '<li><a href="/fr/">Français</a></li></ul>')
    services = "".join('<li><a href="/ar/Services.aspx?s=%d">%s</a></li>' % (i, esc(s)) for i, s in enumerate(
        ["الخدمة الإخبارية", "خدمة الصور", "خدمة الفيديو", "الأرشيف", "النشرة الاقتصادية", "الرسائل القصيرة", "خلاصات RSS"]))
    nav = "".join('<li id="ctl00_ucMenu_rpt_ctl%02d_li"><a href="/ar/Category.aspx?c=%d">%s</a></li>' % (i, i + 1, esc(s[0]))
                  for i, s in enumerate(pools.SECTIONS))
    keywords = " ".join('<a href="/ar/Search.aspx?kw=%s" class="kwLink">%s</a>' % (F.slug(rng, 6), esc(t)) for t in a["tags"])
    main = (
        '<div id="%spnlNews" class="newsDetails">' % pfx
        + '<div class="newsPath"><a href="/ar/">الرئيسية</a> &gt; <a href="/ar/Category.aspx?c=3">%s</a></div>' % esc(a["section"])
        + '<h1 id="%slblTitle" class="newsTitle">%s</h1>' % (pfx, esc(a["headline"]))
        + '<div class="newsInfo"><span id="%slblDate">%s</span> | <span>رقم الخبر: 1184523</span> | <span>القراءات: 2,418</span></div>' % (pfx, esc(a["date"]))
        + '<div class="fontTools"><a href="javascript:;" onclick="fs(1)">تكبير الخط</a> <a href="javascript:;" onclick="fs(-1)">تصغير الخط</a>'
          ' <a href="javascript:window.print()">طباعة</a> <a href="SendToFriend.aspx?id=1184523">أرسل لصديق</a></div>'
        + '<table class="newsImageTbl" cellpadding="0" cellspacing="0"><tr><td><img id="%simgNews" src="%s" width="460" alt=""/></td></tr>'
          '<tr><td class="imgCaption"><span id="%slblImgCaption">%s %s</span></td></tr></table>'
          % (pfx, F.img_url(rng, host, 460, 300), pfx, esc(cap["text"]), esc(cap["credit_printed"]))
        + '<div id="%slblBody" class="newsBody">%s</div>' % (pfx, "".join(body))
        + '<div class="newsKeywords"><b>كلمات مفتاحية:</b> %s</div>' % keywords
        + '<div class="newsShare">' + F.share_bar(c, "شارك الخبر") + '</div>'
        + news_list("أخبار ذات صلة", 8, False, "rptRelated")
        + '</div>')
    css = F.css_blob(rng, "mn", 350)
    head = ('<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>%s - %s</title>'
            '<meta name="keywords" content="%s"/><meta name="description" content="%s"/>'
            '<link href="/App_Themes/Arabic/style.css" rel="stylesheet"/><style>%s</style>%s</head>'
            % (esc(a["headline"]), esc(a["site"]), esc("، ".join(a["tags"])), esc(plain(a["body"][0][1])[:150]), css,
               F.json_ld(a["headline"], None, body_plain_text(a), a["site"], a["site"], host, a["iso"], F.img_url(rng, host))
               + F.datalayer_script(rng, host, "economy", 25)))
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">' + head +
        '<body><form method="post" action="./NewsDetails.aspx?id=1184523" id="aspnetForm">'
        '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""/>'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""/>'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK%s"/></div>' % viewstate +
        '<script type="text/javascript">//<![CDATA[\nvar theForm=document.forms["aspnetForm"];if(!theForm){theForm=document.aspnetForm;}'
        'function __doPostBack(eventTarget,eventArgument){if(!theForm.onsubmit||(theForm.onsubmit()!=false)){theForm.__EVENTTARGET.value=eventTarget;'
        'theForm.__EVENTARGUMENT.value=eventArgument;theForm.submit();}}\n//]]></script>'
        '<div id="wrapper"><div id="header"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td class="logoCell"><a href="/ar/"><img src="/images/logo_ar.png" alt="' + esc(a["site"]) + '"/></a></td>'
        '<td class="headerDate">' + esc(a["date"][:-6]) + '</td><td>' + langs + '</td></tr></table>'
        '<ul id="mainNav">' + nav + '</ul><ul class="servicesNav">' + services + '</ul></div>'
        '<div id="urgent"><span class="urgentLbl">عاجل</span><marquee direction="right" scrollamount="3">'
        + " &nbsp;|&nbsp; ".join(esc(F.teaser_title(rng)) for _ in range(10)) + '</marquee></div>'
        '<table id="layout" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td id="colMain" valign="top">' + main + '</td>'
        '<td id="colSide" valign="top" width="300">'
        + news_list("آخر الأخبار", 80, True, "rptLatest")
        + F.ad_slot(rng, c, 300, 250)
        + news_list("الأكثر قراءة", 12, False, "rptMostRead")
        + news_list("النشرة الاقتصادية", 20, True, "rptEco")
        + '</td></tr></table>'
        + '<div id="photoService"><div class="boxTitle">من خدمة الصور</div>'
        + "".join('<div class="photoItem"><img src="%s" alt=""/><span>%s</span></div>' % (F.img_url(rng, host, 200, 130), esc(F.teaser_title(rng))) for _ in range(12))
        + '</div>'
        '<div id="footer"><p>' + esc(a["site"]) + ' - جميع الحقوق محفوظة 2026. يسمح بالاقتباس مع ذكر المصدر.</p>'
        + '<ul>' + "".join('<li><a href="#">%s</a></li>' % esc(x) for col in pools.FOOTER_COLUMNS for x in col[1]) + '</ul></div></div>'
        '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A3C6F1B2"/>'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%s"/></div>' % evval +
        '<script type="text/javascript">function fs(d){var b=document.getElementById("%slblBody");var s=parseInt(b.style.fontSize||16);b.style.fontSize=(s+d*2)+"px";}</script>' % pfx +
        '</form></body></html>')
    notes = ("Old ASP.NET WebForms news-agency page (XHTML transitional, layout tables, 50 KB __VIEWSTATE). No dek. First paragraph opens with "
             "the wire dateline 'عمان (وكالة أنباء المشرق) -', kept inside paragraph 1 as printed. The body div (#..._lblBody) ends with two "
             "non-body lines in <p>: the agency end code '--(مشرق)-- ل.ح/ع.س' and the editor/translation credit line 'تحرير: ... | ترجمة ...'; "
             "both excluded as byline-like. Caption is in a <td> span of a layout table (no figure element), credit '(مشرق)'. "
             "Keywords box, font tools, 'أخبار ذات صلة' and long side lists are not body.")
    return write_page("02-wire-agency-transport.html", "news-agency-wire", a, page, notes)


# =================================================================== 3 sections + fact box
def build_sections():
    a = articles.A["sections"]
    rng = random.Random(303)
    host = a["host"]
    c = F.Flavor("bem")
    caps = a["captions"]

    # group body into sections: intro until first h2, then each h2 opens a <section>
    chunks, cur = [], {"h2": None, "items": []}
    for k, h in a["body"]:
        if k == "h2":
            chunks.append(cur)
            cur = {"h2": h, "items": []}
        else:
            cur["items"].append((k, h))
    chunks.append(cur)
    out = []
    for i, ch in enumerate(chunks):
        inner = []
        if ch["h2"]:
            inner.append('<h2 class="c-article__subhead" id="s%d">%s</h2>' % (i, ch["h2"]))
        for k, h in ch["items"]:
            if k == "p":
                inner.append('<p class="c-article__para">%s</p>' % h)
            elif k == "fig":
                cp = caps[h]
                inner.append('<figure class="c-chart"><img src="%s" alt="" width="700" height="380" loading="lazy"/>'
                             '<figcaption class="c-chart__caption"><span class="c-chart__title">%s</span> <span class="c-chart__source">%s</span></figcaption></figure>'
                             % (F.img_url(rng, host, 700, 380), esc(cp["text"]), esc(cp["credit_printed"])))
            elif k == "factbox":
                title, items = h
                inner.append('<aside class="c-factbox" aria-label="%s"><h3 class="c-factbox__title">%s</h3><ul class="c-factbox__list">%s</ul></aside>'
                             % (esc(title), esc(title), "".join('<li class="c-factbox__item">%s</li>' % esc(x) for x in items)))
        cls = "c-article__section" + (" c-article__section--intro" if not ch["h2"] else "")
        out.append('<section class="%s">%s</section>' % (cls, "".join(inner)))

    toc_labels = ["الأسمدة والأدوية", "الطاقة والواردات", "رأي الخبراء", "الخطوات المقبلة"]
    toc = "".join('<li><a href="#s%d">%s</a></li>' % (i, esc(toc_labels[i - 1])) for i, ch in enumerate(chunks) if ch["h2"])
    market_rows = "".join('<tr><td>%s</td><td>%.2f</td><td class="%s">%+.2f%%</td></tr>'
                          % (esc(n), rng.uniform(0.5, 120), rng.choice(["up", "down"]), rng.uniform(-3, 3))
                          for n in ["الدولار الأمريكي", "اليورو", "الجنيه الإسترليني", "الذهب عيار 21", "خام برنت", "مؤشر البورصة العام",
                                    "بنك الاستثمار", "شركة الأسمدة الوطنية", "مصانع الإسمنت", "شركة الاتصالات", "مجموعة الموانئ", "شركة الأدوية المتحدة"])
    lead = caps[0]
    article = (
        '<article class="c-article" itemscope itemtype="https://schema.org/NewsArticle">'
        '<header class="c-article__header"><a class="c-article__kicker" href="/%s">%s</a>' % (a["section_slug"], esc(a["section"]))
        + '<h1 class="c-article__title" itemprop="headline">%s</h1>' % esc(a["headline"])
        + '<p class="c-article__dek" itemprop="description">%s</p>' % esc(a["dek"])
        + '<div class="c-byline"><img class="c-byline__avatar" src="%s" alt="" width="40" height="40"/><span class="c-byline__name">%s</span>'
          '<time class="c-byline__time" datetime="%s">%s</time><span class="c-byline__read">مدة القراءة: 4 دقائق</span></div>'
          % (F.img_url(rng, host, 40, 40), esc(a["author"]), a["iso"], esc(a["date"]))
        + '<figure class="c-article__lead"><picture><source type="image/webp" srcset="%s"/><img src="%s" alt="" width="1200" height="675"/></picture>'
          '<figcaption class="c-article__lead-caption">%s <small class="c-article__credit">%s</small></figcaption></figure>'
          % (F.img_url(rng, host, 1200, 675).replace(".jpg", ".webp"), F.img_url(rng, host, 1200, 675), esc(lead["text"]), esc(lead["credit_printed"]))
        + '</header>'
        + '<nav class="c-toc" aria-label="محتويات المقال"><span class="c-toc__title">في هذا التقرير</span><ol>%s</ol></nav>' % toc
        + F.share_bar(c, "شارك")
        + '<div class="c-article__body" itemprop="articleBody">%s</div>' % "".join(out)
        + F.tags_box(rng, host, c, a["tags"], "مواضيع ذات صلة")
        + F.newsletter_box(c)
        + '</article>')
    css = F.css_blob(rng, "c", 760)
    head = F.page_head(a["headline"], host, css,
                       F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
                       + F.datalayer_script(rng, host, a["section_slug"], 30) + F.ad_config_script(rng, 10))
    page = (
        '<!doctype html>\n<html lang="ar" dir="rtl">' + head + '<body class="t-article">' + F.svg_sprite(rng, 24)
        + '<header class="c-site-header">' + F.top_bar(rng, c, a["date"])
        + '<a class="c-logo" href="/">%s</a>' % esc(a["site"]) + F.mega_menu(rng, host, c, 3) + '</header>'
        + F.ticker(rng, host, c, 12, "الأسواق الآن")
        + F.ad_slot(rng, c, 970, 90)
        + '<div class="l-page"><main class="l-main">' + article
        + F.teaser_grid(rng, host, c, "اقرأ المزيد في الاقتصاد", 12)
        + '</main><aside class="l-side">'
        + '<div class="c-market"><h2 class="c-market__title">مؤشرات السوق</h2><table class="c-market__table"><thead><tr><th>الأداة</th><th>السعر</th><th>التغير</th></tr></thead><tbody>%s</tbody></table></div>' % market_rows
        + F.most_read(rng, host, c, 10, True)
        + F.ad_slot(rng, c, 300, 250)
        + '</aside></div>'
        + F.teaser_grid(rng, host, c, "تحليلات", 8, summary_sentences=2)
        + F.teaser_grid(rng, host, c, "شركات وأسواق", 14)
        + F.footer(rng, host, c, a["site"]) + F.cookie_banner(c)
        + '<script src="https://static.%s/js/app.4f9c1e.js" defer></script></body></html>' % host)
    notes = ("Custom CMS with BEM classes. Article body (itemprop=articleBody) is a series of <section> blocks: an untitled intro "
             "section, then sections each opened by an <h2> subheading (h2 texts ARE body items, in reading order). A fact box "
             "<aside class=c-factbox> with a <h3> title and a list of key numbers sits between two sections INSIDE the body: neither its "
             "title nor its list items are body. A chart <figure> inside a section has a caption whose credit is a source line "
             "('المصدر: ...'); it is a caption, not body. A table of contents repeats the h2 texts before the body (not body, the h2 "
             "occurrences inside the body are the gold ones). Sidebar market table and teaser grids with summaries are not body.")
    return write_page("03-sections-factbox-economy.html", "sectioned-body-factbox", a, page, notes)


# =================================================================== 4 opinion column
def build_opinion():
    a = articles.A["opinion"]
    rng = random.Random(404)
    host = a["host"]
    c = F.Flavor("tw")
    cap = a["captions"][0]
    body = []
    for k, h in a["body"]:
        if k == "p":
            body.append('<p class="mb-5 leading-9 text-lg">%s</p>' % h)
        elif k == "pullquote":
            body.append('<blockquote class="pullquote my-8 border-r-4 pr-4 text-2xl font-bold"><p>%s</p></blockquote>' % esc(h))
    others = []
    for i in range(8):
        others.append('<li class="py-3 border-b"><a href="%s" class="font-bold">%s</a><p class="text-sm text-gray-600">%s</p><time class="text-xs">%s</time></li>'
                      % (F.art_url(rng, host, "opinion"),
                         esc(rng.choice(["حين يصبح الواجب المنزلي عقابا", "عن المعلم الذي نسيناه", "مكتبة في كل صف",
                                         "الجامعة وسوق العمل: حوار الطرشان", "لغتنا في المدرسة", "التعليم عن بعد بعد أن هدأت العاصفة",
                                         "من يكتب المناهج؟", "الطفل ليس رقما في جدول"][i])),
                         esc(F.teaser_summary(rng)), esc(F.date_str(rng))))
    writers = []
    for i in range(14):
        writers.append('<li class="flex gap-3 py-2"><img src="%s" width="56" height="56" alt="" class="rounded-full"/><div><span class="block text-sm">%s</span>'
                       '<a href="%s" class="font-bold">%s</a></div></li>'
                       % (F.img_url(rng, host, 56, 56), esc(F.person(rng)), F.art_url(rng, host, "opinion"), esc(F.teaser_title(rng))))
    article = (
        '<article class="opinion-article max-w-3xl mx-auto">'
        '<div class="flex items-center gap-2 text-sm"><a href="/opinion" class="badge">مقالات الرأي</a><span>|</span><span>أعمدة</span></div>'
        '<h1 class="text-4xl font-extrabold leading-tight my-4">%s</h1>' % esc(a["headline"])
        + '<div class="author-line flex items-center gap-3"><img src="%s" width="48" height="48" alt="%s" class="rounded-full"/>'
          '<div><a href="/writers/souad-almuhairi" class="font-bold author-name">%s</a><time class="block text-xs text-gray-500" datetime="%s">%s</time></div></div>'
          % (F.img_url(rng, host, 48, 48), esc(a["author"]), esc(a["author"]), a["iso"], esc(a["date"]))
        + F.share_bar(c, "شارك المقال")
        + '<figure class="my-6"><img src="%s" alt="" width="900" height="506" class="w-full"/><figcaption class="text-sm text-gray-500 mt-2">%s <span class="credit">%s</span></figcaption></figure>'
          % (F.img_url(rng, host, 900, 506), esc(cap["text"]), esc(cap["credit_printed"]))
        + '<div class="article-text prose prose-lg">%s</div>' % "".join(body)
        + '<p class="disclaimer text-xs text-gray-500 mt-6">الآراء الواردة في هذا المقال تعبر عن رأي كاتبها، ولا تعبر بالضرورة عن رأي %s.</p>' % esc(a["site"])
        + F.tags_box(rng, host, c, a["tags"], "الوسوم")
        + '<section class="author-box flex gap-4 p-5 rounded-lg bg-gray-50 mt-8"><img src="%s" width="96" height="96" alt="%s" class="rounded-full"/>'
          '<div><h2 class="text-xl font-bold">عن الكاتبة</h2><h3 class="font-bold">%s</h3><p class="author-bio text-base leading-8">%s</p>'
          '<a href="/writers/souad-almuhairi" class="text-sm">كل مقالات الكاتبة</a> <a href="#" class="text-sm">تابعها على إكس</a></div></section>'
          % (F.img_url(rng, host, 96, 96), esc(a["author"]), esc(a["author"]), esc(a["bio"]))
        + '<section class="more-by-author mt-8"><h2 class="text-xl font-bold">مقالات أخرى للكاتب</h2><ul>%s</ul></section>' % "".join(others)
        + F.comments_block(rng, c, 6)
        + '</article>')
    css = F.css_blob(rng, "tw", 620)
    head = F.page_head(a["headline"] + " - " + a["author"], host, css,
                       F.json_ld(a["headline"], None, body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
                       + F.datalayer_script(rng, host, "opinion", 20) + F.ad_config_script(rng, 8))
    page = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl" class="scroll-smooth">' + head + '<body class="bg-white text-gray-900">'
        + F.svg_sprite(rng, 20)
        + '<header class="site-header border-b">' + F.top_bar(rng, c, a["date"])
        + '<a href="/" class="logo text-3xl font-black">%s</a>' % esc(a["site"]) + F.mega_menu(rng, host, c, 3) + '</header>'
        + F.ticker(rng, host, c, 8)
        + '<div class="container mx-auto grid grid-cols-12 gap-8"><main class="col-span-8">' + article + '</main>'
        + '<aside class="col-span-4"><section class="writers"><h2 class="text-xl font-bold">كتاب المنبر</h2><ul>%s</ul></section>' % "".join(writers)
        + F.ad_slot(rng, c, 300, 600) + F.most_read(rng, host, c, 8, False) + '</aside></div>'
        + F.teaser_grid(rng, host, c, "من المنبر", 14)
        + F.teaser_grid(rng, host, c, "أخبار التعليم", 8)
        + F.footer(rng, host, c, a["site"]) + F.cookie_banner(c)
        + '</body></html>')
    notes = ("Opinion column, Tailwind-style utility classes. No dek (null). Byline line with author photo above the body, and after the body an "
             "author box 'عن الكاتبة' with a bio <p> (not body), a disclaimer <p> 'الآراء الواردة...' right after the body (not body), and "
             "'مقالات أخرى للكاتب' list with summary <p> items (not body). A pull quote <blockquote class=pullquote><p> sits between body "
             "paragraphs; it is a paraphrase, not a repeat, and is excluded. Inline <em> kept as text.")
    return write_page("04-opinion-column-education.html", "opinion-column", a, page, notes)


# =================================================================== 5 <br/><br/> content div
def build_brdiv():
    a = articles.A["brdiv"]
    rng = random.Random(505)
    host = a["host"]
    c = F.Flavor("legacy")
    cap = a["captions"][0]
    chunks = []
    for k, h in a["body"]:
        if k in ("p", "byline"):
            chunks.append(h if k == "p" else esc(h))
        elif k == "readalso":
            chunks.append('<strong>اقرأ أيضا:</strong> <a href="%s" target="_blank">%s</a>' % (F.art_url(rng, host, "news"), esc(h)))
    content = "\n<br/><br/>\n".join(chunks)
    sidebar_mr = []
    for i in range(10):
        sidebar_mr.append('<div class="mr_item"><a href="%s"><img src="%s" width="90" height="60" alt=""/></a>'
                          '<h4><a href="%s">%s</a></h4><p>%s</p></div>'
                          % (F.art_url(rng, host), F.img_url(rng, host, 90, 60), F.art_url(rng, host), esc(F.teaser_title(rng)), esc(F.teaser_summary(rng))))
    related = "".join('<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (F.art_url(rng, host), esc(F.teaser_title(rng)), esc(F.date_str(rng))) for _ in range(6))
    poll = ('<div class="poll"><div class="box_title">استطلاع رأي</div><p class="poll_q">هل تثق في جودة تنفيذ مشاريع البنية التحتية في مدينتك؟</p>'
            '<form><label><input type="radio" name="p"/> نعم</label><label><input type="radio" name="p"/> لا</label>'
            '<label><input type="radio" name="p"/> لا أعرف</label><button>تصويت</button></form></div>')
    page = (
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
        '<title>%s | %s</title><meta name="description" content="%s"/>' % (esc(a["headline"]), esc(a["site"]), esc(a["dek"]))
        + '<link rel="stylesheet" href="/css/style.css?v=118"/><style>%s</style>' % F.css_blob(rng, "yq", 260)
        + F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
        + F.ad_config_script(rng, 8) + '</head><body>'
        + '<div id="top_bar">' + F.top_bar(rng, c, a["date"]) + '</div>'
        + '<div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="%s"/></a></div>' % esc(a["site"])
        + F.ad_slot(rng, c, 728, 90) + '</div>'
        + '<div id="menu">' + F.mega_menu(rng, host, c, 2) + '</div>'
        + '<div id="breaking">' + F.ticker(rng, host, c, 10) + '</div>'
        + '<div id="container"><div class="right_side">'
        + '<div class="path"><a href="/">الرئيسية</a> » <a href="/section/%s">%s</a></div>' % (a["section_slug"], esc(a["section"]))
        + '<div class="news_box">'
        + '<h1 class="news_title">%s</h1>' % esc(a["headline"])
        + '<h2 class="news_subtitle">%s</h2>' % esc(a["dek"])
        + '<div class="news_info"><span class="date">%s</span> <span class="views">عدد المشاهدات: 5,204</span> <a href="javascript:window.print()">طباعة</a></div>' % esc(a["date"])
        + '<div class="news_img"><img src="%s" width="620" height="349" alt=""/><div class="img_desc">%s %s</div></div>' % (F.img_url(rng, host, 620, 349), esc(cap["text"]), esc(cap["credit_printed"]))
        + '<div class="content">\n%s\n<br/><br/>\n</div>' % content
        + '<div class="news_share">' + F.share_bar(c, "شارك") + '</div>'
        + F.tags_box(rng, host, c, a["tags"], "كلمات دالة")
        + '<div class="related"><div class="box_title">أخبار متعلقة</div><ul>%s</ul></div>' % related
        + F.comments_block(rng, c, 3)
        + '</div>'
        + F.teaser_grid(rng, host, c, "أخبار الحوادث والقضايا", 18)
        + '</div><div class="left_side">'
        + '<div class="most_read"><div class="box_title">الأكثر قراءة</div>%s</div>' % "".join(sidebar_mr)
        + F.ad_slot(rng, c, 300, 250) + poll
        + F.most_read(rng, host, c, 10, True, "الأكثر تعليقا")
        + '</div></div>'
        + F.footer(rng, host, c, a["site"]) + F.cookie_banner(c)
        + '<script src="/js/jquery-1.12.4.min.js"></script><script>$(function(){$(".content a").attr("target","_blank");});</script>'
        + '</body></html>')
    notes = ("Legacy PHP layout. The whole body is one <div class=content> with NO <p> elements: text chunks separated by <br/><br/>. "
             "Each chunk between double <br/> is one body item. The first chunk 'كتب - أحمد عبد الرازق' is a byline-only line (not body). "
             "A chunk '<strong>اقرأ أيضا:</strong> <a>...</a>' in the middle is a read-also link (not body). Inline <b> kept as text. "
             "The dek is an <h2 class=news_subtitle>. Caption is a div.img_desc under the image. Sidebar 'الأكثر قراءة' and "
             "'الأكثر تعليقا' have teaser summaries in <p> (not body).")
    return write_page("05-brdiv-court.html", "br-separated-content-div", a, page, notes)


# =================================================================== 6 React SPA
def build_spa():
    a = articles.A["spa"]
    rng = random.Random(606)
    host = a["host"]
    c = F.Flavor("hash", "daw")
    cap = a["captions"][0]

    def h(name):
        return c(name)

    body = []
    blocks = []
    for k, x in a["body"]:
        if k == "p":
            body.append('<p class="%s" data-block="paragraph">%s</p>' % (h("article-paragraph"), x))
            blocks.append({"type": "paragraph", "html": x})
        elif k == "readalso":
            body.append('<aside class="%s"><span class="%s">اقرأ أيضا</span><a href="%s" class="%s"><p class="%s">%s</p></a></aside>'
                        % (h("inline-related"), h("inline-related-label"), F.art_url(rng, host, "cinema"), h("inline-related-link"),
                           h("inline-related-title"), esc(x)))
            blocks.append({"type": "related", "title": x})
    feeds = {name: teaser_records(rng, host, n) for name, n in
             [("latest", 60), ("mostRead", 30), ("cinema", 50), ("recommended", 60), ("homepageTop", 40), ("videos", 30)]}
    state = {
        "router": {"location": {"pathname": "/cinema/article/77120/%s" % F.slug(rng, 12)}, "action": "POP"},
        "article": {"id": 77120, "headline": a["headline"], "dek": a["dek"], "author": {"name": a["author"], "slug": "heba-alsafi"},
                    "published": a["iso"], "section": a["section"], "tags": a["tags"],
                    "leadImage": {"url": F.img_url(rng, host, 1280, 720), "caption": cap["text"], "credit": cap["credit_printed"]},
                    "blocks": blocks},
        "feeds": feeds,
        "ui": {"theme": "dark", "menuOpen": False, "cookieConsent": None, "abTests": {F.slug(rng, 6): rng.choice("AB") for _ in range(20)}},
        "ads": {"slots": [{"id": F.slug(rng, 10), "sizes": [[300, 250]], "lazy": True} for _ in range(20)]},
    }

    def card(r, with_summary=True):
        s = '<p class="%s">%s</p>' % (h("card-summary"), esc(r["summary"])) if with_summary else ""
        return ('<div class="%s"><a href="%s" class="%s"><div class="%s"><img src="%s" alt="" loading="lazy"/></div>'
                '<span class="%s">%s</span><h3 class="%s">%s</h3>%s</a></div>'
                % (h("card"), r["url"], h("card-link"), h("card-media"), r["image"], h("card-section"), esc(r["section"]),
                   h("card-title"), esc(r["title"]), s))

    nav = "".join('<li class="%s"><a href="/%s" class="%s">%s</a></li>' % (h("nav-item"), F.slug(rng, 5), h("nav-link"), esc(s[0])) for s in pools.SECTIONS)
    app = (
        '<div class="%s">' % h("app-shell")
        + '<header class="%s"><a href="/" class="%s" aria-label="%s"><svg width="120" height="32"><use href="#icon-0"/></svg></a>' % (h("header"), h("logo"), esc(a["site"]))
        + '<nav class="%s"><ul class="%s">%s</ul></nav><button class="%s" aria-label="بحث">بحث</button><button class="%s">القائمة</button></header>' % (h("nav"), h("nav-list"), nav, h("search-btn"), h("menu-btn"))
        + '<div class="%s"><span class="%s">الآن</span><div class="%s">%s</div></div>'
          % (h("ticker"), h("ticker-label"), h("ticker-track"), "".join('<a href="%s" class="%s">%s</a>' % (r["url"], h("ticker-item"), esc(r["title"])) for r in feeds["latest"][:12]))
        + '<main class="%s"><article class="%s">' % (h("main"), h("article"))
        + '<div class="%s"><a href="/cinema" class="%s">%s</a></div>' % (h("article-kicker"), h("kicker-link"), esc(a["section"]))
        + '<h1 class="%s">%s</h1>' % (h("article-title"), esc(a["headline"]))
        + '<p class="%s">%s</p>' % (h("article-dek"), esc(a["dek"]))
        + '<div class="%s"><span class="%s">%s</span><time class="%s" datetime="%s">%s</time></div>'
          % (h("article-meta"), h("meta-author"), esc(a["author"]), h("meta-time"), a["iso"], esc(a["date"]))
        + '<figure class="%s"><img src="%s" alt="" class="%s"/><figcaption class="%s"><span class="%s">%s</span> <span class="%s">%s</span></figcaption></figure>'
          % (h("lead-figure"), state["article"]["leadImage"]["url"], h("lead-img"), h("lead-caption"), h("caption-text"), esc(cap["text"]),
             h("caption-credit"), esc(cap["credit_printed"]))
        + '<div class="%s">%s</div>' % (h("article-body"), "".join(body))
        + '<div class="%s">%s</div>' % (h("article-tags"), "".join('<a href="/tag/%s" class="%s">#%s</a>' % (F.slug(rng, 5), h("tag"), esc(t)) for t in a["tags"]))
        + '<div class="%s"><span>شارك</span>%s</div>' % (h("share"), "".join('<button class="%s" aria-label="%s">%s</button>' % (h("share-btn"), esc(l), esc(l)) for l in pools.SHARE_LABELS))
        + '</article>'
        + '<section class="%s"><h2 class="%s">المزيد من سينما</h2><div class="%s">%s</div></section>'
          % (h("more"), h("more-title"), h("more-grid"), "".join(card(r) for r in feeds["cinema"][:12]))
        + '<section class="%s"><h2 class="%s">مقترحات لك</h2><div class="%s">%s</div></section>'
          % (h("reco"), h("reco-title"), h("reco-grid"), "".join(card(r) for r in feeds["recommended"][:16]))
        + '<aside class="%s"><h2 class="%s">الأكثر قراءة</h2><ol>%s</ol></aside>'
          % (h("mostread"), h("mostread-title"), "".join('<li><a href="%s">%s</a></li>' % (r["url"], esc(r["title"])) for r in feeds["mostRead"][:10]))
        + '</main>'
        + '<footer class="%s"><p>© 2026 %s. جميع الحقوق محفوظة.</p><div>%s</div></footer>'
          % (h("footer"), esc(a["site"]), "".join('<a href="#">%s</a>' % esc(x) for col in pools.FOOTER_COLUMNS for x in col[1]))
        + '<div class="%s" role="dialog"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p><button>موافق</button><button>الإعدادات</button></div>' % h("consent")
        + '</div>')
    # styled-components style sheet for hashed classes
    css_rules = []
    for name in ["app-shell", "header", "logo", "nav", "nav-list", "nav-item", "nav-link", "ticker", "main", "article", "article-title",
                 "article-dek", "article-body", "article-paragraph", "lead-figure", "lead-caption", "card", "card-title", "card-summary",
                 "inline-related", "inline-related-title", "footer", "consent", "share", "share-btn", "tag", "more", "reco", "mostread"]:
        for cl in c(name).split():
            css_rules.append(".%s{display:block;margin:0 0 %dpx;font-size:%dpx;line-height:1.%d}" % (cl, rng.randint(4, 24), rng.randint(13, 22), rng.randint(4, 9)))
    css = "\n".join(css_rules) + "\n" + F.css_blob(rng, "sc", 400)
    head = ('<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>%s | %s</title>'
            '<link rel="preload" href="/static/js/main.8f3a21c4.js" as="script"/><link rel="manifest" href="/manifest.json"/>'
            '<style data-styled="active" data-styled-version="5.3.11">%s</style>%s</head>'
            % (esc(a["headline"]), esc(a["site"]), css,
               F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))))
    page = (
        '<!doctype html>\n<html lang="ar" dir="rtl">' + head + '<body><noscript>يجب تفعيل جافاسكربت لتشغيل هذا التطبيق.</noscript>'
        + F.svg_sprite(rng, 12)
        + '<div id="root">' + app + '</div>'
        + '<script>window.__PRELOADED_STATE__ = ' + safe_json(state) + ';</script>'
        + '<script>window.__APOLLO_STATE__ = ' + safe_json({("Teaser:%d" % r["id"]): r for r in feeds["homepageTop"] + feeds["videos"]}) + ';</script>'
        + '<script src="/static/js/runtime.1c2f.js"></script><script src="/static/js/vendors.77ab90.js"></script><script src="/static/js/main.8f3a21c4.js"></script>'
        + '</body></html>')
    notes = ("React SPA with server-rendered markup inside <div id=root>; every element has hashed styled-components classes. Body = the "
             "<p> elements inside the article-body container, in order. An inline 'اقرأ أيضا' aside inside the body wraps its teaser title "
             "in a <p> (different hashed class) and is NOT body. Teaser cards below the article have summary <p>s (not body). "
             "window.__PRELOADED_STATE__ (very large) and __APOLLO_STATE__ repeat teaser titles and the article blocks; script content is "
             "never visible text. Caption = lead figcaption (text span + credit span 'تصوير: هبة الصافي').")
    return write_page("06-react-spa-culture.html", "react-spa-preloaded-state", a, page, notes)


# =================================================================== 7 interview (Joomla-style)
def build_interview():
    a = articles.A["interview"]
    rng = random.Random(707)
    host = a["host"]
    c = F.Flavor("plain")
    cap = a["captions"][0]
    body = []
    for k, x in a["body"]:
        if k == "p":
            body.append('<p>%s</p>' % x)
        elif k == "q":
            body.append('<p class="question"><strong>%s</strong></p>' % x)
        elif k == "fig":
            cp = a["captions"][x]
            body.append('<div class="img_caption left" style="float:left;width:420px"><img src="%s" alt="" width="420" height="280" class="caption"/>'
                        '<p class="img_caption">%s %s</p></div>' % (F.img_url(rng, host, 420, 280), esc(cp["text"]), esc(cp["credit_printed"])))

    def joomla_module(title, inner, cls):
        return '<div class="moduletable %s"><h3>%s</h3>%s</div>' % (cls, esc(title), inner)

    latest = "<ul class=\"latestnews\">%s</ul>" % "".join(
        '<li itemscope itemtype="https://schema.org/Article"><a href="%s" itemprop="url"><span itemprop="name">%s</span></a></li>'
        % (F.art_url(rng, host, "index.php"), esc(F.teaser_title(rng))) for _ in range(15))
    popular = "<ul class=\"mostread\">%s</ul>" % "".join(
        '<li><a href="%s">%s</a></li>' % (F.art_url(rng, host, "index.php"), esc(F.teaser_title(rng))) for _ in range(10))
    blog_items = []
    for i in range(22):
        blog_items.append('<div class="items-row cols-2 row-%d"><div class="item column-%d"><h2 class="item-title"><a href="%s">%s</a></h2>'
                          '<div class="item-image"><img src="%s" alt=""/></div><p>%s</p><p class="readmore"><a class="btn" href="#">اقرأ المزيد</a></p></div></div>'
                          % (i, i % 2 + 1, F.art_url(rng, host, "index.php"), esc(F.teaser_title(rng)), F.img_url(rng, host, 300, 170),
                             esc(F.teaser_summary(rng, 2))))
    cap_lead = ('<div class="item-image"><img src="%s" alt="" itemprop="image"/></div>' % F.img_url(rng, host, 900, 500))
    item = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="ar-AA"/>'
        '<div class="page-header"><h2 itemprop="headline">%s</h2></div>' % esc(a["headline"])
        + '<dl class="article-info muted"><dt class="article-info-term">تفاصيل</dt>'
          '<dd class="createdby" itemprop="author"><span itemprop="name">%s</span></dd>'
          '<dd class="category-name">التصنيف: <a href="/index.php/interviews" itemprop="genre">%s</a></dd>'
          '<dd class="published"><time datetime="%s" itemprop="datePublished">نشر بتاريخ %s</time></dd>'
          '<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1830"/>الزيارات: 1830</dd></dl>'
          % (esc(a["author"]), esc(a["section"]), a["iso"], esc(a["date"]))
        + '<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#">أدوات</a><ul class="dropdown-menu">'
          '<li class="print-icon"><a href="#">طباعة</a></li><li class="email-icon"><a href="#">البريد الإلكتروني</a></li></ul></div>'
        + cap_lead
        + '<div itemprop="articleBody"><p class="lead-dek"><em>%s</em></p>%s</div>' % (esc(a["dek"]), "".join(body))
        + '<ul class="tags inline">%s</ul>' % "".join('<li class="tag-%d tag-list0"><a href="/index.php/tags/%d" class="label label-info">%s</a></li>' % (i, i, esc(t)) for i, t in enumerate(a["tags"]))
        + '<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; السابق</a></li><li class="next"><a href="#" rel="next">التالي &gt;</a></li></ul>'
        + '</div>')
    menu_items = "".join('<li class="item-%d deeper parent"><a href="/index.php/%s">%s</a><ul class="nav-child unstyled small">%s</ul></li>'
                         % (100 + i, F.slug(rng, 5), esc(s), "".join('<li class="item-%d"><a href="#">%s</a></li>' % (200 + i * 10 + j, esc(ss)) for j, ss in enumerate(subs)))
                         for i, (s, subs) in enumerate(pools.SECTIONS))
    head = ('<head><meta charset="utf-8"/><base href="https://www.%s/index.php/interviews/4512"/><meta name="generator" content="Joomla! - Open Source Content Management"/>'
            '<title>%s</title><link href="/templates/afaq/favicon.ico" rel="shortcut icon"/>'
            '<link href="/media/jui/css/bootstrap.min.css?v=3.10" rel="stylesheet"/><link href="/media/jui/css/bootstrap-rtl.css" rel="stylesheet"/>'
            '<style>%s</style><script src="/media/jui/js/jquery.min.js?3f6"></script><script src="/media/system/js/caption.js?3f6"></script>'
            '<script>jQuery(window).on("load",function(){new JCaption("img.caption");});</script>%s</head>'
            % (host, esc(a["headline"]), F.css_blob(rng, "afq", 600),
               F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
               + F.datalayer_script(rng, host, "interviews", 30) + F.ad_config_script(rng, 10)
               + '<script type="application/json" class="joomla-script-options new">%s</script>' % safe_json({"csrf.token": F.slug(rng, 32), "system.paths": {"root": "", "base": ""}, "teasers": teaser_records(rng, host, 40)})))
    page = (
        '<!DOCTYPE html>\n<html lang="ar-aa" dir="rtl">' + head
        + '<body class="site com_content view-article no-layout no-task itemid-245 rtl">'
        + '<div class="body"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">'
        + '<a class="brand pull-right" href="/"><span class="site-title" title="%s">%s</span><div class="site-description">مجلة العلوم والمعرفة</div></a>' % (esc(a["site"]), esc(a["site"]))
        + '<div class="header-search pull-left">' + F.ad_slot(rng, c, 468, 60) + '</div></div></header>'
        + '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">%s</ul></nav>' % menu_items
        + '<div class="moduletable breaking">' + F.ticker(rng, host, c, 10, "جديد آفاق") + '</div>'
        + '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>أنت هنا: &#160;</li>'
          '<li itemprop="itemListElement"><a href="/" class="pathway">الرئيسية</a></li><li><a href="/index.php/interviews" class="pathway">حوارات</a></li>'
          '<li class="active"><span>%s</span></li></ul>' % esc(a["headline"])
        + '<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>'
        + item
        + '<div class="moduletable related-items"><h3>مواد ذات صلة</h3><div class="blog">%s</div></div>' % "".join(blog_items)
        + '</main><div id="aside" class="span3">'
        + joomla_module("أحدث المواد", latest, "latest")
        + F.ad_slot(rng, c, 300, 250)
        + joomla_module("الأكثر قراءة", popular, "popular")
        + joomla_module("الوسوم الشائعة", '<div class="tagspopular"><ul>%s</ul></div>' % "".join('<li><a href="#">%s</a></li>' % esc(t) for t in pools.TAGS), "tags")
        + F.newsletter_box(c)
        + '</div></div></div></div>'
        + '<footer class="footer" role="contentinfo"><div class="container"><hr/>' + F.footer(rng, host, c, a["site"])
        + '<p class="pull-right"><a href="#top" id="back-top">العودة إلى الأعلى</a></p></div></footer>'
        + F.cookie_banner(c) + '</body></html>')
    notes = ("Joomla 3 com_content article; the headline is an <h2 itemprop=headline> in .page-header (there is no <h1>). Body = "
             "div[itemprop=articleBody]. Its first element is the dek, printed as <p class=lead-dek><em>...</em></p> inside the body "
             "container: it is the dek, NOT a body item. Interview: questions are <p class=question><strong>...</strong></p> and answers "
             "plain <p>; both are body items, in order (one answer spans two paragraphs). An inline image uses the Joomla caption.js "
             "pattern <div class=img_caption><img/><p class=img_caption>caption (credit)</p></div> inside the body: that <p> is the caption, "
             "NOT body. 'مواد ذات صلة' blog items with summary <p>s are not body.")
    return write_page("07-interview-qa-science.html", "interview-qa-joomla", a, page, notes)


# =================================================================== 8 sports match report
def build_sport():
    a = articles.A["sport"]
    rng = random.Random(808)
    host = a["host"]
    c = F.Flavor("plain")
    cap = a["captions"][0]
    score_table = (
        '<div class="match-summary"><table class="match-table">'
        '<thead><tr><th>الفريق</th><th>الشوط الأول</th><th>النتيجة النهائية</th></tr></thead>'
        '<tbody><tr><td>النسور</td><td>0</td><td>3</td></tr><tr><td>الشعلة</td><td>1</td><td>1</td></tr></tbody></table>'
        '<table class="match-events"><thead><tr><th>الدقيقة</th><th>الحدث</th><th>اللاعب</th><th>الفريق</th></tr></thead><tbody>'
        '<tr><td>19</td><td>هدف</td><td>ماهر الجمل</td><td>الشعلة</td></tr>'
        '<tr><td>46</td><td>تبديل</td><td>عادل مراد بدلا من شادي عواد</td><td>النسور</td></tr>'
        '<tr><td>58</td><td>هدف</td><td>عادل مراد</td><td>النسور</td></tr>'
        '<tr><td>66</td><td>هدف</td><td>عادل مراد</td><td>النسور</td></tr>'
        '<tr><td>71</td><td>طرد</td><td>رامي عطية</td><td>الشعلة</td></tr>'
        '<tr><td>90+3</td><td>هدف</td><td>فراس ناصيف</td><td>النسور</td></tr></tbody></table>'
        '<table class="match-stats"><thead><tr><th>النسور</th><th>الإحصائية</th><th>الشعلة</th></tr></thead><tbody>'
        '<tr><td>57%</td><td>الاستحواذ</td><td>43%</td></tr><tr><td>16</td><td>التسديدات</td><td>8</td></tr>'
        '<tr><td>7</td><td>على المرمى</td><td>3</td></tr><tr><td>9</td><td>الركنيات</td><td>2</td></tr>'
        '<tr><td>11</td><td>الأخطاء</td><td>15</td></tr></tbody></table></div>')
    ratings = [("عادل مراد", "8.9"), ("نزار سليم", "8.1"), ("فراس ناصيف", "7.4"), ("حارس النسور وائل عيد", "6.8"),
               ("ماهر الجمل", "7.2"), ("رامي عطية", "4.5"), ("شادي عواد", "5.9")]
    ratings_html = ('<div class="player-ratings"><h3>تقييم اللاعبين</h3><ul>%s</ul><p class="ratings-note">التقييم من 10 وفق لجنة ملاعب الفنية.</p></div>'
                    % "".join('<li><span class="player">%s</span> <span class="rating">%s</span></li>' % (esc(n), r) for n, r in ratings))
    body = []
    for k, x in a["body"]:
        if k == "p":
            body.append('<p>%s</p>' % x)
        elif k == "table":
            body.append(score_table)
        elif k == "ratings":
            body.append(ratings_html)
    teams = ["النسور", "الشعلة", "الاتحاد", "الرابية", "الميناء", "الجزيرة", "النجم", "الوحدة", "الشباب", "السهل", "الأهلي الجديد", "القلعة"]
    standings = "".join('<tr><td>%d</td><td>%s</td><td>12</td><td>%d</td></tr>' % (i + 1, esc(t), max(3, 28 - i * 2 - (i > 1))) for i, t in enumerate(teams))
    pairs = [rng.sample(teams[2:], 2) for _ in range(24)]
    fixtures = "".join('<li class="fixture"><span class="home">%s</span> <span class="score">%d - %d</span> <span class="away">%s</span></li>'
                       % (esc(h_), rng.randint(0, 4), rng.randint(0, 4), esc(w_)) for h_, w_ in pairs)
    videos = "".join('<div class="video-card"><a href="%s"><img src="%s" alt=""/><span class="dur">0%d:%02d</span><h4>%s</h4></a></div>'
                     % (F.art_url(rng, host, "video"), F.img_url(rng, host, 280, 158), rng.randint(1, 9), rng.randint(0, 59), esc(F.teaser_title(rng))) for _ in range(10))
    article = (
        '<div class="scoreboard" aria-label="نتيجة المباراة"><div class="team home"><img src="/crests/nosour.svg" alt=""/><span>النسور</span></div>'
        '<div class="score">3 - 1</div><div class="team away"><span>الشعلة</span><img src="/crests/shoula.svg" alt=""/></div>'
        '<div class="match-meta">الجولة 12 - الدوري الممتاز - ملعب المدينة الرياضية - انتهت</div></div>'
        '<article class="match-report">'
        '<span class="category"><a href="/league">%s</a></span>' % esc(a["section"])
        + '<h1 class="report-title">%s</h1>' % esc(a["headline"])
        + '<h2 class="report-subtitle">%s</h2>' % esc(a["dek"])
        + '<div class="report-meta"><span class="author">%s</span> <time datetime="%s">%s</time></div>' % (esc(a["author"]), a["iso"], esc(a["date"]))
        + F.share_bar(c, "شارك")
        + '<figure class="report-photo"><img src="%s" alt="" width="960" height="540"/><figcaption>%s <cite>%s</cite></figcaption></figure>'
          % (F.img_url(rng, host, 960, 540), esc(cap["text"]), esc(cap["credit_printed"]))
        + '<div class="report-body">%s</div>' % "".join(body)
        + F.tags_box(rng, host, c, a["tags"], "وسوم")
        + '</article>')
    css = F.css_blob(rng, "ml", 600)
    head = F.page_head(a["headline"], host, css,
                       F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
                       + '<script type="application/ld+json">%s</script>' % safe_json({"@context": "https://schema.org", "@type": "SportsEvent", "name": "النسور ضد الشعلة",
                                                                                          "homeTeam": "النسور", "awayTeam": "الشعلة", "startDate": "2026-11-21T20:00:00+02:00"})
                       + F.datalayer_script(rng, host, "league", 40) + F.ad_config_script(rng, 14)
                       + '<script>window.__LIVE_CONFIG__=%s;</script>' % safe_json({"matches": [{"id": rng.randint(1, 99999), "home": teams[k % 12], "away": teams[(k + 5) % 12],
                                                                                               "minute": rng.randint(0, 90)} for k in range(120)]}))
    page = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">' + head + '<body class="article-page sport">' + F.svg_sprite(rng, 30)
        + '<header class="site-header">' + F.top_bar(rng, c, a["date"]) + '<a class="logo" href="/">%s</a>' % esc(a["site"]) + F.mega_menu(rng, host, c, 3) + '</header>'
        + '<div class="live-strip"><span>مباريات اليوم</span><ul>%s</ul></div>' % fixtures
        + F.ad_slot(rng, c, 970, 250)
        + '<div class="page"><main class="content">' + article
        + '<section class="match-videos"><h2>أهداف وملخصات</h2>%s</section>' % videos
        + F.teaser_grid(rng, host, c, "أخبار الدوري الممتاز", 16)
        + F.comments_block(rng, c, 8)
        + '</main><aside class="sidebar"><div class="standings"><h2>ترتيب الدوري الممتاز</h2><table><thead><tr><th>#</th><th>الفريق</th><th>لعب</th><th>نقاط</th></tr></thead><tbody>%s</tbody></table></div>' % standings
        + F.most_read(rng, host, c, 10, True) + F.ad_slot(rng, c, 300, 600) + '</aside></div>'
        + F.teaser_grid(rng, host, c, "محترفون", 10)
        + F.footer(rng, host, c, a["site"]) + F.cookie_banner(c) + '</body></html>')
    notes = ("Football match report. A scoreboard widget (3 - 1) precedes the article. Inside div.report-body, after paragraph 2, a "
             "match-summary block holds three <table>s (score by half, events, statistics): table cells are NOT body. After the last "
             "paragraph, a 'تقييم اللاعبين' player-ratings box (<h3>, <ul> of player + number, a note <p>) is inside the body container but "
             "is NOT body (treated like a fact box of numbers). Dek is <h2 class=report-subtitle>. Caption credit is in <cite>.")
    return write_page("08-sport-match-report.html", "sports-match-report", a, page, notes)


# =================================================================== 9 video lead
def build_video():
    a = articles.A["video"]
    rng = random.Random(909)
    host = a["host"]
    c = F.Flavor("bem")
    cap = a["captions"][0]
    body = []
    for k, x in a["body"]:
        if k == "p":
            body.append('<p>%s</p>' % x)
        elif k == "tweet":
            body.append('<div class="embed embed--x"><blockquote class="twitter-tweet" lang="ar" dir="rtl"><p lang="ar" dir="rtl">%s</p>'
                        '&mdash; دائرة الآثار (@antiquities_dept) <a href="https://x.example/antiquities_dept/status/1861%s">22 نوفمبر 2026</a></blockquote>'
                        '<script async src="https://platform.x.example/widgets.js" charset="utf-8"></script></div>' % (esc(x), rng.randint(10 ** 12, 10 ** 13 - 1)))
    playlist = []
    for i in range(24):
        playlist.append('<li class="c-playlist__item"><a class="c-vcard" href="%s"><span class="c-vcard__thumb"><img src="%s" alt="" loading="lazy"/>'
                        '<span class="c-vcard__duration">%02d:%02d</span><span class="c-vcard__play" aria-hidden="true"></span></span>'
                        '<h3 class="c-vcard__title">%s</h3><p class="c-vcard__desc">%s</p><span class="c-vcard__views">%d مشاهدة</span></a></li>'
                        % (F.art_url(rng, host, "video"), F.img_url(rng, host, 320, 180), rng.randint(0, 12), rng.randint(0, 59),
                           esc(F.teaser_title(rng)), esc(F.teaser_summary(rng)), rng.randint(300, 90000)))
    schedule = "".join('<li><time>%02d:%02d</time> <span>%s</span></li>' % (h, m, esc(p)) for h, m, p in
                       [(6, 0, "صباح المدار"), (9, 0, "نشرة الأخبار"), (10, 30, "ملفات اقتصادية"), (12, 0, "موجز الظهيرة"), (14, 0, "حكايات المدن"),
                        (16, 0, "الملعب"), (18, 0, "الحصاد"), (20, 0, "النشرة الرئيسية"), (21, 0, "حوار الليلة"), (23, 0, "موجز آخر الليل")])
    video_id = F.slug(rng, 11)
    lead = ('<figure class="c-video-lead"><div class="c-video-lead__player" data-video-id="%s">'
            '<video controls preload="none" poster="%s" width="1280" height="720" playsinline>'
            '<source src="https://media.%s/vod/%s/master.m3u8" type="application/x-mpegURL"/>'
            '<source src="https://media.%s/vod/%s/720p.mp4" type="video/mp4"/>'
            '<track kind="subtitles" srclang="ar" label="العربية" src="https://media.%s/vod/%s/ar.vtt"/>'
            'متصفحك لا يدعم تشغيل الفيديو.</video></div>'
            '<figcaption class="c-video-lead__caption">%s <span class="c-video-lead__credit">%s</span></figcaption></figure>'
            % (video_id, F.img_url(rng, host, 1280, 720), host, video_id, host, video_id, host, video_id, esc(cap["text"]), esc(cap["credit_printed"])))
    article = (
        '<article class="c-story c-story--video">'
        '<div class="c-story__label"><span class="c-badge c-badge--video">فيديو</span> <span class="c-badge">مدة التقرير 04:36</span></div>'
        '<h1 class="c-story__title">%s</h1>' % esc(a["headline"])
        + '<p class="c-story__standfirst">%s</p>' % esc(a["dek"])
        + lead
        + '<div class="c-story__meta"><span>%s</span> <time datetime="%s">%s</time></div>' % (esc(a["author"]), a["iso"], esc(a["date"]))
        + F.share_bar(c, "شارك الفيديو")
        + '<div class="c-story__body">%s</div>' % "".join(body)
        + F.tags_box(rng, host, c, a["tags"], "وسوم")
        + '</article>')
    vplayer_cfg = {"player": {"autoplay": False, "muted": True, "ads": {"preroll": "https://ads.%s/vast?cust_params=%s" % (host, F.slug(rng, 40))},
                              "related": teaser_records(rng, host, 50)}}
    css = F.css_blob(rng, "md", 560)
    head = F.page_head(a["headline"], host, css,
                       F.json_ld(a["headline"], a["dek"], body_plain_text(a), a["author"], a["site"], host, a["iso"], F.img_url(rng, host))
                       + '<script type="application/ld+json">%s</script>' % safe_json({"@context": "https://schema.org", "@type": "VideoObject", "name": a["headline"],
                                                                                          "description": a["dek"], "duration": "PT4M36S", "uploadDate": a["iso"],
                                                                                          "thumbnailUrl": F.img_url(rng, host)})
                       + F.datalayer_script(rng, host, "video", 30) + F.ad_config_script(rng, 12))
    page = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">' + head + '<body class="page-video">' + F.svg_sprite(rng, 26)
        + '<header class="c-header">' + F.top_bar(rng, c, a["date"])
        + '<a class="c-header__logo" href="/">%s</a><a class="c-header__live" href="/live">البث المباشر</a>' % esc(a["site"]) + F.mega_menu(rng, host, c, 3) + '</header>'
        + F.ticker(rng, host, c, 12)
        + '<div class="l-wrap"><main class="l-main">' + article
        + F.ad_slot(rng, c, 728, 90)
        + '<section class="c-playlist"><h2 class="c-playlist__title">شاهد أيضا</h2><ul class="c-playlist__list">%s</ul></section>' % "".join(playlist)
        + F.teaser_grid(rng, host, c, "تقارير مصورة", 12)
        + '</main><aside class="l-side"><div class="c-schedule"><h2>جدول البرامج اليوم</h2><ul>%s</ul></div>' % schedule
        + F.most_read(rng, host, c, 10, True, "الأكثر مشاهدة") + F.ad_slot(rng, c, 300, 250) + '</aside></div>'
        + F.footer(rng, host, c, a["site"]) + F.cookie_banner(c)
        + '<script>window.__PLAYER_CONFIG__=%s;</script>' % safe_json(vplayer_cfg)
        + '</body></html>')
    notes = ("TV-channel video page. The lead is a <figure> holding a <video> element (with fallback text 'متصفحك لا يدعم تشغيل الفيديو.', "
             "not body) and a <figcaption> whose credit span names two credits (فيديو: فريق المدار - تصوير: زياد الكردي). Dek is a "
             "<p class=c-story__standfirst> before the video. Short transcript-like body in div.c-story__body; an embedded X/Twitter "
             "<blockquote class=twitter-tweet> with a <p> inside the body is NOT body. 'شاهد أيضا' playlist cards carry <h3> titles and "
             "<p> descriptions (not body).")
    return write_page("09-video-lead-heritage.html", "video-lead", a, page, notes)


# =================================================================== 10 lean mobile
def build_mobile():
    a = articles.A["mobile"]
    rng = random.Random(1010)
    host = a["host"]
    cap = a["captions"][0]
    body = "".join("<p>%s</p>" % x for k, x in a["body"] if k == "p")
    more = "".join('<li><a href="/m/%d">%s</a></li>' % (rng.randint(10000, 99999), esc(F.teaser_title(rng))) for _ in range(4))
    page = (
        '<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width,initial-scale=1"/><title>%s</title>'
        '<link rel="canonical" href="https://www.%s/education/51877"/>'
        '<style>body{margin:0;font:17px/1.8 Tahoma,sans-serif;color:#222}header,footer{background:#0b3d5c;color:#fff;padding:8px 12px}'
        'header a,footer a{color:#fff}article{padding:12px}h1{font-size:22px;line-height:1.5;margin:4px 0}.dek{color:#555;font-weight:bold}'
        'figure{margin:12px 0}img{max-width:100%%;height:auto}figcaption{font-size:13px;color:#666}time{font-size:13px;color:#888}'
        '.more li{margin:6px 0}</style></head><body>' % (esc(a["headline"]), host)
        + '<header><a href="/m/">%s</a> <a href="/m/menu" aria-label="القائمة">☰</a></header>' % esc(a["site"])
        + '<article><a class="sec" href="/m/education">%s</a><h1>%s</h1><p class="dek">%s</p>' % (esc(a["section"]), esc(a["headline"]), esc(a["dek"]))
        + '<time datetime="%s">%s</time> - <span>%s</span>' % (a["iso"], esc(a["date"]), esc(a["author"]))
        + '<figure><img src="%s" alt="" width="600" height="338"/><figcaption>%s %s</figcaption></figure>' % (F.img_url(rng, host, 600, 338), esc(cap["text"]), esc(cap["credit_printed"]))
        + body
        + '<p class="share"><a href="whatsapp://send?text=%s">شارك عبر واتساب</a></p></article>' % F.slug(rng, 8)
        + '<section class="more"><h2>المزيد</h2><ul>%s</ul></section>' % more
        + '<footer><a href="/m/">الرئيسية</a> | <a href="https://www.%s/">النسخة الكاملة</a> | © 2026</footer></body></html>' % host)
    notes = ("Lean mobile page (~5 KB), minimal furniture. Body = the five <p> directly in <article> after the figure. The dek is a "
             "<p class=dek> inside the same <article> (it is the dek, NOT body); the share line <p class=share> at the end is not body. "
             "Byline/date line before the figure is not body.")
    return write_page("10-lean-mobile-education.html", "lean-mobile", a, page, notes)


BUILDERS = [build_drupal, build_wire, build_sections, build_opinion, build_brdiv, build_spa,
            build_interview, build_sport, build_video, build_mobile]


def main():
    for b in BUILDERS:
        n = b()
        print("%-24s %8.1f KB" % (b.__name__, n / 1024.0))


if __name__ == "__main__":
    main()
