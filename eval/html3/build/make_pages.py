# -*- coding: utf-8 -*-
"""Build the html3 held-out evaluation pages and their gold JSON files.
Deterministic, standard library only.  Run: python3 build/make_pages.py"""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import furniture as F  # noqa: E402
from content import ARTICLES, A1, A2, A3, A4, A5, A6, A7, A8  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
esc, attr = F.esc, F.attr


def plain(s):
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def gold_body(art):
    out = []
    for blk in art["body"]:
        kind, val = blk[0], blk[1]
        if kind in ("p", "h"):
            out.append(plain(val))
        elif kind == "ul":
            out.extend(plain(v) for v in val)
    return out


def cap(text, credits):
    return {"text": plain(text), "credits": credits}


def head(art, title_suffix, css, extra_head="", url=""):
    return ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s%s</title>\n<meta property=\"og:title\" content=\"%s\">\n"
            "<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:url\" content=\"%s\">\n"
            "%s<link rel=\"canonical\" href=\"%s\">\n<style>\n%s\n</style>\n%s</head>\n"
            % (esc(art["headline"]), esc(title_suffix), attr(art["headline"]), attr(url),
               ('<meta name="description" content="%s">\n<meta property="og:description" content="%s">\n'
                % (attr(art["dek"]), attr(art["dek"]))) if art.get("dek") else "",
               attr(url), css, extra_head))


def img(site, rng, w=1200, h=675, alt=""):
    return ('<img src="https://cdn.%s/uploads/2026/11/%s.jpg" srcset="https://cdn.%s/uploads/2026/11/%s-600.jpg 600w, '
            'https://cdn.%s/uploads/2026/11/%s.jpg 1200w" width="%d" height="%d" alt="%s" loading="lazy">'
            % (site, F.slug(rng), site, F.slug(rng), site, F.slug(rng), w, h, attr(alt)))


