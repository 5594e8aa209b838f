"""Builders for test inputs: pages in the markup of Arabic news sites, WARC files, JSONL dumps."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "pages"

_CITIES = ["القاهرة", "عمان", "بيروت", "الرباط", "تونس", "بغداد", "الدوحة", "الرياض"]
_TOPICS = [
    ("افتتاح مستشفى جديد في", "افتتح وزير الصحة مستشفى جديدا يضم مئتي سرير في"),
    ("ارتفاع أسعار الخبز في", "ارتفعت أسعار الخبز بنسبة عشرة في المئة خلال الأسبوع الجاري في"),
    ("انطلاق مهرجان السينما في", "انطلقت مساء أمس فعاليات مهرجان السينما بمشاركة ثلاثين فيلما في"),
    ("أمطار غزيرة تغرق شوارع", "تسببت أمطار غزيرة هطلت منذ فجر اليوم في غرق عدد من الشوارع الرئيسية في"),
]


def news_page(i: int, *, charset: str = "utf-8") -> str:
    """A made-up article page, JSON-LD and OpenGraph in the head, a figure with a credited caption."""
    city = _CITIES[i % len(_CITIES)]
    head, lead = _TOPICS[i % len(_TOPICS)]
    day = 1 + i % 28
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>{head} {city} | موقع الأخبار</title>
<meta property="og:title" content="{head} {city}">
<meta property="og:site_name" content="موقع الأخبار">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{head} {city}","datePublished":"2024-02-{day:02d}T10:00:00Z"}}</script>
</head><body><nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
<article><h1>{head} {city}</h1>
<p class="article-subtitle">تقرير رقم {i} عن الأحداث الجارية في المدينة وما يتوقعه السكان خلال الأيام المقبلة</p>
<figure><img src="/i/{i}.jpg"><figcaption>مشهد من {city} صباح اليوم <span class="credit">(أ ف ب)</span></figcaption></figure>
<div class="article-body">
<p>{city} - {lead} {city}، وفق ما أفادت مصادر رسمية للصحفيين في مؤتمر عقد ظهر اليوم.</p>
<p>وقال مسؤول محلي إن السلطات تتابع الوضع عن كثب، وإن فرقا متخصصة انتشرت في الأحياء المتضررة منذ الساعات الأولى.</p>
<p>وأضاف أن التقديرات الأولية تشير إلى أن الأعمال ستستمر عدة أسابيع، داعيا المواطنين إلى التعاون مع الجهات المختصة.</p>
</div></article><footer>جميع الحقوق محفوظة 2024</footer></body></html>"""


def build_warc(path: Path, n_pages: int, *, gz: bool = True, extras: bool = True) -> dict[str, int]:
    """A WARC with ``n_pages`` HTML responses plus request, image and 404 records; returns counts."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    counts = {"html": 0, "other": 0}
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "khabar-tests"}))
        counts["other"] += 1
        for i in range(n_pages):
            url = f"https://news.example.org/a/{i}"
            enc = "cp1256" if i % 5 == 4 else "utf-8"
            body = news_page(i, charset="windows-1256" if enc == "cp1256" else "utf-8").encode(enc)
            hh = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={enc}")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hh,
                                                warc_headers_dict={"WARC-Date": "2024-03-01T08:00:00Z"}))
            counts["html"] += 1
            counts["other"] += 1
            if extras and i % 4 == 0:
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(url + ".jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff" * 10),
                                                    http_headers=img))
                nf = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(url + "/missing", "response",
                                                    payload=io.BytesIO(b"<html><body>404</body></html>"), http_headers=nf))
                counts["other"] += 2
    return counts


def build_jsonl(path: Path, n: int, bad_every: int = 0) -> tuple[int, int]:
    """``n`` lines of articles, every ``bad_every``-th one broken; returns (good, bad)."""
    good = bad = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(1, n + 1):
            if bad_every and i % bad_every == 0:
                f.write(["{broken json", '{"title": "بلا نص"}', '[1, 2]', '{"body": ""}'][i // bad_every % 4] + "\n")
                bad += 1
                continue
            city = _CITIES[i % len(_CITIES)]
            rec = {"body": f"أعلنت وزارة التعليم في {city} اليوم بدء العام الدراسي الجديد للطلاب رقم {i}.",
                   "published": f"2024-05-{1 + i % 28:02d}", "link": f"https://j.example.org/{i}",
                   "title": f"بدء العام الدراسي في {city}"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            good += 1
    return good, bad


@pytest.fixture
def pages_dir() -> Path:
    return PAGES
