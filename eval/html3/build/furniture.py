# -*- coding: utf-8 -*-
"""Deterministic page furniture (menus, tickers, teaser grids, footers, CSS,
scripts) for the html3 evaluation pages.  Standard library only.  All text is
invented; all domains are *.example."""
import base64
import hashlib
import html
import json
import random

esc = lambda s: html.escape(s, quote=False)
attr = lambda s: html.escape(s, quote=True)

# (headline, teaser summary) pairs -- invented, unrelated to the gold articles
TEASERS = [
    ("منتخب الشباب يتأهل إلى نهائي البطولة الإقليمية بعد الفوز بركلات الترجيح",
     "حسم منتخب الشباب بطاقة العبور إلى المباراة النهائية بعد مباراة انتهى وقتها الأصلي بالتعادل السلبي."),
    ("البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي",
     "قررت لجنة السياسة النقدية الإبقاء على سعر الفائدة الرئيسي دون تغيير في اجتماعها الدوري."),
    ("افتتاح معرض الكتاب الدولي بمشاركة 600 دار نشر",
     "يستمر المعرض عشرة أيام ويتضمن برنامجًا ثقافيًا يضم ندوات وأمسيات شعرية وتوقيع إصدارات جديدة."),
    ("ارتفاع أسعار الخضار في الأسواق المركزية مع بداية موسم الأمطار",
     "سجلت أسعار الطماطم والخيار زيادات ملحوظة بسبب تراجع الكميات الواردة من المزارع المكشوفة."),
    ("هيئة الأرصاد تحذر من رياح نشطة وانخفاض في درجات الحرارة",
     "توقعت الهيئة أن تتأثر البلاد بمنخفض جوي اعتبارًا من مساء الجمعة مع فرص لهطول زخات متفرقة."),
    ("جامعة الساحل تطلق برنامجًا للمنح الدراسية في علوم البيانات",
     "يستهدف البرنامج خريجي الهندسة والرياضيات ويغطي الرسوم الدراسية كاملة لمدة عامين."),
    ("وزير النقل يتفقد أعمال توسعة الطريق الدائري الشمالي",
     "أكد الوزير أن نسبة الإنجاز تجاوزت 70 في المئة وأن الطريق سيفتح أمام الحركة مطلع الصيف."),
    ("مهرجان المسرح الشبابي يكرم رواد الخشبة في دورته العاشرة",
     "تشارك في المسابقة الرسمية للمهرجان اثنا عشر عرضًا من فرق مستقلة وجامعية."),
    ("شركة الاتصالات الوطنية تعلن تغطية الجيل الخامس لعشر مدن",
     "قالت الشركة إن الخدمة ستتوفر لمشتركي الباقات الشهرية دون رسوم إضافية خلال الأشهر الثلاثة الأولى."),
    ("المحكمة الإدارية ترجئ النظر في طعون نتائج انتخابات النقابة",
     "قررت المحكمة تأجيل الجلسة إلى الشهر المقبل لاستكمال تقارير الخبراء."),
    ("إطلاق منصة إلكترونية لتسجيل الطلاب في المدارس الحكومية",
     "تتيح المنصة لأولياء الأمور اختيار المدرسة الأقرب ومتابعة طلبات النقل إلكترونيًا."),
    ("نادي الميناء يتعاقد مع مدرب جديد حتى نهاية الموسم",
     "أعلن النادي في بيان مقتضب التعاقد مع المدرب بعد أيام من إقالة الجهاز الفني السابق."),
    ("توقعات بموسم زيتون وفير في المحافظات الشمالية",
     "يرجح خبراء زراعيون أن يرتفع الإنتاج بنحو الربع مقارنة بالموسم الماضي بفضل الأمطار المبكرة."),
    ("بلدية العاصمة تبدأ حملة لصيانة شبكات تصريف مياه الأمطار",
     "تشمل الحملة تنظيف ألف وخمسمئة عبّارة في الأحياء المنخفضة قبل ذروة الموسم المطري."),
    ("الصادرات الزراعية تسجل نموًا بنسبة 9% خلال الربع الثالث",
     "تصدرت الحمضيات والتمور قائمة الصادرات الزراعية من حيث القيمة."),
    ("اكتشاف موقع أثري يعود إلى العصر البرونزي قرب وادي الحجر",
     "عثرت البعثة على بقايا جدران حجرية وأوان فخارية يرجح أنها تعود إلى أكثر من ثلاثة آلاف عام."),
    ("مجلس النواب يناقش مشروع قانون حماية البيانات الشخصية",
     "يتضمن المشروع إنشاء هيئة مستقلة للرقابة على معالجة البيانات وفرض غرامات على المخالفين."),
    ("إغلاق مؤقت لجسر الملك الجنوبي لإجراء أعمال صيانة",
     "دعت إدارة السير السائقين إلى سلوك الطرق البديلة خلال فترة الإغلاق التي تستمر أسبوعًا."),
    ("ارتفاع أعداد المسافرين عبر المطار الدولي خلال عطلة منتصف العام",
     "استقبل المطار أكثر من مئة ألف مسافر خلال أسبوع واحد بحسب سلطة الطيران."),
    ("وزارة الزراعة توزع بذورًا محسنة على صغار المزارعين",
     "يستفيد من البرنامج نحو ثمانية آلاف مزارع في المناطق البعلية."),
    ("مبادرة شبابية لتشجير 10 آلاف شجرة في الضواحي الشرقية",
     "ينفذ المبادرة متطوعون من الجامعات بالتعاون مع البلديات المحلية."),
    ("البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
     "ارتفع المؤشر العام بنسبة 0.8 في المئة وسط تداولات نشطة."),
    ("الدوري الممتاز: تعادل مثير بين الاتحاد والنجمة في قمة الجولة",
     "تقدم الاتحاد مرتين قبل أن يدرك النجمة التعادل في الدقائق الأخيرة."),
    ("مؤتمر علمي يناقش أثر التغير المناخي على الزراعة المطرية",
     "شارك في المؤتمر باحثون من عشر جامعات قدموا أوراقًا حول إدارة الجفاف."),
    ("الحكومة تقر خطة لدعم المشاريع الصغيرة بقروض ميسرة",
     "تتضمن الخطة فترة سماح لمدة عام وفائدة مخفضة للمشاريع التي تديرها النساء."),
    ("افتتاح أول متحف تفاعلي للأطفال في المدينة القديمة",
     "يضم المتحف ورشًا للعلوم والفنون ومساحات للعب التعليمي."),
    ("نقابة المهندسين تنظم ملتقى للتوظيف بمشاركة 80 شركة",
     "يوفر الملتقى مئات الفرص التدريبية والوظيفية للخريجين الجدد."),
    ("تمديد فترة التسجيل في برنامج الإسكان الريفي حتى نهاية الشهر",
     "جاء التمديد استجابة لطلبات المجالس المحلية في القرى البعيدة."),
    ("ضبط شحنة أدوية مهربة في أحد المنافذ الحدودية",
     "أحالت الجمارك الشحنة إلى الجهات المختصة لفحصها واتخاذ الإجراءات القانونية."),
    ("فريق طبي ينجح في إجراء أول عملية زراعة قوقعة لطفل رضيع",
     "استغرقت العملية أربع ساعات وتكللت بالنجاح بحسب إدارة المستشفى."),
    ("انطلاق الموسم الشتوي للسياحة في المناطق الصحراوية",
     "تتضمن البرامج رحلات سفاري وليالي تخييم ومراقبة للنجوم."),
    ("هيئة الطيران المدني تعلن قواعد جديدة لحقوق المسافرين",
     "تلزم القواعد شركات الطيران بتعويض المسافرين عن التأخير الذي يتجاوز ثلاث ساعات."),
    ("معرض للحرف اليدوية يجمع 120 حرفيًا من مختلف المحافظات",
     "يعرض المشاركون منتجات من الخزف والنسيج والنحاس المطروق."),
    ("خطة لإعادة تأهيل السوق القديم في مدينة النهرين",
     "تشمل الخطة ترميم الواجهات الحجرية وتحديث شبكات الكهرباء والصرف."),
    ("ارتفاع إنتاج الحليب المحلي بعد دعم مزارع الأبقار",
     "ساهم دعم الأعلاف في خفض كلفة الإنتاج على المربين."),
    ("الفريق الوطني لكرة السلة يبدأ معسكره التحضيري",
     "يستعد الفريق للتصفيات القارية التي تنطلق الشهر المقبل."),
    ("مبادرة لتدريب 5 آلاف شاب على المهارات الرقمية",
     "تشمل الدورات البرمجة والتسويق الإلكتروني وتحليل البيانات."),
    ("تراجع معدل البطالة إلى 11.8% في الربع الثالث",
     "أرجعت دائرة الإحصاء التراجع إلى تحسن التوظيف في قطاعي البناء والخدمات."),
    ("إطلاق خط حافلات سريع يربط الجامعة بوسط المدينة",
     "يعمل الخط من السادسة صباحًا حتى منتصف الليل بتردد كل عشر دقائق."),
    ("الإعلان عن الفائزين بجائزة الرواية العربية للشباب",
     "ذهبت الجائزة هذا العام إلى رواية تتناول حياة الصيادين في قرية ساحلية."),
]