# --------------------------------------------------------------------- 1 Blogger
def page_blogger(a):
    r = F.rng_for(a["name"]); site = a["site"]
    url = "https://%s/2026/11/blog-post_22.html" % site
    skin = F.css_blob(r, "blog", 420)
    out = [head(a, " | أخبار السهل", "/* Content\n----------------------------------------------- */\n" + skin, url=url,
                extra_head="<script type='text/javascript'>var _blogger={\"blogId\":\"%d\",\"postId\":\"%d\",\"lang\":\"ar\"};</script>\n"
                % (r.randint(10**17, 10**18), r.randint(10**17, 10**18)))]
    out.append("<body class='loading variant-dark' dir='rtl'>\n<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'>"
               "<iframe class='blogger-iframe-colorize' height='30px' src='about:blank' title='شريط التنقل'></iframe></div></div>")
    out.append("<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>")
    out.append("<div class='content'><div class='content-outer'><div class='content-inner'>")
    out.append("<header><div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'>"
               "<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://%s/'>أخبار السهل الأخضر</a></h1></div>"
               "<div class='descriptionwrapper'><p class='description'><span>مدونة إخبارية مستقلة تهتم بشؤون المحافظة والبلديات</span></p></div>"
               "</div></div></div></div></header>" % site)
    out.append("<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'><h2>الصفحات</h2>"
               "<div class='widget-content'><ul>" + "".join("<li><a href='https://%s/p/%d.html'>%s</a></li>" % (site, i, esc(s)) for i, (s, _) in enumerate(F.SECTIONS)) +
               "</ul></div></div></div></div>")
    out.append(F.ticker(r, site, "آخر الأخبار"))
    out.append("<div class='main-outer'><div class='main-cap-top cap-top'></div><div class='fauxborder-left main-fauxborder-left'>"
               "<div class='region-inner main-inner'><div class='columns fauxcolumns'><div class='columns-inner'>"
               "<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'>"
               "<div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>")
    out.append("<div class='date-outer'><h2 class='date-header'><span>الأحد، 22 نوفمبر 2026</span></h2><div class='date-posts'>")
    out.append("<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
               "<meta content='https://cdn.%s/img/poll.jpg' itemprop='image_url'><a name='%d'></a>" % (site, r.randint(10**17, 10**18)))
    out.append("<h3 class='post-title entry-title' itemprop='name'>\n%s\n</h3>" % esc(a["headline"]))
    out.append("<div class='post-header'><div class='post-header-line-1'></div></div>")
    out.append("<div class='post-body entry-content' id='post-body-%d' itemprop='description articleBody'>" % r.randint(10**17, 10**18))
    out.append('<div style="text-align: justify;"><b><span style="font-size: large;">%s</span></b></div>' % esc(a["dateline"]))
    first = True
    for kind, val in a["body"]:
        if kind == "h":
            out.append('<h3 style="text-align: justify;"><span style="color: #990000;">%s</span></h3>' % esc(val))
            continue
        out.append('<div style="text-align: justify;"><span style="font-size: large;">%s</span></div>\n<div style="text-align: justify;"><span style="font-size: large;"><br /></span></div>' % val)
        if first:
            first = False
            out.append('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                       '<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/%s/s1600/vote.jpg" style="margin-left: auto; margin-right: auto;">'
                       '<img border="0" data-original-height="720" data-original-width="1280" height="360" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/%s/w640-h360/vote.jpg" width="640" /></a></td></tr>'
                       '<tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table>' % (F.slug(r), F.slug(r), esc(a["fig"][0])))
    out.append("<div style='clear: both;'></div></div>")
    out.append("<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>مرسلة بواسطة "
               "<span class='fn' itemprop='author'><a class='g-profile' href='https://www.blogger.example/profile/%d' rel='author'><span itemprop='name'>محرر المدونة</span></a></span></span> "
               "<span class='post-timestamp'>في <a class='timestamp-link' href='%s' rel='bookmark'><abbr class='published' title='2026-11-22T21:40:00+02:00'>9:40 م</abbr></a></span> "
               "<span class='post-comment-link'><a class='comment-link' href='%s#comment-form'>7 تعليقات:</a></span></div>" % (r.randint(10**9, 10**10), url, url))
    out.append("<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' title='إرسال بالبريد الإلكتروني'><span class='share-button-link-text'>إرسال بالبريد الإلكتروني</span></a>"
               "<a class='goog-inline-block share-button sb-blog' href='#' title='كتابة مدونة حول هذه المشاركة'><span class='share-button-link-text'>كتابة مدونة حول هذه المشاركة</span></a>"
               "<a class='goog-inline-block share-button sb-twitter' href='#' title='‏المشاركة على X'><span class='share-button-link-text'>‏المشاركة على X</span></a>"
               "<a class='goog-inline-block share-button sb-facebook' href='#' title='‏المشاركة في Facebook'><span class='share-button-link-text'>‏المشاركة في Facebook</span></a></div>")
    out.append("<div class='post-footer-line post-footer-line-2'><span class='post-labels'>التصنيفات: " +
               ", ".join("<a href='https://%s/search/label/%s' rel='tag'>%s</a>" % (site, attr(t), esc(t)) for t in ["الانتخابات البلدية", "محليات", "السهل الأخضر"]) +
               "</span></div></div></div>")
    # comments
    out.append("<div class='comments' id='comments'><a name='comments'></a><h4>7 تعليقات:</h4><div class='comments-content'><dl class='avatar-comment-indent' id='comments-block'>")
    for i in range(7):
        out.append("<dt class='comment-author' id='c%d'><a name='c%d'></a><div class='avatar-image-container'><img src='//resources.blogblog.example/img/blank.gif' width='35' height='35'/></div>"
                   "<a href='https://www.blogger.example/profile/%d' rel='nofollow'>%s</a> يقول...</dt><dd class='comment-body'><p>%s</p></dd>"
                   "<dd class='comment-footer'><span class='comment-timestamp'><a href='%s?showComment=%d#c%d'>23 نوفمبر 2026 في %d:%02d ص</a></span></dd>"
                   % (i, i, r.randint(10**9, 10**10), esc(r.choice(F.AUTHORS)), esc(F.COMMENT_TEXTS[i % len(F.COMMENT_TEXTS)]), url, r.randint(10**12, 10**13), i, r.randint(1, 11), r.randint(0, 59)))
    out.append("</dl></div><p class='comment-footer'><a href='https://www.blogger.example/comment/fullpage/post/1' onclick=''>إرسال تعليق</a></p></div></div>")
    out.append("</div></div></div><div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#' title='رسالة أحدث'>رسالة أحدث</a></span>"
               "<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#' title='رسالة أقدم'>رسالة أقدم</a></span><a class='home-link' href='https://%s/'>الصفحة الرئيسية</a></div>"
               "<div class='post-feeds'><div class='feed-links'>الاشتراك في: <a class='feed-link' href='#' type='application/atom+xml'>تعليقات الرسالة (Atom)</a></div></div></div></div></div></div>" % site)
    # sidebar
    out.append("<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>")
    out.append("<div class='widget HTML' id='HTML1'><div class='widget-content'>%s</div></div>" % F.ad_slot(r, "sidebar-top"))
    out.append("<div class='widget PopularPosts' id='PopularPosts1'><h2>المشاركات الشائعة</h2><div class='widget-content popular-posts'><ul>")
    for h, s in F.pick_teasers(r, 10):
        out.append("<li><div class='item-content'><div class='item-thumbnail'><a href='https://%s/2026/11/p%s.html' target='_blank'><img alt='' border='0' src='https://blogger.googleusercontent.example/img/%s/w72-h72-p-k-no-nu/t.jpg'/></a></div>"
                   "<div class='item-title'><a href='https://%s/2026/11/p%s.html'>%s</a></div><div class='item-snippet'>%s ...</div></div><div style='clear: both;'></div></li>"
                   % (site, F.slug(r), F.slug(r), site, F.slug(r), esc(h), esc(s)))
    out.append("</ul><div class='clear'></div></div></div>")
    out.append("<div class='widget BlogArchive' id='BlogArchive1'><h2>أرشيف المدونة</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>")
    months = ["ديسمبر", "نوفمبر", "أكتوبر", "سبتمبر", "أغسطس", "يوليو", "يونيو", "مايو", "أبريل", "مارس", "فبراير", "يناير"]
    for y in (2026, 2025, 2024, 2023):
        out.append("<ul class='hierarchy'><li class='archivedate %s'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a>"
                   "<a class='post-count-link' href='https://%s/%d/'>%d</a> <span class='post-count' dir='ltr'>(%d)</span>" % ("expanded" if y == 2026 else "collapsed", site, y, y, r.randint(150, 400)))
        out.append("<ul class='hierarchy'>")
        for m_i, m in enumerate(months[1 if y == 2026 else 0:]):
            out.append("<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a>"
                       "<a class='post-count-link' href='https://%s/%d/%02d/'>%s</a> <span class='post-count' dir='ltr'>(%d)</span></li>" % (site, y, 12 - m_i, m, r.randint(8, 40)))
        out.append("</ul></li></ul>")
    out.append("</div></div></div></div>")
    out.append("<div class='widget Label' id='Label1'><h2>التصنيفات</h2><div class='widget-content list-label-widget-content'><ul>" +
               "".join("<li><a dir='rtl' href='https://%s/search/label/%s'>%s</a><span dir='ltr'>(%d)</span></li>" % (site, attr(t), esc(t), r.randint(3, 90)) for t in F.TAGS) + "</ul></div></div>")
    out.append("<div class='widget Followers' id='Followers1'><h2 class='title'>المتابعون</h2><div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><script type='text/javascript' src='https://www.blogger.example/static/v1/jsbin/followers.js'></script></div></div></div></div></div>")
    out.append("<div class='widget HTML' id='HTML2'><h2 class='title'>تابعونا</h2><div class='widget-content'>%s</div></div>" % F.follow_bar(site))
    out.append("<div class='widget HTML' id='HTML3'><div class='widget-content'>%s</div></div>" % F.ad_slot(r, "sidebar-bottom", "300x600"))
    out.append("</div></aside></div></div></div></div></div></div></div>")
    out.append("<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>"
               "المظهر: بسيط. يتم التشغيل بواسطة <a href='https://www.blogger.example' target='_blank'>Blogger</a>.</div></div></div></div></footer>")
    out.append("</div></div></div>")
    out.append("<script type='text/javascript'>window['__wavt'] = 'AOuZoY%s';_WidgetManager._Init('//www.blogger.example/rearrange?blogID=1','//%s/2026/11/blog-post_22.html','%d');"
               "_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {'cmtInteractionsEnabled': false, 'lightboxEnabled': true}, 'displayModeFull'));</script>"
               % (F.viewstate(r, 30), site, r.randint(10**17, 10**18)))
    out.append("<script>%s</script>\n</body>\n</html>\n" % F.analytics_script(r, site))
    captions = [cap(*a["fig"])]
    return "\n".join(out), captions


