# -*- coding: utf-8 -*-
"""Deterministic generators for page furniture (menus, tickers, teasers, footers,
inline CSS/JS).  Standard library only.  All teaser text is generated from small
word lists, so it never coincides with the article bodies."""
import hashlib
import json
import random
from html import escape

SECTIONS = [
    ("سياسة", "politics"), ("اقتصاد", "economy"), ("رياضة", "sport"), ("صحة", "health"),
    ("تكنولوجيا", "tech"), ("ثقافة وفنون", "culture"), ("منوعات", "misc"), ("رأي", "opinion"),
    ("تحقيقات", "investigations"), ("فيديو", "video"), ("بودكاست", "podcast"), ("العالم", "world"),
    ("عربي", "arab"), ("بيئة ومناخ", "environment"),
]
PLACES = ["القاهرة", "بيروت", "عمان", "الرباط", "تونس", "الخرطوم", "بغداد", "دمشق", "الدوحة",
          "الرياض", "الجزائر", "مسقط", "صنعاء", "طرابلس", "نواكشوط", "الكويت", "المنامة", "أبوظبي",
          "جنيف", "نيويورك", "باريس", "إسطنبول", "موسكو", "بكين"]
EVENTS = ["تصاعد التوتر", "ارتفاع أسعار الوقود", "انطلاق مفاوضات جديدة", "تراجع معدلات التضخم",
          "احتجاجات على غلاء المعيشة", "افتتاح معرض الكتاب الدولي", "تعليق الدراسة بسبب العواصف",
          "انقطاع واسع للكهرباء", "إطلاق منصة رقمية للخدمات الحكومية", "ارتفاع الطلب على العقارات",
          "موجة حر غير مسبوقة", "نقص في بعض الأدوية", "تراجع صادرات القمح", "قمة طارئة لوزراء الخارجية",
          "توسعة الميناء التجاري", "إضراب في قطاع النقل", "انطلاق مهرجان السينما", "افتتاح خط قطار جديد"]
SUBJ_M = ["وزير الخارجية", "رئيس الحكومة", "البنك الدولي", "مجلس الأمن", "الاتحاد الأوروبي",
          "صندوق النقد الدولي", "البرلمان", "المنتخب الوطني", "الجيش", "المجلس البلدي",
          "اتحاد الكرة", "وزير المالية", "القضاء", "الرئيس الفرنسي"]
VERBS_M = ["يبحث", "يعلن", "يحذر من", "يناقش", "يرفض", "يدعو إلى", "يستعرض", "يؤكد أهمية",
           "يكشف عن", "يتابع", "يراجع", "يقر"]
SUBJ_F = ["وزارة الداخلية", "الأمم المتحدة", "الحكومة", "المعارضة", "هيئة الطيران المدني",
          "شركة الكهرباء", "الجامعة العربية", "منظمة العمل الدولية", "النقابات العمالية",
          "المحكمة الدستورية", "البورصة", "لجنة الموازنة"]
VERBS_F = ["تبحث", "تعلن", "تحذر من", "تناقش", "ترفض", "تدعو إلى", "تستعرض", "تؤكد أهمية",
           "تكشف عن", "تتابع", "تراجع", "تقر"]
OBJECTS = ["خطة لخفض العجز", "تداعيات الأزمة الاقتصادية", "ملف اللاجئين", "موجة الحر المقبلة",
           "إصلاح نظام التقاعد", "أمن الحدود", "دعم صغار المنتجين", "مشروع قانون الانتخابات",
           "أزمة المياه", "الاستثمار في الطاقة المتجددة", "أسعار الخبز", "تطوير البنية التحتية",
           "مكافحة الفساد", "التحول الرقمي", "مستقبل التعليم عن بعد", "ترشيد استهلاك الطاقة",
           "خطة إعادة الإعمار", "اتفاقية التجارة الحرة", "ملف الأسرى", "سلامة الغذاء"]
AUTHORS = ["محمد علي", "سارة يوسف", "أحمد حسن", "نور الهدى سالم", "ياسر عبد الله", "منى خليل",
           "عماد الدين ناصر", "ريما حداد", "وليد كرم", "هبة الله فاروق"]
TAGS = ["اقتصاد", "سياسة", "الشرق الأوسط", "طاقة", "صحة عامة", "انتخابات", "كرة القدم", "مناخ",
        "تعليم", "حقوق الإنسان", "تكنولوجيا", "أسواق", "نفط", "زراعة", "نقل", "سياحة"]
SUMMARY_T = [
    "قال مسؤولون إن {o} سيكون على رأس جدول الأعمال خلال الأسابيع المقبلة، وسط ترقب لنتائج الاجتماعات الجارية.",
    "شهدت {p} خلال الساعات الماضية {e}، في وقت تتزايد فيه الدعوات إلى معالجة جذور الأزمة.",
    "يرى مراقبون أن {o} بات ملفا ضاغطا على صناع القرار في {p}، مع اقتراب موعد الاستحقاقات المقبلة.",
    "تتواصل ردود الفعل على قرار {s} بشأن {o}، بينما تطالب أطراف عدة بمزيد من الشفافية.",
    "في تقرير مطول، نرصد كيف أثر {e} على حياة السكان في {p} خلال الشهر الجاري.",
    "كشفت أرقام رسمية حديثة عن تطورات لافتة في {o}، ما أثار نقاشا واسعا بين الخبراء.",
]


