# -*- coding: utf-8 -*-
"""Build the held-out Arabic news HTML eval pages + gold JSON.

Deterministic, standard library only.  Run:  python3 make_pages.py
Writes ../NN-name.html and ../NN-name.json next to this build/ directory.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles as AR  # noqa: E402
from furniture import (Gen, e, ea, h6, share_bar, follow_bar, cookie_banner, ad_slot,  # noqa: E402
                       NEWSLETTER_TEXT, TAGS, AUTHORS, SECTIONS)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def body_html(items, p_open="<p>", p_close="</p>", h_fmt=None):
    out = []
    for it in items:
        if isinstance(it, tuple):
            tag, txt = it
            out.append(h_fmt(tag, txt) if h_fmt else f"<{tag}>{e(txt)}</{tag}>")
        else:
            out.append(f"{p_open}{e(it)}{p_close}")
    return out


def gold_body(items):
    return [it[1] if isinstance(it, tuple) else it for it in items]


def cap_gold(c):
    return {"text": f"{c[0]} {c[1]}", "credits": [c[2]]}


# --------------------------------------------------------------------------
# 01 WordPress news theme
# --------------------------------------------------------------------------
def p01(A, g, pad):
    base = "https://alwatan-alyawm.example"
    cap, cred, _ = A["caption"]
    body = body_html(A["body"])
    body.insert(3, '<div class="code-block code-block-3" style="margin:8px auto;text-align:center;">' + ad_slot(3) + "</div>")
    comments = [
        ("أبو سامي", "قرار متوقع، لكن المواطن البسيط هو من سيدفع الثمن في النهاية. الأسعار ترتفع كل يوم والرواتب ثابتة."),
        ("مريم ع.", "كان على البنك أن يتحرك منذ بداية العام، التأخر في القرار جعل الأمور أسوأ."),
        ("خالد", "شكرا على التغطية المفصلة. هل هناك أي تصريح من وزارة المالية بخصوص الحوافز الضريبية؟"),
        ("متابع", "المشكلة ليست في الفائدة وحدها بل في ضعف الإنتاج المحلي والاعتماد على الاستيراد."),
    ]
    com_html = "".join(
        f'<li id="comment-{9100 + i}" class="comment even thread-even depth-1"><article id="div-comment-{9100 + i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="{base}/avatar/{i}.png" class="avatar avatar-60" height="60" width="60">'
        f'<b class="fn">{e(n)}</b> <span class="says">قال:</span></div><div class="comment-metadata"><a href="#comment-{9100 + i}"><time datetime="2026-11-20T1{i}:0{i}:00+03:00">20 نوفمبر 2026 في {i + 1}:1{i} م</time></a></div></footer>'
        f'<div class="comment-content"><p>{e(t)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></article></li>'
        for i, (n, t) in enumerate(comments))
    related_wp = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i}"><h4 class="jp-relatedposts-post-title"><a href="{g.url(base)}">{e(g.title())}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{e(g.summary())}</p><p class="jp-relatedposts-post-context">في &quot;{e(SECTIONS[i][0])}&quot;</p></div>'
        for i in range(3))
    widgets = (
        '<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">البحث عن:</span><input type="search" class="search-field" placeholder="بحث &hellip;" name="s"></label><input type="submit" class="search-submit" value="بحث"></form></section>'
        f'<section id="jnews_popular-3" class="widget widget_popular"><h3 class="widget-title">الأكثر قراءة</h3>{g.link_list(base, 10, "popular-list", True)}</section>'
        + ad_slot(7, "widget widget_ad")
        + f'<section id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">أحدث المقالات</h3>{g.link_list(base, 12, "recent")}</section>'
        + '<section id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">وسوم</h3><div class="tagcloud">'
        + "".join(f'<a href="{base}/tag/{i}" class="tag-cloud-link" style="font-size:{8 + i % 14}pt;">{e(t)}</a>' for i, t in enumerate(TAGS))
        + '</div></section>'
        + f'<section class="widget widget_newsletter"><h3 class="widget-title">النشرة البريدية</h3><p>{e(NEWSLETTER_TEXT)}</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>'
        + f'<section class="widget widget_opinion"><h3 class="widget-title">مقالات الرأي</h3>{g.teaser_cards(base, 6, "opinion-item", summary=True, img=False, tag="div")}</section>'
    )
    links = "".join(f"<link rel='stylesheet' id='{n}-css' href='{base}/wp-content/plugins/{n}/style.min.css?ver=6.{i}.2' type='text/css' media='all' />\n"
                    for i, n in enumerate(["wp-block-library", "jetpack", "contact-form-7", "jnews-frontend", "font-awesome", "elementor-icons", "rtl-fixes", "yoast-seo"]))
    html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(A['headline'])} &#8211; الوطن اليوم</title>
<meta name="description" content="{ea(A['dek'])}">
<meta property="og:type" content="article"><meta property="og:title" content="{ea(A['headline'])}">
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/cbank-1200x675.jpg">
<meta property="article:published_time" content="2026-11-20T09:14:00+03:00">
{links}<style id='global-styles-inline-css' type='text/css'>{g.css(260, 'wp-')}</style>
<script type='text/javascript' id='jquery-core-js-extra'>var jnewsoption = {g.js_config(10)};</script>
<script src='{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="rtl post-template-default single single-post postid-48213 single-format-standard jnews jeg_single_tpl_2">
{cookie_banner('cookie-notice')}
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_topbar"><div class="container"><div class="jeg_top_date">الخميس، 20 نوفمبر 2026</div>{follow_bar('jeg_social_icon_block')}</div></div>
<div class="jeg_midbar"><div class="jeg_logo"><a href="{base}/"><img src="{base}/logo.png" alt="الوطن اليوم"></a></div>{ad_slot(1, 'jeg_ad jeg_ad_top')}</div>
<div class="jeg_bottombar"><nav class="jeg_main_menu_wrapper">{g.mega_menu(base, 8, 'jeg_menu jeg_main_menu', 'sub-menu', 'menu-item')}</nav></div></div>
<div class="jeg_breakingnews"><div class="jeg_breakingnews_title">عاجل</div><div class="jeg_news_ticker"><div class="jeg_news_ticker_items">
{''.join(f'<div class="jeg_news_ticker_item"><a href="{g.url(base)}">{e(t)}</a></div>' for t in g.ticker_items(12))}
</div></div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8">
<div class="jeg_breadcrumbs"><div id="breadcrumbs"><span><a href="{base}/">الرئيسية</a></span> <i class="fa fa-angle-left"></i> <span><a href="{base}/economy">اقتصاد</a></span></div></div>
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-economy">
<header class="entry-header jeg_inner_content">
<div class="jeg_meta_category"><span class="cat-links"><a href="{base}/economy" rel="category tag">اقتصاد</a></span></div>
<h1 class="jeg_post_title entry-title">{e(A['headline'])}</h1>
<h2 class="jeg_post_subtitle">{e(A['dek'])}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author"><span class="meta_text">بواسطة</span> <a href="{base}/author/khaled">خالد منصور</a></div>
<div class="jeg_meta_date"><a href="#">20 نوفمبر 2026</a></div><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 4</a></div></div></div>
</header>
<div class="jeg_share_top_container">{share_bar('jeg_share_button', 'شارك')}</div>
<div class="entry-content no-share">
<div class="content-inner">
<figure id="attachment_48214" aria-describedby="caption-attachment-48214" style="width: 1200px" class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-48214" src="{base}/wp-content/uploads/2026/11/cbank.jpg" alt="" width="1200" height="675" srcset="{base}/wp-content/uploads/2026/11/cbank.jpg 1200w, {base}/wp-content/uploads/2026/11/cbank-768x432.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px"><figcaption id="caption-attachment-48214" class="wp-caption-text">{e(cap)} {e(cred)}</figcaption></figure>
<p><strong>كتب: خالد منصور</strong></p>
{chr(10).join(body)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">شارك هذا:</h3><div class="sd-content"><ul>{''.join(f'<li class="share-{i}"><a class="share-icon" href="#"><span>{e(s)}</span></a></li>' for i, s in enumerate(['فيسبوك', 'إكس', 'واتساب', 'طباعة']))}</ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>ذات صلة</em></h3>{related_wp}</div>
</div>
</div>
<footer class="entry-footer"><div class="jeg_post_tags"><span>الوسوم:</span> {''.join(f'<a href="{base}/tag/{t}" rel="tag">{e(t)}</a>' for t in ['البنك المركزي', 'الفائدة', 'التضخم', 'اقتصاد'])}</div></footer>
</article>
<nav class="navigation post-navigation" aria-label="مقالات"><h2 class="screen-reader-text">تصفّح المقالات</h2><div class="nav-links"><div class="nav-previous"><a href="{g.url(base)}" rel="prev"><span>المقال السابق</span> {e(g.title())}</a></div><div class="nav-next"><a href="{g.url(base)}" rel="next"><span>المقال التالي</span> {e(g.title())}</a></div></div></nav>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>مقالات ذات صلة</span></h3></div><div class="jeg_posts_wrap">{g.teaser_cards(base, 6, 'jeg_post', summary=True)}</div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">4 تعليقات على &ldquo;{e(A['headline'])}&rdquo;</h2><ol class="comment-list">{com_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"></p></form></div></div>
<div class="jeg_more_news"><h3 class="jeg_block_title">المزيد من الأخبار</h3>{g.teaser_cards(base, pad, 'jeg_post', summary=True)}</div>
</div>
<aside id="secondary" class="jeg_sidebar col-md-4 widget-area">{widgets}</aside>
</div></div></div></div></div>
<footer class="jeg_footer"><div class="jeg_footer_container"><div class="footer_widget_area">{g.footer_cols(base, 6, 9, 'jeg_footer')}</div>
<div class="jeg_footer_bottom"><p class="copyright">&copy; 2026 الوطن اليوم. جميع الحقوق محفوظة.</p>{follow_bar('jeg_social_footer')}</div></div></footer>
</div>
<script type='text/javascript'>{g.js_blob(60)}</script>
<script src='{base}/wp-includes/js/wp-emoji-release.min.js?ver=6.4.2' defer></script>
<!--FILL--></body>
</html>
"""
    notes = ("WordPress/JNews-like. Dek is an h2.jeg_post_subtitle in the entry header. Byline paragraph 'كتب: خالد منصور' "
             "inside entry-content is excluded (byline). Ad code-block between paragraphs, Jetpack share block and "
             "'ذات صلة' related posts (with excerpt <p>s) live INSIDE entry-content and are excluded. Four reader comments "
             "in ol.comment-list (comment-content <p>) are excluded. Sidebar opinion teasers have summary <p>s. h2 subheading in body is a body item.")
    return html, dict(family="wordpress", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 02 Next.js / styled-components
# --------------------------------------------------------------------------
def p02(A, g, pad):
    base = "https://sahha-news.example"
    import hashlib
    L = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def sc(s, k):
        return "".join(L[b % 52] for b in hashlib.md5(s.encode()).digest()[:k])
    C = lambda n: f"sc-{sc('c' + n, 6)} {sc('x' + n, 6)}"  # noqa: E731
    cap, cred, _ = A["caption"]
    paras = "\n".join(f'<div class="{C("pw")}"><p class="{C("p")}" data-testid="paragraph">{e(p)}</p></div>' for p in A["body"][:4])
    paras2 = "\n".join(f'<div class="{C("pw")}"><p class="{C("p")}" data-testid="paragraph">{e(p)}</p></div>' for p in A["body"][4:])
    related = [dict(id=g.r.randint(10**5, 10**6), title=g.title(), summary=g.summary(), url=g.url(base),
                    image=dict(src=g.img(base), alt="", width=800, height=450), section=g.r.choice(SECTIONS)[0],
                    publishedAt=f"2026-11-{g.r.randint(1, 23):02d}T{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:00Z")
               for _ in range(max(8, pad))]
    nav = [dict(label=ar, href=f"/{slug}", children=[dict(label=g.title(), href=g.url(base, slug)) for _ in range(6)]) for ar, slug in SECTIONS]
    next_data = dict(props=dict(pageProps=dict(
        article=dict(id="a-77310", slug="measles-vaccination-campaign", headline=A["headline"], standfirst=A["dek"],
                     section=dict(name="صحة", slug="health"), authors=[dict(name="رنا الحسيني", slug="rana")],
                     publishedAt="2026-11-22T07:30:00Z", updatedAt="2026-11-22T09:02:00Z",
                     leadMedia=dict(type="image", src=f"{base}/_next/image?url=%2Fmedia%2Fvacc.jpg&w=1200&q=75", caption=cap, credit=cred),
                     content=[dict(type="paragraph", children=[dict(text=p)]) for p in A["body"]],
                     tags=["صحة", "لقاحات", "أطفال"]),
        related=related, navigation=nav, mostRead=[dict(title=g.title(), url=g.url(base)) for _ in range(10)],
        ads=json.loads(g.js_config(12)))), page="/[section]/[slug]", query=dict(section="health", slug="measles-vaccination-campaign"),
        buildId=h6("build") + h6("id"), isFallback=False, gssp=True, scriptLoader=[])
    cards = lambda items: "".join(  # noqa: E731
        f'<div class="{C("card")}"><a href="{ea(it["url"])}" class="{C("cardlink")}"><div class="{C("cardimg")}"><img alt="" src="{ea(it["image"]["src"])}" loading="lazy"></div>'
        f'<div class="{C("cardbody")}"><span class="{C("cardsec")}">{e(it["section"])}</span><h3 class="{C("cardtitle")}">{e(it["title"])}</h3><p class="{C("cardsum")}">{e(it["summary"])}</p></div></a></div>'
        for it in items)
    navhtml = "".join(f'<li class="{C("navli")}"><a class="{C("nava")}" href="{n["href"]}">{e(n["label"])}</a><div class="{C("dd")}"><ul>'
                      + "".join(f'<li><a href="{ea(c["href"])}">{e(c["label"])}</a></li>' for c in n["children"]) + "</ul></div></li>" for n in nav)
    html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{e(A['headline'])} | صحة نيوز</title><meta name="description" content="{ea(A['dek'])}"/><meta property="og:title" content="{ea(A['headline'])}"/><link rel="preload" href="/_next/static/css/{h6('css1')}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{h6('css1')}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-{h6('poly')}.js"></script><script src="/_next/static/chunks/webpack-{h6('wp')}.js" defer=""></script><script src="/_next/static/chunks/framework-{h6('fw')}.js" defer=""></script><script src="/_next/static/chunks/pages/_app-{h6('app')}.js" defer=""></script><style data-styled="active" data-styled-version="5.3.11">{g.css(220, 'sc-')}</style></head><body><div id="__next"><div class="{C("layout")}">
<div class="{C("consent")}" role="dialog"><p class="{C("consenttext")}">{e('نحن نهتم بخصوصيتك. نستخدم ملفات تعريف الارتباط لتحسين تجربتك. يمكنك قبول جميع الملفات أو تعديل إعداداتك في أي وقت.')}</p><button class="{C("btn")}">قبول الكل</button><button class="{C("btn2")}">الإعدادات</button></div>
<header class="{C("header")}"><div class="{C("topbar")}"><a class="{C("logo")}" href="/" aria-label="صحة نيوز"><svg viewBox="0 0 120 32" width="120" height="32"><title>صحة نيوز</title><path d="M0 0h120v32H0z"/></svg></a><button class="{C("menubtn")}" aria-label="القائمة">القائمة</button><a class="{C("sub")}" href="/subscribe">اشترك الآن</a></div><nav class="{C("nav")}" aria-label="الأقسام"><ul class="{C("navul")}">{navhtml}</ul></nav></header>
<div class="{C("ticker")}"><span class="{C("tickerlabel")}">آخر الأخبار</span><ul>{''.join(f'<li><a href="{g.url(base)}">{e(t)}</a></li>' for t in g.ticker_items(10))}</ul></div>
<main class="{C("main")}"><div class="{C("grid")}"><article class="{C("article")}">
<div class="{C("kicker")}"><a href="/health">صحة</a></div>
<h1 class="{C("h1")}" data-testid="headline">{e(A['headline'])}</h1>
<div class="{C("standfirst")}"><p class="{C("sf")}">{e(A['dek'])}</p></div>
<div class="{C("byline")}"><div class="{C("author")}"><span>بقلم</span> <a href="/authors/rana">رنا الحسيني</a></div><div class="{C("dates")}"><time dateTime="2026-11-22T07:30:00Z">نشر في 22 نوفمبر 2026</time><span> · </span><span>آخر تحديث: منذ ساعتين</span></div></div>
<div class="{C("sharebar")}">{share_bar(C("share"), 'شارك المقال')}</div>
<figure class="{C("figure")}"><div class="{C("imgwrap")}"><span style="box-sizing:border-box;display:block;overflow:hidden"><img alt="{ea(cap)}" src="{base}/_next/image?url=%2Fmedia%2Fvacc.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive" style="position:absolute;inset:0"/></span></div><figcaption class="{C("figcap")}"><span class="{C("captext")}">{e(cap)}</span> <span class="{C("credit")}">{e(cred)}</span></figcaption></figure>
<div class="{C("body")}" data-testid="article-body">
{paras}
<div class="{C("inlinerel")}"><span class="{C("inlinerelLabel")}">مواضيع ذات صلة</span><ul>{''.join(f'<li><a href="{g.url(base)}">{e(g.title())}</a></li>' for _ in range(3))}</ul></div>
{paras2}
</div>
<div class="{C("tags")}"><span>مواضيع:</span>{''.join(f'<a href="/tags/{i}">{e(t)}</a>' for i, t in enumerate(['صحة', 'لقاحات', 'أطفال']))}</div>
<div class="{C("sharebottom")}">{share_bar(C("share2"), 'شارك')}</div>
</article><aside class="{C("aside")}"><div class="{C("mostread")}"><h2>الأكثر قراءة</h2>{g.link_list(base, 10, C("mrlist"), True)}</div>{ad_slot(2, C("ad"))}</aside></div>
<section class="{C("related")}"><h2 class="{C("relh")}">اقرأ المزيد</h2><div class="{C("relgrid")}">{cards(related[:8])}</div></section>
<section class="{C("more")}"><h2 class="{C("relh")}">المزيد من صحة نيوز</h2><div class="{C("relgrid")}">{cards(related[8:])}</div></section>
</main>
<footer class="{C("footer")}"><div class="{C("fcols")}">{g.footer_cols(base, 5, 8, C("f"))}</div>{follow_bar(C("follow"))}<p class="{C("copy")}">© 2026 صحة نيوز. جميع الحقوق محفوظة.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script><!--FILL--></body></html>"""
    notes = ("Next.js/styled-components: hashed class names, every body paragraph wrapped in its own <div><p>. Dek is a <p> "
             "inside a standfirst div. Caption = figcaption with caption span + credit span ('تصوير: ...'). An inline "
             "'مواضيع ذات صلة' link list sits between paragraphs 4 and 5 (excluded). Large __NEXT_DATA__ JSON duplicates the "
             "body, caption and 'related' summaries; the visible markup is authoritative. Related cards have summary <p>s.")
    return html, dict(family="nextjs-styled-components", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 03 AMP
# --------------------------------------------------------------------------
def p03(A, g, pad):
    base = "https://amp.alakhbar-alaan.example"
    cap, cred, _ = A["caption"]
    body = body_html(A["body"])
    body.insert(3, f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/2138/amp/weather/mid" layout="responsive"><div placeholder>إعلان</div><div fallback></div></amp-ad>')
    analytics = json.dumps({"vars": {"account": "UA-000000-1"}, "triggers": {f"t{i}": {"on": "visible", "request": "pageview", "vars": {"title": g.title()}} for i in range(30)}}, ensure_ascii=False)
    sidebar_links = "".join(f'<li><a href="{base}/{slug}">{e(ar)}</a></li>' for ar, slug in SECTIONS)
    html = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-bind" src="https://cdn.ampproject.org/v0/amp-bind-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-user-notification" src="https://cdn.ampproject.org/v0/amp-user-notification-0.1.js"></script>
<title>{e(A['headline'])} - الأخبار الآن</title>
<link rel="canonical" href="https://www.alakhbar-alaan.example/weather/2026/11/25/floods">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{g.css(420, 'amp-')}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{analytics}</script></amp-analytics>
<amp-user-notification layout="nodisplay" id="amp-user-notification1" data-show-if-href="https://example.invalid/show" data-dismiss-href="https://example.invalid/dismiss"><p>{e('نستخدم ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة على موقعنا.')}</p><button on="tap:amp-user-notification1.dismiss">موافق</button></amp-user-notification>
<amp-sidebar id="sidebar" layout="nodisplay" side="right"><button on="tap:sidebar.close" class="close">إغلاق</button><ul class="side-menu">{sidebar_links}</ul>
<div class="side-latest"><h4>آخر الأخبار</h4>{g.link_list(base, 15, 'side-list')}</div>{follow_bar('side-follow')}</amp-sidebar>
<header class="amp-header"><button class="hamburger" on="tap:sidebar.toggle" aria-label="القائمة">☰</button><a href="{base}/"><amp-img src="{base}/logo.png" width="160" height="40" alt="الأخبار الآن"></amp-img></a></header>
<div class="breaking"><strong>عاجل:</strong> <a href="{g.url(base)}">{e(g.title())}</a></div>
<amp-ad width="320" height="50" type="doubleclick" data-slot="/2138/amp/weather/top"></amp-ad>
<main>
<article class="amp-article">
<nav class="crumbs"><a href="{base}/">الرئيسية</a> › <a href="{base}/weather">طقس</a></nav>
<h1 class="amp-title">{e(A['headline'])}</h1>
<p class="amp-dek">{e(A['dek'])}</p>
<div class="amp-meta"><span class="amp-author">الأخبار الآن - وكالات</span> <time datetime="2026-11-25T08:40:00+02:00">الثلاثاء 25 نوفمبر 2026 - 08:40</time></div>
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="0"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
<figure class="amp-figure"><amp-img src="{base}/media/floods-2026.jpg" width="1200" height="675" layout="responsive" alt="{ea(cap)}"></amp-img><figcaption>{e(cap)} {e(cred)}</figcaption></figure>
<div class="amp-body">
{chr(10).join(body)}
</div>
<div class="amp-tags"><a href="{base}/tag/rain">أمطار</a><a href="{base}/tag/floods">سيول</a><a href="{base}/tag/weather">طقس</a></div>
<div class="amp-share-bottom"><span>شارك الخبر</span><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share></div>
</article>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/2138/amp/weather/bottom"></amp-ad>
<section class="amp-related"><h2>أخبار ذات صلة</h2>{g.teaser_cards(base, 6, 'amp-card', summary=False, img=False)}</section>
<section class="amp-more"><h2>الأكثر مشاهدة</h2>{g.teaser_cards(base, pad, 'amp-card', summary=True, img=False)}</section>
</main>
<footer class="amp-footer">{g.footer_cols(base, 4, 6, 'amp-footer')}<p>© 2026 الأخبار الآن</p><a href="https://www.alakhbar-alaan.example/weather/2026/11/25/floods">النسخة الكاملة</a></footer>
<!--FILL--></body>
</html>
"""
    notes = ("AMP page: amp-img inside figure/figcaption (caption text + '(الفرنسية)'), amp-sidebar with menu and latest-news list "
             "before the article, amp-ad inside the body between paragraphs 3 and 4, amp-user-notification cookie text. "
             "Dek is p.amp-dek. Related teasers without summaries, 'most viewed' teasers with summary <p>s.")
    return html, dict(family="amp", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 04 Al Jazeera-like
# --------------------------------------------------------------------------
def p04(A, g, pad):
    base = "https://www.almadar-net.example"
    cap, cred, _ = A["caption"]

    def readmore():
        items = "".join(f'<li class="more-on-list__item"><a class="u-clickable-card__link" href="{g.url(base)}"><span>{e(g.title())}</span></a></li>' for _ in range(3))
        return f'<div class="more-on more-on--inline"><h3 class="more-on__heading">اقرأ أيضا</h3><ul class="more-on-list">{items}</ul></div>'
    body = body_html(A["body"], h_fmt=lambda t, x: f'<h2 id="{h6(x)}">{e(x)}</h2>')
    body.insert(4, readmore())
    body.insert(9, readmore())
    body.insert(6, '<div class="container--ads container--ads-leaderboard-after-fold">' + ad_slot(4, "ads") + "</div>")
    nav = g.mega_menu(base, 6, "menu header-menu", "menu__submenu", "menu__item")
    more_cards = "".join(
        f'<article class="gc u-clickable-card gc--type-post gc--list gc--with-image"><div class="gc__content"><div class="gc__header-wrap"><h3 class="gc__title"><a class="u-clickable-card__link" href="{g.url(base)}"><span>{e(g.title())}</span></a></h3></div>'
        f'<div class="gc__body-wrap"><div class="gc__excerpt"><p>{e(g.summary())}</p></div></div><div class="gc__footer"><div class="gc__date"><div class="date-simple"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">{e(g.ago())}</span></div></div></div></div>'
        f'<div class="gc__image-wrap"><div class="responsive-image"><img loading="lazy" class="gc__image" src="{g.img(base)}" alt=""></div></div></article>'
        for _ in range(pad))
    html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{e(A['headline'])} | أخبار | المدار نت</title>
<meta name="description" content="{ea(A['dek'])}"/>
<style>{g.css(300, 'aj-')}</style>
<script>window.dataLayer=window.dataLayer||[];window.__APOLLO_STATE__={g.js_config(14)};</script>
</head><body class="rtl">
<div id="root"><div class="site-wrapper">
<div class="cookie-consent-banner">{cookie_banner('ot-banner')}</div>
<div class="breaking-news-banner"><span class="breaking-news-banner__label">عاجل</span><a class="breaking-news-banner__link" href="{g.url(base)}">{e(g.title())}</a></div>
<header class="site-header"><div class="site-header__logo"><a href="/" aria-label="المدار نت"><svg class="site-logo" viewBox="0 0 100 40"><title>المدار نت</title></svg></a></div>
<nav class="site-header__navigation" aria-label="الرئيسية">{nav}</nav><div class="site-header__live-menu"><a href="/live">مباشر</a></div><div class="site-header__search-trigger"><button>بحث</button></div></header>
<div class="container container--header-ads">{ad_slot(1, 'ads')}</div>
<main id="main-content-area" class="l-col l-col--8">
<header class="article-header"><div class="article-info-block"><div class="topics"><a href="/news/">أخبار</a><a href="/where/mideast/">الشرق الأوسط</a></div></div>
<h1>{e(A['headline'])}</h1>
<p class="article__subhead u-inline"><em>{e(A['dek'])}</em></p>
</header>
<div class="article-featured-image"><figure class="article-featured-image"><div class="responsive-image"><img loading="lazy" class="article-featured-image" src="{base}/wp-content/uploads/2026/11/aid-camp.jpg?resize=770%2C513" alt="{ea(cap)}"/></div><figcaption>{e(cap)} {e(cred)}</figcaption></figure></div>
<div class="article-b-l"><div class="article-info-block__date"><div class="date-simple"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">24/11/2026</span></div></div>
<div class="article-info-block__share"><div class="article-social-share"><span class="article-social-share__label">شارك</span><ul class="social-share">{''.join(f'<li><button aria-label="{ea(s)}">{e(s)}</button></li>' for s in ['فيسبوك', 'إكس', 'واتساب', 'نسخ الرابط'])}</ul></div></div></div>
<div class="wysiwyg wysiwyg--all-content css-9qk2vz" aria-live="polite" aria-atomic="true">
{chr(10).join(body)}
</div>
<p class="article-source">المصدر : المدار + وكالات</p>
<div class="article-trending-tags"><h3>كلمات مفتاحية</h3><ul>{''.join(f'<li><a href="/tag/{i}">{e(t)}</a></li>' for i, t in enumerate(['مفاوضات', 'هدنة', 'مساعدات إنسانية']))}</ul></div>
<section class="more-on-section"><h2 class="section-header__title">المزيد من سياسة</h2><div class="more-on-section__list">{g.teaser_cards(base, 4, 'gc', summary=True)}</div></section>
</main>
<aside class="l-col l-col--4"><div class="most-read-container"><h2 class="section-header__title">الأكثر قراءة</h2>{g.link_list(base, 10, 'most-read-list', True)}</div>{ad_slot(8, 'ads')}</aside>
<section class="section-latest-news"><h2 class="section-header__title">الأكثر متابعة</h2>{more_cards}</section>
<footer class="site-footer"><div class="site-footer__content">{g.footer_cols(base, 6, 10, 'site-footer')}</div>{follow_bar('site-footer__social')}<p class="site-footer__copyright">© 2026 شبكة المدار الإعلامية</p></footer>
</div></div>
<script>{g.js_blob(40)}</script>
<!--FILL--></body></html>"""
    notes = ("Al Jazeera-like: h1 + p.article__subhead (dek, wrapped in <em>). Two inline 'اقرأ أيضا' link boxes and one ad "
             "container inside div.wysiwyg between paragraphs (excluded). h2 subheadings inside the body are body items. "
             "'المصدر : المدار + وكالات' after the body is a source/byline line (excluded). More-on section and "
             "'الأكثر متابعة' grid contain teaser cards with summary paragraphs (excluded).")
    return html, dict(family="aljazeera-like", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 05 legacy table layout, windows-1256
# --------------------------------------------------------------------------
def p05(A, g, pad):
    base = "http://www.akhbar-alriyada.example"
    cap, cred, _ = A["caption"]
    paras = []
    for i, p in enumerate(A["body"]):
        if i == 0:  # bold team names inline
            p = e(p).replace("الاتحاد", "<b>الاتحاد</b>", 1).replace("النجم", "<b>النجم</b>", 1)
        else:
            p = e(p)
        paras.append(p)
    bodytxt = "<br><br>\n".join(paras)
    left_menu = "".join(f'<tr><td class="menu" bgcolor="#EEEEEE"><img src="/images/arrow.gif" width="7" height="7"> <a href="{base}/sec.asp?id={i}"><font face="Tahoma" size="2" color="#003366">{e(ar)}</font></a></td></tr>' for i, (ar, _) in enumerate(SECTIONS))
    latest = "".join(f'<tr><td><font face="Tahoma" size="2"><a href="{base}/news.asp?id={g.r.randint(10000, 99999)}">{e(g.title())}</a></font><br><font size="1" color="#999999">{e(g.ago())}</font></td></tr><tr><td><img src="/images/dot_line.gif" width="100%" height="1"></td></tr>' for _ in range(pad))
    html = f"""<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<meta charset="windows-1256">
<title>{e(A['headline'])} - أخبار الرياضة</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
function openPrint(id) {{ window.open('print.asp?id='+id,'print','width=600,height=500,scrollbars=yes'); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/images/menu_on.gif')">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/top_banner.jpg" width="780" height="90" alt="أخبار الرياضة"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF">&nbsp;الرئيسية | محلي | عربي | عالمي | كرة القدم | رياضات أخرى | أرشيف | اتصل بنا</font></td></tr>
<tr><td colspan="3" bgcolor="#CC0000"><table width="100%"><tr><td width="60"><font face="Tahoma" size="2" color="#FFFF00"><b>عاجل</b></font></td><td><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Tahoma" size="2" color="#FFFFFF">{' &nbsp;&#9679;&nbsp; '.join(e(t) for t in g.ticker_items(10))}</font></marquee></td></tr></table></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#F3F3F3">
<table width="100%" border="0" cellspacing="1" cellpadding="3">{left_menu}</table>
<br><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>استفتاء</b></font></td></tr><tr><td><font face="Tahoma" size="2">من تتوقع أن يفوز بلقب الدوري هذا الموسم؟</font><br><input type="radio" name="poll"> <font size="2">الاتحاد</font><br><input type="radio" name="poll"> <font size="2">النجم</font><br><input type="radio" name="poll"> <font size="2">فريق آخر</font><br><input type="button" value="تصويت"></td></tr></table>
<br><a href="{base}/ads/click.asp?id=17"><img src="/ads/banner_160x600.gif" width="160" height="600" border="0" alt="إعلان"></a>
</td>
<td width="460" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><font face="Tahoma" size="1" color="#666666">الرئيسية &gt; كرة القدم &gt; محلي</font></td></tr>
<tr><td><font face="Tahoma" size="1" color="#999999">السبت 22 نوفمبر 2026 - 01:15 ص</font></td></tr>
<tr><td><font face="Tahoma" size="4" color="#003366"><b>{e(A['headline'])}</b></font></td></tr>
<tr><td align="center"><img src="/news_images/2026/11/cup_final.jpg" width="400" height="260" border="1"><br><font face="Tahoma" size="1" color="#666666">{e(cap)} {e(cred)}</font></td></tr>
<tr><td class="text"><font face="Tahoma" size="2">
<b>الرياض - محمد العتيبي</b><br><br>
{bodytxt}
</font></td></tr>
<tr><td><table width="100%" bgcolor="#EEEEEE"><tr><td><font size="1" face="Tahoma"><a href="javascript:openPrint(88213)">طباعة</a> | <a href="{base}/send.asp?id=88213">أرسل لصديق</a> | <a href="#">أضف تعليق</a> | عدد القراءات: 4127</font></td></tr></table></td></tr>
<tr><td><font face="Tahoma" size="2" color="#003366"><b>أخبار ذات صلة</b></font><br>{''.join(f'<font face="Tahoma" size="2">&#8226; <a href="{base}/news.asp?id={g.r.randint(10000, 99999)}">{e(g.title())}</a></font><br>' for _ in range(6))}</td></tr>
</table>
</td>
<td width="160" valign="top" bgcolor="#F9F9F9">
<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#CC0000"><font face="Tahoma" size="2" color="#FFFFFF"><b>آخر الأخبار</b></font></td></tr>{latest}</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Tahoma" size="1" color="#FFFFFF">جميع الحقوق محفوظة &copy; 2003 - 2026 أخبار الرياضة<br>الموقع يظهر بأفضل شكل على دقة 800×600</font></td></tr>
</table>
<!--FILL--></body>
</html>
"""
    notes = ("Legacy table layout, file bytes are windows-1256 (declared in both http-equiv and meta charset). No <p>: body "
             "is one <td><font> with paragraphs separated by <br><br>; first paragraph has inline <b> on team names. Headline "
             "is a <font size=4><b> (no h1). No dek (null). First line 'الرياض - محمد العتيبي' (bold byline/dateline) is "
             "excluded. Caption is a <font size=1> line under the image after a <br>, not a figcaption.")
    return html, dict(family="legacy-table-cp1256", captions=[cap_gold(A["caption"])], notes=notes, encoding="cp1256")


# --------------------------------------------------------------------------
# 06 body split by ad + newsletter
# --------------------------------------------------------------------------
def p06(A, g, pad):
    base = "https://www.iqtisad-today.example"
    cap, cred, _ = A["caption"]
    p1 = "\n".join(f"<p>{e(p)}</p>" for p in A["body"][:3])
    p2 = "\n".join(f"<p>{e(p)}</p>" for p in A["body"][3:])
    markets = "".join(f'<li class="mkt"><span class="mkt__name">{e(n)}</span><span class="mkt__val">{g.r.uniform(10, 12000):.2f}</span><span class="mkt__chg {"up" if g.r.random() > .5 else "down"}">{g.r.uniform(-3, 3):+.2f}%</span></li>'
                      for n in ["برنت", "غرب تكساس", "الذهب", "الفضة", "الدولار/اليورو", "مؤشر السوق", "الغاز الطبيعي", "النحاس", "القمح", "بيتكوين"])
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(A['headline'])} | اقتصاد اليوم</title>
<meta name="description" content="{ea(A['dek'])}"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/app.{h6('app6')}.css">
<style>{g.css(250, 'x')}</style>
<script>var __PRELOADED__ = {g.js_config(12)};</script>
</head><body class="page-article">
{cookie_banner()}
<div class="top-strip"><ul class="markets-strip">{markets}</ul></div>
<header class="masthead"><a class="masthead__logo" href="/">اقتصاد اليوم</a><nav class="masthead__nav">{g.mega_menu(base, 9, 'nav', 'nav__drop', 'nav__item')}</nav>{follow_bar('masthead__follow')}</header>
<div class="breaking-bar"><b>عاجل</b><ul>{''.join(f'<li>{e(t)}</li>' for t in g.ticker_items(8))}</ul></div>
{ad_slot(1, 'ad ad--leaderboard')}
<div class="layout"><main class="layout__main">
<article class="story">
<div class="story__section"><a href="/energy">طاقة</a></div>
<h1 class="story__title">{e(A['headline'])}</h1>
<h2 class="story__summary">{e(A['dek'])}</h2>
<div class="story__meta"><span class="story__author">وحدة الأبحاث الاقتصادية</span> | <time datetime="2026-11-24T10:05:00+04:00">24 نوفمبر 2026</time> | <span>قراءة 3 دقائق</span></div>
{share_bar('story__share')}
<figure class="story__lead"><picture><source srcset="/media/oil-rig.webp" type="image/webp"><img src="/media/oil-rig.jpg" alt="" width="1280" height="720"></picture><figcaption class="story__caption">{e(cap)} {e(cred)}</figcaption></figure>
<div class="story__body article-body">
{p1}
</div>
<div class="inarticle-ad">{ad_slot(2, 'ad ad--mpu')}</div>
<aside class="newsletter-box"><h4 class="newsletter-box__title">النشرة الاقتصادية اليومية</h4><p class="newsletter-box__text">{e(NEWSLETTER_TEXT)}</p><p class="newsletter-box__small">يمكنك إلغاء الاشتراك في أي وقت.</p><form class="newsletter-box__form"><input type="email" placeholder="البريد الإلكتروني"><button type="submit">اشترك الآن</button></form></aside>
<div class="story__body article-body article-body--continued">
{p2}
</div>
<div class="story__tags">{''.join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(['نفط', 'أسواق', 'طاقة']))}</div>
{share_bar('story__share story__share--bottom', 'شارك المقال')}
</article>
<section class="rail rail--related"><h3>قصص ذات صلة</h3>{g.teaser_cards(base, 6, 'teaser', summary=True)}</section>
<section class="rail rail--latest"><h3>آخر الأخبار الاقتصادية</h3>{g.teaser_cards(base, pad, 'teaser', summary=True)}</section>
</main>
<aside class="layout__side"><div class="box box--mostread"><h3>الأكثر قراءة</h3>{g.link_list(base, 10, 'mostread', True)}</div>{ad_slot(3, 'ad ad--side')}<div class="box box--videos"><h3>فيديو</h3>{g.teaser_cards(base, 5, 'vid', summary=False)}</div></aside>
</div>
<footer class="site-footer">{g.footer_cols(base, 6, 8, 'site-footer')}<p>© 2026 اقتصاد اليوم</p></footer>
<script>{g.js_blob(30)}</script>
<!--FILL--></body></html>
"""
    notes = ("Body split into two sibling div.article-body containers separated by an in-article ad and a newsletter <aside> "
             "with its own <p>s (excluded). Both halves are body (3 + 4 paragraphs). The first paragraph starts with an "
             "inline dateline 'دبي - ' which is kept as printed (it is part of the paragraph, not a dateline-only line). "
             "Dek is an h2.story__summary. Markets strip with numbers at the top.")
    return html, dict(family="split-body-ad-newsletter", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 07 schema.org microdata
# --------------------------------------------------------------------------
def p07(A, g, pad):
    base = "https://www.ulum-wa-taqniya.example"
    cap, cred, _ = A["caption"]
    body = body_html(A["body"])
    body.insert(3, f'<aside class="see-also"><strong>شاهد أيضا:</strong> <a href="{g.url(base)}">{e(g.title())}</a></aside>')
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{e(A['headline'])} - علوم وتقنية</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{g.css(230, 'm')}</style>
<script>window.siteConfig={g.js_config(9)};</script>
</head><body>
{cookie_banner('gdpr')}
<div class="wrapper">
<header class="hdr"><div class="hdr__brand"><a href="/">علوم وتقنية</a></div><nav class="hdr__nav">{g.mega_menu(base, 8, 'mainnav', 'mainnav__sub', 'mainnav__item')}</nav></header>
<div class="ticker"><span>الأحدث</span>{g.link_list(base, 8, 'ticker__list')}</div>
<div class="page">
<article class="news-article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{base}/science/2026/11/26/university-satellite">
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="علوم وتقنية"><div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base}/logo.png"></div></div>
<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/science"><span itemprop="name">علوم</span></a><meta itemprop="position" content="2"></li></ol>
<h1 itemprop="headline" class="news-article__title">{e(A['headline'])}</h1>
<p itemprop="description" class="news-article__lede">{e(A['dek'])}</p>
<div class="news-article__meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">كتبت: <span itemprop="name">دينا مراد</span></span> &middot; <time itemprop="datePublished" datetime="2026-11-26T06:30:00+02:00">الأربعاء 26 نوفمبر 2026</time> &middot; <time itemprop="dateModified" datetime="2026-11-26T08:10:00+02:00">تحديث 08:10</time></div>
<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject" class="news-article__figure"><img itemprop="url" src="{base}/img/sat-team.jpg" alt="" width="1024" height="576"><meta itemprop="width" content="1024"><meta itemprop="height" content="576"><figcaption itemprop="caption">{e(cap)} {e(cred)}</figcaption></figure>
<div itemprop="articleBody" class="news-article__body">
{chr(10).join(body)}
<div class="article-share">{share_bar('s', 'شارك')}</div>
<p class="article-tags">الوسوم: <a href="/tag/space" itemprop="keywords">فضاء</a>، <a href="/tag/climate" itemprop="keywords">مناخ</a>، <a href="/tag/uni" itemprop="keywords">جامعات</a></p>
</div>
</article>
<section class="related"><h2>اقرأ أيضا</h2>{g.teaser_cards(base, 6, 'rel', summary=True)}</section>
<section class="latest"><h2>أحدث الأخبار</h2>{g.teaser_cards(base, pad, 'rel', summary=True)}</section>
<aside class="sidebar"><h3>الأكثر قراءة</h3>{g.link_list(base, 10, 'mr', True)}{ad_slot(5)}</aside>
</div>
<footer class="ftr">{g.footer_cols(base, 5, 9, 'ftr')}{follow_bar()}<p>© 2026 علوم وتقنية</p></footer>
</div>
<script>{g.js_blob(25)}</script>
<!--FILL--></body></html>
"""
    notes = ("schema.org microdata: itemprop=headline (h1), itemprop=description (dek <p>), itemprop=datePublished <time>, "
             "figcaption itemprop=caption. The itemprop=articleBody div also contains a 'شاهد أيضا' aside between "
             "paragraphs 3 and the h3, a share bar, and a tags <p> ('الوسوم: ...') at the end: all excluded. The h3 subheading "
             "is a body item.")
    return html, dict(family="schema-org-microdata", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 08 JSON-LD NewsArticle with articleBody
# --------------------------------------------------------------------------
def p08(A, g, pad):
    base = "https://www.al-balad-news.example"
    cap, cred, _ = A["caption"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": f"{base}/local/elections-turnout#webpage", "url": f"{base}/local/elections-turnout", "name": A["headline"], "inLanguage": "ar"},
        {"@type": "NewsArticle", "headline": A["headline"], "description": A["dek"], "articleBody": " ".join(A["body"]),
         "image": [{"@type": "ImageObject", "url": f"{base}/media/voter.jpg", "caption": f"{cap} {cred}", "width": 1200, "height": 800}],
         "datePublished": "2026-11-22T21:10:00+01:00", "dateModified": "2026-11-22T23:45:00+01:00",
         "author": [{"@type": "Person", "name": "سمير بن علي"}], "articleSection": "محليات",
         "keywords": ["انتخابات", "بلديات", "مشاركة"],
         "publisher": {"@type": "NewsMediaOrganization", "name": "البلد نيوز", "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"}}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": base}, {"@type": "ListItem", "position": 2, "name": "محليات", "item": f"{base}/local"}]}]}
    paras = "\n".join(f"<p>{e(p)}</p>" for p in A["body"])
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(A['headline'])} - البلد نيوز</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, indent=1)}</script>
<style>{g.css(240, 'b')}</style>
<script>window.adsConfig={g.js_config(10)};</script>
</head><body>
<div id="consent-popup" class="consent"><p>{e('يستخدم هذا الموقع ملفات تعريف الارتباط. اطلع على سياسة الخصوصية لمعرفة المزيد.')}</p><button>أوافق</button></div>
<header class="site-head"><div class="site-head__date">السبت 22 نوفمبر 2026</div><a class="site-head__logo" href="/">البلد نيوز</a>{follow_bar('site-head__social')}
<nav class="site-nav">{g.mega_menu(base, 9, 'site-nav__list', 'site-nav__sub', 'site-nav__item')}</nav></header>
<div class="urgent"><span class="urgent__label">عاجل</span><div class="urgent__track">{''.join(f'<a href="{g.url(base)}">{e(t)}</a>' for t in g.ticker_items(10))}</div></div>
<div class="container">
<div class="col-main">
<div class="story-header"><span class="story-header__cat">محليات</span>
<h1 class="story-header__title">{e(A['headline'])}</h1>
<div class="story-header__excerpt">{e(A['dek'])}</div>
<div class="story-header__meta"><span class="by">سمير بن علي</span> <span class="date">نشر في: 22 نوفمبر 2026 - 21:10</span></div></div>
<div class="story-image"><img src="{base}/media/voter.jpg" alt="{ea(cap)}"><div class="story-image__caption">{e(cap)} {e(cred)}</div></div>
<div class="story-body">
<p class="story-body__updated"><small>آخر تحديث: 22 نوفمبر 2026 - 23:45</small></p>
{paras}
<p class="follow-cta"><strong><a href="https://t.me/example_invalid">تابعوا آخر الأخبار المحلية عبر قناتنا على تلغرام</a></strong></p>
</div>
{share_bar('story-share')}
<div class="story-tags">{''.join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(['انتخابات', 'بلديات', 'مشاركة']))}</div>
<div class="story-related"><h3>اقرأ أيضا</h3>{g.teaser_cards(base, 4, 'r', summary=True)}</div>
<div class="story-latest"><h3>آخر الأخبار</h3>{g.teaser_cards(base, pad, 'r', summary=True)}</div>
</div>
<aside class="col-side"><div class="w"><h3>الأكثر قراءة</h3>{g.link_list(base, 10, 'w-list', True)}</div>{ad_slot(3)}<div class="w"><h3>استطلاع</h3><p>هل شاركت في الانتخابات البلدية؟</p><label><input type="radio" name="q"> نعم</label><label><input type="radio" name="q"> لا</label></div></aside>
</div>
<footer class="foot">{g.footer_cols(base, 5, 8, 'foot')}<p>© 2026 البلد نيوز</p></footer>
<script>{g.js_blob(30)}</script>
<!--FILL--></body></html>
"""
    notes = ("JSON-LD @graph with NewsArticle.articleBody = all paragraphs joined by single spaces (paragraph boundaries lost); "
             "visible markup also has the body in div.story-body and is authoritative for paragraph splits. Inside "
             "story-body: an 'آخر تحديث' <p><small> line at the top and a Telegram follow-prompt <p> at the end (both excluded). "
             "Dek is a plain div.story-header__excerpt. Caption is a div (not figcaption).")
    return html, dict(family="jsonld-newsarticle", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 09 photo gallery
# --------------------------------------------------------------------------
def p09(A, g, pad):
    base = "https://www.arabic-news-service.example"
    caps = A["captions"]
    lead = caps[0]
    gal = caps[1:]

    def gfig(i, c):
        return (f'<figure class="gallery__item" data-index="{i + 1}"><div class="gallery__img"><img src="{base}/media/gallery/640/{h6(c[0])}.jpg" alt="" loading="lazy" width="640" height="360"></div>'
                f'<figcaption class="gallery__caption"><span class="gallery__count" aria-hidden="true"></span>{e(c[0])} <span class="gallery__credit">{e(c[1])}</span></figcaption></figure>')
    gallery = (f'<section class="gallery" aria-label="معرض الصور"><div class="gallery__head"><h2 class="gallery__title">بالصور</h2><span class="gallery__counter">5 صور</span></div>'
               + "".join(gfig(i, c) for i, c in enumerate(gal))
               + '<div class="gallery__controls"><button class="prev">الصورة السابقة</button><button class="next">الصورة التالية</button></div></section>')
    body = [f"<p>{e(p)}</p>" for p in A["body"]]
    body.insert(3, gallery)
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(A['headline'])} - أخبار عربية</title>
<style>{g.css(260, 'ans-')}</style>
<script>window.__APP_DATA__={g.js_config(16)};</script>
</head><body>
<div class="consent-banner">{cookie_banner('cb')}</div>
<header role="banner"><div class="brand"><a href="/">أخبار عربية</a></div><nav>{g.mega_menu(base, 7, 'nav-list', 'nav-sub', 'nav-item')}</nav></header>
<main role="main"><div class="grid">
<article class="article">
<header><h1 id="content" class="article__headline" tabindex="-1">{e(A['headline'])}</h1>
<p class="article__intro"><b>{e(A['dek'])}</b></p>
<div class="article__byline"><span>أخبار عربية</span> <time datetime="2026-11-19">19 نوفمبر/ تشرين الثاني 2026</time></div></header>
<figure class="lead-image"><div class="lead-image__wrap"><img src="{base}/media/gallery/800/lead.jpg" alt="" width="800" height="450"></div><figcaption class="lead-image__caption">{e(lead[0])} {e(lead[1])}</figcaption></figure>
<div class="article__body">
{chr(10).join(body)}
</div>
<section class="topics"><h2>مواضيع ذات صلة</h2><ul>{''.join(f'<li><a href="/topics/{i}">{e(t)}</a></li>' for i, t in enumerate(['حرائق', 'بيئة ومناخ', 'كوارث طبيعية']))}</ul></section>
{share_bar('article-share', 'شارك هذه الصفحة')}
</article>
<section class="related-content"><h2>قصص ذات صلة</h2>{g.teaser_cards(base, 4, 'promo', summary=True)}</section>
<section class="top-stories"><h2>أهم الأخبار</h2>{g.teaser_cards(base, pad, 'promo', summary=True)}</section>
<aside class="most-read"><h2>الأكثر قراءة</h2>{g.link_list(base, 10, 'mr', True)}</aside>
</div></main>
<footer>{g.footer_cols(base, 4, 10, 'footer')}{follow_bar()}<p>© 2026 أخبار عربية. الموقع غير مسؤول عن محتوى المواقع الخارجية.</p></footer>
<script>{g.js_blob(30)}</script>
<!--FILL--></body></html>
"""
    notes = ("Photo gallery section (5 figures, each figcaption = caption + credit span) inserted inside the body between "
             "paragraphs 3 and 4; gallery heading 'بالصور', counter and prev/next buttons are excluded. Credits vary: "
             "'(رويترز)', 'تصوير: ...', 'مصدر الصورة، Getty Images', '(الفرنسية)', '(أسوشيتد برس)'. Lead image caption + "
             "5 gallery captions = 6 captions in reading order. Dek is p.article__intro wrapped in <b>.")
    return html, dict(family="photo-gallery", captions=[cap_gold(c) for c in caps], notes=notes)


# --------------------------------------------------------------------------
# 10 live updates
# --------------------------------------------------------------------------
def p10(A, g, pad):
    base = "https://live.akhbar24.example"
    cap, cred, _ = A["caption"]
    ups = []
    for k, (t, ps) in enumerate(A["updates"]):
        fig = ""
        if k == 5:
            fig = f'<figure class="lb-post__media"><img src="{base}/media/rubble.jpg" alt=""><figcaption>{e(cap)} {e(cred)}</figcaption></figure>'
        ptxt = "".join(f"<p>{e(p)}</p>" for p in ps)
        ups.append(f'<li class="lb-post" id="post-{9000 - k}"><div class="lb-post__meta"><time class="lb-post__time" datetime="2026-11-25T{t}:00+03:00">{t}</time>'
                   f'<span class="lb-post__author">{e(g.r.choice(AUTHORS))}</span></div><div class="lb-post__content">{ptxt}{fig}</div>'
                   f'<div class="lb-post__share"><button>شارك</button><button>نسخ الرابط</button></div></li>')
        if k == 3:
            ups.append(f'<li class="lb-ad">{ad_slot(6)}</li>')
    poll = json.dumps({"liveblogId": "lb-2026-quake", "pollInterval": 30000, "lastPostId": 9000,
                       "posts": [{"id": 9000 - k, "time": t, "html": "".join(f"<p>{p}</p>" for p in ps)} for k, (t, ps) in enumerate(A["updates"])],
                       "cfg": json.loads(g.js_config(10))}, ensure_ascii=False)
    kp = "".join(f"<li>{e(x)}</li>" for x in A["keypoints"])
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(A['headline'])} | أخبار 24</title>
<style>{g.css(300, 'lb')}</style>
<script id="liveblog-state" type="application/json">{poll}</script>
</head><body class="liveblog">
{cookie_banner()}
<header class="hdr"><a href="/" class="hdr__logo">أخبار 24</a><nav>{g.mega_menu(base, 10, 'hdr__menu', 'hdr__sub', 'hdr__item')}</nav>{follow_bar('hdr__follow')}</header>
<div class="ticker"><span>عاجل</span>{g.link_list(base, 10, 'ticker__items')}</div>
<main class="main">
<div class="live-header"><span class="live-badge">مباشر</span>
<h1 class="live-header__title">{e(A['headline'])}</h1>
<p class="live-header__summary">{e(A['dek'])}</p>
<div class="live-header__meta">آخر تحديث: <time>11:45</time> بتوقيت مكة المكرمة</div>
<label class="autorefresh"><input type="checkbox" checked> تحديث تلقائي</label></div>
<aside class="key-points"><h2>أبرز التطورات</h2><ul>{kp}</ul></aside>
<ol class="lb-feed" aria-live="polite">
{chr(10).join(ups)}
</ol>
<button class="lb-more">عرض المزيد من التحديثات</button>
<section class="related"><h2>تغطيات ذات صلة</h2>{g.teaser_cards(base, 6, 'tile', summary=True)}</section>
<section class="latest"><h2>آخر الأخبار</h2>{g.teaser_cards(base, pad, 'tile', summary=True)}</section>
</main>
<aside class="side"><h3>الأكثر قراءة</h3>{g.link_list(base, 10, 'mr', True)}{ad_slot(9)}</aside>
<footer class="ftr">{g.footer_cols(base, 6, 8, 'ftr')}<p>© 2026 أخبار 24</p></footer>
<script>{g.js_blob(40)}</script>
<!--FILL--></body></html>
"""
    body = [p for _, ps in A["updates"] for p in ps]
    notes = ("Headline is the h1 text as printed, including its 'مباشر:' prefix (a separate span.live-badge 'مباشر' above it is "
             "not part of the headline). Live blog: body = every update paragraph in printed order (newest first, 11:45 down to 04:20); two updates "
             "have two paragraphs each (separate body items). Time stamps, per-update author names and share buttons are "
             "excluded. The 'أبرز التطورات' key-points aside (bullet summary above the feed) is excluded as summary furniture. "
             "One update (06:10) contains a photo with caption. An ad <li> sits inside the feed. A JSON state script "
             "duplicates the updates.")
    return html, dict(family="live-blog", captions=[cap_gold(A["caption"])], notes=notes, body=body)


# --------------------------------------------------------------------------
# 11 tweet + video + pull quote
# --------------------------------------------------------------------------
def p11(A, g, pad):
    base = "https://www.kooora-style.example"
    cap, cred, _ = A["caption"]
    tweet = (f'<blockquote class="twitter-tweet" data-lang="ar" data-theme="light"><p lang="ar" dir="rtl">{e(A["tweet"])} '
             f'<a href="https://t.co/AbCdEf123">pic.twitter.com/AbCdEf123</a></p>&mdash; أتلتيكو ديل مار (@AtleticoDelMar_AR) '
             f'<a href="https://twitter.com/AtleticoDelMar_AR/status/1861234567890123456">November 25, 2026</a></blockquote>'
             f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
    video = ('<div class="video-embed"><div class="video-embed__ratio"><iframe width="560" height="315" '
             'src="https://www.youtube-nocookie.com/embed/xYz12AbC3dE" title="أبرز أهداف كريم ناصر" frameborder="0" '
             'allow="accelerometer; autoplay; encrypted-media; picture-in-picture" allowfullscreen></iframe></div></div>')
    pq = f'<aside class="pull-quote"><blockquote><p>{e(A["pullquote"])}</p></blockquote><cite>كريم ناصر</cite></aside>'
    body = [f"<p>{e(p)}</p>" for p in A["body"]]
    body.insert(3, tweet)
    body.insert(5, pq)
    body.insert(7, video)
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(A['headline'])} | رياضة 360</title>
<style>{g.css(260, 'k')}</style>
<script>window.__INITIAL_STATE__={g.js_config(14)};</script>
</head><body>
{cookie_banner()}
<header class="header"><a class="logo" href="/">رياضة 360</a><nav>{g.mega_menu(base, 9, 'nav', 'nav-sub', 'nav-i')}</nav></header>
<div class="scores-bar"><ul>{''.join(f'<li class="match"><span>{e(g.r.choice(["الوحدة", "الشباب", "الأهلي", "النصر", "الفيصلي", "الجيش", "الترجي", "الرجاء"]))}</span> <b>{g.r.randint(0, 4)} - {g.r.randint(0, 4)}</b> <span>{e(g.r.choice(["الوداد", "الزمالك", "الهلال", "الاتحاد", "النجم", "الشرطة", "القوة الجوية", "الصفاقسي"]))}</span></li>' for _ in range(12))}</ul></div>
<main class="main"><article class="post">
<div class="post__cat"><a href="/football/spain">الدوري الإسباني</a></div>
<h1 class="post__title">{e(A['headline'])}</h1>
<p class="post__excerpt">{e(A['dek'])}</p>
<div class="post__meta"><span class="post__author">مدريد - أحمد رشيد</span><time datetime="2026-11-25T19:00:00+01:00">25 نوفمبر 2026</time></div>
{share_bar('post__share', 'شارك')}
<figure class="post__image"><img src="{base}/uploads/nasser-presentation.jpg" alt="" width="1200" height="800"><figcaption>{e(cap)} {e(cred)}</figcaption></figure>
<div class="post__content">
{chr(10).join(body)}
</div>
<div class="post__tags"><a href="/tag/1">انتقالات</a><a href="/tag/2">كريم ناصر</a><a href="/tag/3">الدوري الإسباني</a></div>
<div class="post__follow">{follow_bar()}</div>
</article>
<section class="more"><h2>أخبار ذات صلة</h2>{g.teaser_cards(base, 6, 'm-card', summary=True)}</section>
<section class="more"><h2>آخر أخبار الانتقالات</h2>{g.teaser_cards(base, pad, 'm-card', summary=True)}</section>
</main>
<aside class="side"><h3>الأكثر قراءة</h3>{g.link_list(base, 10, 'mr', True)}{ad_slot(4)}</aside>
<footer>{g.footer_cols(base, 5, 8, 'ft')}<p>© 2026 رياضة 360</p></footer>
<script>{g.js_blob(30)}</script>
<!--FILL--></body></html>
"""
    notes = ("Embedded tweet (blockquote.twitter-tweet with <p>, link, author, date) after paragraph 3, a pull quote "
             "(aside.pull-quote > blockquote > p) after paragraph 4 that repeats a phrase from paragraph 5, and a YouTube "
             "iframe embed after paragraph 5 -- all inside div.post__content, all excluded (tweet text and pull quote are "
             "NOT body). Byline/dateline 'مدريد - أحمد رشيد' in meta is excluded. Live-scores strip at the top.")
    return html, dict(family="embeds-tweet-video-pullquote", captions=[cap_gold(A["caption"])], notes=notes)


# --------------------------------------------------------------------------
# 12 minimal
# --------------------------------------------------------------------------
def p12(A, g, pad):
    paras = "\n".join(f"<p>{e(p)}</p>" for p in A["body"])
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(A['headline'])}</title>
<style>body{{max-width:40em;margin:auto;font-family:sans-serif;line-height:1.7}}</style>
</head>
<body>
<p><a href="/">نشرة الصحة</a></p>
<h1>{e(A['headline'])}</h1>
<p><small>الثلاثاء 25 نوفمبر 2026</small></p>
{paras}
<hr>
<p><small>© 2026 نشرة الصحة</small></p>
</body>
</html>
"""
    notes = ("Minimal page with almost no furniture: site-name link <p> above the h1, a date <p><small> line, a copyright "
             "<p><small> line after <hr> (all excluded). No dek, no images.")
    return html, dict(family="minimal", captions=[], notes=notes)


PAGES = [  # name, builder, article, target KB, number of extra teaser cards
    ("01-wordpress-economy", p01, AR.A01, 180, 16),
    ("02-nextjs-health", p02, AR.A02, 260, 20),
    ("03-amp-weather", p03, AR.A03, 90, 10),
    ("04-aljazeera-like-conflict", p04, AR.A04, 210, 24),
    ("05-legacy-table-sports", p05, AR.A05, 52, 40),
    ("06-split-body-oil", p06, AR.A06, 150, 16),
    ("07-microdata-science", p07, AR.A07, 120, 12),
    ("08-jsonld-elections", p08, AR.A08, 140, 14),
    ("09-gallery-wildfires", p09, AR.A09, 170, 16),
    ("10-live-earthquake", p10, AR.A10, 230, 18),
    ("11-embeds-transfer", p11, AR.A11, 160, 16),
    ("12-minimal-health", p12, AR.A12, 0, 0),
]


FILL_KIND = {1: "wp", 2: "nextf", 3: "amp", 5: "legacy"}


def filler(kind, seed, n):
    """Inline data/script blobs of the kind real pages carry (feed preload state,
    RSC flight data, amp-state, legacy DHTML menu arrays).  Never visible text."""
    if n <= 0:
        return ""
    g = Gen(seed * 7 + 3)
    items = [dict(id=g.r.randint(10**6, 10**7), t=g.title(), s=g.summary(), u=g.url("https://cdn.example"),
                  img=g.img("https://cdn.example", 320, 180), sec=g.r.choice(SECTIONS)[1], ts=1763000000 + g.r.randint(0, 10**6))
             for _ in range(n)]
    if kind == "legacy":
        rows = ",\n".join(f'new Array("{it["t"]}","/news.asp?id={it["id"]}","{it["sec"]}")' for it in items)
        return f'<script language="JavaScript">\n<!--\nvar arrNews = new Array(\n{rows}\n);\n//-->\n</script>'
    blob = json.dumps(dict(feed=items, v=h6(str(seed))), ensure_ascii=False)
    if kind == "amp":
        return f'<amp-state id="feedState"><script type="application/json">{blob}</script></amp-state>'
    if kind == "nextf":
        esc = json.dumps(blob, ensure_ascii=False)
        return f'<script>self.__next_f=self.__next_f||[];self.__next_f.push([1,{esc}])</script>'
    if kind == "wp":
        return f"<script type='text/javascript' id='jnews-frontend-js-extra'>var jnewsfeed = {blob};</script>"
    return f'<script>window.__PRELOADED_FEED__ = {blob};</script>'


def render(fn, A, seed, pad, nfill, idx):
    g = Gen(seed)
    html, meta = fn(A, g, pad)
    html = html.replace("<!--FILL-->", filler(FILL_KIND.get(idx, "json"), seed, nfill))
    enc = meta.get("encoding", "utf-8")
    return html.encode(enc, errors="strict"), meta


def main():
    rows = []
    for i, (name, fn, A, target_kb, pad) in enumerate(PAGES, 1):
        nfill = 0
        data, meta = render(fn, A, 1000 + i, pad, nfill, i)
        while target_kb and len(data) < target_kb * 1024:
            nfill += 5
            data, meta = render(fn, A, 1000 + i, pad, nfill, i)
        with open(os.path.join(OUT, name + ".html"), "wb") as f:
            f.write(data)
        gold = {
            "file": name + ".html",
            "family": meta["family"],
            "encoding": meta.get("encoding", "utf-8"),
            "headline": A["headline"],
            "dek": A.get("dek"),
            "captions": meta["captions"],
            "body": meta.get("body") or gold_body(A["body"]),
            "notes": meta["notes"],
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        rows.append((name + ".html", meta["family"], len(data) / 1024))
        print(f"{name}.html\t{meta['family']}\t{len(data) / 1024:.1f} KB\tteasers={pad}\tfill={nfill}")
    return rows


if __name__ == "__main__":
    main()