SECTIONS = [
    ("محليات", ["العاصمة", "المحافظات", "البلديات", "خدمات"]),
    ("سياسة", ["برلمان", "أحزاب", "انتخابات", "دبلوماسية"]),
    ("اقتصاد", ["أسواق", "طاقة", "عقارات", "شركات", "بنوك"]),
    ("عربي ودولي", ["الخليج", "المغرب العربي", "آسيا", "أوروبا"]),
    ("صحة", ["طب", "تغذية", "أدوية"]),
    ("رياضة", ["كرة القدم", "كرة السلة", "ألعاب أخرى"]),
    ("ثقافة وفنون", ["كتب", "سينما", "مسرح", "تراث"]),
    ("تكنولوجيا", ["اتصالات", "تطبيقات", "علوم"]),
    ("منوعات", ["سياحة", "مجتمع", "طقس"]),
    ("رأي", ["مقالات", "كاريكاتير"]),
]

AUTHORS = ["أحمد الشريف", "نور الهدى سالم", "كريم الأسعد", "سارة المحمود", "مازن عيسى",
           "هبة الرفاعي", "إياد الخوري", "ريم النجار", "عمر القباني", "دانة العمري"]

TAGS = ["الطاقة المتجددة", "المياه", "الإسكان", "الصحة العامة", "سوق العمل", "السياحة",
        "الانتخابات البلدية", "الاقتصاد المحلي", "البنية التحتية", "التعليم", "المناخ",
        "الموانئ", "الزراعة", "النقل", "التحول الرقمي"]