# --------------------------------------------------------------------- 2 Ghost
def page_ghost(a):
    r = F.rng_for(a["name"]); site = a["site"]
    url = "https://%s/desalination-south-coast/" % site
    css = F.css_blob(r, "gh", 380)
    ld = F.json_ld(a["headline"], a["dek"], a["date"] + "T08:30:00.000Z", a["author"], site, url)
    out = [head(a, " - مدار", css, ld + '\n<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.36/umd/portal.min.js" data-ghost="https://%s/" data-key="%s" data-api="https://%s/ghost/api/content/"></script>\n' % (site, F.slug(r) * 3, site), url=url)]
    out.append('<body class="post-template tag-water tag-energy is-head-left-logo has-cover">\n<div class="viewport">')
    out.append('<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://%s">مدار</a>'
               '<button class="gh-search gh-icon-btn" aria-label="بحث"></button><button class="gh-burger" aria-label="القائمة"></button></div>'
               '<nav class="gh-head-menu"><ul class="nav">' % site +
               "".join('<li class="nav-%d"><a href="https://%s/tag/%d/">%s</a></li>' % (i, site, i, esc(s)) for i, (s, _) in enumerate(F.SECTIONS[:7])) +
               '</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a>'
               '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a></div></div></header>')
    out.append('<div class="site-content"><main id="site-main" class="site-main">')
    out.append('<article class="article gh-article post tag-water tag-energy">')
    out.append('<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="https://%s/tag/water/">مياه</a></span>'
               '<span class="post-card-featured">مميز</span></div>' % site)
    out.append('<h1 class="article-title">%s</h1>' % esc(a["headline"]))
    out.append('<p class="article-excerpt">%s</p>' % esc(a["dek"]))
    out.append('<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="https://%s/author/rana/" class="author-avatar">'
               '<img class="author-profile-image" src="https://%s/content/images/size/w100/rana.jpg" alt="%s"></a></li></ul><div class="article-byline-meta">'
               '<h4 class="author-name"><a href="https://%s/author/rana/">%s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">24 نوفمبر 2026</time>'
               '<span class="byline-reading-time"><span class="bull">&bull;</span> قراءة في 5 دقائق</span></div></div></section></div>' % (site, site, attr(a["author"]), site, esc(a["author"]), a["date"]))
    out.append('<figure class="article-image">%s<figcaption>%s</figcaption></figure>' % (img(site, r, alt="محطة التحلية"), esc(a["feature"][0])))
    out.append('</header>')
    out.append('<section class="gh-content gh-canvas">')
    captions = [cap(*a["feature"])]
    for kind, val, *rest in a["body"]:
        if kind == "p":
            out.append("<p>%s</p>" % val)
        elif kind == "h":
            out.append('<h2 id="%s">%s</h2>' % ("kulfat-altaqa", esc(val)))
        elif kind == "fig":
            out.append('<figure class="kg-card kg-image-card kg-card-hascaption">%s<figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure>'
                       % (img(site, r, 2000, 1333).replace('alt=""', 'alt="" class="kg-image"'), esc(val)))
            captions.append(cap(val, rest[0]))
        elif kind == "subscribe":
            out.append('<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;">'
                       '<div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading"><span style="white-space: pre-wrap;">نشرة مدار الأسبوعية</span></h2>'
                       '<p class="kg-signup-card-subheading"><span style="white-space: pre-wrap;">تحقيقات وتقارير معمقة عن المياه والطاقة والمناخ، تصلك كل أحد.</span></p>'
                       '<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required placeholder="بريدك الإلكتروني">'
                       '<button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">اشترك الآن</span></button></div>'
                       '<div class="kg-signup-card-success">تم! تحقق من بريدك الوارد لتأكيد الاشتراك.</div></form>'
                       '<p class="kg-signup-card-disclaimer"><span style="white-space: pre-wrap;">لا رسائل مزعجة. يمكنك إلغاء الاشتراك في أي وقت.</span></p></div></div></div>')
            out.append('<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><p class="kg-cta-text">هل تستمتع بقراءة مدار؟ ادعم الصحافة المستقلة واشترك في العضوية المدفوعة.</p>'
                       '<a href="#/portal/signup" class="kg-cta-button">كن عضوًا</a></div></div>')
    out.append('</section>')
    out.append('<footer class="gh-article-footer gh-canvas"><div class="gh-article-tags"><a href="https://%s/tag/water/">مياه</a><a href="https://%s/tag/energy/">طاقة</a><a href="https://%s/tag/climate/">مناخ</a></div>' % (site, site, site))
    out.append('<section class="gh-author-card"><img src="https://%s/content/images/size/w150/rana.jpg" alt=""><div><h4>%s</h4><p>صحفية متخصصة في شؤون البيئة والموارد الطبيعية، عملت سابقًا مراسلة في عدة مدن ساحلية وتكتب عن سياسات المياه منذ عشر سنوات.</p>'
               '<a href="https://%s/author/rana/">كل مقالات الكاتبة</a></div></section></footer>' % (site, esc(a["author"]), site))
    out.append('<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://%s/" data-title="التعليقات" data-count="true" data-post-id="%s" crossorigin="anonymous"></script></section>' % (site, F.slug(r)))
    out.append('</article></main>')
    out.append('<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-heading">اقرأ التالي</h2><div class="post-feed">')
    for h, s in F.pick_teasers(r, 9):
        out.append('<article class="post-card post"><a class="post-card-image-link" href="https://%s/%s/">%s</a><div class="post-card-content">'
                   '<a class="post-card-content-link" href="https://%s/%s/"><header class="post-card-header"><div class="post-card-tags">%s</div><h2 class="post-card-title">%s</h2></header>'
                   '<div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date">%d نوفمبر 2026</time><span class="post-card-meta-length">قراءة في %d دقائق</span></footer></div></article>'
                   % (site, F.slug(r), img(site, r, 600, 400).replace("<img", '<img class="post-card-image"'), site, F.slug(r), esc(r.choice(F.SECTIONS)[0]), esc(h), esc(s), r.randint(1, 25), r.randint(2, 9)))
    out.append('</div></div></aside></div>')
    out.append('<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://%s">مدار</a> &copy; 2026</section>'
               '<nav class="site-footer-nav"><ul class="nav"><li><a href="https://%s/about/">من نحن</a></li><li><a href="https://%s/privacy/">الخصوصية</a></li><li><a href="https://%s/rss/">RSS</a></li></ul></nav>'
               '<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">يعمل بواسطة Ghost</a></div></div></footer></div>' % (site, site, site, site))
    out.append(F.teaser_grid(r, site, "الأكثر قراءة هذا الشهر", 6, True, "gh-popular").replace("<section", '<section hidden data-lazy="popular"', 1))
    out.append('<script>%s</script>\n<script>%s</script>\n<script>%s</script>\n</body>\n</html>\n' % (F.js_config(r, site, "water", "6741ab"), F.lazy_script(), F.analytics_script(r, site)))
    return "\n".join(out), captions


