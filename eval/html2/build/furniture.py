# -*- coding: utf-8 -*-
"""Deterministic generators for news-site furniture (standard library only).

Every function takes a random.Random instance so that output is reproducible.
Nothing here produces article-body text.
"""
import hashlib
import html
import json

import pools

esc = html.escape


# ---------------------------------------------------------------- class names
class Flavor:
    """Maps logical component names to class strings in a site's own style."""

    def __init__(self, kind, seed="x"):
        self.kind = kind
        self.seed = seed

    def __call__(self, name):
        k = self.kind
        if k == "bem":
            parts = name.split("-", 1)
            return "c-%s__%s" % (parts[0], parts[1]) if len(parts) == 2 else "c-" + name
        if k == "legacy":
            return name.replace("-", "_")
        if k == "hash":
            h = hashlib.md5((self.seed + name).encode()).hexdigest()
            comp = "".join(w.capitalize() for w in name.split("-"))
            return "%s-sc-%s %s" % (comp, h[:6], h[6:12])
        if k == "tw":
            h = hashlib.md5(name.encode()).hexdigest()
            utils = ["flex", "grid", "gap-4", "p-3", "px-4", "py-2", "text-sm", "text-base",
                     "font-bold", "rounded-lg", "shadow", "border-b", "mb-4", "mt-2",
                     "items-center", "justify-between", "leading-7", "text-gray-700"]
            picks = [utils[int(h[i:i + 2], 16) % len(utils)] for i in range(0, 10, 2)]
            return " ".join(dict.fromkeys(picks)) + " " + name
        return name  # plain


# ---------------------------------------------------------------- text atoms
def person(rng):
    return "%s %s" % (rng.choice(pools.FIRST_NAMES), rng.choice(pools.LAST_NAMES))


def teaser_title(rng):
    org = rng.choice(pools.ORGS)
    act = rng.choice(pools.ACTIONS)
    if org in pools.MASCULINE_ORGS and act.startswith("ت"):
        act = "ي" + act[1:]
    return "%s %s %s %s" % (org, act, rng.choice(pools.OBJECTS), "في " + rng.choice(pools.PLACES))


def teaser_summary(rng, sentences=1):
    out = []
    for _ in range(sentences):
        out.append("%s %s، %s." % (rng.choice(pools.SUMMARY_OPEN), rng.choice(pools.SUMMARY_MID),
                                  rng.choice(pools.SUMMARY_TAIL)))
    return " ".join(out)


def date_str(rng, year=2026):
    return "%s %d %s %d" % (rng.choice(pools.WEEKDAYS), rng.randint(1, 28),
                            rng.choice(pools.MONTHS), year)


def slug(rng, n=8):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def img_url(rng, host, w=640, h=360):
    return "https://static.%s/images/%d/%02d/%s_%dx%d.jpg" % (
        host, 2026, rng.randint(1, 11), slug(rng, 12), w, h)


def art_url(rng, host, section="news"):
    return "https://www.%s/%s/%d/%s" % (host, section, rng.randint(100000, 999999), slug(rng, 10))


# ---------------------------------------------------------------- CSS / JS blobs
def css_blob(rng, prefix, n_rules):
    props = ["margin", "padding", "color", "background", "border", "font-size", "line-height",
             "display", "width", "max-width", "gap", "border-radius", "opacity", "transition"]
    vals = ["0", "4px", "8px", "12px", "1rem", "1.5rem", "#1a1a1a", "#c8102e", "#f4f4f4",
            "flex", "grid", "block", "none", "100%", "1px solid #e2e2e2", "all .2s ease", ".85"]
    out = [":root{--brand:#%06x;--ink:#1b1b1b;--muted:#6b6b6b;--radius:6px}" % rng.randint(0, 0xffffff),
           "body{font-family:'Noto Kufi Arabic',Tahoma,sans-serif;direction:rtl;margin:0}"]
    for i in range(n_rules):
        sel = ".%s-%s%s" % (prefix, slug(rng, rng.randint(3, 7)),
                            rng.choice(["", ":hover", " a", " > li", "::before", " img"]))
        decl = ";".join("%s:%s" % (rng.choice(props), rng.choice(vals)) for _ in range(rng.randint(2, 6)))
        rule = "%s{%s}" % (sel, decl)
        if i % 37 == 0:
            rule = "@media (max-width:%dpx){%s}" % (rng.choice([480, 768, 1024]), rule)
        out.append(rule)
    return "\n".join(out)