COMMENT_TEXTS = [
    "خبر جيد ونتمنى أن تشمل الخطوة باقي المحافظات.",
    "الكلام شيء والتطبيق على الأرض شيء آخر، ننتظر النتائج.",
    "شكرًا على التغطية المستمرة والمتابعة الدقيقة.",
    "أين كانت هذه الإجراءات منذ سنوات؟",
    "نرجو نشر الأرقام التفصيلية لكل منطقة.",
    "تحية للعاملين في الميدان فهم الجنود المجهولون.",
    "مقال مفيد، لكن العنوان فيه شيء من المبالغة.",
    "هل من رابط للتسجيل أو للاطلاع على البيان الكامل؟",
]


def rng_for(name):
    return random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:12], 16))


def pick_teasers(rng, n, exclude=()):
    pool = [t for t in TEASERS if t[0] not in exclude]
    return rng.sample(pool, min(n, len(pool)))


def slug(rng):
    return "%d" % rng.randint(100000, 999999)


def css_blob(rng, prefix, n):
    props = ["margin:0 auto", "padding:8px 12px", "display:flex", "display:block", "color:#222",
             "color:#b30000", "background:#f5f5f5", "font-size:15px", "font-size:13px",
             "line-height:1.7", "border-bottom:1px solid #e3e3e3", "font-weight:700",
             "text-align:right", "position:relative", "overflow:hidden", "gap:16px",
             "grid-template-columns:repeat(4,1fr)", "border-radius:4px", "transition:all .2s ease",
             "box-shadow:0 1px 3px rgba(0,0,0,.12)", "width:100%", "max-width:1180px",
             "font-family:'Noto Kufi Arabic',Tahoma,sans-serif", "white-space:nowrap",
             "text-overflow:ellipsis", "z-index:30", "opacity:.85", "list-style:none"]
    parts = ["header", "nav", "menu", "item", "card", "thumb", "title", "meta", "grid", "col",
             "btn", "icon", "ticker", "footer", "widget", "list", "share", "ad", "tag", "badge"]
    mods = ["", "--active", "--lg", "--sm", "__inner", "__link", "__caption", ":hover", "--dark"]
    out = []
    for i in range(n):
        sel = ".%s-%s%s" % (prefix, rng.choice(parts), rng.choice(mods))
        if rng.random() < .3:
            sel += " .%s-%s" % (prefix, rng.choice(parts))
        out.append("%s{%s}" % (sel, ";".join(rng.sample(props, rng.randint(2, 6)))))
        if i % 40 == 39:
            out.append("@media (max-width:%dpx){.%s-%s{display:none}.%s-grid{grid-template-columns:1fr}}"
                       % (rng.choice([480, 640, 768, 992]), prefix, rng.choice(parts), prefix))
    return "\n".join(out)