# --------------------------------------------------------------------- 3 ASP.NET
def page_aspnet(a):
    r = F.rng_for(a["name"]); site = a["site"]
    url = "https://www.%s/NewsDetails.aspx?NewsID=48213&CatID=7" % site
    css = F.css_blob(r, "tbl", 300)
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">\n<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
           '<title>\n\tبوابة الوطن - %s\n</title><link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />'
           '<meta name="description" content="%s" /><style type="text/css">\n%s\n</style>'
           '<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script></head>\n' % (esc(a["headline"]), attr(a["dek"]), css)]
    out.append('<body style="margin:0px;background-color:#E9E9E9">\n<form name="aspnetForm" method="post" action="./NewsDetails.aspx?NewsID=48213&amp;CatID=7" id="aspnetForm">')
    out.append('<div>\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
               '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n</div>' % F.viewstate(r, 36000))
    out.append('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\n'
               'function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n'
               '        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>')
    out.append('<script src="/WebResource.axd?d=%s&amp;t=6384%d" type="text/javascript"></script>' % (F.viewstate(r, 60)[4:], r.randint(10**10, 10**11)))
    out.append('<table id="ctl00_tblMain" cellpadding="0" cellspacing="0" width="1000" align="center" border="0" style="background-color:#FFFFFF"><tr><td>')
    # header
    out.append('<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td class="TopBar" style="height:26px">'
               '<span id="ctl00_lblTodayDate" class="TodayDate">الأربعاء 25 نوفمبر 2026 م - 5 جمادى الآخرة 1448 هـ</span></td>'
               '<td align="left"><a id="ctl00_lnkEnglish" href="/en/Default.aspx">English</a> | <a id="ctl00_lnkLogin" href="/Login.aspx">دخول الأعضاء</a> | <a href="/Register.aspx">تسجيل</a></td></tr>'
               '<tr><td colspan="2"><a href="/Default.aspx"><img id="ctl00_imgLogo" src="/images/logo.gif" alt="بوابة الوطن" style="border-width:0px;" /></a>%s</td></tr></table>' % F.ad_slot(r, "ctl00_HeaderBanner", "728x90"))
    out.append('<table id="ctl00_tblMenu" width="100%" cellpadding="0" cellspacing="0" class="MainMenu"><tr>' +
               "".join('<td class="MenuItem"><a id="ctl00_ucMenu_rptMenu_ctl%02d_lnkMenu" href="/Category.aspx?CatID=%d">%s</a></td><td class="MenuSep"><img src="/images/sep.gif" alt="" /></td>'
                       % (i, i + 1, esc(s)) for i, (s, _) in enumerate(F.SECTIONS)) + '</tr></table>')
    out.append('<div id="ctl00_pnlTicker" class="Ticker"><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">' +
               " &nbsp;&bull;&nbsp; ".join('<a href="/NewsDetails.aspx?NewsID=%d">%s</a>' % (r.randint(40000, 48000), esc(h)) for h, _ in F.pick_teasers(r, 10)) + '</marquee></div>')
    out.append('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>')
    # right column (article)
    out.append('<td valign="top" width="680" style="padding:8px"><div id="ctl00_MainContent_pnlNews"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>')
    out.append('<div class="SitePath"><a href="/Default.aspx">الرئيسية</a> &gt; <a id="ctl00_MainContent_lnkCat" href="/Category.aspx?CatID=7">محليات</a> &gt; <span id="ctl00_MainContent_lblPathTitle">%s</span></div>' % esc(a["headline"]))
    out.append('</td></tr><tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0" class="NewsTable"><tr><td class="NewsHeader">')
    out.append('<h1 style="margin:0;font-size:20px"><span id="ctl00_MainContent_lblNewsTitle" class="NewsTitle">%s</span></h1>' % esc(a["headline"]))
    out.append('<span id="ctl00_MainContent_lblSubTitle" class="NewsSubTitle">%s</span><br />' % esc(a["dek"]))
    out.append('</td></tr><tr><td class="NewsInfo"><span id="ctl00_MainContent_lblSource">المصدر: بوابة الوطن - خاص</span> &nbsp;|&nbsp; '
               '<span id="ctl00_MainContent_lblNewsDate">تاريخ النشر: 25/11/2026 - 11:42 ص</span> &nbsp;|&nbsp; <span id="ctl00_MainContent_lblVisits">عدد القراءات: 4,381</span></td></tr>')
    out.append('<tr><td><table id="ctl00_MainContent_tblTools" cellpadding="2" cellspacing="0" border="0" class="Tools"><tr>'
               '<td><a id="ctl00_MainContent_lnkPrint" href="javascript:window.open(\'Print.aspx?NewsID=48213\',\'\',\'width=700,height=600,scrollbars=yes\')"><img src="/images/icons/print.gif" alt="طباعة" border="0" /> طباعة</a></td>'
               '<td><a id="ctl00_MainContent_lnkSend" href="SendToFriend.aspx?NewsID=48213"><img src="/images/icons/mail.gif" alt="إرسال" border="0" /> إرسال لصديق</a></td>'
               '<td><a href="javascript:ChangeFontSize(1)"><img src="/images/icons/font_plus.gif" alt="تكبير" border="0" /> تكبير الخط</a></td>'
               '<td><a href="javascript:ChangeFontSize(-1)"><img src="/images/icons/font_minus.gif" alt="تصغير" border="0" /> تصغير الخط</a></td>'
               '<td><a id="ctl00_MainContent_lnkComment" href="#comments"><img src="/images/icons/comment.gif" alt="تعليق" border="0" /> أضف تعليقًا</a></td></tr></table></td></tr>')
    out.append('<tr><td align="center" style="padding:6px"><img id="ctl00_MainContent_imgNews" src="/NewsImages/2026/11/48213.jpg" alt="" style="width:500px;border-width:0px;" /><br />'
               '<span id="ctl00_MainContent_lblImageCaption" class="ImageCaption">%s</span></td></tr>' % esc(a["fig"][0]))
    paras = [v for k, v in a["body"] if k == "p"]
    out.append('<tr><td class="NewsBody" style="padding:8px;text-align:justify"><span id="ctl00_MainContent_lblNewsBody" class="NewsText">%s</span></td></tr>'
               % "<br />\r\n<br />\r\n".join(paras))
    out.append('<tr><td><div id="ctl00_MainContent_pnlKeywords" class="Keywords">الكلمات الدالة: <a href="/Search.aspx?q=%s">الإسكان</a> - <a href="/Search.aspx?q=x">الدخل المحدود</a> - <a href="/Search.aspx?q=y">التمويل العقاري</a></div></td></tr>' % F.slug(r))
    out.append('<tr><td><table width="100%" class="RelatedNews" cellpadding="3"><tr><td class="BoxTitle">أخبار ذات صلة</td></tr>' +
               "".join('<tr><td><img src="/images/bullet.gif" alt="" /> <a id="ctl00_MainContent_rptRelated_ctl%02d_lnkTitle" href="/NewsDetails.aspx?NewsID=%d">%s</a> <span class="SmallDate">(%d/11/2026)</span></td></tr>'
                       % (i, r.randint(40000, 48000), esc(h), r.randint(1, 24)) for i, (h, _) in enumerate(F.pick_teasers(r, 6))) + '</table></td></tr>')
    out.append('<tr><td><a name="comments"></a><table width="100%" class="CommentsBox"><tr><td class="BoxTitle">التعليقات (3)</td></tr>')
    for i in range(3):
        out.append('<tr><td class="CommentItem"><span class="CommentName">%s</span> - <span class="CommentDate">25/11/2026</span><br /><span class="CommentText">%s</span></td></tr>'
                   % (esc(F.AUTHORS[i + 3]), esc(F.COMMENT_TEXTS[i + 2])))
    out.append('<tr><td>الاسم: <input name="ctl00$MainContent$txtName" type="text" id="ctl00_MainContent_txtName" /><br />التعليق: <textarea name="ctl00$MainContent$txtComment" rows="4" cols="40" id="ctl00_MainContent_txtComment"></textarea><br />'
               '<input type="submit" name="ctl00$MainContent$btnSend" value="إرسال" id="ctl00_MainContent_btnSend" /></td></tr></table></td></tr>')
    out.append('</table></td></tr></table></div></td>')
    # left column
    out.append('<td valign="top" width="300" style="padding:8px;background:#F4F4F4">')
    out.append(F.ad_slot(r, "ctl00_LeftBanner1"))
    out.append('<table width="100%" class="SideBox" cellpadding="3"><tr><td class="BoxTitle">الأكثر قراءة</td></tr>' +
               "".join('<tr><td><span class="Num">%d</span> <a id="ctl00_ucMostRead_rpt_ctl%02d_lnk" href="/NewsDetails.aspx?NewsID=%d">%s</a></td></tr>' % (i + 1, i, r.randint(40000, 48000), esc(h)) for i, (h, _) in enumerate(F.pick_teasers(r, 10))) + '</table>')
    out.append('<table width="100%" class="SideBox Poll" cellpadding="3"><tr><td class="BoxTitle">استطلاع الرأي</td></tr><tr><td>هل تعتقد أن برامج الإسكان الحكومية تلبي احتياجات الشباب؟</td></tr>'
               '<tr><td><input id="ctl00_ucPoll_rbl_0" type="radio" name="ctl00$ucPoll$rbl" value="1" /><label for="ctl00_ucPoll_rbl_0">نعم</label><br />'
               '<input id="ctl00_ucPoll_rbl_1" type="radio" name="ctl00$ucPoll$rbl" value="2" /><label for="ctl00_ucPoll_rbl_1">إلى حد ما</label><br />'
               '<input id="ctl00_ucPoll_rbl_2" type="radio" name="ctl00$ucPoll$rbl" value="3" /><label for="ctl00_ucPoll_rbl_2">لا</label></td></tr>'
               '<tr><td><input type="submit" name="ctl00$ucPoll$btnVote" value="تصويت" /> <a href="/PollResults.aspx">النتائج</a></td></tr></table>')
    out.append('<table width="100%" class="SideBox" cellpadding="3"><tr><td class="BoxTitle">أخبار المحافظات</td></tr>' +
               "".join('<tr><td><a href="/NewsDetails.aspx?NewsID=%d"><b>%s</b></a><br /><span class="Brief">%s</span></td></tr>' % (r.randint(40000, 48000), esc(h), esc(s)) for h, s in F.pick_teasers(r, 8)) + '</table>')
    out.append(F.ad_slot(r, "ctl00_LeftBanner2", "300x600"))
    out.append('<table width="100%" class="SideBox" cellpadding="3"><tr><td class="BoxTitle">أرشيف الأخبار</td></tr><tr><td><select name="ctl00$ucArchive$ddlMonth">' +
               "".join('<option value="%d">%d/2026</option>' % (m, m) for m in range(1, 12)) + '</select> <input type="submit" value="عرض" /></td></tr></table>')
    out.append('</td></tr></table>')
    # footer
    out.append('<table width="100%" class="Footer" cellpadding="4"><tr>' +
               "".join('<td valign="top"><b>%s</b><br />%s</td>' % (esc(s), "<br />".join('<a href="/Category.aspx?CatID=%d">%s</a>' % (r.randint(1, 90), esc(x)) for x in subs)) for s, subs in F.SECTIONS[:6]) +
               '</tr><tr><td colspan="6" align="center"><span id="ctl00_lblVisitorCounter">عدد زوار الموقع: 18,402,775</span> &nbsp;|&nbsp; جميع الحقوق محفوظة لبوابة الوطن © 2026 &nbsp;|&nbsp; تصميم وتطوير: شركة البرمجيات المتقدمة</td></tr></table>')
    out.append('</td></tr></table>')
    out.append('<div>\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="%08X" />\n<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />\n</div>' % (r.getrandbits(32), F.viewstate(r, 900)))
    out.append('<script type="text/javascript">\n//<![CDATA[\nfunction ChangeFontSize(d){var e=document.getElementById("ctl00_MainContent_lblNewsBody");var s=parseInt(e.style.fontSize||14);e.style.fontSize=(s+d)+"px";}\n//]]>\n</script>')
    out.append('</form>\n<script type="text/javascript">%s</script>\n</body>\n</html>\n' % F.analytics_script(r, site))
    return "\n".join(out), [cap(*a["fig"])]