def svg_sprite(rng, n):
    syms = []
    for i in range(n):
        d = "M%d %d" % (rng.randint(0, 24), rng.randint(0, 24))
        for _ in range(rng.randint(6, 18)):
            d += " %s%d.%d %d.%d" % (rng.choice("LCQT"), rng.randint(0, 24), rng.randint(0, 9),
                                     rng.randint(0, 24), rng.randint(0, 9))
        syms.append('<symbol id="icon-%d" viewBox="0 0 24 24"><path d="%sZ"/></symbol>' % (i, d))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">%s</svg>' % "".join(syms)


def datalayer_script(rng, site, section, n_events=20):
    events = []
    for i in range(n_events):
        events.append({"event": rng.choice(["scroll_depth", "view_item", "ad_impression", "consent"]),
                       "slot": "div-gpt-ad-%s" % slug(rng, 6), "pos": i,
                       "ts": 1790000000 + rng.randint(0, 99999)})
    return ("<script>window.dataLayer=window.dataLayer||[];dataLayer.push(%s);"
            "dataLayer.push({\"site\":\"%s\",\"section\":\"%s\",\"lang\":\"ar\"});</script>"
            % (json.dumps(events, ensure_ascii=False), site, section))


def ad_config_script(rng, n_slots=12):
    slots = []
    for i in range(n_slots):
        slots.append({"id": "div-gpt-ad-%d-%s" % (i, slug(rng, 5)),
                      "path": "/2199%d/news_ar/article/%s" % (rng.randint(10, 99), rng.choice(["top", "mpu", "inread", "sticky", "sky"])),
                      "sizes": rng.choice([[[728, 90], [970, 250]], [[300, 250], [300, 600]], [[320, 50]]]),
                      "targeting": {"kw": [rng.choice(pools.TAGS) for _ in range(3)], "ab": rng.choice("AB")}})
    return ("<script>var googletag=googletag||{cmd:[]};window.__adSlots=%s;"
            "googletag.cmd.push(function(){window.__adSlots.forEach(function(s){"
            "googletag.defineSlot(s.path,s.sizes,s.id).addService(googletag.pubads());});"
            "googletag.pubads().enableLazyLoad({fetchMarginPercent:200});googletag.enableServices();});</script>"
            % json.dumps(slots, ensure_ascii=False))


def json_ld(headline, desc, body_text, author, site_name, host, date_iso, image):
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": headline, "description": desc or "",
        "articleBody": body_text,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site_name,
                      "logo": {"@type": "ImageObject", "url": "https://www.%s/logo.png" % host}},
        "datePublished": date_iso, "dateModified": date_iso, "inLanguage": "ar",
        "image": [image], "mainEntityOfPage": "https://www.%s/" % host,
    }
    return '<script type="application/ld+json">%s</script>' % json.dumps(data, ensure_ascii=False)


def breadcrumb_ld(host, items):
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList",
            "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": n,
                                 "item": "https://www.%s/%s" % (host, u)} for i, (n, u) in enumerate(items)]}
    return '<script type="application/ld+json">%s</script>' % json.dumps(data, ensure_ascii=False)


# ---------------------------------------------------------------- components
def mega_menu(rng, host, c, teasers_per_section=3):
    lis = []
    for name, subs in pools.SECTIONS:
        sub_links = "".join('<li class="%s"><a href="https://www.%s/section/%s">%s</a></li>'
                            % (c("menu-sublink"), host, slug(rng, 6), esc(s)) for s in subs)
        cards = []
        for _ in range(teasers_per_section if subs else 0):
            cards.append('<div class="%s"><a href="%s"><img src="%s" alt="" loading="lazy" width="160" height="90"/>'
                         '<span class="%s">%s</span></a></div>'
                         % (c("menu-card"), art_url(rng, host), img_url(rng, host, 160, 90), c("menu-card-title"),
                            esc(teaser_title(rng))))
        lis.append('<li class="%s"><a class="%s" href="https://www.%s/section/%s">%s</a>'
                   '<div class="%s"><ul class="%s">%s</ul><div class="%s">%s</div></div></li>'
                   % (c("menu-item"), c("menu-link"), host, slug(rng, 6), esc(name), c("menu-dropdown"),
                      c("menu-sublist"), sub_links, c("menu-featured"), "".join(cards)))
    return '<nav class="%s" aria-label="القائمة الرئيسية"><ul class="%s">%s</ul></nav>' % (
        c("menu-main"), c("menu-list"), "".join(lis))