def h6(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:6]


def e(s):
    return escape(s, quote=False)


def ea(s):
    return escape(s, quote=True)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0

    def title(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"{r.choice(SUBJ_M)} {r.choice(VERBS_M)} {r.choice(OBJECTS)}"
        if k == 1:
            return f"{r.choice(SUBJ_F)} {r.choice(VERBS_F)} {r.choice(OBJECTS)}"
        if k == 2:
            return f"{r.choice(EVENTS)} في {r.choice(PLACES)}"
        return f"{r.choice(PLACES)}: {r.choice(EVENTS)} و{r.choice(OBJECTS)}"

    def summary(self):
        r = self.r
        return r.choice(SUMMARY_T).format(o=r.choice(OBJECTS), p=r.choice(PLACES), e=r.choice(EVENTS),
                                          s=r.choice(SUBJ_M + SUBJ_F))

    def url(self, base, sec=None):
        self.n += 1
        sec = sec or self.r.choice(SECTIONS)[1]
        return f"{base}/{sec}/{2026}/{self.r.randint(1, 11):02d}/{self.r.randint(1, 28):02d}/{self.r.randint(100000, 999999)}"

    def ago(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"منذ {r.randint(2, 59)} دقيقة"
        if k == 1:
            return f"منذ {r.randint(1, 23)} ساعة"
        return f"{r.randint(1, 25)} نوفمبر 2026"

    def img(self, base, w=640, h=360):
        return f"{base}/wp-content/uploads/2026/11/img-{self.r.randint(10000, 99999)}-{w}x{h}.jpg"

    # ---------------- blocks -----------------
    def mega_menu(self, base, per=10, cls="menu", sub_cls="sub-menu", item_cls="menu-item"):
        out = [f'<ul class="{cls}">']
        for i, (ar, slug) in enumerate(SECTIONS):
            out.append(f'<li class="{item_cls} {item_cls}-has-children {item_cls}-{1000 + i}"><a href="{base}/{slug}">{e(ar)}</a>')
            out.append(f'<ul class="{sub_cls}">')
            for j in range(per):
                out.append(f'<li class="{item_cls} {item_cls}-{2000 + i * 50 + j}"><a href="{self.url(base, slug)}">{e(self.title())}</a></li>')
            out.append("</ul></li>")
        out.append("</ul>")
        return "\n".join(out)

    def ticker_items(self, n):
        return [self.title() for _ in range(n)]

    def teaser_cards(self, base, n, cls="card", summary=True, img=True, tag="article", time=True):
        out = []
        b = cls.split()[0]
        for i in range(n):
            t = self.title()
            u = self.url(base)
            parts = [f'<{tag} class="{cls}">']
            if img:
                parts.append(f'<a class="{b}__media" href="{u}"><img loading="lazy" src="{self.img(base, 400, 225)}" alt="{ea(t)}" width="400" height="225"></a>')
            parts.append(f'<div class="{b}__content"><span class="{b}__category">{e(self.r.choice(SECTIONS)[0])}</span>')
            parts.append(f'<h3 class="{b}__title"><a href="{u}">{e(t)}</a></h3>')
            if summary:
                parts.append(f'<p class="{b}__excerpt">{e(self.summary())}</p>')
            if time:
                parts.append(f'<time class="{b}__date">{e(self.ago())}</time>')
            parts.append(f"</div></{tag}>")
            out.append("".join(parts))
        return "\n".join(out)

    def link_list(self, base, n, cls="list", numbered=False):
        t = "ol" if numbered else "ul"
        items = "".join(f'<li><a href="{self.url(base)}">{e(self.title())}</a></li>' for _ in range(n))
        return f'<{t} class="{cls}">{items}</{t}>'

    def footer_cols(self, base, cols=5, per=8, cls="footer"):
        out = []
        b = cls.split()[0]
        for c in range(cols):
            ar, slug = SECTIONS[c % len(SECTIONS)]
            out.append(f'<div class="{b}__col"><h4 class="{b}__heading">{e(ar)}</h4><ul>')
            for j in range(per):
                out.append(f'<li><a href="{base}/{slug}/{j}">{e(self.r.choice(OBJECTS))}</a></li>')
            out.append("</ul></div>")
        return "\n".join(out)

    def css(self, n, prefix=""):
        r = self.r
        props = ["margin", "padding", "color", "background", "font-size", "line-height", "border",
                 "display", "max-width", "gap", "grid-template-columns", "text-align"]
        vals = {"margin": ["0", "0 auto", "8px 0", "16px 0 24px"], "padding": ["0", "4px 8px", "12px", "24px 16px"],
                "color": ["#111", "#333", "#c00", "#0a58ca", "#666"], "background": ["#fff", "#f5f5f5", "#111", "transparent"],
                "font-size": ["12px", "14px", "16px", "1.125rem", "2rem"], "line-height": ["1.4", "1.6", "1.8"],
                "border": ["0", "1px solid #ddd", "2px solid #c00"], "display": ["block", "flex", "grid", "none", "inline-flex"],
                "max-width": ["100%", "1200px", "760px"], "gap": ["8px", "16px", "24px"],
                "grid-template-columns": ["repeat(4,1fr)", "2fr 1fr", "1fr"], "text-align": ["right", "center", "start"]}
        out = []
        for i in range(n):
            sel = f".{prefix}{h6(prefix + str(i) + str(r.random()))}"
            decl = ";".join(f"{p}:{r.choice(vals[p])}" for p in r.sample(props, r.randint(2, 6)))
            if r.random() < 0.15:
                out.append(f"@media (max-width:{r.choice([480, 768, 1024])}px){{{sel}{{{decl}}}}}")
            else:
                out.append(f"{sel}{{{decl}}}")
        return "".join(out)

    def js_config(self, n):
        r = self.r
        d = {"site": {"id": r.randint(1, 99), "lang": "ar", "dir": "rtl", "env": "production"},
             "ads": {"slots": [{"id": f"div-gpt-ad-{r.randint(10**12, 10**13)}-{i}",
                                "path": f"/2138{r.randint(1000, 9999)}/ar_news/{r.choice(SECTIONS)[1]}",
                                "sizes": [[300, 250], [728, 90], [320, 50]][: r.randint(1, 3)],
                                "targeting": {"pos": r.choice(["top", "mid", "bottom"]), "kw": r.sample(TAGS, 3)}}
                               for i in range(n)]},
             "analytics": {"dimensions": {f"cd{i}": h6(str(r.random())) for i in range(20)}}}
        return json.dumps(d, ensure_ascii=False)

    def js_blob(self, n):
        """Minified-looking vendor JS noise."""
        r = self.r
        parts = []
        for i in range(n):
            a, b, c = (h6(str(r.random()))[:2] for _ in range(3))
            parts.append(f"function {a}{i}({b},{c}){{var t={b}&&{b}.length||0;for(var i=0;i<t;i++){{{c}[i]=({b}[i]^{r.randint(1, 255)})>>>0}}return {c}}}")
            parts.append(f"window.__q{i}=window.__q{i}||[];__q{i}.push([\"{h6(str(r.random()))}\",{r.randint(0, 9999)}]);")
        return "".join(parts)


SHARE_AR = ["فيسبوك", "إكس", "واتساب", "تلغرام", "لينكدإن", "نسخ الرابط"]
FOLLOW_AR = ["فيسبوك", "إكس", "إنستغرام", "يوتيوب", "تيك توك", "تلغرام"]
COOKIE_TEXT = "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا وتحليل حركة الزوار وتخصيص الإعلانات. بمواصلة التصفح فإنك توافق على سياسة الخصوصية الخاصة بنا."
NEWSLETTER_TEXT = "اشترك في نشرتنا البريدية لتصلك أهم الأخبار والتحليلات يوميا إلى بريدك الإلكتروني."


def share_bar(cls="share", label="شارك"):
    b = cls.split()[0]
    items = "".join(f'<li><a class="{b}__btn {b}__btn--{i}" href="#" rel="nofollow noopener" aria-label="{ea(s)}">{e(s)}</a></li>' for i, s in enumerate(SHARE_AR))
    return f'<div class="{cls}"><span class="{b}__label">{e(label)}</span><ul>{items}</ul></div>'


def follow_bar(cls="follow"):
    b = cls.split()[0]
    items = "".join(f'<a class="{b}__link" href="https://example.invalid/{i}" target="_blank" rel="noopener">{e(s)}</a>' for i, s in enumerate(FOLLOW_AR))
    return f'<div class="{cls}"><span>تابعنا على</span>{items}</div>'


def cookie_banner(cls="cookie-banner"):
    return (f'<div id="{cls}" class="{cls}" role="dialog" aria-live="polite"><p class="{cls}__text">{e(COOKIE_TEXT)}</p>'
            f'<div class="{cls}__actions"><button type="button" class="btn btn-primary">موافق</button>'
            f'<button type="button" class="btn btn-link">إدارة التفضيلات</button><a href="/privacy">سياسة الخصوصية</a></div></div>')


def ad_slot(i, cls="ad-slot", label="إعلان"):
    b = cls.split()[0]
    return (f'<div class="{cls}" data-slot="{i}"><span class="{b}__label">{e(label)}</span>'
            f'<div id="div-gpt-ad-1700000000{i:03d}-0" style="min-width:300px;min-height:250px;"></div>'
            f"<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.display('div-gpt-ad-1700000000{i:03d}-0');}});</script></div>")