# --------------------------------------------------------------------- modern news shell (4, 5, 6, 7)
def modern_shell(a, r, prefix, url, inner, section="news", tagline=""):
    site = a["site"]
    css = F.css_blob(r, prefix, 520)
    body_text = " ".join(gold_body(a))
    ld = F.json_ld(a["headline"], a.get("dek"), a["date"] + "T09:15:00+03:00", a.get("author", ""), site, url, body_text,
                   "https://cdn.%s/uploads/main.jpg" % site)
    extra = ld + "\n<script>%s</script>\n" % F.js_config(r, site, section, F.slug(r))
    out = [head(a, " | " + site.split(".")[0], css, extra, url)]
    out.append('<body class="%s-article-page">' % prefix)
    out.append(F.svg_sprite(r))
    out.append(F.cookie_banner(site))
    out.append('<div class="%s-topbar"><span class="%s-date">الخميس 26 نوفمبر 2026</span><span class="%s-weather">العاصمة 19°</span>%s</div>' % (prefix, prefix, prefix, F.follow_bar(site)))
    out.append('<header class="%s-header"><a class="%s-logo" href="https://%s/"><img src="https://cdn.%s/static/logo.svg" alt="%s" width="180" height="48"></a>'
               '<form class="%s-search" action="https://%s/search"><input type="search" name="q" placeholder="ابحث في الموقع"><button>بحث</button></form>'
               '<a class="%s-subscribe" href="https://%s/subscribe">اشترك</a> <a class="%s-login" href="https://%s/login">تسجيل الدخول</a></header>'
               % (prefix, prefix, site, site, attr(tagline or site), prefix, site, prefix, site, prefix, site))
    out.append(F.mega_menu(r, site, prefix + "-mega"))
    out.append(F.ticker(r, site))
    out.append(F.ad_slot(r, "leaderboard", "970x250"))
    out.append('<div class="%s-container"><main class="%s-main" id="main-content">' % (prefix, prefix))
    out.append('<nav class="%s-breadcrumb" aria-label="مسار التنقل"><a href="https://%s/">الرئيسية</a> / <a href="https://%s/%s">%s</a></nav>' % (prefix, site, site, section, "الأخبار"))
    out.append(inner)
    out.append(F.teaser_grid(r, site, "قد يهمك أيضًا", 8, True, prefix + "-related"))
    out.append(F.teaser_grid(r, site, "من الأرشيف", 6, True, prefix + "-archive", "h4"))
    out.append('</main><aside class="%s-sidebar">' % prefix)
    out.append(F.ad_slot(r, "sidebar-1"))
    out.append(F.most_read(r, site, "الأكثر قراءة", 10, prefix + "-mostread"))
    out.append(F.newsletter_box(prefix + "-newsletter"))
    out.append(F.most_read(r, site, "الأكثر تعليقًا", 6, prefix + "-mostcommented"))
    out.append(F.ad_slot(r, "sidebar-2", "300x600"))
    out.append(F.teaser_grid(r, site, "فيديو", 4, False, prefix + "-video", "h4"))
    out.append('</aside></div>')
    out.append(F.teaser_grid(r, site, "آخر الأخبار", 12, True, prefix + "-latest"))
    out.append(F.footer_columns(r, site, prefix + "-footer"))
    out.append('<script>%s</script>\n<script>%s</script>\n<script>document.querySelector(".cookie-accept").onclick=function(){document.getElementById("cookie-consent").remove();document.cookie="consent=1;max-age=31536000";};</script>\n</body>\n</html>\n'
               % (F.lazy_script(), F.analytics_script(r, site)))
    return "\n".join(out)