def top_bar(rng, c, date_text):
    return ('<div class="%s"><span class="%s">%s</span><span class="%s">درجة الحرارة %d°</span>'
            '<a href="#" class="%s">English</a><a href="#" class="%s">تسجيل الدخول</a>'
            '<a href="#" class="%s">اشترك الآن</a></div>'
            % (c("topbar"), c("topbar-date"), esc(date_text), c("topbar-weather"), rng.randint(12, 34),
               c("topbar-lang"), c("topbar-login"), c("topbar-subscribe")))


def ticker(rng, host, c, n=10, label="عاجل"):
    items = "".join('<li><a href="%s">%s</a></li>' % (art_url(rng, host), esc(teaser_title(rng))) for _ in range(n))
    return ('<div class="%s" role="marquee"><span class="%s">%s</span><ul class="%s">%s</ul></div>'
            % (c("ticker"), c("ticker-label"), esc(label), c("ticker-list"), items))


def teaser_card(rng, host, c, with_summary=True, with_img=True, with_meta=True, summary_sentences=1):
    parts = []
    url = art_url(rng, host)
    if with_img:
        parts.append('<a class="%s" href="%s"><img src="%s" alt="%s" loading="lazy" width="320" height="180"/></a>'
                     % (c("card-media"), url, img_url(rng, host, 320, 180), esc(rng.choice(pools.OBJECTS))))
    parts.append('<span class="%s">%s</span>' % (c("card-kicker"), esc(rng.choice(pools.SECTIONS)[0])))
    parts.append('<h3 class="%s"><a href="%s">%s</a></h3>' % (c("card-title"), url, esc(teaser_title(rng))))
    if with_summary:
        parts.append('<p class="%s">%s</p>' % (c("card-summary"), esc(teaser_summary(rng, summary_sentences))))
    if with_meta:
        parts.append('<div class="%s"><time>%s</time> <span>%s</span></div>'
                     % (c("card-meta"), esc(date_str(rng)), esc(person(rng))))
    return '<article class="%s">%s</article>' % (c("card"), "".join(parts))


def teaser_grid(rng, host, c, title, n, **kw):
    cards = "".join(teaser_card(rng, host, c, **kw) for _ in range(n))
    return ('<section class="%s"><h2 class="%s">%s</h2><div class="%s">%s</div></section>'
            % (c("grid"), c("grid-title"), esc(title), c("grid-items"), cards))


def most_read(rng, host, c, n=10, with_summary=False, title="الأكثر قراءة"):
    lis = []
    for i in range(n):
        s = '<p class="%s">%s</p>' % (c("mostread-summary"), esc(teaser_summary(rng))) if with_summary else ""
        lis.append('<li class="%s"><span class="%s">%d</span><a href="%s">%s</a>%s</li>'
                   % (c("mostread-item"), c("mostread-num"), i + 1, art_url(rng, host), esc(teaser_title(rng)), s))
    return ('<aside class="%s"><h2 class="%s">%s</h2><ol class="%s">%s</ol></aside>'
            % (c("mostread"), c("mostread-title"), esc(title), c("mostread-list"), "".join(lis)))


def cookie_banner(c):
    return ('<div class="%s" role="dialog" aria-live="polite"><div class="%s">'
            '<strong>نحن نحترم خصوصيتك</strong> نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزوار وعرض إعلانات مناسبة. '
            'يمكنك قبولها جميعا أو إدارة تفضيلاتك في أي وقت. <a href="#">اعرف المزيد</a></div>'
            '<button class="%s">قبول الكل</button><button class="%s">رفض غير الضروري</button>'
            '<button class="%s">إدارة الخيارات</button></div>'
            % (c("cookie"), c("cookie-text"), c("cookie-accept"), c("cookie-reject"), c("cookie-manage")))