def js_config(rng, site, section, art_id):
    cfg = {"site": site, "section": section, "articleId": art_id, "lang": "ar", "dir": "rtl",
           "adUnits": ["/%d/%s/%s_%d" % (rng.randint(1000, 9999), site.split(".")[0], section, i)
                       for i in range(8)],
           "experiments": {("exp_%d" % i): rng.choice(["A", "B", "control"]) for i in range(12)},
           "consent": {"required": True, "version": rng.randint(3, 9)}}
    return "window.__SITE_CONFIG__ = %s;" % json.dumps(cfg, ensure_ascii=False)


def analytics_script(rng, site):
    return ("(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'start':new Date().getTime(),event:'init'});"
            "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
            "j.src='https://metrics.%s/collect.js?id='+i;f.parentNode.insertBefore(j,f);"
            "})(window,document,'script','dataLayer','M-%06X');" % (site, rng.randint(0, 0xFFFFFF)))


def lazy_script():
    return ("document.addEventListener('DOMContentLoaded',function(){var imgs=document.querySelectorAll('img[data-src]');"
            "if('IntersectionObserver' in window){var io=new IntersectionObserver(function(es){es.forEach(function(e){"
            "if(e.isIntersecting){e.target.src=e.target.dataset.src;io.unobserve(e.target);}});});"
            "imgs.forEach(function(i){io.observe(i);});}else{imgs.forEach(function(i){i.src=i.dataset.src;});}});")


def json_ld(headline, dek, date, author, site, url, body_text=None, image=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
         "datePublished": date, "dateModified": date, "inLanguage": "ar",
         "author": {"@type": "Person", "name": author},
         "publisher": {"@type": "Organization", "name": site,
                       "logo": {"@type": "ImageObject", "url": "https://%s/static/logo.png" % site}},
         "mainEntityOfPage": url}
    if dek:
        d["description"] = dek
    if image:
        d["image"] = [image]
    if body_text:
        d["articleBody"] = body_text
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def mega_menu(rng, site, cls="mega"):
    out = ['<nav class="%s-nav" role="navigation" aria-label="القائمة الرئيسية"><ul class="%s-menu">' % (cls, cls)]
    out.append('<li class="%s-item"><a href="https://%s/">الرئيسية</a></li>' % (cls, site))
    for name, subs in SECTIONS:
        out.append('<li class="%s-item has-children"><a href="https://%s/section/%d">%s</a>'
                   % (cls, site, rng.randint(1, 99), esc(name)))
        out.append('<div class="%s-panel"><ul class="%s-sub">' % (cls, cls))
        for s in subs:
            out.append('<li><a href="https://%s/section/%d">%s</a></li>' % (site, rng.randint(100, 999), esc(s)))
        out.append('</ul><div class="%s-featured">' % cls)
        for h, summ in pick_teasers(rng, 3):
            out.append('<div class="%s-card"><a href="https://%s/news/%s"><img src="https://cdn.%s/thumbs/%s.jpg" alt="" loading="lazy" width="160" height="90"><span class="%s-card-title">%s</span></a></div>'
                       % (cls, site, slug(rng), site, slug(rng), cls, esc(h)))
        out.append('</div></div></li>')
    out.append('</ul></nav>')
    return "\n".join(out)


def ticker(rng, site, label="عاجل"):
    items = "".join('<li><a href="https://%s/news/%s">%s</a></li>' % (site, slug(rng), esc(h))
                    for h, _ in pick_teasers(rng, 8))
    return ('<div class="breaking-ticker" role="marquee"><span class="ticker-label">%s</span>'
            '<ul class="ticker-list">%s</ul></div>' % (esc(label), items))


def most_read(rng, site, title="الأكثر قراءة", n=8, cls="most-read"):
    items = "".join('<li><span class="rank">%d</span><a href="https://%s/news/%s">%s</a></li>'
                    % (i + 1, site, slug(rng), esc(h)) for i, (h, _) in enumerate(pick_teasers(rng, n)))
    return '<section class="%s"><h3 class="widget-title">%s</h3><ol>%s</ol></section>' % (cls, esc(title), items)