def byline(prefix, author, date_txt):
    return ('<div class="%s-byline"><img class="%s-author-img" src="https://cdn.example/a.jpg" alt="" width="40" height="40">'
            '<span class="%s-author">%s</span><time class="%s-time">%s</time></div>' % (prefix, prefix, prefix, esc(author), prefix, esc(date_txt)))


# --------------------------------------------------------------------- 4 two articles
def page_two(a):
    r = F.rng_for(a["name"]); site = a["site"]; p = "sq"
    url = "https://%s/health/2026/11/21/measles-campaign" % site
    s = []
    s.append('<article class="%s-article" data-article-id="88231" data-url="%s">' % (p, url))
    s.append('<header class="%s-article-header"><a class="%s-kicker" href="https://%s/health">صحة</a><h1 class="%s-headline">%s</h1><p class="%s-summary">%s</p>'
             % (p, p, site, p, esc(a["headline"]), p, esc(a["dek"])))
    s.append(byline(p, a["author"], "نشر في: 21 نوفمبر 2026 - 10:20 ص | آخر تحديث: 21 نوفمبر 2026 - 01:05 م") + "</header>")
    s.append(F.share_bar(url, p + "-share"))
    s.append('<figure class="%s-main-figure">%s<figcaption class="%s-caption">%s</figcaption></figure>' % (p, img(site, r, alt="حملة تطعيم"), p, esc(a["fig"][0])))
    s.append('<div class="%s-article-body" itemprop="articleBody">' % p)
    for kind, val in a["body"]:
        if kind == "p":
            s.append("<p>%s</p>" % val)
        elif kind == "embed":
            s.append('<div class="%s-embed embed-social"><blockquote class="social-post" data-lang="ar"><p lang="ar" dir="rtl">انطلاق الحملة الوطنية للتطعيم ضد الحصبة اليوم. تأكدوا من حصول أطفالكم على جرعتين من اللقاح، والفرق المتنقلة ستزور جميع الأحياء. #صحة_أطفالنا</p>'
                     '&mdash; وزارة الصحة (@MoH_example) <a href="https://social.example/moh/status/%s">21 نوفمبر 2026</a></blockquote><script async src="https://social.example/widgets.js" charset="utf-8"></script></div>' % (p, F.slug(r)))
        elif kind == "readalso":
            items = "".join('<li><a href="https://%s/news/%s">%s</a></li>' % (site, F.slug(r), esc(h)) for h, _ in F.pick_teasers(r, 3))
            s.append('<aside class="%s-read-also"><h3>اقرأ أيضا</h3><ul>%s</ul></aside>' % (p, items))
    s.append('</div>')
    s.append('<div class="%s-tags"><span>الوسوم:</span> <a href="https://%s/tag/1">الحصبة</a> <a href="https://%s/tag/2">التطعيم</a> <a href="https://%s/tag/3">وزارة الصحة</a></div>' % (p, site, site, site))
    s.append(F.share_bar(url, p + "-share " + p + "-share-bottom"))
    s.append(F.ad_slot(r, "in-article-end", "728x90"))
    s.append('</article>')
    # next article (infinite scroll)
    b = a["second"]
    url2 = "https://%s/economy/2026/11/21/transport-fares" % site
    s.append('<div class="%s-next-divider" data-next-url="%s"><span>المقال التالي</span></div>' % (p, url2))
    s.append('<article class="%s-article %s-next-article" data-article-id="88236" data-url="%s">' % (p, p, url2))
    s.append('<header class="%s-article-header"><a class="%s-kicker" href="https://%s/economy">اقتصاد</a><h2 class="%s-headline">%s</h2><p class="%s-summary">%s</p>'
             % (p, p, site, p, esc(b["headline"]), p, esc(b["dek"])))
    s.append(byline(p, "وليد سمعان", "نشر في: 21 نوفمبر 2026 - 09:05 ص") + "</header>")
    s.append(F.share_bar(url2, p + "-share"))
    s.append('<figure class="%s-main-figure">%s<figcaption class="%s-caption">%s</figcaption></figure>' % (p, img(site, r, alt="حافلات"), p, esc(b["fig"])))
    s.append('<div class="%s-article-body" itemprop="articleBody">%s</div>' % (p, "".join("<p>%s</p>" % esc(x) for x in b["body"])))
    s.append('<div class="%s-tags"><span>الوسوم:</span> <a href="https://%s/tag/9">الوقود</a> <a href="https://%s/tag/8">النقل العام</a></div>' % (p, site, site))
    s.append(F.share_bar(url2, p + "-share " + p + "-share-bottom"))
    s.append('</article><div class="%s-loader" aria-hidden="true">جارٍ تحميل المقال التالي...</div>' % p)
    s.append('<script>window.__infiniteScroll={queue:["/economy/2026/11/21/transport-fares","/local/2026/11/20/rain-drains"],threshold:0.8};</script>')
    html_ = modern_shell(a, r, p, url, "\n".join(s), "health", "الشرق نيوز")
    return html_, [cap(*a["fig"])]