def ad_slot(rng, c, w, h, label="إعلان"):
    sid = "div-gpt-ad-%s-%d" % (slug(rng, 8), rng.randint(0, 9))
    return ('<div class="%s" data-size="%dx%d"><span class="%s">%s</span><div id="%s" style="min-height:%dpx">'
            '<script>googletag.cmd.push(function(){googletag.display("%s");});</script></div></div>'
            % (c("ad"), w, h, c("ad-label"), esc(label), sid, h, sid))


def share_bar(c, title="شارك"):
    btns = "".join('<a class="%s" href="#" aria-label="%s"><svg width="18" height="18"><use href="#icon-%d"/></svg><span>%s</span></a>'
                   % (c("share-btn"), esc(l), i, esc(l)) for i, l in enumerate(pools.SHARE_LABELS))
    return '<div class="%s"><span class="%s">%s</span>%s</div>' % (c("share"), c("share-label"), esc(title), btns)


def follow_bar(c):
    links = "".join('<a href="#" class="%s">%s</a>' % (c("follow-link"), esc(l)) for l in pools.FOLLOW_LABELS)
    return '<div class="%s">%s</div>' % (c("follow"), links)


def newsletter_box(c):
    return ('<div class="%s"><h3>النشرة البريدية</h3><p>اشترك لتصلك أهم الأخبار صباح كل يوم مباشرة إلى بريدك الإلكتروني.</p>'
            '<form><input type="email" placeholder="بريدك الإلكتروني"/><button>اشترك</button></form></div>' % c("newsletter"))


def tags_box(rng, host, c, tags, title="الكلمات المفتاحية"):
    links = "".join('<li><a href="https://www.%s/tag/%s">%s</a></li>' % (host, slug(rng, 5), esc(t)) for t in tags)
    return '<div class="%s"><span class="%s">%s</span><ul>%s</ul></div>' % (c("tags"), c("tags-title"), esc(title), links)


def comments_block(rng, c, n=4):
    items = []
    for _ in range(n):
        items.append('<li class="%s"><b>%s</b><time>منذ %d ساعات</time><p>%s</p></li>'
                     % (c("comment"), esc(person(rng)), rng.randint(1, 12),
                        esc(rng.choice(["كلام في محله، نتمنى التنفيذ هذه المرة.",
                                        "سمعنا هذه الوعود من قبل ولم يتغير شيء.",
                                        "شكرا على التغطية المفصلة.",
                                        "أين الرقابة على المقاولين؟",
                                        "خطوة جيدة لكنها متأخرة كثيرا.",
                                        "نرجو متابعة الموضوع ونشر التفاصيل لاحقا."]))))
    return ('<section class="%s"><h2>التعليقات (%d)</h2><ul>%s</ul>'
            '<form><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button></form></section>'
            % (c("comments"), n, "".join(items)))


def footer(rng, host, c, site_name):
    cols = []
    for title, links in pools.FOOTER_COLUMNS:
        lis = "".join('<li><a href="https://www.%s/page/%s">%s</a></li>' % (host, slug(rng, 5), esc(l)) for l in links)
        cols.append('<div class="%s"><h4>%s</h4><ul>%s</ul></div>' % (c("footer-col"), esc(title), lis))
    return ('<footer class="%s"><div class="%s">%s</div>%s<p class="%s">جميع الحقوق محفوظة © 2026 %s. '
            'يمنع نسخ المحتوى أو إعادة نشره دون إذن مسبق.</p></footer>'
            % (c("footer"), c("footer-cols"), "".join(cols), follow_bar(c), c("footer-copy"), esc(site_name)))


def page_head(title, host, css, extra_head=""):
    return ('<head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
            '<title>%s</title><link rel="canonical" href="https://www.%s/"/>'
            '<meta property="og:title" content="%s"/><meta property="og:site_name" content="%s"/>'
            '<link rel="preconnect" href="https://static.%s"/><style>%s</style>%s</head>'
            % (esc(title), host, esc(title), host, host, css, extra_head))