def teaser_grid(rng, site, title, n=8, summaries=True, cls="teaser-grid", heading="h3"):
    out = ['<section class="%s"><h2 class="section-heading">%s</h2><div class="grid">' % (cls, esc(title))]
    for h, summ in pick_teasers(rng, n):
        out.append('<article class="teaser"><a class="teaser-img" href="https://%s/news/%s"><img data-src="https://cdn.%s/img/%s_400.jpg" alt="%s" width="400" height="225"></a>'
                   % (site, slug(rng), site, slug(rng), attr(h)))
        out.append('<div class="teaser-body"><span class="teaser-cat">%s</span><%s class="teaser-title"><a href="https://%s/news/%s">%s</a></%s>'
                   % (esc(rng.choice(SECTIONS)[0]), heading, site, slug(rng), esc(h), heading))
        if summaries:
            out.append('<p class="teaser-summary">%s</p>' % esc(summ))
        out.append('<time class="teaser-time">منذ %d ساعات</time></div></article>' % rng.randint(3, 10))
    out.append('</div></section>')
    return "\n".join(out)


def cookie_banner(site):
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            '<p>نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك وتحليل حركة الزوار وعرض إعلانات مناسبة. '
            'باستمرارك في تصفح الموقع فإنك توافق على <a href="https://%s/privacy">سياسة الخصوصية</a>.</p>'
            '<button type="button" class="cookie-accept">موافق</button> <button type="button" class="cookie-settings">الإعدادات</button></div>' % site)


def ad_slot(rng, ident, size="300x250"):
    w, h = size.split("x")
    return ('<div class="ad-slot ad-%s" id="ad-%s" data-size="%s" style="min-height:%spx"><span class="ad-label">إعلان</span>'
            '<script>window.adq=window.adq||[];adq.push({slot:"%s",sizes:[[%s,%s]],kv:{pos:"%d"}});</script></div>'
            % (size, ident, size, h, ident, w, h, rng.randint(1, 9)))


def share_bar(url, cls="share-bar"):
    nets = [("facebook", "فيسبوك"), ("x", "إكس"), ("whatsapp", "واتساب"), ("telegram", "تيليغرام"),
            ("linkedin", "لينكدإن"), ("email", "البريد"), ("copy", "نسخ الرابط")]
    items = "".join('<a class="share-%s" href="https://share.example/%s?u=%s" rel="nofollow" title="شارك عبر %s"><span class="sr">%s</span></a>'
                    % (k, k, attr(url), v, v) for k, v in nets)
    return '<div class="%s"><span class="share-label">شارك:</span>%s</div>' % (cls, items)


def follow_bar(site):
    return ('<div class="follow-us"><span>تابعونا على</span>'
            '<a href="https://social.example/%s">فيسبوك</a><a href="https://x.example/%s">إكس</a>'
            '<a href="https://video.example/%s">يوتيوب</a><a href="https://photos.example/%s">إنستغرام</a>'
            '<a href="https://t.example/%s">تيليغرام</a></div>' % ((site.split(".")[0],) * 5))


def footer_columns(rng, site, cls="site-footer"):
    cols = [("الأقسام", [s for s, _ in SECTIONS]),
            ("عن الموقع", ["من نحن", "هيئة التحرير", "أعلن معنا", "وظائف", "اتصل بنا"]),
            ("خدمات", ["النشرة البريدية", "الأرشيف", "خريطة الموقع", "RSS", "تطبيقات الجوال"]),
            ("قانوني", ["سياسة الخصوصية", "شروط الاستخدام", "سياسة ملفات الارتباط", "حقوق النشر"])]
    out = ['<footer class="%s"><div class="footer-cols">' % cls]
    for title, links in cols:
        out.append('<div class="footer-col"><h4>%s</h4><ul>' % esc(title))
        for l in links:
            out.append('<li><a href="https://%s/p/%d">%s</a></li>' % (site, rng.randint(1, 500), esc(l)))
        out.append('</ul></div>')
    out.append('</div><p class="copyright">جميع الحقوق محفوظة © 2026 %s</p></footer>' % site)
    return "\n".join(out)


def newsletter_box(cls="newsletter"):
    return ('<div class="%s"><h3>النشرة البريدية</h3><p>اشترك لتصلك أهم الأخبار صباح كل يوم.</p>'
            '<form action="#" method="post"><input type="email" placeholder="بريدك الإلكتروني" aria-label="البريد الإلكتروني">'
            '<button type="submit">اشتراك</button></form></div>' % cls)


def svg_sprite(rng, n=14):
    syms = []
    for i in range(n):
        pts = " ".join("%s%d %d" % (rng.choice("MLQC"), rng.randint(0, 24), rng.randint(0, 24)) for _ in range(rng.randint(8, 20)))
        syms.append('<symbol id="ic-%d" viewBox="0 0 24 24"><path d="%sz"/></symbol>' % (i, pts))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>' % "".join(syms)


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return "/wEP" + base64.b64encode(raw).decode()