# --------------------------------------------------------------------- 5 photo story
def page_photo(a):
    r = F.rng_for(a["name"]); site = a["site"]; p = "rd"
    url = "https://%s/photos/2026/11/solar-field" % site
    figs = [x for x in a["body"] if x[0] == "fig"]
    s = ['<article class="%s-photo-story">' % p]
    s.append('<header class="%s-ps-header"><span class="%s-ps-label">قصة مصورة</span><h1>%s</h1><h2 class="%s-ps-dek">%s</h2>' % (p, p, esc(a["headline"]), p, esc(a["dek"])))
    s.append(byline(p, "تصوير وإعداد: " + a["author"], "19 نوفمبر 2026") + "</header>")
    s.append(F.share_bar(url, p + "-share"))
    s.append('<div class="%s-ps-body">' % p)
    n = 0
    captions = []
    for kind, val, *rest in a["body"]:
        if kind == "p":
            s.append('<p class="%s-ps-text">%s</p>' % (p, val))
        elif kind == "fig":
            n += 1
            m = re.match(r"^(.*?)\s*(\((?:تصوير|Photo)[^)]*\))$", val)
            text, credit = m.group(1), m.group(2)
            s.append('<figure class="%s-ps-figure" id="photo-%d"><div class="%s-ps-media">%s<button class="%s-ps-zoom" aria-label="تكبير">تكبير</button>'
                     '<div class="%s-ps-count">%d / %d</div></div><figcaption class="%s-ps-caption"><span class="%s-ps-caption-text">%s</span> <span class="%s-ps-credit">%s</span></figcaption></figure>'
                     % (p, n, p, img(site, r, 1600, 1067), p, p, n, len(figs), p, p, esc(text), p, esc(credit)))
            captions.append(cap(val, rest[0]))
    s.append('</div>')
    s.append('<div class="%s-tags"><a href="https://%s/tag/solar">الطاقة الشمسية</a> <a href="https://%s/tag/photos">صور</a> <a href="https://%s/tag/energy">طاقة</a></div>' % (p, site, site, site))
    s.append(F.share_bar(url, p + "-share"))
    s.append('</article>')
    s.append('<section class="%s-more-galleries"><h2>قصص مصورة أخرى</h2><div class="%s-strip">' % (p, p))
    for h, summ in F.pick_teasers(r, 8):
        s.append('<div class="%s-gallery-card"><a href="https://%s/photos/%s">%s<span class="%s-gallery-count">%d صور</span></a><h3>%s</h3><p>%s</p></div>'
                 % (p, site, F.slug(r), img(site, r, 320, 213), p, r.randint(3, 10), esc(h), esc(summ)))
    s.append('</div></section>')
    return modern_shell(a, r, p, url, "\n".join(s), "photos", "الرائد اليومية"), captions


# --------------------------------------------------------------------- 6 mixed script
def page_mixed(a):
    r = F.rng_for(a["name"]); site = a["site"]; p = "mn"
    url = "https://%s/ar/region/2026/11/26/forum-closing" % site
    s = ['<article class="%s-story" lang="ar">' % p]
    s.append('<div class="%s-story-head"><p class="%s-section-label">شؤون إقليمية</p><h1 class="%s-title">%s</h1><p class="%s-standfirst">%s</p></div>'
             % (p, p, p, esc(a["headline"]), p, esc(a["dek"])))
    s.append(byline(p, "المنارة - " + a["author"], "الخميس ٢٦ نوفمبر ٢٠٢٦ - ١١:٣٠ م"))
    s.append(F.share_bar(url, p + "-share"))
    s.append('<figure class="%s-lead-image">%s<figcaption>%s</figcaption></figure>' % (p, img(site, r, alt="المنتدى"), a["fig"][0].replace("(Photo:", '<span dir="ltr" class="credit">(Photo:').replace("Images)", "Images)</span>")))
    s.append('<div class="%s-story-body">' % p)
    for kind, val in a["body"]:
        if kind == "p":
            s.append("<p>%s</p>" % val)
        elif kind == "table":
            s.append('<div class="%s-table-wrap"><table class="%s-data"><caption>توزيع الوفود المشاركة في المنتدى</caption><thead><tr><th>فئة الوفد</th><th>عدد الوفود</th><th>عدد المشاركين</th></tr></thead><tbody>'
                     '<tr><td>وفود حكومية</td><td>٤٢</td><td>١٨٦</td></tr><tr><td>مؤسسات تمويل</td><td>١١</td><td>٤٧</td></tr><tr><td>منظمات دولية</td><td>٩</td><td>٣٨</td></tr><tr><td>مراكز بحثية</td><td>١٤</td><td>٢٩</td></tr>'
                     '</tbody><tfoot><tr><td>المجموع</td><td>٧٦</td><td>٣٠٠</td></tr></tfoot></table><p class="%s-table-source">المصدر: الأمانة العامة للمنتدى</p></div>' % (p, p, p))
    s.append('</div>')
    s.append('<div class="%s-story-foot"><p class="%s-corrections">للإبلاغ عن خطأ في هذا الخبر <a href="https://%s/corrections">اضغط هنا</a></p>'
             '<div class="%s-tags"><a href="https://%s/tag/a">الربط الكهربائي</a> <a href="https://%s/tag/b">أمن الطاقة</a> <a href="https://%s/tag/c" lang="en">Energy Transition</a></div></div>' % (p, p, site, p, site, site, site))
    s.append(F.share_bar(url, p + "-share"))
    s.append('</article>')
    s.append('<section class="%s-translations"><h3>اقرأ هذا الخبر بـ</h3><a href="https://%s/en/region/forum-closing" lang="en">English</a> <a href="https://%s/fr/region/forum-closing" lang="fr">Français</a></section>' % (p, site, site))
    state = {"props": {"pageProps": {"article": {"id": 77120, "title": a["headline"], "standfirst": a["dek"],
             "blocks": [{"type": "paragraph", "html": v} for k, v in a["body"] if k == "p"]},
             "feeds": [{"id": F.slug(r), "title": h, "summary": sm, "section": r.choice(F.SECTIONS)[0],
                        "image": {"src": "https://cdn.%s/i/%s.jpg" % (site, F.slug(r)), "w": 800, "h": 450}}
                       for _ in range(6) for h, sm in F.pick_teasers(r, 12)]}},
             "page": "/ar/[section]/[...slug]", "buildId": F.slug(r), "locale": "ar"}
    s.append('<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(state, ensure_ascii=False).replace("</", "<\\/"))
    return modern_shell(a, r, p, url, "\n".join(s), "region", "المنارة بوست"), [cap(*a["fig"])]


# --------------------------------------------------------------------- 7 key facts + demands
def page_keyfacts(a):
    r = F.rng_for(a["name"]); site = a["site"]; p = "am"
    url = "https://%s/labour/2026/11/23/port-strike" % site
    s = ['<article class="%s-article">' % p]
    s.append('<h1 class="%s-h1">%s</h1><h2 class="%s-sub">%s</h2>' % (p, esc(a["headline"]), p, esc(a["dek"])))
    s.append(byline(p, "كتب: " + a["author"], "23 نوفمبر 2026"))
    s.append('<figure class="%s-fig">%s<figcaption>%s</figcaption></figure>' % (p, img(site, r, alt="عمال الميناء"), esc(a["fig"][0])))
    s.append(F.share_bar(url, p + "-share"))
    s.append('<div class="%s-content entry-content">' % p)
    s.append('<div class="key-facts %s-keyfacts"><h2>أبرز النقاط</h2><ul>%s</ul></div>' % (p, "".join("<li>%s</li>" % esc(x) for x in a["keyfacts"])))
    for kind, val in a["body"]:
        if kind == "p":
            s.append("<p>%s</p>" % val)
        elif kind == "ul":
            s.append('<ul class="demands">%s</ul>' % "".join("<li>%s</li>" % v for v in val))
        elif kind == "pullquote":
            s.append('<aside class="pullquote %s-pullquote"><blockquote><p>%s</p><cite>سالم الحداد، الأمين العام للنقابة</cite></blockquote></aside>' % (p, esc(a["pullquote"])))
    s.append(F.ad_slot(r, "in-content", "300x250"))
    s.append('</div>')
    s.append('<div class="%s-tags">وسوم: <a href="https://%s/tag/1">إضراب</a> <a href="https://%s/tag/2">الموانئ</a> <a href="https://%s/tag/3">النقابات</a></div>' % (p, site, site, site))
    s.append(F.share_bar(url, p + "-share"))
    s.append('<div class="%s-comments-teaser"><h3>التعليقات (12)</h3><p>التعليقات تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع.</p><a href="#comments">اعرض التعليقات</a></div>' % p)
    s.append('</article>')
    return modern_shell(a, r, p, url, "\n".join(s), "labour", "الأمل نيوز"), [cap(*a["fig"])]


# --------------------------------------------------------------------- 8 print
def page_print(a):
    r = F.rng_for(a["name"]); site = a["site"]
    url = "https://www.%s/News/Details/30917" % site
    css = ("body{font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#000;background:#fff;margin:20px}\n"
           ".PrintHeader{border-bottom:2px solid #000;padding-bottom:8px;margin-bottom:12px}\n"
           ".PrintTitle{font-size:22px;font-weight:bold;margin:10px 0}.PrintSubTitle{font-size:16px;color:#444}\n"
           ".PrintInfo{font-size:12px;color:#666;margin:8px 0}.PrintBody p{line-height:1.9;text-align:justify}\n"
           ".PrintFooter{border-top:1px solid #999;margin-top:20px;padding-top:8px;font-size:11px;color:#555}\n"
           "@media print{.NoPrint{display:none}}")
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
           '<title>طباعة - %s</title><meta name="robots" content="noindex" /><style type="text/css">\n%s\n</style></head>\n' % (esc(a["headline"]), css)]
    out.append('<body onload="">\n<form name="form1" method="post" action="Print.aspx?NewsID=30917" id="form1">\n<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>' % F.viewstate(r, 7000))
    out.append('<table width="650" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td class="PrintHeader">'
               '<table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="/images/print_logo.gif" alt="السياحة اليوم" /></td>'
               '<td align="left" class="NoPrint"><a href="javascript:window.print();"><img src="/images/icons/print.gif" alt="" border="0" /> طباعة</a> &nbsp; '
               '<a href="javascript:window.close();">إغلاق النافذة</a></td></tr></table></td></tr>')
    out.append('<tr><td><div class="PrintTitle"><span id="lblTitle">%s</span></div><div class="PrintSubTitle"><span id="lblSubTitle">%s</span></div>'
               % (esc(a["headline"]), esc(a["dek"])))
    out.append('<div class="PrintInfo"><span id="lblAuthor">كتبت: %s</span> &nbsp;-&nbsp; <span id="lblDate">الجمعة 20 نوفمبر 2026 - 02:15 م</span></div></td></tr>' % esc(a["author"]))
    out.append('<tr><td class="PrintBody"><div id="divBody">\n%s\n</div></td></tr>' % "\n".join("<p>%s</p>" % v for k, v in a["body"] if k == "p"))
    out.append('<tr><td class="PrintFooter">رابط المقال: <span dir="ltr">%s</span><br />جميع الحقوق محفوظة لصحيفة السياحة اليوم © 2026. يحظر إعادة النشر دون إذن مسبق.</td></tr></table>' % esc(url))
    out.append('</form>\n<script type="text/javascript">window.onload=function(){if(location.search.indexOf("auto=1")>-1){window.print();}};</script>\n</body>\n</html>\n')
    return "\n".join(out), []


BUILDERS = {"01": page_blogger, "02": page_ghost, "03": page_aspnet, "04": page_two,
            "05": page_photo, "06": page_mixed, "07": page_keyfacts, "08": page_print}


SCRIPT_NOTES = {k: " The <head> carries a JSON-LD NewsArticle whose articleBody repeats the body text (script, not visible; not a source of truth)."
                for k in ("04", "05", "06", "07")}
SCRIPT_NOTES["06"] += " A __NEXT_DATA__-style JSON state script also repeats the paragraphs and ~70 teaser items."
SCRIPT_NOTES["02"] = " The signup card carries inline display:none (revealed by Ghost's portal script), as on real Ghost pages; it is excluded either way."


def main():
    for a in ARTICLES:
        html_, captions = BUILDERS[a["name"][:2]](a)
        fn = a["name"] + ".html"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(html_)
        gold = {"file": fn, "family": a["family"], "encoding": "utf-8",
                "headline": a["headline"], "dek": a["dek"], "captions": captions,
                "body": gold_body(a), "notes": a["notes"] + SCRIPT_NOTES.get(a["name"][:2], "")}
        with open(os.path.join(OUT, a["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%-40s %7.1f KB  body=%d captions=%d" % (fn, len(html_.encode("utf-8")) / 1024, len(gold["body"]), len(captions)))


if __name__ == "__main__":
    main()
